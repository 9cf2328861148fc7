package io.redipy.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Commands on lists. Indices are 0-based; negative indices count from the tail
 * ({@code -1} is the last element). A list that becomes empty is deleted.
 */
public interface ListCommands {

	/**
	 * Inserts values at the head, one after another ({@code LPUSH}).
	 * @param key the key
	 * @param values the values (at least one)
	 * @return the new length
	 */
	long lpush(String key, String... values);

	/**
	 * Appends values at the tail ({@code RPUSH}).
	 * @param key the key
	 * @param values the values (at least one)
	 * @return the new length
	 */
	long rpush(String key, String... values);

	/**
	 * Inserts values at the head if the list exists ({@code LPUSHX}).
	 * @param key the key
	 * @param values the values
	 * @return the new length, 0 if the key does not exist
	 */
	long lpushx(String key, String... values);

	/**
	 * Appends values at the tail if the list exists ({@code RPUSHX}).
	 * @param key the key
	 * @param values the values
	 * @return the new length, 0 if the key does not exist
	 */
	long rpushx(String key, String... values);

	/**
	 * Removes and returns the head ({@code LPOP}).
	 * @param key the key
	 * @return the element, or {@code null} if the list is empty
	 */
	@Nullable String lpop(String key);

	/**
	 * Removes and returns up to {@code count} elements from the head
	 * ({@code LPOP key count}).
	 * @param key the key
	 * @param count how many (0 or more)
	 * @return the elements, empty if the key does not exist
	 */
	List<String> lpop(String key, long count);

	/**
	 * Removes and returns the tail ({@code RPOP}).
	 * @param key the key
	 * @return the element, or {@code null}
	 */
	@Nullable String rpop(String key);

	/**
	 * Removes and returns up to {@code count} elements from the tail.
	 * @param key the key
	 * @param count how many (0 or more)
	 * @return the elements, tail first
	 */
	List<String> rpop(String key, long count);

	/**
	 * Returns a range of elements, both ends inclusive ({@code LRANGE}).
	 * @param key the key
	 * @param start the first index
	 * @param stop the last index
	 * @return the elements
	 */
	List<String> lrange(String key, long start, long stop);

	/**
	 * Returns the element at an index ({@code LINDEX}).
	 * @param key the key
	 * @param index the index
	 * @return the element, or {@code null} if the index is out of range
	 */
	@Nullable String lindex(String key, long index);

	/**
	 * Replaces the element at an index ({@code LSET}).
	 * @param key the key
	 * @param index the index
	 * @param value the new element
	 * @throws io.redipy.NoSuchKeyException if the key does not exist
	 * @throws io.redipy.InvalidArgumentException if the index is out of range
	 */
	void lset(String key, long index, String value);

	/**
	 * Returns the length ({@code LLEN}).
	 * @param key the key
	 * @return the length, 0 if the key does not exist
	 */
	long llen(String key);

	/**
	 * Removes occurrences of a value ({@code LREM}): the first {@code count} from the
	 * head if positive, from the tail if negative, all if 0.
	 * @param key the key
	 * @param count how many and from which end
	 * @param value the value
	 * @return how many were removed
	 */
	long lrem(String key, long count, String value);

	/**
	 * Keeps only a range of elements ({@code LTRIM}).
	 * @param key the key
	 * @param start the first index to keep
	 * @param stop the last index to keep
	 */
	void ltrim(String key, long start, long stop);

	/**
	 * Inserts a value before or after the first occurrence of a pivot ({@code LINSERT}).
	 * @param key the key
	 * @param position before or after
	 * @param pivot the element to find
	 * @param value the value to insert
	 * @return the new length, -1 if the pivot was not found, 0 if the key does not exist
	 */
	long linsert(String key, ListPosition position, String pivot, String value);

	/**
	 * Returns the index of the first occurrence of a value ({@code LPOS}).
	 * @param key the key
	 * @param element the value
	 * @return the index, or {@code null} if not found
	 */
	default @Nullable Long lpos(String key, String element) {
		return lpos(key, element, LposOptions.none());
	}

	/**
	 * Returns the index of a matching occurrence ({@code LPOS ... RANK MAXLEN}).
	 * @param key the key
	 * @param element the value
	 * @param options rank and maximum length
	 * @return the index, or {@code null} if not found
	 */
	@Nullable Long lpos(String key, String element, LposOptions options);

	/**
	 * Returns the indices of up to {@code count} occurrences ({@code LPOS ... COUNT}).
	 * @param key the key
	 * @param element the value
	 * @param count how many, 0 for all
	 * @param options rank and maximum length
	 * @return the indices, empty if none
	 */
	List<Long> lpos(String key, String element, long count, LposOptions options);

	/**
	 * Pops an element from one end of a list and pushes it onto an end of another, as one
	 * step ({@code LMOVE}).
	 * @param source the list to pop from
	 * @param destination the list to push onto (may be the same)
	 * @param from the end to pop from
	 * @param to the end to push onto
	 * @return the element moved, or {@code null} if the source is empty
	 */
	@Nullable String lmove(String source, String destination, ListSide from, ListSide to);

	/**
	 * Pops the tail of a list and pushes it onto the head of another ({@code RPOPLPUSH}).
	 * @param source the list to pop from
	 * @param destination the list to push onto
	 * @return the element moved, or {@code null}
	 */
	@Nullable String rpoplpush(String source, String destination);

	/**
	 * Pops elements from the first of several lists that has any ({@code LMPOP numkeys
	 * key... LEFT|RIGHT COUNT count}).
	 * @param side the end to pop from
	 * @param count the most elements (at least 1)
	 * @param keys the keys, tried in order
	 * @return the key and its elements, or null if every list is empty
	 */
	@Nullable KeyValues lmpop(ListSide side, long count, String... keys);

}
