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

	/**
	 * Adds members ({@code SADD key member...}).
	 * @param members the members (at least one)
	 * @return how many are new
	 */
	public IntExpr sadd(ListExpr<StringExpr> members) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.SADD_ALL, null, this.key, members));
	}

	/**
	 * Removes members ({@code SREM key member...}).
	 * @param members the members (at least one)
	 * @return how many were removed
	 */
	public IntExpr srem(ListExpr<StringExpr> members) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.SREM_ALL, null, this.key, members));
	}

	/**
	 * Whether each value is a member ({@code SMISMEMBER}).
	 * @param members the values (at least one)
	 * @return one boolean per value
	 */
	public ListExpr<BoolExpr> smismember(ListExpr<StringExpr> members) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.SMISMEMBER, null, this.key, members), Kind.BOOLEAN);
	}

	/**
	 * Removes and returns a random member ({@code SPOP}).
	 * @return the member, or null for a missing key
	 */
	public StringExpr spop() {
		return new StringExpr(Dsl.commandWith(ScriptCommand.SPOP, null, this.key));
	}

	/**
	 * Removes up to count random members ({@code SPOP key count}).
	 * @param count the count
	 * @return the members, sorted by UTF-8 bytes
	 */
	public ListExpr<StringExpr> spop(IntExpr count) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.SPOP_COUNT, null, this.key, count), Kind.STRING);
	}

	/**
	 * A random member ({@code SRANDMEMBER}).
	 * @return the member, or null for a missing key
	 */
	public StringExpr srandmember() {
		return new StringExpr(Dsl.commandWith(ScriptCommand.SRANDMEMBER, null, this.key));
	}

	/**
	 * Random members ({@code SRANDMEMBER key count}): distinct if count is positive,
	 * possibly repeated if negative.
	 * @param count the count
	 * @return the members
	 */
	public ListExpr<StringExpr> srandmember(IntExpr count) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.SRANDMEMBER_COUNT, null, this.key, count), Kind.STRING);
	}

	/**
	 * Moves a member to another set ({@code SMOVE}).
	 * @param destination the destination (gets the client's prefix)
	 * @param member the member
	 * @return whether it was moved
	 */
	public BoolExpr smove(StringExpr destination, StringExpr member) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.SMOVE, null, this.key, destination, member));
	}

	/**
	 * Stores the intersection of sets in this key ({@code SINTERSTORE}).
	 * @param keys the sets (at least one; each gets the client's prefix)
	 * @return the size of the result
	 */
	public IntExpr sinterstore(ListExpr<StringExpr> keys) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.SINTERSTORE, null, this.key, keys));
	}

	/**
	 * Stores the union of sets in this key ({@code SUNIONSTORE}).
	 * @param keys the sets (at least one; each gets the client's prefix)
	 * @return the size of the result
	 */
	public IntExpr sunionstore(ListExpr<StringExpr> keys) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.SUNIONSTORE, null, this.key, keys));
	}

	/**
	 * Stores the difference of the first set and the others in this key
	 * ({@code SDIFFSTORE}).
	 * @param keys the sets (at least one; each gets the client's prefix)
	 * @return the size of the result
	 */
	public IntExpr sdiffstore(ListExpr<StringExpr> keys) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.SDIFFSTORE, null, this.key, keys));
	}

	/**
	 * The members matching a pattern, by a complete {@code SSCAN}, once each, sorted.
	 * @param pattern a glob pattern over the elements
	 * @return the result
	 */
	public ListExpr<StringExpr> sscan(StringExpr pattern) {
		return new ListExpr<>(Dsl.command(ScriptCommand.SSCAN, this.key, pattern), Kind.STRING);
	}

}
