package io.redipy.api;

import org.jspecify.annotations.Nullable;

/**
 * The reply of {@code XINFO STREAM}: a stream's length, its internal layout (Redis's
 * radix tree of entry nodes), the ids and counters Redis keeps, its number of groups, and
 * its first and last entries.
 *
 * @param <F> the type of the field names
 * @param <V> the type of the values
 * @param length the number of entries
 * @param radixTreeKeys the number of nodes holding entries
 * @param radixTreeNodes the number of radix tree nodes
 * @param lastGeneratedId the id of the last entry added
 * @param maxDeletedEntryId the highest id deleted by {@code XDEL}
 * @param entriesAdded how many entries were ever added
 * @param recordedFirstEntryId the first entry's id as the stream records it
 * @param groups the number of consumer groups
 * @param firstEntry the first entry, or null for an empty stream
 * @param lastEntry the last entry, or null for an empty stream
 */
public record StreamInfo<F, V>(long length, long radixTreeKeys, long radixTreeNodes, String lastGeneratedId,
		String maxDeletedEntryId, long entriesAdded, String recordedFirstEntryId, long groups,
		@Nullable StreamEntry<F, V> firstEntry, @Nullable StreamEntry<F, V> lastEntry) {
}
