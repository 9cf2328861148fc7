package io.redipy.redis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.redipy.ConnectionException;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.Batch;
import io.redipy.api.KeyValue;
import io.redipy.api.Response;
import io.redipy.script.Dsl;
import io.redipy.script.Kind;
import io.redipy.script.RegisteredScript;
import io.redipy.script.Script;
import io.redipy.test.RedisSentinels;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Redis backend on Sentinel ({@code RedisSentinelConfiguration}, what Boot makes from
 * {@code spring.data.redis.sentinel.*}) across a failover: the master is killed with
 * SIGKILL while calls, batches, scripts and a blocked {@code blpop} run. Until the
 * Sentinels promote the replica, calls fail with {@link ConnectionException}, never with
 * a wrong answer; afterwards every kind works again, within a bounded time the test
 * reports.
 */
class RedisSentinelFailoverTests {

	/** How long calls may take to work again after the master died. */
	private static final Duration BOUND = Duration.ofSeconds(30);

	@Test
	void callsFailWithConnectionExceptionDuringAFailoverAndWorkAgainAfterIt() throws Exception {
		try (RedisSentinels redis = RedisSentinels.start()) {
			LettuceConnectionFactory factory = redis.connectionFactory();
			try (RedipyClient client = Redipy.redis(factory)) {
				run(redis, client);
			}
			finally {
				factory.destroy();
			}
		}
	}

	private void run(RedisSentinels redis, RedipyClient client) throws Exception {
		client.set("before", "1");
		RegisteredScript<Long> script = client.register(Script.define("bump", Kind.INTEGER, (s) -> {
			s.exec(Dsl.string(s.key("last")).set(s.arg("value", Kind.STRING)));
			s.returns(Dsl.string(s.key("count")).incrby(Dsl.lit(1L)));
		}));
		List<Throwable> wrong = new CopyOnWriteArrayList<>();
		AtomicLong connectionFailures = new AtomicLong();
		AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
		AtomicLong calls = new AtomicLong();
		AtomicLong batches = new AtomicLong();
		AtomicLong scripts = new AtomicLong();
		AtomicBoolean running = new AtomicBoolean(true);
		// each kind of call, in a loop of its own: the time of its first success after
		// the kill
		List<Thread> workers = List.of(worker("calls", running, killedAt, calls, wrong, connectionFailures, (i) -> {
			client.set("k" + i, "v" + i);
			assertThat(client.get("k" + i)).isEqualTo("v" + i);
			assertThat(client.incr("counter")).isPositive();
		}), worker("batches", running, killedAt, batches, wrong, connectionFailures, (i) -> {
			Batch batch = client.batch();
			batch.set("b" + i, "x" + i);
			Response<String> read = batch.get("b" + i);
			batch.exec();
			assertThat(read.get()).isEqualTo("x" + i);
		}), worker("scripts", running, killedAt, scripts, wrong, connectionFailures, (i) -> {
			assertThat(script.call(Map.of("last", "last", "count", "scripted"), Map.of("value", "s" + i))).isPositive();
			assertThat(client.get("last")).startsWith("s");
		}));
		AtomicReference<Object> blocked = new AtomicReference<>();
		AtomicLong blockedEndedAt = new AtomicLong();
		Thread waiter = new Thread(() -> {
			try {
				blocked.set(client.blpop(Duration.ofSeconds(60), "queue"));
			}
			catch (Throwable ex) {
				blocked.set(ex);
			}
			blockedEndedAt.set(System.nanoTime());
		}, "sentinel-blpop");
		workers.forEach(Thread::start);
		waiter.start();
		Thread.sleep(500);
		assertThat(calls.get()).isPositive();

		String oldMaster = redis.currentMaster();
		redis.master().stop();
		long killed = System.nanoTime();
		killedAt.set(killed);
		long promoted = 0;
		while (promoted == 0 && System.nanoTime() - killed < BOUND.toNanos()) {
			if (!redis.currentMaster().equals(oldMaster)) {
				promoted = System.nanoTime();
			}
			Thread.sleep(50);
		}
		assertThat(promoted).as("the Sentinels promoted the replica").isPositive();
		assertThat(redis.currentMaster()).isEqualTo(redis.replica().host() + ":" + redis.replica().port());
		while ((calls.get() >= 0 || batches.get() >= 0 || scripts.get() >= 0)
				&& System.nanoTime() - killed < BOUND.toNanos()) {
			Thread.sleep(50);
		}
		// the list gets an element on the new master: the blocked call takes it, or it
		// ended with a ConnectionException when its connection died
		client.rpush("queue", "wake");
		waiter.join(BOUND.toMillis());
		running.set(false);
		for (Thread worker : workers) {
			worker.join(10_000);
		}

		assertThat(wrong).isEmpty();
		long[] recovered = { -calls.get(), -batches.get(), -scripts.get() };
		for (long at : recovered) {
			assertThat(at).as("a kind of call worked again after the failover").isPositive();
		}
		long recoveredAt = Math.max(recovered[0], Math.max(recovered[1], recovered[2]));
		assertThat(blocked.get()).satisfiesAnyOf(
				(outcome) -> assertThat(outcome).isEqualTo(new KeyValue("queue", "wake")),
				(outcome) -> assertThat(outcome).isInstanceOf(ConnectionException.class));
		if (blocked.get() instanceof ConnectionException) {
			assertThat(client.blpop(Duration.ofSeconds(5), "queue")).isEqualTo(new KeyValue("queue", "wake"));
		}
		assertThat(client.get("before")).isEqualTo("1");
		System.out.printf(
				"Sentinel failover: replica promoted %d ms after SIGKILL; calls, batches and scripts all worked again"
						+ " after %d ms; %d calls failed with ConnectionException meanwhile; the blocked BLPOP ended"
						+ " %d ms after the kill with %s%n",
				TimeUnit.NANOSECONDS.toMillis(promoted - killed), TimeUnit.NANOSECONDS.toMillis(recoveredAt - killed),
				connectionFailures.get(), TimeUnit.NANOSECONDS.toMillis(blockedEndedAt.get() - killed),
				(blocked.get() instanceof Throwable) ? blocked.get().getClass().getSimpleName() : blocked.get());
		assertThat(Duration.ofNanos(recoveredAt - killed)).isLessThan(BOUND);
	}

	/** A call made in a loop, with its index. */
	@FunctionalInterface
	private interface Call {

		void run(long i) throws Exception;

	}

	/**
	 * A thread that makes a call in a loop. Before the kill, {@code state} counts
	 * successes; the first success after the kill stores minus its time there (so a
	 * negative value means "recovered at"). A {@link ConnectionException} is counted; any
	 * other failure is a wrong answer.
	 */
	private static Thread worker(String name, AtomicBoolean running, AtomicLong killedAt, AtomicLong state,
			List<Throwable> wrong, AtomicLong connectionFailures, Call call) {
		return new Thread(() -> {
			for (long i = 0; running.get(); i++) {
				try {
					call.run(i);
					long now = System.nanoTime();
					if (now > killedAt.get()) {
						long seen = state.get();
						if (seen >= 0) {
							state.compareAndSet(seen, -now);
						}
					}
					else {
						state.incrementAndGet();
					}
				}
				catch (ConnectionException ex) {
					connectionFailures.incrementAndGet();
					pause();
				}
				catch (Throwable ex) {
					wrong.add(ex);
					pause();
				}
			}
		}, "sentinel-" + name);
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
