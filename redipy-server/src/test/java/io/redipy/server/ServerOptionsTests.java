package io.redipy.server;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The options' defaults are Redis 7.0's, bad values are refused before anything starts,
 * and the request limits apply.
 */
class ServerOptionsTests {

	@Test
	void defaultsAreRedisDefaults() {
		ServerOptions options = ServerOptions.defaults();
		assertThat(options.bindAddress().isLoopbackAddress()).isTrue();
		assertThat(options.port()).isZero();
		assertThat(options.maxClients()).isEqualTo(10_000);
		assertThat(options.idleTimeout()).isEqualTo(Duration.ZERO);
		assertThat(options.maxInlineRequest()).isEqualTo(64 * 1024);
		assertThat(options.maxBulkLength()).isEqualTo(512 * 1024 * 1024);
		assertThat(options.pushHardLimit()).isEqualTo(32L * 1024 * 1024);
		assertThat(options.pushSoftLimit()).isEqualTo(8L * 1024 * 1024);
		assertThat(options.pushSoftDuration()).isEqualTo(Duration.ofSeconds(60));
		assertThat(options.eventLoopThreads()).isEqualTo(1);
	}

	@Test
	void impossibleValuesAreRefused() {
		ServerOptions options = ServerOptions.defaults();
		assertThatIllegalArgumentException().isThrownBy(() -> options.withPort(65536)).withMessageContaining("port");
		assertThatIllegalArgumentException().isThrownBy(() -> options.withMaxClients(0))
			.withMessageContaining("maxClients");
		assertThatIllegalArgumentException().isThrownBy(() -> options.withIdleTimeout(Duration.ofSeconds(-1)))
			.withMessageContaining("idleTimeout");
		assertThatIllegalArgumentException().isThrownBy(() -> options.withRequestLimits(0, 10))
			.withMessageContaining("maxInlineRequest");
		assertThatIllegalArgumentException().isThrownBy(() -> options.withPushLimits(-1, 0, Duration.ZERO))
			.withMessageContaining("limits");
		assertThatIllegalArgumentException().isThrownBy(() -> options.withEventLoopThreads(0))
			.withMessageContaining("eventLoopThreads");
	}

	@Test
	void requestLimitsApply() throws IOException {
		ServerOptions options = ServerOptions.defaults().withRequestLimits(16, 10);
		try (RedipyServer server = RedipyServer.start(new FakeEngine(), options)) {
			try (RawClient client = new RawClient(server.port())) {
				assertThat(client.call("ECHO", "0123456789")).isEqualTo("$10\r\n0123456789\r\n");
				client.command("ECHO", "01234567890");
				assertThat(client.reply()).isEqualTo("-ERR Protocol error: invalid bulk length\r\n");
				assertThat(client.closedByServer()).isTrue();
			}
			try (RawClient client = new RawClient(server.port())) {
				client.send("ECHO 0123456789abcdef");
				assertThat(client.reply()).isEqualTo("-ERR Protocol error: too big inline request\r\n");
				assertThat(client.closedByServer()).isTrue();
			}
		}
	}

}
