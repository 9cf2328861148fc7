package io.redipy.resp;

import java.util.ArrayList;
import java.util.List;

import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code WATCH} across two connections against a real redis-server: a watched key changed
 * by another connection (a new value, an expiry, an element, a delete) makes {@code EXEC}
 * answer nil; a command that changes nothing does not; {@code EXEC}, {@code DISCARD} and
 * {@code UNWATCH} end the watch.
 */
@ExtendWith(RedisExtension.class)
class EndpointTransactionTests {

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void watchedKeysChangedByOthersAbortTheTransaction(int protocol, RedisServer redis) {
		MemoryStore store = new MemoryStore();
		List<String> redisSide = new ArrayList<>();
		List<String> memorySide = new ArrayList<>();
		try (RespPair a = new RespPair(redis.host(), redis.port(), store, protocol);
				RespPair b = new RespPair(redis.host(), redis.port(), store, protocol)) {
			a.redis("FLUSHALL");
			String[][] script = { { "a", "SET", "k", "1" }, { "a", "RPUSH", "l", "x" },
					// changed by another connection
					{ "a", "WATCH", "k" }, { "b", "SET", "k", "2" }, { "a", "MULTI" }, { "a", "INCR", "k" },
					{ "a", "EXEC" }, { "a", "GET", "k" },
					// not changed: a write that writes nothing
					{ "a", "WATCH", "k", "l", "missing" }, { "b", "SET", "k", "9", "NX" }, { "b", "LPOP", "nothing" },
					{ "b", "GET", "k" }, { "a", "MULTI" }, { "a", "INCR", "k" }, { "a", "EXEC" },
					// an element pushed, an expiry set, a key deleted, a missing key
					// created
					{ "a", "WATCH", "l" }, { "b", "RPUSH", "l", "y" }, { "a", "MULTI" }, { "a", "LLEN", "l" },
					{ "a", "EXEC" }, { "a", "WATCH", "k" }, { "b", "EXPIRE", "k", "100" }, { "a", "MULTI" },
					{ "a", "GET", "k" }, { "a", "EXEC" }, { "a", "WATCH", "k" }, { "b", "DEL", "k" }, { "a", "MULTI" },
					{ "a", "PING" }, { "a", "EXEC" }, { "a", "WATCH", "new" }, { "b", "SET", "new", "v" },
					{ "a", "MULTI" }, { "a", "PING" }, { "a", "EXEC" },
					// a counter changed in place and back
					{ "a", "INCR", "n" }, { "a", "WATCH", "n" }, { "b", "INCR", "n" }, { "b", "DECR", "n" },
					{ "a", "MULTI" }, { "a", "GET", "n" }, { "a", "EXEC" },
					// the same connection's own write counts too
					{ "a", "WATCH", "own" }, { "a", "SET", "own", "v" }, { "a", "MULTI" }, { "a", "PING" },
					{ "a", "EXEC" },
					// ended by UNWATCH, DISCARD and EXEC
					{ "a", "WATCH", "k" }, { "a", "UNWATCH" }, { "b", "SET", "k", "3" }, { "a", "MULTI" },
					{ "a", "GET", "k" }, { "a", "EXEC" }, { "a", "WATCH", "k" }, { "a", "MULTI" }, { "a", "DISCARD" },
					{ "b", "SET", "k", "4" }, { "a", "MULTI" }, { "a", "GET", "k" }, { "a", "EXEC" },
					// WATCH inside MULTI, and swapped databases
					{ "a", "MULTI" }, { "a", "WATCH", "k" }, { "a", "EXEC" }, { "a", "WATCH", "k" },
					{ "b", "SWAPDB", "0", "1" }, { "a", "MULTI" }, { "a", "PING" }, { "a", "EXEC" },
					{ "b", "SWAPDB", "0", "1" } };
			for (String[] step : script) {
				RespPair pair = step[0].equals("a") ? a : b;
				Object[] args = java.util.Arrays.copyOfRange(step, 1, step.length);
				String[] shown = pair.both(args);
				String line = String.join(" ", step) + " -> ";
				redisSide.add(line + shown[0]);
				memorySide.add(line + shown[1]);
			}
		}
		assertThat(memorySide).isEqualTo(redisSide);
	}

}
