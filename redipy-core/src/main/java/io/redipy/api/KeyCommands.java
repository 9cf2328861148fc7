package io.redipy.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/**
 * Commands on keys of any type, and server commands.
 *
 * <p>
 * With a key prefix, every key is prefixed before it reaches the store, and keys returned
 * by {@code SCAN}, {@code KEYS} and {@code RANDOMKEY} have the prefix removed; keys
 * outside the prefix are never seen or touched.
 */
public interface KeyCommands {

	/**
	 * Deletes keys ({@code DEL}).
	 * @param keys the keys
	 * @return how many existed and were deleted (a key named twice counts once)
	 */
	long del(String... keys);

	/**
	 * Deletes keys ({@code UNLINK}); same result as {@link #del(String...)}.
	 * @param keys the keys
	 * @return how many existed and were deleted
	 */
	long unlink(String... keys);

	/**
	 * Counts existing keys ({@code EXISTS}); a key named twice counts twice.
	 * @param keys the keys
	 * @return how many of the named keys exist
	 */
	long exists(String... keys);

	/**
	 * Returns the type of a key's value ({@code TYPE}).
	 * @param key the key
	 * @return the type, {@link KeyType#NONE} if the key does not exist
	 */
	KeyType type(String key);

	/**
	 * Sets a key's time to live in whole seconds ({@code EXPIRE}); zero or negative
	 * deletes the key.
	 * @param key the key
	 * @param ttl whole seconds
	 * @return whether the expiry was set (the key exists)
	 */
	default boolean expire(String key, Duration ttl) {
		return expire(key, ttl, ExpireCondition.ALWAYS);
	}

	/**
	 * Sets a key's time to live in whole seconds if a condition holds
	 * ({@code EXPIRE ... NX|XX|GT|LT}).
	 * @param key the key
	 * @param ttl whole seconds
	 * @param condition when to set it
	 * @return whether the expiry was set
	 */
	boolean expire(String key, Duration ttl, ExpireCondition condition);

	/**
	 * Sets a key's time to live in milliseconds ({@code PEXPIRE}).
	 * @param key the key
	 * @param ttl whole milliseconds
	 * @return whether the expiry was set
	 */
	default boolean pexpire(String key, Duration ttl) {
		return pexpire(key, ttl, ExpireCondition.ALWAYS);
	}

	/**
	 * Sets a key's time to live in milliseconds if a condition holds
	 * ({@code PEXPIRE ... NX|XX|GT|LT}).
	 * @param key the key
	 * @param ttl whole milliseconds
	 * @param condition when to set it
	 * @return whether the expiry was set
	 */
	boolean pexpire(String key, Duration ttl, ExpireCondition condition);

	/**
	 * Sets the instant a key expires, on a whole second ({@code EXPIREAT}); a past
	 * instant deletes the key.
	 * @param key the key
	 * @param at the instant
	 * @return whether the expiry was set
	 */
	default boolean expireat(String key, Instant at) {
		return expireat(key, at, ExpireCondition.ALWAYS);
	}

	/**
	 * Sets the instant a key expires, on a whole second, if a condition holds.
	 * @param key the key
	 * @param at the instant
	 * @param condition when to set it
	 * @return whether the expiry was set
	 */
	boolean expireat(String key, Instant at, ExpireCondition condition);

	/**
	 * Sets the instant a key expires, on a whole millisecond ({@code PEXPIREAT}).
	 * @param key the key
	 * @param at the instant
	 * @return whether the expiry was set
	 */
	default boolean pexpireat(String key, Instant at) {
		return pexpireat(key, at, ExpireCondition.ALWAYS);
	}

	/**
	 * Sets the instant a key expires, on a whole millisecond, if a condition holds.
	 * @param key the key
	 * @param at the instant
	 * @param condition when to set it
	 * @return whether the expiry was set
	 */
	boolean pexpireat(String key, Instant at, ExpireCondition condition);

	/**
	 * Returns a key's remaining time to live in seconds ({@code TTL}).
	 * @param key the key
	 * @return missing, persistent, or the remaining whole seconds (rounded as Redis
	 * rounds)
	 */
	Ttl ttl(String key);

	/**
	 * Returns a key's remaining time to live in milliseconds ({@code PTTL}).
	 * @param key the key
	 * @return missing, persistent, or the remaining milliseconds
	 */
	Ttl pttl(String key);

	/**
	 * Returns when a key expires, in whole seconds ({@code EXPIRETIME}, Redis 7.0).
	 * @param key the key
	 * @return missing, persistent, or the Unix time in seconds at which it expires
	 */
	ExpireTime expiretime(String key);

	/**
	 * Returns when a key expires, in milliseconds ({@code PEXPIRETIME}, Redis 7.0).
	 * @param key the key
	 * @return missing, persistent, or the Unix time in milliseconds at which it expires
	 */
	ExpireTime pexpiretime(String key);

	/**
	 * Removes a key's expiry ({@code PERSIST}).
	 * @param key the key
	 * @return whether an expiry was removed
	 */
	boolean persist(String key);

	/**
	 * Counts the keys that exist, and marks them as just used ({@code TOUCH}); a key
	 * named twice counts twice.
	 * @param keys the keys
	 * @return how many of the named keys exist
	 */
	long touch(String... keys);

	/**
	 * Serialises a key's value as Redis 7.0 does ({@code DUMP}): the value in RDB form,
	 * the RDB version (10) and a CRC-64, which {@link #restore} reads on either backend.
	 * Both backends write Redis's bytes for a value whose layout its contents determine;
	 * hashtable sets and hashes come in each backend's own order.
	 * @param key the key
	 * @return the payload, or {@code null} if the key does not exist
	 */
	byte @org.jspecify.annotations.Nullable [] dump(String key);

	/**
	 * Creates a key from a {@link #dump} payload ({@code RESTORE}), without expiry and
	 * failing if the key exists.
	 * @param key the key
	 * @param payload the payload, of Redis 7.0 or older
	 * @throws io.redipy.CommandException with Redis's error: {@code BUSYKEY} if the key
	 * exists, "DUMP payload version or checksum are wrong", "Bad data format"
	 */
	default void restore(String key, byte[] payload) {
		restore(key, payload, io.redipy.api.RestoreOptions.none());
	}

	/**
	 * Creates a key from a {@link #dump} payload ({@code RESTORE}) with options: an
	 * expiry, {@code REPLACE}, an idle time or a frequency. An expiry instant already
	 * past creates nothing (and, replacing, deletes the existing key), as in Redis.
	 * @param key the key
	 * @param payload the payload, of Redis 7.0 or older
	 * @param options the options
	 * @throws io.redipy.CommandException with Redis's error: {@code BUSYKEY} if the key
	 * exists and {@code replace} is off, "DUMP payload version or checksum are wrong",
	 * "Bad data format"
	 */
	void restore(String key, byte[] payload, RestoreOptions options);

	/**
	 * Renames a key, replacing the destination ({@code RENAME}); the value keeps its
	 * expiry.
	 * @param key the key
	 * @param newKey the new name
	 * @throws io.redipy.NoSuchKeyException if {@code key} does not exist
	 */
	void rename(String key, String newKey);

	/**
	 * Renames a key if the new name is free ({@code RENAMENX}).
	 * @param key the key
	 * @param newKey the new name
	 * @return whether it was renamed
	 * @throws io.redipy.NoSuchKeyException if {@code key} does not exist
	 */
	boolean renamenx(String key, String newKey);

	/**
	 * Copies a value to a key that does not exist ({@code COPY}).
	 * @param source the key to copy
	 * @param destination the new key
	 * @return whether it was copied
	 */
	default boolean copy(String source, String destination) {
		return copy(source, destination, false);
	}

	/**
	 * Copies a value ({@code COPY ... [REPLACE]}); the copy gets the source's expiry.
	 * @param source the key to copy
	 * @param destination the new key
	 * @param replace whether to replace an existing destination
	 * @return whether it was copied
	 */
	boolean copy(String source, String destination, boolean replace);

	/**
	 * Sorts the elements of a list, set or sorted set ({@code SORT}), as numbers unless
	 * {@link SortArgs#withAlpha() ALPHA}; returns them, or with {@code GET} patterns the
	 * values those name (null where a key or field is missing), one per pattern per
	 * element. A missing key sorts as an empty list.
	 * @param key the key to sort
	 * @param args the options
	 * @return the elements or the values, in order
	 * @throws io.redipy.WrongTypeException if the key holds another type
	 * @throws io.redipy.CommandException if an element or weight is not a number
	 * ({@code One or more scores can't be converted into double}), or on a Redis Cluster
	 * for a {@code BY} pattern with {@code *} or a {@code GET}
	 */
	List<@Nullable String> sort(String key, SortArgs args);

	/**
	 * Sorts like {@link #sort(String, SortArgs)} as a read-only command
	 * ({@code SORT_RO}), which replicas and read-only scripts may run.
	 * @param key the key to sort
	 * @param args the options
	 * @return the elements or the values, in order
	 */
	List<@Nullable String> sortRo(String key, SortArgs args);

	/**
	 * Sorts like {@link #sort(String, SortArgs)} and stores the result as a list
	 * ({@code SORT ... STORE}), replacing the destination whatever its type (missing
	 * {@code GET} values are stored as empty strings); an empty result deletes the
	 * destination.
	 * @param key the key to sort
	 * @param args the options
	 * @param destination the key to store the list at
	 * @return the stored list's length
	 */
	long sortStore(String key, SortArgs args, String destination);

	/**
	 * Iterates the keyspace one page at a time ({@code SCAN}). A key that exists during
	 * the whole iteration is returned at least once; a key may be returned more than
	 * once.
	 * @param cursor {@code "0"} to start, then the cursor of the previous page
	 * @param options pattern, count hint and type filter
	 * @return the next page
	 */
	ScanPage<String> scan(String cursor, ScanOptions options);

	/**
	 * Iterates the keyspace one page at a time, with default options.
	 * @param cursor {@code "0"} to start, then the cursor of the previous page
	 * @return the next page
	 */
	default ScanPage<String> scan(String cursor) {
		return scan(cursor, ScanOptions.all());
	}

	/**
	 * Returns every matching key, lazily, by calling {@code SCAN} until the iteration
	 * ends. A key may appear more than once (as with {@code SCAN}); use
	 * {@code distinct()} if that matters.
	 * @param options pattern, count hint and type filter
	 * @return a lazy stream of keys
	 */
	default Stream<String> scanAll(ScanOptions options) {
		Iterator<String> iterator = new Iterator<>() {

			private @Nullable String cursor = ScanPage.START;

			private Iterator<String> page = List.<String>of().iterator();

			@Override
			public boolean hasNext() {
				while (!this.page.hasNext() && this.cursor != null) {
					ScanPage<String> next = scan(this.cursor, options);
					this.page = next.items().iterator();
					this.cursor = next.isFinished() ? null : next.cursor();
				}
				return this.page.hasNext();
			}

			@Override
			public String next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.page.next();
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, 0), false);
	}

	/**
	 * Returns the keys matching a glob pattern ({@code KEYS}); blocks the store while it
	 * runs, prefer {@link #scanAll(ScanOptions)} on large keyspaces.
	 * @param pattern a glob pattern
	 * @return the matching keys
	 */
	List<String> keys(String pattern);

	/**
	 * Returns the number of keys ({@code DBSIZE}). With a key prefix, counts only the
	 * keys in the prefix (by iterating them).
	 * @return the number of keys
	 */
	long dbsize();

	/**
	 * Deletes every key ({@code FLUSHALL}). With a key prefix, deletes only the keys in
	 * the prefix.
	 */
	void flushall();

	/**
	 * Returns a random key ({@code RANDOMKEY}).
	 * @return a key, or {@code null} if there is none
	 */
	@Nullable String randomkey();

	/**
	 * Checks the connection ({@code PING}).
	 * @return {@code "PONG"}
	 */
	String ping();

}
