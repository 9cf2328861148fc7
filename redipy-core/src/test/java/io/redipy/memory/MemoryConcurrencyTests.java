package io.redipy.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.Batch;
import io.redipy.api.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads on one memory store: no lost update, no element lost or duplicated, no
 * batch seen half-applied.
 */
class MemoryConcurrencyTests {

	private static final int THREADS = 8;

	private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

	private final RedipyClient client = Redipy.memory();

	@AfterEach
	void shutdown() throws InterruptedException {
		this.pool.shutdownNow();
		assertThat(this.pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
	}

	private void runConcurrently(Runnable task) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			futures.add(this.pool.submit(() -> {
				start.await();
				task.run();
				return null;
			}));
		}
		start.countDown();
		for (Future<?> future : futures) {
			future.get(60, TimeUnit.SECONDS);
		}
	}

	@Test
	void countersLoseNoUpdate() throws Exception {
		runConcurrently(() -> {
			for (int i = 0; i < 5_000; i++) {
				this.client.incr("counter");
				this.client.hincrby("hash", "field", 2);
				this.client.zincrby("zset", 1, "member");
			}
		});
		assertThat(this.client.get("counter")).isEqualTo(Integer.toString(THREADS * 5_000));
		assertThat(this.client.hget("hash", "field")).isEqualTo(Integer.toString(THREADS * 10_000));
		assertThat(this.client.zscore("zset", "member")).isEqualTo(THREADS * 5_000.0);
	}

	@Test
	void listElementsAreDeliveredExactlyOnce() throws Exception {
		int perThread = 5_000;
		AtomicInteger producer = new AtomicInteger();
		Set<String> consumed = ConcurrentHashMap.newKeySet();
		AtomicInteger duplicates = new AtomicInteger();
		runConcurrently(() -> {
			int id = producer.getAndIncrement();
			for (int i = 0; i < perThread; i++) {
				this.client.rpush("queue", id + ":" + i);
				String popped = this.client.lpop("queue");
				if (popped != null && !consumed.add(popped)) {
					duplicates.incrementAndGet();
				}
			}
		});
		for (String rest : this.client.lpop("queue", Long.MAX_VALUE)) {
			if (!consumed.add(rest)) {
				duplicates.incrementAndGet();
			}
		}
		assertThat(duplicates).hasValue(0);
		assertThat(consumed).hasSize(THREADS * perThread);
		assertThat(this.client.exists("queue")).isZero();
	}

	@Test
	void sortedSetAddsAndPopsBalance() throws Exception {
		AtomicInteger ids = new AtomicInteger();
		Set<String> popped = ConcurrentHashMap.newKeySet();
		runConcurrently(() -> {
			int id = ids.getAndIncrement();
			for (int i = 0; i < 2_000; i++) {
				this.client.zadd("z", i, id + ":" + i);
				if (i % 2 == 1) {
					var top = this.client.zpopmax("z");
					assertThat(top).isNotNull();
					assertThat(popped.add(top.member())).isTrue();
				}
			}
		});
		assertThat(popped.size() + this.client.zcard("z")).isEqualTo(THREADS * 2_000);
	}

	@Test
	void batchesAreNeverSeenHalfApplied() throws Exception {
		AtomicInteger torn = new AtomicInteger();
		AtomicInteger writer = new AtomicInteger();
		runConcurrently(() -> {
			boolean writes = writer.getAndIncrement() % 2 == 0;
			for (int i = 0; i < 2_000; i++) {
				Batch batch = this.client.batch();
				if (writes) {
					batch.incr("a");
					batch.rpush("log", "entry");
					batch.incr("b");
					batch.exec();
				}
				else {
					Response<String> a = batch.get("a");
					Response<Long> length = batch.llen("log");
					Response<String> b = batch.get("b");
					batch.exec();
					String seenA = (a.get() != null) ? a.get() : "0";
					String seenB = (b.get() != null) ? b.get() : "0";
					if (!seenA.equals(seenB) || Long.parseLong(seenA) != length.get()) {
						torn.incrementAndGet();
					}
				}
			}
		});
		assertThat(torn).hasValue(0);
		assertThat(this.client.get("a")).isEqualTo(Integer.toString(THREADS / 2 * 2_000));
		assertThat(this.client.llen("log")).isEqualTo(THREADS / 2 * 2_000);
	}

	@Test
	void readsWithoutTheLockNeverSeeAHalfAppliedWrite() throws Exception {
		int writes = 20_000;
		java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
		AtomicInteger reads = new AtomicInteger();
		Set<String> torn = ConcurrentHashMap.newKeySet();
		Future<?> writer = this.pool.submit(() -> {
			try {
				for (int i = 0; i < writes; i++) {
					String n = Integer.toString(i);
					Batch batch = this.client.batch();
					batch.hset("pair", java.util.Map.of("a", n, "b", n, "field" + i, n));
					batch.hdel("pair", "field" + (i - 40));
					batch.set("x", n);
					batch.set("y", n);
					batch.rpush("list", n, n);
					batch.ltrim("list", -2, -1);
					batch.zremrangebyrank("ranked", 0, -1);
					for (int m = 0; m < 5; m++) {
						batch.zadd("ranked", i, "m" + m);
					}
					// keys come and go, so that the tables grow and shrink under the
					// readers
					batch.set("filler" + i, n);
					batch.del("filler" + (i - 40));
					batch.exec();
				}
			}
			finally {
				writing.set(false);
			}
			return null;
		});
		List<Future<?>> readers = new ArrayList<>();
		for (int r = 0; r < 3; r++) {
			readers.add(this.pool.submit(() -> {
				while (writing.get()) {
					List<String> pair = this.client.hmget("pair", "a", "b");
					if (!java.util.Objects.equals(pair.get(0), pair.get(1))) {
						torn.add("hmget " + pair);
					}
					List<String> xy = this.client.mget("x", "y");
					if (!java.util.Objects.equals(xy.get(0), xy.get(1))) {
						torn.add("mget " + xy);
					}
					List<String> list = this.client.lrange("list", 0, -1);
					if (!list.isEmpty() && (list.size() != 2 || !list.get(0).equals(list.get(1)))) {
						torn.add("lrange " + list);
					}
					List<io.redipy.api.ScoredMember> ranked = this.client.zrangeWithScores("ranked",
							io.redipy.api.ZRange.byRank(0, -1));
					if (!ranked.isEmpty() && (ranked.size() != 5
							|| ranked.stream().map(io.redipy.api.ScoredMember::score).distinct().count() != 1)) {
						torn.add("zrange " + ranked);
					}
					java.util.Map<String, String> all = this.client.hgetall("pair");
					if (!java.util.Objects.equals(all.get("a"), all.get("b"))) {
						torn.add("hgetall " + all);
					}
					reads.incrementAndGet();
				}
				return null;
			}));
		}
		writer.get(120, TimeUnit.SECONDS);
		for (Future<?> reader : readers) {
			reader.get(60, TimeUnit.SECONDS);
		}
		assertThat(torn).isEmpty();
		assertThat(reads.get()).isPositive();
		assertThat(this.client.hmget("pair", "a", "b")).containsOnly(Integer.toString(writes - 1));
	}

}
