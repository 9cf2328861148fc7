package io.redipy.test;

import java.time.Duration;
import java.util.Map;

import io.redipy.RedipyClient;
import io.redipy.script.Script;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the contract suites: each abstract suite (one per command group) is
 * extended once per backend, and every test runs against an empty keyspace.
 *
 * <p>
 * Expiry tests use {@link #advance(Duration)}: the memory store's clock moves, Redis
 * really waits, so keep such durations short (tens of milliseconds).
 */
public abstract class ContractTestSupport {

	/** The client under test, with no key prefix, on an empty keyspace. */
	protected RedipyClient client;

	private Backend backend;

	/**
	 * Registers a script with the client under test and calls it.
	 * @param <R> the script's result type
	 * @param script the script
	 * @param keys its keys by declared name
	 * @param args its arguments by declared name
	 * @return the result
	 */
	protected <R> R run(Script<R> script, Map<String, String> keys, Map<String, ?> args) {
		return this.client.register(script).call(keys, args);
	}

	/**
	 * Registers a script without keys or arguments with the client under test and calls
	 * it.
	 * @param <R> the script's result type
	 * @param script the script
	 * @return the result
	 */
	protected <R> R run(Script<R> script) {
		return run(script, Map.of(), Map.of());
	}

	/**
	 * Returns a new backend of the kind this subclass tests.
	 * @return the backend
	 */
	protected abstract Backend createBackend();

	@BeforeEach
	void openBackend() {
		this.backend = createBackend();
		this.client = this.backend.client("");
		this.client.flushall();
	}

	@AfterEach
	void closeBackend() {
		if (this.backend != null) {
			this.backend.close();
		}
	}

	/**
	 * Returns the backend under test.
	 * @return the backend
	 */
	protected Backend backend() {
		return this.backend;
	}

	/**
	 * Lets time pass on the backend.
	 * @param duration how long
	 */
	protected void advance(Duration duration) {
		this.backend.advance(duration);
	}

	/**
	 * Returns whether the backend is the memory store.
	 * @return whether it is
	 */
	protected boolean isMemory() {
		return "memory".equals(this.backend.name());
	}

}
