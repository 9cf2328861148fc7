package io.redipy.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.redipy.ConnectionException;

/**
 * Load for failover tests: kinds of calls, each made in a loop on a thread of its own,
 * before, during and after a server dies. A {@link ConnectionException} is counted and
 * the loop goes on; any other failure is a wrong answer, kept for the test to assert on.
 * After {@link #killed()}, each kind's first success is the moment it works again.
 */
public final class FailoverLoad implements AutoCloseable {

	/** A call, given how many times its loop ran before. */
	@FunctionalInterface
	public interface Call {

		/**
		 * Makes the call and checks its answer.
		 * @param i the loop's count
		 * @throws Exception if it fails
		 */
		void run(long i) throws Exception;

	}

	private final List<Thread> threads = new ArrayList<>();

	private final List<AtomicLong> recovered = new ArrayList<>();

	private final List<AtomicLong> successes = new ArrayList<>();

	private final List<Throwable> wrong = new CopyOnWriteArrayList<>();

	private final AtomicLong connectionFailures = new AtomicLong();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private volatile long killedAt = Long.MAX_VALUE;

	/**
	 * Adds a kind of call; it starts with {@link #start()}.
	 * @param name the kind, for its thread's name
	 * @param call the call
	 * @return this load
	 */
	public FailoverLoad add(String name, Call call) {
		AtomicLong firstAfterKill = new AtomicLong();
		AtomicLong done = new AtomicLong();
		this.recovered.add(firstAfterKill);
		this.successes.add(done);
		this.threads.add(new Thread(() -> {
			for (long i = 0; this.running.get(); i++) {
				try {
					call.run(i);
					done.incrementAndGet();
					long now = System.nanoTime();
					if (now > this.killedAt) {
						firstAfterKill.compareAndSet(0, now);
					}
				}
				catch (ConnectionException ex) {
					this.connectionFailures.incrementAndGet();
					pause();
				}
				catch (Throwable ex) {
					this.wrong.add(ex);
					pause();
				}
			}
		}, "failover-" + name));
		return this;
	}

	/**
	 * Starts every kind, and waits until each has succeeded at least once.
	 * @throws InterruptedException if interrupted
	 */
	public void start() throws InterruptedException {
		this.threads.forEach(Thread::start);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.successes.stream().anyMatch((done) -> done.get() == 0) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
	}

	/** Notes that the server just died: the successes after this one count. */
	public void killed() {
		this.killedAt = System.nanoTime();
	}

	/**
	 * Waits until every kind has succeeded after the kill.
	 * @param bound how long to wait at most
	 * @return how long after the kill the last kind worked again, or null if one did not
	 * within the bound
	 * @throws InterruptedException if interrupted
	 */
	public Duration awaitRecovery(Duration bound) throws InterruptedException {
		long deadline = this.killedAt + bound.toNanos();
		while (System.nanoTime() < deadline) {
			if (this.recovered.stream().allMatch((at) -> at.get() != 0)) {
				long last = this.recovered.stream().mapToLong(AtomicLong::get).max().orElseThrow();
				return Duration.ofNanos(last - this.killedAt);
			}
			Thread.sleep(20);
		}
		return null;
	}

	/**
	 * Returns the failures that were not a {@link ConnectionException}.
	 * @return the wrong answers
	 */
	public List<Throwable> wrong() {
		return this.wrong;
	}

	/**
	 * Returns how many calls failed with a {@link ConnectionException}.
	 * @return the count
	 */
	public long connectionFailures() {
		return this.connectionFailures.get();
	}

	/**
	 * Returns the time since the kill.
	 * @param at a {@link System#nanoTime()}
	 * @return milliseconds from the kill to it
	 */
	public long millisAfterKill(long at) {
		return TimeUnit.NANOSECONDS.toMillis(at - this.killedAt);
	}

	/** Stops the loops and waits for them. */
	@Override
	public void close() throws InterruptedException {
		this.running.set(false);
		for (Thread thread : this.threads) {
			thread.join(10_000);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
