package io.redipy.api;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Commands on hashes. A hash that loses its last field is deleted.
 */
public interface HashCommands {

	/**
	 * Sets one field ({@code HSET}).
	 * @param key the key
	 * @param field the field
	 * @param value the value
	 * @return 1 if the field is new, 0 if it was updated
	 */
	long hset(String key, String field, String value);

	/**
	 * Sets several fields ({@code HSET}).
	 * @param key the key
	 * @param fields the fields and values (at least one)
	 * @return how many fields are new
	 */
	long hset(String key, Map<String, String> fields);

	/**
	 * Sets a field if it does not exist ({@code HSETNX}).
	 * @param key the key
	 * @param field the field
	 * @param value the value
	 * @return whether it was set
	 */
	boolean hsetnx(String key, String field, String value);

	/**
	 * Returns a field's value ({@code HGET}).
	 * @param key the key
	 * @param field the field
	 * @return the value, or {@code null}
	 */
	@Nullable String hget(String key, String field);

	/**
	 * Returns several fields' values ({@code HMGET}).
	 * @param key the key
	 * @param fields the fields
	 * @return one value or {@code null} per field, in order
	 */
	List<@Nullable String> hmget(String key, String... fields);

	/**
	 * Deletes fields ({@code HDEL}).
	 * @param key the key
	 * @param fields the fields
	 * @return how many existed
	 */
	long hdel(String key, String... fields);

	/**
	 * Returns whether a field exists ({@code HEXISTS}).
	 * @param key the key
	 * @param field the field
	 * @return whether it exists
	 */
	boolean hexists(String key, String field);

	/**
	 * Returns the number of fields ({@code HLEN}).
	 * @param key the key
	 * @return the number, 0 if the key does not exist
	 */
	long hlen(String key);

	/**
	 * Returns the fields ({@code HKEYS}), in no defined order.
	 * @param key the key
	 * @return the fields
	 */
	List<String> hkeys(String key);

	/**
	 * Returns the values ({@code HVALS}), in the order of {@link #hkeys(String)}.
	 * @param key the key
	 * @return the values
	 */
	List<String> hvals(String key);

	/**
	 * Returns all fields and values ({@code HGETALL}).
	 * @param key the key
	 * @return the fields and values, empty if the key does not exist
	 */
	Map<String, String> hgetall(String key);

	/**
	 * Adds to an integer field ({@code HINCRBY}); a missing field counts as 0.
	 * @param key the key
	 * @param field the field
	 * @param increment the amount
	 * @return the new value
	 */
	long hincrby(String key, String field, long increment);

	/**
	 * Adds to a floating-point field ({@code HINCRBYFLOAT}), formatted as Redis formats.
	 * @param key the key
	 * @param field the field
	 * @param increment the amount
	 * @return the new value
	 */
	double hincrbyfloat(String key, String field, double increment);

	/**
	 * Returns the length of a field's value in UTF-8 bytes ({@code HSTRLEN}).
	 * @param key the key
	 * @param field the field
	 * @return the length, 0 if missing
	 */
	long hstrlen(String key, String field);

	/**
	 * Returns a random field ({@code HRANDFIELD}).
	 * @param key the key
	 * @return a field, or {@code null} if the key does not exist
	 */
	@Nullable String hrandfield(String key);

	/**
	 * Returns random fields ({@code HRANDFIELD key count}): distinct fields if
	 * {@code count} is positive, possibly repeated ones if negative.
	 * @param key the key
	 * @param count how many
	 * @return the fields
	 */
	List<String> hrandfield(String key, long count);

	/**
	 * Returns random fields with their values ({@code HRANDFIELD key count WITHVALUES}).
	 * @param key the key
	 * @param count how many, negative to allow repeats
	 * @return the entries
	 */
	List<HashEntry> hrandfieldWithValues(String key, long count);

	/**
	 * Iterates a hash one page at a time ({@code HSCAN}).
	 * @param key the key
	 * @param cursor {@code "0"} to start, then the previous page's cursor
	 * @param options pattern and count hint (no type)
	 * @return the next page
	 */
	ScanPage<HashEntry> hscan(String key, String cursor, ScanOptions options);

}
