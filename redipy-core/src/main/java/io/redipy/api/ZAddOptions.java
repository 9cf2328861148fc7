package io.redipy.api;

import java.util.Objects;

/**
 * Options of {@code ZADD}: a condition on existence ({@code NX}/{@code XX}), a condition
 * on the score ({@code GT}/{@code LT}) and whether to count changed members too
 * ({@code CH}). {@code INCR} is its own method,
 * {@link SortedSetCommands#zaddIncr(String, ZAddOptions, double, String)}.
 *
 * @param existence when a member may be added or updated
 * @param comparison when an existing member's score may change
 * @param changed whether the reply counts updated members as well as added ones
 */
public record ZAddOptions(Existence existence, Comparison comparison, boolean changed) {

	private static final ZAddOptions NONE = new ZAddOptions(Existence.ANY, Comparison.ANY, false);

	/** Which members {@code ZADD} may touch. */
	public enum Existence {

		/** New and existing members. */
		ANY,
		/** Only new members ({@code NX}). */
		NX,
		/** Only existing members ({@code XX}). */
		XX

	}

	/** Which score changes {@code ZADD} makes. */
	public enum Comparison {

		/** Any change. */
		ANY,
		/** Only to a greater score ({@code GT}). */
		GT,
		/** Only to a lesser score ({@code LT}). */
		LT

	}

	/**
	 * Validates the options.
	 * @param existence the existence condition
	 * @param comparison the score condition
	 * @param changed whether to count changed members
	 */
	public ZAddOptions {
		Objects.requireNonNull(existence, "existence");
		Objects.requireNonNull(comparison, "comparison");
	}

	/**
	 * Returns the default options.
	 * @return the options
	 */
	public static ZAddOptions none() {
		return NONE;
	}

	/**
	 * Returns a copy that only adds new members ({@code NX}).
	 * @return new options
	 */
	public ZAddOptions nx() {
		return new ZAddOptions(Existence.NX, this.comparison, this.changed);
	}

	/**
	 * Returns a copy that only updates existing members ({@code XX}).
	 * @return new options
	 */
	public ZAddOptions xx() {
		return new ZAddOptions(Existence.XX, this.comparison, this.changed);
	}

	/**
	 * Returns a copy that only raises scores ({@code GT}).
	 * @return new options
	 */
	public ZAddOptions gt() {
		return new ZAddOptions(this.existence, Comparison.GT, this.changed);
	}

	/**
	 * Returns a copy that only lowers scores ({@code LT}).
	 * @return new options
	 */
	public ZAddOptions lt() {
		return new ZAddOptions(this.existence, Comparison.LT, this.changed);
	}

	/**
	 * Returns a copy whose reply counts changed members too ({@code CH}).
	 * @return new options
	 */
	public ZAddOptions ch() {
		return new ZAddOptions(this.existence, this.comparison, true);
	}

}
