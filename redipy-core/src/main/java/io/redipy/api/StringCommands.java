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

}
