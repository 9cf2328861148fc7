package io.redipy.api;

import java.util.List;

/**
 * The reply of {@code LCS ... IDX WITHMATCHLEN}: the ranges where two values match (from
 * the end of the values back, as Redis lists them) and the length of their longest common
 * subsequence.
 *
 * @param matches the matching ranges
 * @param length the length of the longest common subsequence
 */
public record LcsMatches(List<Match> matches, long length) {

	/**
	 * Freezes the matches.
	 * @param matches the matches
	 * @param length the length
	 */
	public LcsMatches {
		matches = List.copyOf(matches);
	}

	/**
	 * One matching range: the same bytes at these positions of both values (inclusive).
	 *
	 * @param firstStart the first position in the first value
	 * @param firstEnd the last position in the first value
	 * @param secondStart the first position in the second value
	 * @param secondEnd the last position in the second value
	 * @param length the number of bytes
	 */
	public record Match(long firstStart, long firstEnd, long secondStart, long secondEnd, long length) {
	}

}
