package io.redipy.differential;

import java.util.IdentityHashMap;
import java.util.Map;

import io.redipy.Redipy;
import io.redipy.RedisOptions;
import io.redipy.memory.MemoryStore;
import io.redipy.server.RedipyServer;
import io.redipy.server.ServerOptions;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The command fuzzer through RESP: the same random sequences as
 * {@link DifferentialTests}, sent to the memory store through its server with redipy's
 * Redis backend (Lettuce, RESP3) and compared with a real Redis command by command.
 * Sequences run without a key prefix: the Redis backend counts and flushes a prefix's
 * keys with Lua, which the endpoint does not run yet.
 */
class RespDifferentialTests extends DifferentialTests {

	private static final Map<MemoryStore, LettuceConnectionFactory> FACTORIES = new IdentityHashMap<>();

	static {
		prefixedSequences = false;
		memoryClients = (store, prefix) -> Redipy.redis(FACTORIES.computeIfAbsent(store, (s) -> {
			RedipyServer server = RedipyServer.start(s.engine(null), ServerOptions.defaults());
			LettuceConnectionFactory factory = new LettuceConnectionFactory(
					new RedisStandaloneConfiguration("127.0.0.1", server.port()));
			factory.afterPropertiesSet();
			factory.start();
			return factory;
		}), RedisOptions.defaults().withKeyPrefix(prefix));
	}

}
