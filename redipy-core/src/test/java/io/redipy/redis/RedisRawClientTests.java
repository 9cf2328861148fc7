package io.redipy.redis;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.RedisOptions;
import io.redipy.api.Batch;
import io.redipy.api.KeyValue;
import io.redipy.api.Response;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScoredMember;
import io.redipy.api.ZRange;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Redis backend's store-form client ({@link RedisBackend#rawClient}): bytes that are
 * not UTF-8 come back escaped, not as U+FFFD, on every path (commands, batches, blocking
 * calls).
 */
class RedisRawClientTests {

	/** Bytes 'a', 0x80, 'b' in store form. */
	private static final String RAW = "a\uDC80b";

	private LettuceConnectionFactory factory;

	private RedipyClient raw;

	private RedipyClient text;

	@BeforeEach
	void connect() {
		RedisServer server = RedisExtension.server();
		this.factory = server.connectionFactory();
		this.raw = RedisBackend.rawClient(this.factory, "raw-test:");
		this.text = Redipy.redis(this.factory, RedisOptions.defaults().withKeyPrefix("raw-test:"));
		this.text.flushall();
	}

	@AfterEach
	void close() {
		this.raw.close();
		this.text.close();
		this.factory.destroy();
	}

	@Test
	void repliesThatAreNotUtf8ComeBackInStoreForm() {
		this.raw.set(RAW, RAW);
		assertThat(this.raw.get(RAW)).isEqualTo(RAW);
		assertThat(this.text.get(RAW)).isEqualTo("a\uFFFDb");
		assertThat(this.raw.keys("*")).containsExactly(RAW);
		assertThat(this.raw.scan("0", ScanOptions.all()).items()).containsExactly(RAW);
		this.raw.hset("h", RAW, RAW);
		assertThat(this.raw.hgetall("h")).isEqualTo(Map.of(RAW, RAW));
		this.raw.rpush("l", RAW, "é");
		assertThat(this.raw.lrange("l", 0, -1)).containsExactly(RAW, "é");
		this.raw.zadd("z", 1.5, RAW);
		assertThat(this.raw.zrangeWithScores("z", ZRange.byRank(0, -1))).containsExactly(new ScoredMember(RAW, 1.5));
		assertThat(this.raw.getrange(RAW, 1, 1)).isEqualTo("\uDC80");
	}

	@Test
	void batchesAndBlockingCallsReadStoreFormToo() {
		Batch batch = this.raw.batch();
		batch.rpush("l", RAW);
		Response<List<String>> range = batch.lrange("l", 0, -1);
		batch.exec();
		assertThat(range.get()).containsExactly(RAW);
		assertThat(this.raw.blpop(Duration.ofSeconds(1), RAW, "l")).isEqualTo(new KeyValue("l", RAW));
	}

}
