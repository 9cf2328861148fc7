package io.redipy.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-process floor: GET and SET as a {@link HashMap} under one {@link ReentrantLock}
 * and as a {@link ConcurrentHashMap}, measured like {@link CommandBenchmark} (in forks
 * with the same fixed, touched heap:
 * {@code ... org.openjdk.jmh.Main MapBaselineBenchmark.set -p target=locked-hashmap -f 3 -jvmArgsPrepend '-Xms256m -Xmx256m -XX:+AlwaysPreTouch'}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MapBaselineBenchmark {

	/** The map: locked-hashmap or concurrent-hashmap. */
	@Param({ "locked-hashmap", "concurrent-hashmap" })
	public String target = "locked-hashmap";

	private final ReentrantLock lock = new ReentrantLock();

	private Map<String, String> map = new HashMap<>();

	private boolean locked;

	/**
	 * Creates the map and stores the key.
	 */
	@Setup
	public void open() {
		this.locked = this.target.equals("locked-hashmap");
		this.map = this.locked ? new HashMap<>() : new ConcurrentHashMap<>();
		this.map.put("key", "value");
	}

	/**
	 * GET of an existing key.
	 * @return the value
	 */
	@Benchmark
	public @Nullable String get() {
		if (!this.locked) {
			return this.map.get("key");
		}
		this.lock.lock();
		try {
			return this.map.get("key");
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * SET of an existing key.
	 * @return the previous value
	 */
	@Benchmark
	public @Nullable String set() {
		if (!this.locked) {
			return this.map.put("key", "value");
		}
		this.lock.lock();
		try {
			return this.map.put("key", "value");
		}
		finally {
			this.lock.unlock();
		}
	}

}
