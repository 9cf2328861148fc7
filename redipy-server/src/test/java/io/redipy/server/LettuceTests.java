package io.redipy.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.DoubleOutput;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.ProtocolKeyword;
import io.lettuce.core.protocol.ProtocolVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real client, Lettuce, talks to the server in RESP2 and in RESP3 (its handshake sends
 * {@code HELLO 3} for the latter).
 */
class LettuceTests {

	private static FakeEngine engine;

	private static RedipyServer server;

	private static RedisClient client;

	@BeforeAll
	static void start() {
		engine = new FakeEngine();
		server = RedipyServer.start(engine, ServerOptions.defaults());
		client = RedisClient.create();
	}

	@AfterAll
	static void stop() {
		client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		server.close();
	}

	private static StatefulRedisConnection<String, String> connect(ProtocolVersion protocol) {
		client.setOptions(ClientOptions.builder().protocolVersion(protocol).build());
		return client.connect(StringCodec.UTF8,
				RedisURI.builder()
					.withHost("127.0.0.1")
					.withPort(server.port())
					.withTimeout(Duration.ofSeconds(5))
					.build());
	}

	@ParameterizedTest
	@EnumSource(ProtocolVersion.class)
	void commandsAndRepliesRoundTrip(ProtocolVersion protocol) throws Exception {
		engine.lastHello = 0;
		try (StatefulRedisConnection<String, String> connection = connect(protocol)) {
			assertThat(connection.sync().ping()).isEqualTo("PONG");
			// Lettuce negotiates RESP3 with HELLO 3 and sends no HELLO for RESP2.
			assertThat(engine.lastHello).isEqualTo((protocol == ProtocolVersion.RESP3) ? 3 : 0);
			assertThat(connection.sync().echo("h\u00e9llo \r\n world")).isEqualTo("h\u00e9llo \r\n world");
			Double score = connection.sync()
				.dispatch(Sample.REPLY, new DoubleOutput<>(StringCodec.UTF8),
						new CommandArgs<>(StringCodec.UTF8).add("double"));
			assertThat(score).isEqualTo(0.1);
			String status = connection.sync()
				.dispatch(Sample.REPLY, new StatusOutput<>(StringCodec.UTF8),
						new CommandArgs<>(StringCodec.UTF8).add("simple"));
			assertThat(status).isEqualTo("OK");
			connection.setAutoFlushCommands(false);
			List<RedisFuture<String>> echoes = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				echoes.add(connection.async().echo("m" + i));
			}
			connection.flushCommands();
			for (int i = 0; i < 1000; i++) {
				assertThat(echoes.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("m" + i);
			}
		}
	}

	/** The test engine's REPLY command. */
	static final class Sample implements ProtocolKeyword {

		static final Sample REPLY = new Sample();

		@Override
		public byte[] getBytes() {
			return "REPLY".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		}

		@Override
		public String toString() {
			return "REPLY";
		}

	}

}
