package io.redipy.script;

import io.redipy.script.ir.ScriptCommand;

/**
 * Commands on a set.
 */
public final class SetHandle {

	private final StringExpr key;

	SetHandle(StringExpr key) {
		this.key = key;
	}

	/**
	 * Adds a member ({@code SADD}); 1 if it is new.
	 * @param member the member
	 * @return the result
	 */
	public IntExpr sadd(StringExpr member) {
		return new IntExpr(Dsl.command(ScriptCommand.SADD, this.key, member));
	}

	/**
	 * Removes a member ({@code SREM}); 1 if it was there.
	 * @param member the member
	 * @return the result
	 */
	public IntExpr srem(StringExpr member) {
		return new IntExpr(Dsl.command(ScriptCommand.SREM, this.key, member));
	}

	/**
	 * Whether a value is a member ({@code SISMEMBER}).
	 * @param member the member
	 * @return the result
	 */
	public BoolExpr sismember(StringExpr member) {
		return new BoolExpr(Dsl.command(ScriptCommand.SISMEMBER, this.key, member));
	}

	/**
	 * The number of members ({@code SCARD}).
	 * @return the result
	 */
	public IntExpr scard() {
		return new IntExpr(Dsl.command(ScriptCommand.SCARD, this.key));
	}

	/**
	 * The members, in UTF-8 byte order ({@code SMEMBERS}).
	 * @return the result
	 */
	public ListExpr<StringExpr> smembers() {
		return new ListExpr<>(Dsl.command(ScriptCommand.SMEMBERS, this.key), Kind.STRING);
	}

}
