package io.redipy.api;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Commands on sets. A set that loses its last member is deleted.
 */
public interface SetCommands {

	/**
	 * Adds members ({@code SADD}).
	 * @param key the key
	 * @param members the members (at least one)
	 * @return how many were new
	 */
	long sadd(String key, String... members);

	/**
	 * Removes members ({@code SREM}).
	 * @param key the key
	 * @param members the members
	 * @return how many were removed
	 */
	long srem(String key, String... members);

	/**
	 * Returns whether a value is a member ({@code SISMEMBER}).
	 * @param key the key
	 * @param member the value
	 * @return whether it is a member
	 */
	boolean sismember(String key, String member);

	/**
	 * Returns for each value whether it is a member ({@code SMISMEMBER}).
	 * @param key the key
	 * @param members the values
	 * @return one answer per value, in order
	 */
	List<Boolean> smismember(String key, String... members);

	/**
	 * Returns the number of members ({@code SCARD}).
	 * @param key the key
	 * @return the number, 0 if the key does not exist
	 */
	long scard(String key);

	/**
	 * Returns the members ({@code SMEMBERS}).
	 * @param key the key
	 * @return the members, in no defined order
	 */
	Set<String> smembers(String key);

	/**
	 * Removes and returns a random member ({@code SPOP}).
	 * @param key the key
	 * @return the member, or {@code null}
	 */
	@Nullable String spop(String key);

	/**
	 * Removes and returns up to {@code count} random members ({@code SPOP key count}).
	 * @param key the key
	 * @param count how many (0 or more)
	 * @return the members removed
	 */
	Set<String> spop(String key, long count);

	/**
	 * Returns a random member ({@code SRANDMEMBER}).
	 * @param key the key
	 * @return the member, or {@code null}
	 */
	@Nullable String srandmember(String key);

	/**
	 * Returns random members ({@code SRANDMEMBER key count}): distinct ones if
	 * {@code count} is positive, possibly repeated ones if negative.
	 * @param key the key
	 * @param count how many
	 * @return the members
	 */
	List<String> srandmember(String key, long count);

	/**
	 * Moves a member from one set to another ({@code SMOVE}).
	 * @param source the set to remove from
	 * @param destination the set to add to
	 * @param member the member
	 * @return whether it was moved
	 */
	boolean smove(String source, String destination, String member);

	/**
	 * Returns the intersection of sets ({@code SINTER}).
	 * @param keys the sets (at least one)
	 * @return the members in all of them
	 */
	Set<String> sinter(String... keys);

	/**
	 * Returns the union of sets ({@code SUNION}).
	 * @param keys the sets
	 * @return the members in any of them
	 */
	Set<String> sunion(String... keys);

	/**
	 * Returns the members of the first set that are in none of the others
	 * ({@code SDIFF}).
	 * @param keys the first set, then the sets to subtract
	 * @return the difference
	 */
	Set<String> sdiff(String... keys);

	/**
	 * Stores the intersection of sets ({@code SINTERSTORE}).
	 * @param destination the key to store into (replaced; deleted if empty)
	 * @param keys the sets
	 * @return the size of the result
	 */
	long sinterstore(String destination, String... keys);

	/**
	 * Stores the union of sets ({@code SUNIONSTORE}).
	 * @param destination the key to store into
	 * @param keys the sets
	 * @return the size of the result
	 */
	long sunionstore(String destination, String... keys);

	/**
	 * Stores the difference of sets ({@code SDIFFSTORE}).
	 * @param destination the key to store into
	 * @param keys the first set, then the sets to subtract
	 * @return the size of the result
	 */
	long sdiffstore(String destination, String... keys);

	/**
	 * Returns the size of the intersection of sets ({@code SINTERCARD}).
	 * @param keys the sets
	 * @return the size
	 */
	default long sintercard(String... keys) {
		return sintercard(0, keys);
	}

	/**
	 * Returns the size of the intersection, counting at most to a limit
	 * ({@code SINTERCARD ... LIMIT}).
	 * @param limit the most to count, 0 for no limit
	 * @param keys the sets
	 * @return the size, at most {@code limit}
	 */
	long sintercard(long limit, String... keys);

	/**
	 * Iterates a set one page at a time ({@code SSCAN}).
	 * @param key the key
	 * @param cursor {@code "0"} to start, then the previous page's cursor
	 * @param options pattern and count hint (no type)
	 * @return the next page
	 */
	ScanPage<String> sscan(String key, String cursor, ScanOptions options);

}
