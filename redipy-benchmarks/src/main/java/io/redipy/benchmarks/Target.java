package io.redipy.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.ScoredMember;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.resps.Tuple;

/**
 * One store a single-command benchmark runs against, with the commands it measures. Pairs
 * (LPUSH+RPOP, ZADD+ZPOPMAX, …) run as one operation so that the data stays the same size
 * however long a benchmark runs.
 */
interface Target extends AutoCloseable {

	/**
	 * Spring's {@code StringRedisTemplate} on the memory store, as a Spring application
	 * on the memory backend has it: the bean of an application started with the starter,
	 * whose connection factory reaches the store's endpoint in process.
	 */
	String MEMORY_TEMPLATE = "template-memory";

	/**
	 * The same application with {@code redipy.memory.server.transport=tcp}: the template
	 * reaches the endpoint through its loopback port.
	 */
	String MEMORY_TEMPLATE_TCP = "template-memory-tcp";

	/** The Redis backend on the harness's local Redis Cluster. */
	String REDIS_CLUSTER = "redis-cluster";

	/** Lettuce's own cluster client on the same cluster: the baseline of the former. */
	String LETTUCE_CLUSTER = "lettuce-cluster";

	/**
	 * The names {@link #open(String)} knows: redipy's two backends, then the baselines.
	 */
	List<String> NAMES = List.of("memory", "memory-own-keys", "redis", "lettuce", "template", MEMORY_TEMPLATE,
			MEMORY_TEMPLATE_TCP, "jedis-mock");

	/**
	 * The memory backend with each thread on keys of its own (the others share the keys).
	 */
	String OWN_KEYS = "memory-own-keys";

	@Nullable String get(String key);

	void set(String key, String value);

	long incr(String key);

	/** LPUSH a value, then RPOP one. */
	@Nullable String lpushRpop(String key, String value);

	/** HSET a field of a hash. */
	void hset(String key, String field, String value);

	/** HSET a field, then HGET it. */
	@Nullable String hsetHget(String key, String field, String value);

	/** SADD a member, then SISMEMBER it. */
	boolean saddSismember(String key, String member);

	/** ZADD a member, then ZPOPMAX one. */
	@Nullable String zaddZpopmax(String key, double score, String member);

	void zadd(String key, double score, String member);

	/** ZRANGE key 0 9: the first ten members. */
	List<String> zrange10(String key);

	/** Empties the store. */
	void flush();

	@Override
	void close();

	/**
	 * Opens a target by name.
	 * @param name one of {@link #NAMES}
	 * @return the target, empty
	 */
	static Target open(String name) {
		Target target = switch (name) {
			case "memory", OWN_KEYS -> new OnRedipy(Redipy.memory(), null);
			case "redis" -> {
				LettuceConnectionFactory factory = BenchRedis.connectionFactory();
				yield new OnRedipy(Redipy.redis(factory), factory);
			}
			case "lettuce" -> {
				io.lettuce.core.RedisClient client = BenchRedis.lettuce();
				StatefulRedisConnection<String, String> connection = client.connect();
				yield new OnLettuce(connection.sync(), () -> {
					connection.close();
					client.shutdown();
				});
			}
			case REDIS_CLUSTER -> {
				LettuceConnectionFactory factory = BenchRedis.clusterConnectionFactory();
				yield new OnRedipy(Redipy.redis(factory), factory);
			}
			case LETTUCE_CLUSTER -> {
				io.lettuce.core.cluster.RedisClusterClient client = BenchRedis.lettuceCluster();
				var connection = client.connect();
				yield new OnLettuce(connection.sync(), () -> {
					connection.close();
					client.shutdown();
				});
			}
			case "template" -> {
				LettuceConnectionFactory factory = BenchRedis.connectionFactory();
				yield new OnTemplate(new StringRedisTemplate(factory), factory::destroy);
			}
			case MEMORY_TEMPLATE, MEMORY_TEMPLATE_TCP -> {
				ConfigurableApplicationContext application = StartupBenchmark
					.memoryApplication(name.equals(MEMORY_TEMPLATE) ? "in-process" : "tcp");
				yield new OnTemplate(application.getBean(StringRedisTemplate.class), application::close);
			}
			case "jedis-mock" -> new OnJedisMock();
			default -> throw new IllegalArgumentException("Unknown target " + name);
		};
		target.flush();
		return target;
	}

	/** redipy, on either backend. */
	final class OnRedipy implements Target {

		private final RedipyClient client;

		private final @Nullable LettuceConnectionFactory factory;

		OnRedipy(RedipyClient client, @Nullable LettuceConnectionFactory factory) {
			this.client = client;
			this.factory = factory;
		}

		@Override
		public @Nullable String get(String key) {
			return this.client.get(key);
		}

		@Override
		public void set(String key, String value) {
			this.client.set(key, value);
		}

		@Override
		public long incr(String key) {
			return this.client.incr(key);
		}

		@Override
		public @Nullable String lpushRpop(String key, String value) {
			this.client.lpush(key, value);
			return this.client.rpop(key);
		}

		@Override
		public void hset(String key, String field, String value) {
			this.client.hset(key, field, value);
		}

		@Override
		public @Nullable String hsetHget(String key, String field, String value) {
			this.client.hset(key, field, value);
			return this.client.hget(key, field);
		}

		@Override
		public boolean saddSismember(String key, String member) {
			this.client.sadd(key, member);
			return this.client.sismember(key, member);
		}

		@Override
		public @Nullable String zaddZpopmax(String key, double score, String member) {
			this.client.zadd(key, score, member);
			ScoredMember popped = this.client.zpopmax(key);
			return (popped != null) ? popped.member() : null;
		}

		@Override
		public void zadd(String key, double score, String member) {
			this.client.zadd(key, score, member);
		}

		@Override
		public List<String> zrange10(String key) {
			return this.client.zrange(key, 0, 9);
		}

		@Override
		public void flush() {
			this.client.flushall();
		}

		@Override
		public void close() {
			this.client.close();
			if (this.factory != null) {
				this.factory.destroy();
			}
		}

	}

	/**
	 * Raw Lettuce, synchronous, one shared connection: a standalone one, or Lettuce's
	 * cluster client.
	 */
	final class OnLettuce implements Target {

		private final io.lettuce.core.cluster.api.sync.RedisClusterCommands<String, String> redis;

		private final Runnable shutdown;

		OnLettuce(io.lettuce.core.cluster.api.sync.RedisClusterCommands<String, String> redis, Runnable shutdown) {
			this.redis = redis;
			this.shutdown = shutdown;
		}

		@Override
		public @Nullable String get(String key) {
			return this.redis.get(key);
		}

		@Override
		public void set(String key, String value) {
			this.redis.set(key, value);
		}

		@Override
		public long incr(String key) {
			return this.redis.incr(key);
		}

		@Override
		public @Nullable String lpushRpop(String key, String value) {
			this.redis.lpush(key, value);
			return this.redis.rpop(key);
		}

		@Override
		public void hset(String key, String field, String value) {
			this.redis.hset(key, field, value);
		}

		@Override
		public @Nullable String hsetHget(String key, String field, String value) {
			this.redis.hset(key, field, value);
			return this.redis.hget(key, field);
		}

		@Override
		public boolean saddSismember(String key, String member) {
			this.redis.sadd(key, member);
			return this.redis.sismember(key, member);
		}

		@Override
		public @Nullable String zaddZpopmax(String key, double score, String member) {
			this.redis.zadd(key, score, member);
			var popped = this.redis.zpopmax(key);
			return popped.hasValue() ? popped.getValue() : null;
		}

		@Override
		public void zadd(String key, double score, String member) {
			this.redis.zadd(key, score, member);
		}

		@Override
		public List<String> zrange10(String key) {
			return this.redis.zrange(key, 0, 9);
		}

		@Override
		public void flush() {
			this.redis.flushall();
		}

		@Override
		public void close() {
			this.shutdown.run();
		}

	}

	/** Spring's {@link StringRedisTemplate}. */
	final class OnTemplate implements Target {

		private final StringRedisTemplate template;

		private final Runnable close;

		OnTemplate(StringRedisTemplate template, Runnable close) {
			this.template = template;
			this.close = close;
		}

		@Override
		public @Nullable String get(String key) {
			return this.template.opsForValue().get(key);
		}

		@Override
		public void set(String key, String value) {
			this.template.opsForValue().set(key, value);
		}

		@Override
		public long incr(String key) {
			Long value = this.template.opsForValue().increment(key);
			return (value != null) ? value : 0;
		}

		@Override
		public @Nullable String lpushRpop(String key, String value) {
			this.template.opsForList().leftPush(key, value);
			return this.template.opsForList().rightPop(key);
		}

		@Override
		public void hset(String key, String field, String value) {
			this.template.opsForHash().put(key, field, value);
		}

		@Override
		public @Nullable String hsetHget(String key, String field, String value) {
			this.template.opsForHash().put(key, field, value);
			return (String) this.template.opsForHash().get(key, field);
		}

		@Override
		public boolean saddSismember(String key, String member) {
			this.template.opsForSet().add(key, member);
			return Boolean.TRUE.equals(this.template.opsForSet().isMember(key, member));
		}

		@Override
		public @Nullable String zaddZpopmax(String key, double score, String member) {
			this.template.opsForZSet().add(key, member, score);
			TypedTuple<String> popped = this.template.opsForZSet().popMax(key);
			return (popped != null) ? popped.getValue() : null;
		}

		@Override
		public void zadd(String key, double score, String member) {
			this.template.opsForZSet().add(key, member, score);
		}

		@Override
		public List<String> zrange10(String key) {
			Set<String> range = this.template.opsForZSet().range(key, 0, 9);
			return (range != null) ? new ArrayList<>(range) : List.of();
		}

		@Override
		public void flush() {
			this.template.execute((org.springframework.data.redis.core.RedisCallback<Void>) (connection) -> {
				connection.serverCommands().flushAll();
				return null;
			});
		}

		@Override
		public void close() {
			this.close.run();
		}

	}

	/** jedis-mock's in-JVM server, through a pooled Jedis client. */
	final class OnJedisMock implements Target {

		private final com.github.fppt.jedismock.RedisServer server;

		private final JedisPooled jedis;

		OnJedisMock() {
			try {
				this.server = com.github.fppt.jedismock.RedisServer.newRedisServer().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.jedis = new JedisPooled(this.server.getHost(), this.server.getBindPort());
		}

		@Override
		public @Nullable String get(String key) {
			return this.jedis.get(key);
		}

		@Override
		public void set(String key, String value) {
			this.jedis.set(key, value);
		}

		@Override
		public long incr(String key) {
			return this.jedis.incr(key);
		}

		@Override
		public @Nullable String lpushRpop(String key, String value) {
			this.jedis.lpush(key, value);
			return this.jedis.rpop(key);
		}

		@Override
		public void hset(String key, String field, String value) {
			this.jedis.hset(key, field, value);
		}

		@Override
		public @Nullable String hsetHget(String key, String field, String value) {
			this.jedis.hset(key, field, value);
			return this.jedis.hget(key, field);
		}

		@Override
		public boolean saddSismember(String key, String member) {
			this.jedis.sadd(key, member);
			return this.jedis.sismember(key, member);
		}

		@Override
		public @Nullable String zaddZpopmax(String key, double score, String member) {
			this.jedis.zadd(key, score, member);
			Tuple popped = this.jedis.zpopmax(key);
			return (popped != null) ? popped.getElement() : null;
		}

		@Override
		public void zadd(String key, double score, String member) {
			this.jedis.zadd(key, score, member);
		}

		@Override
		public List<String> zrange10(String key) {
			return this.jedis.zrange(key, 0, 9);
		}

		@Override
		public void flush() {
			this.jedis.flushAll();
		}

		@Override
		public void close() {
			this.jedis.close();
			try {
				this.server.stop();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
