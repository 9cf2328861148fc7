package io.redipy.test;

import java.time.Duration;

import io.redipy.ManualClock;
import io.redipy.MemoryOptions;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.RedisOptions;
import io.redipy.memory.MemoryStore;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * A backend under test: how to get clients on it and how to let time pass.
 */
public interface Backend extends AutoCloseable {

	/**
	 * Returns a client with a key prefix.
	 * @param keyPrefix the prefix, empty for none
	 * @return the client
	 */
	RedipyClient client(String keyPrefix);

	/**
	 * Lets time pass: moves the memory store's clock, or waits on Redis.
	 * @param duration how long
	 */
	void advance(Duration duration);

	/**
	 * Returns the backend's name.
	 * @return {@code "memory"} or {@code "redis"}
	 */
	String name();

	@Override
	void close();

	/**
	 * Returns how many calls are blocked in a blocking command right now (Redis's
	 * {@code blocked_clients}).
	 * @return the count
	 */
	int blockedCalls();

	/**
	 * Returns a memory backend on a {@link ManualClock}.
	 * @return the backend
	 */
	static Backend memory() {
		ManualClock clock = new ManualClock();
		MemoryStore store = new MemoryStore(clock);
		return new Backend() {

			@Override
			public RedipyClient client(String keyPrefix) {
				return Redipy.memory(MemoryOptions.defaults().withStore(store).withKeyPrefix(keyPrefix));
			}

			@Override
			public void advance(Duration duration) {
				clock.advance(duration);
			}

			@Override
			public int blockedCalls() {
				return store.blockedCalls();
			}

			@Override
			public String name() {
				return "memory";
			}

			@Override
			public void close() {
			}

		};
	}

	/**
	 * Returns a Redis backend on the shared test server.
	 * @return the backend
	 */
	static Backend redis() {
		RedisServer server = RedisExtension.server();
		LettuceConnectionFactory factory = server.connectionFactory();
		return new Backend() {

			@Override
			public RedipyClient client(String keyPrefix) {
				return Redipy.redis(factory, RedisOptions.defaults().withKeyPrefix(keyPrefix));
			}

			@Override
			public void advance(Duration duration) {
				sleep(duration);
			}

			@Override
			public int blockedCalls() {
				try (var connection = factory.getConnection()) {
					java.util.Properties info = connection.serverCommands().info("clients");
					return Integer.parseInt(String.valueOf(info.getProperty("blocked_clients")).trim());
				}
			}

			@Override
			public String name() {
				return "redis";
			}

			@Override
			public void close() {
				factory.destroy();
			}

		};
	}

	/**
	 * Returns a Redis backend on the shared local Redis Cluster whose clients all carry
	 * the hash-tagged key prefix {@value #CLUSTER_TAG} before their own, so that each
	 * test's keys share one slot wherever a command needs them to (the keyspace commands
	 * then go to the tag's node).
	 * @return the backend
	 */
	static Backend redisCluster() {
		return redisCluster("");
	}

	/**
	 * Returns a Redis backend on the shared local Redis Cluster whose clients carry
	 * {@value #CLUSTER_TAG} and then a namespace of their own before their prefix: for
	 * pub/sub tests, as a cluster forwards a message to the other nodes' subscribers
	 * asynchronously, so one test's late message could reach the next test's subscription
	 * on the same channel.
	 * @param namespace the part after the tag
	 * @return the backend
	 */
	static Backend redisCluster(String namespace) {
		RedisCluster cluster = RedisExtension.cluster();
		LettuceConnectionFactory factory = cluster.connectionFactory();
		return new Backend() {

			@Override
			public RedipyClient client(String keyPrefix) {
				return Redipy.redis(factory,
						RedisOptions.defaults().withKeyPrefix(CLUSTER_TAG + namespace + keyPrefix));
			}

			@Override
			public void advance(Duration duration) {
				sleep(duration);
			}

			@Override
			public int blockedCalls() {
				int blocked = 0;
				for (RedisServer node : cluster.nodes()) {
					String info = RedisCluster.cli(node, "INFO", "clients");
					for (String line : info.split("\\R")) {
						if (line.startsWith("blocked_clients:")) {
							blocked += Integer.parseInt(line.substring("blocked_clients:".length()).trim());
						}
					}
				}
				return blocked;
			}

			@Override
			public String name() {
				return "redis-cluster";
			}

			@Override
			public void close() {
				factory.destroy();
			}

		};
	}

	/** The key prefix of every client on the test cluster: one slot for all its keys. */
	String CLUSTER_TAG = "{contract}:";

	/**
	 * Lets time pass on a real server: waits.
	 * @param duration how long
	 */
	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
