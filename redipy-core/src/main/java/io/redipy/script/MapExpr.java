package io.redipy.script;

import io.redipy.script.ir.Builtin;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Type;

/**
 * A map expression: string keys, iterated in UTF-8 byte order of the keys.
 *
 * @param <V> the value's expression class
 */
public final class MapExpr<V extends Expression> extends Expression {

	private final Kind<V, ?> value;

	MapExpr(Expr node, Kind<V, ?> value) {
		super(node);
		this.value = value;
	}

	@Override
	MapExpr<V> rewrap(Expr node) {
		return new MapExpr<>(node, this.value);
	}

	Kind<V, ?> valueKind() {
		return this.value;
	}

	/**
	 * The number of entries.
	 * @return an integer expression
	 */
	public IntExpr size() {
		return new IntExpr(Ops.call(Builtin.SIZE, Type.INTEGER, this));
	}

	/**
	 * The value at a key.
	 * @param key the key
	 * @return the value, null if absent
	 */
	public V get(StringExpr key) {
		return this.value.withType(this.value.type().orNull())
			.wrap(Ops.call(Builtin.GET_KEY, this.value.type().orNull(), this, key));
	}

	/**
	 * The value at a literal key.
	 * @param key the key
	 * @return the value, null if absent
	 */
	public V get(String key) {
		return get(Ops.lit(key));
	}

	/**
	 * Whether the map has a key.
	 * @param key the key
	 * @return a boolean expression
	 */
	public BoolExpr hasKey(StringExpr key) {
		return new BoolExpr(Ops.call(Builtin.HAS_KEY, Type.BOOLEAN, this, key));
	}

	/**
	 * The keys in UTF-8 byte order.
	 * @return a list expression
	 */
	public ListExpr<StringExpr> keys() {
		return new ListExpr<>(Ops.call(Builtin.KEYS, Type.listOf(Type.STRING), this), Kind.STRING);
	}

}
