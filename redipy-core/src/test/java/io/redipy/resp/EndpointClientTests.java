package io.redipy.resp;

import io.redipy.command.Reply;
import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code CLIENT KILL} and {@code CLIENT LIST} across connections, against a real
 * redis-server.
 */
@ExtendWith(RedisExtension.class)
class EndpointClientTests {

	@Test
	void clientKillClosesTheOtherConnection(RedisServer redis) {
		MemoryStore store = new MemoryStore();
		try (RespPair victim = new RespPair(redis.host(), redis.port(), store, 2);
				RespPair killer = new RespPair(redis.host(), redis.port(), store, 2)) {
			long redisId = ((Reply.Int) victim.redis("CLIENT", "ID")).value();
			long memoryId = ((Reply.Int) victim.memory("CLIENT", "ID")).value();
			victim.both("CLIENT", "SETNAME", "victim");
			assertThat(RespPair.show(killer.memory("CLIENT", "LIST"))).contains("id=" + memoryId + " ")
				.contains(" name=victim ");
			assertThat(RespPair.show(killer.redis("CLIENT", "KILL", "ID", redisId)))
				.isEqualTo(RespPair.show(killer.memory("CLIENT", "KILL", "ID", memoryId)))
				.isEqualTo(":1");
			assertThat(victim.closedByEngine()).isTrue();
			assertThat(killer.both("CLIENT", "KILL", "ID", "0"))
				.containsExactly("-ERR client-id should be greater than 0", "-ERR client-id should be greater than 0");
			String[] again = killer.both("CLIENT", "KILL", "ID", "999999");
			assertThat(again[1]).isEqualTo(again[0]);
			assertThat(killer.closedByEngine()).isFalse();
		}
	}

	@Test
	void clientKillFiltersByTypeUserAndLocalAddress(RedisServer redis) {
		MemoryStore store = new MemoryStore();
		try (RespPair subscriber = new RespPair(redis.host(), redis.port(), store, 2);
				RespPair plain = new RespPair(redis.host(), redis.port(), store, 2);
				RespPair killer = new RespPair(redis.host(), redis.port(), store, 2)) {
			String redisSubscriber = String.valueOf(((Reply.Int) subscriber.redis("CLIENT", "ID")).value());
			String memorySubscriber = String.valueOf(((Reply.Int) subscriber.memory("CLIENT", "ID")).value());
			String redisPlain = String.valueOf(((Reply.Int) plain.redis("CLIENT", "ID")).value());
			String memoryPlain = String.valueOf(((Reply.Int) plain.memory("CLIENT", "ID")).value());
			// Lettuce sends the type and yes/no in capitals; Redis takes any case
			assertThat(
					RespPair.show(killer.redis("CLIENT", "KILL", "TYPE", "PUBSUB", "ID", redisPlain, "SKIPME", "YES")))
				.isEqualTo(RespPair
					.show(killer.memory("CLIENT", "KILL", "TYPE", "PUBSUB", "ID", memoryPlain, "SKIPME", "YES")))
				.isEqualTo(":0");
			subscriber.both("SUBSCRIBE", "news");
			assertThat(RespPair.show(killer.memory("CLIENT", "LIST", "ID", memorySubscriber))).contains(" flags=P ")
				.contains(" sub=1 psub=0 ");
			assertThat(RespPair.show(killer.redis("CLIENT", "KILL", "TYPE", "normal", "ID", redisSubscriber)))
				.isEqualTo(RespPair.show(killer.memory("CLIENT", "KILL", "TYPE", "normal", "ID", memorySubscriber)))
				.isEqualTo(":0");
			assertThat(RespPair.show(killer.redis("CLIENT", "KILL", "TYPE", "pubsub", "ID", redisSubscriber)))
				.isEqualTo(RespPair.show(killer.memory("CLIENT", "KILL", "TYPE", "pubsub", "ID", memorySubscriber)))
				.isEqualTo(":1");
			assertThat(subscriber.closedByEngine()).isTrue();
			assertThat(RespPair.show(killer.redis("CLIENT", "KILL", "TYPE", "master", "USER", "default")))
				.isEqualTo(RespPair.show(killer.memory("CLIENT", "KILL", "TYPE", "master", "USER", "default")))
				.isEqualTo(":0");
			assertThat(RespPair.show(killer.redis("CLIENT", "KILL", "LADDR", "10.9.8.7:6", "ID", redisPlain)))
				.isEqualTo(RespPair.show(killer.memory("CLIENT", "KILL", "LADDR", "10.9.8.7:6", "ID", memoryPlain)))
				.isEqualTo(":0");
			assertThat(RespPair.show(killer.redis("CLIENT", "KILL", "USER", "default", "ID", redisPlain)))
				.isEqualTo(RespPair.show(killer.memory("CLIENT", "KILL", "USER", "default", "ID", memoryPlain)))
				.isEqualTo(":1");
			assertThat(killer.both("CLIENT", "KILL", "TYPE", "nope")).containsExactly("-ERR Unknown client type 'nope'",
					"-ERR Unknown client type 'nope'");
			assertThat(killer.both("CLIENT", "KILL", "USER", "bob")).containsExactly("-ERR No such user 'bob'",
					"-ERR No such user 'bob'");
			String[] odd = killer.both("CLIENT", "KILL", "TYPE", "normal", "SKIPME");
			assertThat(odd[1]).isEqualTo(odd[0]);
			String[] maybe = killer.both("CLIENT", "KILL", "SKIPME", "maybe", "ID", "1");
			assertThat(maybe[1]).isEqualTo(maybe[0]);
			assertThat(killer.closedByEngine()).isFalse();
		}
	}

}
