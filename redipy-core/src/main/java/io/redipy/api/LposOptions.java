package io.redipy.api;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@code LPOS}: which match to start from ({@code RANK}) and how many elements
 * to compare at most ({@code MAXLEN}).
 *
 * @param rank the 1-based match to return, negative to search from the tail, or
 * {@code null} for the first
 * @param maxLen the most elements to compare, 0 for all, or {@code null} for all
 */
public record LposOptions(@Nullable Long rank, @Nullable Long maxLen) {

	private static final LposOptions NONE = new LposOptions(null, null);

	/**
	 * Returns the default options.
	 * @return the options
	 */
	public static LposOptions none() {
		return NONE;
	}

	/**
	 * Returns a copy with a rank.
	 * @param rank the rank
	 * @return new options
	 */
	public LposOptions withRank(long rank) {
		return new LposOptions(rank, this.maxLen);
	}

	/**
	 * Returns a copy with a maximum length.
	 * @param maxLen the most elements to compare
	 * @return new options
	 */
	public LposOptions withMaxLen(long maxLen) {
		return new LposOptions(this.rank, maxLen);
	}

}
