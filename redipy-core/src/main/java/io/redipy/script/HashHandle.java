package io.redipy.script;

import io.redipy.script.ir.ScriptCommand;

/**
 * Commands on a hash.
 */
public final class HashHandle {

	private final StringExpr key;

	HashHandle(StringExpr key) {
		this.key = key;
	}

	/**
	 * Sets a field ({@code HSET}); 1 if it is new.
	 * @param field the field
	 * @param value the value
	 * @return the result
	 */
	public IntExpr hset(StringExpr field, StringExpr value) {
		return new IntExpr(Dsl.command(ScriptCommand.HSET, this.key, field, value));
	}

	/**
	 * A field's value, null if missing ({@code HGET}).
	 * @param field the field
	 * @return the result
	 */
	public StringExpr hget(StringExpr field) {
		return new StringExpr(Dsl.command(ScriptCommand.HGET, this.key, field));
	}

	/**
	 * Deletes a field ({@code HDEL}); 1 if it existed.
	 * @param field the field
	 * @return the result
	 */
	public IntExpr hdel(StringExpr field) {
		return new IntExpr(Dsl.command(ScriptCommand.HDEL, this.key, field));
	}

	/**
	 * Whether a field exists ({@code HEXISTS}).
	 * @param field the field
	 * @return the result
	 */
	public BoolExpr hexists(StringExpr field) {
		return new BoolExpr(Dsl.command(ScriptCommand.HEXISTS, this.key, field));
	}

	/**
	 * The number of fields ({@code HLEN}).
	 * @return the result
	 */
	public IntExpr hlen() {
		return new IntExpr(Dsl.command(ScriptCommand.HLEN, this.key));
	}

	/**
	 * All fields and values ({@code HGETALL}).
	 * @return the result
	 */
	public MapExpr<StringExpr> hgetall() {
		return new MapExpr<>(Dsl.command(ScriptCommand.HGETALL, this.key), Kind.STRING);
	}

	/**
	 * The fields, in UTF-8 byte order ({@code HKEYS}).
	 * @return the result
	 */
	public ListExpr<StringExpr> hkeys() {
		return new ListExpr<>(Dsl.command(ScriptCommand.HKEYS, this.key), Kind.STRING);
	}

	/**
	 * Adds to a field's integer value ({@code HINCRBY}); the new value.
	 * @param field the field
	 * @param increment the increment
	 * @return the result
	 */
	public IntExpr hincrby(StringExpr field, IntExpr increment) {
		return new IntExpr(Dsl.command(ScriptCommand.HINCRBY, this.key, field, increment));
	}

	/**
	 * Sets fields ({@code HSET key field value...}).
	 * @param fields the fields and values (at least one)
	 * @return how many fields are new
	 */
	public IntExpr hset(MapExpr<StringExpr> fields) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.HSET_ALL, null, this.key, fields));
	}

	/**
	 * Sets a field if it is missing ({@code HSETNX}).
	 * @param field the field
	 * @param value the value
	 * @return whether it was set
	 */
	public BoolExpr hsetnx(StringExpr field, StringExpr value) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.HSETNX, null, this.key, field, value));
	}

	/**
	 * The values of some fields ({@code HMGET}): a map of the fields that exist only.
	 * @param fields the fields (at least one)
	 * @return the present fields and their values
	 */
	public MapExpr<StringExpr> hmget(ListExpr<StringExpr> fields) {
		return new MapExpr<>(Dsl.commandWith(ScriptCommand.HMGET, null, this.key, fields), Kind.STRING);
	}

	/**
	 * Deletes fields ({@code HDEL key field...}).
	 * @param fields the fields (at least one)
	 * @return how many existed
	 */
	public IntExpr hdel(ListExpr<StringExpr> fields) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.HDEL_ALL, null, this.key, fields));
	}

	/**
	 * The values, sorted by UTF-8 bytes ({@code HVALS}).
	 * @return the values
	 */
	public ListExpr<StringExpr> hvals() {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.HVALS, null, this.key), Kind.STRING);
	}

	/**
	 * Adds to a field's value as Redis's long double ({@code HINCRBYFLOAT}).
	 * @param field the field
	 * @param increment the increment
	 * @return the new value
	 */
	public DoubleExpr hincrbyfloat(StringExpr field, DoubleExpr increment) {
		return new DoubleExpr(Dsl.commandWith(ScriptCommand.HINCRBYFLOAT, null, this.key, field, increment));
	}

	/**
	 * The length in bytes of a field's value ({@code HSTRLEN}).
	 * @param field the field
	 * @return the length, 0 if missing
	 */
	public IntExpr hstrlen(StringExpr field) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.HSTRLEN, null, this.key, field));
	}

	/**
	 * A random field ({@code HRANDFIELD}).
	 * @return the field, or null for a missing key
	 */
	public StringExpr hrandfield() {
		return new StringExpr(Dsl.commandWith(ScriptCommand.HRANDFIELD, null, this.key));
	}

	/**
	 * Random fields ({@code HRANDFIELD key count}): distinct if count is positive,
	 * possibly repeated if negative.
	 * @param count the count
	 * @return the fields
	 */
	public ListExpr<StringExpr> hrandfield(IntExpr count) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.HRANDFIELD_COUNT, null, this.key, count), Kind.STRING);
	}

	/**
	 * Random fields with their values ({@code HRANDFIELD key count WITHVALUES}).
	 * @param count the count
	 * @return [field, value] pairs
	 */
	public ListExpr<ListExpr<StringExpr>> hrandfieldWithValues(IntExpr count) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.HRANDFIELD_WITHVALUES, null, this.key, count),
				Kind.listOf(Kind.STRING));
	}

	/**
	 * The fields matching a pattern and their values, by a complete {@code HSCAN}.
	 * @param pattern a glob pattern over the elements
	 * @return the result
	 */
	public MapExpr<StringExpr> hscan(StringExpr pattern) {
		return new MapExpr<>(Dsl.command(ScriptCommand.HSCAN, this.key, pattern), Kind.STRING);
	}

}
