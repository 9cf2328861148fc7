package io.redipy.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.redipy.ConnectionException;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.Batch;
import io.redipy.api.KeyValue;
import io.redipy.api.Response;
import io.redipy.command.Slots;
import io.redipy.script.Dsl;
import io.redipy.script.Kind;
import io.redipy.script.RegisteredScript;
import io.redipy.script.Script;
import io.redipy.test.FailoverLoad;
import io.redipy.test.RedisCluster;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Redis Cluster master dies (SIGKILL) while calls, batches and scripts run on its
 * slots, and its replica takes over. Meanwhile calls fail with
 * {@link io.redipy.ConnectionException}, never with a wrong answer; afterwards they work
 * again, on a connection factory with Boot's defaults (no topology refresh of Lettuce's
 * own). Runs on a cluster of its own: three masters with a replica each.
 */
class RedisClusterFailoverTests {

	private static final Duration BOUND = Duration.ofSeconds(30);

	private static final String TAG = "{fo}";

	@Test
	void callsFailWithConnectionExceptionWhileAMasterFailsOverAndWorkAgainAfter() throws Exception {
		try (RedisCluster cluster = RedisExtension.privateCluster(1)) {
			LettuceConnectionFactory factory = new LettuceConnectionFactory(
					new RedisClusterConfiguration(List.of(cluster.nodesProperty().split(","))),
					LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build());
			factory.afterPropertiesSet();
			factory.start();
			try (RedipyClient client = Redipy.redis(factory)) {
				run(cluster, client);
			}
			finally {
				factory.destroy();
			}
		}
	}

	private void run(RedisCluster cluster, RedipyClient client) throws Exception {
		int slot = Slots.of(TAG);
		RegisteredScript<Long> script = client.register(Script.define("bump", Kind.INTEGER, (s) -> {
			s.exec(Dsl.string(s.key("last")).set(s.arg("value", Kind.STRING)));
			s.returns(Dsl.string(s.key("count")).incrby(Dsl.lit(1L)));
		}));
		try (FailoverLoad load = new FailoverLoad()) {
			load.add("calls", (i) -> {
				client.set(TAG + ":k" + i, "v" + i);
				assertThat(client.get(TAG + ":k" + i)).isEqualTo("v" + i);
				assertThat(client.incr(TAG + ":counter")).isPositive();
			}).add("batches", (i) -> {
				Batch batch = client.batch();
				batch.set(TAG + ":b" + i, "x" + i);
				Response<String> read = batch.get(TAG + ":b" + i);
				batch.exec();
				assertThat(read.get()).isEqualTo("x" + i);
			}).add("scripts", (i) -> {
				assertThat(script.call(Map.of("last", TAG + ":last", "count", TAG + ":scripted"),
						Map.of("value", "s" + i)))
					.isPositive();
			});
			java.util.concurrent.atomic.AtomicReference<Object> blocked = new java.util.concurrent.atomic.AtomicReference<>();
			Thread waiter = new Thread(() -> {
				try {
					blocked.set(client.blpop(Duration.ofSeconds(60), TAG + ":queue"));
				}
				catch (Throwable ex) {
					blocked.set(ex);
				}
			}, "cluster-blpop");
			load.start();
			waiter.start();
			Thread.sleep(300);

			RedisServer master = cluster.masterOf(slot);
			master.stop();
			load.killed();
			long killed = System.nanoTime();
			long promoted = 0;
			while (promoted == 0 && System.nanoTime() - killed < BOUND.toNanos()) {
				try {
					if (cluster.masterOf(slot) != master) {
						promoted = System.nanoTime();
					}
				}
				catch (IllegalStateException ex) {
					// no live master for the slot yet
				}
				Thread.sleep(50);
			}
			assertThat(promoted).as("the replica took the slot over").isPositive();
			Duration recovered = load.awaitRecovery(BOUND);
			// the list gets an element on the new master: the blocked call takes it, or
			// it ended with a ConnectionException when its node died
			client.rpush(TAG + ":queue", "wake");
			waiter.join(BOUND.toMillis());
			load.close();

			assertThat(load.wrong()).isEmpty();
			assertThat(recovered).as("calls, batches and scripts work again").isNotNull();
			assertThat(blocked.get()).satisfiesAnyOf(
					(outcome) -> assertThat(outcome).isEqualTo(new KeyValue(TAG + ":queue", "wake")),
					(outcome) -> assertThat(outcome).isInstanceOf(ConnectionException.class));
			if (blocked.get() instanceof ConnectionException) {
				assertThat(client.blpop(Duration.ofSeconds(5), TAG + ":queue"))
					.isEqualTo(new KeyValue(TAG + ":queue", "wake"));
			}
			System.out
				.printf("Cluster failover: replica took over %d ms after SIGKILL; calls, batches and scripts all worked"
						+ " again after %d ms; %d calls failed with ConnectionException meanwhile; the blocked BLPOP"
						+ " ended with %s%n", load.millisAfterKill(promoted), recovered.toMillis(),
						load.connectionFailures(), (blocked.get() instanceof Throwable)
								? blocked.get().getClass().getSimpleName() : blocked.get());
		}
	}

}
