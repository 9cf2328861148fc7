package io.redipy.script;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import io.redipy.api.ScoredMember;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Type;

/**
 * The type of a script value, seen from both sides: the DSL expression class that
 * represents it ({@code E}) and the Java type it has in arguments and results
 * ({@code J}).
 *
 * <pre class="code">
 * Kind&lt;ListExpr&lt;StringExpr&gt;, List&lt;String&gt;&gt; names = Kind.listOf(Kind.STRING);
 * </pre>
 *
 * @param <E> the DSL expression class
 * @param <J> the Java type of values
 */
public final class Kind<E extends Expression, J> {

	/** Text ({@link String}). */
	public static final Kind<StringExpr, String> STRING = new Kind<>(Type.STRING, StringExpr::new);

	/** A whole number within ±(2^53 - 1) ({@link Long}). */
	public static final Kind<IntExpr, Long> INTEGER = new Kind<>(Type.INTEGER, IntExpr::new);

	/** A finite double ({@link Double}). */
	public static final Kind<DoubleExpr, Double> DOUBLE = new Kind<>(Type.DOUBLE, DoubleExpr::new);

	/** A boolean ({@link Boolean}). */
	public static final Kind<BoolExpr, Boolean> BOOLEAN = new Kind<>(Type.BOOLEAN, BoolExpr::new);

	/** A sorted-set member with its score ({@link ScoredMember}). */
	public static final Kind<ScoredExpr, ScoredMember> SCORED = new Kind<>(Type.SCORED, ScoredExpr::new);

	private final Type type;

	private final BiFunction<Expr, Kind<E, J>, E> wrap;

	private Kind(Type type, BiFunction<Expr, Kind<E, J>, E> wrap) {
		this.type = type;
		this.wrap = wrap;
	}

	private Kind(Type type, java.util.function.Function<Expr, E> wrap) {
		this(type, (node, kind) -> wrap.apply(node));
	}

	/**
	 * Returns the kind of lists of an element kind.
	 * @param <E> the element's expression class
	 * @param <J> the element's Java type
	 * @param element the element kind (not nullable)
	 * @return the list kind
	 */
	public static <E extends Expression, J> Kind<ListExpr<E>, List<J>> listOf(Kind<E, J> element) {
		Objects.requireNonNull(element, "element");
		return new Kind<>(Type.listOf(element.type), (node, kind) -> new ListExpr<>(node, element));
	}

	/**
	 * Returns the kind of maps from strings to a value kind.
	 * @param <E> the value's expression class
	 * @param <J> the value's Java type
	 * @param value the value kind (not nullable)
	 * @return the map kind
	 */
	public static <E extends Expression, J> Kind<MapExpr<E>, Map<String, J>> mapOf(Kind<E, J> value) {
		Objects.requireNonNull(value, "value");
		return new Kind<>(Type.mapOf(value.type), (node, kind) -> new MapExpr<>(node, value));
	}

	/**
	 * Returns this kind, allowing null.
	 * @return the nullable kind
	 */
	public Kind<E, J> orNull() {
		return new Kind<>(this.type.orNull(), this.wrap);
	}

	/**
	 * Returns this kind, not allowing null.
	 * @return the non-null kind
	 */
	Kind<E, J> nonNull() {
		return new Kind<>(this.type.nonNull(), this.wrap);
	}

	/**
	 * Returns the IR type.
	 * @return the type
	 */
	public Type type() {
		return this.type;
	}

	E wrap(Expr node) {
		return this.wrap.apply(node, this);
	}

	/** Returns the kind of an expression's node type with this kind's wrapping. */
	Kind<E, J> withType(Type other) {
		return new Kind<>(other, this.wrap);
	}

	@Override
	public String toString() {
		return this.type.toString();
	}

}
