package io.redipy.script;

import io.redipy.script.ir.Builtin;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Type;

/**
 * A double expression. Division by zero is an error (no infinities or NaN arise in script
 * arithmetic).
 */
public final class DoubleExpr extends Expression {

	DoubleExpr(Expr node) {
		super(node);
	}

	@Override
	DoubleExpr rewrap(Expr node) {
		return new DoubleExpr(node);
	}

	private DoubleExpr arithmetic(Expr.BinaryOp op, DoubleExpr other) {
		return new DoubleExpr(Ops.binary(op, this, other, Type.DOUBLE));
	}

	private BoolExpr compare(Expr.BinaryOp op, DoubleExpr other) {
		return new BoolExpr(Ops.binary(op, this, other, Type.BOOLEAN));
	}

	/**
	 * Adds.
	 * @param other the addend
	 * @return the sum
	 */
	public DoubleExpr plus(DoubleExpr other) {
		return arithmetic(Expr.BinaryOp.ADD, other);
	}

	/**
	 * Subtracts.
	 * @param other the subtrahend
	 * @return the difference
	 */
	public DoubleExpr minus(DoubleExpr other) {
		return arithmetic(Expr.BinaryOp.SUB, other);
	}

	/**
	 * Multiplies.
	 * @param other the factor
	 * @return the product
	 */
	public DoubleExpr times(DoubleExpr other) {
		return arithmetic(Expr.BinaryOp.MUL, other);
	}

	/**
	 * Divides; division by zero is an error.
	 * @param other the divisor
	 * @return the quotient
	 */
	public DoubleExpr div(DoubleExpr other) {
		return arithmetic(Expr.BinaryOp.DIV, other);
	}

	/**
	 * Negates.
	 * @return the negation
	 */
	public DoubleExpr negate() {
		return new DoubleExpr(new Expr.Unary(Expr.UnaryOp.NEG, value("negate"), Type.DOUBLE));
	}

	/**
	 * Less than.
	 * @param other the other number
	 * @return a boolean expression
	 */
	public BoolExpr lt(DoubleExpr other) {
		return compare(Expr.BinaryOp.LT, other);
	}

	/**
	 * Less than or equal.
	 * @param other the other number
	 * @return a boolean expression
	 */
	public BoolExpr le(DoubleExpr other) {
		return compare(Expr.BinaryOp.LE, other);
	}

	/**
	 * Greater than.
	 * @param other the other number
	 * @return a boolean expression
	 */
	public BoolExpr gt(DoubleExpr other) {
		return compare(Expr.BinaryOp.GT, other);
	}

	/**
	 * Greater than or equal.
	 * @param other the other number
	 * @return a boolean expression
	 */
	public BoolExpr ge(DoubleExpr other) {
		return compare(Expr.BinaryOp.GE, other);
	}

	/**
	 * The number truncated toward zero; an error beyond ±(2^53 - 1).
	 * @return an integer expression
	 */
	public IntExpr truncate() {
		return new IntExpr(Ops.call(Builtin.DOUBLE_TO_INT, Type.INTEGER, this));
	}

	/**
	 * The shortest decimal text that reads back as the same double.
	 * @return a string expression
	 */
	public StringExpr asString() {
		return new StringExpr(Ops.call(Builtin.DOUBLE_TO_STRING, Type.STRING, this));
	}

	/**
	 * This value, or a default when it is null.
	 * @param other the default
	 * @return the value
	 */
	public DoubleExpr orElse(DoubleExpr other) {
		return new DoubleExpr(Ops.orElse(this, other));
	}

	/**
	 * This value, with an error at run time if it is null.
	 * @return a non-null double
	 */
	public DoubleExpr nonNull() {
		return new DoubleExpr(nonNullNode());
	}

}
