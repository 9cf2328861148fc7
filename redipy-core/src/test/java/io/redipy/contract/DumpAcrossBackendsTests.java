package io.redipy.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.redipy.RedipyClient;
import io.redipy.api.RestoreOptions;
import io.redipy.api.StreamAddOptions;
import io.redipy.api.ZRange;
import io.redipy.test.Backend;
import io.redipy.test.RedisExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values of every type moved through the API from a memory client to a Redis client and
 * back with {@code dump} and {@code restore}: each reads the same on both, and a payload
 * whose layout the contents determine is the same bytes on both.
 */
@ExtendWith(RedisExtension.class)
class DumpAcrossBackendsTests {

	private Backend memoryBackend;

	private Backend redisBackend;

	private RedipyClient memory;

	private RedipyClient redis;

	@BeforeEach
	void open() {
		this.memoryBackend = Backend.memory();
		this.redisBackend = Backend.redis();
		this.memory = this.memoryBackend.client("");
		this.redis = this.redisBackend.client("");
		this.memory.flushall();
		this.redis.flushall();
	}

	@AfterEach
	void close() {
		this.memoryBackend.close();
		this.redisBackend.close();
	}

	/** Fills a key of each type the same way on a client. */
	private static void fill(RedipyClient c) {
		c.set("string", "x".repeat(64) + "y".repeat(64));
		c.set("int", "-2147483648");
		c.set("binary", "caf\u00e9 \u0000 \uD83D\uDE00");
		List<String> elements = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			elements.add((i % 2 == 0) ? Integer.toString(i * 31) : "e" + i);
		}
		c.rpush("list", elements.toArray(new String[0]));
		c.sadd("intset", "1", "-5", "70000");
		c.sadd("set", "a", "b", "c");
		c.zadd("zset", 1.5, "a");
		c.zadd("zset", -3, "b");
		for (int i = 0; i < 200; i++) {
			c.zadd("bigzset", i / 7.0, "m" + i);
		}
		c.hset("hash", Map.of("f", "v"));
		c.hset("hash", Map.of("n", "1"));
		for (int i = 1; i <= 150; i++) {
			c.xadd("stream", StreamAddOptions.none().id(i + "-1"), Map.of("f", Integer.toString(i)));
		}
		c.xdel("stream", "3-1", "120-1");
		c.xgroupCreate("stream", "g", "0");
	}

	private static final Map<String, Function<RedipyClient, Object>> READS = Map.of("string", (c) -> c.get("string"),
			"int", (c) -> c.get("int"), "binary", (c) -> c.get("binary"), "list", (c) -> c.lrange("list", 0, -1),
			"intset", (c) -> c.smembers("intset"), "set", (c) -> new java.util.TreeSet<>(c.smembers("set")), "zset",
			(c) -> c.zrangeWithScores("zset", ZRange.byRank(0, -1)), "bigzset",
			(c) -> c.zrangeWithScores("bigzset", ZRange.byRank(0, -1)), "hash", (c) -> c.hgetall("hash"), "stream",
			(c) -> List.of(c.xrange("stream", "-", "+"), c.xinfoGroups("stream"), c.xlen("stream")));

	@Test
	void everyTypeMovesBothWays() {
		fill(this.memory);
		fill(this.redis);
		for (String key : READS.keySet()) {
			byte[] fromMemory = this.memory.dump(key);
			byte[] fromRedis = this.redis.dump(key);
			if (!key.equals("set")) {
				assertThat(fromMemory).as(key).isEqualTo(fromRedis);
			}
			this.redis.restore("m-" + key, fromMemory, RestoreOptions.none());
			this.memory.restore("r-" + key, fromRedis, RestoreOptions.none());
			Object expected = READS.get(key).apply(this.redis);
			assertThat(READS.get(key).apply(this.memory)).as(key).isEqualTo(expected);
			assertThat(read(this.redis, key, "m-")).as(key).isEqualTo(expected);
			assertThat(read(this.memory, key, "r-")).as(key).isEqualTo(expected);
		}
	}

	private static Object read(RedipyClient c, String key, String prefix) {
		c.rename(prefix + key, "tmp");
		c.rename(key, "orig");
		c.rename("tmp", key);
		Object value = READS.get(key).apply(c);
		c.rename(key, prefix + key);
		c.rename("orig", key);
		return value;
	}

}
