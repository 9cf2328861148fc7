package io.redipy.differential;

import io.redipy.memory.MemoryStore;
import io.redipy.resp.RespPair;
import io.redipy.resp.WireFuzz;
import io.redipy.server.RedipyServer;
import io.redipy.server.ServerOptions;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wire fuzzer (core's {@code WireFuzzTests}) through the memory store's RESP server:
 * the same seeded sequences of data commands with binary keys and values, sent as RESP
 * frames over a socket to redipy's server and to a real redis-server, so that the
 * transport's decoding and encoding of every byte are compared too. Every reply, error
 * text included, must be the same.
 */
@ExtendWith(RedisExtension.class)
class WireFuzzOverServerTests {

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void randomSequencesThroughTheServerAnswerAsRedisDoes(int protocol, RedisServer redis) {
		MemoryStore store = new MemoryStore();
		try (RedipyServer server = RedipyServer.start(store.engine(null), ServerOptions.defaults());
				RespPair pair = new RespPair(redis.host(), redis.port(), "127.0.0.1", server.port(), protocol)) {
			assertThat(WireFuzz.run(pair, "server RESP" + protocol)).isEmpty();
		}
	}

}
