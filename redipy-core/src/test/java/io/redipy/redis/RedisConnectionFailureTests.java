package io.redipy.redis;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.function.Consumer;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.redipy.ConnectionException;
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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Each way a connection fails has its own {@link ConnectionException.Reason}, so that the
 * Spring Boot start can say what to change; no message carries the password.
 */
class RedisConnectionFailureTests {

	private static final String PASSWORD = "s3cret-pa55word";

	private static RedisServer secured;

	@BeforeAll
	static void startServer() {
		RedisExtension.server();
		assumeThat(RedisServer.binaryAvailable()).as("a local redis-server to start with a password").isTrue();
		secured = RedisServer.startLocal(PASSWORD, "--user", "alice", "on", ">alice-pw", "~*", "&*", "+@all");
	}

	@AfterAll
	static void stopServer() {
		if (secured != null) {
			secured.close();
		}
	}

	private static ConnectionException failure(RedisStandaloneConfiguration server, boolean ssl) {
		LettuceClientConfiguration.LettuceClientConfigurationBuilder builder = LettuceClientConfiguration.builder()
			.commandTimeout(Duration.ofSeconds(3))
			.clientOptions(ClientOptions.builder()
				.socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(3)).build())
				.build());
		if (ssl) {
			builder.useSsl();
		}
		LettuceConnectionFactory factory = new LettuceConnectionFactory(server, builder.build());
		factory.afterPropertiesSet();
		factory.start();
		try {
			RedipyClient client = Redipy.redis(factory);
			return org.assertj.core.api.Assertions.catchThrowableOfType(ConnectionException.class, client::ping);
		}
		finally {
			factory.destroy();
		}
	}

	private static RedisStandaloneConfiguration at(String host, int port,
			Consumer<RedisStandaloneConfiguration> credentials) {
		RedisStandaloneConfiguration configuration = new RedisStandaloneConfiguration(host, port);
		credentials.accept(configuration);
		return configuration;
	}

	private static void assertNoPassword(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			assertThat(String.valueOf(t.getMessage())).doesNotContain(PASSWORD).doesNotContain("alice-pw");
		}
	}

	@Test
	void wrongPasswordIsAnAuthenticationFailure() {
		ConnectionException failure = failure(
				at(secured.host(), secured.port(), (c) -> c.setPassword("wrong-" + PASSWORD)), false);
		assertThat(failure).isNotNull();
		assertThat(failure.reason()).isEqualTo(ConnectionException.Reason.AUTHENTICATION);
		assertThat(failure).hasMessageContaining("WRONGPASS");
		assertNoPassword(failure);
	}

	@Test
	void wrongUserIsAnAuthenticationFailure() {
		ConnectionException failure = failure(at(secured.host(), secured.port(), (c) -> {
			c.setUsername("bob");
			c.setPassword("alice-pw");
		}), false);
		assertThat(failure).isNotNull();
		assertThat(failure.reason()).isEqualTo(ConnectionException.Reason.AUTHENTICATION);
		assertNoPassword(failure);
	}

	@Test
	void missingPasswordIsAnAuthenticationFailure() {
		ConnectionException failure = failure(at(secured.host(), secured.port(), (c) -> {
		}), false);
		assertThat(failure).isNotNull();
		assertThat(failure.reason()).isEqualTo(ConnectionException.Reason.AUTHENTICATION);
		assertThat(failure).hasMessageContaining("NOAUTH");
	}

	@Test
	void untrustedCertificateIsATlsFailure() {
		RedisServer tls = RedisServer.startLocalTls();
		try {
			// the server's self-signed certificate is not in the JDK's trust store
			ConnectionException failure = failure(at(tls.host(), tls.port(), (c) -> {
			}), true);
			assertThat(failure).isNotNull();
			assertThat(failure.reason()).isEqualTo(ConnectionException.Reason.TLS);
		}
		finally {
			tls.close();
		}
	}

	@Test
	void tlsAgainstAPlainPortTimesOut() {
		// Redis reads the TLS hello as the start of a command and waits for the rest: the
		// client sees no answer, not a TLS error
		RedisServer plain = RedisExtension.server();
		ConnectionException failure = failure(at(plain.host(), plain.port(), (c) -> {
		}), true);
		assertThat(failure).isNotNull();
		assertThat(failure.reason()).isEqualTo(ConnectionException.Reason.TIMEOUT);
	}

	@Test
	void unknownHostIsNamedSo() {
		ConnectionException failure = failure(at("redipy-no-such-host.invalid", 6380, (c) -> {
		}), false);
		assertThat(failure).isNotNull();
		assertThat(failure.reason()).isEqualTo(ConnectionException.Reason.UNKNOWN_HOST);
	}

	@Test
	void closedPortIsARefusedConnection() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		ConnectionException failure = failure(at("127.0.0.1", port, (c) -> {
		}), false);
		assertThat(failure).isNotNull();
		assertThat(failure.reason()).isEqualTo(ConnectionException.Reason.REFUSED);
	}

	@Test
	void failuresWithoutAKnownCauseAreOther() {
		assertThat(new ConnectionException("x", null).reason()).isEqualTo(ConnectionException.Reason.OTHER);
		assertThatExceptionOfType(NullPointerException.class)
			.isThrownBy(() -> new ConnectionException("x", null, null));
	}

}
