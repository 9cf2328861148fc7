package io.redipy.script;

import io.redipy.script.ir.Builtin;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Type;

/**
 * A sorted-set member with its score, as {@code ZPOPMAX} and {@code ZPOPMIN} give them.
 */
public final class ScoredExpr extends Expression {

	ScoredExpr(Expr node) {
		super(node);
	}

	@Override
	ScoredExpr rewrap(Expr node) {
		return new ScoredExpr(node);
	}

	/**
	 * The member.
	 * @return a string expression
	 */
	public StringExpr member() {
		return new StringExpr(Ops.call(Builtin.MEMBER, Type.STRING, this));
	}

	/**
	 * The score.
	 * @return a double expression
	 */
	public DoubleExpr score() {
		return new DoubleExpr(Ops.call(Builtin.SCORE, Type.DOUBLE, this));
	}

	/**
	 * This member, asserted to be non-null (the script fails if it is null).
	 * @return a non-null expression
	 */
	public ScoredExpr nonNull() {
		return new ScoredExpr(nonNullNode());
	}

}
