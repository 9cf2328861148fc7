package io.redipy.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Commands on streams: append-only logs of entries with ids ({@code <ms>-<seq>}), read by
 * range, from a position, or through consumer groups that track what each consumer was
 * given and has not yet acknowledged (its pending entries). Ids are strings as Redis
 * writes them; {@code -} and {@code +} stand for the lowest and highest id, and a
 * {@code (} before an id makes a range bound exclusive.
 */
public interface StreamCommands {

	/**
	 * Adds an entry with an id from the clock ({@code XADD key * field value ...}).
	 * @param key the key
	 * @param fields the fields and values, in the map's order (at least one)
	 * @return the new entry's id
	 */
	default String xadd(String key, Map<String, String> fields) {
		String id = xadd(key, StreamAddOptions.none(), fields);
		if (id == null) {
			throw new IllegalStateException("XADD without NOMKSTREAM returned no id");
		}
		return id;
	}

	/**
	 * Adds an entry ({@code XADD key [NOMKSTREAM] [MAXLEN|MINID [=|~] n [LIMIT l]] id
	 * field value ...}).
	 * @param key the key
	 * @param options the id, {@code NOMKSTREAM} and the trim
	 * @param fields the fields and values, in the map's order (at least one)
	 * @return the new entry's id, or null if the stream is missing and {@code NOMKSTREAM}
	 * is given
	 */
	@Nullable String xadd(String key, StreamAddOptions options, Map<String, String> fields);

	/**
	 * Counts a stream's entries ({@code XLEN}).
	 * @param key the key
	 * @return the number of entries, 0 for a missing key
	 */
	long xlen(String key);

	/**
	 * Reads the entries between two ids, lowest first ({@code XRANGE}).
	 * @param key the key
	 * @param start the lowest id ({@code -}, an id, an incomplete {@code <ms>}, or
	 * {@code (id} for exclusive)
	 * @param end the highest id ({@code +}, ...)
	 * @return the entries
	 */
	List<StreamEntry<String, String>> xrange(String key, String start, String end);

	/**
	 * Reads at most a count of the entries between two ids, lowest first
	 * ({@code XRANGE ... COUNT}).
	 * @param key the key
	 * @param start the lowest id
	 * @param end the highest id
	 * @param count the most entries (0 or less reads none)
	 * @return the entries
	 */
	List<StreamEntry<String, String>> xrange(String key, String start, String end, long count);

	/**
	 * Reads the entries between two ids, highest first ({@code XREVRANGE}).
	 * @param key the key
	 * @param end the highest id ({@code +}, ...)
	 * @param start the lowest id ({@code -}, ...)
	 * @return the entries
	 */
	List<StreamEntry<String, String>> xrevrange(String key, String end, String start);

	/**
	 * Reads at most a count of the entries between two ids, highest first
	 * ({@code XREVRANGE ... COUNT}).
	 * @param key the key
	 * @param end the highest id
	 * @param start the lowest id
	 * @param count the most entries (0 or less reads none)
	 * @return the entries
	 */
	List<StreamEntry<String, String>> xrevrange(String key, String end, String start, long count);

	/**
	 * Deletes entries ({@code XDEL}); a stream that loses its last entry stays.
	 * @param key the key
	 * @param ids the ids
	 * @return how many were deleted
	 */
	long xdel(String key, String... ids);

	/**
	 * Trims a stream ({@code XTRIM}).
	 * @param key the key
	 * @param trim the trim
	 * @return how many entries were removed
	 */
	long xtrim(String key, StreamTrim trim);

	/**
	 * Sets a stream's last id ({@code XSETID}).
	 * @param key the key (must hold a stream)
	 * @param lastId the id, at least the stream's highest
	 */
	void xsetid(String key, String lastId);

	/**
	 * Sets a stream's last id and counters ({@code XSETID ... ENTRIESADDED ...
	 * MAXDELETEDID ...}).
	 * @param key the key (must hold a stream)
	 * @param lastId the id, at least the stream's highest
	 * @param entriesAdded how many entries were ever added
	 * @param maxDeletedId the highest deleted id
	 */
	void xsetid(String key, String lastId, long entriesAdded, String maxDeletedId);

	/**
	 * Reads the entries after an id from each of several streams ({@code XREAD [COUNT n]
	 * STREAMS key ... id ...}); {@code $} stands for a stream's last id.
	 * @param options the count
	 * @param streams each stream's key and the id to read after, in order
	 * @return each stream with entries and its entries, in the order asked; empty when
	 * none has any
	 */
	Map<String, List<StreamEntry<String, String>>> xread(StreamReadOptions options, Map<String, String> streams);

	/**
	 * Reads as a consumer of a group ({@code XREADGROUP GROUP group consumer [COUNT n]
	 * [NOACK] STREAMS key ... id ...}): with the id {@code >} the entries no consumer of
	 * the group was given yet (they become the consumer's pending entries), with another
	 * id the consumer's own pending entries after it (an entry deleted since is returned
	 * without pairs). The consumer is created if missing.
	 * @param group the group
	 * @param consumer the consumer
	 * @param options the count and {@code NOACK}
	 * @param streams each stream's key and id, in order
	 * @return each stream served and its entries, in the order asked; empty when none has
	 * any
	 */
	Map<String, List<StreamEntry<String, String>>> xreadgroup(String group, String consumer, StreamReadOptions options,
			Map<String, String> streams);

	/**
	 * Creates a consumer group ({@code XGROUP CREATE key group id}).
	 * @param key the key (must hold a stream)
	 * @param group the group
	 * @param id the last id the group has seen ({@code $} for the stream's last)
	 * @throws io.redipy.CommandException with the code {@code BUSYGROUP} if the group
	 * exists
	 */
	void xgroupCreate(String key, String group, String id);

	/**
	 * Creates a consumer group ({@code XGROUP CREATE key group id [MKSTREAM]
	 * [ENTRIESREAD n]}).
	 * @param key the key
	 * @param group the group
	 * @param id the last id the group has seen ({@code $} for the stream's last)
	 * @param mkStream whether a missing stream is created, empty
	 * @param entriesRead how many entries the group has read, -1 for unknown
	 */
	void xgroupCreate(String key, String group, String id, boolean mkStream, long entriesRead);

	/**
	 * Sets a group's last id ({@code XGROUP SETID}).
	 * @param key the key
	 * @param group the group
	 * @param id the id ({@code $} for the stream's last)
	 */
	void xgroupSetid(String key, String group, String id);

	/**
	 * Sets a group's last id and read counter ({@code XGROUP SETID ... ENTRIESREAD n}).
	 * @param key the key
	 * @param group the group
	 * @param id the id ({@code $} for the stream's last)
	 * @param entriesRead how many entries the group has read, -1 for unknown
	 */
	void xgroupSetid(String key, String group, String id, long entriesRead);

	/**
	 * Deletes a group with its consumers and pending entries ({@code XGROUP DESTROY}).
	 * @param key the key
	 * @param group the group
	 * @return whether the group existed
	 */
	boolean xgroupDestroy(String key, String group);

	/**
	 * Creates a consumer ({@code XGROUP CREATECONSUMER}).
	 * @param key the key
	 * @param group the group
	 * @param consumer the consumer
	 * @return whether it was created (false if it existed)
	 */
	boolean xgroupCreateconsumer(String key, String group, String consumer);

	/**
	 * Deletes a consumer and its pending entries ({@code XGROUP DELCONSUMER}).
	 * @param key the key
	 * @param group the group
	 * @param consumer the consumer
	 * @return how many entries it had pending
	 */
	long xgroupDelconsumer(String key, String group, String consumer);

	/**
	 * Acknowledges entries: removes them from a group's pending list ({@code XACK}).
	 * @param key the key
	 * @param group the group
	 * @param ids the ids
	 * @return how many were pending
	 */
	long xack(String key, String group, String... ids);

	/**
	 * Summarizes a group's pending entries ({@code XPENDING key group}).
	 * @param key the key
	 * @param group the group
	 * @return the count, the lowest and highest ids and the count per consumer
	 */
	StreamPending xpending(String key, String group);

	/**
	 * Lists a group's pending entries
	 * ({@code XPENDING key group [IDLE ms] start end count
	 * [consumer]}).
	 * @param key the key
	 * @param group the group
	 * @param query the range, count, idle time and consumer
	 * @return the entries, lowest id first
	 */
	List<PendingEntry> xpending(String key, String group, PendingQuery query);

	/**
	 * Gives pending entries idle at least a time to a consumer ({@code XCLAIM}); entries
	 * deleted from the stream are dropped from the pending list instead.
	 * @param key the key
	 * @param group the group
	 * @param consumer the new owner (created if missing)
	 * @param minIdle the least idle time
	 * @param options {@code IDLE}, {@code TIME}, {@code RETRYCOUNT}, {@code FORCE},
	 * {@code LASTID}
	 * @param ids the ids
	 * @return the entries claimed
	 */
	List<StreamEntry<String, String>> xclaim(String key, String group, String consumer, Duration minIdle,
			ClaimOptions options, String... ids);

	/**
	 * Like {@link #xclaim} but returns only the ids and leaves the delivery counts
	 * ({@code XCLAIM ... JUSTID}).
	 * @param key the key
	 * @param group the group
	 * @param consumer the new owner
	 * @param minIdle the least idle time
	 * @param options the options
	 * @param ids the ids
	 * @return the ids claimed
	 */
	List<String> xclaimJustId(String key, String group, String consumer, Duration minIdle, ClaimOptions options,
			String... ids);

	/**
	 * Claims pending entries idle at least a time, scanning the pending list from an id
	 * ({@code XAUTOCLAIM key group consumer min-idle start COUNT count}).
	 * @param key the key
	 * @param group the group
	 * @param consumer the new owner (created if one is claimed)
	 * @param minIdle the least idle time
	 * @param start the id to scan from ({@code 0-0} at first, then the reply's next
	 * start)
	 * @param count the most entries to claim (Redis's default is 100)
	 * @return the next start, the claimed entries and the deleted ids dropped
	 */
	AutoClaim<StreamEntry<String, String>> xautoclaim(String key, String group, String consumer, Duration minIdle,
			String start, long count);

	/**
	 * Like {@link #xautoclaim} but returns only the ids and leaves the delivery counts
	 * ({@code XAUTOCLAIM ... JUSTID}).
	 * @param key the key
	 * @param group the group
	 * @param consumer the new owner
	 * @param minIdle the least idle time
	 * @param start the id to scan from
	 * @param count the most entries to claim
	 * @return the next start, the claimed ids and the deleted ids dropped
	 */
	AutoClaim<String> xautoclaimJustId(String key, String group, String consumer, Duration minIdle, String start,
			long count);

	/**
	 * Describes a stream ({@code XINFO STREAM}).
	 * @param key the key (must hold a stream)
	 * @return the description
	 */
	StreamInfo<String, String> xinfoStream(String key);

	/**
	 * Describes a stream with its entries, groups, consumers and pending entries
	 * ({@code XINFO STREAM key FULL COUNT count}).
	 * @param key the key (must hold a stream)
	 * @param count the most entries and pending entries of each list, 0 for all
	 * @return the description
	 */
	StreamFullInfo<String, String> xinfoStreamFull(String key, long count);

	/**
	 * Describes a stream's groups ({@code XINFO GROUPS}).
	 * @param key the key (must hold a stream)
	 * @return the groups, in name order
	 */
	List<StreamGroupInfo> xinfoGroups(String key);

	/**
	 * Describes a group's consumers ({@code XINFO CONSUMERS}).
	 * @param key the key (must hold a stream)
	 * @param group the group
	 * @return the consumers, in name order
	 */
	List<StreamConsumerInfo> xinfoConsumers(String key, String group);

}
