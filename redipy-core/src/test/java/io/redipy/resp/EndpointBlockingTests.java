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
 * Blocking commands through the endpoint against a real redis-server: served by another
 * connection's push, timed out, ended with {@code CLIENT UNBLOCK}, answered at once in a
 * transaction, and the commands a blocked connection sent meanwhile answered in order
 * after it. The engine's waits hold no thread: the blocked session's command returns at
 * once.
 */
@ExtendWith(RedisExtension.class)
class EndpointBlockingTests {

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void blockedCommandsEndAsInRedis(int protocol, RedisServer redis) throws Exception {
		MemoryStore store = new MemoryStore();
		List<String> redisSide = new ArrayList<>();
		List<String> memorySide = new ArrayList<>();
		try (RespPair waiter = new RespPair(redis.host(), redis.port(), store, protocol);
				RespPair pusher = new RespPair(redis.host(), redis.port(), store, protocol)) {
			pusher.redis("FLUSHALL");
			// served by a push from another connection; the PING sent meanwhile comes
			// after
			send(waiter, "BLPOP", "none", "queue", "0");
			send(waiter, "PING");
			assertThat(waiter.memoryHasMore()).isFalse();
			both(pusher, redisSide, memorySide, "RPUSH", "queue", "a", "b");
			next(waiter, redisSide, memorySide, 2);
			both(pusher, redisSide, memorySide, "LRANGE", "queue", "0", "-1");
			// a move, and a sorted-set pop whose score is a double in RESP3
			send(waiter, "BLMOVE", "src", "dst", "RIGHT", "LEFT", "0");
			both(pusher, redisSide, memorySide, "RPUSH", "src", "x");
			next(waiter, redisSide, memorySide, 1);
			send(waiter, "BZPOPMIN", "z", "0");
			both(pusher, redisSide, memorySide, "ZADD", "z", "1.5", "m");
			next(waiter, redisSide, memorySide, 1);
			// the multi-key pops: served with up to COUNT elements of the first key to
			// get
			// some
			send(waiter, "BLMPOP", "0", "2", "l1", "l2", "RIGHT", "COUNT", "2");
			both(pusher, redisSide, memorySide, "RPUSH", "l2", "a", "b", "c");
			next(waiter, redisSide, memorySide, 1);
			send(waiter, "BZMPOP", "0", "2", "z1", "z2", "MAX", "COUNT", "5");
			both(pusher, redisSide, memorySide, "ZADD", "z2", "1", "a", "2.5", "b");
			next(waiter, redisSide, memorySide, 1);
			both(waiter, redisSide, memorySide, "BLMPOP", "0", "1", "l2", "LEFT");
			both(waiter, redisSide, memorySide, "BZMPOP", "0.05", "1", "dst", "MIN");
			send(waiter, "BZMPOP", "0.05", "1", "none", "MIN");
			next(waiter, redisSide, memorySide, 1);
			send(waiter, "BLMPOP", "0.05", "1", "none", "LEFT");
			next(waiter, redisSide, memorySide, 1);
			// timed out
			send(waiter, "BLPOP", "none", "0.05");
			next(waiter, redisSide, memorySide, 1);
			send(waiter, "BRPOPLPUSH", "none", "x", "0.05");
			next(waiter, redisSide, memorySide, 1);
			// ended by CLIENT UNBLOCK, as a timeout and as an error
			long redisId = id(waiter.redis("CLIENT", "ID"));
			long memoryId = id(waiter.memory("CLIENT", "ID"));
			send(waiter, "BRPOP", "none", "0");
			redisSide.add("unblock -> " + RespPair.show(pusher.redis("CLIENT", "UNBLOCK", redisId)));
			memorySide.add("unblock -> " + RespPair.show(pusher.memory("CLIENT", "UNBLOCK", memoryId)));
			next(waiter, redisSide, memorySide, 1);
			send(waiter, "BZPOPMAX", "none", "0");
			redisSide.add("unblock -> " + RespPair.show(pusher.redis("CLIENT", "UNBLOCK", redisId, "ERROR")));
			memorySide.add("unblock -> " + RespPair.show(pusher.memory("CLIENT", "UNBLOCK", memoryId, "ERROR")));
			next(waiter, redisSide, memorySide, 1);
			both(pusher, redisSide, memorySide, "CLIENT", "UNBLOCK", "999999");
			// errors and a transaction
			both(waiter, redisSide, memorySide, "SET", "s", "v");
			both(waiter, redisSide, memorySide, "BLPOP", "s", "0");
			both(waiter, redisSide, memorySide, "BLPOP", "none", "-1");
			both(waiter, redisSide, memorySide, "BLPOP", "none", "abc");
			both(waiter, redisSide, memorySide, "BLMOVE", "a", "b", "UP", "LEFT", "0");
			both(waiter, redisSide, memorySide, "MULTI");
			both(waiter, redisSide, memorySide, "BLPOP", "none", "0");
			both(waiter, redisSide, memorySide, "BLMOVE", "none", "x", "LEFT", "LEFT", "0");
			both(waiter, redisSide, memorySide, "EXEC");
		}
		assertThat(memorySide).isEqualTo(redisSide);
	}

	private static long id(io.redipy.command.Reply reply) {
		return ((io.redipy.command.Reply.Int) reply).value();
	}

	private static void send(RespPair pair, Object... args) {
		pair.redisSend(args);
		pair.memorySend(args);
	}

	private static void both(RespPair pair, List<String> redisSide, List<String> memorySide, Object... args) {
		String line = String.join(" ", List.of(args).stream().map(String::valueOf).toList()) + " -> ";
		String[] shown = pair.both(args);
		redisSide.add(line + shown[0]);
		memorySide.add(line + shown[1]);
	}

	private static void next(RespPair pair, List<String> redisSide, List<String> memorySide, int replies) {
		for (int i = 0; i < replies; i++) {
			redisSide.add("  " + RespPair.show(pair.redisNext()));
			memorySide.add("  " + RespPair.show(pair.memoryNext()));
		}
	}

}
