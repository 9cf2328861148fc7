package io.redipy.script;

import io.redipy.api.ListPosition;
import io.redipy.api.ListSide;
import io.redipy.api.LposOptions;
import io.redipy.script.ir.ScriptCommand;

/**
 * Commands on a list.
 */
public final class ListHandle {

	private final StringExpr key;

	ListHandle(StringExpr key) {
		this.key = key;
	}

	/**
	 * Pushes at the head ({@code LPUSH}); the new length.
	 * @param value the value
	 * @return the result
	 */
	public IntExpr lpush(StringExpr value) {
		return new IntExpr(Dsl.command(ScriptCommand.LPUSH, this.key, value));
	}

	/**
	 * Pushes at the tail ({@code RPUSH}); the new length.
	 * @param value the value
	 * @return the result
	 */
	public IntExpr rpush(StringExpr value) {
		return new IntExpr(Dsl.command(ScriptCommand.RPUSH, this.key, value));
	}

	/**
	 * Pops the head, null if empty ({@code LPOP}).
	 * @return the result
	 */
	public StringExpr lpop() {
		return new StringExpr(Dsl.command(ScriptCommand.LPOP, this.key));
	}

	/**
	 * Pops the tail, null if empty ({@code RPOP}).
	 * @return the result
	 */
	public StringExpr rpop() {
		return new StringExpr(Dsl.command(ScriptCommand.RPOP, this.key));
	}

	/**
	 * The length ({@code LLEN}).
	 * @return the result
	 */
	public IntExpr llen() {
		return new IntExpr(Dsl.command(ScriptCommand.LLEN, this.key));
	}

	/**
	 * Elements from start to stop, inclusive ({@code LRANGE}).
	 * @param start the start
	 * @param stop the stop
	 * @return the result
	 */
	public ListExpr<StringExpr> lrange(IntExpr start, IntExpr stop) {
		return new ListExpr<>(Dsl.command(ScriptCommand.LRANGE, this.key, start, stop), Kind.STRING);
	}

	/**
	 * The element at an index, null out of range ({@code LINDEX}).
	 * @param index the index
	 * @return the result
	 */
	public StringExpr lindex(IntExpr index) {
		return new StringExpr(Dsl.command(ScriptCommand.LINDEX, this.key, index));
	}

	/**
	 * Pushes values at the head, one after the other ({@code LPUSH key value...}).
	 * @param values the values (at least one, else the script fails as Redis does)
	 * @return the new length
	 */
	public IntExpr lpush(ListExpr<StringExpr> values) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.LPUSH_ALL, null, this.key, values));
	}

	/**
	 * Pushes values at the tail ({@code RPUSH key value...}).
	 * @param values the values (at least one)
	 * @return the new length
	 */
	public IntExpr rpush(ListExpr<StringExpr> values) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.RPUSH_ALL, null, this.key, values));
	}

	/**
	 * Pushes a value at the head of an existing list ({@code LPUSHX}).
	 * @param value the value
	 * @return the new length, 0 if the list is missing
	 */
	public IntExpr lpushx(StringExpr value) {
		return lpushx(Dsl.listOf(Kind.STRING, value));
	}

	/**
	 * Pushes values at the head of an existing list ({@code LPUSHX key value...}).
	 * @param values the values (at least one)
	 * @return the new length, 0 if the list is missing
	 */
	public IntExpr lpushx(ListExpr<StringExpr> values) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.LPUSHX, null, this.key, values));
	}

	/**
	 * Pushes a value at the tail of an existing list ({@code RPUSHX}).
	 * @param value the value
	 * @return the new length, 0 if the list is missing
	 */
	public IntExpr rpushx(StringExpr value) {
		return rpushx(Dsl.listOf(Kind.STRING, value));
	}

	/**
	 * Pushes values at the tail of an existing list ({@code RPUSHX key value...}).
	 * @param values the values (at least one)
	 * @return the new length, 0 if the list is missing
	 */
	public IntExpr rpushx(ListExpr<StringExpr> values) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.RPUSHX, null, this.key, values));
	}

	/**
	 * Pops up to count elements from the head ({@code LPOP key count}).
	 * @param count the count
	 * @return the elements, empty for a missing key
	 */
	public ListExpr<StringExpr> lpop(IntExpr count) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.LPOP_COUNT, null, this.key, count), Kind.STRING);
	}

	/**
	 * Pops up to count elements from the tail ({@code RPOP key count}).
	 * @param count the count
	 * @return the elements, empty for a missing key
	 */
	public ListExpr<StringExpr> rpop(IntExpr count) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.RPOP_COUNT, null, this.key, count), Kind.STRING);
	}

	/**
	 * Replaces the element at an index ({@code LSET}); the script fails out of range.
	 * @param index the index
	 * @param value the value
	 * @return true
	 */
	public BoolExpr lset(IntExpr index, StringExpr value) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.LSET, null, this.key, index, value));
	}

	/**
	 * Removes occurrences of a value ({@code LREM}).
	 * @param count how many, from the head if positive, from the tail if negative, all if
	 * 0
	 * @param value the value
	 * @return how many were removed
	 */
	public IntExpr lrem(IntExpr count, StringExpr value) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.LREM, null, this.key, count, value));
	}

	/**
	 * Keeps only the elements from start to stop ({@code LTRIM}).
	 * @param start the start
	 * @param stop the stop, inclusive
	 * @return true
	 */
	public BoolExpr ltrim(IntExpr start, IntExpr stop) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.LTRIM, null, this.key, start, stop));
	}

	/**
	 * Inserts a value before or after a pivot ({@code LINSERT}).
	 * @param position before or after, fixed when the script is built
	 * @param pivot the pivot
	 * @param value the value
	 * @return the new length, -1 without the pivot, 0 for a missing key
	 */
	public IntExpr linsert(ListPosition position, StringExpr pivot, StringExpr value) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.LINSERT, req(position), this.key, pivot, value));
	}

	/**
	 * The index of the first occurrence of an element ({@code LPOS}).
	 * @param element the element
	 * @return the index, or null
	 */
	public IntExpr lpos(StringExpr element) {
		return lpos(element, LposOptions.none());
	}

	/**
	 * The index of an occurrence of an element ({@code LPOS ... [RANK r] [MAXLEN m]}).
	 * @param element the element
	 * @param options rank and maximum length, fixed when the script is built
	 * @return the index, or null
	 */
	public IntExpr lpos(StringExpr element, LposOptions options) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.LPOS, req(options), this.key, element));
	}

	/**
	 * The indexes of up to count occurrences ({@code LPOS ... COUNT n}).
	 * @param element the element
	 * @param count how many (0 for all)
	 * @param options rank and maximum length, fixed when the script is built
	 * @return the indexes
	 */
	public ListExpr<IntExpr> lpos(StringExpr element, IntExpr count, LposOptions options) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.LPOS_COUNT, req(options), this.key, element, count),
				Kind.INTEGER);
	}

	/**
	 * Moves an element to another list ({@code LMOVE}).
	 * @param destination the destination (gets the client's prefix)
	 * @param from the side to pop from
	 * @param to the side to push to
	 * @return the element, or null if this list is empty
	 */
	public StringExpr lmove(StringExpr destination, ListSide from, ListSide to) {
		return new StringExpr(
				Dsl.commandWith(ScriptCommand.LMOVE, new ScriptCommand.Sides(from, to), this.key, destination));
	}

	/**
	 * Moves the tail to the head of another list ({@code RPOPLPUSH}).
	 * @param destination the destination (gets the client's prefix)
	 * @return the element, or null if this list is empty
	 */
	public StringExpr rpoplpush(StringExpr destination) {
		return new StringExpr(Dsl.commandWith(ScriptCommand.RPOPLPUSH, null, this.key, destination));
	}

	private static <T> T req(T options) {
		return java.util.Objects.requireNonNull(options, "options");
	}

}
