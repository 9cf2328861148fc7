package io.redipy.memory;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import io.redipy.RedipyClient;
import org.jspecify.annotations.Nullable;

/**
 * An in-process store with Redis's semantics: the memory backend.
 *
 * <p>
 * Every command and every batch runs under one lock, so each is atomic with respect to
 * all others (linearizable). Time comes from an {@link InstantSource}, so a test can move
 * it; expired keys are removed when touched and, a few at a time, by every command
 * (active expiry), so they do not pile up.
 *
 * <p>
 * Several clients may share a store, for example with different key prefixes. The store
 * holds no thread and needs no closing.
 */
public final class MemoryStore {

	/** How many due keys one command removes on the side. */
	private static final int SWEEP_BUDGET = 16;

	private final ReentrantLock lock = new ReentrantLock();

	private final Db db;

	private final InstantSource clock;

	/**
	 * Creates an empty store on the system clock.
	 */
	public MemoryStore() {
		this(InstantSource.system());
	}

	/**
	 * Creates an empty store on a clock.
	 * @param clock where the store reads the time
	 */
	public MemoryStore(InstantSource clock) {
		this(clock, DEFAULT_SCRIPT_TIME_LIMIT);
	}

	/**
	 * Creates an empty store on a clock, with a time limit for scripts.
	 * @param clock where the store reads the time
	 * @param scriptTimeLimit how long a script may run before it is stopped (Redis's
	 * {@code lua-time-limit} is 5 s by default; Redis then answers other clients BUSY)
	 */
	public MemoryStore(InstantSource clock, java.time.Duration scriptTimeLimit) {
		this.clock = Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(scriptTimeLimit, "scriptTimeLimit");
		if (scriptTimeLimit.isNegative() || scriptTimeLimit.isZero()) {
			throw new IllegalArgumentException("scriptTimeLimit must be positive, was " + scriptTimeLimit);
		}
		this.scriptTimeLimitNanos = scriptTimeLimit.toNanos();
		RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create();
		this.db = new Db(clock, random);
	}

	/** How long a script may run by default: Redis's default {@code lua-time-limit}. */
	public static final java.time.Duration DEFAULT_SCRIPT_TIME_LIMIT = java.time.Duration.ofSeconds(5);

	private final long scriptTimeLimitNanos;

	long scriptTimeLimitNanos() {
		return this.scriptTimeLimitNanos;
	}

	/**
	 * Returns the clock the store reads.
	 * @return the clock
	 */
	public InstantSource clock() {
		return this.clock;
	}

	/**
	 * Returns a client on this store.
	 * @param keyPrefix the prefix of every key the client touches, empty for none
	 * @return a new client
	 */
	public RedipyClient client(String keyPrefix) {
		return new MemoryClient(this, Objects.requireNonNull(keyPrefix, "keyPrefix"));
	}

	<T> T execute(Op<T> op) {
		this.lock.lock();
		try {
			T result = op.run(this.db);
			this.db.sweep(SWEEP_BUDGET);
			return result;
		}
		finally {
			this.db.release();
			this.lock.unlock();
		}
	}

	List<@Nullable Object> executeAll(List<Op<?>> ops) {
		List<@Nullable Object> outcomes = new ArrayList<>(ops.size());
		this.lock.lock();
		try {
			for (Op<?> op : ops) {
				try {
					outcomes.add(op.run(this.db));
				}
				catch (RuntimeException ex) {
					outcomes.add(ex);
				}
			}
			this.db.sweep(SWEEP_BUDGET);
			return outcomes;
		}
		finally {
			this.db.release();
			this.lock.unlock();
		}
	}

}
