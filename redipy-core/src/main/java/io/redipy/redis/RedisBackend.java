package io.redipy.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.redipy.CommandException;
import io.redipy.ConnectionException;
import io.redipy.RedipyClient;
import io.redipy.RedipyException;
import io.redipy.api.Args;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The Redis backend: runs commands through Spring Data Redis's Lettuce connections and
 * translates failures into redipy's exceptions.
 *
 * <p>
 * Connections come from the given factory and go back to it after every call; redipy
 * manages none of its own. Batches run as {@code MULTI}/{@code EXEC} on one connection.
 */
public final class RedisBackend {

	/** Asks for the connection's id, to unblock its blocking call from another one. */
	private static final RedisCommand<@Nullable Object> CLIENT_ID = new RedisCommand.Args().raw("ID")
		.command("CLIENT", (reply) -> reply);

	private final RedisConnectionFactory factory;

	/** Whether the factory connects to a Redis Cluster. */
	private final boolean cluster;

	/** The connections with a blocking call in flight: their node and server-side id. */
	private final Set<Blocked> blocked = ConcurrentHashMap.newKeySet();

	/** Connections for batches and blocking calls, reused while they end clean. */
	private final DedicatedConnections dedicated;

	/** The factory's command timeout in milliseconds (0 for none), as Spring waits. */
	private final long timeoutMillis;

	private volatile boolean closed;

	private RedisBackend(RedisConnectionFactory factory) {
		this.factory = factory;
		this.cluster = factory instanceof LettuceConnectionFactory lettuce && lettuce.isClusterAware();
		this.timeoutMillis = commandTimeoutMillis();
		this.dedicated = new DedicatedConnections(this::connection);
	}

	/**
	 * Returns a client on Redis.
	 * @param factory a Lettuce-based connection factory (not closed by the client)
	 * @param keyPrefix the prefix of every key the client touches, empty for none
	 * @return the client
	 */
	public static RedipyClient client(RedisConnectionFactory factory, String keyPrefix) {
		return new RedisClient(new RedisBackend(factory), Args.keyPrefix(keyPrefix));
	}

	/**
	 * Returns a client on Redis whose arguments and results are in store form (see
	 * {@link io.redipy.script.ir.RawText}): bytes that are not UTF-8 read as the lone
	 * surrogates U+DC80 + (byte - 0x80), exactly as the memory backend's store-form
	 * client shows them. Internal: for tests that compare the backends byte for byte
	 * (users reach bytes through the codec view).
	 * @param factory a Lettuce-based connection factory (not closed by the client)
	 * @param keyPrefix the prefix of every key the client touches, empty for none
	 * @return the client
	 */
	static RedipyClient rawClient(RedisConnectionFactory factory, String keyPrefix) {
		return new RedisClient(new RedisBackend(factory), Args.keyPrefix(keyPrefix)).rawView();
	}

	/**
	 * A command's error reply as the command's caller sees it
	 * ({@link RedisCommand#errors()}); a {@link io.redipy.CrossSlotException} stays what
	 * it is, as nothing was sent.
	 */
	private static RuntimeException mapped(RedisCommand<?> command, RuntimeException translated) {
		if (translated instanceof CommandException rejected && !(translated instanceof io.redipy.CrossSlotException)) {
			return command.errors().apply(rejected);
		}
		return translated;
	}

	/** Whether the factory connects to a Redis Cluster. */
	boolean isCluster() {
		return this.cluster;
	}

	<T> T execute(RedisCommand<T> command) {
		// when a moving slot first refused the call (no clock read on the common path)
		long refusedAt = 0;
		for (int attempt = 0;; attempt++) {
			Object reply;
			try (RedisConnection connection = connection()) {
				reply = this.cluster ? sendOnCluster(connection, command) : send(connection, command);
			}
			catch (RuntimeException ex) {
				RuntimeException translated = translate(ex, command.name());
				if (this.cluster && movingSlot(translated.getMessage())) {
					refusedAt = (refusedAt != 0) ? refusedAt : System.nanoTime();
					if (retryLater(attempt, refusedAt, translated)) {
						continue;
					}
				}
				throw mapped(command, failed(translated));
			}
			return command.decode(reply);
		}
	}

	/** When the slot map was last refreshed after a connection failure (nanoTime). */
	private final java.util.concurrent.atomic.AtomicLong refreshedAfterFailure = new java.util.concurrent.atomic.AtomicLong(
			System.nanoTime() - TimeUnit.SECONDS.toNanos(1));

	/**
	 * Passes a failure on; on a cluster, a {@link ConnectionException} first has the slot
	 * map refreshed in the background (at most once a second): a node may have died and
	 * its replica taken its slots over, which Lettuce learns only from a refresh, unless
	 * the factory was told to refresh on its own (Boot's
	 * {@code spring.data.redis.lettuce.cluster.refresh.*}, off by default). Calls then
	 * work again once the failover is done.
	 */
	private RuntimeException failed(RuntimeException failure) {
		if (this.cluster && failure instanceof ConnectionException
				&& this.factory instanceof LettuceConnectionFactory lettuce
				&& lettuce.getNativeClient() instanceof io.lettuce.core.cluster.RedisClusterClient client) {
			long last = this.refreshedAfterFailure.get();
			long now = System.nanoTime();
			if (now - last >= TimeUnit.SECONDS.toNanos(1) && this.refreshedAfterFailure.compareAndSet(last, now)) {
				client.refreshPartitionsAsync();
			}
		}
		return failure;
	}

	/**
	 * Whether an error reply says that a cluster refused a command because its slot is
	 * moving between nodes, so that nothing ran and a later try will run:
	 * {@code TRYAGAIN} (a multi-key command while the slot's keys are split between the
	 * two nodes), and {@code MOVED} or {@code ASK} that reach redipy (Lettuce follows
	 * them for commands it routes itself, not on a node's own connection, where batches
	 * run).
	 */
	private static boolean movingSlot(@Nullable String message) {
		return message != null
				&& (message.startsWith("TRYAGAIN") || message.startsWith("MOVED ") || message.startsWith("ASK "));
	}

	/**
	 * Waits before the next try of a call a cluster refused while its slot moved, after
	 * refreshing the slot map if the slot has a new owner; false once the retries have
	 * taken the command timeout (or 10 s without one) since the first refusal, when the
	 * refusal is the call's answer.
	 */
	private boolean retryLater(int attempt, long startNanos, RuntimeException refusal) {
		long budget = (this.timeoutMillis > 0) ? this.timeoutMillis : 10_000;
		if (System.nanoTime() - startNanos > TimeUnit.MILLISECONDS.toNanos(budget)) {
			return false;
		}
		if (String.valueOf(refusal.getMessage()).startsWith("MOVED ")
				&& this.factory instanceof LettuceConnectionFactory lettuce
				&& lettuce.getNativeClient() instanceof io.lettuce.core.cluster.RedisClusterClient client) {
			client.refreshPartitions();
		}
		try {
			Thread.sleep(Math.min(100, 5L << Math.min(attempt, 5)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		return true;
	}

	/**
	 * Runs a blocking command on a dedicated connection, so it never stalls callers that
	 * share the factory's connection.
	 *
	 * <p>
	 * The server decides the timeout, so an element is never taken for a call that
	 * already timed out. An interrupt or {@link #close()} asks the server to end the call
	 * ({@code CLIENT UNBLOCK}) and then reads its reply, which still carries an element
	 * the server handed over in the meantime. When the driver times commands out
	 * (Lettuce's {@link TimeoutOptions}), long waits are cut into server-side waits
	 * shorter than that timeout.
	 * @param <T> the result
	 * @param timeoutMillis how long to wait, 0 for ever
	 * @param command the command for a server-side wait of the given milliseconds (0 for
	 * ever)
	 * @return the decoded reply; null on timeout
	 */
	<T> @Nullable T executeBlocking(long timeoutMillis, java.util.function.LongFunction<RedisCommand<T>> command) {
		long slice = waitSliceMillis();
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		while (true) {
			long left = (timeoutMillis == 0) ? 0
					: Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
			boolean last = slice == 0 || (left != 0 && left <= slice);
			T result = executeBlockingOnce(command.apply(last ? left : slice));
			if (result != null || last) {
				return result;
			}
		}
	}

	/**
	 * Runs {@code SCRIPT KILL} on a connection of its own: the connection a script's
	 * caller waits on (the shared one, for the client's other calls too) is not read by
	 * Redis while the script runs. On a cluster it goes to the node of its route (a
	 * hash-tagged prefix), else to every master, and succeeds if one killed a script (the
	 * command table's {@code one_succeeded}); otherwise the most telling refusal is
	 * thrown ({@code UNKILLABLE} before {@code NOTBUSY}).
	 * @param command the command
	 */
	void killScript(RedisCommand<?> command) {
		try {
			onDedicated((connection) -> {
				if (!(connection instanceof RedisAdvancedClusterAsyncCommands<byte[], byte[]> cluster)) {
					return await(dispatch(connection, command));
				}
				byte[] route = command.route();
				List<String> nodes = (route != null) ? List.of(nodeOf(cluster, command.name(), List.of(route)))
						: masters(cluster).stream()
							.map(io.lettuce.core.cluster.models.partitions.RedisClusterNode::getNodeId)
							.toList();
				RuntimeException refused = null;
				for (String node : nodes) {
					try {
						await(dispatch(cluster.getStatefulConnection().getConnection(node).async(), command));
						return null;
					}
					catch (RuntimeException ex) {
						RuntimeException translated = translate(ex, command.name());
						if (refused == null || String.valueOf(refused.getMessage()).startsWith("NOTBUSY")) {
							refused = translated;
						}
					}
				}
				if (refused != null) {
					throw refused;
				}
				return null;
			});
		}
		catch (RuntimeException ex) {
			throw mapped(command, failed(translate(ex, command.name())));
		}
	}

	/** The longest server-side wait the driver lets finish, 0 for no limit. */
	private long waitSliceMillis() {
		if (!(this.factory instanceof LettuceConnectionFactory lettuce)) {
			return 0;
		}
		var options = lettuce.getClientConfiguration().getClientOptions();
		if (options.isEmpty() || !options.get().getTimeoutOptions().isTimeoutCommands()) {
			return 0;
		}
		long millis = commandTimeoutMillis();
		// leave the reply time to arrive before the driver gives up on it
		return Math.max(100, millis - Math.min(1000, millis / 2));
	}

	private <T> @Nullable T executeBlockingOnce(RedisCommand<T> command) {
		if (this.closed) {
			throw new RedipyException("the client is closed");
		}
		Object reply;
		try {
			reply = onDedicated((connection) -> {
				// on a cluster, CLIENT ID, the call and CLIENT UNBLOCK all go to the node
				// of the call's keys
				String node = "";
				RedisClusterAsyncCommands<byte[], byte[]> channel = connection;
				if (connection instanceof RedisAdvancedClusterAsyncCommands<byte[], byte[]> cluster) {
					node = nodeOf(cluster, command.name(), CommandShape.of(command.name()).keys(command.args()));
					channel = cluster.getStatefulConnection().getConnection(node).async();
				}
				RedisFuture<@Nullable Object> id = dispatch(channel, CLIENT_ID);
				RedisFuture<@Nullable Object> pending = dispatch(channel, command);
				Blocked call = new Blocked(node, (Long) await(id, null));
				this.blocked.add(call);
				try {
					return await(pending, () -> unblock(call));
				}
				finally {
					this.blocked.remove(call);
				}
			});
		}
		catch (RuntimeException ex) {
			RuntimeException translated = translate(ex, command.name());
			throw mapped(command, failed(translated));
		}
		if (reply == null && this.closed) {
			throw new RedipyException("the client was closed while the call was blocked");
		}
		if (reply == null && Thread.currentThread().isInterrupted()) {
			throw new RedipyException("interrupted while blocked");
		}
		return command.decode(reply);
	}

	/**
	 * Waits for a reply. With a {@code cancel} action, an interrupt or {@link #close()}
	 * runs it (again every 100 ms, in case the command reached the server after the
	 * previous try) and the reply is still read; the interrupt flag is set again at the
	 * end.
	 */
	private @Nullable Object await(RedisFuture<@Nullable Object> future, @Nullable Runnable cancel) {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					if (cancel == null) {
						return future.get();
					}
					if (interrupted || this.closed) {
						cancel.run();
					}
					return future.get(100, TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
				catch (java.util.concurrent.TimeoutException ex) {
					// still blocked: look at the interrupt and close state again
				}
				catch (ExecutionException ex) {
					throw translate(ex.getCause(), "blocking command");
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Ends a blocked call as if its timeout had passed, on the call's node. */
	private void unblock(Blocked call) {
		RedisCommand<@Nullable Object> unblock = new RedisCommand.Args().raw("UNBLOCK")
			.add(call.id())
			.raw("TIMEOUT")
			.command("CLIENT", (r) -> r);
		try (RedisConnection connection = connection()) {
			if (call.node().isEmpty()) {
				send(connection, unblock);
			}
			else if (((LettuceConnection) connection)
				.getNativeConnection() instanceof RedisAdvancedClusterAsyncCommands<byte[], byte[]> cluster) {
				await(dispatch(cluster.getStatefulConnection().getConnection(call.node()).async(), unblock));
			}
		}
		catch (RuntimeException ex) {
			// e.g. an ACL without CLIENT: the call then ends when its timeout passes
		}
	}

	/**
	 * Ends every blocking call in flight and refuses new ones.
	 */
	void close() {
		this.closed = true;
		for (Blocked call : this.blocked) {
			unblock(call);
		}
		this.dedicated.close();
	}

	/**
	 * Runs commands in one {@code MULTI}/{@code EXEC} on a dedicated connection, written
	 * in one flush (one round trip, not one per command).
	 */
	List<@Nullable Object> executeAll(List<RedisCommand<?>> commands) {
		@Nullable List<@Nullable Object> replies;
		// when a moving slot first refused the call (no clock read on the common path)
		long refusedAt = 0;
		for (int attempt = 0;; attempt++) {
			List<RedisFuture<@Nullable Object>> queued = new ArrayList<>(commands.size());
			try {
				TransactionResult result = onDedicated((connection) -> {
					RedisAsyncCommands<byte[], byte[]> channel = transactionChannel(connection, commands);
					boolean resp2 = speaksResp3(channel) && holdsLua(commands);
					// Queue on the connection directly: Spring's execute() checks
					// arities from its own table, which refuses valid forms such as
					// HSET with several fields.
					RedisFuture<TransactionResult> exec;
					RedisFuture<@Nullable Object> restored = null;
					channel.setAutoFlushCommands(false);
					try {
						if (resp2) {
							dispatch(channel, hello(2));
						}
						channel.multi();
						for (RedisCommand<?> command : commands) {
							queued.add(dispatch(channel, command));
						}
						exec = channel.exec();
						if (resp2) {
							restored = dispatch(channel, hello(3));
						}
						channel.flushCommands();
					}
					finally {
						channel.setAutoFlushCommands(true);
					}
					TransactionResult ran = awaitExec(exec);
					if (restored != null) {
						// the connection goes back to the pool in its own protocol; a
						// user whose ACL refuses HELLO ran the batch in RESP3 (the
						// replies read alike but for booleans, maps and sets)
						try {
							await(restored);
						}
						catch (RuntimeException ex) {
							// the batch ran: its outcome stands
						}
					}
					return ran;
				});
				replies = result.wasDiscarded() ? null : result.stream().toList();
				break;
			}
			catch (RuntimeException ex) {
				RuntimeException translated = translate(ex, "EXEC");
				// a command refused while it was queued aborts EXEC, and nothing ran: on
				// a
				// cluster whose slot moves, the batch runs again on the slot's node
				RuntimeException refusal = this.cluster ? queuedRefusal(queued) : null;
				if (refusal != null) {
					refusedAt = (refusedAt != 0) ? refusedAt : System.nanoTime();
					if (retryLater(attempt, refusedAt, refusal)) {
						continue;
					}
				}
				throw failed(translated);
			}
		}
		if (replies == null || replies.size() != commands.size()) {
			throw new ConnectionException("Redis did not run the batch (EXEC was aborted)", null);
		}
		List<@Nullable Object> outcomes = new ArrayList<>(replies.size());
		for (int i = 0; i < replies.size(); i++) {
			Object reply = replies.get(i);
			if (reply instanceof Throwable failure) {
				outcomes.add(mapped(commands.get(i), translate(failure, commands.get(i).name())));
				continue;
			}
			try {
				outcomes.add(commands.get(i).decode(reply));
			}
			catch (RuntimeException ex) {
				outcomes.add(ex);
			}
		}
		return outcomes;
	}

	/**
	 * Whether a batch holds a Lua script ({@code EVAL} and its forms), whose reply is
	 * read in RESP2: inside a transaction Lettuce's output flattens RESP3 maps and sets,
	 * and fails on a RESP3 boolean (a script's {@code true} under
	 * {@code redis.setresp(3)}) after the batch ran.
	 */
	private static boolean holdsLua(List<RedisCommand<?>> commands) {
		for (RedisCommand<?> command : commands) {
			if (command.name().startsWith("EVAL")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a connection negotiated RESP3 (Lettuce's default), which a batch holding a
	 * script switches to RESP2 around its transaction ({@code HELLO 2}, then
	 * {@code HELLO 3}, in the same round trip).
	 */
	private static boolean speaksResp3(RedisAsyncCommands<byte[], byte[]> channel) {
		return channel.getStatefulConnection() instanceof io.lettuce.core.StatefulRedisConnectionImpl<?, ?> stateful
				&& stateful.getConnectionState()
					.getNegotiatedProtocolVersion() == io.lettuce.core.protocol.ProtocolVersion.RESP3;
	}

	/** {@code HELLO} switching a connection's protocol. */
	private static RedisCommand<@Nullable Object> hello(int protocol) {
		return new RedisCommand<>("HELLO",
				new byte[][] { Integer.toString(protocol).getBytes(java.nio.charset.StandardCharsets.US_ASCII) },
				(reply) -> reply);
	}

	/**
	 * The first refusal of a queued command that says its slot is moving (see
	 * {@link #movingSlot}), or null.
	 */
	private static @Nullable RuntimeException queuedRefusal(List<RedisFuture<@Nullable Object>> queued) {
		for (RedisFuture<@Nullable Object> future : queued) {
			if (future.isDone() && future.toCompletableFuture().isCompletedExceptionally()) {
				try {
					future.toCompletableFuture().join();
				}
				catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException ex) {
					RuntimeException translated = translate((ex.getCause() != null) ? ex.getCause() : ex, "EXEC");
					if (movingSlot(translated.getMessage())) {
						return translated;
					}
				}
			}
		}
		return null;
	}

	/**
	 * Where a batch's MULTI/EXEC goes: the connection itself on a standalone Redis; on a
	 * cluster, the connection to the node that owns the one slot of all the batch's keys
	 * (refused before anything is sent when they span slots).
	 */
	private static RedisAsyncCommands<byte[], byte[]> transactionChannel(
			RedisClusterAsyncCommands<byte[], byte[]> connection, List<RedisCommand<?>> commands) {
		if (connection instanceof RedisAsyncCommands<byte[], byte[]> standalone) {
			return standalone;
		}
		if (!(connection instanceof RedisAdvancedClusterAsyncCommands<byte[], byte[]> cluster)) {
			throw new IllegalStateException("redipy's batches need a Lettuce standalone or cluster connection");
		}
		List<byte[]> keys = new ArrayList<>();
		for (RedisCommand<?> command : commands) {
			if (command.route() != null) {
				keys.add(command.route());
				continue;
			}
			CommandShape shape = CommandShape.of(command.name());
			if (command.spread() != null || shape.keyspaceWide()) {
				throw new io.redipy.InvalidArgumentException(command.name()
						+ " in a batch on a Redis Cluster: it works on every master, and a batch runs on one node."
						+ " Run it outside the batch, or give the client a key prefix with a hash tag such as {app}:"
						+ " (all its keys then live on one node)", null);
			}
			keys.addAll(shape.keys(command.args()));
		}
		return cluster.getStatefulConnection().getConnection(nodeOf(cluster, "the batch", keys)).async();
	}

	/**
	 * Runs work on a dedicated connection (a pipeline makes Spring hand out the
	 * connection's own Redis connection, which no other caller shares) and returns the
	 * connection for reuse if the work ended normally; otherwise it is closed.
	 */
	private <T> T onDedicated(java.util.function.Function<RedisClusterAsyncCommands<byte[], byte[]>, T> work) {
		RedisConnection connection = this.dedicated.borrow();
		boolean clean = false;
		try {
			connection.openPipeline();
			T result = work.apply(((LettuceConnection) connection).getNativeConnection());
			// nothing was queued through Spring's pipeline: closing it reads no replies
			connection.closePipeline();
			clean = true;
			return result;
		}
		finally {
			this.dedicated.release(connection, clean);
		}
	}

	private TransactionResult awaitExec(RedisFuture<TransactionResult> exec) {
		long timeout = commandTimeoutMillis();
		try {
			return (timeout > 0) ? exec.get(timeout, TimeUnit.MILLISECONDS) : exec.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RedipyException("interrupted while waiting for a batch's reply", ex);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			throw new ConnectionException("Redis did not answer a batch within " + timeout + " ms",
					ConnectionException.Reason.TIMEOUT, ex);
		}
		catch (ExecutionException ex) {
			throw translate(ex.getCause(), "EXEC");
		}
	}

	/** The factory's command timeout in milliseconds, 0 when it has none. */
	private long commandTimeoutMillis() {
		if (this.factory instanceof LettuceConnectionFactory lettuce) {
			return lettuce.getClientConfiguration().getCommandTimeout().toMillis();
		}
		return 0;
	}

	/**
	 * Returns a connection for a subscription, which keeps it until it is closed.
	 * @return the connection
	 */
	RedisConnection subscriberConnection() {
		try {
			return connection();
		}
		catch (RuntimeException ex) {
			throw translate(ex, "SUBSCRIBE");
		}
	}

	/**
	 * Opens a Lettuce pub/sub connection for shard channels, from the factory's own
	 * Lettuce client (Spring Data Redis has no {@code SSUBSCRIBE}): on a cluster, one
	 * that subscribes each shard channel on the node of its slot, with Lettuce's node
	 * connections.
	 * @return the connection, with byte-array keys and values
	 */
	io.lettuce.core.pubsub.StatefulRedisPubSubConnection<byte[], byte[]> shardSubscriberConnection() {
		if (!(this.factory instanceof LettuceConnectionFactory lettuce)) {
			throw new IllegalStateException("redipy's Redis backend needs a Lettuce connection factory, got "
					+ this.factory.getClass().getName());
		}
		io.lettuce.core.codec.ByteArrayCodec codec = io.lettuce.core.codec.ByteArrayCodec.INSTANCE;
		try {
			io.lettuce.core.AbstractRedisClient client = lettuce.getRequiredNativeClient();
			if (client instanceof io.lettuce.core.cluster.RedisClusterClient cluster) {
				return cluster.connectPubSub(codec);
			}
			return ((io.lettuce.core.RedisClient) client).connectPubSub(codec);
		}
		catch (RuntimeException ex) {
			throw translate(ex, "SSUBSCRIBE");
		}
	}

	private RedisConnection connection() {
		RedisConnection connection = this.factory.getConnection();
		if (!(connection instanceof LettuceConnection)) {
			connection.close();
			throw new IllegalStateException("redipy's Redis backend needs a Lettuce connection factory, got "
					+ this.factory.getClass().getName());
		}
		return connection;
	}

	/**
	 * Sends a command on a connection's native Lettuce connection and waits for its reply
	 * as Spring's {@code execute} would (the factory's command timeout), but with the
	 * keys marked: Spring's {@code execute(String, byte[]...)} hands every argument to
	 * Lettuce as a key, which sends cluster routing to the slot of the first argument
	 * whatever it is.
	 */
	private @Nullable Object send(RedisConnection connection, RedisCommand<?> command) {
		RedisFuture<@Nullable Object> reply = dispatch(((LettuceConnection) connection).getNativeConnection(), command);
		return LettuceFutures.awaitOrCancel(reply, this.timeoutMillis, TimeUnit.MILLISECONDS);
	}

	/**
	 * The one way commands go to Lettuce, for plain calls, blocking calls and batches
	 * alike: the keyword and the arguments with their keys marked, from the command
	 * table.
	 */
	/**
	 * Runs a command on a Redis Cluster as the command table's tips say (see
	 * {@link CommandShape#spread()}): on every master with the replies combined, split by
	 * slot, or on the node of its keys' one slot, where Lettuce's cluster client routes
	 * it and follows MOVED and ASK. Keys in several slots of a command that is not split
	 * are refused before anything is sent.
	 */
	private @Nullable Object sendOnCluster(RedisConnection connection, RedisCommand<?> command) {
		if (!(((LettuceConnection) connection)
			.getNativeConnection() instanceof RedisAdvancedClusterAsyncCommands<byte[], byte[]> channel)) {
			throw new IllegalStateException("A cluster connection factory gave a connection that is not a cluster's");
		}
		byte[] route = command.route();
		if (route != null) {
			// a keyspace command of a client whose prefix has a hash tag: all its
			// keys are on the tag's node
			return await(dispatch(channel.getStatefulConnection()
				.getConnection(nodeOf(channel, command.name(), List.of(route)))
				.async(), command));
		}
		if (command.name().equals("SCAN")) {
			return scanOnCluster(channel, command);
		}
		CommandShape shape = CommandShape.of(command.name());
		CommandShape.Spread spread = (command.spread() != null) ? command.spread() : shape.spread();
		return switch (spread) {
			case SUM, ALL_SUCCEEDED, CONCAT, ANY_NON_NULL -> onEveryMaster(channel, command, spread);
			case BY_SLOT, SPLIT_SUM, SPLIT_IN_ORDER -> {
				List<byte[]> keys = shape.keys(command.args());
				java.util.Map<Integer, List<Integer>> bySlot = new java.util.LinkedHashMap<>();
				for (int i = 0; i < keys.size(); i++) {
					bySlot.computeIfAbsent(io.redipy.command.Slots.of(keys.get(i)), (slot) -> new ArrayList<>()).add(i);
				}
				if (bySlot.size() <= 1) {
					yield await(dispatch(channel, command));
				}
				if (spread != CommandShape.Spread.BY_SLOT && keys.size() == command.args().length) {
					yield split(channel, command, bySlot, spread);
				}
				throw new io.redipy.CrossSlotException(command.name(),
						keys.stream().map(io.redipy.script.ir.RawText::decode).toList());
			}
		};
	}

	/**
	 * SCAN over every master, one after the other (the command table's
	 * {@code request_policy:special}): the cursor the caller gets is {@code N-C}, where N
	 * is the master's place among the masters ordered by their first slot and C its own
	 * cursor; {@code 0} starts at the first master and is returned after the last one's
	 * iteration ends. Each master's SCAN keeps Redis's guarantee for its keys, so every
	 * key present during the whole iteration is returned at least once while the slots
	 * stay where they are.
	 */
	private @Nullable Object scanOnCluster(RedisAdvancedClusterAsyncCommands<byte[], byte[]> channel,
			RedisCommand<?> command) {
		List<io.lettuce.core.cluster.models.partitions.RedisClusterNode> masters = masters(channel);
		String cursor = io.redipy.script.ir.RawText.decode(command.args()[0]);
		int node = 0;
		String nodeCursor = cursor;
		int dash = cursor.indexOf('-');
		if (dash > 0) {
			try {
				node = Integer.parseInt(cursor.substring(0, dash));
			}
			catch (NumberFormatException ex) {
				node = -1;
			}
			nodeCursor = cursor.substring(dash + 1);
		}
		if (node < 0 || node >= masters.size()) {
			throw new io.redipy.InvalidArgumentException("ERR invalid cursor", null);
		}
		byte[][] args = command.args().clone();
		args[0] = nodeCursor.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		RedisCommand<?> onNode = new RedisCommand<>(command.name(), args, (reply) -> reply);
		var stateful = channel.getStatefulConnection();
		List<?> page = (List<?>) await(dispatch(stateful.getConnection(masters.get(node).getNodeId()).async(), onNode));
		String next = new String((byte[]) page.get(0), java.nio.charset.StandardCharsets.US_ASCII);
		String composite;
		if (!next.equals("0")) {
			composite = node + "-" + next;
		}
		else {
			composite = (node + 1 < masters.size()) ? (node + 1) + "-0" : "0";
		}
		return List.of(composite.getBytes(java.nio.charset.StandardCharsets.US_ASCII), page.get(1));
	}

	/** The masters that serve slots, ordered by their first slot. */
	private static List<io.lettuce.core.cluster.models.partitions.RedisClusterNode> masters(
			RedisAdvancedClusterAsyncCommands<byte[], byte[]> channel) {
		List<io.lettuce.core.cluster.models.partitions.RedisClusterNode> masters = new ArrayList<>();
		for (io.lettuce.core.cluster.models.partitions.RedisClusterNode node : channel.getStatefulConnection()
			.getPartitions()) {
			if (node.is(io.lettuce.core.cluster.models.partitions.RedisClusterNode.NodeFlag.UPSTREAM)
					&& !node.getSlots().isEmpty()) {
				masters.add(node);
			}
		}
		masters.sort(java.util.Comparator.comparingInt((node) -> java.util.Collections.min(node.getSlots())));
		return masters;
	}

	/**
	 * Returns the id of the node that owns the one slot of a call's keys.
	 * @throws io.redipy.CrossSlotException if the keys span slots
	 */
	private static String nodeOf(RedisAdvancedClusterAsyncCommands<byte[], byte[]> cluster, String what,
			List<byte[]> keys) {
		int slot = 0;
		for (int i = 0; i < keys.size(); i++) {
			int next = io.redipy.command.Slots.of(keys.get(i));
			if (i > 0 && next != slot) {
				throw new io.redipy.CrossSlotException(what,
						keys.stream().map(io.redipy.script.ir.RawText::decode).distinct().toList());
			}
			slot = next;
		}
		var node = cluster.getStatefulConnection().getPartitions().getPartitionBySlot(slot);
		if (node == null) {
			throw new ConnectionException("No Redis Cluster node serves slot " + slot + " now", null);
		}
		return node.getNodeId();
	}

	/**
	 * A blocking call in flight: the node it runs on (empty off a cluster) and its id
	 * there.
	 */
	private record Blocked(String node, long id) {
	}

	/** Sends a command to every master and combines the replies. */
	private @Nullable Object onEveryMaster(RedisAdvancedClusterAsyncCommands<byte[], byte[]> channel,
			RedisCommand<?> command, CommandShape.Spread spread) {
		var stateful = channel.getStatefulConnection();
		List<RedisFuture<@Nullable Object>> pending = new ArrayList<>();
		for (io.lettuce.core.cluster.models.partitions.RedisClusterNode node : masters(channel)) {
			pending.add(dispatch(stateful.getConnection(node.getNodeId()).async(), command));
		}
		List<@Nullable Object> replies = new ArrayList<>();
		for (RedisFuture<@Nullable Object> reply : pending) {
			replies.add(await(reply));
		}
		return switch (spread) {
			case SUM -> replies.stream().mapToLong((reply) -> (Long) reply).sum();
			case CONCAT -> {
				List<@Nullable Object> all = new ArrayList<>();
				for (Object reply : replies) {
					all.addAll((List<?>) reply);
				}
				yield all;
			}
			case ANY_NON_NULL -> {
				List<Object> found = replies.stream()
					.filter(java.util.Objects::nonNull)
					.map(Object.class::cast)
					.toList();
				yield found.isEmpty() ? null
						: found.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(found.size()));
			}
			default -> replies.isEmpty() ? null : replies.get(0);
		};
	}

	/**
	 * Splits a command whose arguments are all keys into one per slot, sent together, and
	 * joins the replies: added up, or put back in the order of the keys.
	 */
	private @Nullable Object split(RedisAdvancedClusterAsyncCommands<byte[], byte[]> channel, RedisCommand<?> command,
			java.util.Map<Integer, List<Integer>> bySlot, CommandShape.Spread spread) {
		List<List<Integer>> groups = new ArrayList<>(bySlot.values());
		List<RedisFuture<@Nullable Object>> pending = new ArrayList<>();
		for (List<Integer> group : groups) {
			byte[][] args = new byte[group.size()][];
			for (int i = 0; i < args.length; i++) {
				args[i] = command.args()[group.get(i)];
			}
			pending.add(dispatch(channel, new RedisCommand<>(command.name(), args, (reply) -> reply)));
		}
		if (spread == CommandShape.Spread.SPLIT_SUM) {
			long sum = 0;
			for (RedisFuture<@Nullable Object> reply : pending) {
				sum += (Long) await(reply);
			}
			return sum;
		}
		@Nullable Object[] ordered = new Object[command.args().length];
		for (int g = 0; g < groups.size(); g++) {
			List<?> replies = (List<?>) await(pending.get(g));
			List<Integer> group = groups.get(g);
			for (int i = 0; i < group.size(); i++) {
				ordered[group.get(i)] = replies.get(i);
			}
		}
		return java.util.Arrays.asList(ordered);
	}

	private @Nullable Object await(RedisFuture<@Nullable Object> reply) {
		return LettuceFutures.awaitOrCancel(reply, this.timeoutMillis, TimeUnit.MILLISECONDS);
	}

	private static RedisFuture<@Nullable Object> dispatch(RedisClusterAsyncCommands<byte[], byte[]> channel,
			RedisCommand<?> command) {
		return channel.dispatch(command.keyword(), new RawOutput(), command.arguments());
	}

	/** Maps a driver failure to redipy's exceptions; passes redipy's own through. */
	static RuntimeException translate(Throwable failure, String command) {
		if (failure instanceof RedipyException redipy) {
			return redipy;
		}
		ConnectionException.Reason reason = reason(failure);
		if (isConnectionFailure(failure) || reason == ConnectionException.Reason.AUTHENTICATION) {
			// no connection, or credentials refused or missing (WRONGPASS, NOAUTH)
			return new ConnectionException("Redis command " + command + " failed: " + describe(failure), reason,
					failure);
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof RedisCommandExecutionException execution && execution.getMessage() != null) {
				if (execution.getMessage().startsWith("CLUSTERDOWN")) {
					// a cluster without an owner for the slot, as during a failover
					return new ConnectionException("Redis command " + command + " failed: " + execution.getMessage(),
							ConnectionException.Reason.OTHER, failure);
				}
				return CommandException.of(execution.getMessage(), failure);
			}
			if (t instanceof CommandException rejected) {
				return rejected;
			}
		}
		if (failure instanceof DataAccessException || failure instanceof io.lettuce.core.RedisException) {
			return new ConnectionException("Redis command " + command + " failed: " + describe(failure), reason,
					failure);
		}
		if (failure instanceof RuntimeException runtime) {
			return runtime;
		}
		return new RedipyException("Redis command " + command + " failed", failure);
	}

	private static boolean isConnectionFailure(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof RedisConnectionFailureException || t instanceof io.lettuce.core.RedisConnectionException
					|| t instanceof org.springframework.dao.QueryTimeoutException
					|| t instanceof io.lettuce.core.RedisCommandTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Why a connection failed, from the first cause in the chain that tells: the driver
	 * wraps the same causes differently depending on whether they happen while
	 * connecting, during the handshake or on a command.
	 */
	static ConnectionException.Reason reason(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof RedisCommandExecutionException execution
					&& isAuthenticationError(execution.getMessage())) {
				return ConnectionException.Reason.AUTHENTICATION;
			}
			if (t instanceof javax.net.ssl.SSLException) {
				return ConnectionException.Reason.TLS;
			}
			if (t instanceof java.net.UnknownHostException) {
				return ConnectionException.Reason.UNKNOWN_HOST;
			}
			// before ConnectException: Netty's connect timeout is one
			if (t instanceof io.netty.channel.ConnectTimeoutException || t instanceof java.net.SocketTimeoutException
					|| t instanceof io.lettuce.core.RedisCommandTimeoutException
					|| t instanceof org.springframework.dao.QueryTimeoutException) {
				return ConnectionException.Reason.TIMEOUT;
			}
			if (t instanceof java.net.ConnectException) {
				return ConnectionException.Reason.REFUSED;
			}
		}
		return ConnectionException.Reason.OTHER;
	}

	/**
	 * Whether a server error is about credentials: a wrong password or user
	 * ({@code WRONGPASS}), none sent where one is required ({@code NOAUTH}), or one sent
	 * to a server without passwords ({@code ERR AUTH ... called without any password}).
	 */
	private static boolean isAuthenticationError(@Nullable String message) {
		return message != null && (message.startsWith("WRONGPASS") || message.startsWith("NOAUTH")
				|| (message.startsWith("ERR AUTH") && message.contains("without any password")));
	}

	private static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ((root.getMessage() != null) ? ": " + root.getMessage() : "");
	}

}
