package io.redipy.autoconfigure.spring;

import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The two backends the scenarios run on: the memory store (served to Spring's Redis stack
 * by its RESP endpoint) and a real redis-server, the oracle.
 */
final class Backends {

	private Backends() {
	}

	/**
	 * Points an application at the shared test redis-server with the redis backend.
	 * @param registry the test's dynamic properties
	 */
	static void redis(DynamicPropertyRegistry registry) {
		RedisServer server = RedisExtension.server();
		registry.add("redipy.backend", () -> "redis");
		registry.add("spring.data.redis.host", server::host);
		registry.add("spring.data.redis.port", server::port);
		// a failure shows in seconds, not after Lettuce's default minute
		registry.add("spring.data.redis.timeout", () -> "10s");
	}

}
