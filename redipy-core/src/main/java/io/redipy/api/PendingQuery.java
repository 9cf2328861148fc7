package io.redipy.api;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Which pending entries the extended {@code XPENDING} lists: an id range (with Redis's
 * {@code -}, {@code +} and exclusive {@code (} bounds), at most a count of them, only
 * those idle at least a time ({@code IDLE}), and only a consumer's.
 *
 * @param start the lowest id
 * @param end the highest id
 * @param count the most entries to list
 * @param minIdle the least idle time, zero for any
 * @param consumer the consumer whose entries to list, or null for all
 */
public record PendingQuery(String start, String end, long count, Duration minIdle, @Nullable String consumer) {

	/**
	 * Checks the parts.
	 * @param start the start
	 * @param end the end
	 * @param count the count
	 * @param minIdle the idle time
	 * @param consumer the consumer
	 */
	public PendingQuery {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(minIdle, "minIdle");
	}

	/**
	 * Pending entries in a range, at most a count.
	 * @param start the lowest id ({@code -} for the lowest)
	 * @param end the highest id ({@code +} for the highest)
	 * @param count the most entries
	 * @return the query
	 */
	public static PendingQuery range(String start, String end, long count) {
		return new PendingQuery(start, end, count, Duration.ZERO, null);
	}

	/**
	 * The same query, only entries idle at least a time ({@code IDLE}).
	 * @param minIdle the idle time, whole milliseconds
	 * @return the query
	 */
	public PendingQuery minIdle(Duration minIdle) {
		return new PendingQuery(this.start, this.end, this.count, minIdle, this.consumer);
	}

	/**
	 * The same query, only a consumer's entries.
	 * @param consumer the consumer
	 * @return the query
	 */
	public PendingQuery consumer(String consumer) {
		return new PendingQuery(this.start, this.end, this.count, this.minIdle,
				Objects.requireNonNull(consumer, "consumer"));
	}

}
