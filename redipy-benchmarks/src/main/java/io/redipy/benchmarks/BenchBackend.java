package io.redipy.benchmarks;

import io.redipy.Redipy;
import io.redipy.RedipyClient;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The client a benchmark measures, on the backend its {@code backend} parameter names: a
 * fresh memory store, or the harness's redis-server emptied first. Closing it closes the
 * connections too.
 *
 * @param client the client
 * @param factory the Redis connections, or null on memory
 */
record BenchBackend(RedipyClient client, @Nullable LettuceConnectionFactory factory) implements AutoCloseable {

	/**
	 * Opens the backend.
	 * @param memory whether to open a memory store rather than the harness's Redis
	 * @return the backend
	 */
	static BenchBackend open(boolean memory) {
		if (memory) {
			return new BenchBackend(Redipy.memory(), null);
		}
		LettuceConnectionFactory factory = BenchRedis.connectionFactory();
		RedipyClient client = Redipy.redis(factory);
		client.flushall();
		return new BenchBackend(client, factory);
	}

	/**
	 * Returns the client of a backend a benchmark has opened.
	 * @param backend the backend, null before set-up
	 * @return its client
	 */
	static RedipyClient client(@Nullable BenchBackend backend) {
		if (backend == null) {
			throw new IllegalStateException("Not set up");
		}
		return backend.client();
	}

	/**
	 * Closes a backend a benchmark has opened, if it has.
	 * @param backend the backend, null if set-up failed before opening it
	 */
	static void close(@Nullable BenchBackend backend) {
		if (backend != null) {
			backend.close();
		}
	}

	@Override
	public void close() {
		this.client.close();
		if (this.factory != null) {
			this.factory.destroy();
		}
	}

}
