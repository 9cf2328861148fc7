package io.redipy.redis;

import java.time.Duration;
import java.util.List;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.protocol.ProtocolVersion;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.Batch;
import io.redipy.api.Response;
import io.redipy.api.ScriptReply;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Lua script's {@link ScriptReply} on the Redis backend does not depend on the protocol
 * the connection factory negotiates (Lettuce's default RESP3, or RESP2 when configured),
 * on direct calls and in batches: both give what the memory backend gives.
 */
class ScriptReplyProtocolTests {

	private static final String SCRIPT = "redis.setresp(3) return {true, false, {map = {a = 1}}, {set = {x = true}},"
			+ " {double = 2.5}, {big_number = '99'}, {ok = 'fine'},"
			+ " {verbatim_string = {format = 'txt', string = 'v'}}, {1, {err = 'ERR nested'}}}";

	private static ScriptReply expected() {
		return new ScriptReply.Array(List.of(new ScriptReply.Int(1), new ScriptReply.Int(0),
				new ScriptReply.Array(List.of(ScriptReply.Bulk.of("a"), new ScriptReply.Int(1))),
				new ScriptReply.Array(List.of(ScriptReply.Bulk.of("x"))), ScriptReply.Bulk.of("2.5"),
				ScriptReply.Bulk.of("99"), ScriptReply.Bulk.of("fine"), ScriptReply.Bulk.of("v"),
				new ScriptReply.Array(List.of(new ScriptReply.Int(1), new ScriptReply.Error("ERR nested")))));
	}

	@ParameterizedTest
	@EnumSource(value = ProtocolVersion.class, names = { "RESP2", "RESP3" })
	void theReplyIsTheSameWhateverTheConnectionSpeaks(ProtocolVersion protocol) {
		LettuceConnectionFactory factory = factory(RedisExtension.server(), protocol);
		try (RedipyClient client = Redipy.redis(factory)) {
			assertThat(client.eval(SCRIPT, List.of(), List.of())).isEqualTo(expected());
			Batch batch = client.batch();
			Response<ScriptReply> queued = batch.eval(SCRIPT, List.of(), List.of());
			Response<ScriptReply> alone = batch.eval("redis.setresp(3) return false", List.of(), List.of());
			batch.exec();
			assertThat(queued.get()).isEqualTo(expected());
			assertThat(alone.get()).isEqualTo(new ScriptReply.Int(0));
			assertThat(client.eval(SCRIPT, List.of(), List.of())).isEqualTo(expected());
		}
		finally {
			factory.destroy();
		}
		try (RedipyClient memory = Redipy.memory()) {
			assertThat(memory.eval(SCRIPT, List.of(), List.of())).isEqualTo(expected());
		}
	}

	private static LettuceConnectionFactory factory(RedisServer server, ProtocolVersion protocol) {
		LettuceConnectionFactory base = server.connectionFactory();
		RedisStandaloneConfiguration config = new RedisStandaloneConfiguration(base.getHostName(), base.getPort());
		base.destroy();
		LettuceClientConfiguration client = LettuceClientConfiguration.builder()
			.commandTimeout(Duration.ofSeconds(3))
			.clientOptions(ClientOptions.builder().protocolVersion(protocol).build())
			.build();
		LettuceConnectionFactory factory = new LettuceConnectionFactory(config, client);
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

}
