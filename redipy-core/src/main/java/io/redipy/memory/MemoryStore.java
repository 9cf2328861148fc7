package io.redipy.memory;

import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import io.redipy.RedipyClient;
import io.redipy.RedipyException;
import io.redipy.api.Args;
import io.redipy.script.interp.Interpreter;
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

	private final StoreLock lock = new StoreLock();

	/**
	 * How often a command that changes nothing tries to read without the lock before it
	 * takes the lock: a writer's section lasts tens of nanoseconds, so a read that met
	 * one usually succeeds at the next try, where taking the lock would contend with the
	 * writer for it (measured, GET beside a thread writing another key every 0.3 µs:
	 * 36-115 ns per GET with one try, 13-22 ns with 8).
	 */
	private static final int READ_ATTEMPTS = 8;

	/** What scripts read of the store: its clock and their time limit. */
	private final Interpreter.Host scriptHost = new Interpreter.Host() {

		@Override
		public long nowMillis() {
			return MemoryStore.this.clock.millis();
		}

		@Override
		public long timeLimitNanos() {
			return MemoryStore.this.scriptTimeLimitNanos();
		}

	};

	private final Db db;

	/** The state as read-only commands see it without the lock. */
	private final Db readView;

	private final InstantSource clock;

	private final PubSub pubSub = new PubSub();

	/** Blocked calls, in the order they started to wait; guarded by the lock. */
	private final ArrayDeque<Waiter<?>> waiters = new ArrayDeque<>();

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
		this.readView = this.db.readView();
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
		return new MemoryClient(this, Args.keyPrefix(keyPrefix));
	}

	Interpreter.Host scriptHost() {
		return this.scriptHost;
	}

	PubSub pubSub() {
		return this.pubSub;
	}

	<T> T execute(Op<T> op) {
		this.lock.lock();
		try {
			T result = op.run(this.db);
			this.db.sweep(SWEEP_BUDGET);
			serveWaiters();
			return result;
		}
		finally {
			this.db.release();
			this.lock.unlock();
		}
	}

	/**
	 * Runs a command that changes nothing: first without the lock on a consistent view,
	 * so that reads on several threads run in parallel, trying again (a few times) if a
	 * writer took the lock meanwhile, and under the lock if none of the tries saw a
	 * consistent view or the command must change something after all (it met an expired
	 * key, which is deleted as it is read).
	 */
	<T> T read(Op<T> op) {
		for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
			long stamp = this.lock.readStamp();
			if (stamp < 0) {
				// a writer is in its section: commands are short, wait for its end
				Thread.onSpinWait();
				continue;
			}
			T result;
			try {
				result = op.run(this.readView);
				// due keys are reclaimed by commands: then this one runs under the lock
				this.readView.sweep(SWEEP_BUDGET);
			}
			catch (RuntimeException ex) {
				// an error seen on a consistent view is the command's answer (WRONGTYPE);
				// anything else may come from a view torn by a writer
				if (ex == Db.NeedsLock.INSTANCE) {
					break;
				}
				if (this.lock.validate(stamp)) {
					throw ex;
				}
				continue;
			}
			if (this.lock.validate(stamp)) {
				return result;
			}
		}
		return execute(op);
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
			serveWaiters();
			return outcomes;
		}
		finally {
			this.db.release();
			this.lock.unlock();
		}
	}

	/**
	 * One try of a blocking command.
	 *
	 * @param <T> the result
	 */
	@FunctionalInterface
	interface Attempt<T> {

		/**
		 * Takes an element if one of the keys has one.
		 * @param db the state, under the lock
		 * @param strict whether a key of the wrong type is an error (the first try, as in
		 * Redis) or skipped (later tries, when Redis only serves keys of the right type)
		 * @return the result, or null when no key has an element
		 */
		@Nullable T run(Db db, boolean strict);

	}

	/** A blocked call; its fields are guarded by the store's lock. */
	private static final class Waiter<T> {

		final Attempt<T> attempt;

		final String[] keys;

		final Object owner;

		final Condition ready;

		@Nullable T result;

		@Nullable RuntimeException failure;

		boolean done;

		Waiter(Attempt<T> attempt, String[] keys, Object owner, Condition ready) {
			this.attempt = attempt;
			this.keys = keys;
			this.owner = owner;
			this.ready = ready;
		}

		boolean waitsOnAny(Set<String> stored) {
			for (String key : this.keys) {
				if (stored.contains(key)) {
					return true;
				}
			}
			return false;
		}

		/** Tries to serve this waiter; true if it is done. */
		boolean serve(Db db) {
			try {
				this.result = this.attempt.run(db, false);
				this.done = this.result != null;
			}
			catch (RuntimeException ex) {
				this.failure = ex;
				this.done = true;
			}
			if (this.done) {
				this.ready.signal();
			}
			return this.done;
		}

	}

	/**
	 * Serves blocked calls in the order they blocked, retrying only those waiting on a
	 * key that got a value since the last pass (a blocked call waits only on missing or
	 * wrong-typed keys, so nothing else can make it servable); repeats while serving
	 * stores more (a served move feeds its destination).
	 */
	private void serveWaiters() {
		if (this.waiters.isEmpty()) {
			return;
		}
		for (Set<String> stored = this.db.keyspace.drainStored(); !stored.isEmpty(); stored = this.db.keyspace
			.drainStored()) {
			for (var it = this.waiters.iterator(); it.hasNext();) {
				Waiter<?> waiter = it.next();
				if (waiter.waitsOnAny(stored) && waiter.serve(this.db)) {
					it.remove();
					this.db.keyspace.watch(waiter.keys, false);
				}
			}
		}
	}

	/**
	 * Runs a blocking command: tries at once, else waits (first come, first served) until
	 * a change by any client lets it take an element, the timeout passes, the thread is
	 * interrupted or the owner is closed.
	 * @param <T> the result
	 * @param attempt the command's try
	 * @param keys the keys the command takes from (with prefix)
	 * @param timeoutMillis how long to wait, 0 for ever
	 * @param owner the client, for {@link #cancel(Object)}
	 * @param ownerClosed whether the client is closed (then the call fails at once)
	 * @return the result, or null on timeout
	 */
	<T> @Nullable T block(Attempt<T> attempt, String[] keys, long timeoutMillis, Object owner,
			java.util.function.BooleanSupplier ownerClosed) {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		this.lock.lock();
		try {
			// checked under the lock: a close either sees this call's waiter or this
			// check sees the close
			if (ownerClosed.getAsBoolean()) {
				throw new RedipyException("the client is closed");
			}
			Waiter<T> waiter;
			try {
				T now = attempt.run(this.db, true);
				this.db.sweep(SWEEP_BUDGET);
				serveWaiters();
				if (now != null) {
					return now;
				}
				waiter = new Waiter<>(attempt, keys, owner, this.lock.newCondition());
				this.waiters.addLast(waiter);
				this.db.keyspace.watch(keys, true);
			}
			finally {
				this.db.release();
			}
			return await(waiter, timeoutMillis, deadline);
		}
		finally {
			this.lock.unlock();
		}
	}

	private <T> @Nullable T await(Waiter<T> waiter, long timeoutMillis, long deadline) {
		try {
			while (!waiter.done) {
				if (timeoutMillis == 0) {
					waiter.ready.await();
				}
				else {
					long left = deadline - System.nanoTime();
					if (left <= 0) {
						break;
					}
					waiter.ready.awaitNanos(left);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			if (!waiter.done) {
				removeWaiter(waiter);
				throw new RedipyException("interrupted while blocked", ex);
			}
			// served while being interrupted: keep the element, keep the interrupt
		}
		if (!waiter.done) {
			// timed out: no element was taken for this call
			removeWaiter(waiter);
			return null;
		}
		if (waiter.failure != null) {
			throw waiter.failure;
		}
		return waiter.result;
	}

	/**
	 * Returns how many calls wait in a blocking command (Redis's
	 * {@code blocked_clients}).
	 * @return the count
	 */
	public int blockedCalls() {
		this.lock.lock();
		try {
			return this.waiters.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void removeWaiter(Waiter<?> waiter) {
		if (this.waiters.remove(waiter)) {
			this.db.keyspace.watch(waiter.keys, false);
		}
	}

	/**
	 * Ends the blocked calls of a client that is closing (call after marking it closed):
	 * they fail at once.
	 * @param owner the client
	 */
	void cancel(Object owner) {
		this.lock.lock();
		try {
			for (var it = this.waiters.iterator(); it.hasNext();) {
				Waiter<?> waiter = it.next();
				if (waiter.owner == owner) {
					it.remove();
					this.db.keyspace.watch(waiter.keys, false);
					waiter.failure = new RedipyException("the client was closed while the call was blocked");
					waiter.done = true;
					waiter.ready.signal();
				}
			}
		}
		finally {
			this.lock.unlock();
		}
	}

}
