package io.redipy.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.redipy.ManualClock;
import io.redipy.MemoryOptions;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.cache.CacheTimeoutException;
import io.redipy.cache.SharedCache;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The contract of {@link SharedCache}, run against every backend. Tests find out that
 * callers are waiting from the receiver count of the key's channel, so they do not depend
 * on timing.
 */
public abstract class SharedCacheContractTests extends ContractTestSupport {

	private static final Duration TTL = Duration.ofMinutes(5);

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stopThreads() throws InterruptedException {
		this.threads.shutdownNow();
		assertThat(this.threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
	}

	/** Waits until {@code count} callers wait on the key's channel. */
	private void awaitWaiters(String key, int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.client.publish("cache:c:" + key, "") != count) {
			assertThat(System.nanoTime()).as("waiting for %d waiters", count).isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	@Test
	void computesOnceThenServesTheCachedValue() {
		SharedCache cache = SharedCache.of(this.client);
		AtomicInteger calls = new AtomicInteger();
		assertThat(cache.getOrCompute("k", () -> "v" + calls.incrementAndGet(), TTL)).isEqualTo("v1");
		assertThat(cache.getOrCompute("k", () -> "v" + calls.incrementAndGet(), TTL)).isEqualTo("v1");
		assertThat(calls).hasValue(1);
		assertThat(this.client.get("cache:v:k")).isEqualTo("v1");
		assertThat(this.client.pttl("cache:v:k").remaining()).isPositive().isLessThanOrEqualTo(TTL);
		assertThat(this.client.exists("cache:m:k")).as("marker removed").isZero();
	}

	@Test
	void concurrentCallers_oneComputation() throws Exception {
		// every caller has a client of its own, as separate processes would
		AtomicInteger calls = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		List<Future<String>> callers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			SharedCache cache = SharedCache.of(backend().client(""));
			callers.add(this.threads.submit(() -> cache.getOrCompute("k", () -> {
				calls.incrementAndGet();
				awaitQuietly(release);
				return "computed";
			}, TTL)));
		}
		awaitWaiters("k", 5);
		release.countDown();
		for (Future<String> caller : callers) {
			assertThat(caller.get(10, TimeUnit.SECONDS)).isEqualTo("computed");
		}
		assertThat(calls).hasValue(1);
	}

	@Test
	void failingLoader_throwsToItsCaller_andAWaiterTakesOver() throws Exception {
		SharedCache cache = SharedCache.of(this.client);
		CountDownLatch fail = new CountDownLatch(1);
		IllegalStateException failure = new IllegalStateException("loader failed (expected by the test)");
		Future<String> first = this.threads.submit(() -> cache.getOrCompute("k", () -> {
			awaitQuietly(fail);
			throw failure;
		}, TTL));
		awaitMarker("k");
		Future<String> second = this.threads.submit(() -> cache.getOrCompute("k", () -> "second", TTL));
		awaitWaiters("k", 1);
		fail.countDown();
		assertThatExceptionOfType(java.util.concurrent.ExecutionException.class)
			.isThrownBy(() -> first.get(10, TimeUnit.SECONDS))
			.withCause(failure);
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
	}

	@Test
	void loaderThatNeverFinishes_waitersTimeOut_andTakeOverOnceTheMarkerExpires() throws Exception {
		// the marker outlives the waiter's timeout by far: on Redis its expiry is real
		// time,
		// and a loaded machine must not let it lapse before the waiter has timed out
		SharedCache cache = SharedCache.builder(this.client)
			.markerTtl(Duration.ofMillis(2000))
			.waitTimeout(Duration.ofMillis(150))
			.build();
		CountDownLatch never = new CountDownLatch(1);
		Future<String> stuck = this.threads.submit(() -> cache.getOrCompute("k", () -> {
			awaitQuietly(never);
			return "late";
		}, TTL));
		awaitMarker("k");
		assertThatExceptionOfType(CacheTimeoutException.class)
			.isThrownBy(() -> cache.getOrCompute("k", () -> "unused", TTL))
			.withMessageContaining("'k'");
		backend().advance(Duration.ofMillis(2100));
		assertThat(cache.getOrCompute("k", () -> "taken over", TTL)).isEqualTo("taken over");
		never.countDown();
		assertThat(stuck.get(10, TimeUnit.SECONDS)).isEqualTo("late");
	}

	@Test
	void expiredValue_isComputedAgain() {
		SharedCache cache = SharedCache.of(this.client);
		AtomicInteger calls = new AtomicInteger();
		assertThat(cache.getOrCompute("k", () -> "v" + calls.incrementAndGet(), Duration.ofMillis(200)))
			.isEqualTo("v1");
		backend().advance(Duration.ofMillis(300));
		assertThat(cache.getOrCompute("k", () -> "v" + calls.incrementAndGet(), Duration.ofMillis(200)))
			.isEqualTo("v2");
	}

	@Test
	void nullFromLoader_isAnErrorAndReleasesTheMarker() {
		SharedCache cache = SharedCache.of(this.client);
		assertThatIllegalStateException().isThrownBy(() -> cache.getOrCompute("k", () -> null, TTL))
			.withMessageContaining("null");
		assertThat(this.client.exists("cache:m:k", "cache:v:k")).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> cache.getOrCompute("k", () -> "v", Duration.ZERO));
	}

	@Test
	void twoLevels_memoryInFrontOfTheBackend_localEntriesExpire() {
		ManualClock localClock = new ManualClock();
		RedipyClient local = Redipy.memory(MemoryOptions.defaults().withClock(localClock));
		SharedCache near = SharedCache.of(local);
		SharedCache far = SharedCache.of(this.client);
		AtomicInteger loads = new AtomicInteger();
		java.util.function.Supplier<String> fromFar = () -> far.getOrCompute("k", () -> "v" + loads.incrementAndGet(),
				TTL);
		assertThat(near.getOrCompute("k", fromFar, Duration.ofSeconds(10))).isEqualTo("v1");
		this.client.set("cache:v:k", "changed far away");
		assertThat(near.getOrCompute("k", fromFar, Duration.ofSeconds(10))).as("served locally").isEqualTo("v1");
		localClock.advance(Duration.ofSeconds(10));
		assertThat(near.getOrCompute("k", fromFar, Duration.ofSeconds(10))).isEqualTo("changed far away");
		assertThat(loads).hasValue(1);
	}

	private void awaitMarker(String key) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.client.exists("cache:m:" + key) == 0) {
			assertThat(System.nanoTime()).as("waiting for the marker").isLessThan(deadline);
			Thread.sleep(2);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
