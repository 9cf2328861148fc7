package io.redipy.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.redipy.api.AutoClaim;
import io.redipy.api.PendingEntry;
import io.redipy.api.StreamConsumerInfo;
import io.redipy.api.StreamEntry;
import io.redipy.api.StreamFullInfo;
import io.redipy.api.StreamGroupInfo;
import io.redipy.api.StreamInfo;
import io.redipy.api.StreamPending;
import io.redipy.memory.StreamValue.Consumer;
import io.redipy.memory.StreamValue.Group;
import io.redipy.memory.StreamValue.Id;
import io.redipy.memory.StreamValue.Nack;
import org.jspecify.annotations.Nullable;

/**
 * Commands on streams, as Redis 7.0's {@code t_stream.c} runs them: the same checks in
 * the same order, so that a command with several faults reports the one Redis reports.
 * Both the typed API and the endpoint call these with arguments they have parsed with the
 * helpers here, in the order Redis reads them.
 */
final class StreamOps {

	static final String INVALID_ID = "ERR Invalid stream ID specified as stream command argument";

	static final String NO_KEY_FOR_GROUP = "ERR The XGROUP subcommand requires the key to exist. "
			+ "Note that for CREATE you may want to use the MKSTREAM option to create an empty stream automatically.";

	/** {@code SCG_INVALID_ENTRIES_READ}: a group's read counter is unknown. */
	static final long UNKNOWN = -1;

	/** The largest COUNT of XAUTOCLAIM: Redis allocates 16 bytes per id it may delete. */
	static final long AUTOCLAIM_MAX_COUNT = Long.MAX_VALUE / 16;

	/** XREAD's count when it blocks without one ({@code XREAD_BLOCKED_DEFAULT_COUNT}). */
	static final long BLOCKED_DEFAULT_COUNT = 1000;

	private StreamOps() {
	}

	// parsing

	/**
	 * Redis's {@code string2ull}: a strict decimal, else what C's {@code strtoull} reads
	 * (leading space, a sign, a negative number wrapped around), the whole text.
	 * @return the unsigned value, or null
	 */
	static @Nullable Long string2ull(String text) {
		Long strict = StringOps.parseLong(text);
		if (strict != null) {
			return (strict < 0) ? null : strict;
		}
		int i = 0;
		int n = text.length();
		if (n == 0) {
			return null;
		}
		while (i < n && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		boolean negative = false;
		if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
			negative = text.charAt(i) == '-';
			i++;
		}
		int digits = i;
		long value = 0;
		for (; i < n; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
			long next = value * 10 + (c - '0');
			if (Long.compareUnsigned(value, Long.divideUnsigned(-1L, 10)) > 0
					|| Long.compareUnsigned(next, value * 10) < 0) {
				return null;
			}
			value = next;
		}
		if (i == digits) {
			return null;
		}
		return negative ? -value : value;
	}

	/**
	 * Parses an id as {@code streamGenericParseIDOrReply}: {@code -}, {@code +} (unless
	 * strict), {@code <ms>-<seq>}, or {@code <ms>} with the missing sequence number.
	 */
	static Id parseId(String text, long missingSeq, boolean strict) {
		Id id = tryParseId(text, missingSeq, strict);
		if (id == null) {
			throw Errors.error(INVALID_ID);
		}
		return id;
	}

	static @Nullable Id tryParseId(String text, long missingSeq, boolean strict) {
		Id plain = plainId(text);
		if (plain != null) {
			return plain;
		}
		if (text.length() > 127) {
			return null;
		}
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			// Redis reads the id as a C string
			text = text.substring(0, nul);
		}
		if (text.equals("-")) {
			return strict ? null : Id.MIN;
		}
		if (text.equals("+")) {
			return strict ? null : Id.MAX;
		}
		int dash = text.indexOf('-');
		Long ms = string2ull((dash >= 0) ? text.substring(0, dash) : text);
		if (ms == null) {
			return null;
		}
		if (dash < 0) {
			return new Id(ms, missingSeq);
		}
		Long seq = string2ull(text.substring(dash + 1));
		return (seq != null) ? new Id(ms, seq) : null;
	}

	/**
	 * The common case without Redis's corner cases: {@code <ms>-<seq>}, each part plain
	 * digits without a leading zero and short enough not to overflow; else null (the full
	 * parse decides).
	 */
	private static @Nullable Id plainId(String text) {
		int n = text.length();
		int dash = text.indexOf('-');
		if (dash <= 0 || dash > 18 || n - dash - 1 <= 0 || n - dash - 1 > 18) {
			return null;
		}
		long ms = digits(text, 0, dash);
		long seq = digits(text, dash + 1, n);
		return (ms < 0 || seq < 0) ? null : new Id(ms, seq);
	}

	/** Plain decimal digits (no leading zero but "0" itself), or -1. */
	private static long digits(String text, int from, int to) {
		if (text.charAt(from) == '0' && to - from > 1) {
			return -1;
		}
		long value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/** An XADD id: explicit, {@code <ms>-*} (no sequence number) or {@code *} (null). */
	record AddId(Id id, boolean seqGiven) {

		static @Nullable AddId parse(String text) {
			if (text.equals("*")) {
				return null;
			}
			if (text.length() <= 127 && text.endsWith("-*") && text.indexOf('-') == text.length() - 2) {
				Long ms = string2ull(text.substring(0, text.length() - 2));
				if (ms != null) {
					return new AddId(new Id(ms, 0), false);
				}
			}
			return new AddId(parseId(text, 0, true), true);
		}

	}

	/** The start of a range: {@code (} excludes the id. */
	static Id parseStart(String text) {
		if (text.length() > 1 && text.charAt(0) == '(') {
			Id id = parseId(text.substring(1), 0, true).next();
			if (id == null) {
				throw Errors.error("ERR invalid start ID for the interval");
			}
			return id;
		}
		return parseId(text, 0, false);
	}

	/** The end of a range: {@code (} excludes the id. */
	static Id parseEnd(String text) {
		if (text.length() > 1 && text.charAt(0) == '(') {
			Id id = parseId(text.substring(1), -1, true).previous();
			if (id == null) {
				throw Errors.error("ERR invalid end ID for the interval");
			}
			return id;
		}
		return parseId(text, -1, false);
	}

	static Id[] parseStrictIds(String[] ids) {
		Id[] parsed = new Id[ids.length];
		for (int i = 0; i < ids.length; i++) {
			parsed[i] = parseId(ids[i], 0, true);
		}
		return parsed;
	}

	/** A parsed trim of XADD or XTRIM. */
	record Trim(boolean byId, long maxLen, Id minId, boolean approximate, long limit) {

		/** The limit Redis sets for an approximate trim without LIMIT. */
		static final long DEFAULT_APPROXIMATE_LIMIT = 100L * StreamValue.NODE_MAX_ENTRIES;

	}

	static void checkMaxLen(long maxLen) {
		if (maxLen < 0) {
			throw Errors.error("ERR The MAXLEN argument must be >= 0.");
		}
	}

	static void checkLimit(long limit) {
		if (limit < 0) {
			throw Errors.error("ERR The LIMIT argument must be >= 0.");
		}
	}

	/**
	 * The checks after the options are read: LIMIT needs a strategy and {@code ~}; an
	 * approximate trim without LIMIT gets Redis's default.
	 */
	static @Nullable Trim finishTrim(@Nullable Trim trim, boolean limitGiven, long limit, boolean xadd) {
		if (limit != 0 && trim == null) {
			throw Errors.error("ERR syntax error, LIMIT cannot be used without specifying a trimming strategy");
		}
		if (trim == null && !xadd) {
			throw Errors.error("ERR syntax error, XTRIM must be called with a trimming strategy");
		}
		if (limitGiven && (trim == null || !trim.approximate())) {
			throw Errors.error("ERR syntax error, LIMIT cannot be used without the special ~ option");
		}
		if (trim == null) {
			return null;
		}
		if (limitGiven) {
			if (!trim.approximate()) {
				throw Errors.error("ERR syntax error, LIMIT cannot be used without the special ~ option");
			}
			return new Trim(trim.byId(), trim.maxLen(), trim.minId(), true, limit);
		}
		return new Trim(trim.byId(), trim.maxLen(), trim.minId(), trim.approximate(),
				trim.approximate() ? Trim.DEFAULT_APPROXIMATE_LIMIT : 0);
	}

	// XADD, XLEN, XRANGE, XDEL, XTRIM, XSETID

	/**
	 * {@code XADD}: the options are parsed and checked; the fields and values alternate.
	 * @return the new id, or null when NOMKSTREAM finds no stream
	 */
	static @Nullable String xadd(Db db, String key, @Nullable AddId id, boolean noMkStream, @Nullable Trim trim,
			String[] pairs) {
		if (pairs.length < 2 || pairs.length % 2 != 0) {
			throw Errors.error("ERR wrong number of arguments for 'xadd' command");
		}
		if (id != null && id.seqGiven() && id.id().isZero()) {
			throw Errors.error("ERR The ID specified in XADD must be greater than 0-0");
		}
		StreamValue stream = db.get(key, StreamValue.class);
		if (stream == null) {
			if (noMkStream) {
				return null;
			}
			stream = new StreamValue();
			db.put(key, stream);
		}
		if (stream.lastId.equals(Id.MAX)) {
			throw Errors.error("ERR The stream has exhausted the last possible ID, unable to add more items");
		}
		Id added = nextId(db, stream, id);
		if (added == null) {
			// Redis's error for an overflowing <ms>-* (its errno is not EDOM there)
			throw Errors.error("ERR Elements are too large to be stored");
		}
		if (added.compareTo(stream.lastId) <= 0) {
			throw Errors.error("ERR The ID specified in XADD is equal or smaller than the target stream top item");
		}
		stream.append(added, pairs);
		db.notify(KeyEvents.STREAM, "xadd", key);
		if (trim != null && trim(stream, trim) > 0) {
			db.notify(KeyEvents.STREAM, "xtrim", key);
		}
		db.keyspace.noteStored(key);
		return added.toString();
	}

	/** The id an XADD adds under, or null where Redis fails (an overflow). */
	private static @Nullable Id nextId(Db db, StreamValue stream, @Nullable AddId id) {
		Id last = stream.lastId;
		if (id == null) {
			long ms = db.now();
			if (Long.compareUnsigned(ms, last.ms()) > 0) {
				return new Id(ms, 0);
			}
			Id next = last.next();
			return (next != null) ? next : Id.MIN;
		}
		if (id.seqGiven()) {
			return id.id();
		}
		if (last.ms() == id.id().ms()) {
			return (last.seq() == -1) ? null : new Id(last.ms(), last.seq() + 1);
		}
		return id.id();
	}

	private static long trim(StreamValue stream, Trim trim) {
		return stream.trim(trim.byId(), trim.maxLen(), trim.minId(), trim.approximate(), trim.limit());
	}

	static long xlen(Db db, String key) {
		StreamValue stream = db.read(key, StreamValue.class);
		return (stream != null) ? stream.length() : 0;
	}

	/**
	 * {@code XRANGE}/{@code XREVRANGE} with parsed bounds; count -1 for none.
	 * @return the entries; null for a count of 0 or less on a stream (Redis's null reply)
	 */
	static @Nullable List<StreamEntry<String, String>> xrange(Db db, String key, Id start, Id end, long count,
			boolean rev) {
		StreamValue stream = db.read(key, StreamValue.class);
		if (stream == null) {
			return List.of();
		}
		if (count == 0 || count < -1) {
			return null;
		}
		return range(stream, start, end, (count < 0) ? 0 : count, rev);
	}

	/** The entries between two ids, at most count (0 for all). */
	static List<StreamEntry<String, String>> range(StreamValue stream, Id start, Id end, long count, boolean rev) {
		List<StreamEntry<String, String>> result = new ArrayList<>();
		if (start.compareTo(end) > 0) {
			return result;
		}
		Map<Id, StreamValue.Entry> range = stream.entries.subMap(start, true, end, true);
		for (Map.Entry<Id, StreamValue.Entry> e : (rev
				? ((java.util.NavigableMap<Id, StreamValue.Entry>) range).descendingMap() : range)
			.entrySet()) {
			result.add(entry(e.getKey(), e.getValue()));
			if (count != 0 && result.size() == count) {
				break;
			}
		}
		return result;
	}

	static StreamEntry<String, String> entry(Id id, StreamValue.Entry entry) {
		String[] pairs = entry.pairs();
		List<Map.Entry<String, String>> list = new ArrayList<>(pairs.length / 2);
		for (int i = 0; i < pairs.length; i += 2) {
			list.add(Map.entry(pairs[i], pairs[i + 1]));
		}
		return new StreamEntry<>(id.toString(), list);
	}

	/** {@code XDEL}: the key is looked up before the ids are read. */
	static long xdel(Db db, String key, String[] ids) {
		StreamValue stream = db.get(key, StreamValue.class);
		if (stream == null) {
			return 0;
		}
		Id[] parsed = parseStrictIds(ids);
		long deleted = 0;
		boolean first = false;
		for (Id id : parsed) {
			if (stream.delete(id)) {
				if (id.equals(stream.firstId)) {
					first = true;
				}
				if (id.compareTo(stream.maxDeletedId) > 0) {
					stream.maxDeletedId = id;
				}
				deleted++;
			}
		}
		if (deleted > 0) {
			if (stream.length() == 0 || first) {
				stream.recordFirst();
			}
			db.notify(KeyEvents.STREAM, "xdel", key);
		}
		return deleted;
	}

	/** {@code XTRIM} with a parsed trim. */
	static long xtrim(Db db, String key, Trim trim) {
		StreamValue stream = db.get(key, StreamValue.class);
		if (stream == null) {
			return 0;
		}
		long deleted = trim(stream, trim);
		if (deleted > 0) {
			db.notify(KeyEvents.STREAM, "xtrim", key);
		}
		return deleted;
	}

	/**
	 * {@code XSETID}; entriesAdded -1 and maxDeletedId null when not given (the options
	 * are checked by the caller as they are read).
	 */
	static void xsetid(Db db, String key, Id id, long entriesAdded, @Nullable Id maxDeletedId) {
		StreamValue stream = db.get(key, StreamValue.class);
		if (stream == null) {
			throw Errors.error(Errors.NO_SUCH_KEY);
		}
		if (stream.length() > 0) {
			if (id.compareTo(stream.entries.lastKey()) < 0) {
				throw Errors.error("ERR The ID specified in XSETID is smaller than the target stream top item");
			}
			if (entriesAdded != -1 && stream.length() > entriesAdded) {
				throw Errors
					.error("ERR The entries_added specified in XSETID is smaller than the target stream length");
			}
		}
		stream.lastId = id;
		if (entriesAdded != -1) {
			stream.entriesAdded = entriesAdded;
		}
		if (maxDeletedId != null && !maxDeletedId.isZero()) {
			stream.maxDeletedId = maxDeletedId;
		}
		db.notify(KeyEvents.STREAM, "xsetid", key);
	}

	static void checkEntriesAdded(long entriesAdded) {
		if (entriesAdded < 0) {
			throw Errors.error("ERR entries_added must be positive");
		}
	}

	static void checkMaxDeleted(Id id, Id maxDeleted) {
		if (id.compareTo(maxDeleted) < 0) {
			throw Errors.error("ERR The ID specified in XSETID is smaller than the provided max_deleted_entry_id");
		}
	}

	// XREAD, XREADGROUP

	/**
	 * One stream of an XREAD: its key and the id to read after ({@code $}, {@code >}).
	 */
	record ReadStream(String key, String id) {
	}

	/**
	 * A parsed XREAD or XREADGROUP: the group and consumer (null for XREAD), the count (0
	 * for none), NOACK, and each stream's key and id as given.
	 */
	record Read(@Nullable String group, @Nullable String consumer, long count, boolean noAck,
			List<ReadStream> streams) {
	}

	/** A stream id the read is after: resolved ({@code $} taken), or {@code >}. */
	private static final Id NEW_ONLY = Id.MAX;

	/**
	 * Resolves a read's ids against the store as Redis does before it serves: looks up
	 * each key in order (wrong type, missing group), turns {@code $} into the stream's
	 * last id and checks the rest.
	 * @return the ids, {@link #NEW_ONLY} for {@code >}
	 */
	static Id[] resolve(Db db, Read read) {
		Id[] ids = new Id[read.streams().size()];
		for (int i = 0; i < ids.length; i++) {
			ReadStream s = read.streams().get(i);
			StreamValue stream = db.read(s.key(), StreamValue.class);
			if (read.group() != null && (stream == null || !stream.groups.containsKey(read.group()))) {
				throw Errors.error("NOGROUP No such key '" + s.key() + "' or consumer group '" + read.group()
						+ "' in XREADGROUP with GROUP option");
			}
			if (s.id().equals("$")) {
				if (read.group() != null) {
					throw Errors.error("ERR The $ ID is meaningless in the context of XREADGROUP: you want to read "
							+ "the history of this consumer by specifying a proper ID, or use the > ID to get new "
							+ "messages. The $ ID would just return an empty result set.");
				}
				ids[i] = (stream != null) ? stream.lastId : Id.MIN;
			}
			else if (s.id().equals(">")) {
				if (read.group() == null) {
					throw Errors.error("ERR The > ID can be specified only when calling XREADGROUP using the GROUP "
							+ "<group> <consumer> option.");
				}
				ids[i] = NEW_ONLY;
			}
			else {
				ids[i] = parseId(s.id(), 0, true);
			}
		}
		return ids;
	}

	/**
	 * Serves a read at once, as {@code xreadCommand} does: every stream with something to
	 * give, in order.
	 * @return the streams served and their entries, in order (a key given twice twice);
	 * empty when none was
	 */
	static List<Map.Entry<String, List<StreamEntry<String, String>>>> read(Db db, Read read, Id[] ids) {
		List<Map.Entry<String, List<StreamEntry<String, String>>>> result = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			String key = read.streams().get(i).key();
			StreamValue stream = db.read(key, StreamValue.class);
			if (stream == null) {
				continue;
			}
			Id gt = ids[i];
			boolean serve = false;
			boolean history = false;
			Group group = null;
			if (read.group() != null) {
				group = stream.groups.get(read.group());
				// Redis marks ">" with the highest id, so that id given explicitly means
				// ">" too
				if (!gt.equals(NEW_ONLY)) {
					serve = true;
					history = true;
				}
				else if (stream.length() > 0 && stream.entries.lastKey().compareTo(group.lastId) > 0) {
					serve = true;
					gt = group.lastId;
				}
			}
			else if (stream.length() > 0 && stream.entries.lastKey().compareTo(gt) > 0) {
				serve = true;
			}
			if (serve) {
				result.add(Map.entry(key, serve(db, stream, key, group, read, gt, history, read.count())));
			}
		}
		return result;
	}

	/**
	 * Serves a blocked read when one of its keys changed, as
	 * {@code serveClientsBlockedOnStreamKey} does: only that stream, if it has entries
	 * past the id (for a group, past the group's last id).
	 * @return the stream and its entries, or null to go on waiting
	 */
	static @Nullable List<Map.Entry<String, List<StreamEntry<String, String>>>> serveBlocked(Db db, Read read, Id[] ids,
			String key) {
		Keyspace.Entry entry = db.entry(key);
		if (entry == null) {
			return null;
		}
		int i = 0;
		while (!read.streams().get(i).key().equals(key)) {
			i++;
		}
		if (!(entry.value instanceof StreamValue stream)) {
			if (read.group() != null) {
				throw Errors.error("UNBLOCKED the stream key no longer exists");
			}
			return null;
		}
		Id gt = ids[i];
		Group group = null;
		if (read.group() != null) {
			group = stream.groups.get(read.group());
			if (group == null) {
				throw Errors.error("NOGROUP the consumer group this client was blocked on no longer exists");
			}
			gt = group.lastId;
		}
		if (stream.lastId.compareTo(gt) <= 0) {
			return null;
		}
		long count = (read.count() != 0) ? read.count() : BLOCKED_DEFAULT_COUNT;
		return List.of(Map.entry(key, serve(db, stream, key, group, read, gt, false, count)));
	}

	private static List<StreamEntry<String, String>> serve(Db db, StreamValue stream, String key, @Nullable Group group,
			Read read, Id gt, boolean history, long count) {
		Consumer consumer = null;
		if (group != null) {
			consumer = consumer(db, group, read.consumer(), key);
		}
		Id start = gt.next();
		if (start == null) {
			start = Id.MIN;
		}
		List<StreamEntry<String, String>> entries;
		if (group != null && history) {
			entries = fromPending(db, stream, consumer, start, count);
		}
		else {
			entries = deliver(db, stream, group, consumer, read.noAck(), start, count);
		}
		return entries;
	}

	/** Looks a consumer up (its seen time refreshed) or creates it. */
	private static Consumer consumer(Db db, Group group, @Nullable String name, String key) {
		Consumer consumer = group.consumers.get(name);
		if (consumer == null) {
			consumer = new Consumer(name, db.now());
			group.consumers.put(name, consumer);
			db.notify(KeyEvents.STREAM, "xgroup-createconsumer", key);
		}
		else {
			consumer.seenTime = db.now();
		}
		return consumer;
	}

	/**
	 * {@code streamReplyWithRange} with a group: moves its last id and adds pending
	 * entries.
	 */
	private static List<StreamEntry<String, String>> deliver(Db db, StreamValue stream, @Nullable Group group,
			@Nullable Consumer consumer, boolean noAck, Id start, long count) {
		List<StreamEntry<String, String>> result = new ArrayList<>();
		for (Map.Entry<Id, StreamValue.Entry> e : stream.entries.tailMap(start, true).entrySet()) {
			Id id = e.getKey();
			if (group != null && id.compareTo(group.lastId) > 0) {
				if (group.entriesRead != UNKNOWN && !hasTombstones(stream, id, null)) {
					group.entriesRead++;
				}
				else if (stream.entriesAdded != 0) {
					group.entriesRead = distanceFromFirst(stream, id);
				}
				group.lastId = id;
			}
			result.add(entry(id, e.getValue()));
			if (group != null && !noAck) {
				Nack nack = group.pending.get(id);
				if (nack == null) {
					nack = new Nack(consumer, db.now(), 1);
					group.pending.put(id, nack);
				}
				else {
					nack.consumer.pending.remove(id);
					nack.consumer = consumer;
					nack.deliveryTime = db.now();
					nack.deliveryCount = 1;
				}
				consumer.pending.put(id, nack);
			}
			if (count != 0 && result.size() == count) {
				break;
			}
		}
		return result;
	}

	/**
	 * A consumer's history: its pending entries from an id, deleted ones without pairs.
	 */
	private static List<StreamEntry<String, String>> fromPending(Db db, StreamValue stream, Consumer consumer, Id start,
			long count) {
		List<StreamEntry<String, String>> result = new ArrayList<>();
		for (Map.Entry<Id, Nack> p : consumer.pending.tailMap(start, true).entrySet()) {
			if (count != 0 && result.size() >= count) {
				break;
			}
			StreamValue.Entry entry = stream.entries.get(p.getKey());
			if (entry == null) {
				result.add(new StreamEntry<>(p.getKey().toString(), null));
			}
			else {
				result.add(entry(p.getKey(), entry));
				p.getValue().deliveryTime = db.now();
				p.getValue().deliveryCount++;
			}
		}
		return result;
	}

	/** {@code streamRangeHasTombstones}. */
	static boolean hasTombstones(StreamValue stream, Id start, @Nullable Id end) {
		if (stream.length() == 0 || stream.maxDeletedId.isZero()) {
			return false;
		}
		if (stream.firstId.compareTo(stream.maxDeletedId) > 0) {
			return false;
		}
		Id to = (end != null) ? end : Id.MAX;
		return start.compareTo(stream.maxDeletedId) <= 0 && stream.maxDeletedId.compareTo(to) <= 0;
	}

	/** {@code streamEstimateDistanceFromFirstEverEntry}: -1 when unknown. */
	static long distanceFromFirst(StreamValue stream, Id id) {
		if (stream.entriesAdded == 0) {
			return 0;
		}
		if (stream.length() == 0 && id.compareTo(stream.lastId) < 1) {
			return stream.entriesAdded;
		}
		int cmpLast = id.compareTo(stream.lastId);
		if (cmpLast == 0) {
			return stream.entriesAdded;
		}
		if (cmpLast > 0) {
			return UNKNOWN;
		}
		int cmpFirst = id.compareTo(stream.firstId);
		if (stream.maxDeletedId.isZero() || stream.maxDeletedId.compareTo(stream.firstId) < 0) {
			if (cmpFirst < 0) {
				return stream.entriesAdded - stream.length();
			}
			if (cmpFirst == 0) {
				return stream.entriesAdded - stream.length() + 1;
			}
		}
		return UNKNOWN;
	}

	/** {@code streamReplyWithCGLag}: null when unknown. */
	static @Nullable Long lag(StreamValue stream, Group group) {
		if (stream.entriesAdded == 0) {
			return 0L;
		}
		if (group.entriesRead != UNKNOWN && !hasTombstones(stream, group.lastId, null)) {
			return stream.entriesAdded - group.entriesRead;
		}
		long read = distanceFromFirst(stream, group.lastId);
		return (read != UNKNOWN) ? stream.entriesAdded - read : null;
	}

	// XGROUP

	/** The stream of an XGROUP subcommand: it must exist (or MKSTREAM create it). */
	private static StreamValue groupStream(Db db, String key) {
		StreamValue stream = db.get(key, StreamValue.class);
		if (stream == null) {
			throw Errors.error(NO_KEY_FOR_GROUP);
		}
		return stream;
	}

	private static Group existingGroup(StreamValue stream, String key, String group) {
		Group found = stream.groups.get(group);
		if (found == null) {
			throw Errors.error("NOGROUP No such consumer group '" + group + "' for key name '" + key + "'");
		}
		return found;
	}

	static void checkEntriesRead(long entriesRead) {
		if (entriesRead < 0 && entriesRead != UNKNOWN) {
			throw Errors.error("ERR value for ENTRIESREAD must be positive or -1");
		}
	}

	/** {@code XGROUP CREATE}; the id text is {@code $} or an id. */
	static void xgroupCreate(Db db, String key, String group, String id, boolean mkStream, long entriesRead) {
		checkEntriesRead(entriesRead);
		StreamValue stream = db.get(key, StreamValue.class);
		if (stream == null && !mkStream) {
			throw Errors.error(NO_KEY_FOR_GROUP);
		}
		Id last;
		if (id.equals("$")) {
			last = (stream != null) ? stream.lastId : Id.MIN;
		}
		else {
			last = parseId(id, 0, true);
		}
		if (stream == null) {
			stream = new StreamValue();
			db.put(key, stream);
		}
		if (stream.groups.containsKey(group)) {
			throw Errors.error("BUSYGROUP Consumer Group name already exists");
		}
		stream.groups.put(group, new Group(last, entriesRead));
		db.notify(KeyEvents.STREAM, "xgroup-create", key);
	}

	/** {@code XGROUP SETID}. */
	static void xgroupSetid(Db db, String key, String group, String id, long entriesRead) {
		checkEntriesRead(entriesRead);
		StreamValue stream = groupStream(db, key);
		Group found = existingGroup(stream, key, group);
		Id last = id.equals("$") ? stream.lastId : parseId(id, 0, false);
		found.lastId = last;
		found.entriesRead = entriesRead;
		db.notify(KeyEvents.STREAM, "xgroup-setid", key);
	}

	/** {@code XGROUP DESTROY}. */
	static boolean xgroupDestroy(Db db, String key, String group) {
		StreamValue stream = groupStream(db, key);
		if (stream.groups.remove(group) == null) {
			return false;
		}
		db.notify(KeyEvents.STREAM, "xgroup-destroy", key);
		// blocked XREADGROUPs of the group end with NOGROUP
		db.keyspace.noteStored(key);
		return true;
	}

	/** {@code XGROUP CREATECONSUMER}. */
	static boolean xgroupCreateconsumer(Db db, String key, String group, String consumer) {
		StreamValue stream = groupStream(db, key);
		Group found = existingGroup(stream, key, group);
		if (found.consumers.containsKey(consumer)) {
			return false;
		}
		found.consumers.put(consumer, new Consumer(consumer, db.now()));
		db.notify(KeyEvents.STREAM, "xgroup-createconsumer", key);
		return true;
	}

	/** {@code XGROUP DELCONSUMER}. */
	static long xgroupDelconsumer(Db db, String key, String group, String consumer) {
		StreamValue stream = groupStream(db, key);
		Group found = existingGroup(stream, key, group);
		Consumer gone = found.consumers.remove(consumer);
		if (gone == null) {
			return 0;
		}
		for (Id id : gone.pending.keySet()) {
			found.pending.remove(id);
		}
		db.notify(KeyEvents.STREAM, "xgroup-delconsumer", key);
		return gone.pending.size();
	}

	// XACK, XPENDING, XCLAIM, XAUTOCLAIM

	/**
	 * {@code XACK}: a missing key or group acknowledges nothing, before the ids are read.
	 */
	static long xack(Db db, String key, String group, String[] ids) {
		StreamValue stream = db.read(key, StreamValue.class);
		Group found = (stream != null) ? stream.groups.get(group) : null;
		if (found == null) {
			return 0;
		}
		long acknowledged = 0;
		for (Id id : parseStrictIds(ids)) {
			Nack nack = found.pending.remove(id);
			if (nack != null) {
				nack.consumer.pending.remove(id);
				acknowledged++;
			}
		}
		return acknowledged;
	}

	private static Group pendingGroup(Db db, String key, String group) {
		StreamValue stream = db.read(key, StreamValue.class);
		Group found = (stream != null) ? stream.groups.get(group) : null;
		if (found == null) {
			throw Errors.error("NOGROUP No such key '" + key + "' or consumer group '" + group + "'");
		}
		return found;
	}

	/** {@code XPENDING key group}. */
	static StreamPending xpending(Db db, String key, String group) {
		Group found = pendingGroup(db, key, group);
		if (found.pending.isEmpty()) {
			return new StreamPending(0, null, null, Map.of());
		}
		Map<String, Long> consumers = new LinkedHashMap<>();
		for (Consumer consumer : found.consumers.values()) {
			if (!consumer.pending.isEmpty()) {
				consumers.put(consumer.name, (long) consumer.pending.size());
			}
		}
		return new StreamPending(found.pending.size(), found.pending.firstKey().toString(),
				found.pending.lastKey().toString(), consumers);
	}

	/** {@code XPENDING key group [IDLE ms] start end count [consumer]}, parsed. */
	static List<PendingEntry> xpending(Db db, String key, String group, Id start, Id end, long count, long minIdle,
			@Nullable String consumer) {
		Group found = pendingGroup(db, key, group);
		java.util.NavigableMap<Id, Nack> pel = found.pending;
		if (consumer != null) {
			Consumer owner = found.consumers.get(consumer);
			if (owner == null) {
				return List.of();
			}
			pel = owner.pending;
		}
		List<PendingEntry> result = new ArrayList<>();
		long now = db.now();
		long left = Math.max(count, 0);
		if (start.compareTo(end) > 0) {
			return result;
		}
		for (Map.Entry<Id, Nack> p : pel.subMap(start, true, end, true).entrySet()) {
			if (left == 0) {
				break;
			}
			Nack nack = p.getValue();
			if (minIdle != 0 && now - nack.deliveryTime < minIdle) {
				continue;
			}
			left--;
			result.add(new PendingEntry(p.getKey().toString(), nack.consumer.name,
					Duration.ofMillis(Math.max(now - nack.deliveryTime, 0)), nack.deliveryCount));
		}
		return result;
	}

	/**
	 * The options of XCLAIM as read: a delivery time (-1 when not given; IDLE is turned
	 * into one by the caller), a retry count (-1), FORCE, JUSTID and LASTID.
	 */
	record Claim(long deliveryTime, long retryCount, boolean force, boolean justId, Id lastId) {
	}

	/**
	 * Looks up the stream and group of XCLAIM, which Redis does before it reads the
	 * arguments.
	 */
	static Group claimGroup(Db db, String key, String group) {
		return pendingGroup(db, key, group);
	}

	/** {@code XCLAIM} with parsed arguments. */
	static List<Object> xclaim(Db db, String key, String group, String consumerName, long minIdle, Id[] ids,
			Claim claim) {
		StreamValue stream = db.get(key, StreamValue.class);
		Group found = claimGroup(db, key, group);
		long now = db.now();
		if (claim.lastId().compareTo(found.lastId) > 0) {
			found.lastId = claim.lastId();
		}
		long deliveryTime = claim.deliveryTime();
		if (deliveryTime < 0 || deliveryTime > now) {
			deliveryTime = now;
		}
		Consumer consumer = null;
		List<Object> result = new ArrayList<>();
		for (Id id : ids) {
			Nack nack = found.pending.get(id);
			StreamValue.Entry entry = stream.entries.get(id);
			if (entry == null) {
				if (nack != null) {
					found.pending.remove(id);
					nack.consumer.pending.remove(id);
				}
				continue;
			}
			boolean created = false;
			if (claim.force() && nack == null) {
				nack = new Nack(null, now, 1);
				found.pending.put(id, nack);
				created = true;
			}
			if (nack == null) {
				continue;
			}
			if (!created && minIdle != 0 && now - nack.deliveryTime < minIdle) {
				continue;
			}
			if (consumer == null) {
				consumer = consumer(db, found, consumerName, key);
			}
			if (nack.consumer != consumer && nack.consumer != null) {
				nack.consumer.pending.remove(id);
			}
			nack.deliveryTime = deliveryTime;
			if (claim.retryCount() >= 0) {
				nack.deliveryCount = claim.retryCount();
			}
			else if (!claim.justId()) {
				nack.deliveryCount++;
			}
			if (nack.consumer != consumer) {
				consumer.pending.put(id, nack);
				nack.consumer = consumer;
			}
			result.add(claim.justId() ? id.toString() : entry(id, entry));
		}
		return result;
	}

	/** {@code XAUTOCLAIM} with parsed arguments. */
	static AutoClaim<Object> xautoclaim(Db db, String key, String group, String consumerName, long minIdle, Id start,
			long count, boolean justId) {
		StreamValue stream = db.get(key, StreamValue.class);
		Group found = pendingGroup(db, key, group);
		long attempts = count * 10;
		long left = count;
		long now = db.now();
		Consumer consumer = null;
		List<Object> claimed = new ArrayList<>();
		List<String> deleted = new ArrayList<>();
		Id next = start;
		Id cursor = start;
		while (true) {
			Map.Entry<Id, Nack> p = (cursor != null) ? found.pending.ceilingEntry(cursor) : null;
			if (attempts == 0 || left == 0 || p == null) {
				next = (attempts == 0 || left == 0) ? nextPending(found, cursor) : Id.MIN;
				break;
			}
			attempts--;
			Id id = p.getKey();
			cursor = id.next();
			Nack nack = p.getValue();
			StreamValue.Entry entry = stream.entries.get(id);
			if (entry == null) {
				found.pending.remove(id);
				nack.consumer.pending.remove(id);
				deleted.add(id.toString());
				left--;
				continue;
			}
			if (minIdle != 0 && now - nack.deliveryTime < minIdle) {
				continue;
			}
			if (consumer == null) {
				consumer = consumer(db, found, consumerName, key);
			}
			if (nack.consumer != consumer) {
				nack.consumer.pending.remove(id);
			}
			nack.deliveryTime = now;
			if (!justId) {
				nack.deliveryCount++;
			}
			if (nack.consumer != consumer) {
				consumer.pending.put(id, nack);
				nack.consumer = consumer;
			}
			claimed.add(justId ? id.toString() : entry(id, entry));
			left--;
		}
		return new AutoClaim<>(next.toString(), claimed, deleted);
	}

	/**
	 * Where Redis's iterator stands after the loop stopped on a limit: the next pending
	 * id, or 0-0 at the end.
	 */
	private static Id nextPending(Group group, @Nullable Id cursor) {
		if (cursor == null) {
			return Id.MIN;
		}
		Id next = group.pending.ceilingKey(cursor);
		return (next != null) ? next : Id.MIN;
	}

	// XINFO

	private static StreamValue infoStream(Db db, String key) {
		StreamValue stream = db.read(key, StreamValue.class);
		if (stream == null) {
			throw Errors.error(Errors.NO_SUCH_KEY);
		}
		return stream;
	}

	/** {@code XINFO STREAM key}. */
	static StreamInfo<String, String> xinfoStream(Db db, String key) {
		StreamValue stream = infoStream(db, key);
		List<StreamEntry<String, String>> first = range(stream, Id.MIN, Id.MAX, 1, false);
		List<StreamEntry<String, String>> last = range(stream, Id.MIN, Id.MAX, 1, true);
		return new StreamInfo<>(stream.length(), stream.nodes.size(), radixTreeNodes(stream), stream.lastId.toString(),
				stream.maxDeletedId.toString(), stream.entriesAdded, stream.firstId.toString(), stream.groups.size(),
				first.isEmpty() ? null : first.get(0), last.isEmpty() ? null : last.get(0));
	}

	/** {@code XINFO STREAM key FULL [COUNT n]}; count 0 for all. */
	static StreamFullInfo<String, String> xinfoStreamFull(Db db, String key, long count) {
		StreamValue stream = infoStream(db, key);
		List<StreamFullInfo.Group> groups = new ArrayList<>();
		for (Map.Entry<String, Group> g : stream.groups.entrySet()) {
			Group group = g.getValue();
			List<StreamFullInfo.Pending> pending = new ArrayList<>();
			for (Map.Entry<Id, Nack> p : group.pending.entrySet()) {
				if (count != 0 && pending.size() >= count) {
					break;
				}
				pending.add(new StreamFullInfo.Pending(p.getKey().toString(), p.getValue().consumer.name,
						Instant.ofEpochMilli(p.getValue().deliveryTime), p.getValue().deliveryCount));
			}
			List<StreamFullInfo.Consumer> consumers = new ArrayList<>();
			for (Consumer consumer : group.consumers.values()) {
				List<StreamFullInfo.ConsumerPending> own = new ArrayList<>();
				for (Map.Entry<Id, Nack> p : consumer.pending.entrySet()) {
					if (count != 0 && own.size() >= count) {
						break;
					}
					own.add(new StreamFullInfo.ConsumerPending(p.getKey().toString(),
							Instant.ofEpochMilli(p.getValue().deliveryTime), p.getValue().deliveryCount));
				}
				consumers.add(new StreamFullInfo.Consumer(consumer.name, Instant.ofEpochMilli(consumer.seenTime),
						consumer.pending.size(), own));
			}
			groups.add(new StreamFullInfo.Group(g.getKey(), group.lastId.toString(),
					(group.entriesRead != UNKNOWN) ? group.entriesRead : null, lag(stream, group), group.pending.size(),
					pending, consumers));
		}
		return new StreamFullInfo<>(stream.length(), stream.nodes.size(), radixTreeNodes(stream),
				stream.lastId.toString(), stream.maxDeletedId.toString(), stream.entriesAdded,
				stream.firstId.toString(), range(stream, Id.MIN, Id.MAX, count, false), groups);
	}

	/** {@code XINFO GROUPS key}. */
	static List<StreamGroupInfo> xinfoGroups(Db db, String key) {
		StreamValue stream = infoStream(db, key);
		List<StreamGroupInfo> result = new ArrayList<>();
		for (Map.Entry<String, Group> g : stream.groups.entrySet()) {
			Group group = g.getValue();
			result.add(new StreamGroupInfo(g.getKey(), group.consumers.size(), group.pending.size(),
					group.lastId.toString(), (group.entriesRead != UNKNOWN) ? group.entriesRead : null,
					lag(stream, group)));
		}
		return result;
	}

	/** {@code XINFO CONSUMERS key group}. */
	static List<StreamConsumerInfo> xinfoConsumers(Db db, String key, String group) {
		StreamValue stream = infoStream(db, key);
		Group found = stream.groups.get(group);
		if (found == null) {
			throw Errors.error("NOGROUP No such consumer group '" + group + "' for key name '" + key + "'");
		}
		long now = db.now();
		List<StreamConsumerInfo> result = new ArrayList<>();
		for (Consumer consumer : found.consumers.values()) {
			result.add(new StreamConsumerInfo(consumer.name, consumer.pending.size(),
					Duration.ofMillis(Math.max(now - consumer.seenTime, 0))));
		}
		return result;
	}

	/**
	 * The number of nodes of Redis's radix tree over the node keys (16-byte big-endian
	 * ids): a compressed trie's count, which is what Redis's {@code rax} has after
	 * inserts in increasing order. An estimate of Redis's internal count: Redis may
	 * differ after deletions.
	 */
	static long radixTreeNodes(StreamValue stream) {
		List<byte[]> keys = new ArrayList<>(stream.nodes.size());
		for (Id id : stream.nodes.keySet()) {
			byte[] key = new byte[16];
			for (int i = 0; i < 8; i++) {
				key[i] = (byte) (id.ms() >>> (56 - 8 * i));
				key[8 + i] = (byte) (id.seq() >>> (56 - 8 * i));
			}
			keys.add(key);
		}
		return keys.isEmpty() ? 1 : nodes(keys, 0, keys.size(), 0);
	}

	/**
	 * The nodes of the subtree for the keys in [from, to) whose root stands at a byte
	 * position: a leaf at the end of a key; a compressed node over the bytes all keys
	 * share; a branching node where they differ, each branch going on one byte further.
	 */
	private static long nodes(List<byte[]> keys, int from, int to, int depth) {
		if (depth == 16) {
			return 1;
		}
		if (to - from == 1) {
			return 2;
		}
		int common = depth;
		while (common < 16 && keys.get(from)[common] == keys.get(to - 1)[common]) {
			// sorted keys: the first and the last share a byte only if all do
			common++;
		}
		if (common > depth) {
			return 1 + nodes(keys, from, to, common);
		}
		long count = 1;
		int i = from;
		while (i < to) {
			int j = i + 1;
			while (j < to && keys.get(j)[depth] == keys.get(i)[depth]) {
				j++;
			}
			count += nodes(keys, i, j, depth + 1);
			i = j;
		}
		return count;
	}

}
