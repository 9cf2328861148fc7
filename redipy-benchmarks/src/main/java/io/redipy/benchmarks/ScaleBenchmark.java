package io.redipy.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The memory backend at scale, one single-shot iteration per measurement: 100,000 ZADDs
 * into one sorted set, loading {@link Keys#keys} small string keys into an empty store,
 * and a whole SCAN over them.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScaleBenchmark {

	/** Members added by {@link #zadd100k}. */
	static final int MEMBERS = 100_000;

	/**
	 * The key and value of small string key {@code i}, as {@link Footprint} loads them
	 * too.
	 */
	static String key(int i) {
		return "key:" + i;
	}

	static String value(int i) {
		return "value:" + i;
	}

	/**
	 * A fresh store per iteration, and the members and scores to add (random, seeded).
	 */
	@State(Scope.Benchmark)
	public static class Members {

		final String[] members = new String[MEMBERS];

		final double[] scores = new double[MEMBERS];

		@Nullable RedipyClient client;

		/**
		 * Draws the members and scores.
		 */
		@Setup(Level.Trial)
		public void draw() {
			SplittableRandom random = new SplittableRandom(7);
			for (int i = 0; i < MEMBERS; i++) {
				this.members[i] = "member:" + i;
				this.scores[i] = random.nextInt(1_000_000);
			}
		}

		/**
		 * Opens an empty store.
		 */
		@Setup(Level.Iteration)
		public void open() {
			this.client = Redipy.memory();
		}

		/**
		 * Checks the set's size and closes the store.
		 */
		@TearDown(Level.Iteration)
		public void close() {
			RedipyClient opened = client(this.client);
			if (opened.zcard("zset") != MEMBERS) {
				throw new IllegalStateException("zadd100k stored " + opened.zcard("zset") + " members");
			}
			opened.close();
		}

	}

	/** Keys and values, and an empty store per iteration. */
	@State(Scope.Benchmark)
	public static class Keys {

		/** Small string keys. */
		@Param("1000000")
		public int keys = 1_000_000;

		String[] names = new String[0];

		String[] values = new String[0];

		@Nullable RedipyClient client;

		/**
		 * Makes the keys and values.
		 */
		@Setup(Level.Trial)
		public void draw() {
			this.names = new String[this.keys];
			this.values = new String[this.keys];
			for (int i = 0; i < this.keys; i++) {
				this.names[i] = key(i);
				this.values[i] = value(i);
			}
		}

		/**
		 * Opens an empty store.
		 */
		@Setup(Level.Iteration)
		public void open() {
			this.client = Redipy.memory();
		}

		/**
		 * Checks the store's size and closes it.
		 */
		@TearDown(Level.Iteration)
		public void close() {
			RedipyClient opened = client(this.client);
			if (opened.dbsize() != this.keys) {
				throw new IllegalStateException("load stored " + opened.dbsize() + " keys");
			}
			opened.close();
		}

	}

	/** A store holding {@link #keys} small string keys, loaded once. */
	@State(Scope.Benchmark)
	public static class Loaded {

		/** Small string keys. */
		@Param("1000000")
		public int keys = 1_000_000;

		@Nullable RedipyClient client;

		/**
		 * Loads the keys.
		 */
		@Setup(Level.Trial)
		public void load() {
			RedipyClient opened = Redipy.memory();
			for (int i = 0; i < this.keys; i++) {
				opened.set(key(i), value(i));
			}
			this.client = opened;
		}

		/**
		 * Closes the store.
		 */
		@TearDown(Level.Trial)
		public void close() {
			client(this.client).close();
		}

	}

	private static RedipyClient client(@Nullable RedipyClient client) {
		if (client == null) {
			throw new IllegalStateException("Not set up");
		}
		return client;
	}

	/**
	 * Adds 100,000 members to one sorted set, one ZADD each.
	 * @param state the members and the store
	 * @return the last reply
	 */
	@Benchmark
	public long zadd100k(Members state) {
		RedipyClient client = client(state.client);
		long added = 0;
		for (int i = 0; i < MEMBERS; i++) {
			added += client.zadd("zset", state.scores[i], state.members[i]);
		}
		return added;
	}

	/**
	 * SETs every key into an empty store.
	 * @param state the keys and the store
	 */
	@Benchmark
	public void load(Keys state) {
		RedipyClient client = client(state.client);
		String[] names = state.names;
		String[] values = state.values;
		for (int i = 0; i < names.length; i++) {
			client.set(names[i], values[i]);
		}
	}

	/**
	 * SCANs the whole keyspace, 1,000 keys a call.
	 * @param state the loaded store
	 * @return the number of keys seen
	 */
	@Benchmark
	public long scan(Loaded state) {
		RedipyClient client = client(state.client);
		ScanOptions options = ScanOptions.all().withCount(1000);
		String cursor = ScanPage.START;
		long seen = 0;
		do {
			ScanPage<String> page = client.scan(cursor, options);
			seen += page.items().size();
			cursor = page.cursor();
		}
		while (!cursor.equals(ScanPage.START));
		if (seen < state.keys) {
			throw new IllegalStateException("SCAN saw " + seen + " of " + state.keys + " keys");
		}
		return seen;
	}

}
