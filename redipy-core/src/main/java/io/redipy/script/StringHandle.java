package io.redipy.script;

import io.redipy.script.ir.ScriptCommand;

/**
 * Commands on a string value.
 */
public final class StringHandle {

	private final StringExpr key;

	StringHandle(StringExpr key) {
		this.key = key;
	}

	/**
	 * The value, null if missing ({@code GET}).
	 * @return the result
	 */
	public StringExpr get() {
		return new StringExpr(Dsl.command(ScriptCommand.GET, this.key));
	}

	/**
	 * Sets the value ({@code SET}); true.
	 * @param value the value
	 * @return the result
	 */
	public BoolExpr set(StringExpr value) {
		return new BoolExpr(Dsl.command(ScriptCommand.SET, this.key, value));
	}

	/**
	 * Sets the value if the key is missing ({@code SET ... NX}); whether it did.
	 * @param value the value
	 * @return the result
	 */
	public BoolExpr setIfMissing(StringExpr value) {
		return new BoolExpr(Dsl.command(ScriptCommand.SETNX, this.key, value));
	}

	/**
	 * Sets the value with a time to live in milliseconds ({@code SET ... PX}); true.
	 * @param value the value
	 * @param millis the millis
	 * @return the result
	 */
	public BoolExpr setWithExpiry(StringExpr value, IntExpr millis) {
		return new BoolExpr(Dsl.command(ScriptCommand.SET_PX, this.key, value, millis));
	}

	/**
	 * The value, deleting the key ({@code GETDEL}).
	 * @return the result
	 */
	public StringExpr getdel() {
		return new StringExpr(Dsl.command(ScriptCommand.GETDEL, this.key));
	}

	/**
	 * Adds to the integer value ({@code INCRBY}); the new value.
	 * @param increment the increment
	 * @return the result
	 */
	public IntExpr incrby(IntExpr increment) {
		return new IntExpr(Dsl.command(ScriptCommand.INCRBY, this.key, increment));
	}

	/**
	 * Appends ({@code APPEND}); the new length in bytes.
	 * @param value the value
	 * @return the result
	 */
	public IntExpr append(StringExpr value) {
		return new IntExpr(Dsl.command(ScriptCommand.APPEND, this.key, value));
	}

	/**
	 * The length in bytes ({@code STRLEN}).
	 * @return the result
	 */
	public IntExpr strlen() {
		return new IntExpr(Dsl.command(ScriptCommand.STRLEN, this.key));
	}

}
