package io.redipy.script.ir;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The static type of a script value: a scalar, a list or map of a non-null element type,
 * a sorted-set member with its score, each possibly nullable. Map keys are strings.
 *
 * @param kind the kind of value
 * @param element the element type of a list or the value type of a map, else {@code null}
 * @param nullable whether the value may be null
 */
public record Type(Kind kind, @Nullable Type element, boolean nullable) {

	/** The kinds of value. */
	public enum Kind {

		/** Text. */
		STRING,
		/** A whole number within ±(2^53 - 1), exact on both backends. */
		INTEGER,
		/** A finite double. */
		DOUBLE,
		/** {@code true} or {@code false}. */
		BOOLEAN,
		/** A list. */
		LIST,
		/** A map from strings. */
		MAP,
		/** A sorted-set member and its score. */
		SCORED

	}

	/** Text. */
	public static final Type STRING = new Type(Kind.STRING, null, false);

	/** An integer. */
	public static final Type INTEGER = new Type(Kind.INTEGER, null, false);

	/** A double. */
	public static final Type DOUBLE = new Type(Kind.DOUBLE, null, false);

	/** A boolean. */
	public static final Type BOOLEAN = new Type(Kind.BOOLEAN, null, false);

	/** A sorted-set member with its score. */
	public static final Type SCORED = new Type(Kind.SCORED, null, false);

	/**
	 * Checks the parts.
	 * @param kind the kind
	 * @param element the element type
	 * @param nullable whether null is allowed
	 */
	public Type {
		Objects.requireNonNull(kind, "kind");
		boolean container = kind == Kind.LIST || kind == Kind.MAP;
		if (container != (element != null)) {
			throw new IllegalArgumentException("lists and maps (only) have an element type");
		}
		if (element != null && element.nullable) {
			throw new IllegalArgumentException("elements of lists and maps cannot be null: " + element);
		}
	}

	/**
	 * Returns the type of lists of an element type.
	 * @param element the element type (not nullable)
	 * @return the list type
	 */
	public static Type listOf(Type element) {
		return new Type(Kind.LIST, element, false);
	}

	/**
	 * Returns the type of maps from strings to a value type.
	 * @param value the value type (not nullable)
	 * @return the map type
	 */
	public static Type mapOf(Type value) {
		return new Type(Kind.MAP, value, false);
	}

	/**
	 * Returns this type, nullable.
	 * @return the nullable type
	 */
	public Type orNull() {
		return this.nullable ? this : new Type(this.kind, this.element, true);
	}

	/**
	 * Returns this type, not nullable.
	 * @return the non-null type
	 */
	public Type nonNull() {
		return this.nullable ? new Type(this.kind, this.element, false) : this;
	}

	/**
	 * Returns whether a value of type {@code other} may be used where this type is
	 * expected (same structure; null only where this type allows it).
	 * @param other the type of the value
	 * @return whether it fits
	 */
	public boolean accepts(Type other) {
		return this.nonNull().equals(other.nonNull()) && (this.nullable || !other.nullable);
	}

	/**
	 * Returns whether the type is a number.
	 * @return whether it is an integer or a double
	 */
	public boolean isNumber() {
		return this.kind == Kind.INTEGER || this.kind == Kind.DOUBLE;
	}

	@Override
	public String toString() {
		String name = switch (this.kind) {
			case LIST -> "list<" + this.element + ">";
			case MAP -> "map<" + this.element + ">";
			default -> this.kind.name().toLowerCase(java.util.Locale.ROOT);
		};
		return this.nullable ? name + "?" : name;
	}

}
