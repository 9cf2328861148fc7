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

}
