package io.redipy.sample;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The queue settings refuse values the demo cannot run with, naming the property.
 */
class QueuePropertiesTests {

	private final QueueProperties properties = new QueueProperties();

	@Test
	void countsMustBeUsable() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.properties.setWorkers(0))
			.withMessage("queue.workers must be 1 or more, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> this.properties.setTasks(-1))
			.withMessage("queue.tasks must be 0 or more, was -1");
		this.properties.setTasks(0);
		this.properties.setWorkers(1);
		assertThat(this.properties.getTasks()).isZero();
		assertThat(this.properties.getWorkers()).isOne();
	}

	@Test
	void intervalsAndTimeoutMustLastAMillisecond() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.properties.setHeartbeatInterval(Duration.ofSeconds(-1)))
			.withMessageStartingWith("queue.heartbeat-interval must be 1ms or more");
		assertThatIllegalArgumentException().isThrownBy(() -> this.properties.setHeartbeatExpiry(Duration.ofNanos(999)))
			.withMessageStartingWith("queue.heartbeat-expiry must be 1ms or more");
		assertThatIllegalArgumentException().isThrownBy(() -> this.properties.setDetectorInterval(Duration.ZERO))
			.withMessageStartingWith("queue.detector-interval must be 1ms or more");
		assertThatIllegalArgumentException().isThrownBy(() -> this.properties.setTimeout(Duration.ZERO))
			.withMessageStartingWith("queue.timeout must be 1ms or more");
	}

	@Test
	void taskDurationsMayBeZeroButNotNegative() {
		this.properties.setTaskMin(Duration.ZERO);
		assertThat(this.properties.getTaskMin()).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> this.properties.setTaskMax(Duration.ofMillis(-1)))
			.withMessageStartingWith("queue.task-max must not be negative");
	}

}
