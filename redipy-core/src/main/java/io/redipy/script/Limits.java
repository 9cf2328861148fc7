package io.redipy.script;

import io.redipy.script.ir.Expr;
import io.redipy.script.ir.ExprTrees;
import io.redipy.script.ir.Stmt;

/**
 * The nesting a script may have: blocks as deep as the Lua inside Redis (Lua 5.1) can
 * compile, and expressions as deep as the memory backend's interpreter runs without
 * exhausting the Java stack. Everything else (any number of locals, long chains, wide
 * expressions) the Lua compiler works around; {@link Script#define} rejects scripts past
 * these two limits on both backends.
 */
final class Limits {

	/**
	 * Blocks ({@code ifThen}, {@code whileLoop}, {@code forEach}) nested in each other.
	 * Lua's parser allows 200 syntax levels (LUAI_MAXCCALLS), each block takes one, and
	 * the expressions inside the innermost block take up to 80 more.
	 */
	static final int MAX_BLOCK_DEPTH = 100;

	/**
	 * Operations nested in one expression ({@code a.plus(b.plus(...))}). Redis gets deep
	 * expressions computed in steps, but the memory backend's interpreter recurses once
	 * per level, on the caller's thread, whose stack may be small.
	 */
	static final int MAX_EXPRESSION_DEPTH = 500;

	/** The reason given in the errors. */
	static final String WHY = "Redis's Lua 5.1 compiles at most 200 nested syntax levels";

	private Limits() {
	}

	/**
	 * Checks the nesting of an expression a statement uses, without recursion (a chain of
	 * thousands of operations must fail here, not with a {@link StackOverflowError}).
	 */
	static void checkDepth(ScriptContext context, Stmt statement, Expr expression) {
		int depth = ExprTrees.depth(expression);
		if (depth > MAX_EXPRESSION_DEPTH) {
			throw new IllegalArgumentException(context.name() + ": an expression of " + describe(statement) + " nests "
					+ depth + " operations deep, more than " + MAX_EXPRESSION_DEPTH
					+ " (the memory backend's interpreter recurses once per level): compute it in steps with let(...)");
		}
	}

	private static String describe(Stmt statement) {
		String name = statement.getClass().getSimpleName();
		return switch (name) {
			case "Let" -> "let";
			case "Assign" -> "assign";
			case "If" -> "ifThen";
			case "While" -> "whileLoop";
			case "ForEach" -> "forEach";
			case "Return" -> "returns";
			case "Eval" -> "exec";
			case "Mutate" -> switch (((Stmt.Mutate) statement).mutation()) {
				case APPEND -> "append";
				case SET_AT -> "setAt";
				case PUT -> "put";
				case REMOVE -> "remove";
			};
			default -> name.toLowerCase(java.util.Locale.ROOT);
		};
	}

}
