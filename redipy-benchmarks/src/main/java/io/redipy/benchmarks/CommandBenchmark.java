package io.redipy.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Single commands on redipy's two backends and on the baselines users would otherwise
 * run: raw Lettuce and Spring's {@code StringRedisTemplate} against the same loopback
 * redis-server, jedis-mock in this JVM, and the same {@code StringRedisTemplate} on the
 * memory store in this JVM ({@code template-memory}, the bean a Spring application on the
 * memory backend has, in process; {@code template-memory-tcp}, the same through the
 * endpoint's loopback port). Throughput; the harness runs it with one and with two
 * threads, which share the keys, except on {@code memory-own-keys}: the memory backend
 * with each thread on keys of its own.
 *
 * <p>
 * Alone, as the harness runs the in-process targets (a fixed heap touched at start, see
 * {@code Compare}; on a heap that grows, the commands that allocate pay a page fault per
 * fresh page for seconds):
 * {@code java -cp redipy-benchmarks/target/benchmarks.jar org.openjdk.jmh.Main 'CommandBenchmark.incr$' -p target=memory -f 3 -jvmArgsPrepend '-Xms256m -Xmx256m -XX:+AlwaysPreTouch'}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CommandBenchmark {

	/**
	 * The store: memory, memory-own-keys, redis, lettuce, template, template-memory,
	 * template-memory-tcp, jedis-mock; and, given by the harness when it started a local
	 * Redis Cluster, redis-cluster and lettuce-cluster.
	 */
	@Param({ "memory", "memory-own-keys", "redis", "lettuce", "template", "template-memory", "template-memory-tcp",
			"jedis-mock" })
	public String target = "memory";

	private @Nullable Target store;

	private final AtomicInteger threads = new AtomicInteger();

	/**
	 * The keys one thread uses: the same for every thread, or on {@code memory-own-keys}
	 * its own, filled as the shared ones are.
	 */
	@State(Scope.Thread)
	public static class Keys {

		String key = "key";

		String counter = "counter";

		String list = "list";

		String hash = "hash";

		String set = "set";

		String queue = "queue";

		String ranked = "ranked";

		/**
		 * Picks this thread's keys.
		 * @param benchmark the benchmark's state, set up first
		 */
		@Setup
		public void pick(CommandBenchmark benchmark) {
			if (!benchmark.target.equals(Target.OWN_KEYS)) {
				return;
			}
			String own = "#" + benchmark.threads.incrementAndGet();
			this.key += own;
			this.counter += own;
			this.list += own;
			this.hash += own;
			this.set += own;
			this.queue += own;
			this.ranked += own;
			fill(benchmark.store(), this.key, this.ranked);
		}

	}

	private static void fill(Target store, String key, String ranked) {
		store.set(key, "value");
		for (int i = 0; i < 100; i++) {
			store.zadd(ranked, i, "member:" + i);
		}
	}

	/**
	 * Opens the store and fills the keys the read benchmarks read.
	 */
	@Setup
	public void open() {
		Target opened = Target.open(this.target);
		fill(opened, "key", "ranked");
		this.store = opened;
	}

	/**
	 * Closes the store.
	 */
	@TearDown
	public void close() {
		store().close();
	}

	private Target store() {
		Target opened = this.store;
		if (opened == null) {
			throw new IllegalStateException("Not set up");
		}
		return opened;
	}

	/**
	 * GET of an existing key.
	 * @param keys the thread's keys
	 * @return the value
	 */
	@Benchmark
	public @Nullable String get(Keys keys) {
		return store().get(keys.key);
	}

	/**
	 * SET of an existing key.
	 * @param keys the thread's keys
	 */
	@Benchmark
	public void set(Keys keys) {
		store().set(keys.key, "value");
	}

	/**
	 * INCR of a counter.
	 * @param keys the thread's keys
	 * @return the new value
	 */
	@Benchmark
	public long incr(Keys keys) {
		return store().incr(keys.counter);
	}

	/**
	 * HSET of a field the hash has.
	 * @param keys the thread's keys
	 */
	@Benchmark
	public void hset(Keys keys) {
		store().hset(keys.hash, "field", "value");
	}

	/**
	 * LPUSH then RPOP.
	 * @param keys the thread's keys
	 * @return the popped value
	 */
	@Benchmark
	public @Nullable String lpushRpop(Keys keys) {
		return store().lpushRpop(keys.list, "item");
	}

	/**
	 * HSET then HGET.
	 * @param keys the thread's keys
	 * @return the value
	 */
	@Benchmark
	public @Nullable String hsetHget(Keys keys) {
		return store().hsetHget(keys.hash, "field", "value");
	}

	/**
	 * SADD then SISMEMBER.
	 * @param keys the thread's keys
	 * @return whether it is a member
	 */
	@Benchmark
	public boolean saddSismember(Keys keys) {
		return store().saddSismember(keys.set, "member");
	}

	/**
	 * ZADD then ZPOPMAX.
	 * @param keys the thread's keys
	 * @return the popped member
	 */
	@Benchmark
	public @Nullable String zaddZpopmax(Keys keys) {
		return store().zaddZpopmax(keys.queue, 1.5, "task");
	}

	/**
	 * ZRANGE 0 9 of a sorted set of 100 members.
	 * @param keys the thread's keys
	 * @return the members
	 */
	@Benchmark
	public List<String> zrange10(Keys keys) {
		return store().zrange10(keys.ranked);
	}

}
