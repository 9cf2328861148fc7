package io.redipy.memory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.redipy.api.HashEntry;
import io.redipy.api.ListPosition;
import io.redipy.api.ListSide;
import io.redipy.api.LposOptions;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.command.Reply;
import io.redipy.memory.RespCommands.Call;
import io.redipy.memory.RespCommands.Handler;
import io.redipy.script.ir.RawText;
import org.jspecify.annotations.Nullable;

import static io.redipy.memory.RespCommands.add;
import static io.redipy.memory.RespCommands.bulk;
import static io.redipy.memory.RespCommands.bulks;
import static io.redipy.memory.RespCommands.flag;
import static io.redipy.memory.RespCommands.integer;

/**
 * The endpoint's list and hash commands (see {@link RespCommands}). Each reads its
 * arguments in the order Redis 7.0 reads them, so that a command with several faults
 * reports the one Redis reports (a bad number before a missing key, or the other way
 * round), and runs the typed API's store operations.
 */
final class RespListsAndHashes {

	private RespListsAndHashes() {
	}

	/** Redis's reply to HSCAN on a missing key: cursor 0 and nothing. */
	private static final Reply EMPTY_SCAN = new Reply.Array(List.of(bulk(ScanPage.START), Reply.EMPTY_ARRAY));

	/**
	 * The family's handlers: one constant per command, named after it, whose
	 * {@code switch} runs it (see {@link RespCommands.Handler} for why no lambdas).
	 */
	private enum Handlers implements Handler {

		// lists
		LPUSH, RPUSH, LPUSHX, RPUSHX, LPOP, RPOP, LRANGE, LINDEX, LSET, LLEN, LREM, LTRIM, LINSERT, LPOS, LMOVE,
		RPOPLPUSH, LMPOP, BLMPOP, ZMPOP, BZMPOP,
		// hashes
		HSET, HMSET, HSETNX, HGET, HMGET, HDEL, HEXISTS, HLEN, HKEYS, HVALS, HGETALL, HINCRBY, HINCRBYFLOAT, HSTRLEN,
		HRANDFIELD, HSCAN;

		@Override
		public @Nullable Reply run(Call c) {
			return switch (this) {
				// lists
				case LPUSH -> integer(c.client().lpush(c.text(1), c.texts(2)));
				case RPUSH -> integer(c.client().rpush(c.text(1), c.texts(2)));
				case LPUSHX -> integer(c.client().lpushx(c.text(1), c.texts(2)));
				case RPUSHX -> integer(c.client().rpushx(c.text(1), c.texts(2)));
				case LPOP -> pop(c, true);
				case RPOP -> pop(c, false);
				case LRANGE -> bulks(c.client().lrange(c.text(1), c.integer(2), c.integer(3)));
				case LINDEX -> lindex(c);
				case LSET -> lset(c);
				case LLEN -> integer(c.client().llen(c.text(1)));
				case LREM -> lrem(c);
				case LTRIM -> ltrim(c);
				case LINSERT -> linsert(c);
				case LPOS -> lpos(c);
				case LMOVE -> lmove(c);
				case RPOPLPUSH -> bulk(c.client().rpoplpush(c.text(1), c.text(2)));
				case LMPOP -> mpop(c, 1, false, -1);
				case BLMPOP -> mpop(c, 2, false, RespCommands.timeoutMillis(c, 1));
				case ZMPOP -> mpop(c, 1, true, -1);
				case BZMPOP -> mpop(c, 2, true, RespCommands.timeoutMillis(c, 1));
				// hashes
				// one field, the common case, without a map of the fields
				case HSET -> integer((c.size() == 4) ? c.client().hset(c.text(1), c.text(2), c.text(3))
						: c.client().hset(c.text(1), fields(c, "hset")));
				case HMSET -> hmset(c);
				case HSETNX -> flag(c.client().hsetnx(c.text(1), c.text(2), c.text(3)));
				case HGET -> bulk(c.client().hget(c.text(1), c.text(2)));
				case HMGET -> bulks(c.client().hmget(c.text(1), c.texts(2)));
				case HDEL -> integer(c.client().hdel(c.text(1), c.texts(2)));
				case HEXISTS -> flag(c.client().hexists(c.text(1), c.text(2)));
				case HLEN -> integer(c.client().hlen(c.text(1)));
				case HKEYS -> bulks(c.client().hkeys(c.text(1)));
				case HVALS -> bulks(c.client().hvals(c.text(1)));
				case HGETALL -> hgetall(c);
				case HINCRBY -> hincrby(c);
				case HINCRBYFLOAT -> hincrbyfloat(c);
				case HSTRLEN -> integer(c.client().hstrlen(c.text(1), c.text(2)));
				case HRANDFIELD -> hrandfield(c);
				case HSCAN -> hscan(c);
			};
		}

	}

	/** Adds the commands to the endpoint's table. */
	static void register() {
		add(Handlers.values());
	}

	// lists

	private static Reply lrem(Call c) {
		long count = c.integer(2);
		return integer(c.client().lrem(c.text(1), count, c.text(3)));
	}

	private static Reply ltrim(Call c) {
		c.client().ltrim(c.text(1), c.integer(2), c.integer(3));
		return Reply.OK;
	}

	private static Reply lmove(Call c) {
		ListSide from = side(c, 3);
		ListSide to = side(c, 4);
		return bulk(c.client().lmove(c.text(1), c.text(2), from, to));
	}

	/** LPOP/RPOP: one element as a bulk string, or with a count an array. */
	private static Reply pop(Call c, boolean left) {
		if (c.size() > 3) {
			throw Errors.error("ERR wrong number of arguments for '" + (left ? "lpop" : "rpop") + "' command");
		}
		String key = c.text(1);
		if (c.size() == 2) {
			return bulk(left ? c.client().lpop(key) : c.client().rpop(key));
		}
		long count = ranged(c, 2, 0, Long.MAX_VALUE, Errors.MUST_BE_POSITIVE);
		// a missing key is a null array, an empty pop of a list an empty one: the typed
		// API has an empty list for both
		List<String> popped = c
			.run((db) -> (db.get(key, ListValue.class) != null) ? ListOps.pop(db, key, count, left) : null);
		return (popped != null) ? bulks(popped) : Reply.NIL_ARRAY;
	}

	/** LINDEX: Redis looks the key up before it reads the index. */
	private static Reply lindex(Call c) {
		String key = c.text(1);
		return bulk(
				c.run((db) -> (db.read(key, ListValue.class) != null) ? ListOps.lindex(db, key, c.integer(2)) : null));
	}

	/**
	 * LSET: Redis looks the key up (no such key, wrong type) before it reads the index.
	 */
	private static Reply lset(Call c) {
		String key = c.text(1);
		String value = c.text(3);
		c.run((db) -> {
			if (db.get(key, ListValue.class) == null) {
				throw Errors.error(Errors.NO_SUCH_KEY);
			}
			long index = c.integer(2);
			noteRaw(db, value);
			return ListOps.lset(db, key, index, value);
		});
		return Reply.OK;
	}

	private static Reply linsert(Call c) {
		ListPosition position;
		if (c.is(2, "BEFORE")) {
			position = ListPosition.BEFORE;
		}
		else if (c.is(2, "AFTER")) {
			position = ListPosition.AFTER;
		}
		else {
			throw Errors.error(Errors.SYNTAX);
		}
		return integer(c.client().linsert(c.text(1), position, c.text(3), c.text(4)));
	}

	/**
	 * LPOS: each option is checked as it is read, so the first bad one in the client's
	 * order is reported; an integer reply (or null), with COUNT an array.
	 */
	private static Reply lpos(Call c) {
		Long rank = null;
		Long maxLen = null;
		long count = -1;
		for (int i = 3; i < c.size(); i++) {
			boolean more = i + 1 < c.size();
			if (c.is(i, "RANK") && more) {
				rank = c.integer(++i);
				if (rank == 0) {
					throw Errors.error(Errors.LPOS_RANK_ZERO);
				}
			}
			else if (c.is(i, "COUNT") && more) {
				count = ranged(c, ++i, 0, Long.MAX_VALUE, Errors.LPOS_COUNT_NEGATIVE);
			}
			else if (c.is(i, "MAXLEN") && more) {
				maxLen = ranged(c, ++i, 0, Long.MAX_VALUE, Errors.LPOS_MAXLEN_NEGATIVE);
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		LposOptions options = new LposOptions(rank, maxLen);
		if (count < 0) {
			Long index = c.client().lpos(c.text(1), c.text(2), options);
			return (index != null) ? integer(index) : Reply.NIL;
		}
		List<Long> found = c.client().lpos(c.text(1), c.text(2), count, options);
		List<Reply> replies = new ArrayList<>(found.size());
		for (long index : found) {
			replies.add(integer(index));
		}
		return new Reply.Array(replies);
	}

	private static ListSide side(Call c, int index) {
		if (c.is(index, "LEFT")) {
			return ListSide.LEFT;
		}
		if (c.is(index, "RIGHT")) {
			return ListSide.RIGHT;
		}
		throw Errors.error(Errors.SYNTAX);
	}

	/**
	 * LMPOP, ZMPOP and their blocking forms
	 * ({@code [timeout] numkeys key... LEFT|RIGHT or
	 * MIN|MAX [COUNT count]}): pops from the first key that holds a value of the type, as
	 * Redis's {@code lmpopGenericCommand} and {@code zmpopGenericCommand} read and run
	 * them (a blocking one waits when none does, unless in a transaction).
	 * @param numKeysAt the index of numkeys
	 * @param zset whether the keys hold sorted sets
	 * @param timeout how long a blocking form waits (0 for ever), -1 for the others
	 */
	private static @Nullable Reply mpop(Call c, int numKeysAt, boolean zset, long timeout) {
		long numKeys = ranged(c, numKeysAt, 1, Long.MAX_VALUE, "ERR numkeys should be greater than 0");
		if (numKeys > c.size() - numKeysAt - 2) {
			// the side would be past the last argument
			throw Errors.error(Errors.SYNTAX);
		}
		int whereAt = (int) numKeys + numKeysAt + 1;
		boolean first;
		if (zset) {
			if (c.is(whereAt, "MIN")) {
				first = true;
			}
			else if (c.is(whereAt, "MAX")) {
				first = false;
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		else {
			first = side(c, whereAt) == ListSide.LEFT;
		}
		long count = -1;
		for (int i = whereAt + 1; i < c.size(); i++) {
			if (count == -1 && c.is(i, "COUNT") && i + 1 < c.size()) {
				count = ranged(c, ++i, 1, Long.MAX_VALUE, "ERR count should be greater than 0");
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		long n = (count == -1) ? 1 : count;
		String[] keys = new String[(int) numKeys];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = c.text(i + numKeysAt + 1);
		}
		java.util.function.BiFunction<Db, String, @Nullable Reply> pop = (db, key) -> {
			if (zset) {
				List<io.redipy.api.ScoredMember> popped = ZSetOps.zpop(db, key, n, !first);
				List<Reply> members = new ArrayList<>(popped.size());
				for (io.redipy.api.ScoredMember member : popped) {
					members.add(new Reply.Array(List.of(bulk(member.member()), new Reply.Double(member.score()))));
				}
				return popped.isEmpty() ? null : new Reply.Array(List.of(bulk(key), new Reply.Array(members)));
			}
			List<String> popped = ListOps.pop(db, key, n, first);
			return popped.isEmpty() ? null : new Reply.Array(List.of(bulk(key), bulks(popped)));
		};
		Class<?> type = zset ? ZSetValue.class : ListValue.class;
		if (timeout >= 0) {
			return RespCommands.block(c, keys, timeout, type, pop, Reply.NIL_ARRAY);
		}
		Reply popped = c.run((db) -> MemoryStore.Attempt.firstOf(keys, type, pop).run(db, true));
		return (popped != null) ? popped : Reply.NIL_ARRAY;
	}

	// hashes

	private static Reply hmset(Call c) {
		c.client().hset(c.text(1), fields(c, "hmset"));
		return Reply.OK;
	}

	private static Reply hgetall(Call c) {
		List<Reply> map = new ArrayList<>();
		c.client().hgetall(c.text(1)).forEach((field, value) -> {
			map.add(bulk(field));
			map.add(bulk(value));
		});
		return new Reply.Map(map);
	}

	private static Reply hincrby(Call c) {
		long increment = c.integer(3);
		return integer(c.client().hincrby(c.text(1), c.text(2), increment));
	}

	private static Reply hincrbyfloat(Call c) {
		String key = c.text(1);
		String field = c.text(2);
		String increment = c.text(3);
		// the stored text, which a double would round
		return bulk(c.run((db) -> {
			noteRaw(db, key, field);
			return HashOps.hincrbyfloat(db, key, field, increment);
		}));
	}

	/** The field-value pairs of HSET/HMSET, later values of a field winning. */
	private static Map<String, String> fields(Call c, String name) {
		if (c.size() % 2 != 0) {
			throw Errors.error("ERR wrong number of arguments for '" + name + "' command");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 2; i < c.size(); i += 2) {
			fields.put(c.text(i), c.text(i + 1));
		}
		return fields;
	}

	/**
	 * HRANDFIELD key [count [WITHVALUES]]: the count is read before the syntax is
	 * checked; with values, RESP3 gets [field, value] pairs and RESP2 a flat array, as
	 * Redis 7.0 replies (a nesting no downgrade of a reply could undo).
	 */
	private static Reply hrandfield(Call c) {
		String key = c.text(1);
		if (c.size() == 2) {
			return bulk(c.client().hrandfield(key));
		}
		long count = ranged(c, 2, -Long.MAX_VALUE, Long.MAX_VALUE, null);
		if (c.size() > 4 || (c.size() == 4 && !c.is(3, "WITHVALUES"))) {
			throw Errors.error(Errors.SYNTAX);
		}
		if (c.size() == 3) {
			return bulks(c.client().hrandfield(key, count));
		}
		List<HashEntry> entries = c.client().hrandfieldWithValues(key, count);
		boolean pairs = c.session.protocol > 2;
		List<Reply> replies = new ArrayList<>(entries.size() * (pairs ? 1 : 2));
		for (HashEntry entry : entries) {
			if (pairs) {
				replies.add(new Reply.Array(List.of(bulk(entry.field()), bulk(entry.value()))));
			}
			else {
				replies.add(bulk(entry.field()));
				replies.add(bulk(entry.value()));
			}
		}
		return new Reply.Array(replies);
	}

	/**
	 * HSCAN key cursor [MATCH pattern] [COUNT count]: Redis reads the cursor, then looks
	 * the key up, then reads the options (so a missing key hides bad options).
	 */
	private static Reply hscan(Call c) {
		String key = c.text(1);
		long cursor = KeyOps.parseCursor(c.text(2));
		return c.run((db) -> {
			if (db.read(key, HashValue.class) == null) {
				return EMPTY_SCAN;
			}
			String match = null;
			Long count = null;
			for (int i = 3; i < c.size(); i++) {
				boolean more = i + 1 < c.size();
				if (c.is(i, "COUNT") && more) {
					count = c.integer(++i);
					if (count < 1) {
						throw Errors.error(Errors.SYNTAX);
					}
				}
				else if (c.is(i, "MATCH") && more) {
					match = c.text(++i);
				}
				else {
					throw Errors.error(Errors.SYNTAX);
				}
			}
			ScanPage<HashEntry> page = HashOps.hscan(db, key, cursor, new ScanOptions(match, count, null));
			List<Reply> flat = new ArrayList<>(page.items().size() * 2);
			for (HashEntry entry : page.items()) {
				flat.add(bulk(entry.field()));
				flat.add(bulk(entry.value()));
			}
			return new Reply.Array(List.of(bulk(page.cursor()), new Reply.Array(flat)));
		});
	}

	// arguments

	/**
	 * An integer argument in a range, as Redis's {@code getRangeLongFromObjectOrReply}
	 * reads it: a given message is the reply to any fault, not an integer included.
	 */
	private static long ranged(Call c, int index, long min, long max, @Nullable String message) {
		Long value = StringOps.parseLong(new String(c.args[index], StandardCharsets.ISO_8859_1));
		if (value == null) {
			throw Errors.error((message != null) ? message : Errors.NOT_INTEGER);
		}
		if (value < min || value > max) {
			throw Errors.error((message != null) ? message
					: "ERR value is out of range, value must between " + min + " and " + max);
		}
		return value;
	}

	/**
	 * Notes in the store that texts about to be stored by a command that runs on the
	 * store directly hold bytes that are not UTF-8, as the raw client does for its
	 * commands, so that the typed API converts them when it reads them.
	 */
	private static void noteRaw(Db db, String... texts) {
		for (String text : texts) {
			if (RawText.hasEscapes(text)) {
				db.noteRaw();
			}
		}
	}

}
