package io.redipy.memory;

import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;

import io.redipy.CommandException;
import io.redipy.command.Output;
import io.redipy.command.Reply;
import io.redipy.command.Session;
import org.jspecify.annotations.Nullable;

/**
 * One connection to the memory store's endpoint: its protocol, selected database,
 * authentication, name and transaction. Its commands come one at a time from the
 * connection's thread; the fields that other connections read ({@code CLIENT LIST}) are
 * volatile.
 */
final class RespSession implements Session, PubSub.Subscriber {

	final Endpoint endpoint;

	final long id;

	final Output output;

	final SocketAddress peer;

	final SocketAddress local;

	final long createdMillis = System.currentTimeMillis();

	volatile long lastCommandMillis = this.createdMillis;

	volatile int protocol = 2;

	volatile int db;

	volatile @Nullable String name;

	volatile @Nullable String libName;

	volatile @Nullable String libVersion;

	volatile String lastCommand = "NULL";

	volatile boolean authenticated;

	/** The client's view of its database, in store form; remade on SELECT. */
	MemoryClient client;

	/** The queued commands of an open transaction, or null outside one. */
	@Nullable List<byte[][]> queued;

	/** Whether a command of the open transaction was rejected as it was queued. */
	boolean queueFailed;

	/**
	 * The keys watched for the next transaction, as they were when watched; read and
	 * written by this session's commands only.
	 */
	final List<Watched> watched = new ArrayList<>();

	/**
	 * A watched key as it was: its entry (null if missing), the value and that value's
	 * version, its expiry, and whether it had expired already.
	 */
	record Watched(int db, String key, Keyspace.@Nullable Entry entry, @Nullable Object value, long version,
			long expireAt, boolean expired) {

		/** Whether the key changed since (call under the store's lock). */
		boolean changed(MemoryStore store) {
			Db db = store.db(this.db);
			Keyspace.Entry now = db.keyspace.find(this.key);
			if (now != this.entry) {
				return true;
			}
			if (now == null) {
				return false;
			}
			return now.value != this.value || versionOf(now.value) != this.version || now.expireAt != this.expireAt
					|| (!this.expired && now.expireAt != 0 && now.expireAt <= db.now());
		}

	}

	/**
	 * The version of a value changed in place: an aggregate or an integer (0 for other
	 * strings, which are replaced, not changed).
	 */
	static long versionOf(@Nullable Object value) {
		if (value instanceof IntValue number) {
			return number.version;
		}
		if (value instanceof ListValue list) {
			return list.version;
		}
		if (value instanceof HashValue hash) {
			return hash.version;
		}
		if (value instanceof SetValue set) {
			return set.version;
		}
		if (value instanceof ZSetValue zset) {
			return zset.version;
		}
		if (value instanceof StreamValue stream) {
			return stream.version;
		}
		return 0;
	}

	/** Whether this is the Lua scripts' client (Redis's CLIENT_SCRIPT). */
	boolean script;

	/** Whether a transaction runs: blocking commands then do not wait. */
	boolean inExec;

	/** Whether a blocking command waits; commands that arrive meanwhile are held. */
	private boolean blocked;

	/** The commands that arrived while a command was blocked, in order. */
	private final java.util.ArrayDeque<byte[][]> held = new java.util.ArrayDeque<>();

	private volatile boolean closed;

	/** The channels subscribed to, in store form; written by this session's thread. */
	final java.util.Set<String> channels = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** The patterns subscribed to, in store form, with their globs. */
	final java.util.Map<String, Glob> patterns = new java.util.concurrent.ConcurrentHashMap<>();

	/** The shard channels subscribed to, in store form. */
	final java.util.Set<String> shardChannels = java.util.concurrent.ConcurrentHashMap.newKeySet();

	RespSession(Endpoint endpoint, long id, Output output, SocketAddress peer, SocketAddress local) {
		this.endpoint = endpoint;
		this.id = id;
		this.output = output;
		this.peer = peer;
		this.local = local;
		this.authenticated = !endpoint.needsPassword();
		this.client = new MemoryClient(endpoint.store, 0, true);
	}

	@Override
	public synchronized void execute(byte[][] args) {
		if (this.closed || args.length == 0) {
			return;
		}
		if (this.blocked) {
			this.held.add(args);
			return;
		}
		run(args);
	}

	private void run(byte[][] args) {
		this.lastCommandMillis = System.currentTimeMillis();
		this.endpoint.commandsProcessed.incrementAndGet();
		Reply reply = RespCommands.dispatch(this, args);
		if (reply != null) {
			this.output.reply(reply);
		}
	}

	@Override
	public int protocol() {
		return this.protocol;
	}

	@Override
	public boolean authenticated() {
		return this.authenticated;
	}

	@Override
	public synchronized boolean paused() {
		return this.blocked;
	}

	/** Marks the session blocked: its next commands wait for {@link #unblocked}. */
	synchronized void block() {
		this.blocked = true;
	}

	/**
	 * Ends a blocked command with its reply (on the connection's thread) and runs the
	 * commands held meanwhile.
	 * @param reply the blocked command's reply
	 */
	void unblocked(Reply reply) {
		this.output.execute(() -> resume(reply));
	}

	private synchronized void resume(Reply reply) {
		if (this.closed || !this.blocked) {
			return;
		}
		this.blocked = false;
		this.output.reply(reply);
		while (!this.blocked && !this.held.isEmpty() && !this.closed) {
			run(this.held.poll());
		}
	}

	@Override
	public synchronized void close() {
		this.closed = true;
		this.queued = null;
		this.watched.clear();
		this.held.clear();
		this.endpoint.store.abandon(this);
		this.channels.clear();
		this.patterns.clear();
		this.shardChannels.clear();
		this.endpoint.store.pubSub().remove(this);
		this.endpoint.closed(this);
	}

	/**
	 * Returns how many channels, patterns and shard channels the session subscribed to.
	 */
	int subscriptions() {
		return this.channels.size() + this.patterns.size() + this.shardChannels.size();
	}

	/**
	 * Whether the session is in RESP2's subscriber mode, where only a few commands run.
	 */
	boolean subscriberMode() {
		return this.protocol == 2 && subscriptions() > 0;
	}

	@Override
	public int offer(String channel, String message) {
		int receivers = 0;
		if (this.channels.contains(channel)) {
			this.output.push(new Reply.Push(
					List.of(RespCommands.bulk("message"), RespCommands.bulk(channel), RespCommands.bulk(message))));
			receivers++;
		}
		for (java.util.Map.Entry<String, Glob> pattern : this.patterns.entrySet()) {
			if (pattern.getValue().matches(channel)) {
				this.output.push(new Reply.Push(List.of(RespCommands.bulk("pmessage"),
						RespCommands.bulk(pattern.getKey()), RespCommands.bulk(channel), RespCommands.bulk(message))));
				receivers++;
			}
		}
		return receivers;
	}

	@Override
	public void channels(java.util.Collection<String> into) {
		into.addAll(this.channels);
	}

	@Override
	public int patternCount() {
		return this.patterns.size();
	}

	@Override
	public int offerShard(String channel, String message) {
		if (!this.shardChannels.contains(channel)) {
			return 0;
		}
		this.output.push(new Reply.Push(
				List.of(RespCommands.bulk("smessage"), RespCommands.bulk(channel), RespCommands.bulk(message))));
		return 1;
	}

	@Override
	public void shardChannels(java.util.Collection<String> into) {
		into.addAll(this.shardChannels);
	}

	/** Selects a database. */
	void select(int index) {
		this.db = index;
		this.client = new MemoryClient(this.endpoint.store, index, true);
	}

	/** Starts a transaction. */
	void multi() {
		this.queued = new ArrayList<>();
		this.queueFailed = false;
	}

	/** Ends a transaction without running it. */
	void discard() {
		this.queued = null;
		this.queueFailed = false;
	}

	/** Returns to the state of a new connection ({@code RESET}). */
	void reset() {
		discard();
		this.watched.clear();
		this.channels.clear();
		this.patterns.clear();
		this.shardChannels.clear();
		this.endpoint.store.pubSub().remove(this);
		select(0);
		this.protocol = 2;
		this.name = null;
		this.authenticated = !this.endpoint.needsPassword();
	}

	/** Returns a command's error reply for an exception a command threw. */
	static Reply error(RuntimeException ex) {
		if (ex instanceof CommandException command) {
			return Reply.error(command.getMessage());
		}
		String message = ex.getMessage();
		return Reply.error("ERR " + ((message != null) ? message : ex.getClass().getSimpleName()));
	}

}
