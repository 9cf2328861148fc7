package io.redipy.script;

import io.redipy.script.ir.Builtin;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Type;

/**
 * A list expression. Indices are 0-based; negative ones count from the end; an index
 * outside the list is an error.
 *
 * @param <E> the element's expression class
 */
public final class ListExpr<E extends Expression> extends Expression {

	private final Kind<E, ?> element;

	ListExpr(Expr node, Kind<E, ?> element) {
		super(node);
		this.element = element;
	}

	@Override
	ListExpr<E> rewrap(Expr node) {
		return new ListExpr<>(node, this.element);
	}

	Kind<E, ?> element() {
		return this.element;
	}

	/**
	 * The number of elements.
	 * @return an integer expression
	 */
	public IntExpr size() {
		return new IntExpr(Ops.call(Builtin.SIZE, Type.INTEGER, this));
	}

	/**
	 * The element at an index.
	 * @param index 0-based, negative from the end
	 * @return the element
	 */
	public E get(IntExpr index) {
		return this.element.wrap(Ops.call(Builtin.GET, this.element.type(), this, index));
	}

	/**
	 * The element at a literal index.
	 * @param index 0-based, negative from the end
	 * @return the element
	 */
	public E get(long index) {
		return get(Ops.lit(index));
	}

	/**
	 * Whether the list holds a value (deep equality).
	 * @param value the value
	 * @return a boolean expression
	 */
	public BoolExpr contains(E value) {
		if (!this.element.type().equals(value.type())) {
			throw new IllegalArgumentException("contains needs a " + this.element.type() + ", got " + value.describe());
		}
		return new BoolExpr(Ops.call(Builtin.CONTAINS, Type.BOOLEAN, this, value));
	}

}
