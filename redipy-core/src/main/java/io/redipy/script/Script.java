package io.redipy.script;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import io.redipy.script.ir.Program;
import io.redipy.script.ir.Stmt;

/**
 * A script: an atomic multi-step transaction written in Java, run as Lua by Redis and
 * natively by the memory store, with the same results on both. Build it once, register it
 * on a client, call it many times.
 *
 * <pre class="code">
 * Script&lt;String&gt; pop = Script.define("pop_or_default", Kind.STRING, s -&gt; {
 *     StringExpr queue = s.key("queue");
 *     StringExpr fallback = s.arg("fallback", Kind.STRING);
 *     s.returns(Dsl.list(queue).lpop().orElse(fallback));
 * });
 * RegisteredScript&lt;String&gt; registered = client.register(pop);
 * String next = registered.call(Map.of("queue", "jobs"), Map.of("fallback", "none"));
 * </pre>
 *
 * <p>
 * Keys computed inside a script (not declared with {@link ScriptBuilder#key}) get the
 * client's prefix too, but Redis does not know them as the script's keys. On a Redis
 * Cluster, and on the memory backend with cluster rules, a script must declare at least
 * one key, and every key it touches must share the declared keys' slot (use hash tags): a
 * key outside it fails the script while it runs, with a {@link io.redipy.ScriptException}
 * caused by a {@link io.redipy.CrossSlotException}.
 *
 * @param <R> the Java type of the result
 */
public final class Script<R> {

	private final Program program;

	private final Kind<?, R> result;

	private Script(Program program, Kind<?, R> result) {
		this.program = program;
		this.result = result;
	}

	/**
	 * Builds a script. Type errors, undeclared or out-of-scope locals, duplicate names
	 * and a non-null result without a final {@code returns} fail here, naming the
	 * construct.
	 * @param <R> the Java type of the result
	 * @param name the script's name (for errors and logs)
	 * @param result the result's kind; nullable if the script may return null
	 * @param body builds the script
	 * @return the script
	 * @throws IllegalArgumentException for a mistake in the script
	 */
	public static <R> Script<R> define(String name, Kind<?, R> result, Consumer<ScriptBuilder> body) {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(body, "body");
		ScriptContext context = new ScriptContext(name, result.type());
		ScriptBuilder builder = new ScriptBuilder(context);
		body.accept(builder);
		List<Stmt> statements = builder.statements;
		if (!result.type().nullable()
				&& (statements.isEmpty() || !(statements.get(statements.size() - 1) instanceof Stmt.Return))) {
			throw new IllegalArgumentException(context.name() + ": the result of type " + result.type()
					+ " cannot be null, so the script must end with returns(...)");
		}
		Program program = new Program(name, context.keys, context.args, context.slots(), statements, result.type());
		return new Script<>(program, result);
	}

	/**
	 * Returns the script's IR (for redipy's backends and for debugging).
	 * @return the program
	 */
	public Program program() {
		return this.program;
	}

	/**
	 * Returns the script's name.
	 * @return the name
	 */
	public String name() {
		return this.program.name();
	}

	/**
	 * Returns the result's kind.
	 * @return the kind
	 */
	public Kind<?, R> result() {
		return this.result;
	}

	@Override
	public String toString() {
		return "Script[" + this.program.name() + "]";
	}

	/**
	 * Checks that the script can run on a Redis Cluster, where it runs on the node of its
	 * declared keys: it declares at least one, and calls no command that works on the
	 * whole keyspace. (A client whose key prefix has a hash tag keeps all its keys in the
	 * tag's slot, so its scripts run on that slot's node and may do both: it does not
	 * call this.)
	 * @throws io.redipy.InvalidArgumentException if it cannot
	 */
	public void checkRunsOnACluster() {
		if (this.program().keys().isEmpty()) {
			throw new io.redipy.InvalidArgumentException(
					"Script '" + name()
							+ "' declares no keys: a Redis Cluster runs a script on the node of its declared keys,"
							+ " so on a cluster it needs at least one (and all of them in one slot; see hash tags)",
					null);
		}
		for (io.redipy.script.ir.ScriptCommand command : io.redipy.script.ir.ExprTrees.commands(program().body())) {
			if (command.keyspaceWide()) {
				throw new io.redipy.InvalidArgumentException("Script '" + name() + "' calls " + command.name()
						+ ", which works on the whole keyspace: on a Redis Cluster a script runs on one node and"
						+ " would see only that node's keys", null);
			}
		}
	}

}
