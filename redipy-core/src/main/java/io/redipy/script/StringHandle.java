package io.redipy.script;

import io.redipy.api.Expiration;
import io.redipy.api.SetOptions;
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

	/**
	 * Sets the value with options ({@code SET ... [NX|XX] [EX|PX|EXAT|PXAT|KEEPTTL]}).
	 * @param value the value
	 * @param options the condition and expiration, fixed when the script is built
	 * @return whether it was set
	 */
	public BoolExpr set(StringExpr value, SetOptions options) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.SET, req(options), this.key, value));
	}

	/**
	 * Sets the value with options and returns the old one ({@code SET ... GET}).
	 * @param value the value
	 * @param options the condition and expiration, fixed when the script is built
	 * @return the old value, or null
	 */
	public StringExpr setGet(StringExpr value, SetOptions options) {
		return new StringExpr(Dsl.commandWith(ScriptCommand.SET_GET, req(options), this.key, value));
	}

	/**
	 * Sets the value if the key is missing ({@code SETNX}).
	 * @param value the value
	 * @return whether it was set
	 */
	public BoolExpr setnx(StringExpr value) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.SETNX_COMMAND, null, this.key, value));
	}

	/**
	 * The value, changing the expiry ({@code GETEX}).
	 * @param expiration the new expiry (or PERSIST), fixed when the script is built
	 * @return the value, or null
	 */
	public StringExpr getex(Expiration expiration) {
		return new StringExpr(Dsl.commandWith(ScriptCommand.GETEX, req(expiration), this.key));
	}

	/**
	 * Sets the value and returns the old one ({@code GETSET}).
	 * @param value the value
	 * @return the old value, or null
	 */
	public StringExpr getset(StringExpr value) {
		return new StringExpr(Dsl.commandWith(ScriptCommand.GETSET, null, this.key, value));
	}

	/**
	 * Adds one to the integer value ({@code INCR}).
	 * @return the new value
	 */
	public IntExpr incr() {
		return new IntExpr(Dsl.commandWith(ScriptCommand.INCR, null, this.key));
	}

	/**
	 * Subtracts one from the integer value ({@code DECR}).
	 * @return the new value
	 */
	public IntExpr decr() {
		return new IntExpr(Dsl.commandWith(ScriptCommand.DECR, null, this.key));
	}

	/**
	 * Subtracts from the integer value ({@code DECRBY}).
	 * @param decrement the decrement
	 * @return the new value
	 */
	public IntExpr decrby(IntExpr decrement) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.DECRBY, null, this.key, decrement));
	}

	/**
	 * Adds to the value as Redis's long double ({@code INCRBYFLOAT}).
	 * @param increment the increment
	 * @return the new value
	 */
	public DoubleExpr incrbyfloat(DoubleExpr increment) {
		return new DoubleExpr(Dsl.commandWith(ScriptCommand.INCRBYFLOAT, null, this.key, increment));
	}

	/**
	 * The bytes from start to end, inclusive ({@code GETRANGE}).
	 * @param start the first byte
	 * @param end the last byte
	 * @return the substring ("" for a missing key)
	 */
	public StringExpr getrange(IntExpr start, IntExpr end) {
		return new StringExpr(Dsl.commandWith(ScriptCommand.GETRANGE, null, this.key, start, end));
	}

	/**
	 * Overwrites bytes from an offset ({@code SETRANGE}).
	 * @param offset the byte offset
	 * @param value the bytes to write
	 * @return the new length in bytes
	 */
	public IntExpr setrange(IntExpr offset, StringExpr value) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.SETRANGE, null, this.key, offset, value));
	}

	private static <T> T req(T options) {
		return java.util.Objects.requireNonNull(options, "options");
	}

}
