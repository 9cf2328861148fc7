package io.redipy.redis;

import java.time.Duration;

import io.redipy.ConnectionException;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.Batch;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The Redis backend when its server goes away and comes back: calls fail promptly with
 * {@link ConnectionException}, and work again without a restart of the client.
 */
class RedisOutageTests {

	private RedisServer server;

	private LettuceConnectionFactory factory;

	@BeforeEach
	void startServer() {
		RedisExtension.server();
		assumeThat(RedisServer.binaryAvailable()).as("a local redis-server to stop and start").isTrue();
		this.server = RedisServer.startLocal(null);
		this.factory = this.server.connectionFactory();
	}

	@AfterEach
	void stopServer() {
		this.factory.destroy();
		this.server.close();
	}

	@Test
	void callsFailPromptlyDuringAnOutageAndRecoverAfterIt() throws InterruptedException {
		RedipyClient client = Redipy.redis(this.factory);
		client.set("before", "1");
		this.server.stop();

		long started = System.nanoTime();
		assertThatExceptionOfType(ConnectionException.class).isThrownBy(() -> client.get("before"));
		Batch batch = client.batch();
		batch.set("batched-1", "x");
		batch.set("batched-2", "y");
		assertThatExceptionOfType(ConnectionException.class).isThrownBy(batch::exec);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

		this.server.start();
		String answer = null;
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (answer == null && System.nanoTime() < deadline) {
			try {
				answer = client.ping();
			}
			catch (ConnectionException ex) {
				Thread.sleep(100);
			}
		}
		assertThat(answer).isEqualTo("PONG");
		assertThat(client.exists("batched-1", "batched-2")).isZero();
		client.set("after", "2");
		assertThat(client.get("after")).isEqualTo("2");
	}

}
