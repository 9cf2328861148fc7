package io.redipy.sample;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * A worker: registers a unique id, keeps a heartbeat alive from its own thread, picks
 * tasks with the {@code pick_task} script, runs them (sleeps for their payload), and
 * finishes them in one batch. A crashing worker stops its heartbeat and abandons its task
 * mid-way, as a killed process would.
 */
final class Worker implements Runnable {

	private final WorkQueue queue;

	private final QueueProperties properties;

	private final Events events;

	private final boolean crash;

	private final BooleanSupplier done;

	private final AtomicBoolean beating = new AtomicBoolean(true);

	Worker(WorkQueue queue, QueueProperties properties, Events events, boolean crash, BooleanSupplier done) {
		this.queue = queue;
		this.properties = properties;
		this.events = events;
		this.crash = crash;
		this.done = done;
	}

	@Override
	public void run() {
		String id = this.queue.registerWorker("worker");
		Thread heartbeat = new Thread(() -> beat(id), id + "-heartbeat");
		heartbeat.setDaemon(true);
		this.queue.heartbeat(id, this.properties.getHeartbeatExpiry());
		heartbeat.start();
		this.events.print(id + " joined");
		try {
			while (!this.done.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
				List<String> picked = this.queue.pick(id);
				if (picked.isEmpty()) {
					sleep(Duration.ofMillis(20));
					continue;
				}
				String task = picked.get(0);
				long millis = Long.parseLong(picked.get(1));
				this.events.print(id + " started " + task + " (" + millis + " ms)");
				if (this.crash) {
					this.beating.set(false);
					this.events.print(id + " crashed while holding " + task);
					return;
				}
				sleep(Duration.ofMillis(millis));
				this.queue.finish(picked);
				this.events.print(id + " finished " + task);
			}
		}
		finally {
			this.beating.set(false);
			heartbeat.interrupt();
		}
	}

	private void beat(String id) {
		while (this.beating.get()) {
			this.queue.heartbeat(id, this.properties.getHeartbeatExpiry());
			if (!sleep(this.properties.getHeartbeatInterval())) {
				return;
			}
		}
	}

	static boolean sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
