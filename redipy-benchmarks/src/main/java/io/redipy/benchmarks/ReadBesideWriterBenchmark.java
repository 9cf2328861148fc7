package io.redipy.benchmarks;

import java.util.concurrent.TimeUnit;

import io.redipy.Redipy;
import io.redipy.RedipyClient;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * GET on the memory backend, one thread reading 1,024 keys, while another thread writes a
 * key of its own: how much the reads lose to a writer of other keys. Variants: no writer;
 * a writer that sets its key about every 0.3 µs (an application thread that writes now
 * and then); a writer that sets it in a tight loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReadBesideWriterBenchmark {

	private static final int KEYS = 1024;

	/** Which writer runs beside the reads. */
	@Param({ "alone", "writer", "busy-writer" })
	public String variant = "alone";

	private final String[] keys = new String[KEYS];

	private int next;

	private @Nullable RedipyClient client;

	private @Nullable Thread writer;

	private volatile boolean stopped;

	/**
	 * Fills the keys and starts the writer.
	 */
	@Setup
	public void open() {
		RedipyClient opened = Redipy.memory();
		for (int i = 0; i < KEYS; i++) {
			this.keys[i] = "key:" + i;
			opened.set(this.keys[i], "value:" + i);
		}
		this.client = opened;
		if (!this.variant.equals("alone")) {
			long pauseNanos = this.variant.equals("writer") ? 300 : 0;
			Thread thread = new Thread(() -> write(opened, pauseNanos), "writer");
			thread.setDaemon(true);
			thread.start();
			this.writer = thread;
		}
	}

	private void write(RedipyClient store, long pauseNanos) {
		long n = 0;
		while (!this.stopped) {
			store.set("written", Long.toString(n++ & 1023));
			long until = System.nanoTime() + pauseNanos;
			while (pauseNanos > 0 && System.nanoTime() < until) {
				Thread.onSpinWait();
			}
		}
	}

	/**
	 * Stops the writer and closes the store.
	 * @throws InterruptedException if interrupted while waiting for the writer
	 */
	@TearDown
	public void close() throws InterruptedException {
		this.stopped = true;
		if (this.writer != null) {
			this.writer.join();
		}
		if (this.client != null) {
			this.client.close();
		}
	}

	/**
	 * GET of the next key.
	 * @return its value
	 */
	@Benchmark
	public @Nullable String get() {
		RedipyClient store = this.client;
		if (store == null) {
			throw new IllegalStateException("Not set up");
		}
		int i = this.next;
		this.next = (i + 1) & (KEYS - 1);
		return store.get(this.keys[i]);
	}

}
