package io.redipy.test;

import java.time.Duration;

import io.redipy.RedipyClient;
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
