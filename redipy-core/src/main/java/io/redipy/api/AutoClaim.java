package io.redipy.api;

import java.util.List;

/**
 * The reply of {@code XAUTOCLAIM}: where the next call should start ({@code "0-0"} when
 * the scan of the pending list is complete), the entries (or ids) claimed, and the ids
 * that were pending but are no longer in the stream (removed from the pending list).
 *
 * @param <T> {@link StreamEntry} or, with {@code JUSTID}, the id
 * @param nextStart the id to start the next call at
 * @param claimed the claimed entries or ids
 * @param deleted the ids of deleted entries removed from the pending list
 */
public record AutoClaim<T>(String nextStart, List<T> claimed, List<String> deleted) {

	/**
	 * Freezes the lists.
	 * @param nextStart the next start
	 * @param claimed the claimed
	 * @param deleted the deleted ids
	 */
	public AutoClaim {
		claimed = List.copyOf(claimed);
		deleted = List.copyOf(deleted);
	}

}
