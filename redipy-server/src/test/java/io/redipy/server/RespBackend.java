package io.redipy.server;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.protocol.ProtocolVersion;
import io.redipy.ManualClock;
import io.redipy.Redipy;
import io.redipy.RedisOptions;
import io.redipy.RedipyClient;
import io.redipy.memory.MemoryStore;
import io.redipy.test.Backend;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The contract suites' third way in: the memory store behind its RESP server, used
 * through redipy's Redis backend (Spring Data Redis and Lettuce), so that the very
 * assertions that hold the typed API to Redis hold the endpoint to it too. One store,
 * server and connection factory per protocol for the whole run; the store's clock is a
 * {@link ManualClock}, so the suites move time as on the memory backend.
 */
public final class RespBackend {

	private static final RespBackend[] SHARED = new RespBackend[4];

	private final ManualClock clock = new ManualClock();

	private final MemoryStore store = new MemoryStore(this.clock);

	private final RedipyServer server;

	private final LettuceConnectionFactory factory;

	private RespBackend(int protocol) {
		this.server = RedipyServer.start(this.store.engine(null), ServerOptions.defaults());
		LettuceClientConfiguration client = LettuceClientConfiguration.builder()
			.clientOptions(ClientOptions.builder()
				.protocolVersion((protocol == 3) ? ProtocolVersion.RESP3 : ProtocolVersion.RESP2)
				.build())
			.build();
		this.factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", this.server.port()),
				client);
		this.factory.afterPropertiesSet();
		this.factory.start();
	}

	/**
	 * Returns a backend on the shared endpoint of a protocol.
	 * @param protocol 2 or 3
	 * @return the backend
	 */
	public static synchronized Backend of(int protocol) {
		if (SHARED[protocol] == null) {
			SHARED[protocol] = new RespBackend(protocol);
		}
		RespBackend shared = SHARED[protocol];
		// each test starts at the real time, as a fresh memory backend does
		shared.clock.set(java.time.Instant.now());
		return new Backend() {

			@Override
			public RedipyClient client(String keyPrefix) {
				return Redipy.redis(shared.factory, RedisOptions.defaults().withKeyPrefix(keyPrefix));
			}

			@Override
			public void advance(Duration duration) {
				shared.clock.advance(duration);
			}

			@Override
			public int blockedCalls() {
				return shared.store.blockedCalls();
			}

			@Override
			public String name() {
				return "memory over RESP" + protocol;
			}

			@Override
			public void close() {
				// shared for the run
			}

		};
	}

}
