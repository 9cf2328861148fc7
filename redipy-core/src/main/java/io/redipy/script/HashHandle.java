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

}
