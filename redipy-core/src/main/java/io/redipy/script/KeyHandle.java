package io.redipy.script;

import io.redipy.api.ExpireCondition;
import io.redipy.api.SortArgs;
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
	 * When the key expires, as a Unix time in seconds; null without expiry or key
	 * ({@code EXPIRETIME}).
	 * @return an integer expression, nullable
	 */
	public IntExpr expiretime() {
		return new IntExpr(Dsl.command(ScriptCommand.EXPIRETIME, this.key));
	}

	/**
	 * When the key expires, as a Unix time in milliseconds; null without expiry or key
	 * ({@code PEXPIRETIME}).
	 * @return an integer expression, nullable
	 */
	public IntExpr pexpiretime() {
		return new IntExpr(Dsl.command(ScriptCommand.PEXPIRETIME, this.key));
	}

	/**
	 * Whether the key exists, marking it as just used ({@code TOUCH}).
	 * @return a boolean expression
	 */
	public BoolExpr touch() {
		return new BoolExpr(Dsl.command(ScriptCommand.TOUCH, this.key));
	}

	/**
	 * The value serialised as Redis 7.0 does ({@code DUMP}): the payload's bytes as a
	 * script string (exact on both backends), or null if the key does not exist.
	 * @return a string expression, nullable
	 */
	public StringExpr dump() {
		return new StringExpr(Dsl.command(ScriptCommand.DUMP, this.key));
	}

	/**
	 * Creates the key from a {@link #dump()} payload ({@code RESTORE}); an error if it
	 * exists ({@code BUSYKEY}) or the payload is broken.
	 * @param ttlMillis the time to live in milliseconds, 0 for none
	 * @param payload the payload
	 * @return true
	 */
	public BoolExpr restore(IntExpr ttlMillis, StringExpr payload) {
		return restore(ttlMillis, payload, false);
	}

	/**
	 * Creates the key from a payload, replacing an existing one if asked
	 * ({@code RESTORE ... [REPLACE]}).
	 * @param ttlMillis the time to live in milliseconds, 0 for none
	 * @param payload the payload
	 * @param replace whether to replace an existing key
	 * @return true
	 */
	public BoolExpr restore(IntExpr ttlMillis, StringExpr payload, boolean replace) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.RESTORE, replace, this.key, ttlMillis, payload));
	}

	/**
	 * Removes the expiry ({@code PERSIST}); whether there was one.
	 * @return the result
	 */
	public BoolExpr persist() {
		return new BoolExpr(Dsl.command(ScriptCommand.PERSIST, this.key));
	}

	/**
	 * Sets the time to live in seconds under a condition
	 * ({@code EXPIRE ... NX|XX|GT|LT}).
	 * @param seconds the seconds
	 * @param condition when to set it
	 * @return whether the expiry was set
	 */
	public BoolExpr expire(IntExpr seconds, ExpireCondition condition) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.EXPIRE, req(condition), this.key, seconds));
	}

	/**
	 * Sets the time to live in milliseconds under a condition ({@code PEXPIRE}).
	 * @param millis the milliseconds
	 * @param condition when to set it
	 * @return whether the expiry was set
	 */
	public BoolExpr pexpire(IntExpr millis, ExpireCondition condition) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.PEXPIRE, req(condition), this.key, millis));
	}

	/**
	 * Sets the expiry to a Unix time in seconds ({@code EXPIREAT}).
	 * @param unixSeconds the time
	 * @return whether the expiry was set
	 */
	public BoolExpr expireat(IntExpr unixSeconds) {
		return expireat(unixSeconds, ExpireCondition.ALWAYS);
	}

	/**
	 * Sets the expiry to a Unix time in seconds under a condition ({@code EXPIREAT}).
	 * @param unixSeconds the time
	 * @param condition when to set it
	 * @return whether the expiry was set
	 */
	public BoolExpr expireat(IntExpr unixSeconds, ExpireCondition condition) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.EXPIREAT, req(condition), this.key, unixSeconds));
	}

	/**
	 * Sets the expiry to a Unix time in milliseconds ({@code PEXPIREAT}).
	 * @param unixMillis the time
	 * @return whether the expiry was set
	 */
	public BoolExpr pexpireat(IntExpr unixMillis) {
		return pexpireat(unixMillis, ExpireCondition.ALWAYS);
	}

	/**
	 * Sets the expiry to a Unix time in milliseconds under a condition
	 * ({@code PEXPIREAT}).
	 * @param unixMillis the time
	 * @param condition when to set it
	 * @return whether the expiry was set
	 */
	public BoolExpr pexpireat(IntExpr unixMillis, ExpireCondition condition) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.PEXPIREAT, req(condition), this.key, unixMillis));
	}

	/**
	 * Renames the key ({@code RENAME}); the script fails if the key is missing.
	 * @param newKey the new name (gets the client's prefix)
	 * @return true
	 */
	public BoolExpr rename(StringExpr newKey) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.RENAME, null, this.key, newKey));
	}

	/**
	 * Renames the key if the new name is free ({@code RENAMENX}).
	 * @param newKey the new name (gets the client's prefix)
	 * @return whether it was renamed
	 */
	public BoolExpr renamenx(StringExpr newKey) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.RENAMENX, null, this.key, newKey));
	}

	/**
	 * Copies the value to a free destination ({@code COPY}).
	 * @param destination the destination (gets the client's prefix)
	 * @return whether it was copied
	 */
	public BoolExpr copy(StringExpr destination) {
		return copy(destination, false);
	}

	/**
	 * Copies the value, replacing an existing destination if asked
	 * ({@code COPY ... [REPLACE]}).
	 * @param destination the destination (gets the client's prefix)
	 * @param replace whether to replace an existing destination
	 * @return whether it was copied
	 */
	public BoolExpr copy(StringExpr destination, boolean replace) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.COPY, replace, this.key, destination));
	}

	/**
	 * Sorts the list, set or sorted set ({@code SORT}); the options are fixed when the
	 * script is built. A missing {@code GET} value is the empty string, and a set asked
	 * not to be sorted ({@link SortArgs#noSort()}) is sorted by bytes, as Redis does in
	 * scripts.
	 * @param args the options (patterns with a {@code *} get the client's prefix)
	 * @return the elements or GET values
	 */
	public ListExpr<StringExpr> sort(SortArgs args) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.SORT, req(args), this.key), Kind.STRING);
	}

	/**
	 * Sorts as a read-only command ({@code SORT_RO}); see {@link #sort(SortArgs)}.
	 * @param args the options
	 * @return the elements or GET values
	 */
	public ListExpr<StringExpr> sortRo(SortArgs args) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.SORT_RO, req(args), this.key), Kind.STRING);
	}

	/**
	 * Sorts and stores the result as a list ({@code SORT ... STORE}).
	 * @param args the options
	 * @param destination the destination (gets the client's prefix)
	 * @return the stored list's length
	 */
	public IntExpr sortStore(SortArgs args, StringExpr destination) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.SORT_STORE, req(args), this.key, destination));
	}

	private static <T> T req(T options) {
		return java.util.Objects.requireNonNull(options, "options");
	}

}
