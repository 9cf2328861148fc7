package io.redipy.memory;

import java.util.ArrayList;
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
import io.redipy.command.Reply;
import io.redipy.memory.RespCommands.Call;
import io.redipy.memory.RespCommands.Handler;
import io.redipy.memory.StreamOps.AddId;
import io.redipy.memory.StreamOps.Trim;
import io.redipy.memory.StreamValue.Id;
import org.jspecify.annotations.Nullable;

import static io.redipy.memory.RespCommands.add;
import static io.redipy.memory.RespCommands.bulk;
import static io.redipy.memory.RespCommands.flag;
import static io.redipy.memory.RespCommands.integer;
import static io.redipy.memory.RespCommands.simple;

/**
 * The endpoint's stream commands (see {@link RespCommands}). Each reads its arguments in
 * the order Redis 7.0's {@code t_stream.c} reads them, so that a command with several
 * faults reports the one Redis reports, and runs {@link StreamOps}.
 */
final class RespStreams {

	private RespStreams() {
	}

	/** The family's handlers, one constant per command (see {@link Handler}). */
	private enum Handlers implements Handler {

		XADD, XLEN, XRANGE, XREVRANGE, XDEL, XTRIM, XSETID, XREAD, XREADGROUP, XGROUP, XACK, XPENDING, XCLAIM,
		XAUTOCLAIM, XINFO;

		@Override
		public @Nullable Reply run(Call c) {
			return switch (this) {
				case XADD -> xadd(c);
				case XLEN -> {
					String key = c.text(1);
					yield integer(c.run((db) -> StreamOps.xlen(db, key)));
				}
				case XRANGE -> xrange(c, false);
				case XREVRANGE -> xrange(c, true);
				case XDEL -> xdel(c);
				case XTRIM -> xtrim(c);
				case XSETID -> xsetid(c);
				case XREAD -> xread(c, false);
				case XREADGROUP -> xread(c, true);
				case XGROUP -> xgroup(c);
				case XACK -> xack(c);
				case XPENDING -> xpending(c);
				case XCLAIM -> xclaim(c);
				case XAUTOCLAIM -> xautoclaim(c);
				case XINFO -> xinfo(c);
			};
		}

	}

	/** Adds the commands to the endpoint's table. */
	static void register() {
		add(Handlers.values());
	}

	// XADD, XTRIM

	/** What {@code streamParseAddOrTrimArgsOrReply} reads. */
	private record AddOrTrim(int idIndex, @Nullable AddId id, boolean noMkStream, @Nullable Trim trim) {
	}

	private static AddOrTrim parseAddOrTrim(Call c, boolean xadd) {
		Trim trim = null;
		long limit = 0;
		boolean limitGiven = false;
		boolean noMkStream = false;
		AddId id = null;
		int i = 2;
		for (; i < c.size(); i++) {
			int more = c.size() - 1 - i;
			String option = c.word(i);
			if (xadd && option.equals("*")) {
				break;
			}
			if ((option.equals("MAXLEN") || option.equals("MINID")) && more > 0) {
				if (trim != null) {
					throw Errors
						.error("ERR syntax error, MAXLEN and MINID options at the same time are not compatible");
				}
				boolean approximate = false;
				if (more >= 2 && c.word(i + 1).equals("~")) {
					approximate = true;
					i++;
				}
				else if (more >= 2 && c.word(i + 1).equals("=")) {
					i++;
				}
				if (option.equals("MAXLEN")) {
					long maxLen = c.integer(i + 1);
					StreamOps.checkMaxLen(maxLen);
					trim = new Trim(false, maxLen, Id.MIN, approximate, 0);
				}
				else {
					trim = new Trim(true, 0, StreamOps.parseId(c.text(i + 1), 0, true), approximate, 0);
				}
				i++;
			}
			else if (option.equals("LIMIT") && more > 0) {
				limit = c.integer(i + 1);
				StreamOps.checkLimit(limit);
				limitGiven = true;
				i++;
			}
			else if (xadd && option.equals("NOMKSTREAM")) {
				noMkStream = true;
			}
			else if (xadd) {
				id = AddId.parse(c.text(i));
				break;
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		return new AddOrTrim(i, id, noMkStream, StreamOps.finishTrim(trim, limitGiven, limit, xadd));
	}

	private static Reply xadd(Call c) {
		AddOrTrim parsed = parseAddOrTrim(c, true);
		int fieldsFrom = parsed.idIndex() + 1;
		String[] pairs = (fieldsFrom <= c.size()) ? c.texts(fieldsFrom) : new String[0];
		String key = c.text(1);
		return bulk(c.run((db) -> StreamOps.xadd(db, key, parsed.id(), parsed.noMkStream(), parsed.trim(), pairs)));
	}

	private static Reply xtrim(Call c) {
		AddOrTrim parsed = parseAddOrTrim(c, false);
		String key = c.text(1);
		return integer(c.run((db) -> StreamOps.xtrim(db, key, parsed.trim())));
	}

	// XRANGE, XDEL, XSETID

	private static Reply xrange(Call c, boolean rev) {
		Id start = StreamOps.parseStart(c.text(rev ? 3 : 2));
		Id end = StreamOps.parseEnd(c.text(rev ? 2 : 3));
		long count = -1;
		for (int j = 4; j < c.size(); j++) {
			if (c.is(j, "COUNT") && j + 1 < c.size()) {
				count = Math.max(c.integer(++j), 0);
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		String key = c.text(1);
		long n = count;
		List<StreamEntry<String, String>> entries = c.run((db) -> StreamOps.xrange(db, key, start, end, n, rev));
		return (entries != null) ? entries(entries) : Reply.NIL_ARRAY;
	}

	private static Reply xdel(Call c) {
		String key = c.text(1);
		String[] ids = c.texts(2);
		return integer(c.run((db) -> StreamOps.xdel(db, key, ids)));
	}

	private static Reply xsetid(Call c) {
		Id id = StreamOps.parseId(c.text(2), 0, true);
		long entriesAdded = -1;
		Id maxDeleted = null;
		for (int i = 3; i < c.size(); i++) {
			boolean more = i + 1 < c.size();
			if (c.is(i, "ENTRIESADDED") && more) {
				entriesAdded = c.integer(++i);
				StreamOps.checkEntriesAdded(entriesAdded);
			}
			else if (c.is(i, "MAXDELETEDID") && more) {
				maxDeleted = StreamOps.parseId(c.text(++i), 0, true);
				StreamOps.checkMaxDeleted(id, maxDeleted);
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		String key = c.text(1);
		long added = entriesAdded;
		Id deleted = maxDeleted;
		c.run((db) -> {
			StreamOps.xsetid(db, key, id, added, deleted);
			return null;
		});
		return Reply.OK;
	}

	// XREAD, XREADGROUP

	private static @Nullable Reply xread(Call c, boolean group) {
		long timeout = -1;
		long count = 0;
		boolean noAck = false;
		String groupName = null;
		String consumer = null;
		int streamsFrom = 0;
		int streams = 0;
		for (int i = 1; i < c.size(); i++) {
			int more = c.size() - i - 1;
			String option = c.word(i);
			if (option.equals("BLOCK") && more > 0) {
				if (c.session.script) {
					// Redis's special case for Lua (t_stream.c), before the timeout is
					// read
					throw Errors.error(
							"ERR " + Wire.text(c.args[0]) + " command is not allowed with BLOCK option from scripts");
				}
				i++;
				Long value = StringOps.parseLong(c.text(i));
				if (value == null) {
					throw Errors.error("ERR timeout is not an integer or out of range");
				}
				if (value < 0) {
					throw Errors.error("ERR timeout is negative");
				}
				timeout = value;
			}
			else if (option.equals("COUNT") && more > 0) {
				count = Math.max(c.integer(++i), 0);
			}
			else if (option.equals("STREAMS") && more > 0) {
				streamsFrom = i + 1;
				streams = c.size() - streamsFrom;
				if (streams % 2 != 0) {
					throw Errors.error("ERR Unbalanced XREAD list of streams: for each stream key an ID or '$' "
							+ "must be specified.");
				}
				streams /= 2;
				break;
			}
			else if (option.equals("GROUP") && more >= 2) {
				if (!group) {
					throw Errors
						.error("ERR The GROUP option is only supported by XREADGROUP. You called XREAD instead.");
				}
				groupName = c.text(i + 1);
				consumer = c.text(i + 2);
				i += 2;
			}
			else if (option.equals("NOACK")) {
				if (!group) {
					throw Errors
						.error("ERR The NOACK option is only supported by XREADGROUP. You called XREAD instead.");
				}
				noAck = true;
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		if (streamsFrom == 0) {
			throw Errors.error(Errors.SYNTAX);
		}
		if (group && groupName == null) {
			throw Errors.error("ERR Missing GROUP option for XREADGROUP");
		}
		List<StreamOps.ReadStream> list = new ArrayList<>(streams);
		String[] keys = new String[streams];
		for (int i = 0; i < streams; i++) {
			keys[i] = c.text(streamsFrom + i);
			list.add(new StreamOps.ReadStream(keys[i], c.text(streamsFrom + streams + i)));
		}
		StreamOps.Read read = new StreamOps.Read(groupName, consumer, count, noAck, list);
		int protocol = c.session.protocol;
		if (timeout < 0 || c.session.inExec) {
			List<Map.Entry<String, List<StreamEntry<String, String>>>> result = c
				.run((db) -> StreamOps.read(db, read, StreamOps.resolve(db, read)));
			return result.isEmpty() ? Reply.NIL_ARRAY : streams(result, protocol);
		}
		RespSession session = c.session;
		session.block();
		c.store()
			.blockAsync(session.db, blockedRead(read), keys, timeout, session,
					(result, failure) -> session.unblocked((failure != null) ? RespSession.error(failure)
							: (result != null) ? streams(result, protocol) : Reply.NIL_ARRAY));
		return null;
	}

	/**
	 * The attempt of a blocking XREAD or XREADGROUP: the first try resolves the ids and
	 * serves what it can, as the command does at once; later tries serve a stream that
	 * got entries past its id, as Redis serves a blocked reader.
	 */
	static MemoryStore.Attempt<List<Map.Entry<String, List<StreamEntry<String, String>>>>> blockedRead(
			StreamOps.Read read) {
		Id[][] resolved = new Id[1][];
		return (db, first) -> {
			if (first) {
				resolved[0] = StreamOps.resolve(db, read);
				List<Map.Entry<String, List<StreamEntry<String, String>>>> now = StreamOps.read(db, read, resolved[0]);
				return now.isEmpty() ? null : now;
			}
			for (StreamOps.ReadStream stream : read.streams()) {
				List<Map.Entry<String, List<StreamEntry<String, String>>>> served = StreamOps.serveBlocked(db, read,
						resolved[0], stream.key());
				if (served != null) {
					return served;
				}
			}
			return null;
		};
	}

	// XGROUP

	private static Reply xgroup(Call c) {
		String sub = c.word(1);
		if (sub.equals("HELP")) {
			return help("XGROUP <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
					"CREATE <key> <groupname> <id|$> [MKSTREAM] [ENTRIESREAD entries_read]",
					"    Creates a consumer group; MKSTREAM creates a missing stream, empty.",
					"CREATECONSUMER <key> <groupname> <consumer>", "    Creates a consumer in a group.",
					"DELCONSUMER <key> <groupname> <consumer>", "    Deletes a consumer with its pending entries.",
					"DESTROY <key> <groupname>", "    Deletes a consumer group.",
					"SETID <key> <groupname> <id|$> [ENTRIESREAD entries_read]",
					"    Sets a group's last delivered id and read counter.", "HELP", "    Prints this help.");
		}
		boolean create = sub.equals("CREATE");
		boolean setid = sub.equals("SETID");
		boolean mkStream = false;
		long entriesRead = StreamOps.UNKNOWN;
		for (int i = 5; i < c.size();) {
			if (create && c.is(i, "MKSTREAM")) {
				mkStream = true;
				i++;
			}
			else if ((create || setid) && c.is(i, "ENTRIESREAD") && i + 1 < c.size()) {
				entriesRead = c.integer(i + 1);
				StreamOps.checkEntriesRead(entriesRead);
				i += 2;
			}
			else {
				throw subcommandSyntax(c, "XGROUP");
			}
		}
		String key = c.text(2);
		String group = c.text(3);
		int n = c.size();
		boolean mk = mkStream;
		long read = entriesRead;
		return c.run((db) -> {
			// the key and group checks come before the subcommand's own arity checks
			if (!mk) {
				StreamValue stream = db.get(key, StreamValue.class);
				if (stream == null) {
					throw Errors.error(StreamOps.NO_KEY_FOR_GROUP);
				}
				if (!stream.groups.containsKey(group)
						&& (setid || sub.equals("CREATECONSUMER") || sub.equals("DELCONSUMER"))) {
					throw Errors.error("NOGROUP No such consumer group '" + group + "' for key name '" + key + "'");
				}
			}
			else {
				db.get(key, StreamValue.class);
			}
			if (create && n >= 5 && n <= 8) {
				StreamOps.xgroupCreate(db, key, group, c.text(4), mk, read);
				return Reply.OK;
			}
			if (setid && (n == 5 || n == 7)) {
				StreamOps.xgroupSetid(db, key, group, c.text(4), read);
				return Reply.OK;
			}
			if (sub.equals("DESTROY") && n == 4) {
				return flag(StreamOps.xgroupDestroy(db, key, group));
			}
			if (sub.equals("CREATECONSUMER") && n == 5) {
				return flag(StreamOps.xgroupCreateconsumer(db, key, group, c.text(4)));
			}
			if (sub.equals("DELCONSUMER") && n == 5) {
				return integer(StreamOps.xgroupDelconsumer(db, key, group, c.text(4)));
			}
			throw subcommandSyntax(c, "XGROUP");
		});
	}

	private static RuntimeException subcommandSyntax(Call c, String command) {
		return Errors.error("ERR unknown subcommand or wrong number of arguments for '" + c.text(1) + "'. Try "
				+ command + " HELP.");
	}

	static Reply help(String... lines) {
		List<Reply> replies = new ArrayList<>(lines.length);
		for (String line : lines) {
			replies.add(simple(line));
		}
		return new Reply.Array(replies);
	}

	// XACK, XPENDING, XCLAIM, XAUTOCLAIM

	private static Reply xack(Call c) {
		String key = c.text(1);
		String group = c.text(2);
		String[] ids = c.texts(3);
		return integer(c.run((db) -> StreamOps.xack(db, key, group, ids)));
	}

	private static Reply xpending(Call c) {
		int n = c.size();
		if (n != 3 && (n < 6 || n > 9)) {
			throw Errors.error(Errors.SYNTAX);
		}
		String key = c.text(1);
		String group = c.text(2);
		if (n == 3) {
			StreamPending summary = c.run((db) -> StreamOps.xpending(db, key, group));
			List<Reply> reply = new ArrayList<>(4);
			reply.add(integer(summary.count()));
			reply.add(bulk(summary.lowest()));
			reply.add(bulk(summary.highest()));
			if (summary.count() == 0) {
				reply.add(Reply.NIL_ARRAY);
			}
			else {
				List<Reply> consumers = new ArrayList<>();
				summary.consumers()
					.forEach((name, count) -> consumers
						.add(new Reply.Array(List.of(bulk(name), bulk(Long.toString(count))))));
				reply.add(new Reply.Array(consumers));
			}
			return new Reply.Array(reply);
		}
		int from = 3;
		long minIdle = 0;
		if (c.is(3, "IDLE")) {
			minIdle = c.integer(4);
			if (n < 8) {
				throw Errors.error(Errors.SYNTAX);
			}
			from = 5;
		}
		long count = Math.max(c.integer(from + 2), 0);
		Id start = StreamOps.parseStart(c.text(from));
		Id end = StreamOps.parseEnd(c.text(from + 1));
		String consumer = (from + 3 < n) ? c.text(from + 3) : null;
		long idle = minIdle;
		List<PendingEntry> entries = c
			.run((db) -> StreamOps.xpending(db, key, group, start, end, count, idle, consumer));
		List<Reply> reply = new ArrayList<>(entries.size());
		for (PendingEntry entry : entries) {
			reply.add(new Reply.Array(List.of(bulk(entry.id()), bulk(entry.consumer()),
					integer(entry.idle().toMillis()), integer(entry.deliveries()))));
		}
		return new Reply.Array(reply);
	}

	private static long integerOr(Call c, int index, String error) {
		Long value = StringOps.parseLong(c.text(index));
		if (value == null) {
			throw Errors.error(error);
		}
		return value;
	}

	private static Reply xclaim(Call c) {
		String key = c.text(1);
		String group = c.text(2);
		String consumer = c.text(3);
		List<Object> claimed = c.run((db) -> {
			StreamOps.claimGroup(db, key, group);
			long minIdle = Math.max(integerOr(c, 4, "ERR Invalid min-idle-time argument for XCLAIM"), 0);
			List<Id> ids = new ArrayList<>();
			int j = 5;
			for (; j < c.size(); j++) {
				Id id = StreamOps.tryParseId(c.text(j), 0, true);
				if (id == null) {
					break;
				}
				ids.add(id);
			}
			long now = db.now();
			long deliveryTime = -1;
			long retryCount = -1;
			boolean force = false;
			boolean justId = false;
			Id lastId = Id.MIN;
			for (; j < c.size(); j++) {
				boolean more = j + 1 < c.size();
				String option = c.word(j);
				if (option.equals("FORCE")) {
					force = true;
				}
				else if (option.equals("JUSTID")) {
					justId = true;
				}
				else if (option.equals("IDLE") && more) {
					deliveryTime = now - integerOr(c, ++j, "ERR Invalid IDLE option argument for XCLAIM");
				}
				else if (option.equals("TIME") && more) {
					deliveryTime = integerOr(c, ++j, "ERR Invalid TIME option argument for XCLAIM");
				}
				else if (option.equals("RETRYCOUNT") && more) {
					retryCount = integerOr(c, ++j, "ERR Invalid RETRYCOUNT option argument for XCLAIM");
				}
				else if (option.equals("LASTID") && more) {
					lastId = StreamOps.parseId(c.text(++j), 0, true);
				}
				else {
					throw Errors.error("ERR Unrecognized XCLAIM option '" + c.text(j) + "'");
				}
			}
			return StreamOps.xclaim(db, key, group, consumer, minIdle, ids.toArray(new Id[0]),
					new StreamOps.Claim(deliveryTime, retryCount, force, justId, lastId));
		});
		return claimed(claimed);
	}

	@SuppressWarnings("unchecked")
	private static Reply claimed(List<Object> claimed) {
		List<Reply> reply = new ArrayList<>(claimed.size());
		for (Object item : claimed) {
			reply.add((item instanceof String id) ? bulk(id) : entry((StreamEntry<String, String>) item));
		}
		return new Reply.Array(reply);
	}

	private static Reply xautoclaim(Call c) {
		long minIdle = Math.max(integerOr(c, 4, "ERR Invalid min-idle-time argument for XAUTOCLAIM"), 0);
		Id start = StreamOps.parseStart(c.text(5));
		long count = 100;
		boolean justId = false;
		for (int j = 6; j < c.size(); j++) {
			if (c.is(j, "COUNT") && j + 1 < c.size()) {
				Long value = StringOps.parseLong(c.text(++j));
				if (value == null || value < 1 || value > StreamOps.AUTOCLAIM_MAX_COUNT) {
					throw Errors.error("ERR COUNT must be > 0");
				}
				count = value;
			}
			else if (c.is(j, "JUSTID")) {
				justId = true;
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		String key = c.text(1);
		String group = c.text(2);
		String consumer = c.text(3);
		long n = count;
		boolean ids = justId;
		AutoClaim<Object> result = c
			.run((db) -> StreamOps.xautoclaim(db, key, group, consumer, minIdle, start, n, ids));
		List<Reply> deleted = new ArrayList<>();
		for (String id : result.deleted()) {
			deleted.add(bulk(id));
		}
		return new Reply.Array(List.of(bulk(result.nextStart()), claimed(result.claimed()), new Reply.Array(deleted)));
	}

	// XINFO

	private static Reply xinfo(Call c) {
		String sub = c.word(1);
		if (sub.equals("HELP")) {
			if (c.size() != 2) {
				throw subcommandSyntax(c, "XINFO");
			}
			return help("XINFO <subcommand> [<arg> [value] [opt] ...]. Subcommands are:", "CONSUMERS <key> <groupname>",
					"    Lists the consumers of a group.", "GROUPS <key>", "    Lists the groups of a stream.",
					"STREAM <key> [FULL [COUNT <count>]", "    Describes a stream.", "HELP", "    Prints this help.");
		}
		String key = c.text(2);
		int n = c.size();
		return c.run((db) -> {
			StreamValue stream = db.read(key, StreamValue.class);
			if (stream == null) {
				throw Errors.error(Errors.NO_SUCH_KEY);
			}
			if (sub.equals("CONSUMERS") && n == 4) {
				List<Reply> reply = new ArrayList<>();
				for (StreamConsumerInfo consumer : StreamOps.xinfoConsumers(db, key, c.text(3))) {
					reply.add(new Reply.Map(List.of(bulk("name"), bulk(consumer.name()), bulk("pending"),
							integer(consumer.pending()), bulk("idle"), integer(consumer.idle().toMillis()))));
				}
				return new Reply.Array(reply);
			}
			if (sub.equals("GROUPS") && n == 3) {
				List<Reply> reply = new ArrayList<>();
				for (StreamGroupInfo group : StreamOps.xinfoGroups(db, key)) {
					reply.add(new Reply.Map(List.of(bulk("name"), bulk(group.name()), bulk("consumers"),
							integer(group.consumers()), bulk("pending"), integer(group.pending()),
							bulk("last-delivered-id"), bulk(group.lastDeliveredId()), bulk("entries-read"),
							nullable(group.entriesRead()), bulk("lag"), nullable(group.lag()))));
				}
				return new Reply.Array(reply);
			}
			if (!sub.equals("STREAM")) {
				throw subcommandSyntax(c, "XINFO");
			}
			if (n == 3) {
				return info(StreamOps.xinfoStream(db, key));
			}
			if ((n != 4 && n != 6) || !c.is(3, "FULL") || (n == 6 && !c.is(4, "COUNT"))) {
				throw subcommandSyntax(c, "XINFO");
			}
			long count = 10;
			if (n == 6) {
				count = c.integer(5);
				if (count < 0) {
					count = 10;
				}
			}
			return full(StreamOps.xinfoStreamFull(db, key, count));
		});
	}

	private static Reply nullable(@Nullable Long value) {
		return (value != null) ? integer(value) : Reply.NIL;
	}

	private static Reply info(StreamInfo<String, String> info) {
		return new Reply.Map(
				List.of(bulk("length"), integer(info.length()), bulk("radix-tree-keys"), integer(info.radixTreeKeys()),
						bulk("radix-tree-nodes"), integer(info.radixTreeNodes()), bulk("last-generated-id"),
						bulk(info.lastGeneratedId()), bulk("max-deleted-entry-id"), bulk(info.maxDeletedEntryId()),
						bulk("entries-added"), integer(info.entriesAdded()), bulk("recorded-first-entry-id"),
						bulk(info.recordedFirstEntryId()), bulk("groups"), integer(info.groups()), bulk("first-entry"),
						(info.firstEntry() != null) ? entry(info.firstEntry()) : Reply.NIL, bulk("last-entry"),
						(info.lastEntry() != null) ? entry(info.lastEntry()) : Reply.NIL));
	}

	private static Reply full(StreamFullInfo<String, String> info) {
		List<Reply> groups = new ArrayList<>();
		for (StreamFullInfo.Group group : info.groups()) {
			List<Reply> pending = new ArrayList<>();
			for (StreamFullInfo.Pending p : group.pending()) {
				pending.add(new Reply.Array(List.of(bulk(p.id()), bulk(p.consumer()),
						integer(p.deliveryTime().toEpochMilli()), integer(p.deliveryCount()))));
			}
			List<Reply> consumers = new ArrayList<>();
			for (StreamFullInfo.Consumer consumer : group.consumers()) {
				List<Reply> own = new ArrayList<>();
				for (StreamFullInfo.ConsumerPending p : consumer.pending()) {
					own.add(new Reply.Array(List.of(bulk(p.id()), integer(p.deliveryTime().toEpochMilli()),
							integer(p.deliveryCount()))));
				}
				consumers.add(new Reply.Map(List.of(bulk("name"), bulk(consumer.name()), bulk("seen-time"),
						integer(consumer.seenTime().toEpochMilli()), bulk("pel-count"), integer(consumer.pelCount()),
						bulk("pending"), new Reply.Array(own))));
			}
			groups.add(new Reply.Map(List.of(bulk("name"), bulk(group.name()), bulk("last-delivered-id"),
					bulk(group.lastDeliveredId()), bulk("entries-read"), nullable(group.entriesRead()), bulk("lag"),
					nullable(group.lag()), bulk("pel-count"), integer(group.pelCount()), bulk("pending"),
					new Reply.Array(pending), bulk("consumers"), new Reply.Array(consumers))));
		}
		return new Reply.Map(List.of(bulk("length"), integer(info.length()), bulk("radix-tree-keys"),
				integer(info.radixTreeKeys()), bulk("radix-tree-nodes"), integer(info.radixTreeNodes()),
				bulk("last-generated-id"), bulk(info.lastGeneratedId()), bulk("max-deleted-entry-id"),
				bulk(info.maxDeletedEntryId()), bulk("entries-added"), integer(info.entriesAdded()),
				bulk("recorded-first-entry-id"), bulk(info.recordedFirstEntryId()), bulk("entries"),
				entries(info.entries()), bulk("groups"), new Reply.Array(groups)));
	}

	// replies

	static Reply entry(StreamEntry<String, String> entry) {
		List<Map.Entry<String, String>> pairs = entry.pairs();
		if (pairs == null) {
			return new Reply.Array(List.of(bulk(entry.id()), Reply.NIL_ARRAY));
		}
		List<Reply> flat = new ArrayList<>(pairs.size() * 2);
		for (Map.Entry<String, String> pair : pairs) {
			flat.add(bulk(pair.getKey()));
			flat.add(bulk(pair.getValue()));
		}
		return new Reply.Array(List.of(bulk(entry.id()), new Reply.Array(flat)));
	}

	static Reply entries(List<StreamEntry<String, String>> entries) {
		List<Reply> reply = new ArrayList<>(entries.size());
		for (StreamEntry<String, String> entry : entries) {
			reply.add(entry(entry));
		}
		return new Reply.Array(reply);
	}

	/** XREAD's reply: an array of [key, entries] in RESP2, a map in RESP3. */
	static Reply streams(List<Map.Entry<String, List<StreamEntry<String, String>>>> streams, int protocol) {
		List<Reply> reply = new ArrayList<>();
		streams.forEach((stream) -> {
			String key = stream.getKey();
			List<StreamEntry<String, String>> entries = stream.getValue();
			if (protocol == 2) {
				reply.add(new Reply.Array(List.of(bulk(key), entries(entries))));
			}
			else {
				reply.add(bulk(key));
				reply.add(entries(entries));
			}
		});
		return (protocol == 2) ? new Reply.Array(reply) : new Reply.Map(reply);
	}

}
