package io.redipy.redis;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SslOptions;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The Redis backend over TLS, with the server's certificate verified (host name
 * included).
 */
class RedisTlsTests {

	private static RedisServer server;

	@BeforeAll
	static void startServer() {
		RedisExtension.server();
		assumeThat(RedisServer.binaryAvailable()).as("a local redis-server to start with TLS").isTrue();
		server = RedisServer.startLocalTls();
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void commandsAndBatchesRunOverTls() {
		SslOptions ssl = SslOptions.builder().trustManager(server.certificate().toFile()).build();
		LettuceClientConfiguration client = LettuceClientConfiguration.builder()
			.useSsl()
			.and()
			.commandTimeout(Duration.ofSeconds(5))
			.clientOptions(ClientOptions.builder().sslOptions(ssl).build())
			.build();
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(server.host(), server.port()), client);
		factory.afterPropertiesSet();
		factory.start();
		try {
			RedipyClient redipy = Redipy.redis(factory);
			redipy.set("k", "over tls");
			assertThat(redipy.get("k")).isEqualTo("over tls");
			var batch = redipy.batch();
			var length = batch.rpush("l", "a", "b");
			batch.exec();
			assertThat(length.get()).isEqualTo(2);
		}
		finally {
			factory.destroy();
		}
	}

}
