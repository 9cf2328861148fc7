package io.redipy.autoconfigure;

import java.net.InetAddress;
import java.net.ServerSocket;

import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * With {@code redipy.backend=redis}, each way the connection fails at start is explained
 * with its own cause and what to change, and the password is never printed.
 */
class RedisConnectionFailureAnalysisTests {

	private static final String PASSWORD = "s3cret-pa55word";

	private static RedisServer secured;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RedipyAutoConfiguration.class,
				org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration.class))
		.withPropertyValues("redipy.backend=redis", "spring.data.redis.connect-timeout=3s",
				"spring.data.redis.timeout=3s");

	@BeforeAll
	static void startServer() {
		RedisExtension.server();
		assumeThat(RedisServer.binaryAvailable()).as("a local redis-server to start with a password").isTrue();
		secured = RedisServer.startLocal(PASSWORD);
	}

	@AfterAll
	static void stopServer() {
		if (secured != null) {
			secured.close();
		}
	}

	private FailureAnalysis analyze(String... properties) {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		this.runner.withPropertyValues(properties).run((context) -> {
			assertThat(context).hasFailed();
			analysis[0] = new RedipyFailureAnalyzer().analyze(context.getStartupFailure());
		});
		assertThat(analysis[0]).isNotNull();
		assertThat(analysis[0].getDescription() + analysis[0].getAction()).doesNotContain(PASSWORD)
			.contains("redipy.backend=memory");
		return analysis[0];
	}

	@Test
	void wrongPasswordIsReportedAsAnAuthenticationFailure() {
		FailureAnalysis analysis = analyze("spring.data.redis.host=" + secured.host(),
				"spring.data.redis.port=" + secured.port(), "spring.data.redis.password=wrong-" + PASSWORD);
		assertThat(analysis.getDescription()).contains("authentication to Redis at " + secured.host())
			.contains("WRONGPASS")
			.doesNotContain("cannot be reached");
		assertThat(analysis.getAction()).contains("spring.data.redis.password")
			.contains("spring.data.redis.username")
			.doesNotContain("Start Redis");
	}

	@Test
	void missingPasswordIsReportedAsAnAuthenticationFailure() {
		FailureAnalysis analysis = analyze("spring.data.redis.host=" + secured.host(),
				"spring.data.redis.port=" + secured.port());
		assertThat(analysis.getDescription()).contains("authentication to Redis").contains("NOAUTH");
		assertThat(analysis.getAction()).contains("spring.data.redis.password");
	}

	@Test
	void untrustedCertificateIsReportedAsATlsFailure() {
		RedisServer tls = RedisServer.startLocalTls();
		try {
			FailureAnalysis analysis = analyze("spring.data.redis.host=" + tls.host(),
					"spring.data.redis.port=" + tls.port(), "spring.data.redis.ssl.enabled=true");
			assertThat(analysis.getDescription()).contains("the TLS handshake with Redis at " + tls.host());
			assertThat(analysis.getAction()).contains("spring.data.redis.ssl.enabled")
				.contains("spring.data.redis.ssl.bundle");
		}
		finally {
			tls.close();
		}
	}

	@Test
	void unknownHostIsReportedAsSuch() {
		FailureAnalysis analysis = analyze("spring.data.redis.host=redipy-no-such-host.invalid");
		assertThat(analysis.getDescription()).contains("the host of Redis at redipy-no-such-host.invalid")
			.contains("is unknown");
		assertThat(analysis.getAction()).contains("spring.data.redis.host");
	}

	@Test
	void refusedConnectionSaysToStartRedis() throws Exception {
		int port = closedPort();
		FailureAnalysis analysis = analyze("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + port);
		assertThat(analysis.getDescription()).contains("nothing accepts connections at 127.0.0.1:" + port)
			.contains("connection refused");
		assertThat(analysis.getAction()).contains("Start Redis at 127.0.0.1:" + port);
	}

	@Test
	void sentinelSetupIsNamedByItsSentinelsNotByTheStandaloneDefault() throws Exception {
		int port = closedPort();
		FailureAnalysis analysis = analyze("spring.data.redis.sentinel.master=mymaster",
				"spring.data.redis.sentinel.nodes=127.0.0.1:" + port);
		assertThat(analysis.getDescription()).contains("the master 'mymaster' of the Sentinels 127.0.0.1:" + port)
			.doesNotContain("localhost:6379");
	}

	@Test
	void clusterSetupIsNamedByItsNodesNotByTheStandaloneDefault() throws Exception {
		int port = closedPort();
		FailureAnalysis analysis = analyze("spring.data.redis.cluster.nodes=127.0.0.1:" + port);
		assertThat(analysis.getDescription()).contains("the cluster nodes 127.0.0.1:" + port)
			.doesNotContain("localhost:6379");
	}

	private static int closedPort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
