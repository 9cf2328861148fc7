package io.redipy.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.redipy.Redipy;
import io.redipy.RedipyClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * GET on the memory backend against a {@link HashMap} under one lock, measured in one
 * run. Run with
 * {@code ./mvnw -q -pl redipy-benchmarks -am package -DskipTests && java -cp ... org.openjdk.jmh.Main GetBenchmark}
 * (the benchmarks issue adds the one-command harness).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GetBenchmark {

	private final ReentrantLock lock = new ReentrantLock();

	private final Map<String, String> map = new HashMap<>();

	private RedipyClient memory;

	/**
	 * Fills both stores with the same key.
	 */
	@Setup
	public void setUp() {
		this.memory = Redipy.memory();
		this.memory.set("key", "value");
		this.map.put("key", "value");
	}

	/**
	 * The baseline: a locked {@link HashMap} get.
	 * @return the value
	 */
	@Benchmark
	public String lockedHashMap() {
		this.lock.lock();
		try {
			return this.map.get("key");
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * redipy's memory backend GET.
	 * @return the value
	 */
	@Benchmark
	public String memoryGet() {
		return this.memory.get("key");
	}

}
