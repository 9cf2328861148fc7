package io.redipy.script;

import io.redipy.script.ir.Builtin;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Type;

/**
 * A string expression. Lengths and positions count characters (Unicode code points) on
 * both backends.
 */
public final class StringExpr extends Expression {

	StringExpr(Expr node) {
		super(node);
	}

	@Override
	StringExpr rewrap(Expr node) {
		return new StringExpr(node);
	}

	/**
	 * Concatenates.
	 * @param other the text to append
	 * @return the joined text
	 */
	public StringExpr concat(StringExpr other) {
		return new StringExpr(Ops.binary(Expr.BinaryOp.CONCAT, this, other, Type.STRING));
	}

	/**
	 * Concatenates a literal.
	 * @param other the text to append
	 * @return the joined text
	 */
	public StringExpr concat(String other) {
		return concat(Ops.lit(other));
	}

	/**
	 * Returns the length in characters.
	 * @return the length
	 */
	public IntExpr length() {
		return new IntExpr(Ops.call(Builtin.STRLEN, Type.INTEGER, this));
	}

	/**
	 * Returns characters {@code [start, end)}, both clamped to {@code [0, length]}.
	 * @param start the first character
	 * @param end the character after the last
	 * @return the part
	 */
	public StringExpr substring(IntExpr start, IntExpr end) {
		return new StringExpr(Ops.call(Builtin.SUBSTRING, Type.STRING, this, start, end));
	}

	/**
	 * Returns the character index of the first plain occurrence of {@code needle} at or
	 * after {@code from}, or -1 (no patterns: every character is literal).
	 * @param needle the text to find
	 * @param from the character index to start at
	 * @return the index or -1
	 */
	public IntExpr find(StringExpr needle, IntExpr from) {
		return new IntExpr(Ops.call(Builtin.FIND, Type.INTEGER, this, needle, from));
	}

	/**
	 * Parses decimal text ({@code -?[0-9]+}) as an integer.
	 * @return the integer, or null if the text is not one (or is beyond ±(2^53 - 1))
	 */
	public IntExpr parseInteger() {
		return new IntExpr(Ops.call(Builtin.PARSE_INTEGER, Type.INTEGER.orNull(), this));
	}

	/**
	 * Parses decimal text as a double.
	 * @return the double, or null if the text is not a finite decimal number
	 */
	public DoubleExpr parseDouble() {
		return new DoubleExpr(Ops.call(Builtin.PARSE_DOUBLE, Type.DOUBLE.orNull(), this));
	}

	/**
	 * Reads this JSON text as a value of a kind; a script error if the text is not JSON
	 * of that kind ({@code []} is only a list, {@code {}} only a map, integers must be
	 * whole).
	 * @param <E> the expression class
	 * @param kind the kind to read; nullable to accept {@code null}
	 * @return the value
	 */
	public <E extends Expression> E parseJson(Kind<E, ?> kind) {
		return kind.wrap(new Expr.Call(Builtin.JSON_DECODE, java.util.List.of(value("parseJson")), kind.type()));
	}

	/**
	 * Compares by UTF-8 bytes.
	 * @param other the other text
	 * @return whether this one sorts first
	 */
	public BoolExpr lt(StringExpr other) {
		return new BoolExpr(Ops.binary(Expr.BinaryOp.LT, this, other, Type.BOOLEAN));
	}

	/**
	 * Compares by UTF-8 bytes.
	 * @param other the other text
	 * @return whether this one sorts last
	 */
	public BoolExpr gt(StringExpr other) {
		return new BoolExpr(Ops.binary(Expr.BinaryOp.GT, this, other, Type.BOOLEAN));
	}

	/**
	 * Equality with a literal.
	 * @param other the text
	 * @return whether they are equal
	 */
	public BoolExpr eq(String other) {
		return eq(Ops.lit(other));
	}

	/**
	 * This value, or a default when it is null.
	 * @param other the default
	 * @return a non-null string
	 */
	public StringExpr orElse(StringExpr other) {
		return new StringExpr(Ops.orElse(this, other));
	}

	/**
	 * This value, or a literal default when it is null.
	 * @param other the default
	 * @return a non-null string
	 */
	public StringExpr orElse(String other) {
		return orElse(Ops.lit(other));
	}

	/**
	 * This value, with an error at run time if it is null.
	 * @return a non-null string
	 */
	public StringExpr nonNull() {
		return new StringExpr(nonNullNode());
	}

}
