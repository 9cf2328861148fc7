package io.redipy.memory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.redipy.api.ExpireCondition;
import io.redipy.api.ExpireTime;
import io.redipy.api.Expiration;
import io.redipy.api.KeyType;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.api.SetOptions;
import io.redipy.api.Ttl;
import io.redipy.command.CommandFlag;
import io.redipy.command.CommandReplies;
import io.redipy.command.CommandSpec;
import io.redipy.command.CommandTable;
import io.redipy.command.Reply;
import org.jspecify.annotations.Nullable;

/**
 * The endpoint's commands: each parses its arguments as Redis 7.0 does (with its error
 * replies), runs the same store operations as the typed API, and shapes the reply as
 * Redis does.
 */
final class RespCommands {

	private RespCommands() {
	}

	/** The command runs at once inside a transaction instead of being queued. */
	static final int TRANSACTION = 4;

	/** The command runs in RESP2's subscriber mode. */
	static final int SUBSCRIBER = 8;

	/**
	 * The command table: every command's arity, flags and keys, described once. The
	 * engine's handlers add only what they do.
	 */
	static final CommandTable TABLE = CommandTable.standard();

	private static final CommandReplies TABLE_REPLIES = new CommandReplies(TABLE);

	/**
	 * What the endpoint does for one command of the table (for a container such as
	 * {@code CLIENT}, for all its subcommands).
	 *
	 * @param name the name in lower case
	 * @param flags the engine's own: {@link #TRANSACTION}, {@link #SUBSCRIBER}
	 * @param handler what it does
	 */
	record Command(String name, int flags, Handler handler) {

		boolean has(int flag) {
			return (this.flags & flag) != 0;
		}

	}

	/**
	 * What a command does with its arguments. Each family of commands implements it with
	 * an enum whose constants are named after the commands and whose {@code switch} runs
	 * them: a lambda per command would cost the JVM a generated class each as the table
	 * loads (about half a millisecond apiece in a fresh JVM, which the endpoint's
	 * start-up cannot afford), and a {@code switch} dispatches at least as fast.
	 */
	interface Handler {

		/**
		 * Returns the command's name: its constant's, which {@link #add} reads in lower
		 * case.
		 */
		String name();

		/**
		 * Returns the engine's flags of the command: {@link #TRANSACTION},
		 * {@link #SUBSCRIBER}.
		 */
		default int flags() {
			return 0;
		}

		/**
		 * Runs the command; returns its reply, or null when it sent its replies itself.
		 */
		@Nullable Reply run(Call call);

	}

	private static final Map<String, Command> COMMANDS = new HashMap<>();

	/**
	 * Adds the handlers of a family of commands (called once per family as the class
	 * loads); each must name a command of the table, and no other handler that command.
	 */
	static void add(Handler[] handlers) {
		for (Handler handler : handlers) {
			String name = handler.name().toLowerCase(Locale.ROOT);
			if (TABLE.find(name) == null) {
				throw new IllegalStateException("'" + name + "' is not in the command table");
			}
			if (COMMANDS.containsKey(name)) {
				throw new IllegalStateException("'" + name + "' has two handlers");
			}
			COMMANDS.put(name, new Command(name, handler.flags(), handler));
		}
	}

	static {
		add(Handlers.values());
		RespSort.register();
		RespDump.register();
		RespListsAndHashes.register();
		RespSetsAndSortedSets.register();
		RespStreams.register();
		RespLcs.register();
		RespGeo.register();
		RespBitmaps.register();
		RespHyperLogLog.register();
		RespScripting.register();
	}

	/**
	 * The handlers of the commands this class serves: one constant per command, named
	 * after it, whose {@code switch} runs it (see {@link Handler} for why no lambdas).
	 */
	private enum Handlers implements Handler {

		// connection
		PING(SUBSCRIBER), ECHO, QUIT(TRANSACTION | SUBSCRIBER), RESET(TRANSACTION | SUBSCRIBER), AUTH, HELLO, SELECT,
		CLIENT,
		// server
		DBSIZE, FLUSHDB, FLUSHALL, SWAPDB, MOVE, TIME, INFO, CONFIG,
		// transactions
		MULTI(TRANSACTION), DISCARD(TRANSACTION), EXEC(TRANSACTION), WATCH(TRANSACTION), UNWATCH,
		// strings
		GET, SET, SETNX, SETEX, PSETEX, GETDEL, GETEX, GETSET, MGET, MSET, MSETNX, INCR, DECR, INCRBY, DECRBY,
		INCRBYFLOAT, APPEND, STRLEN, GETRANGE, SUBSTR, SETRANGE,
		// keys
		DEL, UNLINK, EXISTS, TYPE, EXPIRE, PEXPIRE, EXPIREAT, PEXPIREAT, TTL, PTTL, EXPIRETIME, PEXPIRETIME, TOUCH,
		PERSIST, RENAME, RENAMENX, COPY, KEYS, RANDOMKEY, SCAN, OBJECT,
		// pubsub
		PUBLISH, SUBSCRIBE(SUBSCRIBER), PSUBSCRIBE(SUBSCRIBER), UNSUBSCRIBE(SUBSCRIBER), PUNSUBSCRIBE(SUBSCRIBER),
		PUBSUB, SPUBLISH, SSUBSCRIBE(SUBSCRIBER), SUNSUBSCRIBE(SUBSCRIBER),
		// blocking
		BLPOP, BRPOP, BLMOVE, BRPOPLPUSH, BZPOPMIN, BZPOPMAX,
		// command
		COMMAND;

		private final int flags;

		Handlers() {
			this(0);
		}

		Handlers(int flags) {
			this.flags = flags;
		}

		@Override
		public int flags() {
			return this.flags;
		}

		@Override
		public @Nullable Reply run(Call c) {
			return switch (this) {
				// connection
				case PING -> ping(c);
				case ECHO -> new Reply.Bulk(c.args[1]);
				case QUIT -> quit(c);
				case RESET -> reset(c);
				case AUTH -> auth(c);
				case HELLO -> hello(c);
				case SELECT -> select(c);
				case CLIENT -> client(c);
				// server
				case DBSIZE -> integer(c.run((db) -> KeyOps.dbsize(db, "")));
				case FLUSHDB -> flushdb(c);
				case FLUSHALL -> flushall(c);
				case SWAPDB -> swapdb(c);
				case MOVE -> move(c);
				case TIME -> time(c);
				case INFO -> new Reply.Verbatim("txt",
						Info.info(c.session.endpoint, c.texts(1)).getBytes(StandardCharsets.UTF_8));
				case CONFIG -> config(c);
				// transactions
				case MULTI -> multi(c);
				case DISCARD -> discard(c);
				case EXEC -> exec(c);
				case WATCH -> watch(c);
				case UNWATCH -> unwatch(c);
				// strings
				case GET -> get(c);
				case SET -> set(c);
				case SETNX -> flag(c.client().setnx(c.text(1), c.text(2)));
				case SETEX -> setex(c, Expiration.Kind.EX, "setex");
				case PSETEX -> setex(c, Expiration.Kind.PX, "psetex");
				case GETDEL -> bulk(c.client().getdel(c.text(1)));
				case GETEX -> getex(c);
				case GETSET -> bulk(c.client().getset(c.text(1), c.text(2)));
				case MGET -> bulks(c.client().mget(c.texts(1)));
				case MSET -> {
					mset(c, "mset", false);
					yield Reply.OK;
				}
				case MSETNX -> flag(mset(c, "msetnx", true));
				case INCR -> integer(c.client().incr(c.text(1)));
				case DECR -> integer(c.client().decr(c.text(1)));
				case INCRBY -> integer(c.client().incrby(c.text(1), c.integer(2)));
				case DECRBY -> integer(c.client().decrby(c.text(1), c.integer(2)));
				case INCRBYFLOAT -> incrbyfloat(c);
				case APPEND -> integer(c.client().append(c.text(1), c.text(2)));
				case STRLEN -> integer(c.client().strlen(c.text(1)));
				case GETRANGE -> getrange(c);
				case SUBSTR -> getrange(c);
				case SETRANGE -> integer(c.client().setrange(c.text(1), c.integer(2), c.text(3)));
				// keys
				case DEL -> integer(c.client().del(c.texts(1)));
				case UNLINK -> integer(c.client().unlink(c.texts(1)));
				case EXISTS -> integer(c.client().exists(c.texts(1)));
				case TYPE -> simple(c.client().type(c.text(1)).name().toLowerCase(Locale.ROOT));
				case EXPIRE -> expire(c, "expire", 1000, false);
				case PEXPIRE -> expire(c, "pexpire", 1, false);
				case EXPIREAT -> expire(c, "expireat", 1000, true);
				case PEXPIREAT -> expire(c, "pexpireat", 1, true);
				case TTL -> ttl(c.client().ttl(c.text(1)), false);
				case PTTL -> ttl(c.client().pttl(c.text(1)), true);
				case EXPIRETIME -> expireTime(c.client().expiretime(c.text(1)), false);
				case PEXPIRETIME -> expireTime(c.client().pexpiretime(c.text(1)), true);
				case TOUCH -> integer(c.client().touch(c.texts(1)));
				case PERSIST -> flag(c.client().persist(c.text(1)));
				case RENAME -> rename(c);
				case RENAMENX -> flag(c.client().renamenx(c.text(1), c.text(2)));
				case COPY -> copy(c);
				case KEYS -> bulks(c.client().keys(c.text(1)));
				case RANDOMKEY -> bulk(c.client().randomkey());
				case SCAN -> scan(c);
				case OBJECT -> object(c);
				// pubsub
				case PUBLISH -> integer(c.store().pubSub().publish(c.text(1), c.text(2)));
				case SUBSCRIBE -> subscribe(c);
				case PSUBSCRIBE -> psubscribe(c);
				case UNSUBSCRIBE -> unsubscribe(c);
				case PUNSUBSCRIBE -> punsubscribe(c);
				case PUBSUB -> pubsubInfo(c);
				case SPUBLISH -> integer(c.store().pubSub().spublish(c.text(1), c.text(2)));
				case SSUBSCRIBE -> ssubscribe(c);
				case SUNSUBSCRIBE -> sunsubscribe(c);
				// blocking
				case BLPOP -> blockingPop(c, true);
				case BRPOP -> blockingPop(c, false);
				case BLMOVE -> blmove(c);
				case BRPOPLPUSH -> blockingMove(c, c.text(1), c.text(2), false, true, 3);
				case BZPOPMIN -> blockingZpop(c, false);
				case BZPOPMAX -> blockingZpop(c, true);
				// command
				case COMMAND -> TABLE_REPLIES.reply(java.util.Arrays.asList(c.args));
			};
		}

	}

	/** Returns the names of the commands the endpoint runs. */
	static java.util.Set<String> names() {
		return java.util.Collections.unmodifiableSet(COMMANDS.keySet());
	}

	/**
	 * Runs one command of a session: the table finds it and checks its arguments' count
	 * (with Redis's errors), then come authentication, subscriber mode and transactions,
	 * in the order Redis checks them.
	 * @return its reply, or null when it replied itself (or will)
	 */
	static @Nullable Reply dispatch(RespSession session, byte[][] args) {
		CommandTable.Resolution resolution = TABLE.resolve(java.util.Arrays.asList(args));
		if (resolution instanceof CommandTable.Resolution.Rejected rejected) {
			return reject(session, rejected.error(), Wire.upper(args[0]).equals("EXEC"));
		}
		CommandSpec spec = ((CommandTable.Resolution.Found) resolution).command();
		String name = spec.name();
		int bar = name.indexOf('|');
		Command command = COMMANDS.get((bar < 0) ? name : name.substring(0, bar));
		if (command == null) {
			return reject(session, CommandTable.unknownCommand(java.util.Arrays.asList(args)), false);
		}
		if (!session.authenticated && !spec.has(CommandFlag.NO_AUTH)) {
			return reject(session, Reply.error("NOAUTH Authentication required."), false);
		}
		if (!spec.has(CommandFlag.ALLOW_BUSY)) {
			String busy = session.endpoint.store.busyScript();
			if (busy != null) {
				return reject(session, Reply.error(busy), false);
			}
		}
		if (session.subscriberMode() && !command.has(SUBSCRIBER)) {
			return Reply.error("ERR Can't execute '" + name
					+ "': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context");
		}
		session.lastCommand = name;
		if (session.queued != null && !command.has(TRANSACTION)) {
			session.queued.add(args);
			return Reply.QUEUED;
		}
		return run(session, command, args);
	}

	/**
	 * A command refused before it ran: inside a transaction it makes {@code EXEC} fail,
	 * and a refused {@code EXEC} ends the transaction.
	 */
	private static Reply reject(RespSession session, Reply error, boolean exec) {
		if (session.queued != null) {
			if (exec) {
				session.discard();
			}
			else {
				session.queueFailed = true;
			}
		}
		return error;
	}

	/** Returns whether the endpoint runs a command of the table (a container's: all). */
	static boolean serves(CommandSpec spec) {
		String name = spec.name();
		int bar = name.indexOf('|');
		return COMMANDS.containsKey((bar < 0) ? name : name.substring(0, bar));
	}

	/**
	 * Runs a command of a script (whose checks {@link LuaScripting} made) on the script
	 * client's session.
	 * @return its reply, or null if it replied itself
	 */
	static @Nullable Reply runForScript(RespSession session, byte[][] args) {
		CommandSpec spec = TABLE.lookup(java.util.Arrays.asList(args));
		String name = spec.name();
		int bar = name.indexOf('|');
		return run(session, COMMANDS.get((bar < 0) ? name : name.substring(0, bar)), args);
	}

	/** Runs a command whose arity and access were checked. */
	static @Nullable Reply run(RespSession session, Command command, byte[][] args) {
		try {
			return command.handler.run(new Call(session, args));
		}
		catch (RuntimeException ex) {
			return RespSession.error(ex);
		}
	}

	/** One call: a session and the arguments of its command. */
	static final class Call {

		final RespSession session;

		final byte[][] args;

		Call(RespSession session, byte[][] args) {
			this.session = session;
			this.args = args;
		}

		int size() {
			return this.args.length;
		}

		/**
		 * An argument in store form; the store notes bytes that are not UTF-8 before any
		 * command stores them.
		 */
		String text(int index) {
			return Wire.text(this.args[index], store());
		}

		/** Arguments from an index on, in store form. */
		String[] texts(int from) {
			String[] result = new String[this.args.length - from];
			for (int i = from; i < this.args.length; i++) {
				result[i - from] = text(i);
			}
			return result;
		}

		/** An option word in upper case. */
		String word(int index) {
			return Wire.upper(this.args[index]);
		}

		boolean is(int index, String word) {
			return word.equals(word(index));
		}

		/** An integer argument, as Redis's {@code string2ll} reads it. */
		long integer(int index) {
			Long value = StringOps.parseLong(new String(this.args[index], StandardCharsets.ISO_8859_1));
			if (value == null) {
				throw Errors.error(Errors.NOT_INTEGER);
			}
			return value;
		}

		MemoryClient client() {
			return this.session.client;
		}

		MemoryStore store() {
			return this.session.endpoint.store;
		}

		<T> T run(Op<T> op) {
			return store().execute(this.session.db, op);
		}

		/** Runs an operation that changes nothing (without the lock where it can). */
		<T> T read(Op<T> op) {
			return store().read(this.session.db, op);
		}

	}

	// replies

	static Reply bulk(@Nullable String text) {
		return (text != null) ? new Reply.Bulk(Wire.bytes(text)) : Reply.NIL;
	}

	static Reply integer(long value) {
		return new Reply.Int(value);
	}

	static Reply flag(boolean value) {
		return new Reply.Int(value ? 1 : 0);
	}

	/**
	 * An array of bulk strings of store-form texts, as they are: the encoder writes each
	 * one's bytes straight into the output.
	 * @param texts the texts, owned by the reply from now on (a copy the store made)
	 */
	static Reply bulks(List<? extends @Nullable String> texts) {
		return new Reply.Texts(texts);
	}

	static Reply simple(String text) {
		return new Reply.Simple(text);
	}

	// connection

	private static Reply ping(Call c) {
		if (c.size() > 2) {
			throw Errors.error("ERR wrong number of arguments for 'ping' command");
		}
		if (c.session.subscriberMode()) {
			return new Reply.Array(List.of(bulk("pong"), (c.size() == 2) ? new Reply.Bulk(c.args[1]) : bulk("")));
		}
		return (c.size() == 2) ? new Reply.Bulk(c.args[1]) : simple("PONG");
	}

	private static @Nullable Reply quit(Call c) {
		c.session.output.reply(Reply.OK);
		c.session.output.close();
		return null;
	}

	private static Reply reset(Call c) {
		c.session.reset();
		return simple("RESET");
	}

	private static Reply auth(Call c) {
		if (c.size() > 3) {
			throw Errors.error(Errors.SYNTAX);
		}
		authenticate(c.session, (c.size() == 3) ? c.args[1] : null, c.args[c.size() - 1]);
		return Reply.OK;
	}

	private static Reply select(Call c) {
		c.session.select(dbIndex(c, 1, null));
		return Reply.OK;
	}

	private static void authenticate(RespSession session, byte @Nullable [] user, byte[] password) {
		if (!session.endpoint.needsPassword() && user == null) {
			throw Errors.error("ERR AUTH <password> called without any password configured for the default user. "
					+ "Are you sure your configuration is correct?");
		}
		boolean defaultUser = user == null || "default".equals(new String(user, StandardCharsets.UTF_8));
		if (!defaultUser || !session.endpoint.passwordMatches(password)) {
			throw Errors.error("WRONGPASS invalid username-password pair or user is disabled.");
		}
		session.authenticated = true;
	}

	private static Reply hello(Call c) {
		int protocol = c.session.protocol;
		int next = 1;
		if (c.size() > 1) {
			Long version = StringOps.parseLong(new String(c.args[1], StandardCharsets.ISO_8859_1));
			if (version == null) {
				throw Errors.error("ERR Protocol version is not an integer or out of range");
			}
			if (version < 2 || version > 3) {
				throw Errors.error("NOPROTO unsupported protocol version");
			}
			protocol = version.intValue();
			next = 2;
		}
		String name = null;
		for (int i = next; i < c.size(); i++) {
			boolean more = i + 1 < c.size();
			if (c.is(i, "AUTH") && i + 2 < c.size()) {
				authenticate(c.session, c.args[i + 1], c.args[i + 2]);
				i += 2;
			}
			else if (c.is(i, "SETNAME") && more) {
				name = clientName(c.args[i + 1]);
				i++;
			}
			else {
				throw Errors
					.error("ERR Syntax error in HELLO option '" + new String(c.args[i], StandardCharsets.UTF_8) + "'");
			}
		}
		if (!c.session.authenticated) {
			// Redis 7.0's words; later versions write "HELLO <proto> AUTH"
			throw Errors.error("NOAUTH HELLO must be called with the client already authenticated, otherwise the "
					+ "HELLO AUTH <user> <pass> option can be used to authenticate the client and select "
					+ "the RESP protocol version at the same time");
		}
		if (name != null) {
			c.session.name = name.isEmpty() ? null : name;
		}
		c.session.protocol = protocol;
		List<Reply> map = new ArrayList<>();
		map.add(bulk("server"));
		map.add(bulk("redis"));
		map.add(bulk("version"));
		map.add(bulk(Info.REDIS_VERSION));
		map.add(bulk("proto"));
		map.add(integer(protocol));
		map.add(bulk("id"));
		map.add(integer(c.session.id));
		map.add(bulk("mode"));
		map.add(bulk("standalone"));
		map.add(bulk("role"));
		map.add(bulk("master"));
		map.add(bulk("modules"));
		map.add(Reply.EMPTY_ARRAY);
		return new Reply.Map(map);
	}

	/** A client name as {@code CLIENT SETNAME} accepts it: no spaces or newlines. */
	private static String clientName(byte[] name) {
		for (byte b : name) {
			if (b < '!' || b > '~') {
				throw Errors.error("ERR Client names cannot contain spaces, newlines or special characters.");
			}
		}
		return new String(name, StandardCharsets.US_ASCII);
	}

	private static Reply client(Call c) {
		String sub = c.word(1);
		switch (sub) {
			case "ID" -> {
				arity(c, 2, "client|id");
				return integer(c.session.id);
			}
			case "SETNAME" -> {
				arity(c, 3, "client|setname");
				String name = clientName(c.args[2]);
				c.session.name = name.isEmpty() ? null : name;
				return Reply.OK;
			}
			case "GETNAME" -> {
				arity(c, 2, "client|getname");
				return bulk(c.session.name);
			}
			case "SETINFO" -> {
				arity(c, 4, "client|setinfo");
				String attribute = c.word(2);
				String value = clientName(c.args[3]);
				if (attribute.equals("LIB-NAME")) {
					c.session.libName = value;
				}
				else if (attribute.equals("LIB-VER")) {
					c.session.libVersion = value;
				}
				else {
					throw Errors.error("ERR Unrecognized option '" + c.text(2) + "'");
				}
				return Reply.OK;
			}
			case "NO-EVICT" -> {
				arity(c, 3, "client|no-evict");
				if (!c.is(2, "ON") && !c.is(2, "OFF")) {
					throw Errors.error(Errors.SYNTAX);
				}
				return Reply.OK;
			}
			case "INFO" -> {
				arity(c, 2, "client|info");
				return new Reply.Verbatim("txt", (Info.client(c.session) + "\n").getBytes(StandardCharsets.UTF_8));
			}
			case "LIST" -> {
				StringBuilder list = new StringBuilder();
				for (RespSession session : c.session.endpoint.sessions.values()) {
					list.append(Info.client(session)).append('\n');
				}
				return new Reply.Verbatim("txt", list.toString().getBytes(StandardCharsets.UTF_8));
			}
			case "KILL" -> {
				return clientKill(c);
			}
			case "UNBLOCK" -> {
				return clientUnblock(c);
			}
			default -> throw Errors.error("ERR unknown subcommand '" + c.text(1) + "'. Try CLIENT HELP.");
		}
	}

	private static Reply clientKill(Call c) {
		if (c.size() == 3) {
			String address = c.text(2);
			for (RespSession session : c.session.endpoint.sessions.values()) {
				if (Info.address(session.peer).equals(address)) {
					session.output.close();
					return Reply.OK;
				}
			}
			throw Errors.error("ERR No such client");
		}
		if (c.size() % 2 != 0) {
			throw Errors.error(Errors.SYNTAX);
		}
		long killed = 0;
		Long id = null;
		String address = null;
		String local = null;
		Boolean pubsub = null;
		boolean none = false;
		boolean skipMe = true;
		for (int i = 2; i < c.size(); i += 2) {
			switch (c.word(i)) {
				case "TYPE" -> {
					// Redis's client types; this endpoint has no masters or replicas, so
					// those types match no one
					switch (c.word(i + 1)) {
						case "NORMAL" -> pubsub = Boolean.FALSE;
						case "PUBSUB" -> pubsub = Boolean.TRUE;
						case "MASTER", "SLAVE", "REPLICA" -> none = true;
						default -> throw Errors.error("ERR Unknown client type '" + c.text(i + 1) + "'");
					}
				}
				case "USER" -> {
					// every client is the default user, the only one
					if (!"default".equals(c.text(i + 1))) {
						throw Errors.error("ERR No such user '" + c.text(i + 1) + "'");
					}
				}
				case "LADDR" -> local = c.text(i + 1);
				case "ID" -> {
					Long parsed = StringOps.parseLong(c.text(i + 1));
					if (parsed == null || parsed <= 0) {
						throw Errors.error("ERR client-id should be greater than 0");
					}
					id = parsed;
				}
				case "ADDR" -> address = c.text(i + 1);
				case "SKIPME" -> {
					if (c.is(i + 1, "YES")) {
						skipMe = true;
					}
					else if (c.is(i + 1, "NO")) {
						skipMe = false;
					}
					else {
						throw Errors.error(Errors.SYNTAX);
					}
				}
				default -> throw Errors.error(Errors.SYNTAX);
			}
		}
		for (RespSession session : c.session.endpoint.sessions.values()) {
			if ((id != null && session.id != id) || (address != null && !Info.address(session.peer).equals(address))
					|| (local != null && !Info.address(session.local).equals(local))
					|| (pubsub != null && pubsub != (session.subscriptions() > 0)) || (skipMe && session == c.session)
					|| none) {
				continue;
			}
			session.output.close();
			killed++;
		}
		return integer(killed);
	}

	private static Reply clientUnblock(Call c) {
		if (c.size() < 3 || c.size() > 4) {
			throw Errors.error("ERR wrong number of arguments for 'client|unblock' command");
		}
		long id = c.integer(2);
		boolean error = false;
		if (c.size() == 4) {
			if (c.is(3, "ERROR")) {
				error = true;
			}
			else if (!c.is(3, "TIMEOUT")) {
				throw Errors.error("ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR");
			}
		}
		RespSession target = c.session.endpoint.sessions.get(id);
		if (target == null) {
			return integer(0);
		}
		RuntimeException failure = error ? Errors.error("UNBLOCKED client unblocked via CLIENT UNBLOCK") : null;
		return flag(c.store().unblock(target, failure));
	}

	private static void arity(Call c, int arity, String name) {
		if (c.size() != arity) {
			throw Errors.error("ERR wrong number of arguments for '" + name + "' command");
		}
	}

	// server

	private static Reply flushdb(Call c) {
		flushMode(c);
		c.run((db) -> KeyOps.flushall(db, ""));
		return Reply.OK;
	}

	private static @Nullable Reply flushall(Call c) {
		flushMode(c);
		MemoryStore store = c.store();
		store.execute(0, (db) -> {
			for (int i = 0; i < MemoryStore.DATABASES; i++) {
				KeyOps.flushall(store.db(i), "");
			}
			return null;
		});
		return Reply.OK;
	}

	private static @Nullable Reply swapdb(Call c) {
		// both are read before either is checked, as Redis does
		int a = intArgument(c, 1, "ERR invalid first DB index");
		int b = intArgument(c, 2, "ERR invalid second DB index");
		checkDb(a);
		checkDb(b);
		MemoryStore store = c.store();
		store.execute(0, (db) -> {
			store.swap(a, b);
			return null;
		});
		return Reply.OK;
	}

	private static Reply move(Call c) {
		String key = c.text(1);
		int target = dbIndex(c, 2, null);
		if (target == c.session.db) {
			throw Errors.error("ERR source and destination objects are the same");
		}
		MemoryStore store = c.store();
		return flag(c.run((db) -> KeyOps.move(db, store.db(target), key)));
	}

	private static Reply time(Call c) {
		Instant now = c.store().clock().instant();
		long micros = now.getNano() / 1000;
		return bulks(List.of(Long.toString(now.getEpochSecond()), Long.toString(micros)));
	}

	private static void flushMode(Call c) {
		if (c.size() > 2 || (c.size() == 2 && !c.is(1, "ASYNC") && !c.is(1, "SYNC"))) {
			throw Errors.error(Errors.SYNTAX);
		}
	}

	/** A database index argument: an int, then in range. */
	private static int dbIndex(Call c, int index, @Nullable String error) {
		return checkDb(intArgument(c, index, error));
	}

	private static int checkDb(int index) {
		if (index < 0 || index >= MemoryStore.DATABASES) {
			throw Errors.error("ERR DB index is out of range");
		}
		return index;
	}

	/**
	 * An argument read as Redis's {@code getIntFromObjectOrReply} reads it: an integer,
	 * then within a C int, each failure answered with the given error or Redis's own.
	 */
	private static int intArgument(Call c, int index, @Nullable String error) {
		Long value = StringOps.parseLong(c.text(index));
		if (value == null) {
			throw Errors.error((error != null) ? error : "ERR value is not an integer or out of range");
		}
		if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			throw Errors.error((error != null) ? error
					: "ERR value is out of range, value must between -2147483648 and 2147483647");
		}
		return value.intValue();
	}

	private static Reply config(Call c) {
		EndpointConfig config = c.session.endpoint.config;
		switch (c.word(1)) {
			case "GET" -> {
				if (c.size() < 3) {
					throw Errors.error("ERR wrong number of arguments for 'config|get' command");
				}
				Map<String, String> found = new LinkedHashMap<>();
				for (int i = 2; i < c.size(); i++) {
					List<String> pairs = config.get(c.text(i));
					for (int j = 0; j < pairs.size(); j += 2) {
						found.put(pairs.get(j), pairs.get(j + 1));
					}
				}
				List<Reply> map = new ArrayList<>();
				found.forEach((name, value) -> {
					map.add(bulk(name));
					map.add(bulk(value));
				});
				return new Reply.Map(map);
			}
			case "SET" -> {
				if (c.size() < 4 || c.size() % 2 != 0) {
					throw Errors.error("ERR wrong number of arguments for 'config|set' command");
				}
				String error = config.set(List.of(c.texts(2)));
				if (error != null) {
					throw Errors.error(error);
				}
				return Reply.OK;
			}
			case "RESETSTAT" -> {
				arity(c, 2, "config|resetstat");
				c.session.endpoint.commandsProcessed.set(0);
				c.session.endpoint.connectionsReceived.set(0);
				return Reply.OK;
			}
			default -> throw Errors.error("ERR unknown subcommand '" + c.text(1) + "'. Try CONFIG HELP.");
		}
	}

	// blocking commands

	private static Reply blmove(Call c) {
		boolean fromLeft = side(c, 3);
		boolean toLeft = side(c, 4);
		return blockingMove(c, c.text(1), c.text(2), fromLeft, toLeft, 5);
	}

	private static boolean side(Call c, int index) {
		if (c.is(index, "LEFT")) {
			return true;
		}
		if (c.is(index, "RIGHT")) {
			return false;
		}
		throw Errors.error(Errors.SYNTAX);
	}

	/** A blocking command's timeout, as Redis reads it: seconds as a long double. */
	static long timeoutMillis(Call c, int index) {
		LongDouble.Parsed parsed = LongDouble.parse(new String(c.args[index], StandardCharsets.ISO_8859_1));
		if (parsed == null || !parsed.isFinite()) {
			throw Errors.error("ERR timeout is not a float or out of range");
		}
		java.math.BigDecimal millis = parsed.value()
			.multiply(java.math.BigDecimal.valueOf(1000))
			.setScale(0, java.math.RoundingMode.CEILING);
		if (millis.signum() < 0) {
			throw Errors.error("ERR timeout is negative");
		}
		return (millis.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) ? 0 : millis.longValue();
	}

	private static Reply blockingPop(Call c, boolean left) {
		long timeout = timeoutMillis(c, c.size() - 1);
		String[] keys = new String[c.size() - 2];
		for (int i = 1; i < c.size() - 1; i++) {
			keys[i - 1] = c.text(i);
		}
		return block(c, keys, timeout, ListValue.class, (db, key) -> {
			String value = ListOps.pop(db, key, left);
			return (value != null) ? bulks(List.of(key, value)) : null;
		}, Reply.NIL_ARRAY);
	}

	private static Reply blockingMove(Call c, String source, String destination, boolean fromLeft, boolean toLeft,
			int timeoutIndex) {
		long timeout = timeoutMillis(c, timeoutIndex);
		return block(c, new String[] { source }, timeout, ListValue.class, (db, key) -> {
			String value = ListOps.lmove(db, key, destination, fromLeft, toLeft);
			return (value != null) ? bulk(value) : null;
		}, Reply.NIL);
	}

	private static Reply blockingZpop(Call c, boolean max) {
		long timeout = timeoutMillis(c, c.size() - 1);
		String[] keys = new String[c.size() - 2];
		for (int i = 1; i < c.size() - 1; i++) {
			keys[i - 1] = c.text(i);
		}
		return block(c, keys, timeout, ZSetValue.class, (db, key) -> {
			List<io.redipy.api.ScoredMember> popped = ZSetOps.zpop(db, key, 1, max);
			if (popped.isEmpty()) {
				return null;
			}
			return new Reply.Array(
					List.of(bulk(key), bulk(popped.get(0).member()), new Reply.Double(popped.get(0).score())));
		}, Reply.NIL_ARRAY);
	}

	/**
	 * Runs a blocking command: takes from the first key that holds a value of the type,
	 * else waits without holding the connection's thread (in a transaction it answers at
	 * once, as Redis does).
	 * @param inTransaction the reply when a transaction finds nothing to take
	 */
	static @Nullable Reply block(Call c, String[] keys, long timeoutMillis, Class<?> type,
			java.util.function.BiFunction<Db, String, @Nullable Reply> pop, Reply inTransaction) {
		MemoryStore.Attempt<Reply> attempt = MemoryStore.Attempt.firstOf(keys, type, pop);
		RespSession session = c.session;
		if (session.inExec) {
			Reply now = c.run((db) -> attempt.run(db, true));
			return (now != null) ? now : inTransaction;
		}
		session.block();
		c.store().blockAsync(session.db, attempt, keys, timeoutMillis, session, (result, failure) -> {
			Reply reply = (failure != null) ? RespSession.error(failure) : (result != null) ? result : Reply.NIL_ARRAY;
			session.unblocked(reply);
		});
		return null;
	}

	// pub/sub

	private static @Nullable Reply subscribe(Call c) {
		for (String channel : c.texts(1)) {
			c.session.channels.add(channel);
			c.store().pubSub().add(c.session);
			c.session.output.push(change("subscribe", channel, c.session));
		}
		return null;
	}

	private static @Nullable Reply psubscribe(Call c) {
		for (String pattern : c.texts(1)) {
			c.session.patterns.putIfAbsent(pattern, new Glob(pattern));
			c.store().pubSub().add(c.session);
			c.session.output.push(change("psubscribe", pattern, c.session));
		}
		return null;
	}

	private static @Nullable Reply unsubscribe(Call c) {
		List<String> names = (c.size() > 1) ? List.of(c.texts(1)) : new ArrayList<>(c.session.channels);
		leave(c, names, "unsubscribe", c.session.channels::remove);
		return null;
	}

	private static @Nullable Reply punsubscribe(Call c) {
		List<String> names = (c.size() > 1) ? List.of(c.texts(1)) : new ArrayList<>(c.session.patterns.keySet());
		leave(c, names, "punsubscribe", (name) -> c.session.patterns.remove(name));
		return null;
	}

	private static @Nullable Reply ssubscribe(Call c) {
		if (c.session.inExec) {
			// as Redis 7.0: a transaction denies blocking, and SSUBSCRIBE, unlike
			// SUBSCRIBE, has no exception for it
			throw Errors.error("ERR SSUBSCRIBE isn't allowed for a DENY BLOCKING client");
		}
		for (String channel : c.texts(1)) {
			c.session.shardChannels.add(channel);
			c.store().pubSub().add(c.session);
			c.session.output.push(change("ssubscribe", channel, c.session));
		}
		return null;
	}

	private static @Nullable Reply sunsubscribe(Call c) {
		List<String> names = (c.size() > 1) ? List.of(c.texts(1)) : new ArrayList<>(c.session.shardChannels);
		leave(c, names, "sunsubscribe", c.session.shardChannels::remove);
		return null;
	}

	/**
	 * A subscription change's push: the kind, the name and, as Redis 7.0 counts, the
	 * session's shard channels for the shard kinds, its channels and patterns otherwise.
	 */
	private static Reply.Push change(String kind, @Nullable String name, RespSession session) {
		long count = (kind.equals("ssubscribe") || kind.equals("sunsubscribe")) ? session.shardChannels.size()
				: session.channels.size() + session.patterns.size();
		return new Reply.Push(List.of(bulk(kind), bulk(name), integer(count)));
	}

	private static void leave(Call c, List<String> names, String kind, java.util.function.Consumer<String> remove) {
		if (names.isEmpty()) {
			c.session.output.push(change(kind, null, c.session));
		}
		for (String name : names) {
			remove.accept(name);
			c.session.output.push(change(kind, name, c.session));
		}
		if (c.session.subscriptions() == 0) {
			c.store().pubSub().remove(c.session);
		}
	}

	private static Reply pubsubInfo(Call c) {
		PubSub pubSub = c.store().pubSub();
		switch (c.word(1)) {
			case "CHANNELS", "SHARDCHANNELS" -> {
				if (c.size() > 3) {
					throw Errors.error("ERR unknown subcommand or wrong number of arguments for '" + c.text(1)
							+ "'. Try PUBSUB HELP.");
				}
				return bulks(new ArrayList<>(
						pubSub.channels((c.size() == 3) ? c.text(2) : null, c.word(1).startsWith("SHARD"))));
			}
			case "NUMSUB", "SHARDNUMSUB" -> {
				boolean shard = c.word(1).startsWith("SHARD");
				List<Reply> counts = new ArrayList<>();
				for (int i = 2; i < c.size(); i++) {
					counts.add(bulk(c.text(i)));
					counts.add(integer(pubSub.subscribers(c.text(i), shard)));
				}
				return new Reply.Array(counts);
			}
			case "NUMPAT" -> {
				arity(c, 2, "pubsub|numpat");
				return integer(pubSub.patterns());
			}
			default -> throw Errors.error("ERR unknown subcommand '" + c.text(1) + "'. Try PUBSUB HELP.");
		}
	}

	// transactions

	private static Reply multi(Call c) {
		if (c.session.queued != null) {
			throw Errors.error("ERR MULTI calls can not be nested");
		}
		c.session.multi();
		return Reply.OK;
	}

	private static Reply discard(Call c) {
		if (c.session.queued == null) {
			throw Errors.error("ERR DISCARD without MULTI");
		}
		c.session.discard();
		c.session.watched.clear();
		return Reply.OK;
	}

	private static @Nullable Reply watch(Call c) {
		if (c.session.queued != null) {
			throw Errors.error("ERR WATCH inside MULTI is not allowed");
		}
		String[] keys = c.texts(1);
		int index = c.session.db;
		c.run((db) -> {
			long now = db.now();
			for (String key : keys) {
				Keyspace.Entry entry = db.keyspace.find(key);
				c.session.watched.add((entry != null)
						? new RespSession.Watched(index, key, entry, entry.value, RespSession.versionOf(entry.value),
								entry.expireAt, entry.expireAt != 0 && entry.expireAt <= now)
						: new RespSession.Watched(index, key, null, null, 0, 0, false));
			}
			return null;
		});
		return Reply.OK;
	}

	private static Reply unwatch(Call c) {
		c.session.watched.clear();
		return Reply.OK;
	}

	private static Reply exec(Call c) {
		RespSession session = c.session;
		List<byte[][]> queued = session.queued;
		if (queued == null) {
			throw Errors.error("ERR EXEC without MULTI");
		}
		boolean failed = session.queueFailed;
		session.discard();
		List<RespSession.Watched> watched = new ArrayList<>(session.watched);
		session.watched.clear();
		if (failed) {
			throw Errors.error("EXECABORT Transaction discarded because of previous errors.");
		}
		// one locked section: no other client's command runs between the check of the
		// watched keys and the commands
		MemoryStore store = c.store();
		session.inExec = true;
		try {
			return store.atomically(() -> {
				for (RespSession.Watched key : watched) {
					if (key.changed(store)) {
						return Reply.NIL_ARRAY;
					}
				}
				return execAll(session, queued);
			});
		}
		finally {
			session.inExec = false;
		}
	}

	private static Reply execAll(RespSession session, List<byte[][]> queued) {
		{
			List<Reply> replies = new ArrayList<>(queued.size());
			for (byte[][] args : queued) {
				String name = Wire.upper(args[0]).toLowerCase(Locale.ROOT);
				Command command = COMMANDS.get(name);
				Reply reply = (command != null) ? run(session, command, args)
						: CommandTable.unknownCommand(java.util.Arrays.asList(args));
				if (reply != null) {
					replies.add(reply);
				}
			}
			return new Reply.Array(replies);
		}
	}

	// strings

	private static Reply get(Call c) {
		// the value's bytes as stored: no text in between, however large
		String key = c.text(1);
		Object value = c.read((db) -> db.getStringValue(key));
		return (value != null) ? new Reply.Bulk(Wire.valueBytes(value)) : Reply.NIL;
	}

	private static Reply incrbyfloat(Call c) {
		String key = c.text(1);
		String increment = c.text(2);
		return bulk(c.run((db) -> StringOps.incrbyfloat(db, key, increment)));
	}

	/** GETRANGE's bytes as they are: a range may cut a character apart. */
	private static Reply getrange(Call c) {
		String key = c.text(1);
		long start = c.integer(2);
		long end = c.integer(3);
		return new Reply.Bulk(c.run((db) -> StringOps.getrangeBytes(db, key, start, end)));
	}

	/** MSET and MSETNX: keys and values in the order given, values as their bytes. */
	private static boolean mset(Call c, String name, boolean nx) {
		if (c.size() % 2 == 0) {
			throw Errors.error("ERR wrong number of arguments for '" + name + "' command");
		}
		int pairs = (c.size() - 1) / 2;
		String[] keys = new String[pairs];
		for (int i = 0; i < pairs; i++) {
			keys[i] = c.text(1 + 2 * i);
		}
		return c.run((db) -> {
			Object[] values = new Object[pairs];
			for (int i = 0; i < pairs; i++) {
				values[i] = Wire.value(db, c.args[2 + 2 * i]);
			}
			return StringOps.mset(db, keys, values, nx);
		});
	}

	private static Reply set(Call c) {
		SetOptions.Condition condition = SetOptions.Condition.ALWAYS;
		Expiration.Kind kind = null;
		int amountAt = -1;
		boolean get = false;
		for (int i = 3; i < c.size(); i++) {
			String word = c.word(i);
			boolean more = i + 1 < c.size();
			if (word.equals("NX") && condition == SetOptions.Condition.ALWAYS) {
				condition = SetOptions.Condition.NX;
			}
			else if (word.equals("XX") && condition == SetOptions.Condition.ALWAYS) {
				condition = SetOptions.Condition.XX;
			}
			else if (word.equals("GET")) {
				get = true;
			}
			else if (word.equals("KEEPTTL") && kind == null) {
				kind = Expiration.Kind.KEEPTTL;
			}
			else if (more && kind == null
					&& (word.equals("EX") || word.equals("PX") || word.equals("EXAT") || word.equals("PXAT"))) {
				kind = Expiration.Kind.valueOf(word);
				amountAt = ++i;
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		Expiration expiration = (kind == null) ? null : new Expiration(kind, (amountAt > 0) ? c.integer(amountAt) : 0);
		SetOptions options = new SetOptions(condition, expiration);
		String key = c.text(1);
		byte[] value = c.args[2];
		boolean previous = get;
		Object result = c.run((db) -> StringOps.setValue(db, key, Wire.value(db, value), options, previous));
		if (get) {
			return (result != null) ? new Reply.Bulk(Wire.valueBytes(result)) : Reply.NIL;
		}
		return (result == Boolean.TRUE) ? Reply.OK : Reply.NIL;
	}

	private static Reply setex(Call c, Expiration.Kind kind, String name) {
		long amount = c.integer(2);
		Expiration expiration = new Expiration(kind, amount);
		// checked here too, so that the error names this command (SET names 'set')
		c.run((db) -> StringOps.deadline(db, expiration, name));
		c.client().set(c.text(1), c.text(3), new SetOptions(SetOptions.Condition.ALWAYS, expiration));
		return Reply.OK;
	}

	private static Reply getex(Call c) {
		Expiration expiration = null;
		for (int i = 2; i < c.size(); i++) {
			String word = c.word(i);
			boolean more = i + 1 < c.size();
			if (expiration == null && word.equals("PERSIST")) {
				expiration = Expiration.persist();
			}
			else if (expiration == null && more
					&& (word.equals("EX") || word.equals("PX") || word.equals("EXAT") || word.equals("PXAT"))) {
				expiration = new Expiration(Expiration.Kind.valueOf(word), 0);
				i++;
				// the amount is read once the options are known to be valid
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		if (expiration == null) {
			return bulk(c.client().get(c.text(1)));
		}
		String key = c.text(1);
		Expiration options = expiration;
		Object value = c.run((db) -> {
			// Redis reads the amount only once it found a string: a missing key answers
			// nil (and misses), another type WRONGTYPE, whatever the amount
			if (db.getStringValue(key) == null) {
				return null;
			}
			Expiration given = (options.kind() != Expiration.Kind.PERSIST)
					? new Expiration(options.kind(), c.integer(c.size() - 1)) : options;
			return StringOps.getexValue(db, key, given);
		});
		return (value != null) ? new Reply.Bulk(Wire.valueBytes(value)) : Reply.NIL;
	}

	// keys

	private static Reply rename(Call c) {
		c.client().rename(c.text(1), c.text(2));
		return Reply.OK;
	}

	private static Reply object(Call c) {
		String sub = c.word(1);
		if (sub.equals("HELP")) {
			return RespStreams.help(List
				.of("OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:", "ENCODING <key>",
						"    Tells how the value of <key> is held (as Redis 7.0 would hold it).", "FREQ <key>",
						"    Tells how often <key> was accessed (with an LFU maxmemory policy only).", "IDLETIME <key>",
						"    Tells how many seconds ago <key> was accessed.", "REFCOUNT <key>",
						"    Tells how many references the value of <key> has.", "HELP", "    Prints this help.")
				.toArray(new String[0]));
		}
		String key = c.text(2);
		Object value = c.run((db) -> {
			Keyspace.Entry entry = db.entry(key);
			return (entry != null) ? entry.value : null;
		});
		if (value == null) {
			return Reply.NIL;
		}
		String policy = c.session.endpoint.config.value("maxmemory-policy");
		boolean lfu = policy.contains("lfu");
		return switch (sub) {
			case "ENCODING" -> bulk(encoding(value));
			case "REFCOUNT" -> integer(sharedInteger(value) ? Integer.MAX_VALUE : 1);
			case "IDLETIME" -> {
				if (lfu) {
					throw Errors.error("ERR An LFU maxmemory policy is selected, idle time not tracked. Please note "
							+ "that when switching between policies at runtime LRU and LFU data will take some time to "
							+ "adjust.");
				}
				yield integer(0);
			}
			case "FREQ" -> {
				if (!lfu) {
					throw Errors.error("ERR An LFU maxmemory policy is not selected, access frequency not tracked. "
							+ "Please note that when switching between policies at runtime LRU and LFU data will take "
							+ "some time to adjust.");
				}
				yield integer(0);
			}
			default -> throw Errors.error("ERR unknown subcommand '" + c.text(1) + "'. Try OBJECT HELP.");
		};
	}

	/** The encoding Redis 7.0 reports for a value of this content. */
	static String encoding(Object value) {
		if (value instanceof ListValue) {
			return "quicklist";
		}
		if (value instanceof StreamValue) {
			return "stream";
		}
		if (value instanceof SetValue set) {
			return set.isIntset() ? "intset" : "hashtable";
		}
		if (value instanceof ZSetValue zset) {
			return zset.isCompact() ? "listpack" : "skiplist";
		}
		if (value instanceof HashValue hash) {
			// hash-max-listpack-entries is 512 (zset-max-listpack-entries is 128)
			if (hash.size() > 512) {
				return "hashtable";
			}
			for (Map.Entry<String, String> entry : hash.entrySet()) {
				if (Strings.utf8Length(entry.getKey()) > 64 || Strings.utf8Length(entry.getValue()) > 64) {
					return "hashtable";
				}
			}
			return "listpack";
		}
		long length = Strings.length(value);
		if (length <= 20 && StringOps.parseLong(Strings.text(value)) != null) {
			return "int";
		}
		return (length <= 44) ? "embstr" : "raw";
	}

	/** Whether Redis would share the value: a small integer. */
	private static boolean sharedInteger(Object value) {
		if (!Strings.isString(value) || Strings.length(value) > 20) {
			return false;
		}
		Long number = StringOps.parseLong(Strings.text(value));
		return number != null && number >= 0 && number < 10_000;
	}

	private static Reply expire(Call c, String name, long unit, boolean absolute) {
		boolean nx = false;
		boolean xx = false;
		boolean gt = false;
		boolean lt = false;
		for (int i = 3; i < c.size(); i++) {
			switch (c.word(i)) {
				case "NX" -> nx = true;
				case "XX" -> xx = true;
				case "GT" -> gt = true;
				case "LT" -> lt = true;
				// Redis formats the option with %s, which ends at a NUL byte
				default -> throw Errors.error("ERR Unsupported option " + c.text(i).split("\0", 2)[0]);
			}
		}
		if (nx && (xx || gt || lt)) {
			throw Errors.error("ERR NX and XX, GT or LT options at the same time are not compatible");
		}
		if (gt && lt) {
			throw Errors.error("ERR GT and LT options at the same time are not compatible");
		}
		// the options are checked before the time, as Redis checks them
		long amount = c.integer(2);
		ExpireCondition condition = nx ? ExpireCondition.NX
				: gt ? ExpireCondition.GT : lt ? ExpireCondition.LT : xx ? ExpireCondition.XX : ExpireCondition.ALWAYS;
		// GT already skips keys without expiry; LT with XX must skip them too
		boolean volatileOnly = xx && lt;
		String key = c.text(1);
		return flag(c.run((db) -> KeyOps.expire(db, key, amount, unit, absolute, condition, volatileOnly, name)));
	}

	private static Reply ttl(Ttl ttl, boolean millis) {
		if (!ttl.exists()) {
			return integer(-2);
		}
		if (ttl.remaining() == null) {
			return integer(-1);
		}
		return integer(millis ? ttl.remaining().toMillis() : Math.round(ttl.remaining().toMillis() / 1000.0));
	}

	private static Reply expireTime(ExpireTime time, boolean millis) {
		if (!time.exists()) {
			return integer(-2);
		}
		Instant at = time.instant();
		if (at == null) {
			return integer(-1);
		}
		return integer(millis ? at.toEpochMilli() : at.getEpochSecond());
	}

	private static Reply copy(Call c) {
		boolean replace = false;
		Integer target = null;
		for (int i = 3; i < c.size(); i++) {
			if (c.is(i, "REPLACE")) {
				replace = true;
			}
			else if (c.is(i, "DB") && i + 1 < c.size()) {
				target = dbIndex(c, ++i, null);
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		String source = c.text(1);
		String destination = c.text(2);
		boolean overwrite = replace;
		if (target == null || target == c.session.db) {
			if (source.equals(destination)) {
				throw Errors.error("ERR source and destination objects are the same");
			}
			return flag(c.run((db) -> KeyOps.copy(db, source, destination, overwrite)));
		}
		MemoryStore store = c.store();
		int other = target;
		return flag(c.run((db) -> KeyOps.copy(db, store.db(other), source, destination, overwrite)));
	}

	private static @Nullable KeyType typeNamed(String name) {
		for (KeyType type : KeyType.values()) {
			if (type != KeyType.NONE && type.toString().equalsIgnoreCase(name)) {
				return type;
			}
		}
		return null;
	}

	private static Reply scan(Call c) {
		String cursor = c.text(1);
		String match = null;
		Long count = null;
		String type = null;
		for (int i = 2; i < c.size(); i++) {
			boolean more = i + 1 < c.size();
			if (c.is(i, "MATCH") && more) {
				match = c.text(++i);
			}
			else if (c.is(i, "COUNT") && more) {
				count = c.integer(++i);
				if (count < 1) {
					throw Errors.error(Errors.SYNTAX);
				}
			}
			else if (c.is(i, "TYPE") && more) {
				type = c.text(++i).toLowerCase(Locale.ROOT);
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		KeyType keyType = null;
		boolean none = false;
		if (type != null) {
			// a type no key has matches none, as in Redis 7.0
			keyType = typeNamed(type);
			none = keyType == null;
		}
		long start = KeyOps.parseCursor(cursor);
		ScanOptions options = new ScanOptions(match, count, keyType);
		ScanPage<String> page = c.run((db) -> KeyOps.scan(db, start, options, ""));
		List<Reply> reply = new ArrayList<>(2);
		reply.add(bulk(page.cursor()));
		reply.add(none ? Reply.EMPTY_ARRAY : bulks(page.items()));
		return new Reply.Array(reply);
	}

}
