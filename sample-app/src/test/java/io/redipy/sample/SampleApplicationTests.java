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
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task queue in single mode with a crashing worker, through the same code on both
 * backends and on a Redis Cluster: switching is only the {@code redipy.backend} property
 * (and, for a cluster, Boot's {@code spring.data.redis.cluster.nodes}). Every task
 * completes, the crashed worker's task is recovered, and the summary says so.
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

	/**
	 * The two checks, in an application whose queue runs 12 tasks with a crashing worker;
	 * each nested class picks the backend.
	 */
	@TestPropertySource(properties = { "queue.tasks=12", "queue.crash-worker=true", "queue.task-min=5ms",
			"queue.task-max=30ms", "queue.heartbeat-interval=50ms", "queue.heartbeat-expiry=300ms",
			"queue.detector-interval=50ms", "queue.timeout=30s" })
	abstract static class Run {

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
	@SpringBootTest(properties = { "redipy.backend=memory", "spring.data.redis.port=1" })
	class OnMemory extends Run {

	}

	@Nested
	@SpringBootTest(properties = { "redipy.backend=memory", "spring.data.redis.port=1", "queue.kind=stream" })
	class StreamOnMemory extends Run {

	}

	@Nested
	@SpringBootTest(properties = "redipy.backend=redis")
	class OnRedis extends Run {

		@DynamicPropertySource
		static void redis(DynamicPropertyRegistry registry) {
			RedisServer server = RedisExtension.server();
			registry.add("spring.data.redis.host", server::host);
			registry.add("spring.data.redis.port", server::port);
			registry.add("redipy.key-prefix", () -> PREFIX);
		}

	}

	@Nested
	@SpringBootTest(properties = "redipy.backend=redis")
	class OnRedisCluster extends Run {

		@DynamicPropertySource
		static void redis(DynamicPropertyRegistry registry) {
			// the queue's keys carry a hash tag, so they share one slot under any prefix
			registry.add("spring.data.redis.cluster.nodes", () -> RedisExtension.cluster().nodesProperty());
			registry.add("redipy.key-prefix", () -> PREFIX);
		}

	}

}
