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
 * and deletes are split by slot, a batch runs on its keys' node, and everything else
 * whose keys span slots is refused before it is sent, with {@link CrossSlotException}.
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

	/** Nine keys whose slots fall on every master (16384 slots split in three). */
	private static List<String> spreadKeys() {
		List<String> keys = new ArrayList<>();
		Set<Integer> thirds = new HashSet<>();
		for (int i = 0; keys.size() < 9; i++) {
			String key = "k" + i;
			int third = Slots.of(key) * 3 / Slots.COUNT;
			if (keys.size() < 6 || thirds.size() == 3) {
				keys.add(key);
				thirds.add(third);
			}
			else if (!thirds.contains(third)) {
				keys.add(key);
				thirds.add(third);
			}
		}
		assertThat(thirds).as("slots on all three masters").hasSize(3);
		return keys;
	}

	@Test
	void keyedCommandsReachTheirSlotsNode() {
		for (String key : spreadKeys()) {
			client.set(key, "v-" + key);
		}
		for (String key : spreadKeys()) {
			assertThat(client.get(key)).isEqualTo("v-" + key);
		}
	}

	@Test
	void keyspaceCommandsCoverEveryMaster() {
		List<String> keys = spreadKeys();
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
		List<String> keys = spreadKeys();
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
		List<String> keys = spreadKeys();
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
	void atomicCommandsWhoseKeysSpanSlotsAreRefusedBeforeTheyAreSent() {
		List<String> keys = spreadKeys();
		String a = keys.get(0);
		String b = keys.stream().filter((key) -> Slots.of(key) != Slots.of(a)).findFirst().orElseThrow();
		client.set(a, "1");
		assertThatExceptionOfType(CrossSlotException.class).isThrownBy(() -> client.rename(a, b))
			.withMessageContaining("RENAME has keys in several Redis Cluster slots")
			.withMessageContaining(a + " → " + Slots.of(a))
			.withMessageContaining("hash tag")
			.satisfies((ex) -> assertThat(ex.slots()).containsEntry(a, Slots.of(a)).containsEntry(b, Slots.of(b)));
		assertThatExceptionOfType(CrossSlotException.class)
			.isThrownBy(() -> client.mset(java.util.Map.of(a, "x", b, "y")));
		assertThatExceptionOfType(CrossSlotException.class).isThrownBy(() -> client.sinterstore(a, b));
		// nothing was sent: the data is as it was
		assertThat(client.get(a)).isEqualTo("1");
		assertThat(client.exists(b)).isZero();
	}

	@Test
	void keysWithACommonHashTagWorkAsOnOneRedis() {
		client.set("{order:42}:items", "3");
		client.rename("{order:42}:items", "{order:42}:count");
		assertThat(client.mget("{order:42}:count", "{order:42}:items")).isEqualTo(Arrays.asList("3", null));
		client.sadd("{s}:a", "x", "y");
		client.sadd("{s}:b", "y");
		assertThat(client.sinterstore("{s}:c", "{s}:a", "{s}:b")).isEqualTo(1);
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
	void aBatchWhoseKeysSpanSlotsIsRefusedAndNothingIsApplied() {
		List<String> keys = spreadKeys();
		String a = keys.get(0);
		String b = keys.stream().filter((key) -> Slots.of(key) != Slots.of(a)).findFirst().orElseThrow();
		io.redipy.api.Batch batch = client.batch();
		batch.set(a, "1");
		batch.set(b, "2");
		assertThatExceptionOfType(CrossSlotException.class).isThrownBy(batch::exec)
			.withMessageContaining("the batch has keys in several Redis Cluster slots");
		assertThat(client.exists(a, b)).isZero();
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
		for (String key : spreadKeys().subList(6, 9)) {
			java.util.concurrent.CompletableFuture<io.redipy.api.KeyValue> popped = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> client.blpop(java.time.Duration.ofSeconds(30), key));
			Thread.sleep(200);
			client.rpush(key, "job");
			assertThat(popped.get(10, java.util.concurrent.TimeUnit.SECONDS))
				.isEqualTo(new io.redipy.api.KeyValue(key, "job"));
		}
		String key = spreadKeys().get(8);
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
			.isThrownBy(() -> client.blpop(java.time.Duration.ofSeconds(1), spreadKeys().get(0), key));
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
		List<String> keys = spreadKeys();
		String other = keys.stream().filter((key) -> Slots.of(key) != Slots.of("{a}:total")).findFirst().orElseThrow();
		assertThatExceptionOfType(CrossSlotException.class).isThrownBy(() -> registered
			.call(java.util.Map.of("total", "{a}:total", "copy", other), java.util.Map.of("n", 1L)));
		assertThat(client.get("{a}:total")).isEqualTo("5");
		io.redipy.script.Script<Long> keyless = io.redipy.script.Script.define("keyless", io.redipy.script.Kind.INTEGER,
				(s) -> s.returns(io.redipy.script.Dsl.lit(1L)));
		assertThatExceptionOfType(io.redipy.InvalidArgumentException.class).isThrownBy(() -> client.register(keyless))
			.withMessageContaining("Script 'keyless' declares no keys");
	}

}
