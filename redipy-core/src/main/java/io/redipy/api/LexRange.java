package io.redipy.api;

import java.util.Objects;

/**
 * A lexicographical range of members for {@code ZLEXCOUNT}, {@code ZRANGE ... BYLEX} and
 * {@code ZREMRANGEBYLEX}, always given from low to high.
 *
 * @param min the low end
 * @param max the high end
 */
public record LexRange(LexBound min, LexBound max) {

	private static final LexRange ALL = new LexRange(LexBound.MIN, LexBound.MAX);

	/**
	 * Validates the ends.
	 * @param min the low end
	 * @param max the high end
	 */
	public LexRange {
		Objects.requireNonNull(min, "min");
		Objects.requireNonNull(max, "max");
	}

	/**
	 * Returns the range of all members.
	 * @return the range
	 */
	public static LexRange all() {
		return ALL;
	}

	/**
	 * Returns a range with both ends included.
	 * @param min the low member
	 * @param max the high member
	 * @return the range
	 */
	public static LexRange closed(String min, String max) {
		return new LexRange(LexBound.inclusive(min), LexBound.inclusive(max));
	}

}
