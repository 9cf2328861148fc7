package io.redipy.script;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.redipy.api.AbstractBatch;
import io.redipy.api.Batch;
import io.redipy.api.Response;
import io.redipy.script.interp.Interpreter;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Program;
import io.redipy.script.ir.Type;
import io.redipy.script.ir.Values;
import io.redipy.script.lua.LuaCompiler;
import io.redipy.script.lua.LuaScript;
import org.jspecify.annotations.Nullable;

/**
 * A script registered on a client: call it with its keys and arguments by name. The
 * script is compiled once (to Lua and SHA1 for Redis, to closures for the memory store);
 * calls are cheap. Thread-safe.
 *
 * @param <R> the Java type of the result
 */
public final class RegisteredScript<R> {

	private final Script<R> script;

	private final ScriptRunner runner;

	private volatile @Nullable Interpreter interpreter;

	private volatile @Nullable Signature signature;

	private volatile @Nullable LuaScript lua;

	/**
	 * Registers a script on a backend's runner. Used by the backends' {@code register}.
	 * @param script the script
	 * @param runner the client that runs it
	 */
	public RegisteredScript(Script<R> script, ScriptRunner runner) {
		this.script = Objects.requireNonNull(script, "script");
		this.runner = Objects.requireNonNull(runner, "runner");
	}

	/**
	 * Runs the script atomically.
	 * @param keys the keys' names by declared name (without the client's prefix)
	 * @param args the arguments by declared name
	 * @return the result
	 * @throws IllegalArgumentException if a key or argument is missing, unknown or of the
	 * wrong type (nothing runs then)
	 * @throws io.redipy.ScriptException if the script fails while it runs
	 */
	public @Nullable R call(Map<String, String> keys, Map<String, ?> args) {
		return this.runner.runScript(this, keys, args);
	}

	/**
	 * Runs the script with keys only.
	 * @param keys the keys' names by declared name
	 * @return the result
	 */
	public @Nullable R call(Map<String, String> keys) {
		return call(keys, Map.of());
	}

	/**
	 * Queues the script in a batch of the same backend.
	 * @param batch the batch
	 * @param keys the keys' names by declared name
	 * @param args the arguments by declared name
	 * @return the handle of its result
	 */
	public Response<R> queue(Batch batch, Map<String, String> keys, Map<String, ?> args) {
		Objects.requireNonNull(batch, "batch");
		if (!(batch instanceof AbstractBatch<?> queue)) {
			throw new IllegalArgumentException("this batch was not made by a redipy client");
		}
		return queue.add((commands) -> {
			if (!(commands instanceof ScriptRunner runner)) {
				throw new IllegalArgumentException("this batch's backend cannot run scripts");
			}
			return runner.runScript(this, keys, args);
		});
	}

	/**
	 * Returns the script.
	 * @return the script
	 */
	public Script<R> script() {
		return this.script;
	}

	/**
	 * Returns the script's IR.
	 * @return the program
	 */
	public Program program() {
		return this.script.program();
	}

	/**
	 * Returns the generated Lua (for logs and debugging; compiled on first use).
	 * @return the Lua text
	 */
	public String luaText() {
		return luaScript().text();
	}

	/**
	 * Returns the compiled Lua script. Used by the Redis backend.
	 * @return the compiled script
	 */
	public LuaScript luaScript() {
		LuaScript compiled = this.lua;
		if (compiled == null) {
			compiled = LuaCompiler.compile(program());
			this.lua = compiled;
		}
		return compiled;
	}

	/**
	 * Returns the prepared interpreter. Used by the memory backend.
	 * @return the interpreter
	 */
	public Interpreter interpreter() {
		Interpreter prepared = this.interpreter;
		if (prepared == null) {
			prepared = Interpreter.prepare(program());
			this.interpreter = prepared;
		}
		return prepared;
	}

	/**
	 * Checks a call's keys and arguments and puts them in declaration order, as script
	 * values. Used by the backends before anything runs.
	 * @param keys the keys by name
	 * @param args the arguments by name
	 * @return the bound call
	 * @throws IllegalArgumentException for a missing, unknown or mistyped key or argument
	 */
	public Bound bind(Map<String, String> keys, Map<String, ?> args) {
		Objects.requireNonNull(keys, "keys");
		Objects.requireNonNull(args, "args");
		Signature signature = signature();
		return new Bound(boundKeys(keys, signature), boundArgs(args, signature));
	}

	/**
	 * The classes of the maps {@link Map#of}, {@link Map#copyOf} and
	 * {@link java.util.stream.Collectors#toUnmodifiableMap} make: nothing can change such
	 * a map, so a call with the same instance as the call before binds the same.
	 */
	private static final Class<?> MAP_OF_ONE = Map.of("", "").getClass();

	private static final Class<?> MAP_OF_MANY = Map.of().getClass();

	private static boolean unmodifiable(Map<?, ?> map) {
		Class<?> type = map.getClass();
		return type == MAP_OF_ONE || type == MAP_OF_MANY;
	}

	/**
	 * A map of an earlier call and what it bound to: a call with the same unmodifiable
	 * map (constant key maps are common) skips the map's lookups and checks. Published
	 * through a plain field (its map and binding are final); a race only costs a lookup.
	 */
	private static final class Memo {

		final Map<?, ?> map;

		final Object[] bound;

		/** Whether a later call used it; written once, by any thread. */
		boolean hit;

		Memo(Map<?, ?> map, Object[] bound) {
			this.map = map;
			this.bound = bound;
		}

	}

	private @Nullable Memo keysMemo;

	private @Nullable Memo argsMemo;

	/**
	 * How rarely a call replaces a memo (1 in this many calls) that was never used, and
	 * one that was: a memo is written by one call and read by every call on every thread,
	 * so calls with maps made per call must not each write one (threads would take the
	 * object's cache line from each other), and a constant map that is in use keeps its
	 * memo while other maps come and go, yet gives it up to a new constant map in time.
	 */
	private static final int REPLACE_UNUSED = 64;

	private static final int REPLACE_USED = 4096;

	private static @Nullable Object[] recall(@Nullable Memo memo, Map<?, ?> map) {
		if (memo == null || memo.map != map) {
			return null;
		}
		if (!memo.hit) {
			memo.hit = true;
		}
		return memo.bound;
	}

	private static boolean replaces(@Nullable Memo memo, Map<?, ?> map) {
		if (!unmodifiable(map)) {
			return false;
		}
		if (memo == null) {
			return true;
		}
		return ThreadLocalRandom.current().nextInt(memo.hit ? REPLACE_USED : REPLACE_UNUSED) == 0;
	}

	private String[] boundKeys(Map<String, String> keys, Signature signature) {
		Memo memo = this.keysMemo;
		Object[] recalled = recall(memo, keys);
		if (recalled != null) {
			return (String[]) recalled;
		}
		String[] keyNames = new String[signature.keys.length];
		for (int i = 0; i < keyNames.length; i++) {
			String key = keys.get(signature.keys[i]);
			if (key == null) {
				checkUnknown(keys.keySet(), new LinkedHashSet<>(program().keys()), "key");
				throw new IllegalArgumentException(describe() + " needs key '" + signature.keys[i] + "'");
			}
			keyNames[i] = key;
		}
		if (keys.size() != keyNames.length) {
			checkUnknown(keys.keySet(), new LinkedHashSet<>(program().keys()), "key");
		}
		if (replaces(memo, keys)) {
			this.keysMemo = new Memo(keys, keyNames);
		}
		return keyNames;
	}

	private Object[] boundArgs(Map<String, ?> args, Signature signature) {
		Memo memo = this.argsMemo;
		Object[] recalled = recall(memo, args);
		if (recalled != null) {
			return recalled;
		}
		Object[] values = new Object[signature.args.length];
		int given = 0;
		for (int i = 0; i < values.length; i++) {
			String name = signature.args[i];
			Type type = signature.argTypes[i];
			Object value = args.get(name);
			if (value != null || args.containsKey(name)) {
				given++;
			}
			else if (!type.nullable()) {
				checkUnknown(args.keySet(), argNames(program().args()), "argument");
				throw new IllegalArgumentException(describe() + " needs argument '" + name + "'");
			}
			values[i] = Values.fromJava(value, type, signature.argLabels[i]);
		}
		if (given != args.size()) {
			checkUnknown(args.keySet(), argNames(program().args()), "argument");
		}
		// list and map arguments are copied per call: a script may change its copy
		if (signature.scalarArgs && replaces(memo, args)) {
			this.argsMemo = new Memo(args, values);
		}
		return values;
	}

	/**
	 * The declared keys and arguments as arrays, by index, and the arguments' labels for
	 * error messages: made once, so that a call reads arrays only.
	 */
	private static final class Signature {

		final String[] keys;

		final String[] args;

		final Type[] argTypes;

		final String[] argLabels;

		/** Whether every argument is a scalar (an immutable script value). */
		final boolean scalarArgs;

		Signature(Program program) {
			this.keys = program.keys().toArray(new String[0]);
			List<Expr.Arg> declared = program.args();
			this.args = new String[declared.size()];
			this.argTypes = new Type[declared.size()];
			this.argLabels = new String[declared.size()];
			for (Expr.Arg arg : declared) {
				this.args[arg.index()] = arg.name();
				this.argTypes[arg.index()] = arg.type();
				this.argLabels[arg.index()] = "argument '" + arg.name() + "'";
			}
			this.scalarArgs = declared.stream()
				.allMatch((arg) -> arg.type().kind() != Type.Kind.LIST && arg.type().kind() != Type.Kind.MAP);
		}

	}

	private Signature signature() {
		Signature made = this.signature;
		if (made == null) {
			made = new Signature(program());
			this.signature = made;
		}
		return made;
	}

	private static Set<String> argNames(List<Expr.Arg> args) {
		Set<String> names = new LinkedHashSet<>();
		args.forEach((a) -> names.add(a.name()));
		return names;
	}

	/** Fails if a call names a key or argument the script does not declare. */
	private void checkUnknown(Set<String> given, Set<String> declared, String what) {
		Set<String> unknown = new java.util.TreeSet<>(given);
		unknown.removeAll(declared);
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(
					describe() + " has no " + what + " " + unknown + "; " + what + "s: " + declared);
		}
	}

	private String describe() {
		return "script '" + program().name() + "'";
	}

	/**
	 * Decodes a script value into the result type.
	 * @param value the script value
	 * @return the result
	 */
	@SuppressWarnings("unchecked")
	public @Nullable R result(@Nullable Object value) {
		return (R) Values.toJava(value, program().result());
	}

	/**
	 * A call's keys and arguments, checked and in declaration order. The arrays may be
	 * shared by calls with the same unmodifiable maps: read them, never change them.
	 *
	 * @param keys the keys' names (without prefix)
	 * @param args the arguments as script values
	 */
	public record Bound(String[] keys, Object[] args) {

	}

	@Override
	public String toString() {
		return "RegisteredScript[" + this.script.name() + "]";
	}

}
