package io.redipy.sample;

import java.util.UUID;

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
 * The task queue in single mode with a crashing worker, through the same code on both
 * backends: switching is only the {@code redipy.backend} property. Every task completes,
 * the crashed worker's task is recovered, and the summary says so.
 */
class SampleApplicationTests {

	private static final String PREFIX = "sample-" + UUID.randomUUID() + ":";

	static void assertRecovered(QueueRunner.Summary summary) {
		assertThat(summary).isNotNull();
		assertThat(summary.produced()).isEqualTo(12);
		assertThat(summary.completed()).isEqualTo(12);
		assertThat(summary.lost()).isZero();
		assertThat(summary.recovered()).isGreaterThanOrEqualTo(1);
		assertThat(summary.toString()).startsWith("summary: produced=12 completed=12 recovered=")
			.contains(" lost=0 duplicates=");
	}

	@Nested
	@SpringBootTest(properties = { "redipy.backend=memory", "spring.data.redis.port=1", "queue.tasks=12",
			"queue.crash-worker=true", "queue.task-min=5ms", "queue.task-max=30ms", "queue.heartbeat-interval=50ms",
			"queue.heartbeat-expiry=300ms", "queue.detector-interval=50ms", "queue.timeout=30s" })
	class OnMemory {

		@Autowired
		private QueueRunner runner;

		@Test
		void everyTaskCompletesAndTheCrashedWorkersTaskIsRecovered() {
			assertRecovered(this.runner.summary());
		}

		@Test
		void springsTemplateReadsTheSameCompletions() {
			assertThat(this.runner.springCompletions()).isEqualTo(12);
		}

	}

	@Nested
	@SpringBootTest(properties = { "redipy.backend=redis", "queue.tasks=12", "queue.crash-worker=true",
			"queue.task-min=5ms", "queue.task-max=30ms", "queue.heartbeat-interval=50ms",
			"queue.heartbeat-expiry=300ms", "queue.detector-interval=50ms", "queue.timeout=30s" })
	class OnRedis {

		@DynamicPropertySource
		static void redis(DynamicPropertyRegistry registry) {
			RedisServer server = RedisExtension.server();
			registry.add("spring.data.redis.host", server::host);
			registry.add("spring.data.redis.port", server::port);
			registry.add("redipy.key-prefix", () -> PREFIX);
		}

		@Autowired
		private QueueRunner runner;

		@Test
		void everyTaskCompletesAndTheCrashedWorkersTaskIsRecovered() {
			assertRecovered(this.runner.summary());
		}

		@Test
		void springsTemplateReadsTheSameCompletions() {
			assertThat(this.runner.springCompletions()).isEqualTo(12);
		}

	}

	@Nested
	@SpringBootTest(properties = { "redipy.backend=redis", "queue.tasks=12", "queue.crash-worker=true",
			"queue.task-min=5ms", "queue.task-max=30ms", "queue.heartbeat-interval=50ms",
			"queue.heartbeat-expiry=300ms", "queue.detector-interval=50ms", "queue.timeout=30s" })
	class OnRedisCluster {

		@DynamicPropertySource
		static void redis(DynamicPropertyRegistry registry) {
			// the queue's keys carry a hash tag, so they share one slot under any prefix
			registry.add("spring.data.redis.cluster.nodes", () -> String.join(",",
					RedisExtension.cluster().nodes().stream().map((node) -> node.host() + ":" + node.port()).toList()));
			registry.add("redipy.key-prefix", () -> PREFIX);
		}

		@Autowired
		private QueueRunner runner;

		@Test
		void everyTaskCompletesAndTheCrashedWorkersTaskIsRecovered() {
			assertRecovered(this.runner.summary());
		}

		@Test
		void springsTemplateReadsTheSameCompletions() {
			assertThat(this.runner.springCompletions()).isEqualTo(12);
		}

	}

}
