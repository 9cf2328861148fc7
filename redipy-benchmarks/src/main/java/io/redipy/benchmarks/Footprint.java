package io.redipy.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.HashMap;
import java.util.Map;

import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.redipy.Redipy;
import io.redipy.RedipyClient;

/**
 * Memory per small string key: the heap the memory backend holds for {@code n} keys
 * (measured as used heap after full GCs, before and after loading), and Redis's
 * {@code used_memory} growth for the same keys and values.
 */
final class Footprint {

	private Footprint() {
	}

	/**
	 * Loads keys into a fresh memory store and returns the heap bytes it holds per key.
	 * @param keys how many keys
	 * @return bytes per key
	 */
	static double memoryBytesPerKey(int keys) {
		long before = usedHeapAfterGc();
		RedipyClient client = Redipy.memory();
		for (int i = 0; i < keys; i++) {
			client.set(ScaleBenchmark.key(i), ScaleBenchmark.value(i));
		}
		long after = usedHeapAfterGc();
		if (client.dbsize() != keys) {
			throw new IllegalStateException("The store holds " + client.dbsize() + " keys");
		}
		Reference.reachabilityFence(client);
		client.close();
		return (after - before) / (double) keys;
	}

	/**
	 * Loads the same keys into the harness's redis-server (emptied first, and after) and
	 * returns its {@code used_memory} growth per key.
	 * @param keys how many keys
	 * @return bytes per key
	 */
	static double redisBytesPerKey(int keys) {
		io.lettuce.core.RedisClient client = BenchRedis.lettuce();
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			RedisCommands<String, String> redis = connection.sync();
			redis.flushall();
			long before = usedMemory(redis);
			Map<String, String> chunk = new HashMap<>();
			for (int i = 0; i < keys; i++) {
				chunk.put(ScaleBenchmark.key(i), ScaleBenchmark.value(i));
				if (chunk.size() == 1000 || i == keys - 1) {
					redis.mset(chunk);
					chunk.clear();
				}
			}
			if (redis.dbsize() != keys) {
				throw new IllegalStateException("Redis holds " + redis.dbsize() + " keys");
			}
			long after = usedMemory(redis);
			redis.flushall();
			return (after - before) / (double) keys;
		}
		finally {
			client.shutdown();
		}
	}

	/** Redis's version, from INFO server. */
	static String redisVersion() {
		io.lettuce.core.RedisClient client = BenchRedis.lettuce();
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return infoField(connection.sync().info("server"), "redis_version");
		}
		finally {
			client.shutdown();
		}
	}

	private static long usedMemory(RedisCommands<String, String> redis) {
		return Long.parseLong(infoField(redis.info("memory"), "used_memory"));
	}

	private static String infoField(String info, String name) {
		for (String line : info.split("\r?\n")) {
			if (line.startsWith(name + ":")) {
				return line.substring(name.length() + 1).trim();
			}
		}
		throw new IllegalStateException("INFO has no " + name);
	}

	private static long usedHeapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 4; i++) {
			System.gc();
			used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
		}
		return used;
	}

}
