package io.redipy.api;

import java.util.Objects;

/**
 * A range of scores for {@code ZCOUNT}, {@code ZRANGE ... BYSCORE} and
 * {@code ZREMRANGEBYSCORE}, always given from low to high (redipy swaps the ends where
 * Redis wants them reversed).
 *
 * @param min the low end
 * @param max the high end
 */
public record ScoreRange(ScoreBound min, ScoreBound max) {

	private static final ScoreRange ALL = new ScoreRange(ScoreBound.NEGATIVE_INFINITY, ScoreBound.POSITIVE_INFINITY);

	/**
	 * Validates the ends.
	 * @param min the low end
	 * @param max the high end
	 */
	public ScoreRange {
		Objects.requireNonNull(min, "min");
		Objects.requireNonNull(max, "max");
	}

	/**
	 * Returns the range of all scores.
	 * @return the range
	 */
	public static ScoreRange all() {
		return ALL;
	}

	/**
	 * Returns a range with both ends included.
	 * @param min the low score
	 * @param max the high score
	 * @return the range
	 */
	public static ScoreRange closed(double min, double max) {
		return new ScoreRange(ScoreBound.inclusive(min), ScoreBound.inclusive(max));
	}

	/**
	 * Returns a range with both ends excluded.
	 * @param min the low score
	 * @param max the high score
	 * @return the range
	 */
	public static ScoreRange open(double min, double max) {
		return new ScoreRange(ScoreBound.exclusive(min), ScoreBound.exclusive(max));
	}

	/**
	 * Returns whether a score lies in the range.
	 * @param score the score
	 * @return {@code true} if it lies between the ends
	 */
	public boolean contains(double score) {
		boolean aboveMin = this.min.exclusive() ? score > this.min.score() : score >= this.min.score();
		boolean belowMax = this.max.exclusive() ? score < this.max.score() : score <= this.max.score();
		return aboveMin && belowMax;
	}

}
