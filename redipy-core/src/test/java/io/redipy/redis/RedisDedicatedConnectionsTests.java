package io.redipy.redis;

import java.time.Duration;
import java.util.Properties;

import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.Batch;
import io.redipy.api.KeyValue;
import io.redipy.test.RedisExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batches and blocking calls run on dedicated connections, which are reused: a factory
 * without a pool must not open a TCP connection per batch.
 */
class RedisDedicatedConnectionsTests {

	private LettuceConnectionFactory factory;

	private RedipyClient client;

	@BeforeEach
	void connect() {
		this.factory = RedisExtension.server().connectionFactory();
		this.client = Redipy.redis(this.factory, io.redipy.RedisOptions.defaults().withKeyPrefix("dedicated-test:"));
		this.client.del("a", "b", "l");
	}

	@AfterEach
	void close() {
		this.client.close();
		this.factory.destroy();
	}

	private long info(String section, String field) {
		try (RedisConnection connection = this.factory.getConnection()) {
			Properties info = connection.serverCommands().info(section);
			return Long.parseLong(info.getProperty(field));
		}
	}

	@Test
	void batchesAndBlockingCalls_reuseTheirConnection() {
		this.client.get("warm-up");
		long before = info("stats", "total_connections_received");
		for (int i = 0; i < 20; i++) {
			Batch batch = this.client.batch();
			batch.set("a", "1");
			batch.lpush("a", "x");
			batch.incr("b");
			batch.exec();
			this.client.rpush("l", "item");
			assertThat(this.client.blpop(Duration.ofSeconds(5), "l")).isEqualTo(new KeyValue("l", "item"));
		}
		assertThat(this.client.get("b")).isEqualTo("20");
		assertThat(info("stats", "total_connections_received") - before).as("connections opened for 40 calls")
			.isLessThanOrEqualTo(1);
	}

	@Test
	void concurrentBatches_eachGetAConnection_andCloseReleasesThem() throws Exception {
		Thread[] threads = new Thread[4];
		for (int t = 0; t < threads.length; t++) {
			threads[t] = new Thread(() -> {
				for (int i = 0; i < 50; i++) {
					Batch batch = this.client.batch();
					batch.incr("b");
					batch.incr("b");
					batch.exec();
				}
			});
			threads[t].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(this.client.get("b")).isEqualTo("400");
		long connected = info("clients", "connected_clients");
		this.client.close();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		long after = info("clients", "connected_clients");
		while (after >= connected && System.nanoTime() < deadline) {
			Thread.onSpinWait();
			after = info("clients", "connected_clients");
		}
		assertThat(after).as("connections left after close").isLessThan(connected);
	}

}
