package io.redipy.script;

import io.redipy.script.ir.Builtin;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Type;

/**
 * An integer expression: exact within ±(2^53 - 1) on both backends; a result beyond that
 * range is a run-time error.
 */
public final class IntExpr extends Expression {

	IntExpr(Expr node) {
		super(node);
	}

	@Override
	IntExpr rewrap(Expr node) {
		return new IntExpr(node);
	}

	private IntExpr arithmetic(Expr.BinaryOp op, IntExpr other) {
		return new IntExpr(Ops.binary(op, this, other, Type.INTEGER));
	}

	private BoolExpr compare(Expr.BinaryOp op, IntExpr other) {
		return new BoolExpr(Ops.binary(op, this, other, Type.BOOLEAN));
	}

	/**
	 * Adds.
	 * @param other the addend
	 * @return the sum
	 */
	public IntExpr plus(IntExpr other) {
		return arithmetic(Expr.BinaryOp.ADD, other);
	}

	/**
	 * Adds a literal.
	 * @param other the addend
	 * @return the sum
	 */
	public IntExpr plus(long other) {
		return plus(Ops.lit(other));
	}

	/**
	 * Subtracts.
	 * @param other the subtrahend
	 * @return the difference
	 */
	public IntExpr minus(IntExpr other) {
		return arithmetic(Expr.BinaryOp.SUB, other);
	}

	/**
	 * Subtracts a literal.
	 * @param other the subtrahend
	 * @return the difference
	 */
	public IntExpr minus(long other) {
		return minus(Ops.lit(other));
	}

	/**
	 * Multiplies.
	 * @param other the factor
	 * @return the product
	 */
	public IntExpr times(IntExpr other) {
		return arithmetic(Expr.BinaryOp.MUL, other);
	}

	/**
	 * Divides, rounding down (floor): {@code -7 / 2 == -4}; division by zero is an error.
	 * @param other the divisor
	 * @return the quotient
	 */
	public IntExpr div(IntExpr other) {
		return arithmetic(Expr.BinaryOp.IDIV, other);
	}

	/**
	 * The remainder of floor division, with the divisor's sign: {@code -7 % 2 == 1}.
	 * @param other the divisor
	 * @return the remainder
	 */
	public IntExpr mod(IntExpr other) {
		return arithmetic(Expr.BinaryOp.MOD, other);
	}

	/**
	 * Negates.
	 * @return the negation
	 */
	public IntExpr negate() {
		return new IntExpr(new Expr.Unary(Expr.UnaryOp.NEG, value("negate"), Type.INTEGER));
	}

	/**
	 * Less than.
	 * @param other the other number
	 * @return a boolean expression
	 */
	public BoolExpr lt(IntExpr other) {
		return compare(Expr.BinaryOp.LT, other);
	}

	/**
	 * Less than a literal.
	 * @param other the other number
	 * @return a boolean expression
	 */
	public BoolExpr lt(long other) {
		return lt(Ops.lit(other));
	}

	/**
	 * Less than or equal.
	 * @param other the other number
	 * @return a boolean expression
	 */
	public BoolExpr le(IntExpr other) {
		return compare(Expr.BinaryOp.LE, other);
	}

	/**
	 * Greater than.
	 * @param other the other number
	 * @return a boolean expression
	 */
	public BoolExpr gt(IntExpr other) {
		return compare(Expr.BinaryOp.GT, other);
	}

	/**
	 * Greater than a literal.
	 * @param other the other number
	 * @return a boolean expression
	 */
	public BoolExpr gt(long other) {
		return gt(Ops.lit(other));
	}

	/**
	 * Greater than or equal.
	 * @param other the other number
	 * @return a boolean expression
	 */
	public BoolExpr ge(IntExpr other) {
		return compare(Expr.BinaryOp.GE, other);
	}

	/**
	 * Equality with a literal.
	 * @param other the number
	 * @return a boolean expression
	 */
	public BoolExpr eq(long other) {
		return eq(Ops.lit(other));
	}

	/**
	 * The same number as a double.
	 * @return a double expression
	 */
	public DoubleExpr toDouble() {
		return new DoubleExpr(Ops.call(Builtin.INT_TO_DOUBLE, Type.DOUBLE, this));
	}

	/**
	 * The number as decimal text.
	 * @return a string expression
	 */
	public StringExpr asString() {
		return new StringExpr(Ops.call(Builtin.INT_TO_STRING, Type.STRING, this));
	}

	/**
	 * This value, or a default when it is null.
	 * @param other the default
	 * @return the value
	 */
	public IntExpr orElse(IntExpr other) {
		return new IntExpr(Ops.orElse(this, other));
	}

	/**
	 * This value, or a literal default when it is null.
	 * @param other the default
	 * @return the value
	 */
	public IntExpr orElse(long other) {
		return orElse(Ops.lit(other));
	}

	/**
	 * This value, with an error at run time if it is null.
	 * @return a non-null integer
	 */
	public IntExpr nonNull() {
		return new IntExpr(nonNullNode());
	}

}
