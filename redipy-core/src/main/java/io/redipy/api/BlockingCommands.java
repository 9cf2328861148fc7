package io.redipy.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Commands that wait for data: they return at once when one of their keys has an element,
 * else block until another client pushes one or the timeout passes.
 *
 * <p>
 * Keys are tried in the order given. Callers blocked on the same key are served in the
 * order they started to wait (FIFO). An element is never lost or delivered twice, also
 * when a timeout races a push. A blocked call ends promptly when its thread is
 * interrupted (with {@link io.redipy.RedipyException}, the interrupt flag set again) or
 * the client is closed. On the Redis backend each blocking call uses a dedicated
 * connection, so it never stalls other callers. Blocking commands cannot be queued in
 * batches or called from scripts (Redis forbids it).
 */
public interface BlockingCommands {

	/**
	 * Pops the head of the first non-empty list, waiting for one ({@code BLPOP}).
	 * @param timeout how long to wait; zero waits forever (millisecond precision)
	 * @param keys the lists, tried in order
	 * @return the key and element, or {@code null} on timeout
	 */
	@Nullable KeyValue blpop(Duration timeout, String... keys);

	/**
	 * Pops the tail of the first non-empty list, waiting for one ({@code BRPOP}).
	 * @param timeout how long to wait; zero waits forever
	 * @param keys the lists, tried in order
	 * @return the key and element, or {@code null} on timeout
	 */
	@Nullable KeyValue brpop(Duration timeout, String... keys);

	/**
	 * Moves an element between lists, waiting for the source to have one
	 * ({@code BLMOVE}).
	 * @param source the list to pop from
	 * @param destination the list to push onto
	 * @param from the end to pop from
	 * @param to the end to push onto
	 * @param timeout how long to wait; zero waits forever
	 * @return the element moved, or {@code null} on timeout
	 */
	@Nullable String blmove(String source, String destination, ListSide from, ListSide to, Duration timeout);

	/**
	 * Pops the member with the lowest score of the first non-empty sorted set, waiting
	 * for one ({@code BZPOPMIN}).
	 * @param timeout how long to wait; zero waits forever
	 * @param keys the sorted sets, tried in order
	 * @return the key, member and score, or {@code null} on timeout
	 */
	@Nullable KeyedScoredMember bzpopmin(Duration timeout, String... keys);

	/**
	 * Pops the member with the highest score of the first non-empty sorted set, waiting
	 * for one ({@code BZPOPMAX}).
	 * @param timeout how long to wait; zero waits forever
	 * @param keys the sorted sets, tried in order
	 * @return the key, member and score, or {@code null} on timeout
	 */
	@Nullable KeyedScoredMember bzpopmax(Duration timeout, String... keys);

	/**
	 * Reads the entries after an id from each of several streams, waiting for some when
	 * none has any ({@code XREAD [COUNT n] BLOCK ms STREAMS ...}); {@code $} stands for a
	 * stream's last id when the call starts. A call that waits is served the entries of
	 * the first stream to get some (at most the count, 1,000 without one), as Redis
	 * serves it.
	 * @param timeout how long to wait, whole milliseconds; zero waits for ever
	 * @param options the count
	 * @param streams each stream's key and the id to read after, in order
	 * @return each stream served and its entries; empty on timeout
	 */
	Map<String, List<StreamEntry<String, String>>> xreadBlock(Duration timeout, StreamReadOptions options,
			Map<String, String> streams);

	/**
	 * Reads as a consumer of a group, waiting for new entries when none is there
	 * ({@code XREADGROUP GROUP group consumer [COUNT n] [NOACK] BLOCK ms STREAMS ...});
	 * see {@link StreamCommands#xreadgroup}. A waiting call fails if its group is
	 * deleted, or if its stream is replaced by another type.
	 * @param group the group
	 * @param consumer the consumer
	 * @param timeout how long to wait, whole milliseconds; zero waits for ever
	 * @param options the count and {@code NOACK}
	 * @param streams each stream's key and id ({@code >} for new entries), in order
	 * @return each stream served and its entries; empty on timeout
	 */
	Map<String, List<StreamEntry<String, String>>> xreadgroupBlock(String group, String consumer, Duration timeout,
			StreamReadOptions options, Map<String, String> streams);

	/**
	 * Pops elements from the first of several lists that has any, waiting for one when
	 * all are empty ({@code BLMPOP timeout numkeys key... LEFT|RIGHT COUNT count}).
	 * @param timeout how long to wait; zero waits for ever
	 * @param side the end to pop from
	 * @param count the most elements (at least 1)
	 * @param keys the keys, tried in order
	 * @return the key and its elements, or null on timeout
	 */
	@Nullable KeyValues blmpop(Duration timeout, ListSide side, long count, String... keys);

	/**
	 * Pops members from the first of several sorted sets that has any, waiting for one
	 * when all are empty ({@code BZMPOP timeout numkeys key... MIN|MAX COUNT count}).
	 * @param timeout how long to wait; zero waits for ever
	 * @param side the lowest or highest scores
	 * @param count the most members (at least 1)
	 * @param keys the keys, tried in order
	 * @return the key and its members, or null on timeout
	 */
	@Nullable KeyedScoredMembers bzmpop(Duration timeout, ScoreSide side, long count, String... keys);

}
