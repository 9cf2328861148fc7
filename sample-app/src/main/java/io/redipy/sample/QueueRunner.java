package io.redipy.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.redipy.RedipyClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Runs the demo in the configured mode and keeps the summary.
 */
final class QueueRunner implements ApplicationRunner {

	private final WorkQueue queue;

	private final QueueProperties properties;

	private final Events events = new Events(System.out);

	private final ObjectProvider<StringRedisTemplate> templates;

	private volatile Summary summary;

	private volatile long springCompletions = -1;

	QueueRunner(RedipyClient client, QueueProperties properties, ObjectProvider<StringRedisTemplate> templates) {
		this.queue = (properties.getKind() == QueueProperties.Kind.STREAM)
				? new StreamTaskQueue(client, properties.getHeartbeatExpiry(), properties.getHeartbeatInterval())
				: new TaskQueue(client);
		this.properties = properties;
		this.templates = templates;
	}

	/**
	 * The outcome of a run.
	 *
	 * @param produced tasks enqueued
	 * @param completed tasks completed at least once
	 * @param recovered tasks put back after their worker was lost
	 * @param lost produced tasks never completed
	 * @param duplicates completions beyond the first
	 * @param elapsedMillis how long the run took
	 */
	record Summary(long produced, long completed, long recovered, long lost, long duplicates, long elapsedMillis) {

		@Override
		public String toString() {
			return "summary: produced=" + this.produced + " completed=" + this.completed + " recovered="
					+ this.recovered + " lost=" + this.lost + " duplicates=" + this.duplicates + " elapsed="
					+ String.format("%.1fs", this.elapsedMillis / 1000.0);
		}

	}

	Summary summary() {
		return this.summary;
	}

	/**
	 * Returns how many completions Spring's own {@code StringRedisTemplate} read from the
	 * hash redipy's script wrote, or -1 when the application has no template.
	 */
	long springCompletions() {
		return this.springCompletions;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		this.events.print("mode=" + this.properties.getMode().name().toLowerCase(java.util.Locale.ROOT) + " kind="
				+ this.properties.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " backend="
				+ this.queue.client().backend());
		switch (this.properties.getMode()) {
			case SINGLE -> single();
			case PRODUCER -> produceAndWait();
			case WORKER -> new Worker(this.queue, this.properties, this.events, false, this.queue::isFinished).run();
		}
	}

	private void single() throws InterruptedException {
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < this.properties.getWorkers(); i++) {
			boolean crash = this.properties.isCrashWorker() && i == 0;
			Thread worker = new Thread(
					new Worker(this.queue, this.properties, this.events, crash, this.queue::isFinished),
					"worker-thread-" + i);
			worker.start();
			threads.add(worker);
		}
		produceAndWait();
		for (Thread thread : threads) {
			thread.join(this.properties.getTimeout().toMillis());
		}
	}

	private void produceAndWait() {
		int tasks = this.properties.getTasks();
		long min = this.properties.getTaskMin().toMillis();
		long max = Math.max(min, this.properties.getTaskMax().toMillis());
		for (int i = 1; i <= tasks; i++) {
			String task = "task-" + i;
			double priority = ThreadLocalRandom.current().nextInt(1, 10);
			long millis = min + ThreadLocalRandom.current().nextLong(max - min + 1);
			this.queue.enqueue(task, priority, millis);
			this.events.print("enqueued " + task + " (priority " + (int) priority + ")");
		}
		long deadline = System.nanoTime() + this.properties.getTimeout().toNanos();
		while (this.queue.completions().size() < tasks && System.nanoTime() < deadline) {
			for (Map.Entry<String, String> entry : this.queue.busy().entrySet()) {
				if (this.queue.recoverIfLost(entry.getKey())) {
					this.events.print(entry.getValue() + " lost; " + entry.getKey() + " recovered into the queue");
				}
			}
			Worker.sleep(this.properties.getDetectorInterval());
		}
		this.queue.markFinished();
		Map<String, String> completions = this.queue.completions();
		long duplicates = completions.values().stream().mapToLong((count) -> Long.parseLong(count) - 1).sum();
		this.summary = new Summary(tasks, completions.size(), this.queue.recovered(), tasks - completions.size(),
				duplicates, this.events.elapsedMillis());
		System.out.println(this.summary);
		readThroughSpring();
	}

	/**
	 * Reads the completions again through Spring's {@code StringRedisTemplate}: on the
	 * memory backend it reaches the same store through the store's Redis endpoint, on
	 * Redis the same server, so the count is the summary's.
	 */
	private void readThroughSpring() {
		StringRedisTemplate template = this.templates.getIfAvailable();
		if (template == null) {
			return;
		}
		String key = this.queue.client().keyPrefix() + TaskQueue.COMPLETED;
		this.springCompletions = template.opsForHash().size(key);
		System.out.println("spring: StringRedisTemplate reads " + this.springCompletions + " completions from '" + key
				+ "', the hash redipy wrote" + ("memory".equals(this.queue.client().backend())
						? " (through the memory store's Redis endpoint)" : ""));
	}

}
