package io.redipy.sample;

import java.util.UUID;

import io.redipy.RedipyClient;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application runs the same code on both backends: switching is only the
 * {@code redipy.backend} property.
 */
class SampleApplicationTests {

	private static final String PREFIX = "sample-" + UUID.randomUUID() + ":";

	@Nested
	@SpringBootTest(properties = { "redipy.backend=memory", "spring.data.redis.port=1" })
	class OnMemory {

		@Autowired
		private RedipyClient client;

		@Test
		void runsTheDemo() {
			assertThat(this.client.backend()).isEqualTo("memory");
			assertThat(this.client.lrange("queue", 0, -1)).containsExactly("task-2", "task-3");
		}

	}

	@Nested
	@SpringBootTest(properties = "redipy.backend=redis")
	class OnRedis {

		@DynamicPropertySource
		static void redis(DynamicPropertyRegistry registry) {
			RedisServer server = RedisExtension.server();
			registry.add("spring.data.redis.host", server::host);
			registry.add("spring.data.redis.port", server::port);
			registry.add("redipy.key-prefix", () -> PREFIX);
		}

		@Autowired
		private RedipyClient client;

		@Test
		void runsTheDemo() {
			assertThat(this.client.backend()).isEqualTo("redis");
			assertThat(this.client.lrange("queue", 0, -1)).containsExactly("task-2", "task-3");
			this.client.flushall();
		}

	}

}
