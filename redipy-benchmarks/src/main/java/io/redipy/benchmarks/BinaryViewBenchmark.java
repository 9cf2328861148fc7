package io.redipy.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import io.redipy.RedipyClient;
import io.redipy.api.TypedCommands;
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
 * GET and SET of a 64-byte value on the memory backend, through the binary view
 * ({@link RedipyClient#binary()}, {@code byte[]} keys and values) against the String API
 * with the same bytes as text: what the byte view costs or saves. One thread, one key.
 *
 * <p>
 * {@code java -jar redipy-benchmarks/target/benchmarks.jar BinaryViewBenchmark}, or
 * {@code --only "binary view"} through {@link Compare}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BinaryViewBenchmark {

	private static final String KEY = "bin:key";

	private static final String VALUE = "v".repeat(48) + "0123456789abcdef";

	/** The API: {@code binary} (byte[]) or {@code string}. */
	@Param({ "binary", "string" })
	public String variant = "binary";

	private final byte[] key = KEY.getBytes(StandardCharsets.UTF_8);

	private final byte[] value = VALUE.getBytes(StandardCharsets.UTF_8);

	private @Nullable BenchBackend bench;

	private @Nullable TypedCommands<byte[], byte[]> binary;

	private boolean bytes;

	/** Opens a memory store and sets the key. */
	@Setup
	public void open() {
		this.bench = BenchBackend.open(true);
		this.binary = this.bench.client().binary();
		this.bytes = this.variant.equals("binary");
		this.bench.client().set(KEY, VALUE);
	}

	/** Checks the value (the same either way) and closes the store. */
	@TearDown
	public void close() {
		try {
			byte[] read = binary().get(this.key);
			if (!Arrays.equals(read, this.value) || !VALUE.equals(client().get(KEY))) {
				throw new IllegalStateException("The value is not the one set");
			}
		}
		finally {
			BenchBackend.close(this.bench);
		}
	}

	private RedipyClient client() {
		return BenchBackend.client(this.bench);
	}

	private TypedCommands<byte[], byte[]> binary() {
		if (this.binary == null) {
			throw new IllegalStateException("Not set up");
		}
		return this.binary;
	}

	/**
	 * The value read ({@code GET}).
	 * @return the value, as bytes or as text
	 */
	@Benchmark
	public @Nullable Object get() {
		return this.bytes ? binary().get(this.key) : client().get(KEY);
	}

	/** The value written ({@code SET}). */
	@Benchmark
	public void set() {
		if (this.bytes) {
			binary().set(this.key, this.value);
		}
		else {
			client().set(KEY, VALUE);
		}
	}

}
