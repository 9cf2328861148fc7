package io.redipy.memory;

import java.time.InstantSource;
import java.util.random.RandomGenerator;

import io.redipy.memory.Keyspace.Entry;
import org.jspecify.annotations.Nullable;

/**
 * The store's state as one command sees it while holding the store's lock: the keyspace
 * and a time that stays fixed for the command (or the whole batch), as Redis fixes it;
 * or, for read-only commands that run without the lock, a shared view that writes
 * nothing.
 */
final class Db {

	final Keyspace keyspace;

	final RandomGenerator random;

	private final InstantSource clock;

	/**
	 * Whether this is the readers' view, shared by the read-only commands that run
	 * without the lock.
	 */
	private final boolean readOnly;

	/** The time of the locked section, shared by the store's databases. */
	private final Time time;

	/** The store's keyspace notifications. */
	private final KeyEvents events;

	/**
	 * The database's number, as events name it; changes when {@code SWAPDB} swaps it with
	 * another (Redis swaps the contents and keeps the numbers). Guarded by the lock.
	 */
	int id;

	Db(InstantSource clock, RandomGenerator random, Time time, Keyspace.RawMark raw, KeyEvents events, int id) {
		this(new Keyspace(raw), clock, random, false, time, events, id);
		this.keyspace.db = this;
	}

	private Db(Keyspace keyspace, InstantSource clock, RandomGenerator random, boolean readOnly, Time time,
			KeyEvents events, int id) {
		this.keyspace = keyspace;
		this.clock = clock;
		this.random = random;
		this.readOnly = readOnly;
		this.time = time;
		this.events = events;
		this.id = id;
	}

	/**
	 * Sends a keyspace notification where Redis 7.0 calls {@code notifyKeyspaceEvent}, if
	 * its class is on: one field read when notifications are off.
	 * @param type the event's class ({@link KeyEvents#GENERIC}, ...)
	 * @param event the event's name
	 * @param key the key, in store form
	 */
	void notify(int type, String event, String key) {
		if ((this.events.flags() & type) != 0) {
			this.events.publish(this.id, event, key);
		}
	}

	/**
	 * Sends the command's event and, if the command left its key empty and so deleted it,
	 * {@code del} after it, as Redis's commands on aggregate values do.
	 */
	void notifyAndDeleteIfEmpty(int type, String event, String key, int size) {
		notify(type, event, key);
		if (size == 0) {
			delete(key);
			notify(KeyEvents.GENERIC, "del", key);
		}
	}

	/**
	 * The time a locked section reads once and keeps, as Redis fixes it for a command, a
	 * transaction or a script: one for all databases of a store, since a section may
	 * touch several ({@code MOVE}, {@code SWAPDB}, a transaction that selects another).
	 */
	static final class Time {

		private final InstantSource clock;

		private long now = -1;

		Time(InstantSource clock) {
			this.clock = clock;
		}

		long now() {
			if (this.now < 0) {
				this.now = this.clock.millis();
			}
			return this.now;
		}

		/** Ends a locked section: the next one reads the clock again. */
		void release() {
			this.now = -1;
		}

	}

	/**
	 * Returns a view for read-only commands that run without the lock, on any thread: it
	 * keeps no time of its own (each reading of the time asks the clock), and where a
	 * command would change something (an expired key is deleted when it is read) it
	 * throws {@link NeedsLock} so that the command runs again under the lock.
	 */
	Db readView() {
		return new Db(this.keyspace, this.clock, this.random, true, this.time, this.events, this.id);
	}

	/**
	 * Thrown by a reader's view where the command must run under the lock; carries no
	 * stack trace.
	 */
	static final class NeedsLock extends RuntimeException {

		private static final long serialVersionUID = 1L;

		static final NeedsLock INSTANCE = new NeedsLock();

		private NeedsLock() {
			super("needs the store's lock", null, false, false);
		}

	}

	private void writing() {
		if (this.readOnly) {
			throw NeedsLock.INSTANCE;
		}
	}

	/**
	 * Epoch milliseconds, read once per locked section; a reader's view, shared by
	 * threads, asks the clock each time (a command that reads without the lock and meets
	 * a key with a deadline reads it once or twice, microseconds apart).
	 */
	long now() {
		if (this.readOnly) {
			return this.clock.millis();
		}
		return this.time.now();
	}

	/** Returns the live entry of a key, or {@code null}. */
	@Nullable Entry entry(String key) {
		Entry e = this.keyspace.find(key);
		if (e != null && e.expireAt != 0 && e.expireAt <= now()) {
			writing();
			this.keyspace.remove(e);
			notify(KeyEvents.EXPIRED, "expired", key);
			return null;
		}
		return e;
	}

	/**
	 * Returns the live entry of a key for a command that reads it, as Redis's
	 * {@code lookupKeyRead} does: a missing key (an expired one included, after its
	 * {@code expired}) sends {@code keymiss}. Lookups for writing ({@link #entry} and the
	 * others) send nothing, as Redis's {@code lookupKeyWrite}.
	 */
	@Nullable Entry readEntry(String key) {
		Entry e = entry(key);
		if (e == null) {
			missed(key);
		}
		return e;
	}

	/**
	 * Sends {@code keymiss} for a read lookup that found nothing, if its class is on: one
	 * field read when notifications are off, and only on a miss.
	 */
	private void missed(String key) {
		if ((this.events.flags() & KeyEvents.KEY_MISS) != 0) {
			// a reader's view publishes nothing: the command runs again under the lock
			writing();
			this.events.publish(this.id, "keymiss", key);
		}
	}

	/** Returns whether a key exists. */
	boolean exists(String key) {
		return entry(key) != null;
	}

	/**
	 * Returns whether a key exists, as a read lookup ({@link #readEntry}: a missing key
	 * sends {@code keymiss}).
	 */
	boolean readExists(String key) {
		return readEntry(key) != null;
	}

	/**
	 * Returns the value of a key of the given type, or {@code null} if the key does not
	 * exist.
	 * @throws io.redipy.WrongTypeException if the key holds another type
	 */
	<V> @Nullable V get(String key, Class<V> type) {
		return valueOf(entry(key), type);
	}

	/**
	 * Returns the value of a key of the given type for a command that reads it, or
	 * {@code null} if the key does not exist (sending {@code keymiss}, see
	 * {@link #readEntry}).
	 * @throws io.redipy.WrongTypeException if the key holds another type
	 */
	<V> @Nullable V read(String key, Class<V> type) {
		return valueOf(readEntry(key), type);
	}

	private static <V> @Nullable V valueOf(@Nullable Entry e, Class<V> type) {
		if (e == null) {
			return null;
		}
		if (!type.isInstance(e.value)) {
			throw Errors.wrongType();
		}
		return type.cast(e.value);
	}

	/**
	 * Returns bytes as a string value to store (see {@link Strings#fromBytes(byte[])}),
	 * noting in the keyspace when they are not UTF-8.
	 */
	Object fromBytes(byte[] bytes) {
		Object value = Strings.fromBytes(bytes);
		if (value instanceof byte[]) {
			this.keyspace.noteRaw();
		}
		return value;
	}

	/**
	 * Notes that a byte string that is not UTF-8 is about to be stored (see
	 * {@link Keyspace#holdsRaw()}).
	 */
	void noteRaw() {
		this.keyspace.noteRaw();
	}

	/**
	 * Returns the value of a string key in store form (see {@link Strings}), or
	 * {@code null}; a read lookup ({@link #readEntry}).
	 * @throws io.redipy.WrongTypeException if the key holds another type
	 */
	@Nullable String getString(String key) {
		Object value = getStringValue(key);
		return (value != null) ? Strings.text(value) : null;
	}

	/**
	 * A string value as stored ({@link String} or {@code byte[]}; an integer as its text,
	 * see {@link Strings#stored(Object)}), or null if missing; a read lookup
	 * ({@link #readEntry}), as Redis's {@code GET} and {@code GETDEL} make.
	 */
	@Nullable Object getStringValue(String key) {
		Entry e = readEntry(key);
		if (e == null) {
			return null;
		}
		if (!Strings.isString(e.value)) {
			throw Errors.wrongType();
		}
		return Strings.stored(e.value);
	}

	/**
	 * Returns the value of a key of the given type, creating it (with no expiry) if the
	 * key does not exist.
	 */
	<V> V getOrCreate(String key, Class<V> type, java.util.function.Supplier<V> create) {
		writing();
		Entry e = entry(key);
		if (e == null) {
			V value = create.get();
			this.keyspace.add(key, value);
			return value;
		}
		if (!type.isInstance(e.value)) {
			throw Errors.wrongType();
		}
		return type.cast(e.value);
	}

	/** Sets a key's value, keeping an existing key's expiry. */
	Entry put(String key, Object value) {
		writing();
		Entry e = entry(key);
		if (e == null) {
			return this.keyspace.add(key, value);
		}
		e.value = value;
		this.keyspace.noteStored(key);
		return e;
	}

	/** Sets a key's value and removes any expiry. */
	Entry replace(String key, Object value) {
		Entry e = put(key, value);
		this.keyspace.setExpireAt(e, 0);
		return e;
	}

	/** Deletes a key if it exists; returns whether it did. */
	boolean delete(String key) {
		writing();
		Entry e = entry(key);
		if (e == null) {
			return false;
		}
		this.keyspace.remove(e);
		return true;
	}

	/** Sets (or with 0 clears) a live key's expiry; a past time deletes the key. */
	void expireAt(Entry e, long at) {
		writing();
		if (at != 0 && at <= now()) {
			this.keyspace.remove(e);
			return;
		}
		this.keyspace.setExpireAt(e, at);
	}

	/** Removes due keys, at most {@code budget} (all if negative). */
	void sweep(int budget) {
		// no clock read unless some key has a deadline: the common command stays cheap
		if (this.keyspace.hasDeadlines() && this.keyspace.hasDue(now())) {
			writing();
			this.keyspace.removeExpired(now(), budget);
		}
	}

}
