package io.redipy.sample;

import io.redipy.RedipyClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application starts on the memory backend and its runner does its work.
 */
@SpringBootTest
class SampleApplicationTests {

	@Autowired
	private RedipyClient client;

	@Test
	void startsOnMemoryAndRunsTheDemo() {
		assertThat(this.client.backend()).isEqualTo("memory");
		assertThat(this.client.lrange("queue", 0, -1)).containsExactly("task-2", "task-3");
	}

}
