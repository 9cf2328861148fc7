package io.redipy.api;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One end of a lexicographical range: a member, inclusive or exclusive, or the lowest
 * ({@code -}) or highest ({@code +}) possible member.
 *
 * @param value the member, or {@code null} for an infinite end
 * @param exclusive whether the member is excluded
 * @param positiveInfinity for an infinite end, whether it is {@code +}
 */
public record LexBound(@Nullable String value, boolean exclusive, boolean positiveInfinity) {

	/** The lowest possible member ({@code -}). */
	public static final LexBound MIN = new LexBound(null, false, false);

	/** The highest possible member ({@code +}). */
	public static final LexBound MAX = new LexBound(null, false, true);

	/**
	 * Returns an inclusive bound ({@code [value}).
	 * @param value the member
	 * @return the bound
	 */
	public static LexBound inclusive(String value) {
		return new LexBound(Objects.requireNonNull(value, "value"), false, false);
	}

	/**
	 * Returns an exclusive bound ({@code (value}).
	 * @param value the member
	 * @return the bound
	 */
	public static LexBound exclusive(String value) {
		return new LexBound(Objects.requireNonNull(value, "value"), true, false);
	}

	/**
	 * Renders the bound as Redis takes it.
	 * @return the argument
	 */
	public String toArgument() {
		if (this.value == null) {
			return this.positiveInfinity ? "+" : "-";
		}
		return (this.exclusive ? "(" : "[") + this.value;
	}

}
