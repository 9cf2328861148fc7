package io.redipy.api;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Commands on string values.
 *
 * <p>
 * Values are Java strings sent as UTF-8. Lengths and offsets ({@code STRLEN},
 * {@code GETRANGE}, {@code SETRANGE}, {@code APPEND}) count UTF-8 bytes, as Redis does; a
 * range that cuts a character in two returns the replacement character for the broken
 * part.
 */
public interface StringCommands {

	/**
	 * Returns a key's value ({@code GET}).
	 * @param key the key
	 * @return the value, or {@code null} if the key does not exist
	 * @throws io.redipy.WrongTypeException if the key holds another type
	 */
	@Nullable String get(String key);

	/**
	 * Sets a key's value, replacing any value and expiry ({@code SET}).
	 * @param key the key
	 * @param value the value
	 */
	void set(String key, String value);

	/**
	 * Sets a key's value with a condition and an expiry
	 * ({@code SET ... NX|XX EX|PX|...}).
	 * @param key the key
	 * @param value the value
	 * @param options the condition and the expiry
	 * @return whether the value was written (the condition held)
	 */
	boolean set(String key, String value, SetOptions options);

	/**
	 * Sets a key's value and returns the old one ({@code SET ... GET}).
	 * @param key the key
	 * @param value the value
	 * @param options the condition and the expiry
	 * @return the previous value, or {@code null} if there was none
	 * @throws io.redipy.WrongTypeException if the key holds another type (nothing is
	 * written)
	 */
	@Nullable String setGet(String key, String value, SetOptions options);

	/**
	 * Sets a key's value if the key does not exist ({@code SETNX}).
	 * @param key the key
	 * @param value the value
	 * @return whether it was set
	 */
	boolean setnx(String key, String value);

	/**
	 * Returns a key's value and deletes the key ({@code GETDEL}).
	 * @param key the key
	 * @return the value, or {@code null}
	 */
	@Nullable String getdel(String key);

	/**
	 * Returns a key's value and changes its expiry ({@code GETEX}).
	 * @param key the key
	 * @param expiration the new expiry ({@code EX}, {@code PX}, {@code EXAT},
	 * {@code PXAT} or {@code PERSIST})
	 * @return the value, or {@code null}
	 */
	@Nullable String getex(String key, Expiration expiration);

	/**
	 * Sets a key's value and returns the old one ({@code GETSET}); removes any expiry.
	 * @param key the key
	 * @param value the new value
	 * @return the old value, or {@code null}
	 */
	@Nullable String getset(String key, String value);

	/**
	 * Returns the values of several keys ({@code MGET}); a key that is missing or holds
	 * another type gives {@code null}.
	 * @param keys the keys
	 * @return one value or {@code null} per key, in order
	 */
	List<@Nullable String> mget(String... keys);

	/**
	 * Sets several keys ({@code MSET}), atomically.
	 * @param values the keys and values, in iteration order
	 */
	void mset(Map<String, String> values);

	/**
	 * Sets several keys if none of them exists ({@code MSETNX}).
	 * @param values the keys and values
	 * @return whether they were set (all or none)
	 */
	boolean msetnx(Map<String, String> values);

	/**
	 * Adds 1 to an integer value ({@code INCR}); a missing key counts as 0.
	 * @param key the key
	 * @return the new value
	 * @throws io.redipy.NotANumberException if the value is not a 64-bit integer or would
	 * overflow
	 */
	long incr(String key);

	/**
	 * Adds to an integer value ({@code INCRBY}).
	 * @param key the key
	 * @param increment the amount
	 * @return the new value
	 */
	long incrby(String key, long increment);

	/**
	 * Subtracts 1 from an integer value ({@code DECR}).
	 * @param key the key
	 * @return the new value
	 */
	long decr(String key);

	/**
	 * Subtracts from an integer value ({@code DECRBY}).
	 * @param key the key
	 * @param decrement the amount
	 * @return the new value
	 */
	long decrby(String key, long decrement);

	/**
	 * Adds to a floating-point value ({@code INCRBYFLOAT}), with Redis's long-double
	 * arithmetic and formatting: {@code 0.1 + 0.2} stores {@code "0.3"}, {@code 3.0}
	 * stores {@code "3"}.
	 * @param key the key
	 * @param increment the amount (finite)
	 * @return the new value
	 * @throws io.redipy.NotANumberException if the value is not a number or the result is
	 * not finite
	 */
	double incrbyfloat(String key, double increment);

	/**
	 * Appends to a string value ({@code APPEND}); a missing key counts as empty.
	 * @param key the key
	 * @param value the text to append
	 * @return the new length in UTF-8 bytes
	 */
	long append(String key, String value);

	/**
	 * Returns the length of a value in UTF-8 bytes ({@code STRLEN}).
	 * @param key the key
	 * @return the length, 0 if the key does not exist
	 */
	long strlen(String key);

	/**
	 * Returns the longest common subsequence of two string values ({@code LCS}); a
	 * missing key reads as the empty string.
	 * @param key1 the first key
	 * @param key2 the second key
	 * @return the subsequence (bytes that are not UTF-8 read as on Redis)
	 */
	String lcs(String key1, String key2);

	/**
	 * Returns the length of the longest common subsequence of two string values
	 * ({@code LCS ... LEN}).
	 * @param key1 the first key
	 * @param key2 the second key
	 * @return the length in bytes
	 */
	long lcsLen(String key1, String key2);

	/**
	 * Returns where two string values match ({@code LCS ... IDX MINMATCHLEN n
	 * WITHMATCHLEN}).
	 * @param key1 the first key
	 * @param key2 the second key
	 * @param minMatchLen the shortest range to list, 0 for all
	 * @return the ranges and the subsequence's length
	 */
	LcsMatches lcsIdx(String key1, String key2, long minMatchLen);

	/**
	 * Returns a byte range of a value ({@code GETRANGE}), both ends inclusive, negative
	 * offsets counting from the end.
	 * @param key the key
	 * @param start the first byte
	 * @param end the last byte
	 * @return the range, empty if it is empty or the key does not exist
	 */
	String getrange(String key, long start, long end);

	/**
	 * Overwrites a value from a byte offset ({@code SETRANGE}), padding with zero bytes.
	 * @param key the key
	 * @param offset the byte offset (0 to 512 MiB - 1)
	 * @param value the text to write
	 * @return the new length in UTF-8 bytes
	 */
	long setrange(String key, long offset, String value);

	// bitmaps

	/**
	 * Sets or clears one bit of a value ({@code SETBIT}), growing the value with zero
	 * bytes to reach it.
	 * @param key the key
	 * @param offset the bit offset (0 to 2^32 - 1)
	 * @param value the new bit, 0 or 1
	 * @return the bit's previous value, 0 or 1
	 */
	long setbit(String key, long offset, int value);

	/**
	 * Reads one bit of a value ({@code GETBIT}); bits past the end, and of a missing key,
	 * read as 0.
	 * @param key the key
	 * @param offset the bit offset (0 to 2^32 - 1)
	 * @return the bit, 0 or 1
	 */
	long getbit(String key, long offset);

	/**
	 * Counts the set bits of a value ({@code BITCOUNT key}).
	 * @param key the key
	 * @return the number of set bits, 0 if the key does not exist
	 */
	long bitcount(String key);

	/**
	 * Counts the set bits of a byte range of a value ({@code BITCOUNT key start end}).
	 * @param key the key
	 * @param start the first byte, negative from the end
	 * @param end the last byte, inclusive, negative from the end
	 * @return the number of set bits in the range
	 */
	long bitcount(String key, long start, long end);

	/**
	 * Counts the set bits of a byte or bit range of a value ({@code BITCOUNT key start
	 * end BYTE|BIT}).
	 * @param key the key
	 * @param start the first byte or bit, negative from the end
	 * @param end the last byte or bit, inclusive, negative from the end
	 * @param unit whether the range counts bytes or bits
	 * @return the number of set bits in the range
	 */
	long bitcount(String key, long start, long end, BitUnit unit);

	/**
	 * Finds the first bit of a value equal to 0 or 1 ({@code BITPOS key bit}). The value
	 * reads as padded with zero bytes on the right, so looking for a clear bit in a value
	 * whose bits are all set finds the bit after it.
	 * @param key the key
	 * @param bit the bit to look for, 0 or 1
	 * @return the bit's position, -1 if a set bit is not found (or the key is missing), 0
	 * for a clear bit of a missing key
	 */
	long bitpos(String key, int bit);

	/**
	 * Finds the first bit equal to 0 or 1 from a byte on ({@code BITPOS key bit start});
	 * the value reads as padded with zero bytes, as without a range.
	 * @param key the key
	 * @param bit the bit to look for, 0 or 1
	 * @param start the first byte, negative from the end
	 * @return the bit's position from the value's first bit, or -1
	 */
	long bitpos(String key, int bit, long start);

	/**
	 * Finds the first bit equal to 0 or 1 in a byte range ({@code BITPOS key bit start
	 * end}); with an end, nothing past it is looked at.
	 * @param key the key
	 * @param bit the bit to look for, 0 or 1
	 * @param start the first byte, negative from the end
	 * @param end the last byte, inclusive, negative from the end
	 * @return the bit's position from the value's first bit, or -1
	 */
	long bitpos(String key, int bit, long start, long end);

	/**
	 * Finds the first bit equal to 0 or 1 in a byte or bit range ({@code BITPOS key bit
	 * start end BYTE|BIT}).
	 * @param key the key
	 * @param bit the bit to look for, 0 or 1
	 * @param start the first byte or bit, negative from the end
	 * @param end the last byte or bit, inclusive, negative from the end
	 * @param unit whether the range counts bytes or bits
	 * @return the bit's position from the value's first bit, or -1
	 */
	long bitpos(String key, int bit, long start, long end, BitUnit unit);

	/**
	 * Stores the bitwise AND, OR, XOR or NOT of values at a key ({@code BITOP}). Missing
	 * sources read as empty, shorter ones as padded with zero bytes; when the result is
	 * empty the destination is deleted.
	 * @param operation the operation
	 * @param destination the key to store the result at
	 * @param keys the source keys, at least one (exactly one for NOT)
	 * @return the length of the result in bytes
	 */
	long bitop(BitOperation operation, String destination, String... keys);

	/**
	 * Reads, writes and increments integers of 1 to 64 bits at any bit offset of a value
	 * ({@code BITFIELD}). Writes grow the value with zero bytes.
	 * @param key the key
	 * @param args the subcommands, in order
	 * @return a value per {@code GET}, {@code SET} (the previous value) and
	 * {@code INCRBY} (the new value), in order; null for a write or increment that
	 * overflowed under {@link BitFieldArgs.Overflow#FAIL}
	 */
	List<@Nullable Long> bitfield(String key, BitFieldArgs args);

	/**
	 * Reads integers of 1 to 64 bits at any bit offset of a value ({@code BITFIELD_RO}),
	 * on a replica too.
	 * @param key the key
	 * @param gets the reads, in order (none answers an empty list)
	 * @return a value per read, in order
	 */
	List<Long> bitfieldRo(String key, BitFieldArgs.Get... gets);

}
