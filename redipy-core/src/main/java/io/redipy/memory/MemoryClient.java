package io.redipy.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.redipy.CommandException;
import io.redipy.CrossSlotException;
import io.redipy.RedipyClient;
import io.redipy.ScriptException;
import io.redipy.api.AbstractBatch;
import io.redipy.api.Args;
import io.redipy.api.AutoClaim;
import io.redipy.api.Batch;
import io.redipy.api.BitFieldArgs;
import io.redipy.api.BitFieldType;
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
import io.redipy.command.Reply;
import io.redipy.command.Slots;
import io.redipy.script.RegisteredScript;
import io.redipy.script.Script;
import io.redipy.script.ScriptRunner;
import io.redipy.script.interp.Interpreter;
import io.redipy.script.ir.RawText;
import org.jspecify.annotations.Nullable;

/**
 * The memory backend's client: checks arguments, applies the key prefix, and runs each
 * command's {@link Op} on the store (or records it, for a batch).
 */
final class MemoryClient implements RedipyClient, ScriptRunner {

	private final MemoryStore store;

	private final String prefix;

	private final @Nullable MemoryBatch recording;

	/**
	 * The open subscriptions made through this client, closed with it; once closed,
	 * blocking calls and subscriptions are refused.
	 */
	private final OpenSubscriptions subscriptions;

	/**
	 * Who the store's blocked calls of this client belong to, so that closing the client
	 * ends them: the client itself, or for its store-form view, the client it views.
	 */
	private final Object owner;

	/**
	 * The state a script runs on, under the lock its caller holds; null outside scripts.
	 */
	private final @Nullable Db direct;

	/** Made under the store's lock on the first script call; read only under it. */
	private @Nullable DirectCommands scriptCommands;

	/**
	 * With cluster rules, while a script runs on this view: a declared key, whose slot
	 * every key the script touches must share, as on a cluster node; else null. Set and
	 * read under the store's lock.
	 */
	private @Nullable String scriptKey;

	/** The slot of {@link #scriptKey}, or -1. */
	private int scriptSlot = -1;

	/**
	 * Whether arguments and results are in store form (see {@link Strings}), as a script
	 * has them: a script's view, whose strings carry bytes that are not UTF-8 escaped.
	 * Otherwise this is the {@code String} API, whose arguments are taken as the Redis
	 * backend sends them (store form, a lone surrogate that stands for no byte as '?')
	 * and whose results are shown as UTF-8 decoding does ({@link ClientView}).
	 */
	private final boolean raw;

	/** The database the client's commands run in. */
	private final int index;

	MemoryClient(MemoryStore store, String prefix, int index) {
		this(store, prefix, null, null, index, false);
	}

	/**
	 * Creates a client on one database of a store.
	 * @param store the store
	 * @param index the database
	 * @param raw whether arguments and results are in store form (the endpoint's view)
	 */
	MemoryClient(MemoryStore store, int index, boolean raw) {
		this(store, "", null, null, index, raw);
	}

	private MemoryClient(MemoryStore store, String prefix, @Nullable MemoryBatch recording, @Nullable Db direct,
			int index, boolean raw) {
		this.store = store;
		this.prefix = prefix;
		this.recording = recording;
		this.direct = direct;
		this.index = index;
		this.raw = raw || direct != null;
		this.subscriptions = new OpenSubscriptions();
		this.owner = this;
	}

	/**
	 * A store-form view of a client: its prefix, database, lifetime and blocked calls.
	 */
	private MemoryClient(MemoryClient viewed) {
		this.store = viewed.store;
		this.prefix = viewed.prefix;
		this.recording = null;
		this.direct = null;
		this.index = viewed.index;
		this.raw = true;
		this.subscriptions = viewed.subscriptions;
		this.owner = viewed.owner;
	}

	@Override
	public <K, V> TypedCommands<K, V> withCodecs(Codec<K> keys, Codec<V> values) {
		return new CodecCommands<>(this.raw ? this : new MemoryClient(this), keys, values);
	}

	private <T> T run(Op<T> op) {
		if (this.recording != null) {
			throw this.recording.record(op);
		}
		if (this.direct != null) {
			return op.run(this.direct);
		}
		try {
			return view(this.store.execute(this.index, op));
		}
		catch (CommandException ex) {
			throw clientError(ex);
		}
		catch (ScriptException ex) {
			throw clientError(ex);
		}
	}

	/** A script's failure as the {@code String} API shows it (see above). */
	private ScriptException clientError(ScriptException ex) {
		if (this.raw || !RawText.hasEscapes(ex.reason())) {
			return ex;
		}
		String context = ex.getMessage();
		int newline = (context != null) ? context.indexOf('\n') : -1;
		Throwable cause = (ex.getCause() instanceof CommandException command) ? clientError(command) : ex.getCause();
		return new ScriptException(ex.scriptName(), RawText.toClient(ex.reason()),
				(newline >= 0) ? RawText.toClient(context.substring(newline + 1)) : null, cause);
	}

	/**
	 * An error as the {@code String} API shows it: an error that quotes bytes that are
	 * not UTF-8 (a stream key in {@code NOGROUP}) reads as Java decodes Redis's error
	 * text.
	 */
	private CommandException clientError(CommandException ex) {
		String message = ex.getMessage();
		if (this.raw || message == null || !RawText.hasEscapes(message)
				|| ex.getClass() != CommandException.of(message).getClass()) {
			return ex;
		}
		return CommandException.of(RawText.toClient(message), ex.getCause());
	}

	/**
	 * Runs a command on one key that answers a number, its arguments passed in (see
	 * {@link Op.OnKey}): on the store, nothing is allocated per call. A batch records it
	 * and a script runs it as an {@link Op}.
	 */
	private <A extends @Nullable Object, B extends @Nullable Object> long run(Op.OnKey<A, B> op, String key, A a, B b,
			long n) {
		if (this.recording != null || this.direct != null) {
			return run((db) -> op.run(db, key, a, b, n));
		}
		return this.store.execute(this.index, op, key, a, b, n);
	}

	/**
	 * Runs a command on one key whose API method returns nothing, its arguments passed in
	 * (see {@link Op.OnKey}); a batch response holds null for it.
	 */
	private <A extends @Nullable Object, B extends @Nullable Object> void runVoid(Op.OnKey<A, B> op, String key, A a,
			B b, long n) {
		if (this.recording != null || this.direct != null) {
			runVoid((db) -> op.run(db, key, a, b, n));
			return;
		}
		this.store.execute(this.index, op, key, a, b, n);
	}

	/**
	 * Runs a command that changes nothing; on the store, it first runs without the lock
	 * (see {@link MemoryStore#read}).
	 */
	private <T> T read(Op<T> op) {
		if (this.recording != null || this.direct != null) {
			return run(op);
		}
		try {
			return view(this.store.read(this.index, op));
		}
		catch (CommandException ex) {
			throw clientError(ex);
		}
	}

	/** A result as the {@code String} API shows it (see {@link ClientView}). */
	@SuppressWarnings("unchecked")
	private <T> T view(T result) {
		return (!this.raw && this.store.holdsRaw()) ? (T) ClientView.of(result) : result;
	}

	/**
	 * Takes an argument string as it is in store form: for the {@code String} API,
	 * normalised as UTF-8 encoding would; for a script's view, as it is, noting in the
	 * store when it carries bytes that are not UTF-8.
	 */
	private String in(String text) {
		if (!this.raw) {
			if (!RawText.hasEscapes(text)) {
				return text;
			}
			// the String API sends strings as the Redis backend does: a lone surrogate
			// U+DC80 + b is byte 0x80 + b, any other one is '?'; one round trip gives
			// the store form of those bytes
			text = RawText.decode(RawText.encode(text));
		}
		if (RawText.hasEscapes(text)) {
			// noted before the command runs: a reader then converts what it finds
			this.store.noteRaw();
		}
		return text;
	}

	@Override
	public <R> RegisteredScript<R> register(Script<R> script) {
		if (this.store.clusterRules() && !Slots.hasTag(this.prefix)) {
			// with a hash-tagged prefix every key is in the tag's slot, on one node
			script.checkRunsOnACluster();
		}
		RegisteredScript<R> registered = new RegisteredScript<>(script, this);
		registered.interpreter();
		return registered;
	}

	@Override
	public <R> @Nullable R runScript(RegisteredScript<R> script, Map<String, String> keys, Map<String, ?> args) {
		RegisteredScript.Bound bound = script.bind(keys, args);
		Interpreter interpreter = script.interpreter();
		if (!this.store.clusterRules() || bound.keys().length == 0) {
			// the whole script runs under the store's lock, its commands straight on the
			// state, through a view made once per client
			return run((db) -> script
				.result(interpreter.run(scriptCommands(db), this.store.scriptHost(), bound.keys(), bound.args())));
		}
		// as on a cluster: the declared keys share one slot (in a batch, with the batch's
		// other keys: k notes them), and every key the script touches is in it
		String[] declared = Arrays.stream(bound.keys()).map(this::k).toArray(String[]::new);
		oneSlot("script " + script.script().name(), declared);
		return run((db) -> {
			DirectCommands commands = scriptCommands(db);
			MemoryClient view = commands.client();
			view.scriptKey = declared[0];
			view.scriptSlot = Slots.of(declared[0]);
			try {
				return script.result(interpreter.run(commands, this.store.scriptHost(), bound.keys(), bound.args()));
			}
			finally {
				view.scriptKey = null;
				view.scriptSlot = -1;
			}
		});
	}

	/**
	 * What a script's commands run on: this client's prefix, straight on the state.
	 */
	private DirectCommands scriptCommands(Db db) {
		DirectCommands commands = this.scriptCommands;
		if (commands == null) {
			MemoryClient view = (this.direct == db) ? this : lockedView(db);
			commands = new DirectCommands(view, db);
			this.scriptCommands = commands;
		}
		return commands;
	}

	/**
	 * A client whose commands run straight on the state, under the lock its caller holds.
	 * @param db the state
	 * @return the client, with this one's prefix
	 */
	MemoryClient lockedView(Db db) {
		return new MemoryClient(this.store, this.prefix, null, db, this.index, true);
	}

	/**
	 * Runs a command whose API method returns nothing, so a batch response holds null.
	 */
	private void runVoid(java.util.function.Consumer<Db> action) {
		run((db) -> {
			action.accept(db);
			return null;
		});
	}

	String k(String key) {
		Objects.requireNonNull(key, "key");
		String stored = this.prefix.isEmpty() ? in(key) : this.prefix + in(key);
		String scriptKey = this.scriptKey;
		if (scriptKey != null && Slots.of(stored) != this.scriptSlot) {
			throw CrossSlotException.outsideScriptSlot(List.of(scriptKey, stored), null);
		}
		MemoryBatch batch = this.recording;
		if (batch != null && batch.keys != null) {
			// with cluster rules, a batch's keys must share one slot: checked at exec
			batch.keys.add(stored);
		}
		return stored;
	}

	/**
	 * With the store's cluster rules, refuses a command whose keys span hash slots, as
	 * the Redis backend does on a Redis Cluster, before anything changes. In a batch the
	 * batch checks all its keys when it runs.
	 * @param what the command, as the exception names it
	 * @param keys the keys, in store form with the prefix
	 */
	private void oneSlot(String what, String... keys) {
		if (this.store.clusterRules() && this.recording == null && !Slots.shareOne(Arrays.asList(keys))) {
			throw new CrossSlotException(what, Arrays.asList(keys));
		}
	}

	/**
	 * With the store's cluster rules, marks a batch that holds a keyspace command: on a
	 * cluster it works on every master, and a batch runs on one node, unless the key
	 * prefix has a hash tag, which puts all the client's keys on the tag's node.
	 */
	private void keyspaceInBatch(String command) {
		MemoryBatch batch = this.recording;
		if (batch == null || batch.keys == null) {
			return;
		}
		if (Slots.hasTag(this.prefix)) {
			batch.keys.add(this.prefix);
		}
		else if (batch.keyspace == null) {
			batch.keyspace = command;
		}
	}

	private void oneSlot(String what, String first, String[] rest) {
		if (this.store.clusterRules() && this.recording == null) {
			String[] all = new String[rest.length + 1];
			all[0] = first;
			System.arraycopy(rest, 0, all, 1, rest.length);
			oneSlot(what, all);
		}
	}

	private String[] ks(String name, String... keys) {
		Args.some(name, keys);
		String[] result = new String[keys.length];
		for (int i = 0; i < keys.length; i++) {
			result[i] = k(keys[i]);
		}
		return result;
	}

	String v(String name, String value) {
		return in(Objects.requireNonNull(value, name));
	}

	private String[] vs(String name, String... values) {
		Args.some(name, values);
		String[] result = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = in(values[i]);
		}
		return result;
	}

	private Map<String, String> kvs(Map<String, String> values, boolean prefixKeys) {
		Args.some("values", values);
		Map<String, String> result = new LinkedHashMap<>();
		values.forEach((key, value) -> result.put(prefixKeys ? k(key) : v("field", key), v("value", value)));
		return result;
	}

	String unprefix(String key) {
		return key.substring(this.prefix.length());
	}

	@Override
	public Batch batch() {
		return new MemoryBatch(this.store, this.prefix, this.index, this.raw);
	}

	@Override
	public String backend() {
		return "memory";
	}

	@Override
	public String keyPrefix() {
		return this.prefix;
	}

	@Override
	public void close() {
		// the store lives as long as someone refers to it; calls blocked through this
		// client end now, later ones are refused
		this.subscriptions.closeAll();
		this.store.cancel(this.owner);
	}

	// pub/sub

	@Override
	public long publish(String channel, String message) {
		return this.store.pubSub().publish(k(channel), v("message", message));
	}

	@Override
	public long spublish(String shardChannel, String message) {
		return this.store.pubSub().spublish(k(shardChannel), v("message", message));
	}

	@Override
	public Subscription subscribe(@Nullable MessageListener listener, int capacity, String... channels) {
		return this.subscriptions.open((onClose) -> this.store.pubSub()
			.subscribe(this.prefix, this.store.clusterRules(), listener, capacity, onClose), channels);
	}

	// blocking commands

	@Override
	public @Nullable KeyValue blpop(Duration timeout, String... keys) {
		return blockingPop("BLPOP", timeout, keys, ListValue.class, (db, key) -> {
			String value = ListOps.pop(db, key, true);
			return (value != null) ? new KeyValue(unprefix(key), value) : null;
		});
	}

	@Override
	public @Nullable KeyValue brpop(Duration timeout, String... keys) {
		return blockingPop("BRPOP", timeout, keys, ListValue.class, (db, key) -> {
			String value = ListOps.pop(db, key, false);
			return (value != null) ? new KeyValue(unprefix(key), value) : null;
		});
	}

	@Override
	public @Nullable String blmove(String source, String destination, ListSide from, ListSide to, Duration timeout) {
		String d = k(destination);
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		oneSlot("BLMOVE", k(source), d);
		return blockingPop("BLMOVE", timeout, new String[] { source }, ListValue.class,
				(db, key) -> ListOps.lmove(db, key, d, from == ListSide.LEFT, to == ListSide.LEFT));
	}

	@Override
	public @Nullable KeyedScoredMember bzpopmin(Duration timeout, String... keys) {
		return blockingPop("BZPOPMIN", timeout, keys, ZSetValue.class, (db, key) -> zpopOne(db, key, false));
	}

	@Override
	public @Nullable KeyedScoredMember bzpopmax(Duration timeout, String... keys) {
		return blockingPop("BZPOPMAX", timeout, keys, ZSetValue.class, (db, key) -> zpopOne(db, key, true));
	}

	private @Nullable KeyedScoredMember zpopOne(Db db, String key, boolean max) {
		List<ScoredMember> popped = ZSetOps.zpop(db, key, 1, max);
		return popped.isEmpty() ? null
				: new KeyedScoredMember(unprefix(key), popped.get(0).member(), popped.get(0).score());
	}

	/**
	 * Takes from the first key that holds a value of the given type (keys hold no empty
	 * collections), waiting for one when none does.
	 */
	private <T> @Nullable T blockingPop(String name, Duration timeout, String[] keys, Class<?> type,
			java.util.function.BiFunction<Db, String, @Nullable T> pop) {
		long millis = Durations.blockingTimeoutMillis(timeout);
		String[] k = ks("keys", keys);
		oneSlot(name, k);
		return view(this.store.block(this.index, MemoryStore.Attempt.firstOf(k, type, pop), k, millis, this.owner,
				this.subscriptions::isClosed));
	}

	// keys

	@Override
	public long del(String... keys) {
		String[] k = ks("keys", keys);
		return run(db -> KeyOps.del(db, k));
	}

	@Override
	public long unlink(String... keys) {
		String[] k = ks("keys", keys);
		return run(db -> KeyOps.del(db, k));
	}

	@Override
	public long exists(String... keys) {
		String[] k = ks("keys", keys);
		return read(db -> KeyOps.exists(db, k));
	}

	@Override
	public KeyType type(String key) {
		String k = k(key);
		return read(db -> KeyOps.type(db, k));
	}

	@Override
	public boolean expire(String key, Duration ttl, ExpireCondition condition) {
		return expireGeneric(key, Durations.wholeSeconds(ttl, "ttl"), 1000, false, condition, "expire");
	}

	@Override
	public boolean pexpire(String key, Duration ttl, ExpireCondition condition) {
		return expireGeneric(key, Durations.wholeMillis(ttl, "ttl"), 1, false, condition, "pexpire");
	}

	@Override
	public boolean expireat(String key, Instant at, ExpireCondition condition) {
		return expireGeneric(key, Durations.epochSeconds(at, "at"), 1000, true, condition, "expireat");
	}

	@Override
	public boolean pexpireat(String key, Instant at, ExpireCondition condition) {
		return expireGeneric(key, Durations.epochMillis(at, "at"), 1, true, condition, "pexpireat");
	}

	private boolean expireGeneric(String key, long amount, long unit, boolean absolute, ExpireCondition condition,
			String command) {
		String k = k(key);
		Objects.requireNonNull(condition, "condition");
		return run(db -> KeyOps.expire(db, k, amount, unit, absolute, condition, command));
	}

	@Override
	public Ttl ttl(String key) {
		String k = k(key);
		return read(db -> KeyOps.ttl(db, k, false));
	}

	@Override
	public Ttl pttl(String key) {
		String k = k(key);
		return read(db -> KeyOps.ttl(db, k, true));
	}

	@Override
	public ExpireTime expiretime(String key) {
		String k = k(key);
		return read(db -> KeyOps.expiretime(db, k, false));
	}

	@Override
	public ExpireTime pexpiretime(String key) {
		String k = k(key);
		return read(db -> KeyOps.expiretime(db, k, true));
	}

	@Override
	public long touch(String... keys) {
		// the store keeps no access times (OBJECT IDLETIME answers 0): TOUCH counts as
		// EXISTS does, and like it sends keymiss for a missing key
		String[] k = ks("keys", keys);
		return read(db -> KeyOps.exists(db, k));
	}

	@Override
	public byte @Nullable [] dump(String key) {
		String k = k(key);
		// under the lock: the payload reads the whole value
		return run(db -> DumpOps.dump(db, k));
	}

	@Override
	public void restore(String key, byte[] payload, RestoreOptions options) {
		String k = k(key);
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(options, "options");
		byte[] copy = payload.clone();
		long ttl = options.ttlArgument();
		boolean absolute = options.absolute();
		boolean replace = options.replace();
		run(db -> {
			DumpOps.restore(db, k, () -> ttl, copy, replace, absolute);
			return null;
		});
	}

	@Override
	public boolean persist(String key) {
		String k = k(key);
		return run(db -> KeyOps.persist(db, k));
	}

	@Override
	public void rename(String key, String newKey) {
		String k = k(key);
		String n = k(newKey);
		oneSlot("RENAME", k, n);
		runVoid((db) -> KeyOps.rename(db, k, n, false));
	}

	@Override
	public boolean renamenx(String key, String newKey) {
		String k = k(key);
		String n = k(newKey);
		oneSlot("RENAMENX", k, n);
		return run(db -> KeyOps.rename(db, k, n, true));
	}

	@Override
	public boolean copy(String source, String destination, boolean replace) {
		String s = k(source);
		String d = k(destination);
		oneSlot("COPY", s, d);
		return run(db -> KeyOps.copy(db, s, d, replace));
	}

	// SORT

	@Override
	public List<@Nullable String> sort(String key, SortArgs args) {
		return sortList(key, args);
	}

	@Override
	public List<@Nullable String> sortRo(String key, SortArgs args) {
		return sortList(key, args);
	}

	private List<@Nullable String> sortList(String key, SortArgs args) {
		String s = k(key);
		SortOps.Request request = sortRequest(args, null);
		return run(db -> {
			sortInCluster(args);
			return SortOps.sort(db, s, request, this.direct != null).values();
		});
	}

	@Override
	public long sortStore(String key, SortArgs args, String destination) {
		String s = k(key);
		String d = k(destination);
		oneSlot("SORT", s, d);
		SortOps.Request request = sortRequest(args, d);
		return run(db -> {
			sortInCluster(args);
			return SortOps.sort(db, s, request, this.direct != null).stored();
		});
	}

	/**
	 * The request for SORT's options, the key prefix put before the patterns that name
	 * keys (those with a {@code *}).
	 */
	private SortOps.Request sortRequest(SortArgs args, @Nullable String destination) {
		Objects.requireNonNull(args, "args");
		List<byte[]> gets = new ArrayList<>(args.get().size());
		for (String get : args.get()) {
			gets.add(sortPattern(get));
		}
		return SortOps.Request.of((args.by() != null) ? sortPattern(args.by()) : null, args.offset(), args.count(),
				gets, args.desc(), args.alpha(), destination);
	}

	private byte[] sortPattern(String pattern) {
		byte[] bytes = Wire.bytes(in(pattern));
		if (this.prefix.isEmpty() || !SortOps.hasStar(bytes)) {
			return bytes;
		}
		byte[] prefix = Wire.bytes(this.prefix);
		byte[] prefixed = Arrays.copyOf(prefix, prefix.length + bytes.length);
		System.arraycopy(bytes, 0, prefixed, prefix.length, bytes.length);
		return prefixed;
	}

	/** Redis Cluster's refusals of BY patterns that name keys and of GET. */
	private void sortInCluster(SortArgs args) {
		if (this.store.clusterRules()) {
			SortOps.checkCluster((args.by() != null) ? List.of(Wire.bytes(in(args.by()))) : List.of(),
					!args.get().isEmpty());
		}
	}

	@Override
	public ScanPage<String> scan(String cursor, ScanOptions options) {
		Objects.requireNonNull(cursor, "cursor");
		Objects.requireNonNull(options, "options");
		keyspaceInBatch("SCAN");
		return run(db -> KeyOps.scan(db, KeyOps.parseCursor(cursor), options, this.prefix));
	}

	@Override
	public List<String> keys(String pattern) {
		Objects.requireNonNull(pattern, "pattern");
		keyspaceInBatch("KEYS");
		return run(db -> KeyOps.keys(db, pattern, this.prefix));
	}

	@Override
	public long dbsize() {
		keyspaceInBatch("DBSIZE");
		return run(db -> KeyOps.dbsize(db, this.prefix));
	}

	@Override
	public void flushall() {
		keyspaceInBatch("FLUSHALL");
		runVoid((db) -> KeyOps.flushall(db, this.prefix));
	}

	@Override
	public @Nullable String randomkey() {
		keyspaceInBatch("RANDOMKEY");
		return run(db -> KeyOps.randomkey(db, this.prefix));
	}

	@Override
	public String ping() {
		return run(db -> "PONG");
	}

	// strings

	@Override
	public @Nullable String get(String key) {
		String k = k(key);
		return read(db -> db.getString(k));
	}

	@Override
	public void set(String key, String value) {
		String k = k(key);
		String v = v("value", value);
		// lambdas that capture nothing, here and below: one object for all calls
		runVoid((db, stored, text, a, n) -> {
			db.replace(stored, text);
			db.notify(KeyEvents.STRING, "set", stored);
			return 0;
		}, k, v, null, 0);
	}

	@Override
	public boolean set(String key, String value, SetOptions options) {
		String k = k(key);
		String v = v("value", value);
		Objects.requireNonNull(options, "options");
		return run(db -> StringOps.set(db, k, v, options, false)) == Boolean.TRUE;
	}

	@Override
	public @Nullable String setGet(String key, String value, SetOptions options) {
		String k = k(key);
		String v = v("value", value);
		Objects.requireNonNull(options, "options");
		return (String) run(db -> StringOps.set(db, k, v, options, true));
	}

	@Override
	public boolean setnx(String key, String value) {
		return set(key, value, SetOptions.ifMissing());
	}

	@Override
	public @Nullable String getdel(String key) {
		String k = k(key);
		return run(db -> StringOps.getdel(db, k));
	}

	@Override
	public @Nullable String getex(String key, Expiration expiration) {
		String k = k(key);
		Objects.requireNonNull(expiration, "expiration");
		return run(db -> StringOps.getex(db, k, expiration));
	}

	@Override
	public @Nullable String getset(String key, String value) {
		return setGet(key, value, SetOptions.always());
	}

	@Override
	public List<@Nullable String> mget(String... keys) {
		String[] k = ks("keys", keys);
		return read(db -> StringOps.mget(db, k));
	}

	@Override
	public void mset(Map<String, String> values) {
		Map<String, String> kv = kvs(values, true);
		oneSlot("MSET", kv.keySet().toArray(new String[0]));
		runVoid((db) -> StringOps.mset(db, kv, false));
	}

	@Override
	public boolean msetnx(Map<String, String> values) {
		Map<String, String> kv = kvs(values, true);
		oneSlot("MSETNX", kv.keySet().toArray(new String[0]));
		return run(db -> StringOps.mset(db, kv, true));
	}

	@Override
	public long incr(String key) {
		return incrby(key, 1);
	}

	@Override
	public long incrby(String key, long increment) {
		String k = k(key);
		return run((db, counter, a, b, by) -> StringOps.incrby(db, counter, by), k, null, null, increment);
	}

	@Override
	public long decr(String key) {
		return incrby(key, -1);
	}

	@Override
	public long decrby(String key, long decrement) {
		String k = k(key);
		return run((db, counter, a, b, by) -> StringOps.decrby(db, counter, by), k, null, null, decrement);
	}

	@Override
	public double incrbyfloat(String key, double increment) {
		String k = k(key);
		return run(db -> StringOps.incrbyfloat(db, k, increment));
	}

	@Override
	public long append(String key, String value) {
		String k = k(key);
		String v = v("value", value);
		return run(db -> StringOps.append(db, k, v));
	}

	@Override
	public long strlen(String key) {
		String k = k(key);
		return read(db -> StringOps.strlen(db, k));
	}

	@Override
	public String getrange(String key, long start, long end) {
		String k = k(key);
		// a range may cut a character of UTF-8 text: its bytes read as a client reads
		// them (in the op, so that a batch's response reads alike)
		boolean raw = this.raw;
		return read(db -> {
			String range = StringOps.getrange(db, k, start, end);
			return raw ? range : RawText.toClient(range);
		});
	}

	@Override
	public long setrange(String key, long offset, String value) {
		String k = k(key);
		String v = v("value", value);
		return run(db -> StringOps.setrange(db, k, offset, v));
	}

	// lists

	@Override
	public long lpush(String key, String... values) {
		String k = k(key);
		String[] v = vs("values", values);
		return run(db -> ListOps.push(db, k, v, true, false));
	}

	@Override
	public long rpush(String key, String... values) {
		String k = k(key);
		String[] v = vs("values", values);
		return run(db -> ListOps.push(db, k, v, false, false));
	}

	@Override
	public long lpushx(String key, String... values) {
		String k = k(key);
		String[] v = vs("values", values);
		return run(db -> ListOps.push(db, k, v, true, true));
	}

	@Override
	public long rpushx(String key, String... values) {
		String k = k(key);
		String[] v = vs("values", values);
		return run(db -> ListOps.push(db, k, v, false, true));
	}

	@Override
	public @Nullable String lpop(String key) {
		String k = k(key);
		return run(db -> ListOps.pop(db, k, true));
	}

	@Override
	public List<String> lpop(String key, long count) {
		String k = k(key);
		return run(db -> ListOps.pop(db, k, count, true));
	}

	@Override
	public @Nullable String rpop(String key) {
		String k = k(key);
		return run(db -> ListOps.pop(db, k, false));
	}

	@Override
	public List<String> rpop(String key, long count) {
		String k = k(key);
		return run(db -> ListOps.pop(db, k, count, false));
	}

	@Override
	public List<String> lrange(String key, long start, long stop) {
		String k = k(key);
		return read(db -> ListOps.lrange(db, k, start, stop));
	}

	@Override
	public @Nullable String lindex(String key, long index) {
		String k = k(key);
		return read(db -> ListOps.lindex(db, k, index));
	}

	@Override
	public void lset(String key, long index, String value) {
		String k = k(key);
		String v = v("value", value);
		runVoid((db) -> ListOps.lset(db, k, index, v));
	}

	@Override
	public long llen(String key) {
		String k = k(key);
		return read(db -> ListOps.llen(db, k));
	}

	@Override
	public long lrem(String key, long count, String value) {
		String k = k(key);
		String v = v("value", value);
		return run(db -> ListOps.lrem(db, k, count, v));
	}

	@Override
	public void ltrim(String key, long start, long stop) {
		String k = k(key);
		runVoid((db) -> ListOps.ltrim(db, k, start, stop));
	}

	@Override
	public long linsert(String key, ListPosition position, String pivot, String value) {
		String k = k(key);
		Objects.requireNonNull(position, "position");
		String p = v("pivot", pivot);
		String v = v("value", value);
		return run(db -> ListOps.linsert(db, k, position == ListPosition.BEFORE, p, v));
	}

	@Override
	public @Nullable Long lpos(String key, String element, LposOptions options) {
		String k = k(key);
		String e = v("element", element);
		Objects.requireNonNull(options, "options");
		return run(db -> {
			List<Long> found = ListOps.lpos(db, k, e, 1, options);
			return found.isEmpty() ? null : found.get(0);
		});
	}

	@Override
	public List<Long> lpos(String key, String element, long count, LposOptions options) {
		String k = k(key);
		String e = v("element", element);
		Objects.requireNonNull(options, "options");
		return run(db -> ListOps.lpos(db, k, e, count, options));
	}

	@Override
	public @Nullable String lmove(String source, String destination, ListSide from, ListSide to) {
		String s = k(source);
		String d = k(destination);
		oneSlot("LMOVE", s, d);
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		return run(db -> ListOps.lmove(db, s, d, from == ListSide.LEFT, to == ListSide.LEFT));
	}

	@Override
	public @Nullable String rpoplpush(String source, String destination) {
		return lmove(source, destination, ListSide.RIGHT, ListSide.LEFT);
	}

	// hashes

	@Override
	public long hset(String key, String field, String value) {
		String k = k(key);
		String f = v("field", field);
		String v = v("value", value);
		return run((db, hash, name, text, n) -> HashOps.hset(db, hash, name, text), k, f, v, 0);
	}

	@Override
	public long hset(String key, Map<String, String> fields) {
		String k = k(key);
		Map<String, String> f = kvs(fields, false);
		return run(db -> HashOps.hset(db, k, f));
	}

	@Override
	public boolean hsetnx(String key, String field, String value) {
		String k = k(key);
		String f = v("field", field);
		String v = v("value", value);
		return run(db -> HashOps.hsetnx(db, k, f, v));
	}

	@Override
	public @Nullable String hget(String key, String field) {
		String k = k(key);
		String f = v("field", field);
		return read(db -> HashOps.hget(db, k, f));
	}

	@Override
	public List<@Nullable String> hmget(String key, String... fields) {
		String k = k(key);
		String[] f = vs("fields", fields);
		return read(db -> HashOps.hmget(db, k, f));
	}

	@Override
	public long hdel(String key, String... fields) {
		String k = k(key);
		String[] f = vs("fields", fields);
		return run(db -> HashOps.hdel(db, k, f));
	}

	@Override
	public boolean hexists(String key, String field) {
		String k = k(key);
		String f = v("field", field);
		return read(db -> HashOps.hget(db, k, f) != null);
	}

	@Override
	public long hlen(String key) {
		String k = k(key);
		return read(db -> HashOps.hlen(db, k));
	}

	@Override
	public List<String> hkeys(String key) {
		String k = k(key);
		return read(db -> HashOps.hkeys(db, k));
	}

	@Override
	public List<String> hvals(String key) {
		String k = k(key);
		return read(db -> HashOps.hvals(db, k));
	}

	@Override
	public Map<String, String> hgetall(String key) {
		String k = k(key);
		return read(db -> HashOps.hgetall(db, k));
	}

	@Override
	public long hincrby(String key, String field, long increment) {
		String k = k(key);
		String f = v("field", field);
		return run(db -> HashOps.hincrby(db, k, f, increment));
	}

	@Override
	public double hincrbyfloat(String key, String field, double increment) {
		String k = k(key);
		String f = v("field", field);
		return run(db -> HashOps.hincrbyfloat(db, k, f, increment));
	}

	@Override
	public long hstrlen(String key, String field) {
		String k = k(key);
		String f = v("field", field);
		return read(db -> HashOps.hstrlen(db, k, f));
	}

	@Override
	public @Nullable String hrandfield(String key) {
		String k = k(key);
		return run(db -> {
			List<HashEntry> picked = HashOps.hrandfield(db, k, 1);
			return picked.isEmpty() ? null : picked.get(0).field();
		});
	}

	@Override
	public List<String> hrandfield(String key, long count) {
		String k = k(key);
		return run(db -> HashOps.hrandfield(db, k, count).stream().map(HashEntry::field).toList());
	}

	@Override
	public List<HashEntry> hrandfieldWithValues(String key, long count) {
		String k = k(key);
		return run(db -> HashOps.hrandfieldWithValues(db, k, count));
	}

	@Override
	public ScanPage<HashEntry> hscan(String key, String cursor, ScanOptions options) {
		String k = k(key);
		Objects.requireNonNull(cursor, "cursor");
		KeyOps.requireNoType(options);
		return run(db -> HashOps.hscan(db, k, KeyOps.parseCursor(cursor), options));
	}

	// sets

	@Override
	public long sadd(String key, String... members) {
		String k = k(key);
		String[] m = vs("members", members);
		return run(db -> SetOps.sadd(db, k, m));
	}

	@Override
	public long srem(String key, String... members) {
		String k = k(key);
		String[] m = vs("members", members);
		return run(db -> SetOps.srem(db, k, m));
	}

	@Override
	public boolean sismember(String key, String member) {
		String k = k(key);
		String m = v("member", member);
		return read(db -> SetOps.smismember(db, k, new String[] { m }).get(0));
	}

	@Override
	public List<Boolean> smismember(String key, String... members) {
		String k = k(key);
		String[] m = vs("members", members);
		return read(db -> SetOps.smismember(db, k, m));
	}

	@Override
	public long scard(String key) {
		String k = k(key);
		return read(db -> SetOps.scard(db, k));
	}

	@Override
	public Set<String> smembers(String key) {
		String k = k(key);
		return read(db -> SetOps.smembers(db, k));
	}

	@Override
	public @Nullable String spop(String key) {
		String k = k(key);
		return run(db -> {
			Set<String> popped = SetOps.spop(db, k, 1);
			return popped.isEmpty() ? null : popped.iterator().next();
		});
	}

	@Override
	public Set<String> spop(String key, long count) {
		String k = k(key);
		return run(db -> SetOps.spop(db, k, count));
	}

	@Override
	public @Nullable String srandmember(String key) {
		String k = k(key);
		return run(db -> {
			List<String> picked = SetOps.srandmember(db, k, 1);
			return picked.isEmpty() ? null : picked.get(0);
		});
	}

	@Override
	public List<String> srandmember(String key, long count) {
		String k = k(key);
		return run(db -> SetOps.srandmember(db, k, count));
	}

	@Override
	public boolean smove(String source, String destination, String member) {
		String s = k(source);
		String d = k(destination);
		oneSlot("SMOVE", s, d);
		String m = v("member", member);
		return run(db -> SetOps.smove(db, s, d, m));
	}

	@Override
	public Set<String> sinter(String... keys) {
		String[] k = ks("keys", keys);
		oneSlot("SINTER", k);
		return run(db -> SetOps.combine(db, SetOps.Kind.INTER, k).toSet());
	}

	@Override
	public Set<String> sunion(String... keys) {
		String[] k = ks("keys", keys);
		oneSlot("SUNION", k);
		return run(db -> SetOps.combine(db, SetOps.Kind.UNION, k).toSet());
	}

	@Override
	public Set<String> sdiff(String... keys) {
		String[] k = ks("keys", keys);
		oneSlot("SDIFF", k);
		return run(db -> SetOps.combine(db, SetOps.Kind.DIFF, k).toSet());
	}

	@Override
	public long sinterstore(String destination, String... keys) {
		String d = k(destination);
		String[] k = ks("keys", keys);
		oneSlot("SINTERSTORE", d, k);
		return run(db -> SetOps.store(db, d, SetOps.Kind.INTER, k));
	}

	@Override
	public long sunionstore(String destination, String... keys) {
		String d = k(destination);
		String[] k = ks("keys", keys);
		oneSlot("SUNIONSTORE", d, k);
		return run(db -> SetOps.store(db, d, SetOps.Kind.UNION, k));
	}

	@Override
	public long sdiffstore(String destination, String... keys) {
		String d = k(destination);
		String[] k = ks("keys", keys);
		oneSlot("SDIFFSTORE", d, k);
		return run(db -> SetOps.store(db, d, SetOps.Kind.DIFF, k));
	}

	@Override
	public long sintercard(long limit, String... keys) {
		String[] k = ks("keys", keys);
		oneSlot("SINTERCARD", k);
		return run(db -> SetOps.sintercard(db, limit, k));
	}

	@Override
	public ScanPage<String> sscan(String key, String cursor, ScanOptions options) {
		String k = k(key);
		Objects.requireNonNull(cursor, "cursor");
		KeyOps.requireNoType(options);
		return run(db -> SetOps.sscan(db, k, KeyOps.parseCursor(cursor), options));
	}

	// sorted sets

	@Override
	public long zadd(String key, ZAddOptions options, Collection<ScoredMember> members) {
		String k = k(key);
		Objects.requireNonNull(options, "options");
		List<ScoredMember> m = new ArrayList<>();
		for (ScoredMember member : Args.some("members", members)) {
			m.add(new ScoredMember(in(member.member()), member.score()));
		}
		return run(db -> ZSetOps.zadd(db, k, options, m));
	}

	@Override
	public @Nullable Double zaddIncr(String key, ZAddOptions options, double increment, String member) {
		String k = k(key);
		Objects.requireNonNull(options, "options");
		String m = v("member", member);
		return run(db -> ZSetOps.zaddIncr(db, k, options, increment, m));
	}

	@Override
	public long zrem(String key, String... members) {
		String k = k(key);
		String[] m = vs("members", members);
		return run(db -> ZSetOps.zrem(db, k, m));
	}

	@Override
	public @Nullable Double zscore(String key, String member) {
		String k = k(key);
		String m = v("member", member);
		return read(db -> ZSetOps.zmscore(db, k, new String[] { m }).get(0));
	}

	@Override
	public List<@Nullable Double> zmscore(String key, String... members) {
		String k = k(key);
		String[] m = vs("members", members);
		return read(db -> ZSetOps.zmscore(db, k, m));
	}

	@Override
	public double zincrby(String key, double increment, String member) {
		String k = k(key);
		String m = v("member", member);
		return run(db -> ZSetOps.zincrby(db, k, increment, m));
	}

	@Override
	public long zcard(String key) {
		String k = k(key);
		return read(db -> ZSetOps.zcard(db, k));
	}

	@Override
	public long zcount(String key, ScoreRange range) {
		String k = k(key);
		Objects.requireNonNull(range, "range");
		return read(db -> ZSetOps.zcount(db, k, range));
	}

	@Override
	public long zlexcount(String key, LexRange range) {
		String k = k(key);
		Objects.requireNonNull(range, "range");
		return read(db -> ZSetOps.zlexcount(db, k, range));
	}

	@Override
	public List<String> zrange(String key, ZRange range) {
		String k = k(key);
		Objects.requireNonNull(range, "range");
		return read(db -> ZSetOps.zrange(db, k, range).stream().map(ScoredMember::member).toList());
	}

	@Override
	public List<ScoredMember> zrangeWithScores(String key, ZRange range) {
		String k = k(key);
		Objects.requireNonNull(range, "range");
		return read(db -> ZSetOps.zrangeWithScores(db, k, range));
	}

	@Override
	public long zrangestore(String destination, String source, ZRange range) {
		String d = k(destination);
		String s = k(source);
		oneSlot("ZRANGESTORE", d, s);
		Objects.requireNonNull(range, "range");
		return run(db -> ZSetOps.zrangestore(db, d, s, range));
	}

	@Override
	public @Nullable Long zrank(String key, String member) {
		String k = k(key);
		String m = v("member", member);
		return read(db -> ZSetOps.zrank(db, k, m, false));
	}

	@Override
	public @Nullable Long zrevrank(String key, String member) {
		String k = k(key);
		String m = v("member", member);
		return read(db -> ZSetOps.zrank(db, k, m, true));
	}

	@Override
	public @Nullable ScoredMember zpopmin(String key) {
		String k = k(key);
		return run(db -> {
			List<ScoredMember> popped = ZSetOps.zpop(db, k, 1, false);
			return popped.isEmpty() ? null : popped.get(0);
		});
	}

	@Override
	public List<ScoredMember> zpopmin(String key, long count) {
		String k = k(key);
		return run(db -> ZSetOps.zpop(db, k, count, false));
	}

	@Override
	public @Nullable ScoredMember zpopmax(String key) {
		String k = k(key);
		return run(db -> {
			List<ScoredMember> popped = ZSetOps.zpop(db, k, 1, true);
			return popped.isEmpty() ? null : popped.get(0);
		});
	}

	@Override
	public List<ScoredMember> zpopmax(String key, long count) {
		String k = k(key);
		return run(db -> ZSetOps.zpop(db, k, count, true));
	}

	@Override
	public long zremrangebyrank(String key, long start, long stop) {
		String k = k(key);
		return run(db -> ZSetOps.zremrange(db, k, ZRange.byRank(start, stop)));
	}

	@Override
	public long zremrangebyscore(String key, ScoreRange range) {
		String k = k(key);
		Objects.requireNonNull(range, "range");
		return run(db -> ZSetOps.zremrange(db, k, ZRange.byScore(range)));
	}

	@Override
	public long zremrangebylex(String key, LexRange range) {
		String k = k(key);
		Objects.requireNonNull(range, "range");
		return run(db -> ZSetOps.zremrange(db, k, ZRange.byLex(range)));
	}

	@Override
	public long zunionstore(String destination, ZStoreOptions options, String... keys) {
		String d = k(destination);
		Objects.requireNonNull(options, "options");
		String[] k = ks("keys", keys);
		oneSlot("ZUNIONSTORE", d, k);
		return run(db -> ZSetOps.store(db, d, ZSetOps.Kind.UNION, options, k));
	}

	@Override
	public long zinterstore(String destination, ZStoreOptions options, String... keys) {
		String d = k(destination);
		Objects.requireNonNull(options, "options");
		String[] k = ks("keys", keys);
		oneSlot("ZINTERSTORE", d, k);
		return run(db -> ZSetOps.store(db, d, ZSetOps.Kind.INTER, options, k));
	}

	@Override
	public long zdiffstore(String destination, String... keys) {
		String d = k(destination);
		String[] k = ks("keys", keys);
		oneSlot("ZDIFFSTORE", d, k);
		return run(db -> ZSetOps.store(db, d, ZSetOps.Kind.DIFF, ZStoreOptions.none(), k));
	}

	@Override
	public List<String> zunion(ZStoreOptions options, String... keys) {
		return zalgebra("ZUNION", ZSetOps.Kind.UNION, options, keys, MemoryClient::members);
	}

	@Override
	public List<ScoredMember> zunionWithScores(ZStoreOptions options, String... keys) {
		return zalgebra("ZUNION", ZSetOps.Kind.UNION, options, keys, (scored) -> scored);
	}

	@Override
	public List<String> zinter(ZStoreOptions options, String... keys) {
		return zalgebra("ZINTER", ZSetOps.Kind.INTER, options, keys, MemoryClient::members);
	}

	@Override
	public List<ScoredMember> zinterWithScores(ZStoreOptions options, String... keys) {
		return zalgebra("ZINTER", ZSetOps.Kind.INTER, options, keys, (scored) -> scored);
	}

	@Override
	public List<String> zdiff(String... keys) {
		return zalgebra("ZDIFF", ZSetOps.Kind.DIFF, ZStoreOptions.none(), keys, MemoryClient::members);
	}

	@Override
	public List<ScoredMember> zdiffWithScores(String... keys) {
		return zalgebra("ZDIFF", ZSetOps.Kind.DIFF, ZStoreOptions.none(), keys, (scored) -> scored);
	}

	@Override
	public long zintercard(long limit, String... keys) {
		String[] k = ks("keys", keys);
		oneSlot("ZINTERCARD", k);
		return read(db -> ZSetOps.zintercard(db, limit, k));
	}

	/**
	 * ZUNION, ZINTER and ZDIFF: the combined sorted set, from the lowest score, in the
	 * shape the method answers (a batch records the whole operation).
	 */
	private <T> T zalgebra(String name, ZSetOps.Kind kind, ZStoreOptions options, String[] keys,
			java.util.function.Function<List<ScoredMember>, T> shape) {
		Objects.requireNonNull(options, "options");
		String[] k = ks("keys", keys);
		oneSlot(name, k);
		return read(db -> shape.apply(ZSetOps.algebra(db, kind, options, k)));
	}

	private static List<String> members(List<ScoredMember> scored) {
		List<String> members = new ArrayList<>(scored.size());
		for (ScoredMember member : scored) {
			members.add(member.member());
		}
		return members;
	}

	@Override
	public @Nullable String zrandmember(String key) {
		String k = k(key);
		return run(db -> {
			List<ScoredMember> picked = ZSetOps.zrandmember(db, k, 1);
			return picked.isEmpty() ? null : picked.get(0).member();
		});
	}

	@Override
	public List<String> zrandmember(String key, long count) {
		String k = k(key);
		return run(db -> ZSetOps.zrandmember(db, k, count).stream().map(ScoredMember::member).toList());
	}

	@Override
	public List<ScoredMember> zrandmemberWithScores(String key, long count) {
		String k = k(key);
		return run(db -> ZSetOps.zrandmemberWithScores(db, k, count));
	}

	@Override
	public ScanPage<ScoredMember> zscan(String key, String cursor, ScanOptions options) {
		String k = k(key);
		Objects.requireNonNull(cursor, "cursor");
		KeyOps.requireNoType(options);
		return run(db -> ZSetOps.zscan(db, k, KeyOps.parseCursor(cursor), options));
	}

	/** A batch on the memory store: records ops, runs them under one lock hold. */
	static final class MemoryBatch extends AbstractBatch<Op<?>> {

		private final MemoryStore store;

		private final MemoryClient recorder;

		private final int index;

		private final boolean raw;

		/**
		 * The keys of the queued commands, in store form, when the store applies cluster
		 * rules (else null).
		 */
		final @Nullable List<String> keys;

		/** A keyspace command queued without a hash-tagged prefix, with cluster rules. */
		@Nullable String keyspace;

		MemoryBatch(MemoryStore store, String prefix, int index, boolean raw) {
			this.store = store;
			this.index = index;
			this.raw = raw;
			this.keys = store.clusterRules() ? new ArrayList<>() : null;
			this.recorder = new MemoryClient(store, prefix, this, null, index, raw);
		}

		@Override
		protected Commands recorder() {
			return this.recorder;
		}

		@Override
		protected List<@Nullable Object> execute(List<Op<?>> operations) {
			List<String> queued = this.keys;
			if (this.keyspace != null) {
				throw new io.redipy.InvalidArgumentException(this.keyspace
						+ " in a batch on a Redis Cluster: it works on every master, and a batch runs on one node."
						+ " Run it outside the batch, or give the client a key prefix with a hash tag such as {app}:"
						+ " (all its keys then live on one node)", null);
			}
			if (queued != null && !Slots.shareOne(queued)) {
				// as on a cluster: a batch runs on one node, so on one slot
				throw new CrossSlotException("the batch", queued.stream().distinct().toList());
			}
			List<@Nullable Object> outcomes = this.store.executeAll(this.index, operations);
			if (!this.raw && this.store.holdsRaw()) {
				outcomes.replaceAll(ClientView::of);
			}
			return outcomes;
		}

	}

	// streams

	@Override
	public @Nullable String xadd(String key, StreamAddOptions options, Map<String, String> fields) {
		Objects.requireNonNull(options, "options");
		String k = k(key);
		String[] pairs = pairs(fields);
		return run(db -> {
			StreamTrim trim = options.trim();
			StreamOps.Trim parsed = (trim != null) ? trim(trim) : null;
			StreamOps.AddId id = StreamOps.AddId.parse(in(options.id()));
			long limit = (trim != null) ? trim.limit() : 0;
			StreamOps.Trim finished = StreamOps.finishTrim(parsed, limit != 0, limit, true);
			return StreamOps.xadd(db, k, id, !options.mkStream(), finished, pairs);
		});
	}

	/**
	 * A trim as XADD and XTRIM read it on Redis, in the order the Redis backend sends its
	 * parts: the strategy's value, then LIMIT (the checks after both are
	 * {@link StreamOps#finishTrim}'s).
	 */
	private StreamOps.Trim trim(StreamTrim trim) {
		StreamOps.Trim parsed;
		if (trim.byId()) {
			parsed = new StreamOps.Trim(true, 0, StreamOps.parseId(in(trim.minId()), 0, true), trim.approx(), 0);
		}
		else {
			StreamOps.checkMaxLen(trim.maxLen());
			parsed = new StreamOps.Trim(false, trim.maxLen(), StreamValue.Id.MIN, trim.approx(), 0);
		}
		StreamOps.checkLimit(trim.limit());
		return parsed;
	}

	/** Fields and values in store form, alternating, in the map's order. */
	private String[] pairs(Map<String, String> fields) {
		if (this.direct == null) {
			Args.some("fields", fields);
		}
		// a script's XADD without fields fails as on Redis: after its options and id
		String[] pairs = new String[fields.size() * 2];
		int i = 0;
		for (Map.Entry<String, String> e : fields.entrySet()) {
			pairs[i++] = v("field", e.getKey());
			pairs[i++] = v("value", e.getValue());
		}
		return pairs;
	}

	@Override
	public long xlen(String key) {
		String k = k(key);
		return run(db -> StreamOps.xlen(db, k));
	}

	@Override
	public List<StreamEntry<String, String>> xrange(String key, String start, String end) {
		return range(key, start, end, -1, false);
	}

	@Override
	public List<StreamEntry<String, String>> xrange(String key, String start, String end, long count) {
		return range(key, start, end, Math.max(count, 0), false);
	}

	@Override
	public List<StreamEntry<String, String>> xrevrange(String key, String end, String start) {
		return range(key, start, end, -1, true);
	}

	@Override
	public List<StreamEntry<String, String>> xrevrange(String key, String end, String start, long count) {
		return range(key, start, end, Math.max(count, 0), true);
	}

	private List<StreamEntry<String, String>> range(String key, String start, String end, long count, boolean rev) {
		String k = k(key);
		String s = v("start", start);
		String e = v("end", end);
		return run(db -> {
			// Redis reads the start first, also for XREVRANGE, where it comes second
			StreamValue.Id from = StreamOps.parseStart(s);
			StreamValue.Id to = StreamOps.parseEnd(e);
			List<StreamEntry<String, String>> entries = StreamOps.xrange(db, k, from, to, count, rev);
			return (entries != null) ? entries : List.of();
		});
	}

	@Override
	public long xdel(String key, String... ids) {
		String k = k(key);
		String[] i = vs("ids", ids);
		return run(db -> StreamOps.xdel(db, k, i));
	}

	@Override
	public long xtrim(String key, StreamTrim trim) {
		Objects.requireNonNull(trim, "trim");
		String k = k(key);
		return run(db -> {
			return StreamOps.xtrim(db, k, StreamOps.finishTrim(trim(trim), trim.limit() != 0, trim.limit(), false));
		});
	}

	@Override
	public void xsetid(String key, String lastId) {
		String k = k(key);
		String id = v("lastId", lastId);
		runVoid(db -> StreamOps.xsetid(db, k, StreamOps.parseId(id, 0, true), -1, null));
	}

	@Override
	public void xsetid(String key, String lastId, long entriesAdded, String maxDeletedId) {
		String k = k(key);
		String id = v("lastId", lastId);
		String deleted = v("maxDeletedId", maxDeletedId);
		runVoid(db -> {
			StreamValue.Id last = StreamOps.parseId(id, 0, true);
			StreamOps.checkEntriesAdded(entriesAdded);
			StreamValue.Id max = StreamOps.parseId(deleted, 0, true);
			StreamOps.checkMaxDeleted(last, max);
			StreamOps.xsetid(db, k, last, entriesAdded, max);
		});
	}

	@Override
	public Map<String, List<StreamEntry<String, String>>> xread(StreamReadOptions options,
			Map<String, String> streams) {
		StreamOps.Read read = read("XREAD", null, null, options, streams);
		return run(db -> unprefixed(StreamOps.read(db, read, StreamOps.resolve(db, read))));
	}

	@Override
	public Map<String, List<StreamEntry<String, String>>> xreadgroup(String group, String consumer,
			StreamReadOptions options, Map<String, String> streams) {
		StreamOps.Read read = read("XREADGROUP", group, consumer, options, streams);
		return run(db -> unprefixed(StreamOps.read(db, read, StreamOps.resolve(db, read))));
	}

	@Override
	public Map<String, List<StreamEntry<String, String>>> xreadBlock(Duration timeout, StreamReadOptions options,
			Map<String, String> streams) {
		return readBlocking(timeout, read("XREAD", null, null, options, streams));
	}

	@Override
	public Map<String, List<StreamEntry<String, String>>> xreadgroupBlock(String group, String consumer,
			Duration timeout, StreamReadOptions options, Map<String, String> streams) {
		return readBlocking(timeout, read("XREADGROUP", group, consumer, options, streams));
	}

	private Map<String, List<StreamEntry<String, String>>> readBlocking(Duration timeout, StreamOps.Read read) {
		long millis = Durations.wholeMillis(timeout, "timeout");
		if (millis < 0) {
			throw new IllegalArgumentException("timeout " + timeout + " is negative");
		}
		String[] keys = new String[read.streams().size()];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = read.streams().get(i).key();
		}
		List<Map.Entry<String, List<StreamEntry<String, String>>>> result = view(this.store.block(this.index,
				RespStreams.blockedRead(read), keys, millis, this.owner, this.subscriptions::isClosed));
		return (result != null) ? unprefixed(result) : Map.of();
	}

	/** A read's streams with keys in store form, checked against the cluster rules. */
	private StreamOps.Read read(String name, @Nullable String group, @Nullable String consumer,
			StreamReadOptions options, Map<String, String> streams) {
		Objects.requireNonNull(options, "options");
		Args.some("streams", streams);
		String g = (name.equals("XREADGROUP")) ? v("group", group) : null;
		String c = (name.equals("XREADGROUP")) ? v("consumer", consumer) : null;
		List<StreamOps.ReadStream> list = new ArrayList<>(streams.size());
		String[] keys = new String[streams.size()];
		int i = 0;
		for (Map.Entry<String, String> e : streams.entrySet()) {
			keys[i] = k(e.getKey());
			list.add(new StreamOps.ReadStream(keys[i], v("id", e.getValue())));
			i++;
		}
		oneSlot(name, keys);
		return new StreamOps.Read(g, c, Math.max(options.count(), 0), options.withoutAck(), list);
	}

	/** A read's streams as a map (the API's streams are a map: no key twice). */
	private Map<String, List<StreamEntry<String, String>>> unprefixed(
			List<Map.Entry<String, List<StreamEntry<String, String>>>> streams) {
		Map<String, List<StreamEntry<String, String>>> result = new LinkedHashMap<>();
		streams.forEach((stream) -> result.put(unprefix(stream.getKey()), stream.getValue()));
		return result;
	}

	@Override
	public void xgroupCreate(String key, String group, String id) {
		xgroupCreate(key, group, id, false, StreamOps.UNKNOWN);
	}

	@Override
	public void xgroupCreate(String key, String group, String id, boolean mkStream, long entriesRead) {
		String k = k(key);
		String g = v("group", group);
		String i = v("id", id);
		runVoid(db -> StreamOps.xgroupCreate(db, k, g, i, mkStream, entriesRead));
	}

	@Override
	public void xgroupSetid(String key, String group, String id) {
		xgroupSetid(key, group, id, StreamOps.UNKNOWN);
	}

	@Override
	public void xgroupSetid(String key, String group, String id, long entriesRead) {
		String k = k(key);
		String g = v("group", group);
		String i = v("id", id);
		runVoid(db -> StreamOps.xgroupSetid(db, k, g, i, entriesRead));
	}

	@Override
	public boolean xgroupDestroy(String key, String group) {
		String k = k(key);
		String g = v("group", group);
		return run(db -> StreamOps.xgroupDestroy(db, k, g));
	}

	@Override
	public boolean xgroupCreateconsumer(String key, String group, String consumer) {
		String k = k(key);
		String g = v("group", group);
		String c = v("consumer", consumer);
		return run(db -> StreamOps.xgroupCreateconsumer(db, k, g, c));
	}

	@Override
	public long xgroupDelconsumer(String key, String group, String consumer) {
		String k = k(key);
		String g = v("group", group);
		String c = v("consumer", consumer);
		return run(db -> StreamOps.xgroupDelconsumer(db, k, g, c));
	}

	@Override
	public long xack(String key, String group, String... ids) {
		String k = k(key);
		String g = v("group", group);
		String[] i = vs("ids", ids);
		return run(db -> StreamOps.xack(db, k, g, i));
	}

	@Override
	public StreamPending xpending(String key, String group) {
		String k = k(key);
		String g = v("group", group);
		return run(db -> StreamOps.xpending(db, k, g));
	}

	@Override
	public List<PendingEntry> xpending(String key, String group, PendingQuery query) {
		Objects.requireNonNull(query, "query");
		String k = k(key);
		String g = v("group", group);
		long minIdle = Durations.wholeMillis(query.minIdle(), "minIdle");
		String start = v("start", query.start());
		String end = v("end", query.end());
		String consumer = (query.consumer() != null) ? v("consumer", query.consumer()) : null;
		return run(db -> {
			long count = Math.max(query.count(), 0);
			StreamValue.Id from = StreamOps.parseStart(start);
			StreamValue.Id to = StreamOps.parseEnd(end);
			return StreamOps.xpending(db, k, g, from, to, count, Math.max(minIdle, 0), consumer);
		});
	}

	@Override
	public List<StreamEntry<String, String>> xclaim(String key, String group, String consumer, Duration minIdle,
			ClaimOptions options, String... ids) {
		return claim(key, group, consumer, minIdle, options, false, ids);
	}

	@Override
	public List<String> xclaimJustId(String key, String group, String consumer, Duration minIdle, ClaimOptions options,
			String... ids) {
		return claim(key, group, consumer, minIdle, options, true, ids);
	}

	/** XCLAIM with the arguments the Redis backend sends, read as Redis reads them. */
	@SuppressWarnings("unchecked")
	private <T> List<T> claim(String key, String group, String consumer, Duration minIdle, ClaimOptions options,
			boolean justId, String... ids) {
		Objects.requireNonNull(options, "options");
		String k = k(key);
		String g = v("group", group);
		String c = v("consumer", consumer);
		long idle = Durations.wholeMillis(minIdle, "minIdle");
		String[] i = vs("ids", ids);
		Long idleOption = (options.idle() != null) ? Durations.wholeMillis(options.idle(), "idle") : null;
		Long time = (options.time() != null) ? options.time().toEpochMilli() : null;
		String lastId = (options.lastId() != null) ? v("lastId", options.lastId()) : null;
		return run(db -> {
			StreamOps.claimGroup(db, k, g);
			List<StreamValue.Id> parsed = new ArrayList<>();
			for (String id : i) {
				StreamValue.Id one = StreamOps.tryParseId(id, 0, true);
				if (one == null) {
					throw Errors.error("ERR Unrecognized XCLAIM option '" + id + "'");
				}
				parsed.add(one);
			}
			long now = db.now();
			long deliveryTime = -1;
			if (idleOption != null) {
				deliveryTime = now - idleOption;
			}
			if (time != null) {
				deliveryTime = time;
			}
			StreamValue.Id last = (lastId != null) ? StreamOps.parseId(lastId, 0, true) : StreamValue.Id.MIN;
			List<Object> claimed = StreamOps.xclaim(db, k, g, c, Math.max(idle, 0),
					parsed.toArray(new StreamValue.Id[0]),
					new StreamOps.Claim(deliveryTime, options.retryCount(), options.forced(), justId, last));
			return (List<T>) claimed;
		});
	}

	@Override
	public AutoClaim<StreamEntry<String, String>> xautoclaim(String key, String group, String consumer,
			Duration minIdle, String start, long count) {
		return autoclaim(key, group, consumer, minIdle, start, count, false);
	}

	@Override
	public AutoClaim<String> xautoclaimJustId(String key, String group, String consumer, Duration minIdle, String start,
			long count) {
		return autoclaim(key, group, consumer, minIdle, start, count, true);
	}

	@SuppressWarnings("unchecked")
	private <T> AutoClaim<T> autoclaim(String key, String group, String consumer, Duration minIdle, String start,
			long count, boolean justId) {
		String k = k(key);
		String g = v("group", group);
		String c = v("consumer", consumer);
		long idle = Durations.wholeMillis(minIdle, "minIdle");
		String s = v("start", start);
		return run(db -> {
			StreamValue.Id from = StreamOps.parseStart(s);
			if (count < 1 || count > StreamOps.AUTOCLAIM_MAX_COUNT) {
				throw Errors.error("ERR COUNT must be > 0");
			}
			AutoClaim<Object> claimed = StreamOps.xautoclaim(db, k, g, c, Math.max(idle, 0), from, count, justId);
			return (AutoClaim<T>) (AutoClaim<?>) claimed;
		});
	}

	@Override
	public StreamInfo<String, String> xinfoStream(String key) {
		String k = k(key);
		return run(db -> StreamOps.xinfoStream(db, k));
	}

	@Override
	public StreamFullInfo<String, String> xinfoStreamFull(String key, long count) {
		String k = k(key);
		return run(db -> StreamOps.xinfoStreamFull(db, k, (count < 0) ? 10 : count));
	}

	@Override
	public List<StreamGroupInfo> xinfoGroups(String key) {
		String k = k(key);
		return run(db -> StreamOps.xinfoGroups(db, k));
	}

	@Override
	public List<StreamConsumerInfo> xinfoConsumers(String key, String group) {
		String k = k(key);
		String g = v("group", group);
		return run(db -> StreamOps.xinfoConsumers(db, k, g));
	}

	// LMPOP, ZMPOP and their blocking forms

	private static final String COUNT_NOT_POSITIVE = "ERR count should be greater than 0";

	@Override
	public @Nullable KeyValues lmpop(ListSide side, long count, String... keys) {
		Objects.requireNonNull(side, "side");
		String[] k = ks("keys", keys);
		oneSlot("LMPOP", k);
		return run(db -> {
			if (count < 1) {
				throw Errors.error(COUNT_NOT_POSITIVE);
			}
			return MemoryStore.Attempt.firstOf(k, ListValue.class, listPop(side, count)).run(db, true);
		});
	}

	@Override
	public @Nullable KeyedScoredMembers zmpop(ScoreSide side, long count, String... keys) {
		Objects.requireNonNull(side, "side");
		String[] k = ks("keys", keys);
		oneSlot("ZMPOP", k);
		return run(db -> {
			if (count < 1) {
				throw Errors.error(COUNT_NOT_POSITIVE);
			}
			return MemoryStore.Attempt.firstOf(k, ZSetValue.class, zsetPop(side, count)).run(db, true);
		});
	}

	@Override
	public @Nullable KeyValues blmpop(Duration timeout, ListSide side, long count, String... keys) {
		Objects.requireNonNull(side, "side");
		if (count < 1) {
			throw Errors.error(COUNT_NOT_POSITIVE);
		}
		return blockingPop("BLMPOP", timeout, keys, ListValue.class, listPop(side, count));
	}

	@Override
	public @Nullable KeyedScoredMembers bzmpop(Duration timeout, ScoreSide side, long count, String... keys) {
		Objects.requireNonNull(side, "side");
		if (count < 1) {
			throw Errors.error(COUNT_NOT_POSITIVE);
		}
		return blockingPop("BZMPOP", timeout, keys, ZSetValue.class, zsetPop(side, count));
	}

	private java.util.function.BiFunction<Db, String, @Nullable KeyValues> listPop(ListSide side, long count) {
		return (db, key) -> {
			List<String> popped = ListOps.pop(db, key, count, side == ListSide.LEFT);
			return popped.isEmpty() ? null : new KeyValues(unprefix(key), popped);
		};
	}

	private java.util.function.BiFunction<Db, String, @Nullable KeyedScoredMembers> zsetPop(ScoreSide side,
			long count) {
		return (db, key) -> {
			List<ScoredMember> popped = ZSetOps.zpop(db, key, count, side == ScoreSide.MAX);
			return popped.isEmpty() ? null : new KeyedScoredMembers(unprefix(key), popped);
		};
	}

	// bitmaps

	@Override
	public long setbit(String key, long offset, int value) {
		String k = k(key);
		return run(db -> {
			long bit = bitOffset(offset, false, 0);
			if ((value & ~1) != 0) {
				throw Errors.error(BitOps.BIT_VALUE);
			}
			return BitOps.setbit(db, k, bit, value == 1);
		});
	}

	@Override
	public long getbit(String key, long offset) {
		String k = k(key);
		return read(db -> BitOps.getbit(db, k, bitOffset(offset, false, 0)));
	}

	@Override
	public long bitcount(String key) {
		String k = k(key);
		return read(db -> {
			Object value = BitOps.readString(db, k);
			return (value != null) ? BitOps.bitcount(Strings.bytes(value), false, 0, 0, false) : 0L;
		});
	}

	@Override
	public long bitcount(String key, long start, long end) {
		return bitcount(key, start, end, BitUnit.BYTE);
	}

	@Override
	public long bitcount(String key, long start, long end, BitUnit unit) {
		String k = k(key);
		Objects.requireNonNull(unit, "unit");
		return read(db -> {
			Object value = BitOps.readString(db, k);
			return (value != null) ? BitOps.bitcount(Strings.bytes(value), true, start, end, unit == BitUnit.BIT) : 0L;
		});
	}

	@Override
	public long bitpos(String key, int bit) {
		return bitpos(key, bit, false, 0, false, 0, BitUnit.BYTE);
	}

	@Override
	public long bitpos(String key, int bit, long start) {
		return bitpos(key, bit, true, start, false, 0, BitUnit.BYTE);
	}

	@Override
	public long bitpos(String key, int bit, long start, long end) {
		return bitpos(key, bit, true, start, true, end, BitUnit.BYTE);
	}

	@Override
	public long bitpos(String key, int bit, long start, long end, BitUnit unit) {
		return bitpos(key, bit, true, start, true, end, Objects.requireNonNull(unit, "unit"));
	}

	/** BITPOS: the bit is checked first, then the key (a missing one answers at once). */
	private long bitpos(String key, int bit, boolean startGiven, long start, boolean endGiven, long end, BitUnit unit) {
		String k = k(key);
		return read(db -> {
			if (bit != 0 && bit != 1) {
				throw Errors.error(BitOps.BITPOS_BIT);
			}
			Object value = BitOps.readString(db, k);
			if (value == null) {
				return (bit == 1) ? -1L : 0L;
			}
			return BitOps.bitpos(Strings.bytes(value), bit, startGiven, start, endGiven, end, unit == BitUnit.BIT);
		});
	}

	@Override
	public long bitop(BitOperation operation, String destination, String... keys) {
		Objects.requireNonNull(operation, "operation");
		String d = k(destination);
		String[] sources = ks("keys", keys);
		oneSlot("BITOP", d, sources);
		BitOps.BitOp op = BitOps.BitOp.valueOf(operation.name());
		return run(db -> {
			if (op == BitOps.BitOp.NOT && sources.length != 1) {
				throw Errors.error(BitOps.BITOP_NOT);
			}
			return BitOps.bitop(db, op, d, sources);
		});
	}

	@Override
	public List<@Nullable Long> bitfield(String key, BitFieldArgs args) {
		String k = k(key);
		Objects.requireNonNull(args, "args");
		if (args.readOnly()) {
			return read(db -> BitOps.bitfieldRead(db, k, fields(args)));
		}
		return run(db -> BitOps.bitfield(db, k, fields(args)));
	}

	@Override
	public List<Long> bitfieldRo(String key, BitFieldArgs.Get... gets) {
		String k = k(key);
		BitFieldArgs args = new BitFieldArgs(List.of(Args.all("gets", gets)));
		List<@Nullable Long> values = read(db -> BitOps.bitfieldRead(db, k, fields(args)));
		@SuppressWarnings("unchecked")
		List<Long> result = (List<Long>) (List<?>) values;
		return result;
	}

	// scripting (Lua)

	@Override
	public ScriptReply eval(String script, List<String> keys, List<String> args) {
		return lua(Objects.requireNonNull(script, "script"), false, false, keys, args);
	}

	@Override
	public ScriptReply evalsha(String sha1, List<String> keys, List<String> args) {
		return lua(Objects.requireNonNull(sha1, "sha1"), true, false, keys, args);
	}

	@Override
	public ScriptReply evalRo(String script, List<String> keys, List<String> args) {
		return lua(Objects.requireNonNull(script, "script"), false, true, keys, args);
	}

	@Override
	public ScriptReply evalshaRo(String sha1, List<String> keys, List<String> args) {
		return lua(Objects.requireNonNull(sha1, "sha1"), true, true, keys, args);
	}

	@Override
	public ScriptReply fcall(String function, List<String> keys, List<String> args) {
		return function(Objects.requireNonNull(function, "function"), false, keys, args);
	}

	@Override
	public ScriptReply fcallRo(String function, List<String> keys, List<String> args) {
		return function(Objects.requireNonNull(function, "function"), true, keys, args);
	}

	/** Runs a Lua script on the store's Lua, as the endpoint's EVAL and its forms do. */
	private ScriptReply lua(String script, boolean sha, boolean readOnly, List<String> keys, List<String> args) {
		byte[] body = RawText.encode(script);
		String name = (sha ? "EVALSHA" : "EVAL") + (readOnly ? "_RO" : "");
		return script(name, keys, args, (db, k, a) -> this.store.lua().eval(db, body, sha, readOnly, k, a));
	}

	/** Calls a function on the store's Lua, as the endpoint's FCALL and FCALL_RO do. */
	private ScriptReply function(String function, boolean readOnly, List<String> keys, List<String> args) {
		String name = readOnly ? "FCALL_RO" : "FCALL";
		return script(name, keys, args, (db, k, a) -> {
			// the command as FUNCTION STATS shows it
			byte[][] command = new byte[3 + k.length + a.length][];
			command[0] = RawText.encode(name);
			command[1] = RawText.encode(function);
			command[2] = RawText.encode(Integer.toString(k.length));
			System.arraycopy(k, 0, command, 3, k.length);
			System.arraycopy(a, 0, command, 3 + k.length, a.length);
			return this.store.lua().fcall(db, function, readOnly, k, a, command);
		});
	}

	/** A script's run on the store's Lua, given its database, keys and arguments. */
	private interface LuaRun {

		Reply run(int db, byte[][] keys, byte[][] args);

	}

	/**
	 * Runs a script or function: the keys with the prefix, with cluster rules in one slot
	 * (a batch checks its keys together).
	 */
	private ScriptReply script(String name, List<String> keys, List<String> args, LuaRun call) {
		Objects.requireNonNull(keys, "keys");
		Objects.requireNonNull(args, "args");
		String[] stored = new String[keys.size()];
		byte[][] k = new byte[stored.length][];
		for (int i = 0; i < stored.length; i++) {
			stored[i] = k(Objects.requireNonNull(keys.get(i), "keys must not contain null"));
			k[i] = RawText.encode(stored[i]);
		}
		byte[][] a = new byte[args.size()][];
		for (int i = 0; i < a.length; i++) {
			a[i] = RawText.encode(Objects.requireNonNull(args.get(i), "args must not contain null"));
		}
		if (stored.length > 0) {
			oneSlot(name, stored);
		}
		else if (this.recording != null && this.recording.keys != null && Slots.hasTag(this.prefix)) {
			// as the Redis backend sends a script without keys: to the prefix's tag's
			// node
			this.recording.keys.add(this.prefix);
		}
		int index = this.index;
		if (this.recording != null) {
			return run((db) -> LuaReplies.of(call.run(index, k, a)));
		}
		// the error reply leaves the locked section as a value: what the script wrote
		// before it failed is served to blocked calls as after any command
		Reply reply = run((db) -> call.run(index, k, a));
		try {
			return LuaReplies.of(reply);
		}
		catch (CommandException ex) {
			throw clientError(ex);
		}
	}

	@Override
	public String scriptLoad(String script) {
		byte[] body = RawText.encode(Objects.requireNonNull(script, "script"));
		return run((db) -> this.store.lua().load(body));
	}

	@Override
	public List<Boolean> scriptExists(String... sha1s) {
		Args.some("sha1s", sha1s);
		String[] names = sha1s.clone();
		return run((db) -> {
			LuaScripting lua = this.store.lua();
			List<Boolean> found = new ArrayList<>(names.length);
			for (String name : names) {
				found.add(lua.exists(name));
			}
			return found;
		});
	}

	@Override
	public void scriptFlush() {
		runVoid((db) -> this.store.lua().flush());
	}

	@Override
	public void scriptKill() {
		kill(true);
	}

	/**
	 * SCRIPT KILL or FUNCTION KILL, without the lock, which the script that runs holds.
	 */
	private void kill(boolean eval) {
		String name = eval ? "SCRIPT KILL" : "FUNCTION KILL";
		if (this.recording != null || this.direct != null) {
			throw new IllegalStateException(name + " runs on its own, outside batches and scripts");
		}
		LuaScripting lua = this.store.luaIfAny();
		Reply reply = (lua != null) ? lua.kill(eval) : Reply.error("NOTBUSY No scripts in execution right now.");
		if (reply instanceof Reply.Error error) {
			throw CommandException.of(error.message());
		}
	}

	@Override
	public String functionLoad(String code, boolean replace) {
		byte[] body = RawText.encode(Objects.requireNonNull(code, "code"));
		return run((db) -> this.store.lua().functionLoad(body, replace));
	}

	@Override
	public void functionDelete(String library) {
		Objects.requireNonNull(library, "library");
		runVoid((db) -> this.store.lua().functionDelete(library));
	}

	@Override
	public void functionFlush() {
		runVoid((db) -> this.store.lua().functionFlush());
	}

	@Override
	public void functionKill() {
		kill(false);
	}

	// HyperLogLog

	@Override
	public boolean pfadd(String key, String... elements) {
		String k = k(key);
		Args.all("elements", elements);
		String[] e = new String[elements.length];
		for (int i = 0; i < e.length; i++) {
			e[i] = in(elements[i]);
		}
		return run(db -> HllOps.pfadd(db, k, e));
	}

	@Override
	public long pfcount(String... keys) {
		String[] k = ks("keys", keys);
		oneSlot("PFCOUNT", k);
		return read(db -> HllOps.pfcount(db, k));
	}

	@Override
	public void pfmerge(String destination, String... sources) {
		String d = k(destination);
		Args.all("sources", sources);
		String[] s = new String[sources.length];
		for (int i = 0; i < s.length; i++) {
			s[i] = k(sources[i]);
		}
		oneSlot("PFMERGE", d, s);
		runVoid((db) -> HllOps.pfmerge(db, d, s));
	}

	/**
	 * A bit offset as Redis reads the argument the Redis backend sends: negative ones and
	 * ones past 512 MB are errors; an index ({@code #n}) is n times the width.
	 */
	private static long bitOffset(long offset, boolean scaled, int bits) {
		String arg = scaled ? "#" + offset : Long.toString(offset);
		return BitOps.bitOffset(arg.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), scaled, bits);
	}

	/** BITFIELD's subcommands, their offsets checked in order (in the op). */
	private static List<BitOps.Field> fields(BitFieldArgs args) {
		List<BitOps.Field> fields = new ArrayList<>(args.operations().size());
		BitOps.Overflow overflow = BitOps.Overflow.WRAP;
		for (BitFieldArgs.Operation op : args.operations()) {
			if (op instanceof BitFieldArgs.OverflowRule rule) {
				overflow = BitOps.Overflow.valueOf(rule.overflow().name());
				continue;
			}
			BitFieldType type;
			long offset;
			boolean scaled;
			long value = 0;
			BitOps.Field.Kind kind;
			if (op instanceof BitFieldArgs.Get get) {
				type = get.type();
				offset = get.offset();
				scaled = get.scaled();
				kind = BitOps.Field.Kind.GET;
			}
			else if (op instanceof BitFieldArgs.Set set) {
				type = set.type();
				offset = set.offset();
				scaled = set.scaled();
				value = set.value();
				kind = BitOps.Field.Kind.SET;
			}
			else {
				BitFieldArgs.Incrby incr = (BitFieldArgs.Incrby) op;
				type = incr.type();
				offset = incr.offset();
				scaled = incr.scaled();
				value = incr.increment();
				kind = BitOps.Field.Kind.INCRBY;
			}
			fields.add(new BitOps.Field(kind, new BitOps.Type(type.signed(), type.bits()),
					bitOffset(offset, scaled, type.bits()), value, overflow));
		}
		return fields;
	}

	// LCS

	@Override
	public String lcs(String key1, String key2) {
		String a = k(key1);
		String b = k(key2);
		oneSlot("LCS", a, b);
		return run(db -> {
			byte[][] values = RespLcs.values(db, a, b);
			return RawText.decode(RespLcs.compute(values[0], values[1], true, false, 0).subsequence());
		});
	}

	@Override
	public long lcsLen(String key1, String key2) {
		String a = k(key1);
		String b = k(key2);
		oneSlot("LCS", a, b);
		return run(db -> {
			byte[][] values = RespLcs.values(db, a, b);
			return RespLcs.compute(values[0], values[1], false, false, 0).length();
		});
	}

	@Override
	public LcsMatches lcsIdx(String key1, String key2, long minMatchLen) {
		String a = k(key1);
		String b = k(key2);
		oneSlot("LCS", a, b);
		return run(db -> {
			byte[][] values = RespLcs.values(db, a, b);
			RespLcs.Result result = RespLcs.compute(values[0], values[1], true, true, Math.max(minMatchLen, 0));
			List<LcsMatches.Match> matches = new ArrayList<>(result.matches().size());
			for (long[] m : result.matches()) {
				matches.add(new LcsMatches.Match(m[0], m[1], m[2], m[3], m[4]));
			}
			return new LcsMatches(matches, result.length());
		});
	}

	// geo

	@Override
	public long geoadd(String key, GeoAddOptions options, Collection<GeoMember<String>> members) {
		String k = k(key);
		Objects.requireNonNull(options, "options");
		List<GeoMember<String>> m = new ArrayList<>();
		for (GeoMember<String> member : Args.some("members", members)) {
			Objects.requireNonNull(member, "member");
			m.add(new GeoMember<>(member.longitude(), member.latitude(), in(member.member())));
		}
		return run(db -> GeoOps.geoadd(db, k, options, m));
	}

	@Override
	public List<@Nullable GeoCoordinates> geopos(String key, String... members) {
		String k = k(key);
		String[] m = vs("members", members);
		return read(db -> GeoOps.geopos(db, k, m));
	}

	@Override
	public @Nullable Double geodist(String key, String member1, String member2, GeoUnit unit) {
		String k = k(key);
		String m1 = v("member1", member1);
		String m2 = v("member2", member2);
		Objects.requireNonNull(unit, "unit");
		return read(db -> GeoOps.geodist(db, k, m1, m2, unit));
	}

	@Override
	public List<@Nullable String> geohash(String key, String... members) {
		String k = k(key);
		String[] m = vs("members", members);
		return read(db -> GeoOps.geohash(db, k, m));
	}

	@Override
	public List<GeoResult<String>> geosearch(String key, GeoSearch search) {
		String k = k(key);
		Objects.requireNonNull(search, "search");
		search.requireShape();
		String member = (search.fromMember() != null) ? in(search.fromMember()) : null;
		return read(db -> GeoOps.results(GeoOps.search(db, k, search, member, false), search));
	}

	@Override
	public long geosearchstore(String destination, String source, GeoSearch search, boolean storeDist) {
		String d = k(destination);
		String s = k(source);
		oneSlot("GEOSEARCHSTORE", d, s);
		Objects.requireNonNull(search, "search");
		search.requireShape();
		String member = (search.fromMember() != null) ? in(search.fromMember()) : null;
		return run(db -> GeoOps.geosearchstore(db, d, s, search, member, storeDist));
	}

}
