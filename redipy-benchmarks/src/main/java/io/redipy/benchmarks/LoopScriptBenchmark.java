package io.redipy.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.script.IntExpr;
import io.redipy.script.Kind;
import io.redipy.script.RegisteredScript;
import io.redipy.script.Script;
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
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static io.redipy.script.Dsl.lit;

/**
 * A loop-heavy script (1,000 rounds of integer arithmetic, no commands) on both backends:
 * what the memory interpreter costs where Lua would do the work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoopScriptBenchmark {

	/** Rounds of the loop. */
	static final long ROUNDS = 1000;

	/** acc = (acc * 31 + i) mod 1000003 for i in [0, n). */
	static final Script<Long> LOOP = Script.define("hash_loop", Kind.INTEGER, (s) -> {
		IntExpr n = s.arg("n", Kind.INTEGER);
		IntExpr i = s.let("i", lit(0));
		IntExpr acc = s.let("acc", lit(0));
		s.whileLoop(i.lt(n), (body) -> {
			body.assign(acc, acc.times(lit(31)).plus(i).mod(lit(1000003)));
			body.assign(i, i.plus(1));
		});
		s.returns(acc);
	});

	/** The backend: memory or redis. */
	@Param({ "memory", "redis" })
	public String backend = "memory";

	private @Nullable RedipyClient client;

	private @Nullable LettuceConnectionFactory factory;

	private @Nullable RegisteredScript<Long> script;

	/**
	 * Opens the backend and registers the script, checking its result once.
	 */
	@Setup
	public void open() {
		if (this.backend.equals("memory")) {
			this.client = Redipy.memory();
		}
		else {
			this.factory = BenchRedis.connectionFactory();
			this.client = Redipy.redis(this.factory);
		}
		this.script = this.client.register(LOOP);
		Long result = run();
		if (result == null || result != expected()) {
			throw new IllegalStateException("hash_loop returned " + result + ", expected " + expected());
		}
	}

	private static long expected() {
		long acc = 0;
		for (long i = 0; i < ROUNDS; i++) {
			acc = (acc * 31 + i) % 1000003;
		}
		return acc;
	}

	/**
	 * Closes the backend.
	 */
	@TearDown
	public void close() {
		if (this.client != null) {
			this.client.close();
		}
		if (this.factory != null) {
			this.factory.destroy();
		}
	}

	/**
	 * Runs the script once.
	 * @return its result
	 */
	@Benchmark
	public @Nullable Long run() {
		RegisteredScript<Long> registered = this.script;
		if (registered == null) {
			throw new IllegalStateException("Not set up");
		}
		return registered.call(Map.of(), Map.of("n", ROUNDS));
	}

}
