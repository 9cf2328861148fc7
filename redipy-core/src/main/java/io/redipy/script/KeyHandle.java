package io.redipy.script;

import io.redipy.script.ir.ScriptCommand;

/**
 * Commands on any key.
 */
public final class KeyHandle {

	private final StringExpr key;

	KeyHandle(StringExpr key) {
		this.key = key;
	}

	/**
	 * Whether the key exists ({@code EXISTS}).
	 * @return the result
	 */
	public BoolExpr exists() {
		return new BoolExpr(Dsl.command(ScriptCommand.EXISTS, this.key));
	}

	/**
	 * Deletes the key ({@code DEL}); whether it existed.
	 * @return the result
	 */
	public BoolExpr del() {
		return new BoolExpr(Dsl.command(ScriptCommand.DEL, this.key));
	}

	/**
	 * The value's type name, {@code "none"} for a missing key ({@code TYPE}).
	 * @return the result
	 */
	public StringExpr type() {
		return new StringExpr(Dsl.command(ScriptCommand.TYPE, this.key));
	}

	/**
	 * Sets the time to live in seconds ({@code EXPIRE}); zero or negative deletes.
	 * @param seconds the seconds
	 * @return the result
	 */
	public BoolExpr expire(IntExpr seconds) {
		return new BoolExpr(Dsl.command(ScriptCommand.EXPIRE, this.key, seconds));
	}

	/**
	 * Sets the time to live in milliseconds ({@code PEXPIRE}).
	 * @param millis the millis
	 * @return the result
	 */
	public BoolExpr pexpire(IntExpr millis) {
		return new BoolExpr(Dsl.command(ScriptCommand.PEXPIRE, this.key, millis));
	}

	/**
	 * Remaining seconds, null without expiry or key ({@code TTL}).
	 * @return the result
	 */
	public IntExpr ttl() {
		return new IntExpr(Dsl.command(ScriptCommand.TTL, this.key));
	}

	/**
	 * Remaining milliseconds, null without expiry or key ({@code PTTL}).
	 * @return the result
	 */
	public IntExpr pttl() {
		return new IntExpr(Dsl.command(ScriptCommand.PTTL, this.key));
	}

	/**
	 * Removes the expiry ({@code PERSIST}); whether there was one.
	 * @return the result
	 */
	public BoolExpr persist() {
		return new BoolExpr(Dsl.command(ScriptCommand.PERSIST, this.key));
	}

}
