package io.redipy.redis;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.TimeoutOptions;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.KeyValue;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blocking commands on a Redis connection factory whose driver times commands out
 * (Lettuce's default {@link TimeoutOptions}) after much less than the blocking call
 * waits: the call must outlive the driver timeout, and other callers must not wait for
 * it.
 */
class RedisBlockingTests {

	private LettuceConnectionFactory factory;

	private RedipyClient client;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@BeforeEach
	void connect() {
		RedisServer server = RedisExtension.server();
		this.factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(server.host(), server.port()),
				LettuceClientConfiguration.builder()
					.commandTimeout(Duration.ofMillis(300))
					.clientOptions(ClientOptions.builder().timeoutOptions(TimeoutOptions.enabled()).build())
					.build());
		this.factory.afterPropertiesSet();
		this.factory.start();
		this.client = Redipy.redis(this.factory, io.redipy.RedisOptions.defaults().withKeyPrefix("blocking-test:"));
		this.client.del("l");
	}

	@AfterEach
	void close() throws InterruptedException {
		this.threads.shutdownNow();
		this.threads.awaitTermination(10, TimeUnit.SECONDS);
		this.client.close();
		this.factory.destroy();
	}

	@Test
	void waitLongerThanDriverTimeout_isNotCutShort() throws Exception {
		Future<KeyValue> popped = this.threads.submit(() -> this.client.blpop(Duration.ZERO, "l"));
		// several driver timeouts pass; the shared connection keeps serving meanwhile
		for (int i = 0; i < 10; i++) {
			Thread.sleep(100);
			assertThat(this.client.llen("l")).isZero();
		}
		assertThat(popped).isNotDone();
		this.client.rpush("l", "late");
		assertThat(popped.get(10, TimeUnit.SECONDS)).isEqualTo(new KeyValue("l", "late"));
	}

	@Test
	void timeoutLongerThanDriverTimeout_endsInNull() {
		long start = System.nanoTime();
		assertThat(this.client.brpop(Duration.ofMillis(900), "l")).isNull();
		assertThat(System.nanoTime() - start).as("waited the whole timeout")
			.isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(900));
	}

}
