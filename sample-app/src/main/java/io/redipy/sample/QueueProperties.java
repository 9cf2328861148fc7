package io.redipy.sample;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the task-queue demo ({@code queue.*}). The setters reject values the demo
 * cannot run with (no workers, a negative count, a zero or negative interval), so that
 * Spring Boot fails at startup naming the property instead of a worker thread dying of it
 * or the producer waiting out its timeout for workers that do not exist.
 */
@ConfigurationProperties("queue")
public class QueueProperties {

	/**
	 * What this process does: single (producer, workers and detector in one process),
	 * producer (enqueue, detect stale workers, wait for completion) or worker.
	 */
	private Mode mode = Mode.SINGLE;

	/**
	 * The queue's design: a sorted set with heartbeats, or a stream with a consumer group
	 * (where an entry pending longer than the heartbeat expiry is taken over).
	 */
	private Kind kind = Kind.SORTED_SET;

	/**
	 * How many tasks the producer enqueues.
	 */
	private int tasks = 30;

	/**
	 * How many worker threads the single mode starts.
	 */
	private int workers = 3;

	/**
	 * How often a worker refreshes its heartbeat.
	 */
	private Duration heartbeatInterval = Duration.ofMillis(200);

	/**
	 * How long a heartbeat lives without refresh; a worker silent for longer is lost.
	 */
	private Duration heartbeatExpiry = Duration.ofMillis(1000);

	/**
	 * How often the detector looks for tasks of lost workers.
	 */
	private Duration detectorInterval = Duration.ofMillis(300);

	/**
	 * Shortest time a task takes (its payload).
	 */
	private Duration taskMin = Duration.ofMillis(30);

	/**
	 * Longest time a task takes.
	 */
	private Duration taskMax = Duration.ofMillis(200);

	/**
	 * Whether one worker thread dies in the middle of its first task (single mode).
	 */
	private boolean crashWorker;

	/**
	 * How long the producer waits for every task to complete before giving up.
	 */
	private Duration timeout = Duration.ofSeconds(60);

	/** Heartbeat expiries go to Redis in milliseconds, where 0 is an error. */
	private static Duration atLeastOneMilli(String name, Duration duration) {
		if (duration.toMillis() < 1) {
			throw new IllegalArgumentException(name + " must be 1ms or more, was " + duration);
		}
		return duration;
	}

	private static Duration notNegative(String name, Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException(name + " must not be negative, was " + duration);
		}
		return duration;
	}

	/** The modes. */
	public enum Mode {

		/** Everything in one process. */
		SINGLE,
		/** Enqueue tasks, recover lost ones, wait for completion. */
		PRODUCER,
		/** Work on tasks until the producer is done. */
		WORKER

	}

	/** The queue's designs. */
	public enum Kind {

		/**
		 * A sorted set of task ids, a hash of payloads, heartbeats (the seed article's).
		 */
		SORTED_SET,
		/** A stream read through a consumer group; lost entries are claimed back. */
		STREAM

	}

	/**
	 * Returns the queue's design.
	 * @return the value
	 */
	public Kind getKind() {
		return this.kind;
	}

	/**
	 * Sets the queue's design.
	 * @param kind the value
	 */
	public void setKind(Kind kind) {
		this.kind = java.util.Objects.requireNonNull(kind, "kind");
	}

	/**
	 * Returns mode.
	 * @return the value
	 */
	public Mode getMode() {
		return this.mode;
	}

	/**
	 * Sets mode.
	 * @param mode the value
	 */
	public void setMode(Mode mode) {
		this.mode = mode;
	}

	/**
	 * Returns tasks.
	 * @return the value
	 */
	public int getTasks() {
		return this.tasks;
	}

	/**
	 * Sets tasks.
	 * @param tasks the value
	 */
	public void setTasks(int tasks) {
		if (tasks < 0) {
			throw new IllegalArgumentException("queue.tasks must be 0 or more, was " + tasks);
		}
		this.tasks = tasks;
	}

	/**
	 * Returns workers.
	 * @return the value
	 */
	public int getWorkers() {
		return this.workers;
	}

	/**
	 * Sets workers.
	 * @param workers the value
	 */
	public void setWorkers(int workers) {
		if (workers < 1) {
			throw new IllegalArgumentException("queue.workers must be 1 or more, was " + workers);
		}
		this.workers = workers;
	}

	/**
	 * Returns heartbeatInterval.
	 * @return the value
	 */
	public Duration getHeartbeatInterval() {
		return this.heartbeatInterval;
	}

	/**
	 * Sets heartbeatInterval.
	 * @param heartbeatInterval the value
	 */
	public void setHeartbeatInterval(Duration heartbeatInterval) {
		this.heartbeatInterval = atLeastOneMilli("queue.heartbeat-interval", heartbeatInterval);
	}

	/**
	 * Returns heartbeatExpiry.
	 * @return the value
	 */
	public Duration getHeartbeatExpiry() {
		return this.heartbeatExpiry;
	}

	/**
	 * Sets heartbeatExpiry.
	 * @param heartbeatExpiry the value
	 */
	public void setHeartbeatExpiry(Duration heartbeatExpiry) {
		this.heartbeatExpiry = atLeastOneMilli("queue.heartbeat-expiry", heartbeatExpiry);
	}

	/**
	 * Returns detectorInterval.
	 * @return the value
	 */
	public Duration getDetectorInterval() {
		return this.detectorInterval;
	}

	/**
	 * Sets detectorInterval.
	 * @param detectorInterval the value
	 */
	public void setDetectorInterval(Duration detectorInterval) {
		this.detectorInterval = atLeastOneMilli("queue.detector-interval", detectorInterval);
	}

	/**
	 * Returns taskMin.
	 * @return the value
	 */
	public Duration getTaskMin() {
		return this.taskMin;
	}

	/**
	 * Sets taskMin.
	 * @param taskMin the value
	 */
	public void setTaskMin(Duration taskMin) {
		this.taskMin = notNegative("queue.task-min", taskMin);
	}

	/**
	 * Returns taskMax.
	 * @return the value
	 */
	public Duration getTaskMax() {
		return this.taskMax;
	}

	/**
	 * Sets taskMax.
	 * @param taskMax the value
	 */
	public void setTaskMax(Duration taskMax) {
		this.taskMax = notNegative("queue.task-max", taskMax);
	}

	/**
	 * Returns crashWorker.
	 * @return the value
	 */
	public boolean isCrashWorker() {
		return this.crashWorker;
	}

	/**
	 * Sets crashWorker.
	 * @param crashWorker the value
	 */
	public void setCrashWorker(boolean crashWorker) {
		this.crashWorker = crashWorker;
	}

	/**
	 * Returns timeout.
	 * @return the value
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

	/**
	 * Sets timeout.
	 * @param timeout the value
	 */
	public void setTimeout(Duration timeout) {
		this.timeout = atLeastOneMilli("queue.timeout", timeout);
	}

}
