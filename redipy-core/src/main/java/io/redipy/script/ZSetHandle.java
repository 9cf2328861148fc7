package io.redipy.script;

import io.redipy.script.ir.ScriptCommand;

/**
 * Commands on a sorted set.
 */
public final class ZSetHandle {

	private final StringExpr key;

	ZSetHandle(StringExpr key) {
		this.key = key;
	}

	/**
	 * Adds a member or sets its score ({@code ZADD}); 1 if it is new.
	 * @param score the score
	 * @param member the member
	 * @return the result
	 */
	public IntExpr zadd(DoubleExpr score, StringExpr member) {
		return new IntExpr(Dsl.command(ScriptCommand.ZADD, this.key, score, member));
	}

	/**
	 * Removes a member ({@code ZREM}); 1 if it was there.
	 * @param member the member
	 * @return the result
	 */
	public IntExpr zrem(StringExpr member) {
		return new IntExpr(Dsl.command(ScriptCommand.ZREM, this.key, member));
	}

	/**
	 * A member's score, null if absent ({@code ZSCORE}).
	 * @param member the member
	 * @return the result
	 */
	public DoubleExpr zscore(StringExpr member) {
		return new DoubleExpr(Dsl.command(ScriptCommand.ZSCORE, this.key, member));
	}

	/**
	 * Adds to a member's score ({@code ZINCRBY}); the new score.
	 * @param increment the increment
	 * @param member the member
	 * @return the result
	 */
	public DoubleExpr zincrby(DoubleExpr increment, StringExpr member) {
		return new DoubleExpr(Dsl.command(ScriptCommand.ZINCRBY, this.key, increment, member));
	}

	/**
	 * The number of members ({@code ZCARD}).
	 * @return the result
	 */
	public IntExpr zcard() {
		return new IntExpr(Dsl.command(ScriptCommand.ZCARD, this.key));
	}

	/**
	 * A member's rank, null if absent ({@code ZRANK}).
	 * @param member the member
	 * @return the result
	 */
	public IntExpr zrank(StringExpr member) {
		return new IntExpr(Dsl.command(ScriptCommand.ZRANK, this.key, member));
	}

	/**
	 * Members by rank, inclusive ({@code ZRANGE}).
	 * @param start the start
	 * @param stop the stop
	 * @return the result
	 */
	public ListExpr<StringExpr> zrange(IntExpr start, IntExpr stop) {
		return new ListExpr<>(Dsl.command(ScriptCommand.ZRANGE, this.key, start, stop), Kind.STRING);
	}

	/**
	 * Pops up to count members with the highest scores, highest first ({@code ZPOPMAX}).
	 * @param count the count
	 * @return the result
	 */
	public ListExpr<ScoredExpr> zpopmax(IntExpr count) {
		return new ListExpr<>(Dsl.command(ScriptCommand.ZPOPMAX, this.key, count), Kind.SCORED);
	}

	/**
	 * Pops up to count members with the lowest scores, lowest first ({@code ZPOPMIN}).
	 * @param count the count
	 * @return the result
	 */
	public ListExpr<ScoredExpr> zpopmin(IntExpr count) {
		return new ListExpr<>(Dsl.command(ScriptCommand.ZPOPMIN, this.key, count), Kind.SCORED);
	}

}
