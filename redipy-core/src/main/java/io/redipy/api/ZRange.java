package io.redipy.api;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What {@code ZRANGE} and {@code ZRANGESTORE} select: a rank range, a score range
 * ({@code BYSCORE}) or a lexicographical range ({@code BYLEX}), optionally reversed
 * ({@code REV}) and limited ({@code LIMIT offset count}).
 *
 * <p>
 * Ranges are always given from low to high, also with {@link #reversed()}: redipy swaps
 * the ends where Redis wants {@code max} before {@code min}.
 *
 * @param by which kind of range
 * @param start the first rank (for {@link By#RANK})
 * @param stop the last rank, inclusive (for {@link By#RANK})
 * @param scores the score range (for {@link By#SCORE})
 * @param lex the lexicographical range (for {@link By#LEX})
 * @param rev whether the order is from high to low
 * @param offset how many matches to skip ({@code LIMIT}), or {@code null} for no limit
 * @param count how many matches to return at most, negative for all ({@code LIMIT})
 */
public record ZRange(By by, long start, long stop, @Nullable ScoreRange scores, @Nullable LexRange lex, boolean rev,
		@Nullable Long offset, long count) {

	/** The kinds of range. */
	public enum By {

		/** By rank (0-based index, negative from the end). */
		RANK,
		/** By score. */
		SCORE,
		/** By member, for members with equal scores. */
		LEX

	}

	/**
	 * Validates the combination.
	 * @param by the kind
	 * @param start the first rank
	 * @param stop the last rank
	 * @param scores the score range
	 * @param lex the lexicographical range
	 * @param rev whether it is reversed
	 * @param offset the limit's offset
	 * @param count the limit's count
	 */
	public ZRange {
		Objects.requireNonNull(by, "by");
		if (by == By.SCORE) {
			Objects.requireNonNull(scores, "scores");
		}
		if (by == By.LEX) {
			Objects.requireNonNull(lex, "lex");
		}
		if (by == By.RANK && offset != null) {
			throw new IllegalArgumentException("LIMIT needs a score or lexicographical range");
		}
	}

	/**
	 * Selects by rank, both ends inclusive, negative ranks counting from the end.
	 * @param start the first rank
	 * @param stop the last rank
	 * @return the range
	 */
	public static ZRange byRank(long start, long stop) {
		return new ZRange(By.RANK, start, stop, null, null, false, null, -1);
	}

	/**
	 * Selects by score ({@code BYSCORE}).
	 * @param scores the scores, low to high
	 * @return the range
	 */
	public static ZRange byScore(ScoreRange scores) {
		return new ZRange(By.SCORE, 0, 0, scores, null, false, null, -1);
	}

	/**
	 * Selects by member ({@code BYLEX}).
	 * @param lex the members, low to high
	 * @return the range
	 */
	public static ZRange byLex(LexRange lex) {
		return new ZRange(By.LEX, 0, 0, null, lex, false, null, -1);
	}

	/**
	 * Returns a copy ordered from high to low ({@code REV}).
	 * @return the reversed range
	 */
	public ZRange reversed() {
		return new ZRange(this.by, this.start, this.stop, this.scores, this.lex, true, this.offset, this.count);
	}

	/**
	 * Returns a copy that skips {@code offset} matches and returns at most {@code count}
	 * ({@code LIMIT}; score and lexicographical ranges only).
	 * @param offset matches to skip
	 * @param count matches to return at most, negative for all
	 * @return the limited range
	 */
	public ZRange limit(long offset, long count) {
		return new ZRange(this.by, this.start, this.stop, this.scores, this.lex, this.rev, offset, count);
	}

}
