package io.redipy.resp;

import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differential fuzzer at the wire: seeded random sequences of data commands,
 * generated from the command table with binary keys and values ({@link WireGenerator}),
 * sent as RESP commands to a real redis-server and to the memory store's engine; every
 * reply, error text included, must be the same, as a RESP2 and a RESP3 client reads it.
 * (The server module runs the same sequences through the store's RESP server.)
 *
 * <p>
 * {@code -Dredipy.wire-fuzz.seed=S} replays a run, {@code -Dredipy.wire-fuzz.sequences=N}
 * sets its length (1,000 sequences of 25 commands by default). A divergence is reported
 * with the seed, the sequence's index and the commands that led to it.
 */
@ExtendWith(RedisExtension.class)
class WireFuzzTests {

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void randomSequencesWithBinaryKeysAndValuesAnswerAsRedisDoes(int protocol, RedisServer redis) {
		try (RespPair pair = new RespPair(redis.host(), redis.port(), new MemoryStore(), protocol)) {
			assertThat(WireFuzz.run(pair, "RESP" + protocol)).isEmpty();
		}
	}

}
