package io.redipy.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The keys of a memory store: a chained hash table whose iteration cursor works like
 * Redis's {@code dictScan} (reverse-binary bucket order), so that a key present during a
 * whole {@code SCAN} is returned at least once even while the table grows or shrinks,
 * plus an expiry queue for active expiry.
 *
 * <p>
 * Not thread-safe: the store's lock guards it. Values are {@link String}, {@code byte[]}
 * or {@link IntValue} (strings), {@link ListValue}, {@link HashValue}, {@link SetValue}
 * or {@link ZSetValue}.
 */
final class Keyspace {

	private static final int MIN_CAPACITY = 16;

	private Entry[] table = new Entry[MIN_CAPACITY];

	private int size;

	private int expiring;

	private final PriorityQueue<Deadline> deadlines = new PriorityQueue<>();

	/**
	 * Whether a byte string that is not valid UTF-8 was ever stored in the store, shared
	 * by its databases (keys move between them).
	 */
	private final RawMark raw;

	/**
	 * Whether a byte string that is not valid UTF-8 was ever stored. Until then, every
	 * string the store holds reads the same in store form (see {@link Strings}) and as
	 * the {@code String} API shows it, and results need no converting. Set under the lock
	 * before the data is written; volatile for the readers without the lock.
	 */
	static final class RawMark {

		/**
		 * Whether any store of this JVM ever held such bytes: until then the endpoint
		 * writes replies without looking for them ({@link Wire#bytes(String)}).
		 */
		static volatile boolean anyStore;

		private volatile boolean set;

		boolean isSet() {
			return this.set;
		}

	}

	/**
	 * The database that owns the keyspace, for the notifications of created and expired
	 * keys; set once by it.
	 */
	@Nullable Db db;

	Keyspace(RawMark raw) {
		this.raw = raw;
	}

	/** How many blocked calls wait on each key; empty when none waits. */
	private final java.util.Map<String, Integer> watched = new java.util.HashMap<>();

	/**
	 * Waited-on keys that were added or given a new value since the last
	 * {@link #drainStored()}: blocked calls are retried only for those.
	 */
	private java.util.Set<String> stored = new java.util.HashSet<>();

	/** One key, its value and its expiry. */
	static final class Entry {

		final String key;

		/** The key's hash; changed only when the keyspace switches to its seeded hash. */
		int hash;

		Object value;

		/** Epoch milliseconds at which the key expires, 0 for never. */
		long expireAt;

		@Nullable Entry next;

		Entry(String key, int hash, Object value) {
			this.key = key;
			this.hash = hash;
			this.value = value;
		}

	}

	private record Deadline(long at, Entry entry) implements Comparable<Deadline> {

		@Override
		public int compareTo(Deadline other) {
			return Long.compare(this.at, other.at);
		}

	}

	static int hash(String key) {
		int h = key.hashCode();
		return h ^ (h >>> 16) ^ (h >>> 7);
	}

	int size() {
		return this.size;
	}

	/** Notes that a byte string that is not UTF-8 is stored (or about to be). */
	void noteRaw() {
		if (!this.raw.set) {
			this.raw.set = true;
			RawMark.anyStore = true;
		}
	}

	/**
	 * Returns whether a byte string that is not UTF-8 was ever stored: only then may a
	 * result differ between store form and the {@code String} API's view.
	 */
	boolean holdsRaw() {
		return this.raw.set;
	}

	int queuedDeadlines() {
		return this.deadlines.size();
	}

	/**
	 * The keyspace's hash once it met a long chain (see {@link SeededHash}), else null:
	 * keys hash with {@link #hash(String)}. One reference, so a reader without the lock
	 * sees the old hash or the new one, never half of each.
	 */
	private @Nullable SeededHash seeded;

	private int hashOf(String key) {
		SeededHash hash = this.seeded;
		return (hash != null) ? hash.hash(key) : hash(key);
	}

	/** Returns whether the keyspace switched to its seeded hash. */
	boolean isSeeded() {
		return this.seeded != null;
	}

	/** Returns the length of the longest chain of the table. */
	int longestChain() {
		int longest = 0;
		for (Entry head : this.table) {
			int length = 0;
			for (Entry e = head; e != null; e = e.next) {
				length++;
			}
			longest = Math.max(longest, length);
		}
		return longest;
	}

	/**
	 * Returns the entry of a key, expired or not.
	 */
	@Nullable Entry find(String key) {
		int h = hashOf(key);
		for (Entry e = this.table[h & (this.table.length - 1)]; e != null; e = e.next) {
			if (e.hash == h && e.key.equals(key)) {
				return e;
			}
		}
		return null;
	}

	/**
	 * Returns the live entry of a key, removing it first if it has expired.
	 */
	@Nullable Entry lookup(String key, long now) {
		Entry e = find(key);
		if (e != null && e.expireAt != 0 && e.expireAt <= now) {
			remove(e);
			return null;
		}
		return e;
	}

	/**
	 * Records that a key got a value (a new key or a replaced value), if it is waited on.
	 */
	void noteStored(String key) {
		if (!this.watched.isEmpty() && this.watched.containsKey(key)) {
			this.stored.add(key);
		}
	}

	/**
	 * Adds or removes the keys of a blocked call to or from the waited-on keys.
	 * @param keys the call's keys
	 * @param on true when the call starts to wait, false when it stops
	 */
	void watch(String[] keys, boolean on) {
		for (String key : keys) {
			this.watched.merge(key, on ? 1 : -1, (old, delta) -> (old + delta == 0) ? null : old + delta);
		}
	}

	/** Marks every waited-on key as stored: its database changed as a whole. */
	void noteAllWatched() {
		this.stored.addAll(this.watched.keySet());
	}

	/** Returns the waited-on keys stored since the last call, and starts a new set. */
	java.util.Set<String> drainStored() {
		java.util.Set<String> drained = this.stored;
		if (drained.isEmpty()) {
			return drained;
		}
		this.stored = new java.util.HashSet<>();
		return drained;
	}

	/**
	 * Adds a key that does not exist (callers looked it up first).
	 */
	Entry add(String key, Object value) {
		if (this.size >= this.table.length) {
			resize(this.table.length * 2);
		}
		int h = hashOf(key);
		Entry e = new Entry(key, h, value);
		noteStored(key);
		int index = h & (this.table.length - 1);
		e.next = this.table[index];
		this.table[index] = e;
		this.size++;
		if (this.seeded == null && chainLongerThan(e, SeededHash.LONG_CHAIN)) {
			reseed();
		}
		if (this.db != null) {
			// Redis's dbAdd: every key that comes into being
			this.db.notify(KeyEvents.NEW, "new", key);
		}
		return e;
	}

	private static boolean chainLongerThan(Entry head, int limit) {
		int length = 0;
		for (Entry e = head; e != null; e = e.next) {
			if (++length > limit) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Switches to a seeded hash for good: every entry gets its new hash and the table is
	 * rebuilt. A SCAN that runs across the switch may miss keys or return some twice (the
	 * buckets move), which only a long chain, that is keys chosen to collide, causes.
	 */
	private void reseed() {
		SeededHash hash = SeededHash.random();
		forEach((e) -> e.hash = hash.hash(e.key));
		this.seeded = hash;
		resize(this.table.length);
	}

	/**
	 * Removes an entry that is in the table.
	 */
	void remove(Entry entry) {
		int index = entry.hash & (this.table.length - 1);
		Entry previous = null;
		for (Entry e = this.table[index]; e != null; e = e.next) {
			if (e == entry) {
				if (previous == null) {
					this.table[index] = e.next;
				}
				else {
					previous.next = e.next;
				}
				e.next = null;
				this.size--;
				if (e.expireAt != 0) {
					this.expiring--;
					e.expireAt = 0;
				}
				if (this.table.length > MIN_CAPACITY && this.size < this.table.length / 8) {
					resize(this.table.length / 2);
				}
				return;
			}
			previous = e;
		}
	}

	/**
	 * Sets or clears (0) the expiry of an entry in the table.
	 */
	void setExpireAt(Entry entry, long expireAt) {
		if (entry.expireAt == expireAt) {
			return;
		}
		if (entry.expireAt == 0) {
			this.expiring++;
		}
		else if (expireAt == 0) {
			this.expiring--;
		}
		entry.expireAt = expireAt;
		if (expireAt != 0) {
			this.deadlines.add(new Deadline(expireAt, entry));
			// Overwritten deadlines stay queued until due; rebuild when they dominate.
			if (this.deadlines.size() > 1024 && this.deadlines.size() > 4 * this.expiring) {
				rebuildDeadlines();
			}
		}
	}

	private void rebuildDeadlines() {
		this.deadlines.clear();
		for (Entry head : this.table) {
			for (Entry e = head; e != null; e = e.next) {
				if (e.expireAt != 0) {
					this.deadlines.add(new Deadline(e.expireAt, e));
				}
			}
		}
	}

	/**
	 * Returns whether any deadline is queued.
	 */
	boolean hasDeadlines() {
		return !this.deadlines.isEmpty();
	}

	/**
	 * Returns whether some queued deadline is due.
	 */
	boolean hasDue(long now) {
		Deadline first = this.deadlines.peek();
		return first != null && first.at <= now;
	}

	/**
	 * Removes up to {@code budget} expired keys (all if negative); returns how many
	 * deadlines were looked at.
	 */
	int removeExpired(long now, int budget) {
		int seen = 0;
		while (budget < 0 || seen < budget) {
			Deadline first = this.deadlines.peek();
			if (first == null || first.at > now) {
				break;
			}
			this.deadlines.poll();
			seen++;
			Entry e = first.entry;
			if (e.expireAt == first.at && find(e.key) == e) {
				remove(e);
				if (this.db != null) {
					this.db.notify(KeyEvents.EXPIRED, "expired", e.key);
				}
			}
		}
		return seen;
	}

	void clear() {
		this.table = new Entry[MIN_CAPACITY];
		this.size = 0;
		this.expiring = 0;
		this.deadlines.clear();
	}

	void forEach(Consumer<Entry> action) {
		for (Entry head : this.table) {
			for (Entry e = head; e != null; e = e.next) {
				action.accept(e);
			}
		}
	}

	/**
	 * Returns the entry at a random position (buckets picked at random, then a random
	 * element of the chain), or {@code null} if the table is empty.
	 */
	@Nullable Entry random(java.util.random.RandomGenerator random) {
		if (this.size == 0) {
			return null;
		}
		Entry[] tab = this.table;
		while (true) {
			Entry head = tab[random.nextInt(tab.length)];
			if (head != null) {
				int length = 0;
				for (Entry e = head; e != null; e = e.next) {
					length++;
				}
				Entry e = head;
				for (int i = random.nextInt(length); i > 0; i--) {
					e = e.next;
				}
				return e;
			}
		}
	}

	/**
	 * Visits the buckets from {@code cursor} on until at least {@code count} entries were
	 * seen or the iteration ends, and returns the next cursor (0 when done). Uses
	 * reverse-binary increments of the bucket index, so that buckets split or merged by a
	 * resize between two calls are neither skipped nor, when growing, repeated.
	 */
	long scan(long cursor, long count, Consumer<Entry> action) {
		if (this.size == 0) {
			return 0;
		}
		Entry[] tab = this.table;
		return BucketScan.scan(cursor, count, tab.length, (index) -> {
			long seen = 0;
			for (Entry e = tab[index]; e != null; e = e.next) {
				action.accept(e);
				seen++;
			}
			return seen;
		});
	}

	/**
	 * Copies the entries, for commands that must not see the table change under them.
	 */
	List<Entry> entries() {
		List<Entry> result = new ArrayList<>(this.size);
		forEach(result::add);
		return result;
	}

	private void resize(int capacity) {
		Entry[] old = this.table;
		Entry[] fresh = new Entry[capacity];
		int mask = capacity - 1;
		for (Entry head : old) {
			Entry e = head;
			while (e != null) {
				Entry next = e.next;
				int index = e.hash & mask;
				e.next = fresh[index];
				fresh[index] = e;
				e = next;
			}
		}
		this.table = fresh;
	}

}
