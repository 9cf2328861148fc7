package io.redipy.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.redipy.CrossSlotException;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.command.Slots;
import io.redipy.test.RedisCluster;
import io.redipy.test.RedisExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Redis backend on a local three-master Redis Cluster: keyed commands go to their
 * slot's node, the keyspace commands cover every master, the non-atomic multi-key reads
 * and deletes are split by slot, and batches, blocking calls and scripts run on their
 * keys' node. What a cluster refuses is in {@link ClusterRulesTests}, the same on the
 * memory backend with cluster rules.
 */
class RedisClusterBackendTests {

	private static LettuceConnectionFactory factory;

	private static RedipyClient client;

	private static RedipyClient prefixed;

	@BeforeAll
	static void connect() {
		RedisCluster cluster = RedisExtension.cluster();
		factory = cluster.connectionFactory();
		client = Redipy.redis(factory);
		prefixed = Redipy.redis(factory, io.redipy.RedisOptions.defaults().withKeyPrefix("app:"));
	}

	@AfterAll
	static void disconnect() {
		client.close();
		prefixed.close();
		factory.destroy();
	}

	@BeforeEach
	void flush() {
		client.flushall();
	}

	/**
	 * A subscription to shard channels on three masters ends them all before
	 * {@code close()} returns: one confirmed {@code SUNSUBSCRIBE} per slot, as the nodes
	 * count them.
	 */
	@Test
	void closingAShardSubscription_unsubscribesOnEverySlotsNode() {
		List<String> channels = ClusterKeys.spread().subList(6, 9);
		long before = sunsubscribeCalls();
		io.redipy.api.Subscription subscription = client.ssubscribe(channels.get(0));
		subscription.ssubscribe(channels.get(1));
		subscription.ssubscribe(channels.get(2));
		for (String channel : channels) {
			assertThat(client.spublish(channel, "open")).isEqualTo(1);
		}
		subscription.close();
		assertThat(sunsubscribeCalls() - before).isEqualTo(3);
		for (String channel : channels) {
			assertThat(client.spublish(channel, "closed")).isZero();
		}
	}

	private static long sunsubscribeCalls() {
		long calls = 0;
		for (io.redipy.test.RedisServer node : RedisExtension.cluster().nodes()) {
			String stats = RedisCluster.cli(node, "INFO", "commandstats");
			int at = stats.indexOf("cmdstat_sunsubscribe:calls=");
			if (at >= 0) {
				int from = at + "cmdstat_sunsubscribe:calls=".length();
				calls += Long.parseLong(stats.substring(from, stats.indexOf(',', from)));
			}
		}
		return calls;
	}

	@Test
	void keyedCommandsReachTheirSlotsNode() {
		for (String key : ClusterKeys.spread()) {
			client.set(key, "v-" + key);
		}
		for (String key : ClusterKeys.spread()) {
			assertThat(client.get(key)).isEqualTo("v-" + key);
		}
	}

	@Test
	void keyspaceCommandsCoverEveryMaster() {
		List<String> keys = ClusterKeys.spread();
		for (String key : keys) {
			client.set(key, "v");
		}
		assertThat(client.dbsize()).isEqualTo(keys.size());
		assertThat(client.keys("*")).containsExactlyInAnyOrderElementsOf(keys);
		assertThat(client.randomkey()).isIn(keys);
		client.flushall();
		assertThat(client.dbsize()).isZero();
		assertThat(client.randomkey()).isNull();
	}

	@Test
	void withAKeyPrefixTheKeyspaceCommandsCoverEveryMasterToo() {
		List<String> keys = ClusterKeys.spread();
		for (String key : keys) {
			prefixed.set(key, "v");
			client.set(key, "unprefixed");
		}
		assertThat(prefixed.dbsize()).isEqualTo(keys.size());
		assertThat(prefixed.keys("*")).containsExactlyInAnyOrderElementsOf(keys);
		assertThat(prefixed.randomkey()).isIn(keys);
		prefixed.flushall();
		assertThat(prefixed.dbsize()).isZero();
		assertThat(client.dbsize()).isEqualTo(keys.size());
	}

	@Test
	void readsAndDeletesAcrossSlotsAreSplitAndJoinedAsOnOneRedis() {
		List<String> keys = ClusterKeys.spread();
		for (int i = 0; i < keys.size(); i += 2) {
			client.set(keys.get(i), "v" + i);
		}
		List<String> asked = new ArrayList<>(keys);
		asked.add("missing");
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			expected.add((i % 2 == 0) ? "v" + i : null);
		}
		expected.add(null);
		assertThat(client.mget(asked.toArray(String[]::new))).isEqualTo(expected);
		assertThat(client.exists(asked.toArray(String[]::new))).isEqualTo(5);
		assertThat(client.del(asked.toArray(String[]::new))).isEqualTo(5);
		assertThat(client.dbsize()).isZero();
	}

	@Test
	void aBatchRunsOnTheNodeOfItsKeysSlot() {
		io.redipy.api.Batch batch = client.batch();
		batch.set("{cart:7}:count", "1");
		io.redipy.api.Response<Long> count = batch.incr("{cart:7}:count");
		io.redipy.api.Response<Long> pushed = batch.rpush("{cart:7}:items", "apple", "pear");
		batch.exec();
		assertThat(count.get()).isEqualTo(2);
		assertThat(pushed.get()).isEqualTo(2);
		assertThat(client.lrange("{cart:7}:items", 0, -1)).containsExactly("apple", "pear");
	}

	@Test
	void scanWalksEveryMasterAndReturnsEveryKey() {
		Set<String> written = new HashSet<>();
		for (int i = 0; i < 10_000; i += 1) {
			written.add("scan:" + i);
		}
		for (String key : written) {
			client.set(key, "v");
		}
		Set<String> seen = new HashSet<>();
		String cursor = "0";
		int pages = 0;
		do {
			io.redipy.api.ScanPage<String> page = client.scan(cursor,
					io.redipy.api.ScanOptions.match("scan:*").withCount(500));
			seen.addAll(page.items());
			cursor = page.cursor();
			pages++;
		}
		while (!cursor.equals("0"));
		assertThat(seen).isEqualTo(written);
		assertThat(pages).isGreaterThan(3);
		Set<String> prefixedSeen = new HashSet<>();
		prefixed.set("mine", "v");
		cursor = "0";
		do {
			io.redipy.api.ScanPage<String> page = prefixed.scan(cursor, io.redipy.api.ScanOptions.all());
			prefixedSeen.addAll(page.items());
			cursor = page.cursor();
		}
		while (!cursor.equals("0"));
		assertThat(prefixedSeen).containsExactly("mine");
		assertThatExceptionOfType(io.redipy.InvalidArgumentException.class)
			.isThrownBy(() -> client.scan("7-0", io.redipy.api.ScanOptions.all()))
			.withMessage("ERR invalid cursor");
	}

	@Test
	void aBlockingCallRunsOnItsKeysNodeAndAnInterruptEndsItThere() throws Exception {
		// a key on a node other than the one keyless commands reach first, for each node
		for (String key : ClusterKeys.spread().subList(6, 9)) {
			java.util.concurrent.CompletableFuture<io.redipy.api.KeyValue> popped = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> client.blpop(java.time.Duration.ofSeconds(30), key));
			Thread.sleep(200);
			client.rpush(key, "job");
			assertThat(popped.get(10, java.util.concurrent.TimeUnit.SECONDS))
				.isEqualTo(new io.redipy.api.KeyValue(key, "job"));
		}
		String key = ClusterKeys.spread().get(8);
		java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
		Thread caller = new Thread(() -> {
			try {
				client.blpop(java.time.Duration.ofSeconds(60), key);
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		});
		long started = System.nanoTime();
		caller.start();
		Thread.sleep(300);
		caller.interrupt();
		caller.join(10_000);
		assertThat(caller.isAlive()).isFalse();
		assertThat(failure.get()).isInstanceOf(io.redipy.RedipyException.class);
		// CLIENT UNBLOCK reached the call's node: it ended long before its 60 s timeout
		assertThat(System.nanoTime() - started).isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(10));
		assertThatExceptionOfType(CrossSlotException.class)
			.isThrownBy(() -> client.blpop(java.time.Duration.ofSeconds(1), ClusterKeys.spread().get(0), key));
	}

	@Test
	void scriptsRunOnTheNodeOfTheirDeclaredKeys() {
		io.redipy.script.Script<Long> add = io.redipy.script.Script.define("add", io.redipy.script.Kind.INTEGER,
				(s) -> {
					io.redipy.script.StringHandle total = io.redipy.script.Dsl.string(s.key("total"));
					io.redipy.script.StringHandle copy = io.redipy.script.Dsl.string(s.key("copy"));
					io.redipy.script.IntExpr sum = s.let("sum",
							total.incrby(s.arg("n", io.redipy.script.Kind.INTEGER)));
					s.exec(copy.set(sum.asString()));
					s.returns(sum);
				});
		io.redipy.script.RegisteredScript<Long> registered = client.register(add);
		for (String tag : new String[] { "{a}", "{b}", "{c}", "{d}" }) {
			assertThat(registered.call(java.util.Map.of("total", tag + ":total", "copy", tag + ":copy"),
					java.util.Map.of("n", 5L)))
				.isEqualTo(5);
			assertThat(client.get(tag + ":copy")).isEqualTo("5");
		}
	}

}
