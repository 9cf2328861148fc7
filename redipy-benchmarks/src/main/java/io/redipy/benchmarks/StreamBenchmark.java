package io.redipy.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.redipy.RedipyClient;
import io.redipy.api.StreamAddOptions;
import io.redipy.api.StreamEntry;
import io.redipy.api.StreamReadOptions;
import io.redipy.api.StreamTrim;
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
 * A stream used as a work queue, one message at a time through redipy's API, on both
 * backends: {@code XADD} of a one-field entry,
 * {@code XREADGROUP ... COUNT 1 STREAMS key >} by a consumer of a group, which gets that
 * entry, and {@code XACK} of it. The stream stays bounded
 * ({@code XADD ... MAXLEN ~ 1000}) and the group's pending list empty, so the data, and
 * the memory it takes, stay the same size however long the benchmark runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StreamBenchmark {

	static final String KEY = "stream:bench";

	static final String GROUP = "workers";

	static final String CONSUMER = "worker-1";

	/** XADD with an id from the clock, trimmed to about 1,000 entries. */
	static final StreamAddOptions ADD = StreamAddOptions.none().trim(StreamTrim.maxLen(1000).approximate());

	static final Map<String, String> FIELDS = Map.of("payload", "value");

	static final StreamReadOptions READ_ONE = StreamReadOptions.none().count(1);

	static final Map<String, String> NEW_ENTRIES = Map.of(KEY, ">");

	/** The backend: memory or redis. */
	@Param({ "memory", "redis" })
	public String backend = "memory";

	private @Nullable BenchBackend bench;

	/**
	 * Opens the backend, creates the group on an empty stream, and checks one message
	 * round.
	 */
	@Setup
	public void open() {
		this.bench = BenchBackend.open(this.backend.equals("memory"));
		RedipyClient opened = this.bench.client();
		opened.xgroupCreate(KEY, GROUP, "$", true, -1);
		String added = opened.xadd(KEY, ADD, FIELDS);
		Map<String, List<StreamEntry<String, String>>> read = opened.xreadgroup(GROUP, CONSUMER, READ_ONE, NEW_ENTRIES);
		List<StreamEntry<String, String>> entries = read.get(KEY);
		if (added == null || entries == null || entries.size() != 1 || !entries.get(0).id().equals(added)
				|| !"value".equals(entries.get(0).get("payload")) || opened.xack(KEY, GROUP, added) != 1) {
			throw new IllegalStateException("XADD " + added + ", XREADGROUP read " + read);
		}
	}

	/**
	 * Checks that the stream stayed bounded and nothing is left pending, then closes the
	 * backend.
	 */
	@TearDown
	public void close() {
		RedipyClient opened = client();
		long length = opened.xlen(KEY);
		long pending = opened.xpending(KEY, GROUP).count();
		try {
			if (length > 2000 || pending != 0) {
				throw new IllegalStateException(
						"The stream holds " + length + " entries and " + pending + " pending ones");
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
	 * One message: added, read by the group's consumer, acknowledged.
	 * @return how many entries the XACK acknowledged (1)
	 */
	@Benchmark
	public long message() {
		RedipyClient redipy = client();
		String id = redipy.xadd(KEY, ADD, FIELDS);
		Map<String, List<StreamEntry<String, String>>> read = redipy.xreadgroup(GROUP, CONSUMER, READ_ONE, NEW_ENTRIES);
		List<StreamEntry<String, String>> entries = read.get(KEY);
		if (id == null || entries == null) {
			throw new IllegalStateException("XADD " + id + ", XREADGROUP read " + read);
		}
		return redipy.xack(KEY, GROUP, entries.get(0).id());
	}

}
