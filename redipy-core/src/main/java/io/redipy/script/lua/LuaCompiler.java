package io.redipy.script.lua;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.redipy.script.ir.Builtin;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.ExprTrees;
import io.redipy.script.ir.Program;
import io.redipy.script.ir.ScriptCommand;
import io.redipy.script.ir.Stmt;
import io.redipy.script.ir.Type;

/**
 * Compiles a script's IR to readable Lua for Redis: the {@link Prelude}'s helpers in one
 * private table, a line per statement with indentation, locals named after the script's
 * names. A script with many locals keeps them in one table instead, so that Lua's limit
 * of 200 locals never rejects a script the DSL accepts.
 */
public final class LuaCompiler implements Expr.Visitor<String>, Stmt.Visitor<Void> {

	/** Above this many names, locals live in one table. */
	private static final int MAX_NAMED = 120;

	private final Program program;

	private final LuaWriter out = new LuaWriter();

	private final boolean tableMode;

	private final Map<Integer, String> locals = new HashMap<>();

	private final List<String> keyNames = new ArrayList<>();

	private final List<String> argNames = new ArrayList<>();

	private final Map<Type, String> typeConstants = new HashMap<>();

	private final List<String> typeLines = new ArrayList<>();

	/** The keys the body reads as values (by index). */
	private final java.util.BitSet keysRead = new java.util.BitSet();

	private LuaCompiler(Program program) {
		this.program = program;
		// a for-each loop holds five locals of its own (three hidden ones, position and
		// element) while it runs
		this.tableMode = program.keys().size() + program.args().size() + program.locals()
				+ 5 * loopNesting(program.body()) > MAX_NAMED;
	}

	/** How deep for-each loops nest in these statements. */
	private static int loopNesting(List<Stmt> statements) {
		int max = 0;
		for (Stmt statement : statements) {
			if (statement instanceof Stmt.ForEach each) {
				max = Math.max(max, 1 + loopNesting(each.body()));
			}
			else if (statement instanceof Stmt.If branch) {
				max = Math.max(max, Math.max(loopNesting(branch.then()), loopNesting(branch.otherwise())));
			}
			else if (statement instanceof Stmt.While loop) {
				max = Math.max(max, loopNesting(loop.body()));
			}
		}
		return max;
	}

	/**
	 * Compiles a program.
	 * @param program the script's IR
	 * @return the compiled script
	 */
	public static LuaScript compile(Program program) {
		return new LuaCompiler(program).run();
	}

	private LuaScript run() {
		StringBuilder header = new StringBuilder();
		header.append("local P = ARGV[1]\n");
		if (this.tableMode) {
			header.append("local V = {}\n");
		}
		for (int i = 0; i < this.program.keys().size(); i++) {
			this.keyNames.add(slot("key_" + this.program.keys().get(i), "k" + i));
		}
		List<String> argNames = new ArrayList<>();
		for (Expr.Arg arg : this.program.args()) {
			String name = slot(arg.name(), "a" + arg.index());
			this.argNames.add(name);
			argNames.add(declare(name) + " = " + decodeArg(arg) + "\n");
		}
		block(this.program.body());
		// a key's name without the prefix only where the body reads it as a value:
		// commands take KEYS[i] as it is
		for (int i = 0; i < this.keyNames.size(); i++) {
			if (this.keysRead.get(i)) {
				header.append(declare(this.keyNames.get(i)))
					.append(" = string.sub(KEYS[")
					.append(i + 1)
					.append("], #P + 1)\n");
			}
		}
		argNames.forEach(header::append);
		if (this.temporaries > 0) {
			header.append("local H = {}\n");
		}
		for (String line : this.typeLines) {
			header.append(line).append('\n');
		}
		String body = header + this.out.toString();
		// the shebang (Redis 7.0) has a cluster node refuse every key outside the
		// declared keys' slot, as the memory backend's cluster rules do, instead of
		// running commands on keys that a resharding may move elsewhere
		return new LuaScript(this.program, "#!lua\n-- redipy script '" + this.program.name().replaceAll("[\\r\\n]", " ")
				+ "'\n" + Prelude.text(body) + body);
	}

	private String slot(String wanted, String tableName) {
		return this.tableMode ? "V." + tableName : this.out.name(wanted);
	}

	private String declare(String name) {
		return this.tableMode ? name : "local " + name;
	}

	private String decodeArg(Expr.Arg arg) {
		String raw = "ARGV[" + (arg.index() + 2) + "]";
		Type type = arg.type();
		String value = type.nullable() ? "redipy.arg(" + raw + ")" : raw;
		String converted = switch (type.kind()) {
			case STRING -> value;
			case INTEGER, DOUBLE -> "tonumber(" + value + ")";
			case BOOLEAN -> "(" + value + " == '1')";
			default -> "cjson.decode(" + value + ")";
		};
		if (type.kind() == Type.Kind.BOOLEAN && type.nullable()) {
			// not "a and b or c": that idiom turns false into nil
			return "({v1 = true, v0 = false})[" + raw + "]";
		}
		if (type.nullable() && type.kind() != Type.Kind.STRING) {
			// converted is a number or a table here, never false
			return "(" + raw + " ~= 'n' and " + converted + " or nil)";
		}
		return converted;
	}

	private void block(List<Stmt> statements) {
		for (Stmt statement : statements) {
			statement.accept(this);
		}
	}

	private String typeConstant(Type type) {
		return this.typeConstants.computeIfAbsent(type.nonNull(), (t) -> {
			String name = "T" + this.typeConstants.size();
			this.typeLines.add("local " + name + " = " + descriptor(t));
			return name;
		});
	}

	private static String descriptor(Type type) {
		return switch (type.kind()) {
			case STRING -> "'s'";
			case INTEGER -> "'i'";
			case DOUBLE -> "'d'";
			case BOOLEAN -> "'b'";
			case SCORED -> "'z'";
			case LIST -> "{'l', " + descriptor(type.element()) + "}";
			case MAP -> "{'m', " + descriptor(type.element()) + "}";
		};
	}

	private String name(Expr.Local local) {
		if (local.slot() < 0) {
			return "H[" + (-local.slot()) + "]";
		}
		return this.locals.computeIfAbsent(local.slot(),
				(slot) -> this.tableMode ? "V[" + (slot + 1) + "]" : this.out.name(local.name()));
	}

	private int temporaries;

	/**
	 * Brackets an inline expression may nest. Lua's parser allows 200 syntax levels; the
	 * compiler puts every operation in brackets of its own, and each bracket costs two
	 * levels at most (measured on Redis 7.0: 198 nested calls compile, 99 nested
	 * {@code (-x)}); the blocks around the statement take up to 100 more (the DSL's
	 * limit).
	 */
	private static final int MAX_BRACKETS = 40;

	/**
	 * Compiles an expression used by a statement: inline where Lua's parser can nest it,
	 * otherwise in steps.
	 */
	private String expr(Expr e) {
		// deeper than this, an expression has more brackets than allowed (all operations
		// but a few have brackets, and those few cannot follow each other), and
		// compiling it inline would recurse as deep
		if (ExprTrees.depth(e) <= 2 * MAX_BRACKETS + 2) {
			String inline = e.accept(this);
			if (brackets(inline) <= MAX_BRACKETS) {
				return inline;
			}
		}
		return hoist(e);
	}

	/** How deep brackets nest in Lua text, outside string literals. */
	static int brackets(String lua) {
		int depth = 0;
		int max = 0;
		char quote = 0;
		for (int i = 0; i < lua.length(); i++) {
			char c = lua.charAt(i);
			if (quote != 0) {
				// literals escape their quote and backslash characters (LuaWriter.quote),
				// the compiler's own are plain
				if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (c == '(' || c == '{' || c == '[') {
				max = Math.max(max, ++depth);
			}
			else if (c == ')' || c == '}' || c == ']') {
				depth--;
			}
		}
		return max;
	}

	private static List<Expr> children(Expr e) {
		return ExprTrees.children(e);
	}

	/**
	 * A new temporary, in the table {@code H} (so temporaries never count against Lua's
	 * locals).
	 */
	private Expr.Local temporary(Type type) {
		return new Expr.Local(-(++this.temporaries), "H", type);
	}

	/**
	 * Computes an expression step by step into temporaries, children left to right, and
	 * returns the temporary that holds it. The right side of {@code and}, {@code or} and
	 * {@code orElse} is computed only when the left side needs it, as inline: its steps
	 * run under a guard, a temporary that says whether they are needed, so that the steps
	 * stay one flat sequence however long the chain (nested {@code if} blocks would count
	 * against Lua's 200 syntax levels).
	 */
	private String hoist(Expr root) {
		// an explicit stack instead of recursion: an expression may nest hundreds of
		// operations deep (the DSL's limit), more than the Java stack may hold
		Deque<Hoisting> stack = new ArrayDeque<>();
		stack.push(new Hoisting(root, null));
		String finished = null;
		while (!stack.isEmpty()) {
			Hoisting h = stack.peek();
			if (h.target == null) {
				if (children(h.e).isEmpty()) {
					finished = h.e.accept(this);
					stack.pop();
					continue;
				}
				h.target = name(temporary(h.e.type()));
			}
			Hoisting next = (h.e instanceof Expr.Binary b
					&& (b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR || b.op() == Expr.BinaryOp.OR_ELSE))
							? shortCircuit(h, b, finished) : operands(h, finished);
			if (next != null) {
				stack.push(next);
			}
			else {
				stack.pop();
				finished = h.target;
			}
		}
		return finished;
	}

	/** An expression being computed in steps, and how far it has got. */
	private static final class Hoisting {

		final Expr e;

		final String guard;

		String target;

		/** The next operand to compute. */
		int next;

		/** The temporary that takes the operand being computed, if any. */
		Expr.Local awaiting;

		/** The right side's guard of and, or and orElse. */
		String needed;

		final List<Expr> replaced = new ArrayList<>();

		Hoisting(Expr e, String guard) {
			this.e = e;
			this.guard = guard;
		}

	}

	/**
	 * The next step of {@code and}, {@code or} or {@code orElse}: the left side, then the
	 * right side under a guard that says whether it is needed.
	 * @return the operand to compute next, or null when the expression is complete
	 */
	private Hoisting shortCircuit(Hoisting h, Expr.Binary b, String finished) {
		switch (h.next++) {
			case 0 -> {
				return new Hoisting(b.left(), h.guard);
			}
			case 1 -> {
				step(h.guard, h.target + " = " + finished);
				String test = switch (b.op()) {
					case AND -> h.target;
					case OR -> "not " + h.target;
					default -> h.target + " == nil";
				};
				h.needed = name(temporary(Type.BOOLEAN));
				// a guard is true or false, never nil: "and" of two of them is exact
				step(null, h.needed + " = " + ((h.guard != null) ? h.guard + " and " + test : test));
				return new Hoisting(b.right(), h.needed);
			}
			default -> {
				step(h.needed, h.target + " = " + finished);
				return null;
			}
		}
	}

	/**
	 * The next step of any other expression: its operands left to right, each into a
	 * temporary unless it is a leaf, then the operation on them.
	 * @return the operand to compute next, or null when the expression is complete
	 */
	private Hoisting operands(Hoisting h, String finished) {
		if (h.awaiting != null) {
			step(h.guard, name(h.awaiting) + " = " + finished);
			h.replaced.add(h.awaiting);
			h.awaiting = null;
		}
		List<Expr> operands = children(h.e);
		while (h.next < operands.size()) {
			Expr child = operands.get(h.next++);
			if (children(child).isEmpty()) {
				h.replaced.add(child);
			}
			else {
				h.awaiting = temporary(child.type());
				return new Hoisting(child, h.guard);
			}
		}
		step(h.guard, h.target + " = " + withChildren(h.e, h.replaced).accept(this));
		return null;
	}

	/** One step of a hoisted expression, run only when the guard (if any) is true. */
	private void step(String guard, String assignment) {
		this.out.line((guard != null) ? "if " + guard + " then " + assignment + " end" : assignment);
	}

	private static Expr withChildren(Expr e, List<Expr> c) {
		if (e instanceof Expr.Unary u) {
			return new Expr.Unary(u.op(), c.get(0), u.type());
		}
		if (e instanceof Expr.Binary b) {
			return new Expr.Binary(b.op(), c.get(0), c.get(1), b.type());
		}
		if (e instanceof Expr.Call call) {
			return new Expr.Call(call.function(), c, call.type());
		}
		if (e instanceof Expr.Command command) {
			return new Expr.Command(command.command(), c, command.type(), command.options());
		}
		if (e instanceof Expr.ListOf l) {
			return new Expr.ListOf(c, l.type());
		}
		Expr.MapOf m = (Expr.MapOf) e;
		int n = m.keys().size();
		return new Expr.MapOf(c.subList(0, n), c.subList(n, c.size()), m.type());
	}

	// expressions

	@Override
	public String lit(Expr.Lit e) {
		Object value = e.value();
		if (value == null) {
			return "nil";
		}
		if (value instanceof String text) {
			return LuaWriter.quote(text);
		}
		if (value instanceof Double number && number == 0) {
			return zero(1 / number < 0);
		}
		if (value instanceof Long number) {
			return (number < 0) ? "(" + number + ")" : number.toString();
		}
		if (value instanceof Double number) {
			return "(" + formatExact(number) + ")";
		}
		return value.toString();
	}

	/**
	 * A double zero that is not a numeral: Lua 5.1 folds operations on numerals
	 * ({@code -0.0}) into constants, and keeps one constant per value in a chunk, where 0
	 * and -0 are the same key; so a folded -0 would turn every 0 of the script (and of
	 * the prelude) into -0, or the other way round. The length of the empty string is
	 * computed when it runs. Integer operations never fold to -0 (see {@link #unary} and
	 * {@link #binary}).
	 */
	private static String zero(boolean negative) {
		return negative ? "(-#'')" : "(#'')";
	}

	/**
	 * Whether Lua reads a double expression as a numeral it may fold: a product of two
	 * numerals that underflows, or a negated numeral zero, would fold to -0 (see
	 * {@link #zero}), so one factor, or the negated operand, is made a run-time value
	 * ({@code #'' + x} is x, as a numeral is never -0). A negated double is never a
	 * numeral, as {@link #unary} negates numerals at run time.
	 */
	private static boolean numeral(Expr e) {
		if (e instanceof Expr.Lit lit) {
			return lit.value() instanceof Long || (lit.value() instanceof Double d && d != 0);
		}
		return e instanceof Expr.Call call && call.function() == Builtin.INT_TO_DOUBLE && numeral(call.args().get(0));
	}

	private static String formatExact(double number) {
		// %.17g reads back exactly
		return String.format(java.util.Locale.ROOT, "%.17e", number);
	}

	@Override
	public String arg(Expr.Arg e) {
		return this.argNames.get(e.index());
	}

	@Override
	public String key(Expr.Key e) {
		this.keysRead.set(e.index());
		return this.keyNames.get(e.index());
	}

	@Override
	public String local(Expr.Local e) {
		return name(e);
	}

	@Override
	public String unary(Expr.Unary e) {
		String operand = e.operand().accept(this);
		return switch (e.op()) {
			// 0 - x: an integer has no sign of zero, and a folded -0 constant would
			// share its slot with every 0 of the chunk (see zero); a double numeral is
			// negated at run time for the same reason (-(0 + 0) would fold to -0)
			case NEG -> (e.type().kind() == Type.Kind.INTEGER) ? "redipy.int(0 - " + operand + ")"
					: numeral(e.operand()) ? "(-(#'' + " + operand + "))" : "(-" + operand + ")";
			case NOT -> "(not " + operand + ")";
			case IS_NULL -> "(" + operand + " == nil)";
		};
	}

	@Override
	public String binary(Expr.Binary e) {
		String l = e.left().accept(this);
		String r = e.right().accept(this);
		Type.Kind kind = e.left().type().kind();
		boolean integer = kind == Type.Kind.INTEGER;
		boolean string = kind == Type.Kind.STRING;
		boolean scalar = kind != Type.Kind.LIST && kind != Type.Kind.MAP && kind != Type.Kind.SCORED;
		return switch (e.op()) {
			case ADD -> (integer ? "redipy.int(" : "redipy.num(") + l + " + " + r + ")";
			case SUB -> (integer ? "redipy.int(" : "redipy.num(") + l + " - " + r + ")";
			// an integer product gets + 0, so that 0 * -1 is 0, folded or not
			case MUL -> integer ? "redipy.int(" + l + " * " + r + " + 0)" : "redipy.num("
					+ ((numeral(e.left()) && numeral(e.right())) ? "(#'' + " + l + ")" : l) + " * " + r + ")";
			case DIV -> "redipy.div(" + l + ", " + r + ")";
			case IDIV -> "redipy.idiv(" + l + ", " + r + ")";
			case MOD -> "redipy.mod(" + l + ", " + r + ")";
			case EQ -> scalar ? "(" + l + " == " + r + ")" : "redipy.eq(" + l + ", " + r + ")";
			case NE -> scalar ? "(" + l + " ~= " + r + ")" : "(not redipy.eq(" + l + ", " + r + "))";
			case LT -> string ? "redipy.lt(" + l + ", " + r + ")" : "(" + l + " < " + r + ")";
			case LE -> string ? "(not redipy.lt(" + r + ", " + l + "))" : "(" + l + " <= " + r + ")";
			case GT -> string ? "redipy.lt(" + r + ", " + l + ")" : "(" + l + " > " + r + ")";
			case GE -> string ? "(not redipy.lt(" + l + ", " + r + "))" : "(" + l + " >= " + r + ")";
			case AND -> "(" + l + " and " + r + ")";
			case OR -> "(" + l + " or " + r + ")";
			case CONCAT -> "(" + l + " .. " + r + ")";
			// a boolean's false must survive, and the default is evaluated only when
			// needed: the left side boxed in a table is never false. No closure, as the
			// locals a closure reads count against Lua's 60 upvalues
			case OR_ELSE ->
				(kind == Type.Kind.BOOLEAN) ? "(redipy.box(" + l + ") or {" + r + "})[1]" : "(" + l + " or " + r + ")";
		};
	}

	@Override
	public String call(Expr.Call e) {
		List<String> a = e.args().stream().map((x) -> x.accept(this)).toList();
		return switch (e.function()) {
			case STRLEN -> "redipy.ulen(" + a.get(0) + ")";
			case SUBSTRING -> "redipy.sub(" + a.get(0) + ", " + a.get(1) + ", " + a.get(2) + ")";
			case FIND -> "redipy.find(" + a.get(0) + ", " + a.get(1) + ", " + a.get(2) + ")";
			case INT_TO_STRING -> "redipy.istr(" + a.get(0) + ")";
			case DOUBLE_TO_STRING -> "redipy.dstr(" + a.get(0) + ")";
			case PARSE_INTEGER -> "redipy.pint(" + a.get(0) + ")";
			case PARSE_DOUBLE -> "redipy.pdouble(" + a.get(0) + ")";
			// integers have no sign of zero (Lua's -0 from 0 * -1 or a truncated -0.5 is
			// an integer 0 in the script language); adding +0 drops it
			case INT_TO_DOUBLE -> "(" + a.get(0) + " + 0)";
			case DOUBLE_TO_INT -> "redipy.d2i(" + a.get(0) + ")";
			case SIZE -> (e.args().get(0).type().kind() == Type.Kind.LIST) ? "(#" + a.get(0) + ")"
					: "redipy.msize(" + a.get(0) + ")";
			case GET -> "redipy.at(" + a.get(0) + ", " + a.get(1) + ")";
			case GET_KEY -> a.get(0) + "[" + a.get(1) + "]";
			case CONTAINS -> "redipy.contains(" + a.get(0) + ", " + a.get(1) + ")";
			case HAS_KEY -> "(" + a.get(0) + "[" + a.get(1) + "] ~= nil)";
			case KEYS -> "redipy.keys(" + a.get(0) + ")";
			case TIME -> "redipy.time()";
			case MEMBER -> a.get(0) + "[1]";
			case SCORE -> a.get(0) + "[2]";
			case NON_NULL -> "redipy.nonnull(" + a.get(0) + ")";
			case JSON_ENCODE -> "redipy.encode(" + a.get(0) + ", " + typeConstant(e.args().get(0).type()) + ")";
			case JSON_DECODE ->
				"redipy.jdecode(" + a.get(0) + ", " + typeConstant(e.type()) + ", " + e.type().nullable() + ")";
		};
	}

	@Override
	public String command(Expr.Command e) {
		ScriptCommand command = e.command();
		List<ScriptCommand.Param> params = command.parameters();
		boolean zip = command.zipsReply();
		// a zipped reply needs the names asked for after the call: the arguments are
		// evaluated once, in order, as the parameters of a function
		List<String> bound = new ArrayList<>();
		List<String> boundNames = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < params.size(); i++) {
			Expr arg = e.args().get(i);
			ScriptCommand.Param param = params.get(i);
			if (param.role() == ScriptCommand.Role.KEY && !param.spread() && arg instanceof Expr.Key declared) {
				texts.add("KEYS[" + (declared.index() + 1) + "]");
				continue;
			}
			String text = arg.accept(this);
			if (zip) {
				String name = "x" + (i + 1);
				bound.add(text);
				boundNames.add(name);
				text = name;
			}
			texts.add(argument(e.args().get(i), param, text));
		}
		if (command.reply().equals("scanall")) {
			// a complete iteration, in one helper that follows the cursor
			String scan = "redipy.scanall(" + LuaWriter.quote(command.redisName()) + ", " + String.join(", ", texts)
					+ ")";
			return switch (command.redisName()) {
				case "SCAN" -> "redipy.r_keys(" + scan + ", P)";
				case "SSCAN" -> "redipy.r_sorted(" + scan + ")";
				case "ZSCAN" -> "redipy.r_zsort(" + scan + ")";
				default -> scan;
			};
		}
		if (command.reply().equals("flushall")) {
			return "redipy.flushall(P)";
		}
		List<String> parts = new ArrayList<>();
		parts.add(LuaWriter.quote(command.redisName()));
		for (String token : command.template(e.options())) {
			if (ScriptCommand.isArgument(token)) {
				String text = texts.get(Integer.parseInt(token.substring(1)) - 1);
				parts.add(token.startsWith("#") ? "redipy.nk(" + text + ")" : text);
			}
			else if (token.equals("^*")) {
				parts.add("(redipy.gesc(P) .. '*')");
			}
			else if (token.startsWith("^+")) {
				parts.add("(P .. " + LuaWriter.quote(token.substring(2)) + ")");
			}
			else if (token.startsWith("^=")) {
				parts.add(LuaWriter.quote(token.substring(2)));
			}
			else {
				parts.add(LuaWriter.quote(token));
			}
		}
		String call = (command.variadic() ? "redipy.rcall(" : "redis.call(") + String.join(", ", parts) + ")";
		String extra = "";
		if (zip) {
			extra = ", x" + params.size();
		}
		else if (command.replyNeedsPrefix()) {
			extra = ", P";
		}
		String result = "redipy.r_" + command.reply() + "(" + call + extra + ")";
		if (zip) {
			return "(function(" + String.join(", ", boundNames) + ") return " + result + " end)("
					+ String.join(", ", bound) + ")";
		}
		return result;
	}

	/** One argument as Redis takes it: text, or a table that is spread. */
	private static String argument(Expr arg, ScriptCommand.Param param, String text) {
		Type type = param.type();
		boolean key = param.role() == ScriptCommand.Role.KEY;
		if (type.kind() == Type.Kind.MAP) {
			return "redipy.sp_m(" + text + ", " + (key ? "P" : "''") + ")";
		}
		if (type.kind() == Type.Kind.LIST) {
			return switch (type.element().kind()) {
				case STRING -> key ? "redipy.pre(P, " + text + ")" : text;
				case SCORED -> "redipy.sp_z(" + text + ")";
				default -> throw new IllegalStateException("cannot spread a " + type);
			};
		}
		return switch (param.role()) {
			case KEY -> "(P .. " + text + ")";
			case PATTERN -> "(redipy.gesc(P) .. " + text + ")";
			case DECIMAL -> "redipy.dstr(" + text + ")";
			case VALUE -> switch (type.kind()) {
				// a literal is written as Redis takes it: no conversion at run time
				case INTEGER -> (arg instanceof Expr.Lit lit && lit.value() instanceof Long number)
						? LuaWriter.quote(number.toString()) : "redipy.istr(" + text + ")";
				case DOUBLE -> "redipy.d17(" + text + ")";
				default -> text;
			};
		};
	}

	@Override
	public String listOf(Expr.ListOf e) {
		return "{" + e.items().stream().map((x) -> x.accept(this)).collect(Collectors.joining(", ")) + "}";
	}

	@Override
	public String mapOf(Expr.MapOf e) {
		List<String> entries = new ArrayList<>();
		for (int i = 0; i < e.keys().size(); i++) {
			entries.add("[" + e.keys().get(i).accept(this) + "] = " + e.values().get(i).accept(this));
		}
		return "{" + String.join(", ", entries) + "}";
	}

	// statements

	@Override
	public Void let(Stmt.Let s) {
		String value = expr(s.value());
		this.out.line(declare(name(s.local())) + " = " + value);
		return null;
	}

	@Override
	public Void assign(Stmt.Assign s) {
		this.out.line(name(s.local()) + " = " + expr(s.value()));
		return null;
	}

	private void nested(List<Stmt> statements) {
		this.out.indent();
		block(statements);
		this.out.dedent();
	}

	@Override
	public Void ifThen(Stmt.If s) {
		this.out.line("if " + expr(s.condition()) + " then");
		nested(s.then());
		if (!s.otherwise().isEmpty()) {
			this.out.line("else");
			nested(s.otherwise());
		}
		this.out.line("end");
		return null;
	}

	@Override
	public Void whileLoop(Stmt.While s) {
		String inline = (ExprTrees.depth(s.condition()) <= 2 * MAX_BRACKETS + 2) ? s.condition().accept(this) : null;
		if (inline != null && brackets(inline) <= MAX_BRACKETS) {
			this.out.line("while " + inline + " do");
			nested(s.body());
		}
		else {
			// the condition's steps run before every round
			this.out.line("while true do");
			this.out.indent();
			this.out.line("if not " + expr(s.condition()) + " then break end");
			block(s.body());
			this.out.dedent();
		}
		this.out.line("end");
		return null;
	}

	@Override
	public Void forEach(Stmt.ForEach s) {
		if (this.tableMode) {
			forEachWithoutLocals(s);
			return null;
		}
		String position = this.out.name("position");
		String element = this.out.name("element");
		// a snapshot, so that changes the body makes to the list do not change the
		// iteration; a command's reply or a list literal is new, so nothing else can
		// change it (as the interpreter does)
		boolean fresh = s.list() instanceof Expr.Command || s.list() instanceof Expr.ListOf;
		String list = fresh ? expr(s.list()) : "redipy.copy(" + expr(s.list()) + ")";
		this.out.line("for " + position + ", " + element + " in ipairs(" + list + ") do");
		this.out.indent();
		this.out.line(declare(name(s.index())) + " = " + position + " - 1");
		this.out.line(declare(name(s.value())) + " = " + element);
		block(s.body());
		this.out.dedent();
		this.out.line("end");
		return null;
	}

	/**
	 * A for-each loop that holds its list and position in temporaries rather than locals,
	 * so that nested loops never reach Lua's 200 locals.
	 */
	private void forEachWithoutLocals(Stmt.ForEach s) {
		String list = name(temporary(s.list().type()));
		String position = name(temporary(Type.INTEGER));
		boolean fresh = s.list() instanceof Expr.Command || s.list() instanceof Expr.ListOf;
		this.out.line(list + " = " + (fresh ? expr(s.list()) : "redipy.copy(" + expr(s.list()) + ")"));
		this.out.line(position + " = 0");
		this.out.line("while " + list + "[" + position + " + 1] ~= nil do");
		this.out.indent();
		this.out.line(position + " = " + position + " + 1");
		this.out.line(name(s.index()) + " = " + position + " - 1");
		this.out.line(name(s.value()) + " = " + list + "[" + position + "]");
		block(s.body());
		this.out.dedent();
		this.out.line("end");
	}

	@Override
	public Void breakLoop(Stmt.Break s) {
		this.out.line("do break end");
		return null;
	}

	@Override
	public Void returns(Stmt.Return s) {
		if (s.value() == null) {
			this.out.line("do return nil end");
		}
		else if (repliesNatively(this.program.result())) {
			this.out.line("do return " + expr(s.value()) + " end");
		}
		else {
			this.out.line("do return redipy.encode(" + expr(s.value()) + ", " + typeConstant(this.program.result())
					+ ") end");
		}
		return null;
	}

	/**
	 * Whether a result of this type is returned as Redis's own reply (an integer, a bulk
	 * string, an array of them, nil for null) rather than as JSON: integers are exact up
	 * to 2^53, and a list of strings has no nil that would cut the array short. Doubles
	 * (Redis would truncate them), booleans (false would become nil), nullable list
	 * items, maps and nested types go as JSON.
	 * @param type the result type
	 * @return whether it is returned natively
	 */
	static boolean repliesNatively(Type type) {
		return switch (type.kind()) {
			case INTEGER, STRING -> true;
			case LIST -> type.element().kind() == Type.Kind.STRING && !type.element().nullable();
			default -> false;
		};
	}

	@Override
	public Void eval(Stmt.Eval s) {
		// evaluated for its effects; a block of its own, so that the local takes no slot
		// of the enclosing one (Lua allows 200 locals per function)
		this.out.line("do local _ = " + expr(s.expr()) + " end");
		return null;
	}

	@Override
	public Void mutate(Stmt.Mutate s) {
		String target = name(s.target());
		List<String> a = s.args().stream().map(this::expr).toList();
		switch (s.mutation()) {
			case APPEND -> this.out.line(target + "[#" + target + " + 1] = " + a.get(0));
			case SET_AT -> this.out.line(target + "[redipy.index(" + target + ", " + a.get(0) + ")] = " + a.get(1));
			case PUT -> this.out.line(target + "[" + a.get(0) + "] = " + a.get(1));
			case REMOVE -> this.out.line(target + "[" + a.get(0) + "] = nil");
		}
		return null;
	}

	@Override
	public Void log(Stmt.Log s) {
		this.out.line("redis.log(redis.LOG_NOTICE, " + expr(s.message()) + ")");
		return null;
	}

	@Override
	public Void fail(Stmt.Fail s) {
		this.out.line("redipy.fail(" + expr(s.message()) + ")");
		return null;
	}

}
