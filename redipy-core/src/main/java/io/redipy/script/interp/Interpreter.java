package io.redipy.script.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.redipy.CommandException;
import io.redipy.RedipyException;
import io.redipy.ScriptException;
import io.redipy.api.Commands;
import io.redipy.api.ScoredMember;
import io.redipy.api.ByteOrder;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Json;
import io.redipy.script.ir.Program;
import io.redipy.script.ir.RawText;
import io.redipy.script.ir.ScriptCommand;
import io.redipy.script.ir.ScriptErrors;
import io.redipy.script.ir.Stmt;
import io.redipy.script.ir.Values;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a script's IR natively: the IR is turned into a tree of closures once, when the
 * script is registered, so that a call costs little more than the commands it performs.
 * Commands go through a {@link Commands} view, which the memory backend binds to its
 * store while it holds the store's lock.
 */
public final class Interpreter {

	private static final Logger logger = LoggerFactory.getLogger(Interpreter.class);

	private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

	private final Program program;

	private final Exec body;

	/**
	 * Runs a script's commands. {@link #through(Commands)} runs each one by its
	 * {@link ScriptCommand#invoker() invoker} on the client API; a backend may run common
	 * commands straight on its data instead, as long as the results and errors are the
	 * same.
	 */
	@FunctionalInterface
	public interface Runner {

		/**
		 * Runs a command.
		 * @param command the command
		 * @param args its arguments as script values, keys without prefix
		 * @param options its build-time options, or null
		 * @return the result as a script value
		 * @throws CommandException as the command fails
		 */
		@Nullable Object run(ScriptCommand command, Object[] args, @Nullable Object options);

		/**
		 * Runs a command of at most three arguments, given one by one, so that a runner
		 * that runs it straight on its data needs no array; by default they go to
		 * {@link #run(ScriptCommand, Object[], Object)} in an array.
		 * @param command the command (not variadic)
		 * @param count how many of {@code a}, {@code b} and {@code c} are arguments, 0 to
		 * 3
		 * @param a the first argument, or null
		 * @param b the second argument, or null
		 * @param c the third argument, or null
		 * @param options its build-time options, or null
		 * @return the result as a script value
		 * @throws CommandException as the command fails
		 */
		default @Nullable Object run(ScriptCommand command, int count, @Nullable Object a, @Nullable Object b,
				@Nullable Object c, @Nullable Object options) {
			Object[] args = switch (count) {
				case 0 -> new Object[0];
				case 1 -> new Object[] { a };
				case 2 -> new Object[] { a, b };
				default -> new Object[] { a, b, c };
			};
			return run(command, args, options);
		}

		/**
		 * Runs every command by its invoker on a client API.
		 * @param commands the API (with the client's key prefix)
		 * @return the runner
		 */
		static Runner through(Commands commands) {
			Objects.requireNonNull(commands, "commands");
			return (command, args, options) -> command.invoker().invoke(commands, args, options);
		}

	}

	/** What the interpreter needs from its host besides commands. */
	public interface Host {

		/**
		 * Returns the time.
		 * @return milliseconds since the epoch
		 */
		long nowMillis();

		/**
		 * Returns how long a script may run before it is stopped, so that a script that
		 * loops forever cannot hold the store forever (Redis lets such a script run and
		 * answers other clients with BUSY after its {@code lua-time-limit}, 5 s by
		 * default).
		 * @return the limit in nanoseconds
		 */
		default long timeLimitNanos() {
			return java.time.Duration.ofSeconds(5).toNanos();
		}

	}

	private Interpreter(Program program) {
		this.program = program;
		this.body = new Compiler().block(program.body());
	}

	/**
	 * Prepares a program.
	 * @param program the script's IR
	 * @return the prepared interpreter
	 */
	public static Interpreter prepare(Program program) {
		return new Interpreter(Objects.requireNonNull(program, "program"));
	}

	/**
	 * Runs the script.
	 * @param commands the client API its commands run on (with the client's key prefix)
	 * @param host the time source
	 * @param keys the keys' names, in declaration order, without prefix
	 * @param args the arguments as script values (see {@link Values#fromJava}), in order
	 * @return the result as a script value
	 * @throws ScriptException if the script fails
	 */
	public @Nullable Object run(Commands commands, Host host, String[] keys, Object[] args) {
		return run(Runner.through(commands), host, keys, args);
	}

	/**
	 * Runs the script with its commands run by a backend's runner.
	 * @param runner what runs the commands (with the client's key prefix)
	 * @param host the time source
	 * @param keys the keys' names, in declaration order, without prefix
	 * @param args the arguments as script values (see {@link Values#fromJava}), in order
	 * @return the result as a script value
	 * @throws ScriptException if the script fails
	 */
	public @Nullable Object run(Runner runner, Host host, String[] keys, Object[] args) {
		Frame frame = new Frame(this.program, runner, host, keys, args);
		try {
			this.body.run(frame);
		}
		catch (Failure failure) {
			throw new ScriptException(this.program.name(), failure.getMessage(), null, failure.getCause());
		}
		catch (RedipyException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// a defect of the interpreter: still a ScriptException, as the API promises,
			// with the Java exception as its cause
			throw new ScriptException(this.program.name(), "internal error: " + ex, null, ex);
		}
		return frame.result;
	}

	private static final class Frame {

		final Program program;

		final Runner runner;

		final Host host;

		final String[] keys;

		final Object[] args;

		final Object[] locals;

		/**
		 * When the clock was first read, at loop round 1024: a script without loops ends
		 * by itself, and one with a few rounds never reads the clock; what ran before is
		 * not counted.
		 */
		private long started;

		private long rounds;

		@Nullable Object result;

		Frame(Program program, Runner runner, Host host, String[] keys, Object[] args) {
			this.program = program;
			this.runner = runner;
			this.host = host;
			this.keys = keys;
			this.args = args;
			this.locals = new Object[program.locals()];
		}

		/**
		 * Counts a loop round; every 1024 rounds from the 2048th, stops the script if it
		 * ran too long.
		 */
		void round() {
			long round = ++this.rounds;
			if ((round & 1023) == 0) {
				long now = System.nanoTime();
				if (round == 1024) {
					this.started = now;
				}
				else if (now - this.started > this.host.timeLimitNanos()) {
					throw failure(ScriptErrors.TIME_LIMIT);
				}
			}
		}

	}

	/** A failure of the script, carried to {@link #run}. */
	private static final class Failure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Failure(String message, @Nullable Throwable cause) {
			super(message, cause, false, false);
		}

	}

	private static Failure failure(String message) {
		return new Failure(message, null);
	}

	@FunctionalInterface
	private interface Eval {

		@Nullable Object eval(Frame frame);

	}

	/**
	 * An expression as its parent reads it: a literal, key, argument or local is read in
	 * place, anything else (a command, an operation) through its closure. The method is
	 * kept small on purpose: the JIT then inlines it into every closure that reads an
	 * operand, so that a leaf costs a field read. With the command call inlined into it,
	 * its compiled code grew too big to be inlined anywhere ("already compiled into a big
	 * method" in -XX:+PrintInlining), and every operand cost a call.
	 */
	private static final class Operand {

		static final Operand NULL = new Operand(CONSTANT, 0, null, null);

		private final int kind;

		private final int index;

		private final @Nullable Object value;

		private final @Nullable Eval closure;

		Operand(int kind, int index, @Nullable Object value, @Nullable Eval closure) {
			this.kind = kind;
			this.index = index;
			this.value = value;
			this.closure = closure;
		}

		@Nullable Object eval(Frame frame) {
			return switch (this.kind) {
				case CONSTANT -> this.value;
				case KEY -> frame.keys[this.index];
				case ARG -> frame.args[this.index];
				case LOCAL -> frame.locals[this.index];
				default -> this.closure.eval(frame);
			};
		}

	}

	private static final int CONSTANT = 0;

	private static final int KEY = 1;

	private static final int ARG = 2;

	private static final int LOCAL = 3;

	private static final int CLOSURE = 4;

	/** A command with its operands. */
	private static final class CommandCall implements Eval {

		private final ScriptCommand command;

		private final Operand[] args;

		private final @Nullable Object options;

		private final boolean variadic;

		private final boolean integer;

		/** Whether the arguments go to the runner one by one: not variadic, at most 3. */
		private final boolean few;

		CommandCall(ScriptCommand command, Operand[] args, @Nullable Object options, boolean integer) {
			this.command = command;
			this.args = args;
			this.options = options;
			this.variadic = command.variadic();
			this.integer = integer;
			this.few = !this.variadic && args.length <= 3;
		}

		@Override
		public @Nullable Object eval(Frame f) {
			Operand[] operands = this.args;
			Object result;
			if (this.few) {
				// most commands: no array for the runner's direct path to unpack
				int count = operands.length;
				Object a = (count > 0) ? operands[0].eval(f) : null;
				Object b = (count > 1) ? operands[1].eval(f) : null;
				Object c = (count > 2) ? operands[2].eval(f) : null;
				try {
					result = f.runner.run(this.command, count, a, b, c, this.options);
				}
				catch (CommandException ex) {
					throw new Failure(ex.getMessage(), ex);
				}
			}
			else {
				Object[] values = new Object[operands.length];
				for (int i = 0; i < operands.length; i++) {
					values[i] = operands[i].eval(f);
				}
				if (this.variadic) {
					checkArity(values);
				}
				try {
					result = f.runner.run(this.command, values, this.options);
				}
				catch (CommandException ex) {
					throw new Failure(ex.getMessage(), ex);
				}
			}
			if (this.integer && result != null) {
				checkInteger((Long) result);
			}
			return result;
		}

		private void checkArity(Object[] values) {
			int count = this.command.countArguments(this.options, values);
			if (count > ScriptErrors.MAX_COMMAND_ARGUMENTS) {
				throw failure(ScriptErrors.TOO_MANY_ARGUMENTS);
			}
			if (count < this.command.minArguments()) {
				CommandException error = CommandException.of(ScriptErrors.WRONG_ARITY);
				throw new Failure(error.getMessage(), error);
			}
		}

	}

	private static final int NORMAL = 0;

	private static final int BREAK = 1;

	private static final int RETURN = 2;

	@FunctionalInterface
	private interface Exec {

		int run(Frame frame);

	}

	static long checkInteger(long value) {
		if (value > ScriptErrors.MAX_INTEGER || value < -ScriptErrors.MAX_INTEGER) {
			throw failure(ScriptErrors.INTEGER_OUT_OF_RANGE);
		}
		return value;
	}

	static double checkFinite(double value) {
		if (!Double.isFinite(value)) {
			throw failure(ScriptErrors.NOT_FINITE);
		}
		return value;
	}

	/** Compiles IR nodes to closures. */
	private static final class Compiler implements Expr.Visitor<Eval>, Stmt.Visitor<Exec> {

		Operand operand(Expr e) {
			if (e instanceof Expr.Lit lit) {
				return new Operand(CONSTANT, 0, lit.value(), null);
			}
			if (e instanceof Expr.Key key) {
				return new Operand(KEY, key.index(), null, null);
			}
			if (e instanceof Expr.Arg arg) {
				return new Operand(ARG, arg.index(), null, null);
			}
			if (e instanceof Expr.Local local) {
				return new Operand(LOCAL, local.slot(), null, null);
			}
			return new Operand(CLOSURE, 0, null, e.accept(this));
		}

		Exec block(List<Stmt> statements) {
			Exec[] steps = statements.stream().map((s) -> s.accept(this)).toArray(Exec[]::new);
			// short blocks unrolled: each call site then sees one kind of statement in a
			// given script, which the JIT can inline, where a loop's one call site sees
			// them all
			switch (steps.length) {
				case 0 -> {
					return (frame) -> NORMAL;
				}
				case 1 -> {
					return steps[0];
				}
				case 2 -> {
					Exec a = steps[0];
					Exec b = steps[1];
					return (frame) -> {
						int flow = a.run(frame);
						return (flow != NORMAL) ? flow : b.run(frame);
					};
				}
				case 3 -> {
					Exec a = steps[0];
					Exec b = steps[1];
					Exec c = steps[2];
					return (frame) -> {
						int flow = a.run(frame);
						if (flow != NORMAL) {
							return flow;
						}
						flow = b.run(frame);
						return (flow != NORMAL) ? flow : c.run(frame);
					};
				}
				case 4 -> {
					Exec a = steps[0];
					Exec b = steps[1];
					Exec c = steps[2];
					Exec d = steps[3];
					return (frame) -> {
						int flow = a.run(frame);
						if (flow != NORMAL) {
							return flow;
						}
						flow = b.run(frame);
						if (flow != NORMAL) {
							return flow;
						}
						flow = c.run(frame);
						return (flow != NORMAL) ? flow : d.run(frame);
					};
				}
				default -> {
					// longer blocks loop
				}
			}
			return (frame) -> {
				for (Exec step : steps) {
					int flow = step.run(frame);
					if (flow != NORMAL) {
						return flow;
					}
				}
				return NORMAL;
			};
		}

		@Override
		public Eval lit(Expr.Lit e) {
			Object value = e.value();
			return (frame) -> value;
		}

		@Override
		public Eval arg(Expr.Arg e) {
			int index = e.index();
			return (frame) -> frame.args[index];
		}

		@Override
		public Eval key(Expr.Key e) {
			int index = e.index();
			return (frame) -> frame.keys[index];
		}

		@Override
		public Eval local(Expr.Local e) {
			int slot = e.slot();
			return (frame) -> frame.locals[slot];
		}

		@Override
		public Eval unary(Expr.Unary e) {
			Operand operand = operand(e.operand());
			boolean integer = e.type().kind() == io.redipy.script.ir.Type.Kind.INTEGER;
			return switch (e.op()) {
				case NEG -> integer ? (frame) -> checkInteger(-(Long) operand.eval(frame))
						: (frame) -> -(Double) operand.eval(frame);
				case NOT -> (frame) -> !(Boolean) operand.eval(frame);
				case IS_NULL -> (frame) -> operand.eval(frame) == null;
			};
		}

		@Override
		public Eval binary(Expr.Binary e) {
			Operand l = operand(e.left());
			Operand r = operand(e.right());
			boolean integer = e.left().type().kind() == io.redipy.script.ir.Type.Kind.INTEGER;
			boolean string = e.left().type().kind() == io.redipy.script.ir.Type.Kind.STRING;
			return switch (e.op()) {
				case ADD -> integer ? (f) -> checkInteger((Long) l.eval(f) + (Long) r.eval(f))
						: (f) -> checkFinite((Double) l.eval(f) + (Double) r.eval(f));
				case SUB -> integer ? (f) -> checkInteger((Long) l.eval(f) - (Long) r.eval(f))
						: (f) -> checkFinite((Double) l.eval(f) - (Double) r.eval(f));
				case MUL -> integer ? (f) -> multiply((Long) l.eval(f), (Long) r.eval(f))
						: (f) -> checkFinite((Double) l.eval(f) * (Double) r.eval(f));
				case DIV -> (f) -> {
					double a = (Double) l.eval(f);
					double b = (Double) r.eval(f);
					if (b == 0) {
						throw failure(ScriptErrors.DIVISION_BY_ZERO);
					}
					return checkFinite(a / b);
				};
				case IDIV -> (f) -> {
					long a = (Long) l.eval(f);
					long b = (Long) r.eval(f);
					if (b == 0) {
						throw failure(ScriptErrors.DIVISION_BY_ZERO);
					}
					return checkInteger(Math.floorDiv(a, b));
				};
				case MOD -> (f) -> {
					long a = (Long) l.eval(f);
					long b = (Long) r.eval(f);
					if (b == 0) {
						throw failure(ScriptErrors.DIVISION_BY_ZERO);
					}
					return Math.floorMod(a, b);
				};
				case EQ -> (f) -> Values.equal(l.eval(f), r.eval(f));
				case NE -> (f) -> !Values.equal(l.eval(f), r.eval(f));
				case LT -> (f) -> compare(l.eval(f), r.eval(f), string) < 0;
				case LE -> (f) -> compare(l.eval(f), r.eval(f), string) <= 0;
				case GT -> (f) -> compare(l.eval(f), r.eval(f), string) > 0;
				case GE -> (f) -> compare(l.eval(f), r.eval(f), string) >= 0;
				case AND -> (f) -> (Boolean) l.eval(f) && (Boolean) r.eval(f);
				case OR -> (f) -> (Boolean) l.eval(f) || (Boolean) r.eval(f);
				case CONCAT -> (f) -> RawText.concat((String) l.eval(f), (String) r.eval(f));
				case OR_ELSE -> (f) -> {
					Object value = l.eval(f);
					return (value != null) ? value : r.eval(f);
				};
			};
		}

		private static long multiply(long a, long b) {
			try {
				return checkInteger(Math.multiplyExact(a, b));
			}
			catch (ArithmeticException ex) {
				throw failure(ScriptErrors.INTEGER_OUT_OF_RANGE);
			}
		}

		private static int compare(Object a, Object b, boolean string) {
			if (string) {
				return ByteOrder.compare((String) a, (String) b);
			}
			if (a instanceof Long x) {
				return Long.compare(x, (Long) b);
			}
			double x = (Double) a;
			double y = (Double) b;
			return (x < y) ? -1 : ((x > y) ? 1 : 0);
		}

		@Override
		public Eval call(Expr.Call e) {
			Operand[] args = e.args().stream().map(this::operand).toArray(Operand[]::new);
			return switch (e.function()) {
				// positions as the Lua prelude counts them, also for bytes that are not
				// UTF-8
				case STRLEN -> (f) -> (long) RawText.length((String) args[0].eval(f));
				case SUBSTRING ->
					(f) -> RawText.substring((String) args[0].eval(f), (Long) args[1].eval(f), (Long) args[2].eval(f));
				case FIND ->
					(f) -> RawText.find((String) args[0].eval(f), (String) args[1].eval(f), (Long) args[2].eval(f));
				case INT_TO_STRING -> (f) -> Long.toString((Long) args[0].eval(f));
				case DOUBLE_TO_STRING -> (f) -> Values.formatDouble((Double) args[0].eval(f));
				case PARSE_INTEGER -> (f) -> parseInteger((String) args[0].eval(f));
				case PARSE_DOUBLE -> (f) -> parseDouble((String) args[0].eval(f));
				case INT_TO_DOUBLE -> (f) -> (double) (Long) args[0].eval(f);
				case DOUBLE_TO_INT -> (f) -> {
					double value = (Double) args[0].eval(f);
					if (!(Math.abs(value) < ScriptErrors.MAX_INTEGER + 1.0)) {
						throw failure(ScriptErrors.INTEGER_OUT_OF_RANGE);
					}
					return (long) value;
				};
				case SIZE -> (f) -> {
					Object value = args[0].eval(f);
					return (long) ((value instanceof List<?> list) ? list.size() : ((Map<?, ?>) value).size());
				};
				case GET -> (f) -> {
					List<?> list = (List<?>) args[0].eval(f);
					return list.get(index(list, (Long) args[1].eval(f)));
				};
				case GET_KEY -> (f) -> ((Map<?, ?>) args[0].eval(f)).get(args[1].eval(f));
				case CONTAINS -> (f) -> {
					List<?> list = (List<?>) args[0].eval(f);
					Object value = args[1].eval(f);
					for (Object item : list) {
						if (Values.equal(item, value)) {
							return true;
						}
					}
					return false;
				};
				case HAS_KEY -> (f) -> ((Map<?, ?>) args[0].eval(f)).containsKey(args[1].eval(f));
				case KEYS -> (f) -> new ArrayList<Object>(((Map<?, ?>) args[0].eval(f)).keySet());
				case TIME -> (f) -> f.host.nowMillis();
				case MEMBER -> (f) -> ((ScoredMember) args[0].eval(f)).member();
				case SCORE -> (f) -> ((ScoredMember) args[0].eval(f)).score();
				case JSON_ENCODE -> {
					io.redipy.script.ir.Type type = e.args().get(0).type();
					yield (f) -> Json.write(args[0].eval(f), type);
				}
				case JSON_DECODE -> {
					io.redipy.script.ir.Type type = e.type();
					yield (f) -> {
						try {
							return Json.read((String) args[0].eval(f), type);
						}
						catch (IllegalArgumentException ex) {
							throw failure(ScriptErrors.JSON_MISMATCH);
						}
					};
				}
				case NON_NULL -> (f) -> {
					Object value = args[0].eval(f);
					if (value == null) {
						throw failure(ScriptErrors.NULL_VALUE);
					}
					return value;
				};
			};
		}

		@Override
		public Eval command(Expr.Command e) {
			return commandCall(e);
		}

		CommandCall commandCall(Expr.Command e) {
			return new CommandCall(e.command(), e.args().stream().map(this::operand).toArray(Operand[]::new),
					e.options(), e.type().kind() == io.redipy.script.ir.Type.Kind.INTEGER);
		}

		@Override
		public Eval listOf(Expr.ListOf e) {
			Operand[] items = e.items().stream().map(this::operand).toArray(Operand[]::new);
			return (f) -> {
				// an empty literal gets the default capacity: appends follow
				List<Object> list = (items.length == 0) ? new ArrayList<>() : new ArrayList<>(items.length);
				for (Operand item : items) {
					list.add(item.eval(f));
				}
				return list;
			};
		}

		@Override
		public Eval mapOf(Expr.MapOf e) {
			Operand[] keys = e.keys().stream().map(this::operand).toArray(Operand[]::new);
			Operand[] values = e.values().stream().map(this::operand).toArray(Operand[]::new);
			return (f) -> {
				Map<String, Object> map = new TreeMap<>(ByteOrder::compare);
				for (int i = 0; i < keys.length; i++) {
					map.put((String) keys[i].eval(f), values[i].eval(f));
				}
				return map;
			};
		}

		@Override
		public Exec let(Stmt.Let s) {
			int slot = s.local().slot();
			Operand value = operand(s.value());
			return (f) -> {
				f.locals[slot] = value.eval(f);
				return NORMAL;
			};
		}

		@Override
		public Exec assign(Stmt.Assign s) {
			int slot = s.local().slot();
			Operand value = operand(s.value());
			return (f) -> {
				f.locals[slot] = value.eval(f);
				return NORMAL;
			};
		}

		@Override
		public Exec ifThen(Stmt.If s) {
			Operand condition = operand(s.condition());
			Exec then = block(s.then());
			Exec otherwise = block(s.otherwise());
			return (f) -> ((Boolean) condition.eval(f)) ? then.run(f) : otherwise.run(f);
		}

		@Override
		public Exec whileLoop(Stmt.While s) {
			Operand condition = operand(s.condition());
			Exec body = block(s.body());
			return (f) -> {
				while ((Boolean) condition.eval(f)) {
					f.round();
					int flow = body.run(f);
					if (flow == BREAK) {
						break;
					}
					if (flow == RETURN) {
						return RETURN;
					}
				}
				return NORMAL;
			};
		}

		@Override
		public Exec forEach(Stmt.ForEach s) {
			Operand list = operand(s.list());
			boolean fresh = s.list() instanceof Expr.Command || s.list() instanceof Expr.ListOf;
			int indexSlot = s.index().slot();
			int valueSlot = s.value().slot();
			Exec body = block(s.body());
			return (f) -> {
				// a snapshot: changes the body makes to the list do not change the
				// iteration (a command's result or a list literal is new: nothing else
				// can change it)
				List<?> value = (List<?>) list.eval(f);
				List<?> items = fresh ? value : new ArrayList<>(value);
				for (int i = 0; i < items.size(); i++) {
					f.round();
					f.locals[indexSlot] = (long) i;
					f.locals[valueSlot] = items.get(i);
					int flow = body.run(f);
					if (flow == BREAK) {
						break;
					}
					if (flow == RETURN) {
						return RETURN;
					}
				}
				return NORMAL;
			};
		}

		@Override
		public Exec breakLoop(Stmt.Break s) {
			return (f) -> BREAK;
		}

		@Override
		public Exec returns(Stmt.Return s) {
			Operand value = (s.value() != null) ? operand(s.value()) : Operand.NULL;
			return (f) -> {
				f.result = value.eval(f);
				return RETURN;
			};
		}

		@Override
		public Exec eval(Stmt.Eval s) {
			Operand value = operand(s.expr());
			return (f) -> {
				value.eval(f);
				return NORMAL;
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		public Exec mutate(Stmt.Mutate s) {
			int slot = s.target().slot();
			Operand[] args = s.args().stream().map(this::operand).toArray(Operand[]::new);
			return switch (s.mutation()) {
				case APPEND -> (f) -> {
					((List<Object>) f.locals[slot]).add(args[0].eval(f));
					return NORMAL;
				};
				case SET_AT -> (f) -> {
					List<Object> list = (List<Object>) f.locals[slot];
					int index = index(list, (Long) args[0].eval(f));
					list.set(index, args[1].eval(f));
					return NORMAL;
				};
				case PUT -> (f) -> {
					((Map<String, Object>) f.locals[slot]).put((String) args[0].eval(f), args[1].eval(f));
					return NORMAL;
				};
				case REMOVE -> (f) -> {
					((Map<String, Object>) f.locals[slot]).remove(args[0].eval(f));
					return NORMAL;
				};
			};
		}

		@Override
		public Exec log(Stmt.Log s) {
			Operand message = operand(s.message());
			return (f) -> {
				logger.info("script {}: {}", f.program.name(), message.eval(f));
				return NORMAL;
			};
		}

		@Override
		public Exec fail(Stmt.Fail s) {
			Operand message = operand(s.message());
			return (f) -> {
				// as an error reply on Redis: one line, ending at the first NUL, read
				// by a UTF-8 client (bytes that are not UTF-8 become U+FFFD)
				String text = RawText.toClient((String) message.eval(f));
				int nul = text.indexOf('\0');
				throw failure(((nul >= 0) ? text.substring(0, nul) : text).replace('\r', ' ').replace('\n', ' '));
			};
		}

	}

	private static int index(List<?> list, long index) {
		long normalized = (index < 0) ? list.size() + index : index;
		if (normalized < 0 || normalized >= list.size()) {
			throw failure(ScriptErrors.INDEX_OUT_OF_RANGE);
		}
		return (int) normalized;
	}

	private static @Nullable Long parseInteger(String text) {
		if (!INTEGER.matcher(text).matches() || text.length() > 20) {
			return null;
		}
		try {
			long value = Long.parseLong(text);
			return (Math.abs(value) > ScriptErrors.MAX_INTEGER) ? null : value;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Double parseDouble(String text) {
		if (!DECIMAL.matcher(text).matches()) {
			return null;
		}
		double value = Double.parseDouble(text);
		return Double.isFinite(value) ? value : null;
	}

}
