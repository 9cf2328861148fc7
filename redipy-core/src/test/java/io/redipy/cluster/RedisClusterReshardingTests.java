package io.redipy.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.lettuce.core.MigrateArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.Batch;
import io.redipy.api.Response;
import io.redipy.command.Slots;
import io.redipy.script.Dsl;
import io.redipy.script.Kind;
import io.redipy.script.RegisteredScript;
import io.redipy.script.Script;
import io.redipy.test.RedisCluster;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slot moves from one master to another, key by key ({@code CLUSTER SETSLOT ...
 * IMPORTING/MIGRATING}, {@code MIGRATE}, then {@code SETSLOT ... NODE}), while clients
 * write and read keys in it with single-key and multi-key commands, batches and scripts.
 * Nothing may be lost and no call may fail: Lettuce follows {@code MOVED} and
 * {@code ASK}; the Redis backend retries {@code TRYAGAIN} and a batch that a moving slot
 * aborted. The connection factory has Boot's defaults (no adaptive topology refresh).
 * Runs on a cluster of its own, as it changes the slot map.
 */
class RedisClusterReshardingTests {

	private static final String TAG = "{mv}";

	private static final int PRELOADED = 2_000;

	private static RedisCluster cluster;

	private static LettuceConnectionFactory factory;

	@BeforeAll
	static void start() {
		cluster = RedisExtension.privateCluster();
		factory = new LettuceConnectionFactory(
				new RedisClusterConfiguration(List.of(cluster.nodesProperty().split(","))),
				LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(5)).build());
		factory.afterPropertiesSet();
		factory.start();
	}

	@AfterAll
	static void stop() {
		if (factory != null) {
			factory.destroy();
		}
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	void aSlotMovesWhileClientsWriteAndReadInItAndNothingIsLost() throws Exception {
		int slot = Slots.of(TAG);
		try (RedipyClient client = Redipy.redis(factory)) {
			Map<String, String> preloaded = new java.util.HashMap<>();
			for (int i = 0; i < PRELOADED; i++) {
				preloaded.put(TAG + ":k" + i, "v" + i);
			}
			client.mset(preloaded);
			Script<Long> counted = Script.define("counted", Kind.INTEGER, (s) -> {
				s.exec(Dsl.string(s.key("item")).set(s.arg("value", Kind.STRING)));
				s.returns(Dsl.string(s.key("count")).incrby(Dsl.lit(1L)));
			});
			RegisteredScript<Long> script = client.register(counted);

			Map<String, String> written = new ConcurrentHashMap<>();
			AtomicLong increments = new AtomicLong();
			AtomicLong batches = new AtomicLong();
			AtomicLong scripted = new AtomicLong();
			List<Throwable> failures = new CopyOnWriteArrayList<>();
			AtomicBoolean running = new AtomicBoolean(true);
			List<Thread> writers = List.of(new Thread(() -> {
				for (int i = 0; running.get(); i++) {
					try {
						String key = TAG + ":n" + i;
						client.set(key, "w" + i);
						written.put(key, "w" + i);
						client.incr(TAG + ":counter");
						increments.incrementAndGet();
						int old = ThreadLocalRandom.current().nextInt(PRELOADED);
						assertThat(client.get(TAG + ":k" + old)).isEqualTo("v" + old);
						// two keys, one maybe moved already: TRYAGAIN until both are
						assertThat(client.mget(TAG + ":k" + old, key)).containsExactly("v" + old, "w" + i);
					}
					catch (Throwable ex) {
						failures.add(ex);
					}
				}
			}, "resharding-writer"), new Thread(() -> {
				for (int j = 0; running.get(); j++) {
					try {
						Batch batch = client.batch();
						batch.set(TAG + ":b" + j, "x" + j);
						Response<Long> count = batch.incr(TAG + ":batches");
						batch.exec();
						assertThat(count.get()).isEqualTo(batches.incrementAndGet());
						written.put(TAG + ":b" + j, "x" + j);
						assertThat(script.call(Map.of("item", TAG + ":s" + j, "count", TAG + ":scripted"),
								Map.of("value", "y" + j)))
							.isEqualTo(scripted.incrementAndGet());
						written.put(TAG + ":s" + j, "y" + j);
					}
					catch (Throwable ex) {
						failures.add(ex);
					}
				}
			}, "resharding-batcher"));
			writers.forEach(Thread::start);
			Thread.sleep(200);
			MovedSlot moved = moveSlot(slot);
			Thread.sleep(300);
			running.set(false);
			for (Thread writer : writers) {
				writer.join(30_000);
			}

			assertThat(failures).isEmpty();
			assertThat(increments.get()).isPositive();
			assertThat(batches.get()).isPositive();
			assertThat(scripted.get()).isPositive();
			assertThat(moved.migratedKeys()).isGreaterThanOrEqualTo(PRELOADED);
			// every write is there, once, on the slot's new node
			assertThat(client.get(TAG + ":counter")).isEqualTo(Long.toString(increments.get()));
			assertThat(client.get(TAG + ":batches")).isEqualTo(Long.toString(batches.get()));
			assertThat(client.get(TAG + ":scripted")).isEqualTo(Long.toString(scripted.get()));
			for (Map.Entry<String, String> entry : written.entrySet()) {
				assertThat(client.get(entry.getKey())).as(entry.getKey()).isEqualTo(entry.getValue());
			}
			for (int i = 0; i < PRELOADED; i += 97) {
				assertThat(client.get(TAG + ":k" + i)).isEqualTo("v" + i);
			}
			long keys = PRELOADED + written.size() + 3;
			assertThat(moved.source().clusterCountKeysInSlot(slot)).isZero();
			assertThat(moved.target().clusterCountKeysInSlot(slot)).isEqualTo(keys);
			moved.close();
		}
	}

	/**
	 * The slot's old and new owners, how many keys moved, and the connections to close.
	 */
	private record MovedSlot(RedisCommands<String, String> source, RedisCommands<String, String> target,
			long migratedKeys, List<AutoCloseable> connections) {

		void close() throws Exception {
			for (AutoCloseable connection : this.connections) {
				connection.close();
			}
		}

	}

	/**
	 * Moves a slot from its owner to another master as
	 * {@code redis-cli --cluster reshard} does, a few keys per {@code MIGRATE}, so that
	 * the clients' calls fall between them.
	 */
	private static MovedSlot moveSlot(int slot) throws InterruptedException {
		List<AutoCloseable> connections = new ArrayList<>();
		List<RedisCommands<String, String>> nodes = new ArrayList<>();
		for (RedisServer node : cluster.nodes()) {
			RedisClient direct = RedisClient.create(RedisURI.create(node.host(), node.port()));
			StatefulRedisConnection<String, String> connection = direct.connect();
			connections.add(connection);
			connections.add(direct::shutdown);
			nodes.add(connection.sync());
		}
		RedisCommands<String, String> source = null;
		for (RedisCommands<String, String> node : nodes) {
			if (node.clusterCountKeysInSlot(slot) > 0) {
				source = node;
			}
		}
		assertThat(source).as("the node that holds slot " + slot).isNotNull();
		RedisCommands<String, String> target = nodes.get((nodes.indexOf(source) + 1) % nodes.size());
		RedisServer targetNode = cluster.nodes().get(nodes.indexOf(target));
		String sourceId = source.clusterMyId();
		String targetId = target.clusterMyId();
		target.clusterSetSlotImporting(slot, sourceId);
		source.clusterSetSlotMigrating(slot, targetId);
		long migrated = 0;
		while (true) {
			List<String> keys = source.clusterGetKeysInSlot(slot, 25);
			if (keys.isEmpty()) {
				break;
			}
			source.migrate(targetNode.host(), targetNode.port(), 0, 5_000, MigrateArgs.Builder.keys(keys));
			migrated += keys.size();
			Thread.sleep(2);
		}
		target.clusterSetSlotNode(slot, targetId);
		source.clusterSetSlotNode(slot, targetId);
		for (RedisCommands<String, String> node : nodes) {
			if (node != source && node != target) {
				node.clusterSetSlotNode(slot, targetId);
			}
		}
		return new MovedSlot(source, target, migrated, connections);
	}

}
