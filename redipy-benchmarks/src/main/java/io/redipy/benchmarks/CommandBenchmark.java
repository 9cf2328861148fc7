package io.redipy.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

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
 * redis-server, and jedis-mock in this JVM. Throughput; the harness runs it with one and
 * with two threads, which share the keys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CommandBenchmark {

	/** The store: memory, redis, lettuce, template, jedis-mock. */
	@Param({ "memory", "redis", "lettuce", "template", "jedis-mock" })
	public String target = "memory";

	private @Nullable Target store;

	/**
	 * Opens the store and fills the keys the read benchmarks read.
	 */
	@Setup
	public void open() {
		Target opened = Target.open(this.target);
		opened.set("key", "value");
		for (int i = 0; i < 100; i++) {
			opened.zadd("ranked", i, "member:" + i);
		}
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
	 * @return the value
	 */
	@Benchmark
	public @Nullable String get() {
		return store().get("key");
	}

	/**
	 * SET of an existing key.
	 */
	@Benchmark
	public void set() {
		store().set("key", "value");
	}

	/**
	 * INCR of a counter.
	 * @return the new value
	 */
	@Benchmark
	public long incr() {
		return store().incr("counter");
	}

	/**
	 * LPUSH then RPOP.
	 * @return the popped value
	 */
	@Benchmark
	public @Nullable String lpushRpop() {
		return store().lpushRpop("list", "item");
	}

	/**
	 * HSET then HGET.
	 * @return the value
	 */
	@Benchmark
	public @Nullable String hsetHget() {
		return store().hsetHget("hash", "field", "value");
	}

	/**
	 * SADD then SISMEMBER.
	 * @return whether it is a member
	 */
	@Benchmark
	public boolean saddSismember() {
		return store().saddSismember("set", "member");
	}

	/**
	 * ZADD then ZPOPMAX.
	 * @return the popped member
	 */
	@Benchmark
	public @Nullable String zaddZpopmax() {
		return store().zaddZpopmax("queue", 1.5, "task");
	}

	/**
	 * ZRANGE 0 9 of a sorted set of 100 members.
	 * @return the members
	 */
	@Benchmark
	public List<String> zrange10() {
		return store().zrange10("ranked");
	}

}
