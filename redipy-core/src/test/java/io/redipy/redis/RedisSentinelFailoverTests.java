package io.redipy.redis;

import java.time.Duration;
import java.util.Map;
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
import io.redipy.test.FailoverLoad;
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
		try (FailoverLoad load = new FailoverLoad()) {
			load.add("calls", (i) -> {
				client.set("k" + i, "v" + i);
				assertThat(client.get("k" + i)).isEqualTo("v" + i);
				assertThat(client.incr("counter")).isPositive();
			}).add("batches", (i) -> {
				Batch batch = client.batch();
				batch.set("b" + i, "x" + i);
				Response<String> read = batch.get("b" + i);
				batch.exec();
				assertThat(read.get()).isEqualTo("x" + i);
			}).add("scripts", (i) -> {
				assertThat(script.call(Map.of("last", "last", "count", "scripted"), Map.of("value", "s" + i)))
					.isPositive();
				assertThat(client.get("last")).startsWith("s");
			});
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
			load.start();
			waiter.start();
			Thread.sleep(300);

			String oldMaster = redis.currentMaster();
			redis.master().stop();
			load.killed();
			long killed = System.nanoTime();
			long promoted = 0;
			while (promoted == 0 && System.nanoTime() - killed < BOUND.toNanos()) {
				if (!redis.currentMaster().equals(oldMaster)) {
					promoted = System.nanoTime();
				}
				Thread.sleep(50);
			}
			assertThat(promoted).as("the Sentinels promoted the replica").isPositive();
			assertThat(redis.currentMaster()).isEqualTo(redis.replica().host() + ":" + redis.replica().port());
			Duration recovered = load.awaitRecovery(BOUND);
			assertThat(recovered).as("calls, batches and scripts work again").isNotNull();
			// the list gets an element on the new master: the blocked call takes it, or
			// it ended with a ConnectionException when its connection died
			client.rpush("queue", "wake");
			waiter.join(BOUND.toMillis());
			load.close();

			assertThat(load.wrong()).isEmpty();
			assertThat(blocked.get()).satisfiesAnyOf(
					(outcome) -> assertThat(outcome).isEqualTo(new KeyValue("queue", "wake")),
					(outcome) -> assertThat(outcome).isInstanceOf(ConnectionException.class));
			if (blocked.get() instanceof ConnectionException) {
				assertThat(client.blpop(Duration.ofSeconds(5), "queue")).isEqualTo(new KeyValue("queue", "wake"));
			}
			assertThat(client.get("before")).isEqualTo("1");
			System.out.printf(
					"Sentinel failover: replica promoted %d ms after SIGKILL; calls, batches and scripts all worked"
							+ " again after %d ms; %d calls failed with ConnectionException meanwhile; the blocked"
							+ " BLPOP ended %d ms after the kill with %s%n",
					load.millisAfterKill(promoted), recovered.toMillis(), load.connectionFailures(),
					load.millisAfterKill(blockedEndedAt.get()),
					(blocked.get() instanceof Throwable) ? blocked.get().getClass().getSimpleName() : blocked.get());
		}
	}

}
