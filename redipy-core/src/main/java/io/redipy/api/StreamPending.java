package io.redipy.api;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The summary form of {@code XPENDING}: how many entries a group has pending, the lowest
 * and highest of their ids, and how many each consumer with pending entries holds.
 *
 * @param count the number of pending entries
 * @param lowest the lowest pending id, or null when none is pending
 * @param highest the highest pending id, or null when none is pending
 * @param consumers each consumer with pending entries and their number, in name order
 */
public record StreamPending(long count, @Nullable String lowest, @Nullable String highest,
		Map<String, Long> consumers) {

	/**
	 * Freezes the consumers (kept in their order).
	 * @param count the count
	 * @param lowest the lowest id
	 * @param highest the highest id
	 * @param consumers the consumers
	 */
	public StreamPending {
		consumers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(consumers));
	}

}
