package io.redipy.memory;

import java.util.function.IntToLongFunction;

/**
 * Redis's {@code dictScan} cursor over a power-of-two table of buckets: the bucket index
 * is incremented in reverse-binary order, so that buckets split or merged by a resize
 * between two calls are neither skipped nor, when the table grows, visited twice.
 */
final class BucketScan {

	private BucketScan() {
	}

	/**
	 * Visits buckets from a cursor until at least {@code count} elements were seen or the
	 * iteration ends.
	 * @param cursor where to start (0 for the beginning)
	 * @param count how many elements to see at least
	 * @param buckets the table's length (a power of two)
	 * @param visit visits one bucket and returns how many elements it held
	 * @return the next cursor, 0 at the end
	 */
	static long scan(long cursor, long count, int buckets, IntToLongFunction visit) {
		long mask = buckets - 1;
		long v = cursor;
		long seen = 0;
		do {
			seen += visit.applyAsLong((int) (v & mask));
			v |= ~mask;
			v = Long.reverse(v);
			v++;
			v = Long.reverse(v);
		}
		while (v != 0 && seen < count);
		return v;
	}

}
