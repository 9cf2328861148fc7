package io.redipy;

import java.util.Objects;

import io.redipy.memory.MemoryStore;
import io.redipy.redis.RedisBackend;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Creates redipy clients: {@link #memory()} for the in-process store,
 * {@link #redis(RedisConnectionFactory)} for a real Redis through Spring Data Redis. Both
 * return the same {@link RedipyClient} interface with the same behaviour.
 *
 * <pre class="code">
 * RedipyClient client = Redipy.memory();
 * client.set("greeting", "hello");
 * </pre>
 */
public final class Redipy {

	private Redipy() {
	}

	/**
	 * Returns a client on a new, empty memory store with the system clock.
	 * @return the client
	 */
	public static RedipyClient memory() {
		return memory(MemoryOptions.defaults());
	}

	/**
	 * Returns a client on a memory store.
	 * @param options key prefix, clock, or a store to share
	 * @return the client
	 */
	public static RedipyClient memory(MemoryOptions options) {
		Objects.requireNonNull(options, "options");
		MemoryStore store = (options.store() != null) ? options.store()
				: new MemoryStore(options.clock(), MemoryStore.DEFAULT_SCRIPT_TIME_LIMIT, options.clusterRules());
		if (options.clusterRules() && !store.clusterRules()) {
			throw new IllegalArgumentException(
					"withClusterRules() applies to a new store; the shared store was made without them");
		}
		return store.client(options.keyPrefix());
	}

	/**
	 * Returns a client on Redis, through a Lettuce-based connection factory.
	 * @param connectionFactory Spring Data Redis's factory (not closed by the client)
	 * @return the client
	 */
	public static RedipyClient redis(RedisConnectionFactory connectionFactory) {
		return redis(connectionFactory, RedisOptions.defaults());
	}

	/**
	 * Returns a client on Redis with options.
	 * @param connectionFactory Spring Data Redis's factory (not closed by the client)
	 * @param options the key prefix
	 * @return the client
	 */
	public static RedipyClient redis(RedisConnectionFactory connectionFactory, RedisOptions options) {
		Objects.requireNonNull(connectionFactory, "connectionFactory");
		Objects.requireNonNull(options, "options");
		return RedisBackend.client(connectionFactory, options.keyPrefix());
	}

}
