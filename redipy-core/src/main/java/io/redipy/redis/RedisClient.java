package io.redipy.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.redipy.CommandException;
import io.redipy.RedipyClient;
import io.redipy.api.AbstractBatch;
import io.redipy.api.Args;
import io.redipy.api.AutoClaim;
import io.redipy.api.Batch;
import io.redipy.api.BitFieldArgs;
import io.redipy.api.BitOperation;
import io.redipy.api.BitUnit;
import io.redipy.api.ClaimOptions;
import io.redipy.api.Codec;
import io.redipy.api.Commands;
import io.redipy.api.Durations;
import io.redipy.api.Expiration;
import io.redipy.api.ExpireCondition;
import io.redipy.api.ExpireTime;
import io.redipy.api.HashEntry;
import io.redipy.api.KeyType;
import io.redipy.api.KeyValue;
import io.redipy.api.KeyValues;
import io.redipy.api.KeyedScoredMember;
import io.redipy.api.KeyedScoredMembers;
import io.redipy.api.GeoAddOptions;
import io.redipy.api.GeoCoordinates;
import io.redipy.api.GeoMember;
import io.redipy.api.GeoResult;
import io.redipy.api.GeoSearch;
import io.redipy.api.GeoUnit;
import io.redipy.api.LcsMatches;
import io.redipy.api.LexRange;
import io.redipy.api.ListPosition;
import io.redipy.api.ListSide;
import io.redipy.api.LposOptions;
import io.redipy.api.MessageListener;
import io.redipy.api.OpenSubscriptions;
import io.redipy.api.PendingEntry;
import io.redipy.api.PendingQuery;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.api.ScriptReply;
import io.redipy.api.ScoreRange;
import io.redipy.api.ScoreSide;
import io.redipy.api.ScoredMember;
import io.redipy.api.SetOptions;
import io.redipy.api.SortArgs;
import io.redipy.api.StreamAddOptions;
import io.redipy.api.StreamConsumerInfo;
import io.redipy.api.StreamEntry;
import io.redipy.api.StreamFullInfo;
import io.redipy.api.StreamGroupInfo;
import io.redipy.api.StreamInfo;
import io.redipy.api.StreamPending;
import io.redipy.api.StreamReadOptions;
import io.redipy.api.StreamTrim;
import io.redipy.api.Subscription;
import io.redipy.api.Ttl;
import io.redipy.api.TypedCommands;
import io.redipy.api.RestoreOptions;
import io.redipy.api.ZAddOptions;
import io.redipy.api.ZRange;
import io.redipy.api.ZStoreOptions;
import io.redipy.codec.CodecCommands;
import io.redipy.script.RegisteredScript;
import io.redipy.script.Script;
import io.redipy.script.ScriptRunner;
import io.redipy.script.ir.RawText;
import io.redipy.script.lua.LuaScript;
import org.jspecify.annotations.Nullable;

/**
 * The Redis backend's client: builds each command's arguments (with the key prefix) and
 * decoder, and runs it (or records it, for a batch).
 */
final class RedisClient implements RedipyClient, ScriptRunner {

	/**
	 * Counts or deletes the keys of a prefix atomically: ARGV[1] pattern, ARGV[2] delete?
	 */
	private static final String PREFIX_SCRIPT = """
			local cursor = '0'
			local count = 0
			repeat
			  local page = redis.call('SCAN', cursor, 'MATCH', ARGV[1], 'COUNT', 1000)
			  cursor = page[1]
			  local keys = page[2]
			  count = count + #keys
			  if ARGV[2] == '1' then
			    -- one key a call: a cluster node refuses a call whose keys span its slots
			    for _, key in ipairs(keys) do redis.call('UNLINK', key) end
			  end
			until cursor == '0'
			return count
			""";

	/**
	 * A random key of a prefix: ARGV[1] prefix, ARGV[2] pattern, ARGV[3] a random
	 * fraction.
	 */
	private static final String RANDOM_KEY_SCRIPT = """
			for i = 1, 16 do
			  local key = redis.call('RANDOMKEY')
			  if not key then return false end
			  if string.sub(key, 1, #ARGV[1]) == ARGV[1] then return key end
			end
			local all = {}
			local cursor = '0'
			repeat
			  local page = redis.call('SCAN', cursor, 'MATCH', ARGV[2], 'COUNT', 1000)
			  cursor = page[1]
			  for _, key in ipairs(page[2]) do all[#all + 1] = key end
			until cursor == '0'
			if #all == 0 then return false end
			return all[math.floor(tonumber(ARGV[3]) * #all) + 1]
			""";

	private final RedisBackend backend;

	private final String prefix;

	private final @Nullable RedisBatch recording;

	/**
	 * The open subscriptions made through this client, closed with it; once closed,
	 * blocking calls and subscriptions are refused.
	 */
	private final OpenSubscriptions subscriptions = new OpenSubscriptions();

	/**
	 * Whether results are in store form (see {@link RawText}), bytes that are not UTF-8
	 * escaped, as the memory backend's store-form client gives them; otherwise they are
	 * decoded as UTF-8 with U+FFFD, the {@code String} API. Arguments are sent in store
	 * form either way.
	 */
	private final boolean raw;

	RedisClient(RedisBackend backend, String prefix) {
		this(backend, prefix, null, false);
	}

	private RedisClient(RedisBackend backend, String prefix, @Nullable RedisBatch recording, boolean raw) {
		this.backend = backend;
		this.prefix = prefix;
		this.recording = recording;
		this.raw = raw;
	}

	/**
	 * Returns a client on the same backend and prefix whose arguments and results are in
	 * store form (see {@link RawText}): what the codec view and tests that compare the
	 * backends byte for byte run on.
	 * @return the store-form client
	 */
	RedisClient rawView() {
		return new RedisClient(this.backend, this.prefix, null, true);
	}

	private <T> T run(RedisCommand<T> command) {
		RedisCommand<T> viewed = view(command);
		if (this.recording != null) {
			throw this.recording.record(viewed);
		}
		return this.backend.execute(viewed);
	}

	/**
	 * A command as this client reads its reply: for a store-form client, the reply tree
	 * goes through {@link Replies#storeForm} before the command's own decoder, one step
	 * for every command instead of a mode in each decoder.
	 */
	private <T> RedisCommand<T> view(RedisCommand<T> command) {
		if (!this.raw || command.name().equals("DUMP")) {
			// a DUMP payload is bytes, never text
			return command;
		}
		return new RedisCommand<>(command.name(), command.args(), (reply) -> command.decode(Replies.storeForm(reply)),
				command.errors(), command.spread(), command.route());
	}

	private static RedisCommand.Args args() {
		return new RedisCommand.Args();
	}

	private String k(String key) {
		Objects.requireNonNull(key, "key");
		return this.prefix + key;
	}

	private String[] ks(String... keys) {
		Args.some("keys", keys);
		String[] result = new String[keys.length];
		for (int i = 0; i < keys.length; i++) {
			result[i] = this.prefix + keys[i];
		}
		return result;
	}

	private String unprefix(String key) {
		return key.substring(this.prefix.length());
	}

	/**
	 * A keyspace command (one without keys that works on all the client's keys): with a
	 * key prefix that has a hash tag, all those keys are in the tag's slot, so a Redis
	 * Cluster runs it on that slot's node only.
	 */
	private <T> RedisCommand<T> keyspace(RedisCommand<T> command) {
		return io.redipy.command.Slots.hasTag(this.prefix) ? command.routedBy(RawText.encode(this.prefix)) : command;
	}

	/** Escapes the prefix for a glob pattern. */
	private String prefixPattern(String pattern) {
		StringBuilder escaped = new StringBuilder();
		for (char c : this.prefix.toCharArray()) {
			if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.append(pattern).toString();
	}

	@Override
	public Batch batch() {
		return new RedisBatch(this.backend, this.prefix, this.raw);
	}

	@Override
	public <R> RegisteredScript<R> register(Script<R> script) {
		if (this.backend.isCluster() && !io.redipy.command.Slots.hasTag(this.prefix)) {
			// with a hash-tagged prefix every key is in the tag's slot, on one node
			script.checkRunsOnACluster();
		}
		RegisteredScript<R> registered = new RegisteredScript<>(script, this);
		registered.luaScript();
		return registered;
	}

	@Override
	public <R> @Nullable R runScript(RegisteredScript<R> script, Map<String, String> keys, Map<String, ?> args) {
		RegisteredScript.Bound bound = script.bind(keys, args);
		LuaScript lua = script.luaScript();
		List<byte[]> keyBytes = lua.keys(this.prefix, bound.keys());
		List<byte[]> argv = lua.argv(this.prefix, bound.args());
		if (this.recording != null) {
			// a transaction cannot recover from NOSCRIPT: send the text
			return run(evalCommand("EVAL", lua.text(), lua, keyBytes, argv));
		}
		try {
			return run(evalCommand("EVALSHA", lua.sha1(), lua, keyBytes, argv));
		}
		catch (CommandException ex) {
			if (!String.valueOf(ex.getMessage()).startsWith("NOSCRIPT")) {
				throw ex;
			}
			return run(evalCommand("EVAL", lua.text(), lua, keyBytes, argv));
		}
	}

	/**
	 * The call of a script; one without keys goes where keyspace commands go (with a
	 * hash-tagged prefix, to the tag's node on a cluster).
	 */
	@SuppressWarnings("unchecked")
	private <R> RedisCommand<R> evalCommand(String name, String script, LuaScript lua, List<byte[]> keys,
			List<byte[]> argv) {
		RedisCommand.Args args = args().raw(script).add(keys.size());
		keys.forEach(args::bytes);
		argv.forEach(args::bytes);
		RedisCommand<R> command = args.command(name, (reply) -> (R) lua.decode(reply))
			.mapErrors((error) -> String.valueOf(error.getMessage()).startsWith("NOSCRIPT") ? error
					: lua.failure(error.getMessage(), error));
		return keys.isEmpty() ? keyspace(command) : command;
	}

	@Override
	public <K, V> TypedCommands<K, V> withCodecs(Codec<K> keys, Codec<V> values) {
		return new CodecCommands<>(this.raw ? this : rawView(), keys, values);
	}

	@Override
	public String backend() {
		return "redis";
	}

	@Override
	public String keyPrefix() {
		return this.prefix;
	}

	@Override
	public void close() {
		this.subscriptions.closeAll();
		this.backend.close();
		// connections go back to the factory after every call; the factory is the
		// caller's
	}

	// pub/sub

	@Override
	public long publish(String channel, String message) {
		Objects.requireNonNull(message, "message");
		return run(args().raw(k(channel)).raw(message).command("PUBLISH", Replies::integer));
	}

	@Override
	public long spublish(String shardChannel, String message) {
		Objects.requireNonNull(message, "message");
		return run(args().raw(k(shardChannel)).raw(message).command("SPUBLISH", Replies::integer));
	}

	@Override
	public Subscription subscribe(@Nullable MessageListener listener, int capacity, String... channels) {
		return this.subscriptions.open((onClose) -> new RedisSubscription(this.backend, this.prefix,
				this::prefixPattern, listener, capacity, onClose), channels);
	}

	// blocking commands

	@Override
	public @Nullable KeyValue blpop(Duration timeout, String... keys) {
		return blockingPop("BLPOP", timeout, keys);
	}

	@Override
	public @Nullable KeyValue brpop(Duration timeout, String... keys) {
		return blockingPop("BRPOP", timeout, keys);
	}

	private @Nullable KeyValue blockingPop(String name, Duration timeout, String... keys) {
		return blockingPop(name, timeout, keys, (parts) -> new KeyValue(unprefix(Replies.nonNullString(parts.get(0))),
				Replies.nonNullString(parts.get(1))));
	}

	/**
	 * Runs a blocking pop over keys, decoding its array reply (key first) unless it timed
	 * out.
	 */
	private <T> @Nullable T blockingPop(String name, Duration timeout, String[] keys,
			java.util.function.Function<List<@Nullable Object>, T> decode) {
		long millis = Durations.blockingTimeoutMillis(timeout);
		String[] k = ks(keys);
		return this.backend.executeBlocking(millis,
				(wait) -> view(args().addAll(k)
					.raw(seconds(wait))
					.command(name, (reply) -> (reply == null) ? null : decode.apply(Replies.list(reply)))));
	}

	@Override
	public @Nullable String blmove(String source, String destination, ListSide from, ListSide to, Duration timeout) {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		long millis = Durations.blockingTimeoutMillis(timeout);
		String s = k(source);
		String d = k(destination);
		return this.backend.executeBlocking(millis,
				(wait) -> view(args().raw(s)
					.raw(d)
					.raw(from.name())
					.raw(to.name())
					.raw(seconds(wait))
					.command("BLMOVE", Replies::string)));
	}

	@Override
	public @Nullable KeyedScoredMember bzpopmin(Duration timeout, String... keys) {
		return blockingZPop("BZPOPMIN", timeout, keys);
	}

	@Override
	public @Nullable KeyedScoredMember bzpopmax(Duration timeout, String... keys) {
		return blockingZPop("BZPOPMAX", timeout, keys);
	}

	private @Nullable KeyedScoredMember blockingZPop(String name, Duration timeout, String... keys) {
		return blockingPop(name, timeout, keys,
				(parts) -> new KeyedScoredMember(unprefix(Replies.nonNullString(parts.get(0))),
						Replies.nonNullString(parts.get(1)), Replies.number(parts.get(2))));
	}

	/** A blocking command's timeout as Redis reads it: seconds, with a fraction. */
	private static String seconds(long millis) {
		return (millis / 1000) + "." + String.format(java.util.Locale.ROOT, "%03d", millis % 1000);
	}

	// keys

	@Override
	public long del(String... keys) {
		return run(args().addAll(ks(keys)).command("DEL", Replies::integer));
	}

	@Override
	public long unlink(String... keys) {
		return run(args().addAll(ks(keys)).command("UNLINK", Replies::integer));
	}

	@Override
	public long exists(String... keys) {
		return run(args().addAll(ks(keys)).command("EXISTS", Replies::integer));
	}

	@Override
	public KeyType type(String key) {
		return run(args().raw(k(key)).command("TYPE", Replies::type));
	}

	private boolean expireCommand(String name, String key, long amount, ExpireCondition condition) {
		Objects.requireNonNull(condition, "condition");
		RedisCommand.Args args = args().raw(k(key)).add(amount);
		if (condition != ExpireCondition.ALWAYS) {
			args.raw(condition.name());
		}
		return run(args.command(name, Replies::bool));
	}

	@Override
	public boolean expire(String key, Duration ttl, ExpireCondition condition) {
		return expireCommand("EXPIRE", key, Durations.wholeSeconds(ttl, "ttl"), condition);
	}

	@Override
	public boolean pexpire(String key, Duration ttl, ExpireCondition condition) {
		return expireCommand("PEXPIRE", key, Durations.wholeMillis(ttl, "ttl"), condition);
	}

	@Override
	public boolean expireat(String key, Instant at, ExpireCondition condition) {
		return expireCommand("EXPIREAT", key, Durations.epochSeconds(at, "at"), condition);
	}

	@Override
	public boolean pexpireat(String key, Instant at, ExpireCondition condition) {
		return expireCommand("PEXPIREAT", key, Durations.epochMillis(at, "at"), condition);
	}

	@Override
	public Ttl ttl(String key) {
		return run(args().raw(k(key)).command("TTL", Replies.ttl(false)));
	}

	@Override
	public Ttl pttl(String key) {
		return run(args().raw(k(key)).command("PTTL", Replies.ttl(true)));
	}

	@Override
	public ExpireTime expiretime(String key) {
		return run(args().raw(k(key)).command("EXPIRETIME", Replies.expireTime(false)));
	}

	@Override
	public ExpireTime pexpiretime(String key) {
		return run(args().raw(k(key)).command("PEXPIRETIME", Replies.expireTime(true)));
	}

	@Override
	public long touch(String... keys) {
		return run(args().addAll(ks(keys)).command("TOUCH", Replies::integer));
	}

	@Override
	public byte @Nullable [] dump(String key) {
		return run(args().raw(k(key)).command("DUMP", Replies::payload));
	}

	@Override
	public void restore(String key, byte[] payload, RestoreOptions options) {
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(options, "options");
		RedisCommand.Args args = args().raw(k(key)).add(options.ttlArgument()).bytes(payload.clone());
		args.when(options.replace(), "REPLACE").when(options.absolute(), "ABSTTL");
		if (options.idleTime() != null) {
			args.raw("IDLETIME").add(options.idleTime().toSeconds());
		}
		if (options.frequency() != null) {
			args.raw("FREQ").add(options.frequency());
		}
		run(args.command("RESTORE", (reply) -> null));
	}

	@Override
	public boolean persist(String key) {
		return run(args().raw(k(key)).command("PERSIST", Replies::bool));
	}

	@Override
	public void rename(String key, String newKey) {
		run(args().raw(k(key)).raw(k(newKey)).command("RENAME", (reply) -> null));
	}

	@Override
	public boolean renamenx(String key, String newKey) {
		return run(args().raw(k(key)).raw(k(newKey)).command("RENAMENX", Replies::bool));
	}

	@Override
	public boolean copy(String source, String destination, boolean replace) {
		return run(args().raw(k(source)).raw(k(destination)).when(replace, "REPLACE").command("COPY", Replies::bool));
	}

	// SORT

	@Override
	public List<@Nullable String> sort(String key, SortArgs args) {
		return run(sortArgs(key, args).command("SORT", Replies::strings));
	}

	@Override
	public List<@Nullable String> sortRo(String key, SortArgs args) {
		return run(sortArgs(key, args).command("SORT_RO", Replies::strings));
	}

	@Override
	public long sortStore(String key, SortArgs args, String destination) {
		return run(sortArgs(key, args).raw("STORE").raw(k(destination)).command("SORT", Replies::integer));
	}

	/**
	 * SORT's arguments: the key, then BY, LIMIT, GET, DESC and ALPHA; patterns that name
	 * keys (those with a {@code *} before any NUL) get the key prefix, {@code #} and
	 * {@code nosort} do not.
	 */
	private RedisCommand.Args sortArgs(String key, SortArgs args) {
		Objects.requireNonNull(args, "args");
		RedisCommand.Args a = args().raw(k(key));
		if (args.by() != null) {
			a.raw("BY").raw(sortPattern(args.by()));
		}
		if (args.limited()) {
			a.raw("LIMIT").add(args.offset()).add(args.count());
		}
		for (String get : args.get()) {
			a.raw("GET").raw(sortPattern(get));
		}
		if (args.desc()) {
			a.raw("DESC");
		}
		if (args.alpha()) {
			a.raw("ALPHA");
		}
		return a;
	}

	private String sortPattern(String pattern) {
		int nul = pattern.indexOf('\0');
		int star = pattern.indexOf('*');
		return (star >= 0 && (nul < 0 || star < nul)) ? this.prefix + pattern : pattern;
	}

	private RedisCommand.Args scanArgs(RedisCommand.Args args, ScanOptions options, boolean keys) {
		Objects.requireNonNull(options, "options");
		if (keys) {
			if (!this.prefix.isEmpty() || options.match() != null) {
				args.raw("MATCH").raw(prefixPattern((options.match() != null) ? options.match() : "*"));
			}
		}
		else if (options.match() != null) {
			args.raw("MATCH").raw(options.match());
		}
		if (options.count() != null) {
			args.raw("COUNT").add(options.count());
		}
		if (options.type() != null) {
			if (!keys) {
				throw new IllegalArgumentException("TYPE applies to SCAN only");
			}
			args.raw("TYPE").raw(options.type().redisName());
		}
		return args;
	}

	@Override
	public ScanPage<String> scan(String cursor, ScanOptions options) {
		Objects.requireNonNull(cursor, "cursor");
		RedisCommand.Args args = scanArgs(args().raw(cursor), options, true);
		return run(keyspace(args.command("SCAN", (reply) -> Replies.scanPage(reply,
				(items) -> Replies.nonNullStrings(items).stream().map(this::unprefix).toList()))));
	}

	@Override
	public List<String> keys(String pattern) {
		Objects.requireNonNull(pattern, "pattern");
		return run(keyspace(args().raw(prefixPattern(pattern))
			.command("KEYS", (reply) -> Replies.nonNullStrings(reply).stream().map(this::unprefix).toList())));
	}

	@Override
	public long dbsize() {
		if (this.prefix.isEmpty()) {
			return run(args().command("DBSIZE", Replies::integer));
		}
		return run(keyspace(args().raw(PREFIX_SCRIPT)
			.add(0)
			.raw(prefixPattern("*"))
			.raw("0")
			.command("EVAL", Replies::integer)
			.spreading(CommandShape.Spread.SUM)));
	}

	@Override
	public void flushall() {
		if (this.prefix.isEmpty()) {
			run(args().command("FLUSHDB", (reply) -> null));
			return;
		}
		run(keyspace(args().raw(PREFIX_SCRIPT)
			.add(0)
			.raw(prefixPattern("*"))
			.raw("1")
			.command("EVAL", (reply) -> null)
			.spreading(CommandShape.Spread.ALL_SUCCEEDED)));
	}

	@Override
	public @Nullable String randomkey() {
		if (this.prefix.isEmpty()) {
			return run(args().command("RANDOMKEY", Replies::string));
		}
		String fraction = Double.toString(ThreadLocalRandom.current().nextDouble());
		return run(keyspace(args().raw(RANDOM_KEY_SCRIPT)
			.add(0)
			.raw(this.prefix)
			.raw(prefixPattern("*"))
			.raw(fraction)
			.command("EVAL", (reply) -> {
				String key = Replies.string(reply);
				return (key != null) ? unprefix(key) : null;
			})
			.spreading(CommandShape.Spread.ANY_NON_NULL)));
	}

	@Override
	public String ping() {
		return run(args().command("PING", Replies::nonNullString));
	}

	// strings

	@Override
	public @Nullable String get(String key) {
		return run(args().raw(k(key)).command("GET", Replies::string));
	}

	@Override
	public void set(String key, String value) {
		run(args().raw(k(key)).raw(Objects.requireNonNull(value, "value")).command("SET", (reply) -> null));
	}

	private RedisCommand.Args setArgs(String key, String value, SetOptions options, boolean get) {
		Objects.requireNonNull(options, "options");
		RedisCommand.Args args = args().raw(k(key)).raw(Objects.requireNonNull(value, "value"));
		if (options.condition() != SetOptions.Condition.ALWAYS) {
			args.raw(options.condition().name());
		}
		args.when(get, "GET");
		expirationArgs(args, options.expiration());
		return args;
	}

	private static void expirationArgs(RedisCommand.Args args, @Nullable Expiration expiration) {
		if (expiration == null) {
			return;
		}
		args.raw(expiration.kind().name());
		if (expiration.kind() != Expiration.Kind.KEEPTTL && expiration.kind() != Expiration.Kind.PERSIST) {
			args.add(expiration.amount());
		}
	}

	@Override
	public boolean set(String key, String value, SetOptions options) {
		return run(setArgs(key, value, options, false).command("SET", Replies::ok));
	}

	@Override
	public @Nullable String setGet(String key, String value, SetOptions options) {
		return run(setArgs(key, value, options, true).command("SET", Replies::string));
	}

	@Override
	public boolean setnx(String key, String value) {
		return run(args().raw(k(key)).raw(Objects.requireNonNull(value, "value")).command("SETNX", Replies::bool));
	}

	@Override
	public @Nullable String getdel(String key) {
		return run(args().raw(k(key)).command("GETDEL", Replies::string));
	}

	@Override
	public @Nullable String getex(String key, Expiration expiration) {
		Objects.requireNonNull(expiration, "expiration");
		RedisCommand.Args args = args().raw(k(key));
		expirationArgs(args, expiration);
		return run(args.command("GETEX", Replies::string));
	}

	@Override
	public @Nullable String getset(String key, String value) {
		return run(args().raw(k(key)).raw(Objects.requireNonNull(value, "value")).command("GETSET", Replies::string));
	}

	@Override
	public List<@Nullable String> mget(String... keys) {
		return run(args().addAll(ks(keys)).command("MGET", Replies::strings));
	}

	private RedisCommand.Args pairs(RedisCommand.Args args, Map<String, String> values, boolean prefixKeys) {
		Args.some("values", values);
		values.forEach((key, value) -> args.raw(prefixKeys ? k(key) : key).raw(value));
		return args;
	}

	@Override
	public void mset(Map<String, String> values) {
		run(pairs(args(), values, true).command("MSET", (reply) -> null));
	}

	@Override
	public boolean msetnx(Map<String, String> values) {
		return run(pairs(args(), values, true).command("MSETNX", Replies::bool));
	}

	@Override
	public long incr(String key) {
		return run(args().raw(k(key)).command("INCR", Replies::integer));
	}

	@Override
	public long incrby(String key, long increment) {
		return run(args().raw(k(key)).add(increment).command("INCRBY", Replies::integer));
	}

	@Override
	public long decr(String key) {
		return run(args().raw(k(key)).command("DECR", Replies::integer));
	}

	@Override
	public long decrby(String key, long decrement) {
		return run(args().raw(k(key)).add(decrement).command("DECRBY", Replies::integer));
	}

	@Override
	public double incrbyfloat(String key, double increment) {
		return run(args().raw(k(key)).add(increment).command("INCRBYFLOAT", Replies::number));
	}

	@Override
	public long append(String key, String value) {
		return run(args().raw(k(key)).raw(Objects.requireNonNull(value, "value")).command("APPEND", Replies::integer));
	}

	@Override
	public long strlen(String key) {
		return run(args().raw(k(key)).command("STRLEN", Replies::integer));
	}

	@Override
	public String getrange(String key, long start, long end) {
		return run(args().raw(k(key)).add(start).add(end).command("GETRANGE", Replies::nonNullString));
	}

	@Override
	public long setrange(String key, long offset, String value) {
		return run(args().raw(k(key))
			.add(offset)
			.raw(Objects.requireNonNull(value, "value"))
			.command("SETRANGE", Replies::integer));
	}

	// lists

	private long push(String name, String key, String... values) {
		return run(args().raw(k(key)).addAll(Args.some("values", values)).command(name, Replies::integer));
	}

	@Override
	public long lpush(String key, String... values) {
		return push("LPUSH", key, values);
	}

	@Override
	public long rpush(String key, String... values) {
		return push("RPUSH", key, values);
	}

	@Override
	public long lpushx(String key, String... values) {
		return push("LPUSHX", key, values);
	}

	@Override
	public long rpushx(String key, String... values) {
		return push("RPUSHX", key, values);
	}

	@Override
	public @Nullable String lpop(String key) {
		return run(args().raw(k(key)).command("LPOP", Replies::string));
	}

	@Override
	public List<String> lpop(String key, long count) {
		return run(args().raw(k(key)).add(count).command("LPOP", Replies::nonNullStrings));
	}

	@Override
	public @Nullable String rpop(String key) {
		return run(args().raw(k(key)).command("RPOP", Replies::string));
	}

	@Override
	public List<String> rpop(String key, long count) {
		return run(args().raw(k(key)).add(count).command("RPOP", Replies::nonNullStrings));
	}

	@Override
	public List<String> lrange(String key, long start, long stop) {
		return run(args().raw(k(key)).add(start).add(stop).command("LRANGE", Replies::nonNullStrings));
	}

	@Override
	public @Nullable String lindex(String key, long index) {
		return run(args().raw(k(key)).add(index).command("LINDEX", Replies::string));
	}

	@Override
	public void lset(String key, long index, String value) {
		run(args().raw(k(key)).add(index).raw(Objects.requireNonNull(value, "value")).command("LSET", (reply) -> null));
	}

	@Override
	public long llen(String key) {
		return run(args().raw(k(key)).command("LLEN", Replies::integer));
	}

	@Override
	public long lrem(String key, long count, String value) {
		return run(args().raw(k(key))
			.add(count)
			.raw(Objects.requireNonNull(value, "value"))
			.command("LREM", Replies::integer));
	}

	@Override
	public void ltrim(String key, long start, long stop) {
		run(args().raw(k(key)).add(start).add(stop).command("LTRIM", (reply) -> null));
	}

	@Override
	public long linsert(String key, ListPosition position, String pivot, String value) {
		Objects.requireNonNull(position, "position");
		return run(args().raw(k(key))
			.raw(position.name())
			.raw(Objects.requireNonNull(pivot, "pivot"))
			.raw(Objects.requireNonNull(value, "value"))
			.command("LINSERT", Replies::integer));
	}

	private RedisCommand.Args lposArgs(String key, String element, LposOptions options) {
		Objects.requireNonNull(options, "options");
		RedisCommand.Args args = args().raw(k(key)).raw(Objects.requireNonNull(element, "element"));
		if (options.rank() != null) {
			args.raw("RANK").add(options.rank());
		}
		if (options.maxLen() != null) {
			args.raw("MAXLEN").add(options.maxLen());
		}
		return args;
	}

	@Override
	public @Nullable Long lpos(String key, String element, LposOptions options) {
		return run(lposArgs(key, element, options).command("LPOS", Replies::nullableInteger));
	}

	@Override
	public List<Long> lpos(String key, String element, long count, LposOptions options) {
		return run(lposArgs(key, element, options).raw("COUNT").add(count).command("LPOS", Replies::integers));
	}

	@Override
	public @Nullable String lmove(String source, String destination, ListSide from, ListSide to) {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		return run(args().raw(k(source))
			.raw(k(destination))
			.raw(from.name())
			.raw(to.name())
			.command("LMOVE", Replies::string));
	}

	@Override
	public @Nullable String rpoplpush(String source, String destination) {
		return run(args().raw(k(source)).raw(k(destination)).command("RPOPLPUSH", Replies::string));
	}

	// hashes

	@Override
	public long hset(String key, String field, String value) {
		return run(args().raw(k(key))
			.raw(Objects.requireNonNull(field, "field"))
			.raw(Objects.requireNonNull(value, "value"))
			.command("HSET", Replies::integer));
	}

	@Override
	public long hset(String key, Map<String, String> fields) {
		return run(pairs(args().raw(k(key)), fields, false).command("HSET", Replies::integer));
	}

	@Override
	public boolean hsetnx(String key, String field, String value) {
		return run(args().raw(k(key))
			.raw(Objects.requireNonNull(field, "field"))
			.raw(Objects.requireNonNull(value, "value"))
			.command("HSETNX", Replies::bool));
	}

	@Override
	public @Nullable String hget(String key, String field) {
		return run(args().raw(k(key)).raw(Objects.requireNonNull(field, "field")).command("HGET", Replies::string));
	}

	@Override
	public List<@Nullable String> hmget(String key, String... fields) {
		return run(args().raw(k(key)).addAll(Args.some("fields", fields)).command("HMGET", Replies::strings));
	}

	@Override
	public long hdel(String key, String... fields) {
		return run(args().raw(k(key)).addAll(Args.some("fields", fields)).command("HDEL", Replies::integer));
	}

	@Override
	public boolean hexists(String key, String field) {
		return run(args().raw(k(key)).raw(Objects.requireNonNull(field, "field")).command("HEXISTS", Replies::bool));
	}

	@Override
	public long hlen(String key) {
		return run(args().raw(k(key)).command("HLEN", Replies::integer));
	}

	@Override
	public List<String> hkeys(String key) {
		return run(args().raw(k(key)).command("HKEYS", Replies::nonNullStrings));
	}

	@Override
	public List<String> hvals(String key) {
		return run(args().raw(k(key)).command("HVALS", Replies::nonNullStrings));
	}

	@Override
	public Map<String, String> hgetall(String key) {
		return run(args().raw(k(key)).command("HGETALL", Replies::map));
	}

	@Override
	public long hincrby(String key, String field, long increment) {
		return run(args().raw(k(key))
			.raw(Objects.requireNonNull(field, "field"))
			.add(increment)
			.command("HINCRBY", Replies::integer));
	}

	@Override
	public double hincrbyfloat(String key, String field, double increment) {
		return run(args().raw(k(key))
			.raw(Objects.requireNonNull(field, "field"))
			.add(increment)
			.command("HINCRBYFLOAT", Replies::number));
	}

	@Override
	public long hstrlen(String key, String field) {
		return run(args().raw(k(key)).raw(Objects.requireNonNull(field, "field")).command("HSTRLEN", Replies::integer));
	}

	@Override
	public @Nullable String hrandfield(String key) {
		return run(args().raw(k(key)).command("HRANDFIELD", Replies::string));
	}

	@Override
	public List<String> hrandfield(String key, long count) {
		return run(args().raw(k(key)).add(count).command("HRANDFIELD", Replies::nonNullStrings));
	}

	@Override
	public List<HashEntry> hrandfieldWithValues(String key, long count) {
		return run(args().raw(k(key)).add(count).raw("WITHVALUES").command("HRANDFIELD", Replies::entries));
	}

	@Override
	public ScanPage<HashEntry> hscan(String key, String cursor, ScanOptions options) {
		RedisCommand.Args args = scanArgs(args().raw(k(key)).raw(Objects.requireNonNull(cursor, "cursor")), options,
				false);
		return run(args.command("HSCAN", (reply) -> Replies.scanPage(reply, Replies::entries)));
	}

	// sets

	@Override
	public long sadd(String key, String... members) {
		return run(args().raw(k(key)).addAll(Args.some("members", members)).command("SADD", Replies::integer));
	}

	@Override
	public long srem(String key, String... members) {
		return run(args().raw(k(key)).addAll(Args.some("members", members)).command("SREM", Replies::integer));
	}

	@Override
	public boolean sismember(String key, String member) {
		return run(
				args().raw(k(key)).raw(Objects.requireNonNull(member, "member")).command("SISMEMBER", Replies::bool));
	}

	@Override
	public List<Boolean> smismember(String key, String... members) {
		return run(args().raw(k(key)).addAll(Args.some("members", members)).command("SMISMEMBER", Replies::bools));
	}

	@Override
	public long scard(String key) {
		return run(args().raw(k(key)).command("SCARD", Replies::integer));
	}

	@Override
	public Set<String> smembers(String key) {
		return run(args().raw(k(key)).command("SMEMBERS", Replies::stringSet));
	}

	@Override
	public @Nullable String spop(String key) {
		return run(args().raw(k(key)).command("SPOP", Replies::string));
	}

	@Override
	public Set<String> spop(String key, long count) {
		return run(args().raw(k(key)).add(count).command("SPOP", Replies::stringSet));
	}

	@Override
	public @Nullable String srandmember(String key) {
		return run(args().raw(k(key)).command("SRANDMEMBER", Replies::string));
	}

	@Override
	public List<String> srandmember(String key, long count) {
		return run(args().raw(k(key)).add(count).command("SRANDMEMBER", Replies::nonNullStrings));
	}

	@Override
	public boolean smove(String source, String destination, String member) {
		return run(args().raw(k(source))
			.raw(k(destination))
			.raw(Objects.requireNonNull(member, "member"))
			.command("SMOVE", Replies::bool));
	}

	@Override
	public Set<String> sinter(String... keys) {
		return run(args().addAll(ks(keys)).command("SINTER", Replies::stringSet));
	}

	@Override
	public Set<String> sunion(String... keys) {
		return run(args().addAll(ks(keys)).command("SUNION", Replies::stringSet));
	}

	@Override
	public Set<String> sdiff(String... keys) {
		return run(args().addAll(ks(keys)).command("SDIFF", Replies::stringSet));
	}

	@Override
	public long sinterstore(String destination, String... keys) {
		return run(args().raw(k(destination)).addAll(ks(keys)).command("SINTERSTORE", Replies::integer));
	}

	@Override
	public long sunionstore(String destination, String... keys) {
		return run(args().raw(k(destination)).addAll(ks(keys)).command("SUNIONSTORE", Replies::integer));
	}

	@Override
	public long sdiffstore(String destination, String... keys) {
		return run(args().raw(k(destination)).addAll(ks(keys)).command("SDIFFSTORE", Replies::integer));
	}

	@Override
	public long sintercard(long limit, String... keys) {
		String[] k = ks(keys);
		RedisCommand.Args args = args().add(k.length).addAll(k);
		if (limit != 0) {
			args.raw("LIMIT").add(limit);
		}
		return run(args.command("SINTERCARD", Replies::integer));
	}

	@Override
	public ScanPage<String> sscan(String key, String cursor, ScanOptions options) {
		RedisCommand.Args args = scanArgs(args().raw(k(key)).raw(Objects.requireNonNull(cursor, "cursor")), options,
				false);
		return run(args.command("SSCAN", (reply) -> Replies.scanPage(reply, Replies::nonNullStrings)));
	}

	// sorted sets

	private RedisCommand.Args zaddArgs(String key, ZAddOptions options, boolean incr) {
		Objects.requireNonNull(options, "options");
		RedisCommand.Args args = args().raw(k(key));
		if (options.existence() != ZAddOptions.Existence.ANY) {
			args.raw(options.existence().name());
		}
		if (options.comparison() != ZAddOptions.Comparison.ANY) {
			args.raw(options.comparison().name());
		}
		args.when(options.changed(), "CH").when(incr, "INCR");
		return args;
	}

	@Override
	public long zadd(String key, ZAddOptions options, Collection<ScoredMember> members) {
		RedisCommand.Args args = zaddArgs(key, options, false);
		for (ScoredMember member : Args.some("members", members)) {
			args.add(member.score()).raw(member.member());
		}
		return run(args.command("ZADD", Replies::integer));
	}

	@Override
	public @Nullable Double zaddIncr(String key, ZAddOptions options, double increment, String member) {
		RedisCommand.Args args = zaddArgs(key, options, true).add(increment)
			.raw(Objects.requireNonNull(member, "member"));
		return run(args.command("ZADD", Replies::nullableNumber));
	}

	@Override
	public long zrem(String key, String... members) {
		return run(args().raw(k(key)).addAll(Args.some("members", members)).command("ZREM", Replies::integer));
	}

	@Override
	public @Nullable Double zscore(String key, String member) {
		return run(args().raw(k(key))
			.raw(Objects.requireNonNull(member, "member"))
			.command("ZSCORE", Replies::nullableNumber));
	}

	@Override
	public List<@Nullable Double> zmscore(String key, String... members) {
		return run(
				args().raw(k(key)).addAll(Args.some("members", members)).command("ZMSCORE", Replies::nullableNumbers));
	}

	@Override
	public double zincrby(String key, double increment, String member) {
		return run(args().raw(k(key))
			.add(increment)
			.raw(Objects.requireNonNull(member, "member"))
			.command("ZINCRBY", Replies::number));
	}

	@Override
	public long zcard(String key) {
		return run(args().raw(k(key)).command("ZCARD", Replies::integer));
	}

	@Override
	public long zcount(String key, ScoreRange range) {
		Objects.requireNonNull(range, "range");
		return run(args().raw(k(key))
			.raw(range.min().toArgument())
			.raw(range.max().toArgument())
			.command("ZCOUNT", Replies::integer));
	}

	@Override
	public long zlexcount(String key, LexRange range) {
		Objects.requireNonNull(range, "range");
		return run(args().raw(k(key))
			.raw(range.min().toArgument())
			.raw(range.max().toArgument())
			.command("ZLEXCOUNT", Replies::integer));
	}

	/** The range part of ZRANGE/ZRANGESTORE, with ends swapped where REV wants it. */
	private static RedisCommand.Args rangeArgs(RedisCommand.Args args, ZRange range) {
		Objects.requireNonNull(range, "range");
		switch (range.by()) {
			case RANK -> args.add(range.start()).add(range.stop());
			case SCORE -> {
				ScoreRange scores = range.scores();
				String min = scores.min().toArgument();
				String max = scores.max().toArgument();
				args.raw(range.rev() ? max : min).raw(range.rev() ? min : max).raw("BYSCORE");
			}
			case LEX -> {
				LexRange lex = range.lex();
				String min = lex.min().toArgument();
				String max = lex.max().toArgument();
				args.raw(range.rev() ? max : min).raw(range.rev() ? min : max).raw("BYLEX");
			}
		}
		args.when(range.rev(), "REV");
		if (range.offset() != null) {
			args.raw("LIMIT").add(range.offset()).add(range.count());
		}
		return args;
	}

	@Override
	public List<String> zrange(String key, ZRange range) {
		return run(rangeArgs(args().raw(k(key)), range).command("ZRANGE", Replies::nonNullStrings));
	}

	@Override
	public List<ScoredMember> zrangeWithScores(String key, ZRange range) {
		return run(rangeArgs(args().raw(k(key)), range).raw("WITHSCORES").command("ZRANGE", Replies::scored));
	}

	@Override
	public long zrangestore(String destination, String source, ZRange range) {
		return run(
				rangeArgs(args().raw(k(destination)).raw(k(source)), range).command("ZRANGESTORE", Replies::integer));
	}

	@Override
	public @Nullable Long zrank(String key, String member) {
		return run(args().raw(k(key))
			.raw(Objects.requireNonNull(member, "member"))
			.command("ZRANK", Replies::nullableInteger));
	}

	@Override
	public @Nullable Long zrevrank(String key, String member) {
		return run(args().raw(k(key))
			.raw(Objects.requireNonNull(member, "member"))
			.command("ZREVRANK", Replies::nullableInteger));
	}

	@Override
	public @Nullable ScoredMember zpopmin(String key) {
		return run(args().raw(k(key)).command("ZPOPMIN", Replies::firstScored));
	}

	@Override
	public List<ScoredMember> zpopmin(String key, long count) {
		return run(args().raw(k(key)).add(count).command("ZPOPMIN", Replies::scored));
	}

	@Override
	public @Nullable ScoredMember zpopmax(String key) {
		return run(args().raw(k(key)).command("ZPOPMAX", Replies::firstScored));
	}

	@Override
	public List<ScoredMember> zpopmax(String key, long count) {
		return run(args().raw(k(key)).add(count).command("ZPOPMAX", Replies::scored));
	}

	@Override
	public long zremrangebyrank(String key, long start, long stop) {
		return run(args().raw(k(key)).add(start).add(stop).command("ZREMRANGEBYRANK", Replies::integer));
	}

	@Override
	public long zremrangebyscore(String key, ScoreRange range) {
		Objects.requireNonNull(range, "range");
		return run(args().raw(k(key))
			.raw(range.min().toArgument())
			.raw(range.max().toArgument())
			.command("ZREMRANGEBYSCORE", Replies::integer));
	}

	@Override
	public long zremrangebylex(String key, LexRange range) {
		Objects.requireNonNull(range, "range");
		return run(args().raw(k(key))
			.raw(range.min().toArgument())
			.raw(range.max().toArgument())
			.command("ZREMRANGEBYLEX", Replies::integer));
	}

	private long zstore(String name, String destination, ZStoreOptions options, String... keys) {
		Objects.requireNonNull(options, "options");
		String d = k(destination);
		String[] k = ks(keys);
		RedisCommand.Args args = args().raw(d).add(k.length).addAll(k);
		zstoreOptions(args, options);
		return run(args.command(name, Replies::integer));
	}

	private static void zstoreOptions(RedisCommand.Args args, ZStoreOptions options) {
		if (options.weights() != null) {
			args.raw("WEIGHTS");
			options.weights().forEach(args::add);
		}
		if (options.aggregate() != ZStoreOptions.Aggregate.SUM) {
			args.raw("AGGREGATE").raw(options.aggregate().name());
		}
	}

	@Override
	public long zunionstore(String destination, ZStoreOptions options, String... keys) {
		return zstore("ZUNIONSTORE", destination, options, keys);
	}

	@Override
	public long zinterstore(String destination, ZStoreOptions options, String... keys) {
		return zstore("ZINTERSTORE", destination, options, keys);
	}

	@Override
	public long zdiffstore(String destination, String... keys) {
		String d = k(destination);
		String[] k = ks(keys);
		return run(args().raw(d).add(k.length).addAll(k).command("ZDIFFSTORE", Replies::integer));
	}

	@Override
	public List<String> zunion(ZStoreOptions options, String... keys) {
		return run(zalgebra("ZUNION", options, keys, false).command("ZUNION", Replies::nonNullStrings));
	}

	@Override
	public List<ScoredMember> zunionWithScores(ZStoreOptions options, String... keys) {
		return run(zalgebra("ZUNION", options, keys, true).command("ZUNION", Replies::scored));
	}

	@Override
	public List<String> zinter(ZStoreOptions options, String... keys) {
		return run(zalgebra("ZINTER", options, keys, false).command("ZINTER", Replies::nonNullStrings));
	}

	@Override
	public List<ScoredMember> zinterWithScores(ZStoreOptions options, String... keys) {
		return run(zalgebra("ZINTER", options, keys, true).command("ZINTER", Replies::scored));
	}

	@Override
	public List<String> zdiff(String... keys) {
		return run(zalgebra("ZDIFF", ZStoreOptions.none(), keys, false).command("ZDIFF", Replies::nonNullStrings));
	}

	@Override
	public List<ScoredMember> zdiffWithScores(String... keys) {
		return run(zalgebra("ZDIFF", ZStoreOptions.none(), keys, true).command("ZDIFF", Replies::scored));
	}

	@Override
	public long zintercard(long limit, String... keys) {
		String[] k = ks(keys);
		return run(args().add(k.length).addAll(k).raw("LIMIT").add(limit).command("ZINTERCARD", Replies::integer));
	}

	/** The arguments of ZUNION, ZINTER and ZDIFF. */
	private RedisCommand.Args zalgebra(String name, ZStoreOptions options, String[] keys, boolean withScores) {
		Objects.requireNonNull(options, "options");
		String[] k = ks(keys);
		RedisCommand.Args args = args().add(k.length).addAll(k);
		zstoreOptions(args, options);
		if (withScores) {
			args.raw("WITHSCORES");
		}
		return args;
	}

	@Override
	public @Nullable String zrandmember(String key) {
		return run(args().raw(k(key)).command("ZRANDMEMBER", Replies::string));
	}

	@Override
	public List<String> zrandmember(String key, long count) {
		return run(args().raw(k(key)).add(count).command("ZRANDMEMBER", Replies::nonNullStrings));
	}

	@Override
	public List<ScoredMember> zrandmemberWithScores(String key, long count) {
		return run(args().raw(k(key)).add(count).raw("WITHSCORES").command("ZRANDMEMBER", Replies::scored));
	}

	@Override
	public ScanPage<ScoredMember> zscan(String key, String cursor, ScanOptions options) {
		RedisCommand.Args args = scanArgs(args().raw(k(key)).raw(Objects.requireNonNull(cursor, "cursor")), options,
				false);
		return run(args.command("ZSCAN", (reply) -> Replies.scanPage(reply, Replies::scored)));
	}

	/** A batch on Redis: records commands, runs them in one MULTI/EXEC. */
	static final class RedisBatch extends AbstractBatch<RedisCommand<?>> {

		private final RedisBackend backend;

		private final RedisClient recorder;

		RedisBatch(RedisBackend backend, String prefix, boolean raw) {
			this.backend = backend;
			this.recorder = new RedisClient(backend, prefix, this, raw);
		}

		@Override
		protected Commands recorder() {
			return this.recorder;
		}

		@Override
		protected List<@Nullable Object> execute(List<RedisCommand<?>> operations) {
			if (operations.isEmpty()) {
				return List.of();
			}
			return this.backend.executeAll(operations);
		}

	}

	// streams

	@Override
	public @Nullable String xadd(String key, StreamAddOptions options, Map<String, String> fields) {
		Objects.requireNonNull(options, "options");
		RedisCommand.Args args = args().raw(k(key)).when(!options.mkStream(), "NOMKSTREAM");
		if (options.trim() != null) {
			trimArgs(args, options.trim());
		}
		args.raw(options.id());
		Args.some("fields", fields)
			.forEach((field, value) -> args.raw(Objects.requireNonNull(field, "field"))
				.raw(Objects.requireNonNull(value, "value")));
		return run(args.command("XADD", Replies::string));
	}

	private static RedisCommand.Args trimArgs(RedisCommand.Args args, StreamTrim trim) {
		if (trim.byId()) {
			args.raw("MINID").when(trim.approx(), "~").raw(trim.minId());
		}
		else {
			args.raw("MAXLEN").when(trim.approx(), "~").add(trim.maxLen());
		}
		return (trim.limit() != 0) ? args.raw("LIMIT").add(trim.limit()) : args;
	}

	@Override
	public long xlen(String key) {
		return run(args().raw(k(key)).command("XLEN", Replies::integer));
	}

	@Override
	public List<StreamEntry<String, String>> xrange(String key, String start, String end) {
		return range("XRANGE", key, Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end"), null);
	}

	@Override
	public List<StreamEntry<String, String>> xrange(String key, String start, String end, long count) {
		return range("XRANGE", key, Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end"), count);
	}

	@Override
	public List<StreamEntry<String, String>> xrevrange(String key, String end, String start) {
		return range("XREVRANGE", key, Objects.requireNonNull(end, "end"), Objects.requireNonNull(start, "start"),
				null);
	}

	@Override
	public List<StreamEntry<String, String>> xrevrange(String key, String end, String start, long count) {
		return range("XREVRANGE", key, Objects.requireNonNull(end, "end"), Objects.requireNonNull(start, "start"),
				count);
	}

	/** XRANGE or XREVRANGE: the bounds in the command's order, with a COUNT if given. */
	private List<StreamEntry<String, String>> range(String name, String key, String first, String second,
			@Nullable Long count) {
		RedisCommand.Args args = args().raw(k(key)).raw(first).raw(second);
		if (count != null) {
			args.raw("COUNT").add(count);
		}
		return run(args.command(name, Replies::streamEntries));
	}

	@Override
	public long xdel(String key, String... ids) {
		return run(args().raw(k(key)).addAll(Args.some("ids", ids)).command("XDEL", Replies::integer));
	}

	@Override
	public long xtrim(String key, StreamTrim trim) {
		Objects.requireNonNull(trim, "trim");
		return run(trimArgs(args().raw(k(key)), trim).command("XTRIM", Replies::integer));
	}

	@Override
	public void xsetid(String key, String lastId) {
		run(args().raw(k(key)).raw(Objects.requireNonNull(lastId, "lastId")).command("XSETID", (reply) -> null));
	}

	@Override
	public void xsetid(String key, String lastId, long entriesAdded, String maxDeletedId) {
		run(args().raw(k(key))
			.raw(Objects.requireNonNull(lastId, "lastId"))
			.raw("ENTRIESADDED")
			.add(entriesAdded)
			.raw("MAXDELETEDID")
			.raw(Objects.requireNonNull(maxDeletedId, "maxDeletedId"))
			.command("XSETID", (reply) -> null));
	}

	@Override
	public Map<String, List<StreamEntry<String, String>>> xread(StreamReadOptions options,
			Map<String, String> streams) {
		return run(readArgs(null, null, options, -1, streams).command("XREAD", this::streams));
	}

	@Override
	public Map<String, List<StreamEntry<String, String>>> xreadgroup(String group, String consumer,
			StreamReadOptions options, Map<String, String> streams) {
		Objects.requireNonNull(group, "group");
		Objects.requireNonNull(consumer, "consumer");
		return run(readArgs(group, consumer, options, -1, streams).command("XREADGROUP", this::streams));
	}

	@Override
	public Map<String, List<StreamEntry<String, String>>> xreadBlock(Duration timeout, StreamReadOptions options,
			Map<String, String> streams) {
		Objects.requireNonNull(options, "options");
		Map<String, String> from = new LinkedHashMap<>(Args.some("streams", streams));
		if (from.containsValue("$")) {
			// a wait the driver cuts into slices sends the call again: "$" must stay the
			// last id of the call's start
			from.replaceAll((key, id) -> id.equals("$") ? lastIdOf(key) : id);
		}
		return readBlocking("XREAD", null, null, timeout, options, from);
	}

	/** A stream's last entry id, or 0-0, as XREAD's {@code $} reads it. */
	private String lastIdOf(String key) {
		List<StreamEntry<String, String>> last = xrevrange(key, "+", "-", 1);
		return last.isEmpty() ? "0-0" : last.get(0).id();
	}

	@Override
	public Map<String, List<StreamEntry<String, String>>> xreadgroupBlock(String group, String consumer,
			Duration timeout, StreamReadOptions options, Map<String, String> streams) {
		Objects.requireNonNull(group, "group");
		Objects.requireNonNull(consumer, "consumer");
		return readBlocking("XREADGROUP", group, consumer, timeout, options, streams);
	}

	private Map<String, List<StreamEntry<String, String>>> readBlocking(String name, @Nullable String group,
			@Nullable String consumer, Duration timeout, StreamReadOptions options, Map<String, String> streams) {
		long millis = Durations.wholeMillis(timeout, "timeout");
		if (millis < 0) {
			throw new IllegalArgumentException("timeout " + timeout + " is negative");
		}
		Map<String, List<StreamEntry<String, String>>> result = this.backend.executeBlocking(millis,
				(wait) -> view(readArgs(group, consumer, options, wait, streams).command(name,
						(reply) -> (reply == null) ? null : streams(reply))));
		return (result != null) ? result : Map.of();
	}

	private RedisCommand.Args readArgs(@Nullable String group, @Nullable String consumer, StreamReadOptions options,
			long block, Map<String, String> streams) {
		Objects.requireNonNull(options, "options");
		Args.some("streams", streams);
		RedisCommand.Args args = args();
		if (group != null) {
			args.raw("GROUP").raw(group).raw(Objects.requireNonNull(consumer, "consumer"));
		}
		if (options.count() != 0) {
			args.raw("COUNT").add(options.count());
		}
		if (block >= 0) {
			args.raw("BLOCK").add(block);
		}
		args.when(options.withoutAck(), "NOACK").raw("STREAMS");
		for (String key : streams.keySet()) {
			args.raw(k(key));
		}
		for (String id : streams.values()) {
			args.raw(Objects.requireNonNull(id, "id"));
		}
		return args;
	}

	private Map<String, List<StreamEntry<String, String>>> streams(@Nullable Object reply) {
		return Replies.streams(reply, this::unprefix);
	}

	@Override
	public void xgroupCreate(String key, String group, String id) {
		xgroupCreate(key, group, id, false, -1);
	}

	@Override
	public void xgroupCreate(String key, String group, String id, boolean mkStream, long entriesRead) {
		RedisCommand.Args args = args().raw("CREATE")
			.raw(k(key))
			.raw(Objects.requireNonNull(group, "group"))
			.raw(Objects.requireNonNull(id, "id"))
			.when(mkStream, "MKSTREAM");
		if (entriesRead != -1) {
			args.raw("ENTRIESREAD").add(entriesRead);
		}
		run(args.command("XGROUP", (reply) -> null));
	}

	@Override
	public void xgroupSetid(String key, String group, String id) {
		xgroupSetid(key, group, id, -1);
	}

	@Override
	public void xgroupSetid(String key, String group, String id, long entriesRead) {
		RedisCommand.Args args = args().raw("SETID")
			.raw(k(key))
			.raw(Objects.requireNonNull(group, "group"))
			.raw(Objects.requireNonNull(id, "id"));
		if (entriesRead != -1) {
			args.raw("ENTRIESREAD").add(entriesRead);
		}
		run(args.command("XGROUP", (reply) -> null));
	}

	@Override
	public boolean xgroupDestroy(String key, String group) {
		return run(args().raw("DESTROY")
			.raw(k(key))
			.raw(Objects.requireNonNull(group, "group"))
			.command("XGROUP", Replies::bool));
	}

	@Override
	public boolean xgroupCreateconsumer(String key, String group, String consumer) {
		return run(args().raw("CREATECONSUMER")
			.raw(k(key))
			.raw(Objects.requireNonNull(group, "group"))
			.raw(Objects.requireNonNull(consumer, "consumer"))
			.command("XGROUP", Replies::bool));
	}

	@Override
	public long xgroupDelconsumer(String key, String group, String consumer) {
		return run(args().raw("DELCONSUMER")
			.raw(k(key))
			.raw(Objects.requireNonNull(group, "group"))
			.raw(Objects.requireNonNull(consumer, "consumer"))
			.command("XGROUP", Replies::integer));
	}

	@Override
	public long xack(String key, String group, String... ids) {
		return run(args().raw(k(key))
			.raw(Objects.requireNonNull(group, "group"))
			.addAll(Args.some("ids", ids))
			.command("XACK", Replies::integer));
	}

	@Override
	public StreamPending xpending(String key, String group) {
		return run(args().raw(k(key))
			.raw(Objects.requireNonNull(group, "group"))
			.command("XPENDING", Replies::streamPending));
	}

	@Override
	public List<PendingEntry> xpending(String key, String group, PendingQuery query) {
		Objects.requireNonNull(query, "query");
		RedisCommand.Args args = args().raw(k(key)).raw(Objects.requireNonNull(group, "group"));
		long minIdle = Durations.wholeMillis(query.minIdle(), "minIdle");
		if (minIdle != 0) {
			args.raw("IDLE").add(minIdle);
		}
		args.raw(query.start()).raw(query.end()).add(query.count());
		if (query.consumer() != null) {
			args.raw(query.consumer());
		}
		return run(args.command("XPENDING", Replies::pendingEntries));
	}

	@Override
	public List<StreamEntry<String, String>> xclaim(String key, String group, String consumer, Duration minIdle,
			ClaimOptions options, String... ids) {
		return run(claimArgs(key, group, consumer, minIdle, options, false, ids).command("XCLAIM",
				Replies::streamEntries));
	}

	@Override
	public List<String> xclaimJustId(String key, String group, String consumer, Duration minIdle, ClaimOptions options,
			String... ids) {
		return run(claimArgs(key, group, consumer, minIdle, options, true, ids).command("XCLAIM",
				Replies::nonNullStrings));
	}

	private RedisCommand.Args claimArgs(String key, String group, String consumer, Duration minIdle,
			ClaimOptions options, boolean justId, String... ids) {
		Objects.requireNonNull(options, "options");
		RedisCommand.Args args = args().raw(k(key))
			.raw(Objects.requireNonNull(group, "group"))
			.raw(Objects.requireNonNull(consumer, "consumer"))
			.add(Durations.wholeMillis(minIdle, "minIdle"))
			.addAll(Args.some("ids", ids));
		if (options.idle() != null) {
			args.raw("IDLE").add(Durations.wholeMillis(options.idle(), "idle"));
		}
		if (options.time() != null) {
			args.raw("TIME").add(options.time().toEpochMilli());
		}
		if (options.retryCount() >= 0) {
			args.raw("RETRYCOUNT").add(options.retryCount());
		}
		args.when(options.forced(), "FORCE").when(justId, "JUSTID");
		if (options.lastId() != null) {
			args.raw("LASTID").raw(options.lastId());
		}
		return args;
	}

	@Override
	public AutoClaim<StreamEntry<String, String>> xautoclaim(String key, String group, String consumer,
			Duration minIdle, String start, long count) {
		return run(autoclaimArgs(key, group, consumer, minIdle, start, count).command("XAUTOCLAIM",
				(reply) -> Replies.autoClaim(reply, Replies::streamEntry)));
	}

	@Override
	public AutoClaim<String> xautoclaimJustId(String key, String group, String consumer, Duration minIdle, String start,
			long count) {
		return run(autoclaimArgs(key, group, consumer, minIdle, start, count).raw("JUSTID")
			.command("XAUTOCLAIM", (reply) -> Replies.autoClaim(reply, Replies::nonNullString)));
	}

	private RedisCommand.Args autoclaimArgs(String key, String group, String consumer, Duration minIdle, String start,
			long count) {
		return args().raw(k(key))
			.raw(Objects.requireNonNull(group, "group"))
			.raw(Objects.requireNonNull(consumer, "consumer"))
			.add(Durations.wholeMillis(minIdle, "minIdle"))
			.raw(Objects.requireNonNull(start, "start"))
			.raw("COUNT")
			.add(count);
	}

	@Override
	public StreamInfo<String, String> xinfoStream(String key) {
		return run(args().raw("STREAM").raw(k(key)).command("XINFO", Replies::streamInfo));
	}

	@Override
	public StreamFullInfo<String, String> xinfoStreamFull(String key, long count) {
		return run(args().raw("STREAM")
			.raw(k(key))
			.raw("FULL")
			.raw("COUNT")
			.add(count)
			.command("XINFO", Replies::streamFullInfo));
	}

	@Override
	public List<StreamGroupInfo> xinfoGroups(String key) {
		return run(args().raw("GROUPS").raw(k(key)).command("XINFO", Replies::streamGroups));
	}

	@Override
	public List<StreamConsumerInfo> xinfoConsumers(String key, String group) {
		return run(args().raw("CONSUMERS")
			.raw(k(key))
			.raw(Objects.requireNonNull(group, "group"))
			.command("XINFO", Replies::streamConsumers));
	}

	// LMPOP, ZMPOP and their blocking forms

	@Override
	public @Nullable KeyValues lmpop(ListSide side, long count, String... keys) {
		Objects.requireNonNull(side, "side");
		return run(mpopArgs(args(), side.name(), count, ks(keys)).command("LMPOP", this::keyValues));
	}

	@Override
	public @Nullable KeyedScoredMembers zmpop(ScoreSide side, long count, String... keys) {
		Objects.requireNonNull(side, "side");
		return run(mpopArgs(args(), side.name(), count, ks(keys)).command("ZMPOP", this::keyedScored));
	}

	@Override
	public @Nullable KeyValues blmpop(Duration timeout, ListSide side, long count, String... keys) {
		Objects.requireNonNull(side, "side");
		long millis = Durations.blockingTimeoutMillis(timeout);
		String[] k = ks(keys);
		return this.backend.executeBlocking(millis, (wait) -> view(
				mpopArgs(args().raw(seconds(wait)), side.name(), count, k).command("BLMPOP", this::keyValues)));
	}

	@Override
	public @Nullable KeyedScoredMembers bzmpop(Duration timeout, ScoreSide side, long count, String... keys) {
		Objects.requireNonNull(side, "side");
		long millis = Durations.blockingTimeoutMillis(timeout);
		String[] k = ks(keys);
		return this.backend.executeBlocking(millis, (wait) -> view(
				mpopArgs(args().raw(seconds(wait)), side.name(), count, k).command("BZMPOP", this::keyedScored)));
	}

	/** The *MPOP commands' arguments after any timeout: numkeys key... side COUNT n. */
	private static RedisCommand.Args mpopArgs(RedisCommand.Args args, String side, long count, String[] keys) {
		return args.add(keys.length).addAll(keys).raw(side).raw("COUNT").add(count);
	}

	/** LMPOP's reply: [key, [element...]], or nil. */
	private @Nullable KeyValues keyValues(@Nullable Object reply) {
		if (reply == null) {
			return null;
		}
		List<@Nullable Object> parts = Replies.list(reply);
		return new KeyValues(unprefix(Replies.nonNullString(parts.get(0))), Replies.nonNullStrings(parts.get(1)));
	}

	/** ZMPOP's reply: [key, [[member, score]...]], or nil. */
	private @Nullable KeyedScoredMembers keyedScored(@Nullable Object reply) {
		if (reply == null) {
			return null;
		}
		List<@Nullable Object> parts = Replies.list(reply);
		return new KeyedScoredMembers(unprefix(Replies.nonNullString(parts.get(0))), Replies.scored(parts.get(1)));
	}

	// bitmaps

	@Override
	public long setbit(String key, long offset, int value) {
		return run(args().raw(k(key)).add(offset).add(value).command("SETBIT", Replies::integer));
	}

	@Override
	public long getbit(String key, long offset) {
		return run(args().raw(k(key)).add(offset).command("GETBIT", Replies::integer));
	}

	@Override
	public long bitcount(String key) {
		return run(args().raw(k(key)).command("BITCOUNT", Replies::integer));
	}

	@Override
	public long bitcount(String key, long start, long end) {
		return run(args().raw(k(key)).add(start).add(end).command("BITCOUNT", Replies::integer));
	}

	@Override
	public long bitcount(String key, long start, long end, BitUnit unit) {
		String k = k(key);
		Objects.requireNonNull(unit, "unit");
		return run(args().raw(k).add(start).add(end).raw(unit.name()).command("BITCOUNT", Replies::integer));
	}

	@Override
	public long bitpos(String key, int bit) {
		return run(args().raw(k(key)).add(bit).command("BITPOS", Replies::integer));
	}

	@Override
	public long bitpos(String key, int bit, long start) {
		return run(args().raw(k(key)).add(bit).add(start).command("BITPOS", Replies::integer));
	}

	@Override
	public long bitpos(String key, int bit, long start, long end) {
		return run(args().raw(k(key)).add(bit).add(start).add(end).command("BITPOS", Replies::integer));
	}

	@Override
	public long bitpos(String key, int bit, long start, long end, BitUnit unit) {
		String k = k(key);
		Objects.requireNonNull(unit, "unit");
		return run(args().raw(k).add(bit).add(start).add(end).raw(unit.name()).command("BITPOS", Replies::integer));
	}

	@Override
	public long bitop(BitOperation operation, String destination, String... keys) {
		Objects.requireNonNull(operation, "operation");
		String d = k(destination);
		String[] sources = ks(keys);
		return run(args().raw(operation.name()).raw(d).addAll(sources).command("BITOP", Replies::integer));
	}

	@Override
	public List<@Nullable Long> bitfield(String key, BitFieldArgs subcommands) {
		String k = k(key);
		Objects.requireNonNull(subcommands, "args");
		return run(args().raw(k)
			.addAll(subcommands.toArguments().toArray(String[]::new))
			.command("BITFIELD", RedisClient::nullableIntegers));
	}

	@Override
	public List<Long> bitfieldRo(String key, BitFieldArgs.Get... gets) {
		String k = k(key);
		BitFieldArgs reads = new BitFieldArgs(List.of(Args.all("gets", gets)));
		return run(args().raw(k)
			.addAll(reads.toArguments().toArray(String[]::new))
			.command("BITFIELD_RO", Replies::integers));
	}

	// scripting (Lua)

	@Override
	public ScriptReply eval(String script, List<String> keys, List<String> args) {
		return run(lua("EVAL", Objects.requireNonNull(script, "script"), keys, args));
	}

	@Override
	public ScriptReply evalsha(String sha1, List<String> keys, List<String> args) {
		return run(lua("EVALSHA", Objects.requireNonNull(sha1, "sha1"), keys, args));
	}

	@Override
	public ScriptReply evalRo(String script, List<String> keys, List<String> args) {
		return run(lua("EVAL_RO", Objects.requireNonNull(script, "script"), keys, args));
	}

	@Override
	public ScriptReply evalshaRo(String sha1, List<String> keys, List<String> args) {
		return run(lua("EVALSHA_RO", Objects.requireNonNull(sha1, "sha1"), keys, args));
	}

	@Override
	public ScriptReply fcall(String function, List<String> keys, List<String> args) {
		return run(lua("FCALL", Objects.requireNonNull(function, "function"), keys, args));
	}

	@Override
	public ScriptReply fcallRo(String function, List<String> keys, List<String> args) {
		return run(lua("FCALL_RO", Objects.requireNonNull(function, "function"), keys, args));
	}

	/**
	 * A Lua script's call: the keys with the prefix (a cluster routes it by them, and
	 * refuses keys in several slots); without keys it goes where keyspace commands go.
	 */
	private RedisCommand<ScriptReply> lua(String name, String script, List<String> keys, List<String> args) {
		Objects.requireNonNull(keys, "keys");
		Objects.requireNonNull(args, "args");
		RedisCommand.Args sent = args().raw(script).add(keys.size());
		for (String key : keys) {
			sent.raw(k(Objects.requireNonNull(key, "keys must not contain null")));
		}
		for (String arg : args) {
			sent.raw(Objects.requireNonNull(arg, "args must not contain null"));
		}
		RedisCommand<ScriptReply> command = sent.command(name, ScriptReplies::of);
		return keys.isEmpty() ? keyspace(command) : command;
	}

	@Override
	public String scriptLoad(String script) {
		Objects.requireNonNull(script, "script");
		return run(onEveryMaster(args().raw("LOAD").raw(script).command("SCRIPT", Replies::nonNullString)));
	}

	@Override
	public List<Boolean> scriptExists(String... sha1s) {
		Args.some("sha1s", sha1s);
		int count = sha1s.length;
		// on a cluster every master answers, one after the other: a script exists if
		// every master holds it (with a hash-tagged prefix, the tag's node, where the
		// client's scripts run, answers alone)
		RedisCommand<List<Boolean>> command = args().raw("EXISTS").addAll(sha1s).command("SCRIPT", (reply) -> {
			List<@Nullable Object> found = Replies.list(reply);
			List<Boolean> exists = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				boolean all = true;
				for (int j = i; j < found.size(); j += count) {
					all &= Replies.integer(found.get(j)) == 1;
				}
				exists.add(all);
			}
			return exists;
		});
		if (!this.backend.isCluster()) {
			return run(command);
		}
		return run(io.redipy.command.Slots.hasTag(this.prefix) ? keyspace(command)
				: command.spreading(CommandShape.Spread.CONCAT));
	}

	@Override
	public void scriptFlush() {
		run(onEveryMaster(args().raw("FLUSH").raw("SYNC").command("SCRIPT", (reply) -> null)));
	}

	@Override
	public void scriptKill() {
		kill("SCRIPT");
	}

	/** SCRIPT KILL or FUNCTION KILL, on a connection of its own. */
	private void kill(String family) {
		RedisCommand<@Nullable Object> command = keyspace(args().raw("KILL").command(family, (reply) -> null));
		if (this.recording != null) {
			throw new IllegalStateException(family + " KILL runs on its own, outside batches");
		}
		this.backend.killScript(command);
	}

	@Override
	public String functionLoad(String code, boolean replace) {
		Objects.requireNonNull(code, "code");
		RedisCommand.Args sent = args().raw("LOAD");
		if (replace) {
			sent.raw("REPLACE");
		}
		return run(onEveryMaster(sent.raw(code).command("FUNCTION", Replies::nonNullString)));
	}

	@Override
	public void functionDelete(String library) {
		Objects.requireNonNull(library, "library");
		run(onEveryMaster(args().raw("DELETE").raw(library).command("FUNCTION", (reply) -> null)));
	}

	@Override
	public void functionFlush() {
		run(onEveryMaster(args().raw("FLUSH").raw("SYNC").command("FUNCTION", (reply) -> null)));
	}

	@Override
	public void functionKill() {
		kill("FUNCTION");
	}

	/**
	 * A command a Redis Cluster runs on every master (SCRIPT LOAD and FLUSH, FUNCTION
	 * LOAD, DELETE and FLUSH).
	 */
	private <T> RedisCommand<T> onEveryMaster(RedisCommand<T> command) {
		return this.backend.isCluster() ? command.spreading(CommandShape.Spread.ALL_SUCCEEDED) : command;
	}

	// HyperLogLog

	@Override
	public boolean pfadd(String key, String... elements) {
		String k = k(key);
		return run(args().raw(k).addAll(Args.all("elements", elements)).command("PFADD", Replies::bool));
	}

	@Override
	public long pfcount(String... keys) {
		return run(args().addAll(ks(keys)).command("PFCOUNT", Replies::integer));
	}

	@Override
	public void pfmerge(String destination, String... sources) {
		String d = k(destination);
		Args.all("sources", sources);
		// Redis's key specs find no key in PFMERGE without a source (a cluster would run
		// it on any node): the destination, which is merged anyway, is named as a source
		String[] s = new String[Math.max(sources.length, 1)];
		s[0] = d;
		for (int i = 0; i < sources.length; i++) {
			s[i] = this.prefix + sources[i];
		}
		run(args().raw(d).addAll(s).command("PFMERGE", (reply) -> null));
	}

	/** BITFIELD's reply: an integer per subcommand, nil for one that failed. */
	private static List<@Nullable Long> nullableIntegers(@Nullable Object reply) {
		List<@Nullable Long> values = new ArrayList<>();
		for (Object value : Replies.list(reply)) {
			values.add(Replies.nullableInteger(value));
		}
		return values;
	}

	// LCS

	@Override
	public String lcs(String key1, String key2) {
		return run(args().raw(k(key1)).raw(k(key2)).command("LCS", Replies::nonNullString));
	}

	@Override
	public long lcsLen(String key1, String key2) {
		return run(args().raw(k(key1)).raw(k(key2)).raw("LEN").command("LCS", Replies::integer));
	}

	@Override
	public LcsMatches lcsIdx(String key1, String key2, long minMatchLen) {
		return run(args().raw(k(key1))
			.raw(k(key2))
			.raw("IDX")
			.raw("MINMATCHLEN")
			.add(minMatchLen)
			.raw("WITHMATCHLEN")
			.command("LCS", Replies::lcsMatches));
	}

	// geo

	@Override
	public long geoadd(String key, GeoAddOptions options, Collection<GeoMember<String>> members) {
		Objects.requireNonNull(options, "options");
		RedisCommand.Args args = args().raw(k(key));
		if (options.existence() != ZAddOptions.Existence.ANY) {
			args.raw(options.existence().name());
		}
		args.when(options.changed(), "CH");
		for (GeoMember<String> member : Args.some("members", members)) {
			Objects.requireNonNull(member, "member");
			args.add(member.longitude()).add(member.latitude()).raw(member.member());
		}
		return run(args.command("GEOADD", Replies::integer));
	}

	@Override
	public List<@Nullable GeoCoordinates> geopos(String key, String... members) {
		return run(args().raw(k(key)).addAll(Args.some("members", members)).command("GEOPOS", Replies::geoCoordinates));
	}

	@Override
	public @Nullable Double geodist(String key, String member1, String member2, GeoUnit unit) {
		Objects.requireNonNull(unit, "unit");
		return run(args().raw(k(key))
			.raw(Objects.requireNonNull(member1, "member1"))
			.raw(Objects.requireNonNull(member2, "member2"))
			.raw(unit.name())
			.command("GEODIST", Replies::nullableNumber));
	}

	@Override
	public List<@Nullable String> geohash(String key, String... members) {
		return run(args().raw(k(key)).addAll(Args.some("members", members)).command("GEOHASH", Replies::strings));
	}

	@Override
	public List<GeoResult<String>> geosearch(String key, GeoSearch search) {
		RedisCommand.Args args = geosearchArgs(args().raw(k(key)), search);
		args.when(search.coord(), "WITHCOORD").when(search.dist(), "WITHDIST").when(search.hash(), "WITHHASH");
		return run(args.command("GEOSEARCH",
				(reply) -> Replies.geoResults(reply, search.dist(), search.hash(), search.coord())));
	}

	@Override
	public long geosearchstore(String destination, String source, GeoSearch search, boolean storeDist) {
		RedisCommand.Args args = geosearchArgs(args().raw(k(destination)).raw(k(source)), search);
		args.when(search.coord(), "WITHCOORD").when(search.dist(), "WITHDIST").when(search.hash(), "WITHHASH");
		args.when(storeDist, "STOREDIST");
		return run(args.command("GEOSEARCHSTORE", Replies::integer));
	}

	/** FROMMEMBER or FROMLONLAT, BYRADIUS or BYBOX, the order and COUNT [ANY]. */
	private static RedisCommand.Args geosearchArgs(RedisCommand.Args args, GeoSearch search) {
		Objects.requireNonNull(search, "search");
		GeoUnit unit = search.requireShape();
		if (search.fromMember() != null) {
			args.raw("FROMMEMBER").raw(search.fromMember());
		}
		else {
			args.raw("FROMLONLAT").add(search.longitude()).add(search.latitude());
		}
		if (search.box()) {
			args.raw("BYBOX").add(search.width()).add(search.height()).raw(unit.name());
		}
		else {
			args.raw("BYRADIUS").add(search.radius()).raw(unit.name());
		}
		if (search.order() != null) {
			args.raw(search.order().name());
		}
		if (search.count() != null) {
			args.raw("COUNT").add(search.count());
			args.when(search.any(), "ANY");
		}
		return args;
	}

}
