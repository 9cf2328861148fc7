package io.redipy.redis;

import java.util.ArrayList;
import java.util.List;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.redipy.CommandException;
import io.redipy.ConnectionException;
import io.redipy.RedipyClient;
import io.redipy.RedipyException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnection;

/**
 * The Redis backend: runs commands through Spring Data Redis's Lettuce connections and
 * translates failures into redipy's exceptions.
 *
 * <p>
 * Connections come from the given factory and go back to it after every call; redipy
 * manages none of its own. Batches run as {@code MULTI}/{@code EXEC} on one connection.
 */
public final class RedisBackend {

	private final RedisConnectionFactory factory;

	private RedisBackend(RedisConnectionFactory factory) {
		this.factory = factory;
	}

	/**
	 * Returns a client on Redis.
	 * @param factory a Lettuce-based connection factory (not closed by the client)
	 * @param keyPrefix the prefix of every key the client touches, empty for none
	 * @return the client
	 */
	public static RedipyClient client(RedisConnectionFactory factory, String keyPrefix) {
		return new RedisClient(new RedisBackend(factory), keyPrefix);
	}

	<T> T execute(RedisCommand<T> command) {
		Object reply;
		try (RedisConnection connection = connection()) {
			reply = send(connection, command);
		}
		catch (RuntimeException ex) {
			RuntimeException translated = translate(ex, command.name());
			throw (translated instanceof CommandException rejected) ? command.errors().apply(rejected) : translated;
		}
		return command.decode(reply);
	}

	List<@Nullable Object> executeAll(List<RedisCommand<?>> commands) {
		List<@Nullable Object> replies;
		try (RedisConnection connection = connection()) {
			LettuceConnection lettuce = (LettuceConnection) connection;
			lettuce.setConvertPipelineAndTxResults(false);
			connection.multi();
			try {
				// Queue on the transaction's own connection directly: Spring's execute()
				// checks arities from its own table while queueing, and that table
				// refuses valid forms such as HSET with several fields.
				RedisClusterAsyncCommands<byte[], byte[]> transaction = lettuce.getNativeConnection();
				for (RedisCommand<?> command : commands) {
					transaction.dispatch(command.keyword(), new RawOutput(), command.arguments());
				}
				replies = connection.exec();
			}
			catch (RuntimeException ex) {
				discardQuietly(connection);
				throw ex;
			}
		}
		catch (RuntimeException ex) {
			throw translate(ex, "EXEC");
		}
		if (replies == null || replies.size() != commands.size()) {
			throw new ConnectionException("Redis did not run the batch (EXEC was aborted)", null);
		}
		List<@Nullable Object> outcomes = new ArrayList<>(replies.size());
		for (int i = 0; i < replies.size(); i++) {
			Object reply = replies.get(i);
			if (reply instanceof Throwable failure) {
				RuntimeException translated = translate(failure, commands.get(i).name());
				outcomes.add((translated instanceof CommandException rejected)
						? commands.get(i).errors().apply(rejected) : translated);
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

	private static void discardQuietly(RedisConnection connection) {
		try {
			connection.discard();
		}
		catch (RuntimeException ignored) {
			// the connection is closed next; the server drops the transaction with it
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

	private static @Nullable Object send(RedisConnection connection, RedisCommand<?> command) {
		return ((LettuceConnection) connection).execute(command.name(), new RawOutput(), command.args());
	}

	/** Maps a driver failure to redipy's exceptions; passes redipy's own through. */
	static RuntimeException translate(Throwable failure, String command) {
		if (failure instanceof RedipyException redipy) {
			return redipy;
		}
		if (isConnectionFailure(failure)) {
			// includes a refused password (WRONGPASS): the connection could not be made
			return new ConnectionException("Redis command " + command + " failed: " + describe(failure), failure);
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof RedisCommandExecutionException execution && execution.getMessage() != null) {
				return CommandException.of(execution.getMessage(), failure);
			}
			if (t instanceof CommandException rejected) {
				return rejected;
			}
		}
		if (failure instanceof DataAccessException || failure instanceof io.lettuce.core.RedisException) {
			return new ConnectionException("Redis command " + command + " failed: " + describe(failure), failure);
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

	private static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ((root.getMessage() != null) ? ": " + root.getMessage() : "");
	}

}
