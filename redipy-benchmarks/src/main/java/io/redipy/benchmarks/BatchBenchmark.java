package io.redipy.benchmarks;

import java.util.concurrent.TimeUnit;

import io.redipy.RedipyClient;
import io.redipy.api.Batch;
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
 * 100 SETs in one batch against 100 single SET calls, on both backends.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BatchBenchmark {

	private static final int SIZE = 100;

	private static final String[] KEYS = new String[SIZE];

	static {
		for (int i = 0; i < SIZE; i++) {
			KEYS[i] = "key:" + i;
		}
	}

	/** The backend: memory or redis. */
	@Param({ "memory", "redis" })
	public String backend = "memory";

	private @Nullable BenchBackend bench;

	/**
	 * Opens the backend.
	 */
	@Setup
	public void open() {
		this.bench = BenchBackend.open(this.backend.equals("memory"));
	}

	/**
	 * Closes the backend.
	 */
	@TearDown
	public void close() {
		BenchBackend.close(this.bench);
	}

	private RedipyClient client() {
		return BenchBackend.client(this.bench);
	}

	/**
	 * 100 SETs in one batch.
	 */
	@Benchmark
	public void batchOf100() {
		Batch batch = client().batch();
		for (String key : KEYS) {
			batch.set(key, "value");
		}
		batch.exec();
	}

	/**
	 * 100 single SET calls.
	 */
	@Benchmark
	public void singles100() {
		RedipyClient redipy = client();
		for (String key : KEYS) {
			redipy.set(key, "value");
		}
	}

}
