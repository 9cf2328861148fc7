package io.redipy.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The key, string, list, hash, set, sorted-set and blocking commands with keys and values
 * of any type, turned into bytes by {@link Codec}s: a view of a client, obtained with
 * {@link io.redipy.RedipyClient#withCodecs} or {@link io.redipy.RedipyClient#binary()}.
 *
 * <p>
 * {@code K} is the type of keys and of hash fields, {@code V} the type of string values,
 * list elements, hash values, set and sorted-set members (as in Lettuce). Each method is
 * the {@code String} API's method of the same name (linked from each method, which
 * describes the details) with the same Redis command, the same errors and the same
 * results, only with the codec's bytes in place of UTF-8 text: every byte sequence,
 * including the empty one and bytes that are not UTF-8, is written and read exactly. The
 * client's key prefix applies. Bytes written through this view read, through the
 * {@code String} API, as their UTF-8 decoding (U+FFFD for bytes that are not UTF-8); text
 * written through the {@code String} API reads here as its UTF-8 bytes.
 *
 * <p>
 * Glob patterns ({@link ScanOptions}, {@link #keys}), lexicographical ranges
 * ({@link LexRange}) and scan cursors stay text, sent as UTF-8.
 *
 * <p>
 * Results keep Redis's order: sets are {@link java.util.LinkedHashSet}s, maps
 * {@link java.util.LinkedHashMap}s, pairs {@link Map.Entry} (immutable). Their
 * {@code equals} and {@code hashCode} are the element type's: with {@code byte[]} that is
 * identity, as for Spring's binary connection, so look members up by content with
 * {@link java.util.Arrays#equals(byte[], byte[])}, not {@code contains}.
 *
 * <p>
 * {@code null} arguments (and {@code null} elements of arrays, maps and collections) are
 * rejected with a {@link NullPointerException} before anything runs. Implementations are
 * thread-safe if their codecs are.
 *
 * @param <K> the type of keys and hash fields
 * @param <V> the type of values, elements and members
 */
public interface TypedCommands<K, V> {

	// keys

	/**
	 * Deletes keys ({@code DEL}). See {@link KeyCommands#del}.
	 * @param keys the keys, at least one
	 * @return how many existed
	 */
	long del(K... keys);

	/**
	 * Deletes keys, reclaiming memory in the background ({@code UNLINK}). See
	 * {@link KeyCommands#unlink}.
	 * @param keys the keys, at least one
	 * @return how many existed
	 */
	long unlink(K... keys);

	/**
	 * Counts the keys that exist, a key given twice counting twice ({@code EXISTS}). See
	 * {@link KeyCommands#exists}.
	 * @param keys the keys, at least one
	 * @return the count
	 */
	long exists(K... keys);

	/**
	 * Returns the type of a key ({@code TYPE}). See {@link KeyCommands#type}.
	 * @param key the key
	 * @return the type, {@link KeyType#NONE} when missing
	 */
	KeyType type(K key);

	/**
	 * Sets a key's time to live in whole seconds ({@code EXPIRE}). See
	 * {@link KeyCommands#expire(String, Duration)}.
	 * @param key the key
	 * @param ttl the time to live
	 * @return whether it was set
	 */
	default boolean expire(K key, Duration ttl) {
		return expire(key, ttl, ExpireCondition.ALWAYS);
	}

	/**
	 * Sets a key's time to live in whole seconds under a condition ({@code EXPIRE}). See
	 * {@link KeyCommands#expire(String, Duration, ExpireCondition)}.
	 * @param key the key
	 * @param ttl the time to live
	 * @param condition when to set it
	 * @return whether it was set
	 */
	boolean expire(K key, Duration ttl, ExpireCondition condition);

	/**
	 * Sets a key's time to live in milliseconds ({@code PEXPIRE}). See
	 * {@link KeyCommands#pexpire(String, Duration)}.
	 * @param key the key
	 * @param ttl the time to live
	 * @return whether it was set
	 */
	default boolean pexpire(K key, Duration ttl) {
		return pexpire(key, ttl, ExpireCondition.ALWAYS);
	}

	/**
	 * Sets a key's time to live in milliseconds under a condition ({@code PEXPIRE}). See
	 * {@link KeyCommands#pexpire(String, Duration, ExpireCondition)}.
	 * @param key the key
	 * @param ttl the time to live
	 * @param condition when to set it
	 * @return whether it was set
	 */
	boolean pexpire(K key, Duration ttl, ExpireCondition condition);

	/**
	 * Sets the second at which a key expires ({@code EXPIREAT}). See
	 * {@link KeyCommands#expireat(String, Instant)}.
	 * @param key the key
	 * @param at when it expires
	 * @return whether it was set
	 */
	default boolean expireat(K key, Instant at) {
		return expireat(key, at, ExpireCondition.ALWAYS);
	}

	/**
	 * Sets the second at which a key expires, under a condition ({@code EXPIREAT}). See
	 * {@link KeyCommands#expireat(String, Instant, ExpireCondition)}.
	 * @param key the key
	 * @param at when it expires
	 * @param condition when to set it
	 * @return whether it was set
	 */
	boolean expireat(K key, Instant at, ExpireCondition condition);

	/**
	 * Sets the millisecond at which a key expires ({@code PEXPIREAT}). See
	 * {@link KeyCommands#pexpireat(String, Instant)}.
	 * @param key the key
	 * @param at when it expires
	 * @return whether it was set
	 */
	default boolean pexpireat(K key, Instant at) {
		return pexpireat(key, at, ExpireCondition.ALWAYS);
	}

	/**
	 * Sets the millisecond at which a key expires, under a condition ({@code PEXPIREAT}).
	 * See {@link KeyCommands#pexpireat(String, Instant, ExpireCondition)}.
	 * @param key the key
	 * @param at when it expires
	 * @param condition when to set it
	 * @return whether it was set
	 */
	boolean pexpireat(K key, Instant at, ExpireCondition condition);

	/**
	 * Returns a key's time to live in seconds ({@code TTL}). See {@link KeyCommands#ttl}.
	 * @param key the key
	 * @return the time to live
	 */
	Ttl ttl(K key);

	/**
	 * Returns a key's time to live in milliseconds ({@code PTTL}). See
	 * {@link KeyCommands#pttl}.
	 * @param key the key
	 * @return the time to live
	 */
	Ttl pttl(K key);

	/**
	 * Returns when a key expires, in seconds ({@code EXPIRETIME}). See
	 * {@link KeyCommands#expiretime}.
	 * @param key the key
	 * @return missing, persistent, or the instant
	 */
	ExpireTime expiretime(K key);

	/**
	 * Returns when a key expires, in milliseconds ({@code PEXPIRETIME}). See
	 * {@link KeyCommands#pexpiretime}.
	 * @param key the key
	 * @return missing, persistent, or the instant
	 */
	ExpireTime pexpiretime(K key);

	/**
	 * Counts the keys that exist and marks them used ({@code TOUCH}). See
	 * {@link KeyCommands#touch}.
	 * @param keys the keys, at least one
	 * @return the count
	 */
	long touch(K... keys);

	/**
	 * Serialises a key's value ({@code DUMP}). See {@link KeyCommands#dump}.
	 * @param key the key
	 * @return the payload (raw bytes, whatever the codecs), or null if missing
	 */
	byte @org.jspecify.annotations.Nullable [] dump(K key);

	/**
	 * Creates a key from a payload ({@code RESTORE}) without expiry. See
	 * {@link KeyCommands#restore(String, byte[])}.
	 * @param key the key
	 * @param payload the payload (raw bytes, whatever the codecs)
	 */
	default void restore(K key, byte[] payload) {
		restore(key, payload, RestoreOptions.none());
	}

	/**
	 * Creates a key from a payload ({@code RESTORE}). See {@link KeyCommands#restore}.
	 * @param key the key
	 * @param payload the payload (raw bytes, whatever the codecs)
	 * @param options the options
	 */
	void restore(K key, byte[] payload, RestoreOptions options);

	/**
	 * Removes a key's time to live ({@code PERSIST}). See {@link KeyCommands#persist}.
	 * @param key the key
	 * @return whether it had one
	 */
	boolean persist(K key);

	/**
	 * Renames a key, replacing the target ({@code RENAME}). See
	 * {@link KeyCommands#rename}.
	 * @param key the key
	 * @param newKey the new name
	 */
	void rename(K key, K newKey);

	/**
	 * Renames a key unless the target exists ({@code RENAMENX}). See
	 * {@link KeyCommands#renamenx}.
	 * @param key the key
	 * @param newKey the new name
	 * @return whether it was renamed
	 */
	boolean renamenx(K key, K newKey);

	/**
	 * Copies a key's value unless the destination exists ({@code COPY}). See
	 * {@link KeyCommands#copy(String, String)}.
	 * @param source the source key
	 * @param destination the destination key
	 * @return whether it was copied
	 */
	default boolean copy(K source, K destination) {
		return copy(source, destination, false);
	}

	/**
	 * Copies a key's value ({@code COPY}). See
	 * {@link KeyCommands#copy(String, String, boolean)}.
	 * @param source the source key
	 * @param destination the destination key
	 * @param replace whether to replace an existing destination
	 * @return whether it was copied
	 */
	boolean copy(K source, K destination, boolean replace);

	/**
	 * Sorts a list, set or sorted set ({@code SORT}). See {@link KeyCommands#sort}; the
	 * patterns are strings, as Redis reads them.
	 * @param key the key to sort
	 * @param args the options
	 * @return the elements or the GET values (null where missing)
	 */
	List<@Nullable V> sort(K key, SortArgs args);

	/**
	 * Sorts as a read-only command ({@code SORT_RO}). See {@link KeyCommands#sortRo}.
	 * @param key the key to sort
	 * @param args the options
	 * @return the elements or the GET values (null where missing)
	 */
	List<@Nullable V> sortRo(K key, SortArgs args);

	/**
	 * Sorts and stores the result as a list ({@code SORT ... STORE}). See
	 * {@link KeyCommands#sortStore}.
	 * @param key the key to sort
	 * @param args the options
	 * @param destination the key to store at
	 * @return the stored list's length
	 */
	long sortStore(K key, SortArgs args, K destination);

	/**
	 * Returns one page of the keyspace ({@code SCAN}). See {@link KeyCommands#scan}.
	 * @param cursor {@link ScanPage#START} or the previous page's cursor
	 * @param options the pattern (UTF-8 text), count and type
	 * @return the page
	 */
	ScanPage<K> scan(String cursor, ScanOptions options);

	/**
	 * Returns one page of the keyspace with default options ({@code SCAN}). See
	 * {@link KeyCommands#scan(String)}.
	 * @param cursor {@link ScanPage#START} or the previous page's cursor
	 * @return the page
	 */
	default ScanPage<K> scan(String cursor) {
		return scan(cursor, ScanOptions.all());
	}

	/**
	 * Returns the keys that match a glob pattern ({@code KEYS}). See
	 * {@link KeyCommands#keys}.
	 * @param pattern the pattern, UTF-8 text
	 * @return the keys
	 */
	List<K> keys(String pattern);

	/**
	 * Returns a random key ({@code RANDOMKEY}). See {@link KeyCommands#randomkey}.
	 * @return a key, or {@code null} when there is none
	 */
	@Nullable K randomkey();

	// strings

	/**
	 * Returns a string value ({@code GET}). See {@link StringCommands#get}.
	 * @param key the key
	 * @return the value, or {@code null} when missing
	 */
	@Nullable V get(K key);

	/**
	 * Sets a string value, dropping any time to live ({@code SET}). See
	 * {@link StringCommands#set(String, String)}.
	 * @param key the key
	 * @param value the value
	 */
	void set(K key, V value);

	/**
	 * Sets a string value with options ({@code SET}). See
	 * {@link StringCommands#set(String, String, SetOptions)}.
	 * @param key the key
	 * @param value the value
	 * @param options the condition and expiration
	 * @return whether it was set
	 */
	boolean set(K key, V value, SetOptions options);

	/**
	 * Sets a string value with options and returns the old one ({@code SET ... GET}). See
	 * {@link StringCommands#setGet}.
	 * @param key the key
	 * @param value the value
	 * @param options the condition and expiration
	 * @return the old value, or {@code null} when there was none
	 */
	@Nullable V setGet(K key, V value, SetOptions options);

	/**
	 * Sets a string value unless the key exists ({@code SETNX}). See
	 * {@link StringCommands#setnx}.
	 * @param key the key
	 * @param value the value
	 * @return whether it was set
	 */
	boolean setnx(K key, V value);

	/**
	 * Returns a string value and deletes the key ({@code GETDEL}). See
	 * {@link StringCommands#getdel}.
	 * @param key the key
	 * @return the value, or {@code null} when missing
	 */
	@Nullable V getdel(K key);

	/**
	 * Returns a string value and changes its expiration ({@code GETEX}). See
	 * {@link StringCommands#getex}.
	 * @param key the key
	 * @param expiration the new expiration
	 * @return the value, or {@code null} when missing
	 */
	@Nullable V getex(K key, Expiration expiration);

	/**
	 * Sets a string value and returns the old one ({@code GETSET}). See
	 * {@link StringCommands#getset}.
	 * @param key the key
	 * @param value the value
	 * @return the old value, or {@code null} when there was none
	 */
	@Nullable V getset(K key, V value);

	/**
	 * Returns several string values ({@code MGET}). See {@link StringCommands#mget}.
	 * @param keys the keys, at least one
	 * @return the values in key order, {@code null} for a missing key or another type
	 */
	List<@Nullable V> mget(K... keys);

	/**
	 * Sets several string values ({@code MSET}). See {@link StringCommands#mset}.
	 * @param values the values by key, at least one, set in the map's order
	 */
	void mset(Map<K, V> values);

	/**
	 * Sets several string values unless any key exists ({@code MSETNX}). See
	 * {@link StringCommands#msetnx}.
	 * @param values the values by key, at least one
	 * @return whether they were set
	 */
	boolean msetnx(Map<K, V> values);

	/**
	 * Adds one to an integer value ({@code INCR}). See {@link StringCommands#incr}.
	 * @param key the key
	 * @return the new value
	 */
	long incr(K key);

	/**
	 * Adds to an integer value ({@code INCRBY}). See {@link StringCommands#incrby}.
	 * @param key the key
	 * @param increment the increment
	 * @return the new value
	 */
	long incrby(K key, long increment);

	/**
	 * Subtracts one from an integer value ({@code DECR}). See
	 * {@link StringCommands#decr}.
	 * @param key the key
	 * @return the new value
	 */
	long decr(K key);

	/**
	 * Subtracts from an integer value ({@code DECRBY}). See
	 * {@link StringCommands#decrby}.
	 * @param key the key
	 * @param decrement the decrement
	 * @return the new value
	 */
	long decrby(K key, long decrement);

	/**
	 * Adds to a floating-point value ({@code INCRBYFLOAT}). See
	 * {@link StringCommands#incrbyfloat}.
	 * @param key the key
	 * @param increment the increment
	 * @return the new value
	 */
	double incrbyfloat(K key, double increment);

	/**
	 * Appends to a string value ({@code APPEND}). See {@link StringCommands#append}.
	 * @param key the key
	 * @param value the bytes to append
	 * @return the new length in bytes
	 */
	long append(K key, V value);

	/**
	 * Returns the length of a string value in bytes ({@code STRLEN}). See
	 * {@link StringCommands#strlen}.
	 * @param key the key
	 * @return the length, 0 when missing
	 */
	long strlen(K key);

	/**
	 * Returns the longest common subsequence of two values ({@code LCS}). See
	 * {@link StringCommands#lcs}.
	 * @param key1 the first key
	 * @param key2 the second key
	 * @return the subsequence
	 */
	V lcs(K key1, K key2);

	/**
	 * Returns the length of the longest common subsequence ({@code LCS ... LEN}). See
	 * {@link StringCommands#lcsLen}.
	 * @param key1 the first key
	 * @param key2 the second key
	 * @return the length
	 */
	long lcsLen(K key1, K key2);

	/**
	 * Returns where two values match ({@code LCS ... IDX}). See
	 * {@link StringCommands#lcsIdx}.
	 * @param key1 the first key
	 * @param key2 the second key
	 * @param minMatchLen the shortest range to list
	 * @return the ranges and the length
	 */
	LcsMatches lcsIdx(K key1, K key2, long minMatchLen);

	/**
	 * Adds members at positions ({@code GEOADD}). See {@link GeoCommands#geoadd}.
	 * @param key the key
	 * @param options NX, XX, CH
	 * @param members the members with their positions
	 * @return the members added (and with {@code CH} updated)
	 */
	long geoadd(K key, GeoAddOptions options, Collection<GeoMember<V>> members);

	/**
	 * Returns members' positions ({@code GEOPOS}). See {@link GeoCommands#geopos}.
	 * @param key the key
	 * @param members the members
	 * @return a position per member, {@code null} for a missing one
	 */
	List<@Nullable GeoCoordinates> geopos(K key, V... members);

	/**
	 * Returns the distance between two members ({@code GEODIST}). See
	 * {@link GeoCommands#geodist}.
	 * @param key the key
	 * @param member1 a member
	 * @param member2 another
	 * @param unit the unit
	 * @return the distance, or {@code null}
	 */
	@Nullable Double geodist(K key, V member1, V member2, GeoUnit unit);

	/**
	 * Returns members' geohashes ({@code GEOHASH}). See {@link GeoCommands#geohash}.
	 * @param key the key
	 * @param members the members
	 * @return a geohash per member, {@code null} for a missing one
	 */
	List<@Nullable String> geohash(K key, V... members);

	/**
	 * Finds members in a circle or a box ({@code GEOSEARCH}). See
	 * {@link GeoCommands#geosearch}; a {@code FROMMEMBER} member is given as text.
	 * @param key the key
	 * @param search the search
	 * @return the members found
	 */
	List<GeoResult<V>> geosearch(K key, GeoSearch search);

	/**
	 * Stores members in a circle or a box ({@code GEOSEARCHSTORE}). See
	 * {@link GeoCommands#geosearchstore}.
	 * @param destination the key to store into
	 * @param source the geo set
	 * @param search the search
	 * @param storeDist whether the scores are the distances
	 * @return the members stored
	 */
	long geosearchstore(K destination, K source, GeoSearch search, boolean storeDist);

	/**
	 * Returns bytes of a string value ({@code GETRANGE}). See
	 * {@link StringCommands#getrange}.
	 * @param key the key
	 * @param start the first byte, negative from the end
	 * @param end the last byte, inclusive, negative from the end
	 * @return the bytes, decoded with the value codec (empty when none)
	 */
	V getrange(K key, long start, long end);

	/**
	 * Overwrites bytes of a string value ({@code SETRANGE}). See
	 * {@link StringCommands#setrange}.
	 * @param key the key
	 * @param offset the first byte to write
	 * @param value the bytes to write
	 * @return the new length in bytes
	 */
	long setrange(K key, long offset, V value);

	// lists

	/**
	 * Prepends elements, one after the other ({@code LPUSH}). See
	 * {@link ListCommands#lpush}.
	 * @param key the key
	 * @param values the elements, at least one
	 * @return the new length
	 */
	long lpush(K key, V... values);

	/**
	 * Appends elements ({@code RPUSH}). See {@link ListCommands#rpush}.
	 * @param key the key
	 * @param values the elements, at least one
	 * @return the new length
	 */
	long rpush(K key, V... values);

	/**
	 * Prepends elements if the list exists ({@code LPUSHX}). See
	 * {@link ListCommands#lpushx}.
	 * @param key the key
	 * @param values the elements, at least one
	 * @return the new length, 0 when missing
	 */
	long lpushx(K key, V... values);

	/**
	 * Appends elements if the list exists ({@code RPUSHX}). See
	 * {@link ListCommands#rpushx}.
	 * @param key the key
	 * @param values the elements, at least one
	 * @return the new length, 0 when missing
	 */
	long rpushx(K key, V... values);

	/**
	 * Removes and returns the first element ({@code LPOP}). See
	 * {@link ListCommands#lpop(String)}.
	 * @param key the key
	 * @return the element, or {@code null} when missing
	 */
	@Nullable V lpop(K key);

	/**
	 * Removes and returns the first elements ({@code LPOP} with a count). See
	 * {@link ListCommands#lpop(String, long)}.
	 * @param key the key
	 * @param count how many
	 * @return the elements
	 */
	List<V> lpop(K key, long count);

	/**
	 * Removes and returns the last element ({@code RPOP}). See
	 * {@link ListCommands#rpop(String)}.
	 * @param key the key
	 * @return the element, or {@code null} when missing
	 */
	@Nullable V rpop(K key);

	/**
	 * Removes and returns the last elements ({@code RPOP} with a count). See
	 * {@link ListCommands#rpop(String, long)}.
	 * @param key the key
	 * @param count how many
	 * @return the elements
	 */
	List<V> rpop(K key, long count);

	/**
	 * Returns a range of elements ({@code LRANGE}). See {@link ListCommands#lrange}.
	 * @param key the key
	 * @param start the first index, negative from the end
	 * @param stop the last index, inclusive, negative from the end
	 * @return the elements
	 */
	List<V> lrange(K key, long start, long stop);

	/**
	 * Returns an element by index ({@code LINDEX}). See {@link ListCommands#lindex}.
	 * @param key the key
	 * @param index the index, negative from the end
	 * @return the element, or {@code null} when out of range
	 */
	@Nullable V lindex(K key, long index);

	/**
	 * Replaces an element by index ({@code LSET}). See {@link ListCommands#lset}.
	 * @param key the key
	 * @param index the index, negative from the end
	 * @param value the new element
	 */
	void lset(K key, long index, V value);

	/**
	 * Returns the length of a list ({@code LLEN}). See {@link ListCommands#llen}.
	 * @param key the key
	 * @return the length, 0 when missing
	 */
	long llen(K key);

	/**
	 * Removes occurrences of an element ({@code LREM}). See {@link ListCommands#lrem}.
	 * @param key the key
	 * @param count how many, from the head if positive, from the tail if negative, all if
	 * 0
	 * @param value the element
	 * @return how many were removed
	 */
	long lrem(K key, long count, V value);

	/**
	 * Keeps only a range of elements ({@code LTRIM}). See {@link ListCommands#ltrim}.
	 * @param key the key
	 * @param start the first index to keep
	 * @param stop the last index to keep, inclusive
	 */
	void ltrim(K key, long start, long stop);

	/**
	 * Inserts an element before or after another ({@code LINSERT}). See
	 * {@link ListCommands#linsert}.
	 * @param key the key
	 * @param position before or after
	 * @param pivot the element to insert next to
	 * @param value the new element
	 * @return the new length, -1 without the pivot, 0 when missing
	 */
	long linsert(K key, ListPosition position, V pivot, V value);

	/**
	 * Returns the index of an element ({@code LPOS}). See
	 * {@link ListCommands#lpos(String, String)}.
	 * @param key the key
	 * @param element the element
	 * @return the index, or {@code null} when absent
	 */
	default @Nullable Long lpos(K key, V element) {
		return lpos(key, element, LposOptions.none());
	}

	/**
	 * Returns the index of an element, with options ({@code LPOS}). See
	 * {@link ListCommands#lpos(String, String, LposOptions)}.
	 * @param key the key
	 * @param element the element
	 * @param options the rank and maximal length
	 * @return the index, or {@code null} when absent
	 */
	@Nullable Long lpos(K key, V element, LposOptions options);

	/**
	 * Returns the indices of an element ({@code LPOS ... COUNT}). See
	 * {@link ListCommands#lpos(String, String, long, LposOptions)}.
	 * @param key the key
	 * @param element the element
	 * @param count how many, 0 for all
	 * @param options the rank and maximal length
	 * @return the indices
	 */
	List<Long> lpos(K key, V element, long count, LposOptions options);

	/**
	 * Moves an element from one list to another ({@code LMOVE}). See
	 * {@link ListCommands#lmove}.
	 * @param source the source key
	 * @param destination the destination key
	 * @param from the source's end
	 * @param to the destination's end
	 * @return the element, or {@code null} when the source is missing
	 */
	@Nullable V lmove(K source, K destination, ListSide from, ListSide to);

	/**
	 * Moves the last element of one list to the head of another ({@code RPOPLPUSH}). See
	 * {@link ListCommands#rpoplpush}.
	 * @param source the source key
	 * @param destination the destination key
	 * @return the element, or {@code null} when the source is missing
	 */
	@Nullable V rpoplpush(K source, K destination);

	// hashes

	/**
	 * Sets a hash field ({@code HSET}). See
	 * {@link HashCommands#hset(String, String, String)}.
	 * @param key the key
	 * @param field the field
	 * @param value the value
	 * @return 1 if the field is new, else 0
	 */
	long hset(K key, K field, V value);

	/**
	 * Sets hash fields ({@code HSET}). See {@link HashCommands#hset(String, Map)}.
	 * @param key the key
	 * @param fields the values by field, at least one
	 * @return how many fields are new
	 */
	long hset(K key, Map<K, V> fields);

	/**
	 * Sets a hash field unless it exists ({@code HSETNX}). See
	 * {@link HashCommands#hsetnx}.
	 * @param key the key
	 * @param field the field
	 * @param value the value
	 * @return whether it was set
	 */
	boolean hsetnx(K key, K field, V value);

	/**
	 * Returns a hash field's value ({@code HGET}). See {@link HashCommands#hget}.
	 * @param key the key
	 * @param field the field
	 * @return the value, or {@code null} when missing
	 */
	@Nullable V hget(K key, K field);

	/**
	 * Returns several hash fields' values ({@code HMGET}). See
	 * {@link HashCommands#hmget}.
	 * @param key the key
	 * @param fields the fields, at least one
	 * @return the values in field order, {@code null} for a missing field
	 */
	List<@Nullable V> hmget(K key, K... fields);

	/**
	 * Deletes hash fields ({@code HDEL}). See {@link HashCommands#hdel}.
	 * @param key the key
	 * @param fields the fields, at least one
	 * @return how many existed
	 */
	long hdel(K key, K... fields);

	/**
	 * Returns whether a hash field exists ({@code HEXISTS}). See
	 * {@link HashCommands#hexists}.
	 * @param key the key
	 * @param field the field
	 * @return whether it exists
	 */
	boolean hexists(K key, K field);

	/**
	 * Returns the number of fields of a hash ({@code HLEN}). See
	 * {@link HashCommands#hlen}.
	 * @param key the key
	 * @return the count, 0 when missing
	 */
	long hlen(K key);

	/**
	 * Returns the fields of a hash ({@code HKEYS}). See {@link HashCommands#hkeys}.
	 * @param key the key
	 * @return the fields
	 */
	List<K> hkeys(K key);

	/**
	 * Returns the values of a hash ({@code HVALS}). See {@link HashCommands#hvals}.
	 * @param key the key
	 * @return the values
	 */
	List<V> hvals(K key);

	/**
	 * Returns a hash's fields and values ({@code HGETALL}). See
	 * {@link HashCommands#hgetall}.
	 * @param key the key
	 * @return the values by field, in Redis's order (a {@link java.util.LinkedHashMap})
	 */
	Map<K, V> hgetall(K key);

	/**
	 * Adds to a hash field's integer value ({@code HINCRBY}). See
	 * {@link HashCommands#hincrby}.
	 * @param key the key
	 * @param field the field
	 * @param increment the increment
	 * @return the new value
	 */
	long hincrby(K key, K field, long increment);

	/**
	 * Adds to a hash field's floating-point value ({@code HINCRBYFLOAT}). See
	 * {@link HashCommands#hincrbyfloat}.
	 * @param key the key
	 * @param field the field
	 * @param increment the increment
	 * @return the new value
	 */
	double hincrbyfloat(K key, K field, double increment);

	/**
	 * Returns the length of a hash field's value in bytes ({@code HSTRLEN}). See
	 * {@link HashCommands#hstrlen}.
	 * @param key the key
	 * @param field the field
	 * @return the length, 0 when missing
	 */
	long hstrlen(K key, K field);

	/**
	 * Returns a random field ({@code HRANDFIELD}). See
	 * {@link HashCommands#hrandfield(String)}.
	 * @param key the key
	 * @return a field, or {@code null} when missing
	 */
	@Nullable K hrandfield(K key);

	/**
	 * Returns random fields ({@code HRANDFIELD} with a count). See
	 * {@link HashCommands#hrandfield(String, long)}.
	 * @param key the key
	 * @param count how many: positive for distinct fields, negative for repeats
	 * @return the fields
	 */
	List<K> hrandfield(K key, long count);

	/**
	 * Returns random fields with their values ({@code HRANDFIELD ... WITHVALUES}). See
	 * {@link HashCommands#hrandfieldWithValues}.
	 * @param key the key
	 * @param count how many: positive for distinct fields, negative for repeats
	 * @return the fields with their values
	 */
	List<Map.Entry<K, V>> hrandfieldWithValues(K key, long count);

	/**
	 * Returns one page of a hash's fields ({@code HSCAN}). See
	 * {@link HashCommands#hscan}.
	 * @param key the key
	 * @param cursor {@link ScanPage#START} or the previous page's cursor
	 * @param options the pattern (UTF-8 text) and count
	 * @return the page of fields with their values
	 */
	ScanPage<Map.Entry<K, V>> hscan(K key, String cursor, ScanOptions options);

	// sets

	/**
	 * Adds members to a set ({@code SADD}). See {@link SetCommands#sadd}.
	 * @param key the key
	 * @param members the members, at least one
	 * @return how many were new
	 */
	long sadd(K key, V... members);

	/**
	 * Removes members from a set ({@code SREM}). See {@link SetCommands#srem}.
	 * @param key the key
	 * @param members the members, at least one
	 * @return how many were there
	 */
	long srem(K key, V... members);

	/**
	 * Returns whether a member is in a set ({@code SISMEMBER}). See
	 * {@link SetCommands#sismember}.
	 * @param key the key
	 * @param member the member
	 * @return whether it is
	 */
	boolean sismember(K key, V member);

	/**
	 * Returns whether members are in a set ({@code SMISMEMBER}). See
	 * {@link SetCommands#smismember}.
	 * @param key the key
	 * @param members the members, at least one
	 * @return for each member whether it is
	 */
	List<Boolean> smismember(K key, V... members);

	/**
	 * Returns the size of a set ({@code SCARD}). See {@link SetCommands#scard}.
	 * @param key the key
	 * @return the size, 0 when missing
	 */
	long scard(K key);

	/**
	 * Returns the members of a set ({@code SMEMBERS}). See {@link SetCommands#smembers}.
	 * @param key the key
	 * @return the members, in Redis's order
	 */
	Set<V> smembers(K key);

	/**
	 * Removes and returns a random member ({@code SPOP}). See
	 * {@link SetCommands#spop(String)}.
	 * @param key the key
	 * @return the member, or {@code null} when missing
	 */
	@Nullable V spop(K key);

	/**
	 * Removes and returns random members ({@code SPOP} with a count). See
	 * {@link SetCommands#spop(String, long)}.
	 * @param key the key
	 * @param count how many
	 * @return the members
	 */
	Set<V> spop(K key, long count);

	/**
	 * Returns a random member ({@code SRANDMEMBER}). See
	 * {@link SetCommands#srandmember(String)}.
	 * @param key the key
	 * @return the member, or {@code null} when missing
	 */
	@Nullable V srandmember(K key);

	/**
	 * Returns random members ({@code SRANDMEMBER} with a count). See
	 * {@link SetCommands#srandmember(String, long)}.
	 * @param key the key
	 * @param count how many: positive for distinct members, negative for repeats
	 * @return the members
	 */
	List<V> srandmember(K key, long count);

	/**
	 * Moves a member from one set to another ({@code SMOVE}). See
	 * {@link SetCommands#smove}.
	 * @param source the source key
	 * @param destination the destination key
	 * @param member the member
	 * @return whether it was moved
	 */
	boolean smove(K source, K destination, V member);

	/**
	 * Returns the intersection of sets ({@code SINTER}). See {@link SetCommands#sinter}.
	 * @param keys the keys, at least one
	 * @return the members
	 */
	Set<V> sinter(K... keys);

	/**
	 * Returns the union of sets ({@code SUNION}). See {@link SetCommands#sunion}.
	 * @param keys the keys, at least one
	 * @return the members
	 */
	Set<V> sunion(K... keys);

	/**
	 * Returns the members of the first set that are in none of the others
	 * ({@code SDIFF}). See {@link SetCommands#sdiff}.
	 * @param keys the keys, at least one
	 * @return the members
	 */
	Set<V> sdiff(K... keys);

	/**
	 * Stores the intersection of sets ({@code SINTERSTORE}). See
	 * {@link SetCommands#sinterstore}.
	 * @param destination the destination key
	 * @param keys the keys, at least one
	 * @return the size of the result
	 */
	long sinterstore(K destination, K... keys);

	/**
	 * Stores the union of sets ({@code SUNIONSTORE}). See
	 * {@link SetCommands#sunionstore}.
	 * @param destination the destination key
	 * @param keys the keys, at least one
	 * @return the size of the result
	 */
	long sunionstore(K destination, K... keys);

	/**
	 * Stores the difference of sets ({@code SDIFFSTORE}). See
	 * {@link SetCommands#sdiffstore}.
	 * @param destination the destination key
	 * @param keys the keys, at least one
	 * @return the size of the result
	 */
	long sdiffstore(K destination, K... keys);

	/**
	 * Returns the size of the intersection of sets ({@code SINTERCARD}). See
	 * {@link SetCommands#sintercard(String...)}.
	 * @param keys the keys, at least one
	 * @return the size
	 */
	default long sintercard(K... keys) {
		return sintercard(0, keys);
	}

	/**
	 * Returns the size of the intersection of sets, counting at most to a limit
	 * ({@code SINTERCARD}). See {@link SetCommands#sintercard(long, String...)}.
	 * @param limit where to stop counting, 0 for no limit
	 * @param keys the keys, at least one
	 * @return the size
	 */
	long sintercard(long limit, K... keys);

	/**
	 * Returns one page of a set's members ({@code SSCAN}). See {@link SetCommands#sscan}.
	 * @param key the key
	 * @param cursor {@link ScanPage#START} or the previous page's cursor
	 * @param options the pattern (UTF-8 text) and count
	 * @return the page
	 */
	ScanPage<V> sscan(K key, String cursor, ScanOptions options);

	// sorted sets

	/**
	 * Adds a member with a score, or updates its score ({@code ZADD}). See
	 * {@link SortedSetCommands#zadd(String, double, String)}.
	 * @param key the key
	 * @param score the score
	 * @param member the member
	 * @return 1 if the member is new, else 0
	 */
	default long zadd(K key, double score, V member) {
		return zadd(key, ZAddOptions.none(), List.of(Scored.of(member, score)));
	}

	/**
	 * Adds members with scores, or updates their scores ({@code ZADD}). See
	 * {@link SortedSetCommands#zadd(String, Collection)}.
	 * @param key the key
	 * @param members the members with their scores, at least one
	 * @return how many are new
	 */
	default long zadd(K key, Collection<Scored<V>> members) {
		return zadd(key, ZAddOptions.none(), members);
	}

	/**
	 * Adds members with scores, or updates their scores ({@code ZADD}), with options. See
	 * {@link SortedSetCommands#zadd(String, ZAddOptions, Collection)}.
	 * @param key the key
	 * @param options the conditions
	 * @param members the members with their scores, at least one
	 * @return how many are new (or changed, with {@code CH})
	 */
	long zadd(K key, ZAddOptions options, Collection<Scored<V>> members);

	/**
	 * Adds to a member's score under conditions ({@code ZADD ... INCR}). See
	 * {@link SortedSetCommands#zaddIncr}.
	 * @param key the key
	 * @param options the conditions
	 * @param increment the increment
	 * @param member the member
	 * @return the new score, or {@code null} when a condition stopped it
	 */
	@Nullable Double zaddIncr(K key, ZAddOptions options, double increment, V member);

	/**
	 * Removes members ({@code ZREM}). See {@link SortedSetCommands#zrem}.
	 * @param key the key
	 * @param members the members, at least one
	 * @return how many were there
	 */
	long zrem(K key, V... members);

	/**
	 * Returns a member's score ({@code ZSCORE}). See {@link SortedSetCommands#zscore}.
	 * @param key the key
	 * @param member the member
	 * @return the score, or {@code null} when absent
	 */
	@Nullable Double zscore(K key, V member);

	/**
	 * Returns members' scores ({@code ZMSCORE}). See {@link SortedSetCommands#zmscore}.
	 * @param key the key
	 * @param members the members, at least one
	 * @return the scores in member order, {@code null} for an absent member
	 */
	List<@Nullable Double> zmscore(K key, V... members);

	/**
	 * Adds to a member's score ({@code ZINCRBY}). See {@link SortedSetCommands#zincrby}.
	 * @param key the key
	 * @param increment the increment
	 * @param member the member
	 * @return the new score
	 */
	double zincrby(K key, double increment, V member);

	/**
	 * Returns the size of a sorted set ({@code ZCARD}). See
	 * {@link SortedSetCommands#zcard}.
	 * @param key the key
	 * @return the size, 0 when missing
	 */
	long zcard(K key);

	/**
	 * Counts the members in a score range ({@code ZCOUNT}). See
	 * {@link SortedSetCommands#zcount}.
	 * @param key the key
	 * @param range the scores
	 * @return the count
	 */
	long zcount(K key, ScoreRange range);

	/**
	 * Counts the members in a lexicographical range ({@code ZLEXCOUNT}). See
	 * {@link SortedSetCommands#zlexcount}.
	 * @param key the key
	 * @param range the members' range, UTF-8 text
	 * @return the count
	 */
	long zlexcount(K key, LexRange range);

	/**
	 * Returns members by rank, score or lexicographical range ({@code ZRANGE}). See
	 * {@link SortedSetCommands#zrange(String, ZRange)}.
	 * @param key the key
	 * @param range the range (lexicographical ends are UTF-8 text)
	 * @return the members
	 */
	List<V> zrange(K key, ZRange range);

	/**
	 * Returns members by rank ({@code ZRANGE}). See
	 * {@link SortedSetCommands#zrange(String, long, long)}.
	 * @param key the key
	 * @param start the first rank, negative from the end
	 * @param stop the last rank, inclusive, negative from the end
	 * @return the members
	 */
	default List<V> zrange(K key, long start, long stop) {
		return zrange(key, ZRange.byRank(start, stop));
	}

	/**
	 * Returns members with their scores ({@code ZRANGE ... WITHSCORES}). See
	 * {@link SortedSetCommands#zrangeWithScores}.
	 * @param key the key
	 * @param range the range (lexicographical ends are UTF-8 text)
	 * @return the members with their scores
	 */
	List<Scored<V>> zrangeWithScores(K key, ZRange range);

	/**
	 * Stores a range of a sorted set ({@code ZRANGESTORE}). See
	 * {@link SortedSetCommands#zrangestore}.
	 * @param destination the destination key
	 * @param source the source key
	 * @param range the range (lexicographical ends are UTF-8 text)
	 * @return the size of the result
	 */
	long zrangestore(K destination, K source, ZRange range);

	/**
	 * Returns a member's rank, lowest score first ({@code ZRANK}). See
	 * {@link SortedSetCommands#zrank}.
	 * @param key the key
	 * @param member the member
	 * @return the rank, or {@code null} when absent
	 */
	@Nullable Long zrank(K key, V member);

	/**
	 * Returns a member's rank, highest score first ({@code ZREVRANK}). See
	 * {@link SortedSetCommands#zrevrank}.
	 * @param key the key
	 * @param member the member
	 * @return the rank, or {@code null} when absent
	 */
	@Nullable Long zrevrank(K key, V member);

	/**
	 * Removes and returns the member with the lowest score ({@code ZPOPMIN}). See
	 * {@link SortedSetCommands#zpopmin(String)}.
	 * @param key the key
	 * @return the member, or {@code null} when missing
	 */
	@Nullable Scored<V> zpopmin(K key);

	/**
	 * Removes and returns the members with the lowest scores ({@code ZPOPMIN} with a
	 * count). See {@link SortedSetCommands#zpopmin(String, long)}.
	 * @param key the key
	 * @param count how many
	 * @return the members, lowest first
	 */
	List<Scored<V>> zpopmin(K key, long count);

	/**
	 * Removes and returns the member with the highest score ({@code ZPOPMAX}). See
	 * {@link SortedSetCommands#zpopmax(String)}.
	 * @param key the key
	 * @return the member, or {@code null} when missing
	 */
	@Nullable Scored<V> zpopmax(K key);

	/**
	 * Removes and returns the members with the highest scores ({@code ZPOPMAX} with a
	 * count). See {@link SortedSetCommands#zpopmax(String, long)}.
	 * @param key the key
	 * @param count how many
	 * @return the members, highest first
	 */
	List<Scored<V>> zpopmax(K key, long count);

	/**
	 * Removes the members in a rank range ({@code ZREMRANGEBYRANK}). See
	 * {@link SortedSetCommands#zremrangebyrank}.
	 * @param key the key
	 * @param start the first rank
	 * @param stop the last rank, inclusive
	 * @return how many were removed
	 */
	long zremrangebyrank(K key, long start, long stop);

	/**
	 * Removes the members in a score range ({@code ZREMRANGEBYSCORE}). See
	 * {@link SortedSetCommands#zremrangebyscore}.
	 * @param key the key
	 * @param range the scores
	 * @return how many were removed
	 */
	long zremrangebyscore(K key, ScoreRange range);

	/**
	 * Removes the members in a lexicographical range ({@code ZREMRANGEBYLEX}). See
	 * {@link SortedSetCommands#zremrangebylex}.
	 * @param key the key
	 * @param range the members' range, UTF-8 text
	 * @return how many were removed
	 */
	long zremrangebylex(K key, LexRange range);

	/**
	 * Stores the union of sorted sets ({@code ZUNIONSTORE}). See
	 * {@link SortedSetCommands#zunionstore}.
	 * @param destination the destination key
	 * @param options the weights and aggregation
	 * @param keys the keys, at least one
	 * @return the size of the result
	 */
	long zunionstore(K destination, ZStoreOptions options, K... keys);

	/**
	 * Stores the intersection of sorted sets ({@code ZINTERSTORE}). See
	 * {@link SortedSetCommands#zinterstore}.
	 * @param destination the destination key
	 * @param options the weights and aggregation
	 * @param keys the keys, at least one
	 * @return the size of the result
	 */
	long zinterstore(K destination, ZStoreOptions options, K... keys);

	/**
	 * Stores the members of the first sorted set that are in none of the others
	 * ({@code ZDIFFSTORE}). See {@link SortedSetCommands#zdiffstore}.
	 * @param destination the destination key
	 * @param keys the keys, at least one
	 * @return the size of the result
	 */
	long zdiffstore(K destination, K... keys);

	/**
	 * Returns the union of sorted sets ({@code ZUNION}). See
	 * {@link SortedSetCommands#zunion}.
	 * @param options weights and aggregate
	 * @param keys the input keys
	 * @return the members, from the lowest score
	 */
	List<V> zunion(ZStoreOptions options, K... keys);

	/**
	 * Returns the union of sorted sets with the scores. See
	 * {@link SortedSetCommands#zunionWithScores}.
	 * @param options weights and aggregate
	 * @param keys the input keys
	 * @return the members with their scores, from the lowest
	 */
	List<Scored<V>> zunionWithScores(ZStoreOptions options, K... keys);

	/**
	 * Returns the intersection of sorted sets ({@code ZINTER}). See
	 * {@link SortedSetCommands#zinter}.
	 * @param options weights and aggregate
	 * @param keys the input keys
	 * @return the members, from the lowest score
	 */
	List<V> zinter(ZStoreOptions options, K... keys);

	/**
	 * Returns the intersection of sorted sets with the scores. See
	 * {@link SortedSetCommands#zinterWithScores}.
	 * @param options weights and aggregate
	 * @param keys the input keys
	 * @return the members with their scores, from the lowest
	 */
	List<Scored<V>> zinterWithScores(ZStoreOptions options, K... keys);

	/**
	 * Returns the difference of sorted sets ({@code ZDIFF}). See
	 * {@link SortedSetCommands#zdiff}.
	 * @param keys the first key, then the keys to subtract
	 * @return the members, from the lowest score
	 */
	List<V> zdiff(K... keys);

	/**
	 * Returns the difference of sorted sets with the scores. See
	 * {@link SortedSetCommands#zdiffWithScores}.
	 * @param keys the first key, then the keys to subtract
	 * @return the members with their scores, from the lowest
	 */
	List<Scored<V>> zdiffWithScores(K... keys);

	/**
	 * Counts the intersection of sorted sets ({@code ZINTERCARD}). See
	 * {@link SortedSetCommands#zintercard(String...)}.
	 * @param keys the input keys
	 * @return the size of the intersection
	 */
	default long zintercard(K... keys) {
		return zintercard(0, keys);
	}

	/**
	 * Counts the intersection of sorted sets, stopping at a limit ({@code ZINTERCARD}).
	 * See {@link SortedSetCommands#zintercard(long, String...)}.
	 * @param limit where to stop counting, 0 for no limit
	 * @param keys the input keys
	 * @return the size of the intersection
	 */
	long zintercard(long limit, K... keys);

	/**
	 * Returns a random member ({@code ZRANDMEMBER}). See
	 * {@link SortedSetCommands#zrandmember(String)}.
	 * @param key the key
	 * @return the member, or {@code null} when missing
	 */
	@Nullable V zrandmember(K key);

	/**
	 * Returns random members ({@code ZRANDMEMBER} with a count). See
	 * {@link SortedSetCommands#zrandmember(String, long)}.
	 * @param key the key
	 * @param count how many: positive for distinct members, negative for repeats
	 * @return the members
	 */
	List<V> zrandmember(K key, long count);

	/**
	 * Returns random members with their scores ({@code ZRANDMEMBER ... WITHSCORES}). See
	 * {@link SortedSetCommands#zrandmemberWithScores}.
	 * @param key the key
	 * @param count how many: positive for distinct members, negative for repeats
	 * @return the members with their scores
	 */
	List<Scored<V>> zrandmemberWithScores(K key, long count);

	/**
	 * Returns one page of a sorted set's members ({@code ZSCAN}). See
	 * {@link SortedSetCommands#zscan}.
	 * @param key the key
	 * @param cursor {@link ScanPage#START} or the previous page's cursor
	 * @param options the pattern (UTF-8 text) and count
	 * @return the page of members with their scores
	 */
	ScanPage<Scored<V>> zscan(K key, String cursor, ScanOptions options);

	// blocking commands

	/**
	 * Pops the first element of the first non-empty list, waiting for one
	 * ({@code BLPOP}). See {@link BlockingCommands#blpop}.
	 * @param timeout how long to wait, {@link Duration#ZERO} for ever
	 * @param keys the keys, at least one
	 * @return the key and the element, or {@code null} on timeout
	 */
	Map.@Nullable Entry<K, V> blpop(Duration timeout, K... keys);

	/**
	 * Pops the last element of the first non-empty list, waiting for one ({@code BRPOP}).
	 * See {@link BlockingCommands#brpop}.
	 * @param timeout how long to wait, {@link Duration#ZERO} for ever
	 * @param keys the keys, at least one
	 * @return the key and the element, or {@code null} on timeout
	 */
	Map.@Nullable Entry<K, V> brpop(Duration timeout, K... keys);

	/**
	 * Moves an element from one list to another, waiting for one ({@code BLMOVE}). See
	 * {@link BlockingCommands#blmove}.
	 * @param source the source key
	 * @param destination the destination key
	 * @param from the source's end
	 * @param to the destination's end
	 * @param timeout how long to wait, {@link Duration#ZERO} for ever
	 * @return the element, or {@code null} on timeout
	 */
	@Nullable V blmove(K source, K destination, ListSide from, ListSide to, Duration timeout);

	/**
	 * Pops the member with the lowest score of the first non-empty sorted set, waiting
	 * for one ({@code BZPOPMIN}). See {@link BlockingCommands#bzpopmin}.
	 * @param timeout how long to wait, {@link Duration#ZERO} for ever
	 * @param keys the keys, at least one
	 * @return the key and the member with its score, or {@code null} on timeout
	 */
	Map.@Nullable Entry<K, Scored<V>> bzpopmin(Duration timeout, K... keys);

	/**
	 * Pops the member with the highest score of the first non-empty sorted set, waiting
	 * for one ({@code BZPOPMAX}). See {@link BlockingCommands#bzpopmax}.
	 * @param timeout how long to wait, {@link Duration#ZERO} for ever
	 * @param keys the keys, at least one
	 * @return the key and the member with its score, or {@code null} on timeout
	 */
	Map.@Nullable Entry<K, Scored<V>> bzpopmax(Duration timeout, K... keys);

	// streams

	/**
	 * Runs {@link StreamCommands#xadd(String, Map)} on typed keys and values.
	 * @param key as there
	 * @param fields as there
	 * @return as there
	 */
	String xadd(K key, Map<K, V> fields);

	/**
	 * Runs {@link StreamCommands#xadd(String, StreamAddOptions, Map)} on typed keys and
	 * values.
	 * @param key as there
	 * @param options as there
	 * @param fields as there
	 * @return as there
	 */
	@Nullable String xadd(K key, StreamAddOptions options, Map<K, V> fields);

	/**
	 * Runs {@link StreamCommands#xlen(String)} on typed keys and values.
	 * @param key as there
	 * @return as there
	 */
	long xlen(K key);

	/**
	 * Runs {@link StreamCommands#xrange(String, String, String)} on typed keys and
	 * values.
	 * @param key as there
	 * @param start as there
	 * @param end as there
	 * @return as there
	 */
	List<StreamEntry<K, V>> xrange(K key, String start, String end);

	/**
	 * Runs {@link StreamCommands#xrange(String, String, String, long)} on typed keys and
	 * values.
	 * @param key as there
	 * @param start as there
	 * @param end as there
	 * @param count as there
	 * @return as there
	 */
	List<StreamEntry<K, V>> xrange(K key, String start, String end, long count);

	/**
	 * Runs {@link StreamCommands#xrevrange(String, String, String)} on typed keys and
	 * values.
	 * @param key as there
	 * @param end as there
	 * @param start as there
	 * @return as there
	 */
	List<StreamEntry<K, V>> xrevrange(K key, String end, String start);

	/**
	 * Runs {@link StreamCommands#xrevrange(String, String, String, long)} on typed keys
	 * and values.
	 * @param key as there
	 * @param end as there
	 * @param start as there
	 * @param count as there
	 * @return as there
	 */
	List<StreamEntry<K, V>> xrevrange(K key, String end, String start, long count);

	/**
	 * Runs {@link StreamCommands#xdel(String, String[])} on typed keys and values.
	 * @param key as there
	 * @param ids as there
	 * @return as there
	 */
	long xdel(K key, String... ids);

	/**
	 * Runs {@link StreamCommands#xtrim(String, StreamTrim)} on typed keys and values.
	 * @param key as there
	 * @param trim as there
	 * @return as there
	 */
	long xtrim(K key, StreamTrim trim);

	/**
	 * Runs {@link StreamCommands#xsetid(String, String)} on typed keys and values.
	 * @param key as there
	 * @param lastId as there
	 */
	void xsetid(K key, String lastId);

	/**
	 * Runs {@link StreamCommands#xsetid(String, String, long, String)} on typed keys and
	 * values.
	 * @param key as there
	 * @param lastId as there
	 * @param entriesAdded as there
	 * @param maxDeletedId as there
	 */
	void xsetid(K key, String lastId, long entriesAdded, String maxDeletedId);

	/**
	 * Runs {@link StreamCommands#xread(StreamReadOptions, Map)} on typed keys and values.
	 * @param options as there
	 * @param streams as there
	 * @return as there
	 */
	Map<K, List<StreamEntry<K, V>>> xread(StreamReadOptions options, Map<K, String> streams);

	/**
	 * Runs {@link StreamCommands#xreadgroup(String, String, StreamReadOptions, Map)} on
	 * typed keys and values.
	 * @param group as there
	 * @param consumer as there
	 * @param options as there
	 * @param streams as there
	 * @return as there
	 */
	Map<K, List<StreamEntry<K, V>>> xreadgroup(String group, String consumer, StreamReadOptions options,
			Map<K, String> streams);

	/**
	 * Runs {@link StreamCommands#xgroupCreate(String, String, String)} on typed keys and
	 * values.
	 * @param key as there
	 * @param group as there
	 * @param id as there
	 */
	void xgroupCreate(K key, String group, String id);

	/**
	 * Runs {@link StreamCommands#xgroupCreate(String, String, String, boolean, long)} on
	 * typed keys and values.
	 * @param key as there
	 * @param group as there
	 * @param id as there
	 * @param mkStream as there
	 * @param entriesRead as there
	 */
	void xgroupCreate(K key, String group, String id, boolean mkStream, long entriesRead);

	/**
	 * Runs {@link StreamCommands#xgroupSetid(String, String, String)} on typed keys and
	 * values.
	 * @param key as there
	 * @param group as there
	 * @param id as there
	 */
	void xgroupSetid(K key, String group, String id);

	/**
	 * Runs {@link StreamCommands#xgroupSetid(String, String, String, long)} on typed keys
	 * and values.
	 * @param key as there
	 * @param group as there
	 * @param id as there
	 * @param entriesRead as there
	 */
	void xgroupSetid(K key, String group, String id, long entriesRead);

	/**
	 * Runs {@link StreamCommands#xgroupDestroy(String, String)} on typed keys and values.
	 * @param key as there
	 * @param group as there
	 * @return as there
	 */
	boolean xgroupDestroy(K key, String group);

	/**
	 * Runs {@link StreamCommands#xgroupCreateconsumer(String, String, String)} on typed
	 * keys and values.
	 * @param key as there
	 * @param group as there
	 * @param consumer as there
	 * @return as there
	 */
	boolean xgroupCreateconsumer(K key, String group, String consumer);

	/**
	 * Runs {@link StreamCommands#xgroupDelconsumer(String, String, String)} on typed keys
	 * and values.
	 * @param key as there
	 * @param group as there
	 * @param consumer as there
	 * @return as there
	 */
	long xgroupDelconsumer(K key, String group, String consumer);

	/**
	 * Runs {@link StreamCommands#xack(String, String, String[])} on typed keys and
	 * values.
	 * @param key as there
	 * @param group as there
	 * @param ids as there
	 * @return as there
	 */
	long xack(K key, String group, String... ids);

	/**
	 * Runs {@link StreamCommands#xpending(String, String)} on typed keys and values.
	 * @param key as there
	 * @param group as there
	 * @return as there
	 */
	StreamPending xpending(K key, String group);

	/**
	 * Runs {@link StreamCommands#xpending(String, String, PendingQuery)} on typed keys
	 * and values.
	 * @param key as there
	 * @param group as there
	 * @param query as there
	 * @return as there
	 */
	List<PendingEntry> xpending(K key, String group, PendingQuery query);

	/**
	 * Runs
	 * {@link StreamCommands#xclaim(String, String, String, Duration, ClaimOptions, String[])}
	 * on typed keys and values.
	 * @param key as there
	 * @param group as there
	 * @param consumer as there
	 * @param minIdle as there
	 * @param options as there
	 * @param ids as there
	 * @return as there
	 */
	List<StreamEntry<K, V>> xclaim(K key, String group, String consumer, Duration minIdle, ClaimOptions options,
			String... ids);

	/**
	 * Runs
	 * {@link StreamCommands#xclaimJustId(String, String, String, Duration, ClaimOptions, String[])}
	 * on typed keys and values.
	 * @param key as there
	 * @param group as there
	 * @param consumer as there
	 * @param minIdle as there
	 * @param options as there
	 * @param ids as there
	 * @return as there
	 */
	List<String> xclaimJustId(K key, String group, String consumer, Duration minIdle, ClaimOptions options,
			String... ids);

	/**
	 * Runs
	 * {@link StreamCommands#xautoclaim(String, String, String, Duration, String, long)}
	 * on typed keys and values.
	 * @param key as there
	 * @param group as there
	 * @param consumer as there
	 * @param minIdle as there
	 * @param start as there
	 * @param count as there
	 * @return as there
	 */
	AutoClaim<StreamEntry<K, V>> xautoclaim(K key, String group, String consumer, Duration minIdle, String start,
			long count);

	/**
	 * Runs
	 * {@link StreamCommands#xautoclaimJustId(String, String, String, Duration, String, long)}
	 * on typed keys and values.
	 * @param key as there
	 * @param group as there
	 * @param consumer as there
	 * @param minIdle as there
	 * @param start as there
	 * @param count as there
	 * @return as there
	 */
	AutoClaim<String> xautoclaimJustId(K key, String group, String consumer, Duration minIdle, String start,
			long count);

	/**
	 * Runs {@link StreamCommands#xinfoStream(String)} on typed keys and values.
	 * @param key as there
	 * @return as there
	 */
	StreamInfo<K, V> xinfoStream(K key);

	/**
	 * Runs {@link StreamCommands#xinfoStreamFull(String, long)} on typed keys and values.
	 * @param key as there
	 * @param count as there
	 * @return as there
	 */
	StreamFullInfo<K, V> xinfoStreamFull(K key, long count);

	/**
	 * Runs {@link StreamCommands#xinfoGroups(String)} on typed keys and values.
	 * @param key as there
	 * @return as there
	 */
	List<StreamGroupInfo> xinfoGroups(K key);

	/**
	 * Runs {@link StreamCommands#xinfoConsumers(String, String)} on typed keys and
	 * values.
	 * @param key as there
	 * @param group as there
	 * @return as there
	 */
	List<StreamConsumerInfo> xinfoConsumers(K key, String group);

	/**
	 * Runs {@link BlockingCommands#xreadBlock(Duration, StreamReadOptions, Map)} on typed
	 * keys and values.
	 * @param timeout as there
	 * @param options as there
	 * @param streams as there
	 * @return as there
	 */
	Map<K, List<StreamEntry<K, V>>> xreadBlock(Duration timeout, StreamReadOptions options, Map<K, String> streams);

	/**
	 * Runs
	 * {@link BlockingCommands#xreadgroupBlock(String, String, Duration, StreamReadOptions, Map)}
	 * on typed keys and values.
	 * @param group as there
	 * @param consumer as there
	 * @param timeout as there
	 * @param options as there
	 * @param streams as there
	 * @return as there
	 */
	Map<K, List<StreamEntry<K, V>>> xreadgroupBlock(String group, String consumer, Duration timeout,
			StreamReadOptions options, Map<K, String> streams);

	/**
	 * Pops elements from the first of several lists that has any ({@code LMPOP}). See
	 * {@link ListCommands#lmpop}.
	 * @param side the end to pop from
	 * @param count the most elements
	 * @param keys the keys
	 * @return the key and its elements, or null
	 */
	Map.@Nullable Entry<K, List<V>> lmpop(ListSide side, long count, K... keys);

	/**
	 * Pops members from the first of several sorted sets that has any ({@code ZMPOP}).
	 * See {@link SortedSetCommands#zmpop}.
	 * @param side the lowest or highest scores
	 * @param count the most members
	 * @param keys the keys
	 * @return the key and its members, or null
	 */
	Map.@Nullable Entry<K, List<Scored<V>>> zmpop(ScoreSide side, long count, K... keys);

	/**
	 * Pops elements, waiting for some ({@code BLMPOP}). See
	 * {@link BlockingCommands#blmpop}.
	 * @param timeout how long to wait; zero waits for ever
	 * @param side the end to pop from
	 * @param count the most elements
	 * @param keys the keys
	 * @return the key and its elements, or null on timeout
	 */
	Map.@Nullable Entry<K, List<V>> blmpop(Duration timeout, ListSide side, long count, K... keys);

	/**
	 * Pops members, waiting for some ({@code BZMPOP}). See
	 * {@link BlockingCommands#bzmpop}.
	 * @param timeout how long to wait; zero waits for ever
	 * @param side the lowest or highest scores
	 * @param count the most members
	 * @param keys the keys
	 * @return the key and its members, or null on timeout
	 */
	Map.@Nullable Entry<K, List<Scored<V>>> bzmpop(Duration timeout, ScoreSide side, long count, K... keys);

	// bitmaps

	/**
	 * Sets or clears one bit of a value ({@code SETBIT}), growing the value with zero
	 * bytes to reach it. See {@link StringCommands#setbit}.
	 * @param key the key
	 * @param offset the bit offset (0 to 2^32 - 1)
	 * @param value the new bit, 0 or 1
	 * @return the bit's previous value, 0 or 1
	 */
	long setbit(K key, long offset, int value);

	/**
	 * Reads one bit of a value ({@code GETBIT}); bits past the end, and of a missing key,
	 * read as 0. See {@link StringCommands#getbit}.
	 * @param key the key
	 * @param offset the bit offset (0 to 2^32 - 1)
	 * @return the bit, 0 or 1
	 */
	long getbit(K key, long offset);

	/**
	 * Counts the set bits of a value ({@code BITCOUNT key}). See
	 * {@link StringCommands#bitcount}.
	 * @param key the key
	 * @return the number of set bits, 0 if the key does not exist
	 */
	long bitcount(K key);

	/**
	 * Counts the set bits of a byte range of a value ({@code BITCOUNT key start end}).
	 * See {@link StringCommands#bitcount}.
	 * @param key the key
	 * @param start the first byte, negative from the end
	 * @param end the last byte, inclusive, negative from the end
	 * @return the number of set bits in the range
	 */
	long bitcount(K key, long start, long end);

	/**
	 * Counts the set bits of a byte or bit range of a value ({@code BITCOUNT key start
	 * end BYTE|BIT}). See {@link StringCommands#bitcount}.
	 * @param key the key
	 * @param start the first byte or bit, negative from the end
	 * @param end the last byte or bit, inclusive, negative from the end
	 * @param unit whether the range counts bytes or bits
	 * @return the number of set bits in the range
	 */
	long bitcount(K key, long start, long end, BitUnit unit);

	/**
	 * Finds the first bit of a value equal to 0 or 1 ({@code BITPOS key bit}). See
	 * {@link StringCommands#bitpos}.
	 * @param key the key
	 * @param bit the bit to look for, 0 or 1
	 * @return the bit's position, -1 if a set bit is not found (or the key is missing), 0
	 * for a clear bit of a missing key
	 */
	long bitpos(K key, int bit);

	/**
	 * Finds the first bit equal to 0 or 1 from a byte on ({@code BITPOS key bit start});
	 * the value reads as padded with zero bytes, as without a range. See
	 * {@link StringCommands#bitpos}.
	 * @param key the key
	 * @param bit the bit to look for, 0 or 1
	 * @param start the first byte, negative from the end
	 * @return the bit's position from the value's first bit, or -1
	 */
	long bitpos(K key, int bit, long start);

	/**
	 * Finds the first bit equal to 0 or 1 in a byte range ({@code BITPOS key bit start
	 * end}); with an end, nothing past it is looked at. See
	 * {@link StringCommands#bitpos}.
	 * @param key the key
	 * @param bit the bit to look for, 0 or 1
	 * @param start the first byte, negative from the end
	 * @param end the last byte, inclusive, negative from the end
	 * @return the bit's position from the value's first bit, or -1
	 */
	long bitpos(K key, int bit, long start, long end);

	/**
	 * Finds the first bit equal to 0 or 1 in a byte or bit range ({@code BITPOS key bit
	 * start end BYTE|BIT}). See {@link StringCommands#bitpos}.
	 * @param key the key
	 * @param bit the bit to look for, 0 or 1
	 * @param start the first byte or bit, negative from the end
	 * @param end the last byte or bit, inclusive, negative from the end
	 * @param unit whether the range counts bytes or bits
	 * @return the bit's position from the value's first bit, or -1
	 */
	long bitpos(K key, int bit, long start, long end, BitUnit unit);

	/**
	 * Stores the bitwise AND, OR, XOR or NOT of values at a key ({@code BITOP}). See
	 * {@link StringCommands#bitop}.
	 * @param operation the operation
	 * @param destination the key to store the result at
	 * @param keys the source keys, at least one (exactly one for NOT)
	 * @return the length of the result in bytes
	 */
	long bitop(BitOperation operation, K destination, K... keys);

	/**
	 * Reads, writes and increments integers of 1 to 64 bits at any bit offset of a value
	 * ({@code BITFIELD}). See {@link StringCommands#bitfield}.
	 * @param key the key
	 * @param args the subcommands, in order
	 * @return a value per {@code GET}, {@code SET} (the previous value) and
	 * {@code INCRBY} (the new value), in order; null for a write or increment that
	 * overflowed under {@link BitFieldArgs.Overflow#FAIL}
	 */
	List<@Nullable Long> bitfield(K key, BitFieldArgs args);

	/**
	 * Reads integers of 1 to 64 bits at any bit offset of a value ({@code BITFIELD_RO}),
	 * on a replica too. See {@link StringCommands#bitfieldRo}.
	 * @param key the key
	 * @param gets the reads, in order (none answers an empty list)
	 * @return a value per read, in order
	 */
	List<Long> bitfieldRo(K key, BitFieldArgs.Get... gets);

	// scripting (Lua)

	/**
	 * Runs a Lua script ({@code EVAL}). See {@link ScriptingCommands#eval}.
	 * @param script the script's text
	 * @param keys the keys, {@code KEYS} in the script (with the key prefix)
	 * @param args the arguments, {@code ARGV} in the script, as their bytes
	 * @return the script's reply
	 */
	ScriptReply eval(String script, List<K> keys, List<V> args);

	/**
	 * Runs a script of the script cache by its SHA-1 ({@code EVALSHA}). See
	 * {@link ScriptingCommands#evalsha}.
	 * @param sha1 the SHA-1 of the script's text, in hex
	 * @param keys the keys, {@code KEYS} in the script (with the key prefix)
	 * @param args the arguments, {@code ARGV} in the script, as their bytes
	 * @return the script's reply
	 */
	ScriptReply evalsha(String sha1, List<K> keys, List<V> args);

	/**
	 * Runs a Lua script that may not write ({@code EVAL_RO}). See
	 * {@link ScriptingCommands#evalRo}.
	 * @param script the script's text
	 * @param keys the keys, {@code KEYS} in the script (with the key prefix)
	 * @param args the arguments, {@code ARGV} in the script, as their bytes
	 * @return the script's reply
	 */
	ScriptReply evalRo(String script, List<K> keys, List<V> args);

	/**
	 * Runs a script of the script cache that may not write ({@code EVALSHA_RO}). See
	 * {@link ScriptingCommands#evalshaRo}.
	 * @param sha1 the SHA-1 of the script's text, in hex
	 * @param keys the keys, {@code KEYS} in the script (with the key prefix)
	 * @param args the arguments, {@code ARGV} in the script, as their bytes
	 * @return the script's reply
	 */
	ScriptReply evalshaRo(String sha1, List<K> keys, List<V> args);

	/**
	 * Calls a function of a loaded library ({@code FCALL}). See
	 * {@link ScriptingCommands#fcall}.
	 * @param function the function's name
	 * @param keys the keys, the function's first argument (with the key prefix)
	 * @param args the arguments, its second argument, as their bytes
	 * @return the function's reply
	 */
	ScriptReply fcall(String function, List<K> keys, List<V> args);

	/**
	 * Calls a function that may not write ({@code FCALL_RO}). See
	 * {@link ScriptingCommands#fcallRo}.
	 * @param function the function's name
	 * @param keys the keys, the function's first argument (with the key prefix)
	 * @param args the arguments, its second argument, as their bytes
	 * @return the function's reply
	 */
	ScriptReply fcallRo(String function, List<K> keys, List<V> args);

	// HyperLogLog

	/**
	 * Adds elements to a HyperLogLog, creating it if needed ({@code PFADD}). See
	 * {@link HyperLogLogCommands#pfadd}.
	 * @param key the key
	 * @param elements the elements, hashed as their bytes; none only creates the key
	 * @return true if the key was created or one of its registers changed
	 */
	boolean pfadd(K key, V... elements);

	/**
	 * Estimates the number of distinct elements of a HyperLogLog or of the union of
	 * several ({@code PFCOUNT}). See {@link HyperLogLogCommands#pfcount}.
	 * @param keys the keys, at least one
	 * @return the estimate
	 */
	long pfcount(K... keys);

	/**
	 * Stores the union of HyperLogLogs in a destination ({@code PFMERGE}). See
	 * {@link HyperLogLogCommands#pfmerge}.
	 * @param destination the destination key, merged too
	 * @param sources the source keys
	 */
	void pfmerge(K destination, K... sources);

}
