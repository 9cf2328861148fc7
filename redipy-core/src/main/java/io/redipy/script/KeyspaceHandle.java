package io.redipy.script;

import io.redipy.script.ir.ScriptCommand;

/**
 * Commands on the client's whole keyspace: the keys of its prefix (all keys without one),
 * named without the prefix.
 */
public final class KeyspaceHandle {

	KeyspaceHandle() {
	}

	/**
	 * The client's keys matching a glob pattern ({@code KEYS}).
	 * @param pattern the pattern, matched against names without the prefix
	 * @return the names without the prefix, sorted by UTF-8 bytes
	 */
	public ListExpr<StringExpr> keys(StringExpr pattern) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.KEYS, null, pattern), Kind.STRING);
	}

	/**
	 * The number of the client's keys ({@code DBSIZE}; counted with {@code KEYS} on
	 * Redis, so that a prefix is respected).
	 * @return the count
	 */
	public IntExpr dbsize() {
		return new IntExpr(Dsl.commandWith(ScriptCommand.DBSIZE, null));
	}

	/**
	 * One of the client's keys at random ({@code RANDOMKEY}).
	 * @return the name without the prefix, or null if there is none
	 */
	public StringExpr randomkey() {
		return new StringExpr(Dsl.commandWith(ScriptCommand.RANDOMKEY, null));
	}

	/**
	 * Every key of the client matching a pattern, by a complete {@code SCAN}.
	 * @param pattern the pattern, matched against names without the prefix
	 * @return the names without the prefix, once each, sorted by UTF-8 bytes
	 */
	public ListExpr<StringExpr> scan(StringExpr pattern) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.SCAN, null, pattern), Kind.STRING);
	}

	/**
	 * Deletes every key of the client ({@code FLUSHDB} without a prefix; the prefix's
	 * keys with one).
	 * @return true
	 */
	public BoolExpr flushall() {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.FLUSHALL, null));
	}

	/**
	 * Pings the server ({@code PING}).
	 * @return {@code "PONG"}
	 */
	public StringExpr ping() {
		return new StringExpr(Dsl.commandWith(ScriptCommand.PING, null));
	}

	/**
	 * Sets several string keys ({@code MSET}).
	 * @param values the keys (each gets the client's prefix) and values; at least one
	 * @return true
	 */
	public BoolExpr mset(MapExpr<StringExpr> values) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.MSET, null, values));
	}

	/**
	 * Sets several string keys if none of them exists ({@code MSETNX}).
	 * @param values the keys (each gets the client's prefix) and values; at least one
	 * @return whether they were set
	 */
	public BoolExpr msetnx(MapExpr<StringExpr> values) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.MSETNX, null, values));
	}

}
