package io.redipy.benchmarks;

import java.util.concurrent.TimeUnit;

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
 * HyperLogLogs through redipy's API on both backends, each starting dense (100,000
 * elements added): {@code PFADD} of one element at a time, the elements cycling through
 * 2^18 distinct ones, so that a register grows now and then (and the estimate cached in
 * the value goes stale) as in a counter of distinct visitors; and {@code PFCOUNT} of
 * another HyperLogLog whose estimate is cached, the common read. A PFCOUNT after a change
 * recomputes the estimate from the 16,384 registers, tens of microseconds on either
 * backend; that case is not measured here.
 *
 * <p>
 * {@code java -jar redipy-benchmarks/target/benchmarks.jar HyperLogLogBenchmark
 * -Dredipy.bench.redis=127.0.0.1:PORT}, or {@code --only hyperloglog} through
 * {@link Compare}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HyperLogLogBenchmark {

	static final String ADDED = "hll:added";

	static final String COUNTED = "hll:counted";

	private static final int FILL = 100_000;

	private static final int RING = 1 << 18;

	/** The backend: memory or redis. */
	@Param({ "memory", "redis" })
	public String backend = "memory";

	private final String[] elements = new String[RING];

	private int next;

	private @Nullable BenchBackend bench;

	/**
	 * Opens the backend and fills both HyperLogLogs (dense), the second with its estimate
	 * cached; checks the estimate.
	 */
	@Setup
	public void open() {
		this.bench = BenchBackend.open(this.backend.equals("memory"));
		RedipyClient opened = this.bench.client();
		for (int i = 0; i < RING; i++) {
			this.elements[i] = "visitor:" + i;
		}
		String[] fill = new String[FILL];
		for (int i = 0; i < FILL; i++) {
			fill[i] = "seen:" + i;
		}
		opened.pfadd(ADDED, fill);
		opened.pfadd(COUNTED, fill);
		long estimate = opened.pfcount(COUNTED);
		if (Math.abs(estimate - FILL) > FILL / 20 || opened.strlen(COUNTED) != 12304) {
			throw new IllegalStateException("PFCOUNT estimated " + estimate + " of " + FILL);
		}
	}

	/** Closes the backend. */
	@TearDown
	public void close() {
		RedipyClient opened = client();
		try {
			if (opened.pfcount(COUNTED) <= 0) {
				throw new IllegalStateException("The counted HyperLogLog is gone");
			}
		}
		finally {
			BenchBackend.close(this.bench);
		}
	}

	private RedipyClient client() {
		return BenchBackend.client(this.bench);
	}

	/**
	 * One element added ({@code PFADD key element}).
	 * @return whether a register changed
	 */
	@Benchmark
	public boolean pfadd() {
		String element = this.elements[this.next];
		this.next = (this.next + 1) & (RING - 1);
		return client().pfadd(ADDED, element);
	}

	/**
	 * The cached estimate read ({@code PFCOUNT key}).
	 * @return the estimate
	 */
	@Benchmark
	public long pfcount() {
		return client().pfcount(COUNTED);
	}

}
