package io.redipy.script;

import io.redipy.api.LexRange;
import io.redipy.api.ScoreRange;
import io.redipy.api.ZAddOptions;
import io.redipy.api.ZRange;
import io.redipy.api.ZStoreOptions;
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

	/**
	 * Adds a member or updates its score under options
	 * ({@code ZADD ... [NX|XX] [GT|LT] [CH]}).
	 * @param options the options, fixed when the script is built
	 * @param score the score
	 * @param member the member
	 * @return how many members are new (or changed, with CH)
	 */
	public IntExpr zadd(ZAddOptions options, DoubleExpr score, StringExpr member) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZADD, req(options), this.key, score, member));
	}

	/**
	 * Adds members or updates their scores ({@code ZADD key [options] score member...}).
	 * @param options the options, fixed when the script is built
	 * @param members the members with their scores (at least one)
	 * @return how many members are new (or changed, with CH)
	 */
	public IntExpr zadd(ZAddOptions options, ListExpr<ScoredExpr> members) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZADD_ALL, req(options), this.key, members));
	}

	/**
	 * Adds to a member's score under options ({@code ZADD ... INCR}).
	 * @param options the options, fixed when the script is built
	 * @param increment the increment
	 * @param member the member
	 * @return the new score, or null if the options prevented the update
	 */
	public DoubleExpr zaddIncr(ZAddOptions options, DoubleExpr increment, StringExpr member) {
		return new DoubleExpr(Dsl.commandWith(ScriptCommand.ZADD_INCR, req(options), this.key, increment, member));
	}

	/**
	 * Removes members ({@code ZREM key member...}).
	 * @param members the members (at least one)
	 * @return how many were removed
	 */
	public IntExpr zrem(ListExpr<StringExpr> members) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZREM_ALL, null, this.key, members));
	}

	/**
	 * The scores of some members ({@code ZMSCORE}): a map of the present members only.
	 * @param members the members (at least one)
	 * @return the present members and their scores
	 */
	public MapExpr<DoubleExpr> zmscore(ListExpr<StringExpr> members) {
		return new MapExpr<>(Dsl.commandWith(ScriptCommand.ZMSCORE, null, this.key, members), Kind.DOUBLE);
	}

	/**
	 * How many scores are in a range ({@code ZCOUNT}).
	 * @param range the range, fixed when the script is built
	 * @return the count
	 */
	public IntExpr zcount(ScoreRange range) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZCOUNT, req(range), this.key));
	}

	/**
	 * How many members are in a lexicographical range ({@code ZLEXCOUNT}).
	 * @param range the range, fixed when the script is built
	 * @return the count
	 */
	public IntExpr zlexcount(LexRange range) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZLEXCOUNT, req(range), this.key));
	}

	/**
	 * The members in a range by rank, score or lex
	 * ({@code ZRANGE ... [BYSCORE|BYLEX] [REV] [LIMIT]}).
	 * @param range the range, fixed when the script is built
	 * @return the members
	 */
	public ListExpr<StringExpr> zrange(ZRange range) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.ZRANGE_BY, req(range), this.key), Kind.STRING);
	}

	/**
	 * The members in a range with their scores ({@code ZRANGE ... WITHSCORES}).
	 * @param range the range, fixed when the script is built
	 * @return the members and scores
	 */
	public ListExpr<ScoredExpr> zrangeWithScores(ZRange range) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.ZRANGE_WITHSCORES, req(range), this.key), Kind.SCORED);
	}

	/**
	 * Stores a range of another sorted set in this key ({@code ZRANGESTORE}).
	 * @param source the source (gets the client's prefix)
	 * @param range the range, fixed when the script is built
	 * @return the size of the result
	 */
	public IntExpr zrangestore(StringExpr source, ZRange range) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZRANGESTORE, req(range), this.key, source));
	}

	/**
	 * A member's rank from the highest score ({@code ZREVRANK}).
	 * @param member the member
	 * @return the rank, or null if absent
	 */
	public IntExpr zrevrank(StringExpr member) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZREVRANK, null, this.key, member));
	}

	/**
	 * Pops the member with the lowest score ({@code ZPOPMIN key}).
	 * @return the member with its score, or null if empty
	 */
	public ScoredExpr zpopmin() {
		return new ScoredExpr(Dsl.commandWith(ScriptCommand.ZPOPMIN_ONE, null, this.key));
	}

	/**
	 * Pops the member with the highest score ({@code ZPOPMAX key}).
	 * @return the member with its score, or null if empty
	 */
	public ScoredExpr zpopmax() {
		return new ScoredExpr(Dsl.commandWith(ScriptCommand.ZPOPMAX_ONE, null, this.key));
	}

	/**
	 * Removes the members in a range of ranks ({@code ZREMRANGEBYRANK}).
	 * @param start the start
	 * @param stop the stop, inclusive
	 * @return how many were removed
	 */
	public IntExpr zremrangebyrank(IntExpr start, IntExpr stop) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZREMRANGEBYRANK, null, this.key, start, stop));
	}

	/**
	 * Removes the members in a score range ({@code ZREMRANGEBYSCORE}).
	 * @param range the range, fixed when the script is built
	 * @return how many were removed
	 */
	public IntExpr zremrangebyscore(ScoreRange range) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZREMRANGEBYSCORE, req(range), this.key));
	}

	/**
	 * Removes the members in a lexicographical range ({@code ZREMRANGEBYLEX}).
	 * @param range the range, fixed when the script is built
	 * @return how many were removed
	 */
	public IntExpr zremrangebylex(LexRange range) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZREMRANGEBYLEX, req(range), this.key));
	}

	/**
	 * Stores the union of sorted sets in this key ({@code ZUNIONSTORE}).
	 * @param options weights and aggregate, fixed when the script is built
	 * @param keys the sorted sets (at least one; each gets the client's prefix)
	 * @return the size of the result
	 */
	public IntExpr zunionstore(ZStoreOptions options, ListExpr<StringExpr> keys) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZUNIONSTORE, req(options), this.key, keys));
	}

	/**
	 * Stores the intersection of sorted sets in this key ({@code ZINTERSTORE}).
	 * @param options weights and aggregate, fixed when the script is built
	 * @param keys the sorted sets (at least one; each gets the client's prefix)
	 * @return the size of the result
	 */
	public IntExpr zinterstore(ZStoreOptions options, ListExpr<StringExpr> keys) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZINTERSTORE, req(options), this.key, keys));
	}

	/**
	 * Stores the difference of the first sorted set and the others in this key
	 * ({@code ZDIFFSTORE}).
	 * @param keys the sorted sets (at least one; each gets the client's prefix)
	 * @return the size of the result
	 */
	public IntExpr zdiffstore(ListExpr<StringExpr> keys) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZDIFFSTORE, null, this.key, keys));
	}

	/**
	 * A random member ({@code ZRANDMEMBER}).
	 * @return the member, or null for a missing key
	 */
	public StringExpr zrandmember() {
		return new StringExpr(Dsl.commandWith(ScriptCommand.ZRANDMEMBER, null, this.key));
	}

	/**
	 * Random members ({@code ZRANDMEMBER key count}): distinct if count is positive,
	 * possibly repeated if negative.
	 * @param count the count
	 * @return the members
	 */
	public ListExpr<StringExpr> zrandmember(IntExpr count) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.ZRANDMEMBER_COUNT, null, this.key, count), Kind.STRING);
	}

	/**
	 * Random members with their scores ({@code ZRANDMEMBER key count WITHSCORES}).
	 * @param count the count
	 * @return the members and scores
	 */
	public ListExpr<ScoredExpr> zrandmemberWithScores(IntExpr count) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.ZRANDMEMBER_WITHSCORES, null, this.key, count),
				Kind.SCORED);
	}

	private static <T> T req(T options) {
		return java.util.Objects.requireNonNull(options, "options");
	}

	/**
	 * The members matching a pattern with their scores, by a complete {@code ZSCAN}, once
	 * each, sorted by member.
	 * @param pattern a glob pattern over the elements
	 * @return the result
	 */
	public ListExpr<ScoredExpr> zscan(StringExpr pattern) {
		return new ListExpr<>(Dsl.command(ScriptCommand.ZSCAN, this.key, pattern), Kind.SCORED);
	}

}
