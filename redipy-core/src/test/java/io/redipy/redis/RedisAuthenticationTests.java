package io.redipy.redis;

import io.redipy.CommandException;
import io.redipy.ConnectionException;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.RedisOptions;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The Redis backend against a server that requires a password (started by the test).
 */
class RedisAuthenticationTests {

	private static final String PASSWORD = "s3cret-pa55word";

	private static RedisServer server;

	@BeforeAll
	static void startServer() {
		RedisExtension.server();
		assumeThat(RedisServer.binaryAvailable()).as("a local redis-server to start with a password").isTrue();
		server = RedisServer.startLocal(PASSWORD, "--user", "alice", "on", ">alice-pw", "~app:*", "&*", "+@all");
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void worksWithThePassword() {
		LettuceConnectionFactory factory = server.connectionFactory(PASSWORD);
		try {
			RedipyClient client = Redipy.redis(factory);
			client.set("k", "v");
			assertThat(client.get("k")).isEqualTo("v");
			assertThat(client.ping()).isEqualTo("PONG");
		}
		finally {
			factory.destroy();
		}
	}

	@Test
	void worksWithAnAclUserLimitedToItsPrefix() {
		LettuceConnectionFactory factory = server.connectionFactory((config) -> {
			config.setUsername("alice");
			config.setPassword("alice-pw");
		});
		try {
			RedipyClient client = Redipy.redis(factory, RedisOptions.defaults().withKeyPrefix("app:"));
			client.set("k", "v");
			assertThat(client.get("k")).isEqualTo("v");
			RedipyClient outside = Redipy.redis(factory);
			assertThatExceptionOfType(CommandException.class).isThrownBy(() -> outside.get("k"))
				.withMessageStartingWith("NOPERM");
		}
		finally {
			factory.destroy();
		}
	}

	@Test
	void usesTheDatabaseIndexAndFlushesOnlyIt() {
		LettuceConnectionFactory zero = server.connectionFactory(PASSWORD);
		LettuceConnectionFactory three = server.connectionFactory((config) -> {
			config.setPassword(PASSWORD);
			config.setDatabase(3);
		});
		try {
			RedipyClient first = Redipy.redis(zero);
			RedipyClient other = Redipy.redis(three);
			first.set("shared-name", "db0");
			other.set("shared-name", "db3");
			assertThat(first.get("shared-name")).isEqualTo("db0");
			other.flushall();
			assertThat(other.dbsize()).isZero();
			assertThat(first.get("shared-name")).isEqualTo("db0");
		}
		finally {
			zero.destroy();
			three.destroy();
		}
	}

	@Test
	void aWrongPasswordFailsWithoutShowingIt() {
		String wrong = "wrong-" + PASSWORD;
		LettuceConnectionFactory factory = server.connectionFactory(wrong);
		try {
			RedipyClient client = Redipy.redis(factory);
			assertThatExceptionOfType(ConnectionException.class).isThrownBy(() -> client.get("k")).satisfies((ex) -> {
				for (Throwable t = ex; t != null; t = t.getCause()) {
					assertThat(String.valueOf(t.getMessage())).doesNotContain(PASSWORD);
				}
			});
		}
		finally {
			factory.destroy();
		}
	}

}
