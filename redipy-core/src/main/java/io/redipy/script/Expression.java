package io.redipy.script;

import java.util.Objects;

import io.redipy.script.ir.Builtin;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Type;

/**
 * A typed expression of a script. Subclasses add the operations of their type; mistakes
 * such as adding a string to a number do not compile, and using a possibly-null value
 * where a value is needed fails when the script is built.
 */
public abstract class Expression {

	private final Expr node;

	Expression(Expr node) {
		this.node = Objects.requireNonNull(node, "node");
	}

	/** The same kind of expression around another node. */
	abstract Expression rewrap(Expr node);

	/**
	 * Returns the IR node (for redipy's backends and for debugging).
	 * @return the node
	 */
	public Expr node() {
		return this.node;
	}

	/**
	 * Returns the static type.
	 * @return the type
	 */
	public Type type() {
		return this.node.type();
	}

	/**
	 * Whether the value is null.
	 * @return a boolean expression
	 */
	public BoolExpr isNull() {
		return new BoolExpr(new Expr.Unary(Expr.UnaryOp.IS_NULL, this.node, Type.BOOLEAN));
	}

	/**
	 * Whether the value is not null.
	 * @return a boolean expression
	 */
	public BoolExpr isNotNull() {
		return isNull().not();
	}

	/**
	 * Deep equality with a value of the same type (lists and maps by content, doubles by
	 * numeric value).
	 * @param other the other value
	 * @return a boolean expression
	 */
	public BoolExpr eq(Expression other) {
		return new BoolExpr(Ops.binary(Expr.BinaryOp.EQ, this, other, Type.BOOLEAN));
	}

	/**
	 * Deep inequality.
	 * @param other the other value
	 * @return a boolean expression
	 */
	public BoolExpr ne(Expression other) {
		return new BoolExpr(Ops.binary(Expr.BinaryOp.NE, this, other, Type.BOOLEAN));
	}

	/**
	 * The value as JSON text: lists as arrays, maps as objects with keys in UTF-8 byte
	 * order, doubles as {@code %.17g}, null as {@code null}; the same text on both
	 * backends.
	 * @return a string expression
	 */
	public StringExpr toJson() {
		return new StringExpr(new Expr.Call(io.redipy.script.ir.Builtin.JSON_ENCODE, java.util.List.of(this.node),
				io.redipy.script.ir.Type.STRING));
	}

	/** Checks that this value cannot be null, for operations that need a value. */
	Expr value(String operation) {
		if (this.node.type().nullable()) {
			throw new IllegalArgumentException(
					operation + " needs a value, but " + describe() + " may be null: use orElse(...) or nonNull()");
		}
		return this.node;
	}

	/**
	 * The node of this expression asserted to be non-null (an error at run time if null).
	 */
	Expr nonNullNode() {
		if (!this.node.type().nullable()) {
			return this.node;
		}
		return new Expr.Call(Builtin.NON_NULL, java.util.List.of(this.node), this.node.type().nonNull());
	}

	String describe() {
		if (this.node instanceof Expr.Local local) {
			return "local '" + local.name() + "' (" + local.type() + ")";
		}
		if (this.node instanceof Expr.Arg arg) {
			return "argument '" + arg.name() + "' (" + arg.type() + ")";
		}
		return "an expression of type " + this.node.type();
	}

	@Override
	public String toString() {
		return this.node.toString();
	}

}
