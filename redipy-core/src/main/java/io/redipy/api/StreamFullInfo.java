package io.redipy.api;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The reply of {@code XINFO STREAM key FULL}: the stream's counters, its entries (up to
 * the count asked for) and each group with its pending entries and consumers.
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
 * @param entries the entries, from the first, up to the count
 * @param groups the groups, in name order
 */
public record StreamFullInfo<F, V>(long length, long radixTreeKeys, long radixTreeNodes, String lastGeneratedId,
		String maxDeletedEntryId, long entriesAdded, String recordedFirstEntryId, List<StreamEntry<F, V>> entries,
		List<Group> groups) {

	/**
	 * A group of the full form.
	 *
	 * @param name the name
	 * @param lastDeliveredId the id of the last entry delivered
	 * @param entriesRead how many entries it has read, or null where Redis cannot tell
	 * @param lag how many entries it has yet to read, or null where Redis cannot tell
	 * @param pelCount the number of its pending entries
	 * @param pending its pending entries, up to the count
	 * @param consumers its consumers, in name order
	 */
	public record Group(String name, String lastDeliveredId, @Nullable Long entriesRead, @Nullable Long lag,
			long pelCount, List<Pending> pending, List<Consumer> consumers) {
	}

	/**
	 * A pending entry of a group.
	 *
	 * @param id the entry's id
	 * @param consumer the consumer that holds it
	 * @param deliveryTime when it was last delivered
	 * @param deliveryCount how many times it was delivered
	 */
	public record Pending(String id, String consumer, Instant deliveryTime, long deliveryCount) {
	}

	/**
	 * A consumer of a group.
	 *
	 * @param name the name
	 * @param seenTime when it last read or claimed
	 * @param pelCount the number of its pending entries
	 * @param pending its pending entries, up to the count
	 */
	public record Consumer(String name, Instant seenTime, long pelCount, List<ConsumerPending> pending) {
	}

	/**
	 * A pending entry of a consumer.
	 *
	 * @param id the entry's id
	 * @param deliveryTime when it was last delivered
	 * @param deliveryCount how many times it was delivered
	 */
	public record ConsumerPending(String id, Instant deliveryTime, long deliveryCount) {
	}

}
