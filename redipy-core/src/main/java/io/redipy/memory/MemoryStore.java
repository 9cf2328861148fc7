package io.redipy.memory;

import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.random.RandomGenerator;

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
 * it; expired keys are removed when touched and, a few at a time, by every command, so
 * they do not pile up; a Redis endpoint of the store also removes them ten times a
 * second, as Redis's active expiry does.
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

	/** How many databases a store has: Redis's default {@code databases}. */
	public static final int DATABASES = 16;

	/** The databases, by index; {@code SWAPDB} swaps two entries. Guarded by the lock. */
	private final Db[] dbs = new Db[DATABASES];

	/**
	 * The databases as read-only commands see them without the lock, by index (swapped
	 * with {@link #dbs}).
	 */
	private final Db[] readViews = new Db[DATABASES];

	/** The time of the locked section, shared by the databases. */
	private final Db.Time time;

	private final Keyspace.RawMark raw = new Keyspace.RawMark();

	/**
	 * How deep the current locked section is nested (a transaction's commands take the
	 * lock again); guarded by the lock. Only the outermost section reads a new time,
	 * expires keys on the side and serves blocked calls.
	 */
	private int depth;

	private final InstantSource clock;

	private final PubSub pubSub = new PubSub();

	/** The keyspace notifications the store sends, off until {@code CONFIG SET}. */
	private final KeyEvents keyEvents = new KeyEvents(this.pubSub);

	/**
	 * Calls that hold no thread and are done, to complete once the lock is released;
	 * guarded by the lock.
	 */
	private final List<Waiter<?>> completed = new ArrayList<>();

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
		this(clock, scriptTimeLimit, false);
	}

	/**
	 * Creates an empty store on a clock, with a time limit for scripts, and with or
	 * without Redis Cluster's rules.
	 * @param clock where the store reads the time
	 * @param scriptTimeLimit how long a script may run before it is stopped
	 * @param clusterRules whether the store's clients refuse what a Redis Cluster refuses
	 * (commands, batches and scripts whose keys span hash slots, scripts that declare no
	 * keys) with the {@link io.redipy.CrossSlotException} the Redis backend throws on a
	 * cluster, so that a unit test finds it without a cluster
	 */
	public MemoryStore(InstantSource clock, java.time.Duration scriptTimeLimit, boolean clusterRules) {
		this.clusterRules = clusterRules;
		this.clock = Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(scriptTimeLimit, "scriptTimeLimit");
		if (scriptTimeLimit.isNegative() || scriptTimeLimit.isZero()) {
			throw new IllegalArgumentException("scriptTimeLimit must be positive, was " + scriptTimeLimit);
		}
		this.scriptTimeLimitNanos = scriptTimeLimit.toNanos();
		// SplittableRandom rather than RandomGeneratorFactory, whose service look-up of
		// the algorithms costs a fresh JVM tens of milliseconds
		RandomGenerator random = new SplittableRandom();
		this.time = new Db.Time(clock);
		for (int i = 0; i < DATABASES; i++) {
			this.dbs[i] = new Db(clock, random, this.time, this.raw, this.keyEvents, i);
			this.readViews[i] = this.dbs[i].readView();
		}
	}

	private final boolean clusterRules;

	/**
	 * Returns whether the store's clients apply Redis Cluster's rules.
	 * @return whether they do
	 */
	public boolean clusterRules() {
		return this.clusterRules;
	}

	/** The store's Lua, made when the first script comes; guarded by the lock. */
	private volatile @Nullable LuaScripting lua;

	/** Returns the store's Lua (call under the lock). */
	LuaScripting lua() {
		LuaScripting lua = this.lua;
		if (lua == null) {
			lua = new LuaScripting(this);
			this.lua = lua;
		}
		return lua;
	}

	/**
	 * Returns the BUSY error that other clients get while a Lua script runs past its time
	 * limit, or null; reads no lock.
	 */
	@Nullable String busyScript() {
		LuaScripting lua = this.lua;
		return (lua != null) ? lua.busy() : null;
	}

	/** Returns the store's Lua if a script ever came, without the lock. */
	@Nullable LuaScripting luaIfAny() {
		return this.lua;
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
	 * Returns the store as a Redis endpoint: a command engine that a RESP server (the
	 * {@code redipy-server} module) carries to any Redis client, on the store's
	 * {@link #DATABASES} databases. Every engine of a store sees the same data.
	 * @param password the password clients must give ({@code AUTH},
	 * {@code HELLO ... AUTH}), or null for none
	 * @return the engine
	 */
	public io.redipy.command.Engine engine(@Nullable String password) {
		return new Endpoint(this, password);
	}

	/**
	 * Returns a client on this store.
	 * @param keyPrefix the prefix of every key the client touches, empty for none
	 * @return a new client
	 */
	public RedipyClient client(String keyPrefix) {
		return client(keyPrefix, 0);
	}

	/**
	 * Returns a client on one of the store's databases, the one a Redis client reaches
	 * with {@code SELECT database} on the store's {@linkplain #engine(String) endpoint}.
	 * @param keyPrefix the prefix of every key the client touches, empty for none
	 * @param database the database, 0 to {@link #DATABASES} - 1
	 * @return a new client
	 * @throws IllegalArgumentException if the database is out of range
	 */
	public RedipyClient client(String keyPrefix, int database) {
		if (database < 0 || database >= DATABASES) {
			throw new IllegalArgumentException("database must be between 0 and " + (DATABASES - 1) + " (the store has "
					+ DATABASES + " databases, as Redis has by default): " + database);
		}
		return new MemoryClient(this, Args.keyPrefix(keyPrefix), database);
	}

	/**
	 * Returns whether the store ever held a byte string that is not UTF-8 (see
	 * {@link Keyspace#holdsRaw()}).
	 */
	boolean holdsRaw() {
		// one volatile read on every typed call: the mark itself, not through a database
		return this.raw.isSet();
	}

	/** Notes that a byte string that is not UTF-8 is about to be stored. */
	void noteRaw() {
		this.dbs[0].keyspace.noteRaw();
	}

	/**
	 * Returns a database; call under the lock (or for a read view, see {@link #read}).
	 * @param index 0 to {@link #DATABASES} - 1
	 */
	Db db(int index) {
		return this.dbs[index];
	}

	/** Swaps two databases ({@code SWAPDB}); call under the lock. */
	void swap(int a, int b) {
		Db db = this.dbs[a];
		this.dbs[a] = this.dbs[b];
		this.dbs[b] = db;
		this.dbs[a].id = a;
		this.dbs[b].id = b;
		Db view = this.readViews[a];
		this.readViews[a] = this.readViews[b];
		this.readViews[b] = view;
		this.readViews[a].id = a;
		this.readViews[b].id = b;
		// blocked calls on either may now find their keys
		this.dbs[a].keyspace.noteAllWatched();
		this.dbs[b].keyspace.noteAllWatched();
	}

	/** Runs an operation on database 0. */
	<T> T execute(Op<T> op) {
		return execute(0, op);
	}

	Interpreter.Host scriptHost() {
		return this.scriptHost;
	}

	PubSub pubSub() {
		return this.pubSub;
	}

	/**
	 * Returns the value of {@code notify-keyspace-events}, as Redis's {@code CONFIG GET}
	 * shows it.
	 */
	String notifyKeyspaceEvents() {
		return execute((db) -> KeyEvents.format(this.keyEvents.flags()));
	}

	/**
	 * Sets {@code notify-keyspace-events} from flags parsed by
	 * {@link KeyEvents#parse(String)}; later commands send the events.
	 */
	void notifyKeyspaceEvents(int flags) {
		execute((db) -> {
			this.keyEvents.flags(flags);
			return null;
		});
	}

	/**
	 * Removes due keys from every database, at most {@code budget} in each (Redis's
	 * active expiry cycle, which walks all databases): commands sweep only their own
	 * database, and only when there are commands.
	 */
	void expireDue(int budget) {
		Sweep sweep = new Sweep(budget);
		for (int index = 0; index < DATABASES; index++) {
			execute(index, sweep);
		}
	}

	/**
	 * Removes due keys of a database; a named class, as the server's start avoids
	 * lambdas.
	 */
	private record Sweep(int budget) implements Op<Void> {

		@Override
		public @Nullable Void run(Db db) {
			db.sweep(this.budget);
			return null;
		}

	}

	<T> T execute(int index, Op<T> op) {
		int depth = enter();
		List<Waiter<?>> done = null;
		try {
			Db db = this.dbs[index];
			T result = op.run(db);
			done = afterCommand(db, depth);
			return result;
		}
		finally {
			leave(done);
		}
	}

	/**
	 * Runs a command on one key that answers a number, with its arguments passed in (see
	 * {@link Op.OnKey}): the same locked section as {@link #execute(int, Op)}, without an
	 * object per call.
	 */
	<A extends @Nullable Object, B extends @Nullable Object> long execute(int index, Op.OnKey<A, B> op, String key, A a,
			B b, long n) {
		int depth = enter();
		List<Waiter<?>> done = null;
		try {
			Db db = this.dbs[index];
			long result = op.run(db, key, a, b, n);
			done = afterCommand(db, depth);
			return result;
		}
		finally {
			leave(done);
		}
	}

	/** Starts a locked section; returns how deep it is nested (1 for the outermost). */
	private int enter() {
		this.lock.lock();
		return ++this.depth;
	}

	/**
	 * After the work of a locked section that did not fail: the outermost one expires
	 * keys on the side and serves blocked calls, and returns the ones it completed that
	 * hold no thread (else null).
	 */
	private @Nullable List<Waiter<?>> afterCommand(Db db, int depth) {
		if (depth != 1) {
			// a section nested in a transaction leaves this to the transaction's end
			return null;
		}
		db.sweep(SWEEP_BUDGET);
		serveWaiters();
		return takeCompleted();
	}

	/**
	 * Ends a locked section, failed or not, and completes the calls it served once the
	 * lock is free.
	 */
	private void leave(@Nullable List<Waiter<?>> done) {
		if (--this.depth == 0) {
			this.time.release();
		}
		this.lock.unlock();
		if (done != null) {
			complete(done);
		}
	}

	/** Takes the calls that hold no thread and are done (under the lock), or null. */
	private @Nullable List<Waiter<?>> takeCompleted() {
		if (this.completed.isEmpty()) {
			return null;
		}
		List<Waiter<?>> done = new ArrayList<>(this.completed);
		this.completed.clear();
		return done;
	}

	private static void complete(List<Waiter<?>> done) {
		for (Waiter<?> waiter : done) {
			waiter.complete();
		}
	}

	/**
	 * Runs work as one locked section: the commands it runs (each taking the lock again)
	 * see one time, and no other client's command runs between them; blocked calls are
	 * served when it ends ({@code EXEC}).
	 */
	<T> T atomically(java.util.function.Supplier<T> work) {
		return execute(0, (db) -> work.get());
	}

	/**
	 * Runs a command that changes nothing: first without the lock on a consistent view,
	 * so that reads on several threads run in parallel, trying again (a few times) if a
	 * writer took the lock meanwhile, and under the lock if none of the tries saw a
	 * consistent view or the command must change something after all (it met an expired
	 * key, which is deleted as it is read).
	 */
	<T> T read(int index, Op<T> op) {
		if (this.lock.isHeldByCurrentThread()) {
			// inside a transaction
			return execute(index, op);
		}
		for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
			long stamp = this.lock.readStamp();
			if (stamp < 0) {
				// a writer is in its section: commands are short, wait for its end
				Thread.onSpinWait();
				continue;
			}
			T result;
			try {
				// the array is read after the stamp: a SWAPDB meanwhile fails the
				// validation
				Db view = this.readViews[index];
				result = op.run(view);
				// due keys are reclaimed by commands: then this one runs under the lock
				view.sweep(SWEEP_BUDGET);
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
		return execute(index, op);
	}

	List<@Nullable Object> executeAll(int index, List<Op<?>> ops) {
		List<@Nullable Object> outcomes = new ArrayList<>(ops.size());
		int depth = enter();
		List<Waiter<?>> done = null;
		try {
			Db db = this.dbs[index];
			for (Op<?> op : ops) {
				try {
					outcomes.add(op.run(db));
				}
				catch (RuntimeException ex) {
					outcomes.add(ex);
				}
			}
			done = afterCommand(db, depth);
			return outcomes;
		}
		finally {
			leave(done);
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

		/**
		 * The try of a blocking pop: takes from the first key that holds a value of the
		 * type (keys hold no empty collections).
		 * @param <T> the result
		 * @param keys the keys, in order
		 * @param type the value type it takes from
		 * @param pop takes from a key of that type, or returns null
		 * @return the try
		 */
		static <T> Attempt<T> firstOf(String[] keys, Class<?> type,
				java.util.function.BiFunction<Db, String, @Nullable T> pop) {
			return (db, strict) -> {
				for (String key : keys) {
					Keyspace.Entry entry = db.entry(key);
					if (entry == null) {
						continue;
					}
					if (!type.isInstance(entry.value)) {
						if (strict) {
							throw Errors.wrongType();
						}
						continue;
					}
					T result = pop.apply(db, key);
					if (result != null) {
						return result;
					}
				}
				return null;
			};
		}

	}

	/** A blocked call; its fields are guarded by the store's lock. */
	private static final class Waiter<T> {

		final Attempt<T> attempt;

		/** The database the call waits in: its keys are that database's. */
		final int index;

		final String[] keys;

		final Object owner;

		/**
		 * The condition a waiting thread waits on, or null for a call that holds none.
		 */
		final @Nullable Condition ready;

		/**
		 * What a call that holds no thread does once it is served, timed out or ended;
		 * run after the lock is released.
		 */
		final @Nullable Completion<T> completion;

		/** The scheduled timeout of a call that holds no thread, if it has one. */
		java.util.concurrent.@Nullable ScheduledFuture<?> timeout;

		@Nullable T result;

		@Nullable RuntimeException failure;

		boolean done;

		Waiter(Attempt<T> attempt, int index, String[] keys, Object owner, @Nullable Condition ready,
				@Nullable Completion<T> completion) {
			this.attempt = attempt;
			this.index = index;
			this.keys = keys;
			this.owner = owner;
			this.ready = ready;
			this.completion = completion;
		}

		/** Tells whoever waits that the call is done (under the lock). */
		void wake(List<Waiter<?>> completed) {
			if (this.ready != null) {
				this.ready.signal();
			}
			else {
				completed.add(this);
			}
		}

		/** Runs the completion of a call that holds no thread (without the lock). */
		void complete() {
			if (this.timeout != null) {
				this.timeout.cancel(false);
			}
			if (this.completion != null) {
				this.completion.done(this.result, this.failure);
			}
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
		boolean more = true;
		while (more) {
			more = false;
			for (int i = 0; i < DATABASES; i++) {
				Db db = this.dbs[i];
				Set<String> stored = db.keyspace.drainStored();
				if (stored.isEmpty()) {
					continue;
				}
				more = true;
				for (var it = this.waiters.iterator(); it.hasNext();) {
					Waiter<?> waiter = it.next();
					if (waiter.index == i && waiter.waitsOnAny(stored) && waiter.serve(db)) {
						it.remove();
						db.keyspace.watch(waiter.keys, false);
						waiter.wake(this.completed);
					}
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
	<T> @Nullable T block(int index, Attempt<T> attempt, String[] keys, long timeoutMillis, Object owner,
			java.util.function.BooleanSupplier ownerClosed) {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		List<Waiter<?>> done = null;
		this.lock.lock();
		try {
			// checked under the lock: a close either sees this call's waiter or this
			// check sees the close
			if (ownerClosed.getAsBoolean()) {
				throw new RedipyException("the client is closed");
			}
			Waiter<T> waiter;
			try {
				Db db = this.dbs[index];
				T now = attempt.run(db, true);
				db.sweep(SWEEP_BUDGET);
				serveWaiters();
				done = takeCompleted();
				if (now != null) {
					return now;
				}
				waiter = new Waiter<>(attempt, index, keys, owner, this.lock.newCondition(), null);
				this.waiters.addLast(waiter);
				db.keyspace.watch(keys, true);
			}
			finally {
				this.time.release();
			}
			return await(waiter, timeoutMillis, deadline);
		}
		finally {
			this.lock.unlock();
			if (done != null) {
				complete(done);
			}
		}
	}

	/**
	 * What a blocking call that holds no thread does when it ends.
	 *
	 * @param <T> the result
	 */
	@FunctionalInterface
	interface Completion<T> {

		/**
		 * Called once, without the lock, on the thread that served the call, timed it out
		 * or ended it.
		 * @param result the element taken, or null when the wait timed out or was ended
		 * @param failure the error the call ended with, or null
		 */
		void done(@Nullable T result, @Nullable RuntimeException failure);

	}

	/**
	 * Runs a blocking command without holding the caller's thread (the endpoint's
	 * connections): tries at once, else registers the call with the others (first come,
	 * first served) and returns; the completion runs when a change lets it take an
	 * element, when the timeout passes, or when the owner ends it.
	 * @param <T> the result
	 * @param index the database
	 * @param attempt the command's try
	 * @param keys the keys it takes from
	 * @param timeoutMillis how long to wait, 0 for ever
	 * @param owner who may end it ({@link #unblock}, {@link #abandon})
	 * @param completion what to do when it ends
	 * @return whether the call waits (false: the completion already ran)
	 */
	<T> boolean blockAsync(int index, Attempt<T> attempt, String[] keys, long timeoutMillis, Object owner,
			Completion<T> completion) {
		List<Waiter<?>> done = null;
		T now = null;
		RuntimeException failure = null;
		boolean waits = false;
		this.lock.lock();
		try {
			Db db = this.dbs[index];
			try {
				now = attempt.run(db, true);
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
			db.sweep(SWEEP_BUDGET);
			serveWaiters();
			done = takeCompleted();
			if (now == null && failure == null) {
				Waiter<T> waiter = new Waiter<>(attempt, index, keys, owner, null, completion);
				this.waiters.addLast(waiter);
				db.keyspace.watch(keys, true);
				if (timeoutMillis > 0) {
					waiter.timeout = timer().schedule(() -> timeOut(waiter), timeoutMillis, TimeUnit.MILLISECONDS);
				}
				waits = true;
			}
		}
		finally {
			this.time.release();
			this.lock.unlock();
			if (done != null) {
				complete(done);
			}
		}
		if (!waits) {
			completion.done(now, failure);
		}
		return waits;
	}

	private void timeOut(Waiter<?> waiter) {
		this.lock.lock();
		try {
			if (!this.waiters.remove(waiter)) {
				return;
			}
			this.dbs[waiter.index].keyspace.watch(waiter.keys, false);
			waiter.done = true;
		}
		finally {
			this.lock.unlock();
		}
		waiter.complete();
	}

	/**
	 * Ends an owner's call that holds no thread ({@code CLIENT UNBLOCK}): it completes as
	 * if timed out, or with an error.
	 * @param owner the owner
	 * @param failure the error to end with, or null for a timeout
	 * @return whether a call was waiting
	 */
	boolean unblock(Object owner, @Nullable RuntimeException failure) {
		List<Waiter<?>> ended;
		this.lock.lock();
		try {
			ended = takeWaiters(owner);
			for (Waiter<?> waiter : ended) {
				waiter.failure = failure;
				waiter.done = true;
			}
		}
		finally {
			this.lock.unlock();
		}
		complete(ended);
		return !ended.isEmpty();
	}

	/**
	 * Removes an owner's blocked calls from the waiters and their keys from the waited-on
	 * ones (under the lock).
	 * @param owner the owner
	 * @return the calls removed
	 */
	private List<Waiter<?>> takeWaiters(Object owner) {
		List<Waiter<?>> taken = new ArrayList<>();
		for (var it = this.waiters.iterator(); it.hasNext();) {
			Waiter<?> waiter = it.next();
			if (waiter.owner == owner) {
				it.remove();
				this.dbs[waiter.index].keyspace.watch(waiter.keys, false);
				taken.add(waiter);
			}
		}
		return taken;
	}

	/**
	 * Drops an owner's calls that hold no thread without completing them (its connection
	 * closed).
	 * @param owner the owner
	 */
	void abandon(Object owner) {
		this.lock.lock();
		try {
			for (Waiter<?> waiter : takeWaiters(owner)) {
				if (waiter.timeout != null) {
					waiter.timeout.cancel(false);
				}
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private static final Object TIMER_LOCK = new Object();

	private static java.util.concurrent.@Nullable ScheduledExecutorService sharedTimer;

	/** One daemon thread for the timeouts of every store's calls that hold no thread. */
	private static java.util.concurrent.ScheduledExecutorService timer() {
		synchronized (TIMER_LOCK) {
			if (sharedTimer == null) {
				java.util.concurrent.ScheduledThreadPoolExecutor executor = new java.util.concurrent.ScheduledThreadPoolExecutor(
						1, (task) -> {
							Thread thread = new Thread(task, "redipy-memory-timeouts");
							thread.setDaemon(true);
							return thread;
						});
				executor.setRemoveOnCancelPolicy(true);
				sharedTimer = executor;
			}
			return sharedTimer;
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
			this.dbs[waiter.index].keyspace.watch(waiter.keys, false);
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
			for (Waiter<?> waiter : takeWaiters(owner)) {
				waiter.failure = new RedipyException("the client was closed while the call was blocked");
				waiter.done = true;
				if (waiter.ready != null) {
					waiter.ready.signal();
				}
			}
		}
		finally {
			this.lock.unlock();
		}
	}

}
