package io.redipy.script;

import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Type;

/**
 * A boolean expression: the only kind a condition takes.
 */
public final class BoolExpr extends Expression {

	BoolExpr(Expr node) {
		super(node);
	}

	@Override
	BoolExpr rewrap(Expr node) {
		return new BoolExpr(node);
	}

	/**
	 * Both, evaluated left to right, short-circuit.
	 * @param other the other condition
	 * @return the conjunction
	 */
	public BoolExpr and(BoolExpr other) {
		return new BoolExpr(Ops.binary(Expr.BinaryOp.AND, this, other, Type.BOOLEAN));
	}

	/**
	 * Either, evaluated left to right, short-circuit.
	 * @param other the other condition
	 * @return the disjunction
	 */
	public BoolExpr or(BoolExpr other) {
		return new BoolExpr(Ops.binary(Expr.BinaryOp.OR, this, other, Type.BOOLEAN));
	}

	/**
	 * The negation.
	 * @return the negation
	 */
	public BoolExpr not() {
		return new BoolExpr(new Expr.Unary(Expr.UnaryOp.NOT, value("not"), Type.BOOLEAN));
	}

	/**
	 * This value, or a default when it is null.
	 * @param other the default
	 * @return the value
	 */
	public BoolExpr orElse(BoolExpr other) {
		return new BoolExpr(Ops.orElse(this, other));
	}

}
