package io.redipy.api;

/**
 * One end of a score range: a score, inclusive or exclusive, or an infinity.
 *
 * @param score the score ({@code ±Infinity} for an open end)
 * @param exclusive whether the score itself is excluded
 */
public record ScoreBound(double score, boolean exclusive) {

	/** Minus infinity. */
	public static final ScoreBound NEGATIVE_INFINITY = new ScoreBound(Double.NEGATIVE_INFINITY, false);

	/** Plus infinity. */
	public static final ScoreBound POSITIVE_INFINITY = new ScoreBound(Double.POSITIVE_INFINITY, false);

	/**
	 * Validates the bound.
	 * @param score the score
	 * @param exclusive whether it is excluded
	 */
	public ScoreBound {
		if (Double.isNaN(score)) {
			throw new IllegalArgumentException("score bound must not be NaN");
		}
	}

	/**
	 * Returns an inclusive bound.
	 * @param score the score
	 * @return the bound
	 */
	public static ScoreBound inclusive(double score) {
		return new ScoreBound(score, false);
	}

	/**
	 * Returns an exclusive bound.
	 * @param score the score
	 * @return the bound
	 */
	public static ScoreBound exclusive(double score) {
		return new ScoreBound(score, true);
	}

	/**
	 * Renders the bound as Redis takes it ({@code 1.5}, {@code (1.5}, {@code -inf}).
	 * @return the argument
	 */
	public String toArgument() {
		return (this.exclusive ? "(" : "") + Numbers.formatDouble(this.score);
	}

}
