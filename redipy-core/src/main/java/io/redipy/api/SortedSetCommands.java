package io.redipy.api;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Commands on sorted sets. Members are ordered by score, then by member (byte order of
 * the UTF-8 encoding). A sorted set that loses its last member is deleted.
 */
public interface SortedSetCommands {

	/**
	 * Adds a member or updates its score ({@code ZADD}).
	 * @param key the key
	 * @param score the score
	 * @param member the member
	 * @return 1 if the member is new, else 0
	 */
	default long zadd(String key, double score, String member) {
		return zadd(key, ZAddOptions.none(), List.of(ScoredMember.of(member, score)));
	}

	/**
	 * Adds members or updates their scores ({@code ZADD}).
	 * @param key the key
	 * @param members the members (at least one)
	 * @return how many are new
	 */
	default long zadd(String key, Collection<ScoredMember> members) {
		return zadd(key, ZAddOptions.none(), members);
	}

	/**
	 * Adds members or updates their scores, with conditions
	 * ({@code ZADD key [NX|XX] [GT|LT] [CH] score member ...}).
	 * @param key the key
	 * @param options the conditions
	 * @param members the members (at least one)
	 * @return how many are new (with {@code CH}: new or changed)
	 * @throws io.redipy.InvalidArgumentException for combinations Redis refuses (e.g.
	 * {@code NX} with {@code GT})
	 */
	long zadd(String key, ZAddOptions options, Collection<ScoredMember> members);

	/**
	 * Adds to a member's score with conditions ({@code ZADD ... INCR}).
	 * @param key the key
	 * @param options the conditions
	 * @param increment the amount
	 * @param member the member
	 * @return the new score, or {@code null} if a condition stopped it
	 */
	@Nullable Double zaddIncr(String key, ZAddOptions options, double increment, String member);

	/**
	 * Removes members ({@code ZREM}).
	 * @param key the key
	 * @param members the members
	 * @return how many were removed
	 */
	long zrem(String key, String... members);

	/**
	 * Returns a member's score ({@code ZSCORE}).
	 * @param key the key
	 * @param member the member
	 * @return the score, or {@code null}
	 */
	@Nullable Double zscore(String key, String member);

	/**
	 * Returns several members' scores ({@code ZMSCORE}).
	 * @param key the key
	 * @param members the members
	 * @return one score or {@code null} per member, in order
	 */
	List<@Nullable Double> zmscore(String key, String... members);

	/**
	 * Adds to a member's score ({@code ZINCRBY}); a new member starts at 0.
	 * @param key the key
	 * @param increment the amount
	 * @param member the member
	 * @return the new score
	 */
	double zincrby(String key, double increment, String member);

	/**
	 * Returns the number of members ({@code ZCARD}).
	 * @param key the key
	 * @return the number, 0 if the key does not exist
	 */
	long zcard(String key);

	/**
	 * Counts the members in a score range ({@code ZCOUNT}).
	 * @param key the key
	 * @param range the scores
	 * @return the count
	 */
	long zcount(String key, ScoreRange range);

	/**
	 * Counts the members in a lexicographical range ({@code ZLEXCOUNT}).
	 * @param key the key
	 * @param range the members
	 * @return the count
	 */
	long zlexcount(String key, LexRange range);

	/**
	 * Returns the members in a range ({@code ZRANGE}).
	 * @param key the key
	 * @param range ranks, scores or members, order and limit
	 * @return the members
	 */
	List<String> zrange(String key, ZRange range);

	/**
	 * Returns the members in a rank range, both ends inclusive ({@code ZRANGE key start
	 * stop}).
	 * @param key the key
	 * @param start the first rank
	 * @param stop the last rank
	 * @return the members
	 */
	default List<String> zrange(String key, long start, long stop) {
		return zrange(key, ZRange.byRank(start, stop));
	}

	/**
	 * Returns the members in a range with their scores ({@code ZRANGE ... WITHSCORES}).
	 * @param key the key
	 * @param range ranks, scores or members, order and limit
	 * @return the members and scores
	 */
	List<ScoredMember> zrangeWithScores(String key, ZRange range);

	/**
	 * Stores the members in a range into another key ({@code ZRANGESTORE}).
	 * @param destination the key to store into (replaced; deleted if empty)
	 * @param source the key to read
	 * @param range ranks, scores or members, order and limit
	 * @return the number of members stored
	 */
	long zrangestore(String destination, String source, ZRange range);

	/**
	 * Returns a member's rank, low to high ({@code ZRANK}).
	 * @param key the key
	 * @param member the member
	 * @return the 0-based rank, or {@code null}
	 */
	@Nullable Long zrank(String key, String member);

	/**
	 * Returns a member's rank, high to low ({@code ZREVRANK}).
	 * @param key the key
	 * @param member the member
	 * @return the 0-based rank, or {@code null}
	 */
	@Nullable Long zrevrank(String key, String member);

	/**
	 * Removes and returns the member with the lowest score ({@code ZPOPMIN}).
	 * @param key the key
	 * @return the member, or {@code null} if the key does not exist
	 */
	@Nullable ScoredMember zpopmin(String key);

	/**
	 * Removes and returns up to {@code count} members with the lowest scores.
	 * @param key the key
	 * @param count how many
	 * @return the members, lowest first
	 */
	List<ScoredMember> zpopmin(String key, long count);

	/**
	 * Removes and returns the member with the highest score ({@code ZPOPMAX}).
	 * @param key the key
	 * @return the member, or {@code null}
	 */
	@Nullable ScoredMember zpopmax(String key);

	/**
	 * Removes and returns up to {@code count} members with the highest scores.
	 * @param key the key
	 * @param count how many
	 * @return the members, highest first
	 */
	List<ScoredMember> zpopmax(String key, long count);

	/**
	 * Pops members from the first of several sorted sets that has any ({@code ZMPOP
	 * numkeys key... MIN|MAX COUNT count}).
	 * @param side the lowest or highest scores
	 * @param count the most members (at least 1)
	 * @param keys the keys, tried in order
	 * @return the key and its members, or null if every sorted set is empty
	 */
	@Nullable KeyedScoredMembers zmpop(ScoreSide side, long count, String... keys);

	/**
	 * Removes the members in a rank range ({@code ZREMRANGEBYRANK}).
	 * @param key the key
	 * @param start the first rank
	 * @param stop the last rank
	 * @return how many were removed
	 */
	long zremrangebyrank(String key, long start, long stop);

	/**
	 * Removes the members in a score range ({@code ZREMRANGEBYSCORE}).
	 * @param key the key
	 * @param range the scores
	 * @return how many were removed
	 */
	long zremrangebyscore(String key, ScoreRange range);

	/**
	 * Removes the members in a lexicographical range ({@code ZREMRANGEBYLEX}).
	 * @param key the key
	 * @param range the members
	 * @return how many were removed
	 */
	long zremrangebylex(String key, LexRange range);

	/**
	 * Stores the union of sorted sets ({@code ZUNIONSTORE}).
	 * @param destination the key to store into (replaced; deleted if empty)
	 * @param options weights and aggregate
	 * @param keys the input keys (sets count with score 1)
	 * @return the size of the result
	 */
	long zunionstore(String destination, ZStoreOptions options, String... keys);

	/**
	 * Stores the intersection of sorted sets ({@code ZINTERSTORE}).
	 * @param destination the key to store into
	 * @param options weights and aggregate
	 * @param keys the input keys
	 * @return the size of the result
	 */
	long zinterstore(String destination, ZStoreOptions options, String... keys);

	/**
	 * Stores the members of the first sorted set that are in none of the others
	 * ({@code ZDIFFSTORE}).
	 * @param destination the key to store into
	 * @param keys the first key, then the keys to subtract
	 * @return the size of the result
	 */
	long zdiffstore(String destination, String... keys);

	/**
	 * Returns the union of sorted sets, by score ({@code ZUNION}).
	 * @param options weights and aggregate
	 * @param keys the input keys (sets count with score 1)
	 * @return the members, from the lowest score
	 */
	List<String> zunion(ZStoreOptions options, String... keys);

	/**
	 * Returns the union of sorted sets with the scores ({@code ZUNION ... WITHSCORES}).
	 * @param options weights and aggregate
	 * @param keys the input keys
	 * @return the members with their scores, from the lowest
	 */
	List<ScoredMember> zunionWithScores(ZStoreOptions options, String... keys);

	/**
	 * Returns the intersection of sorted sets, by score ({@code ZINTER}).
	 * @param options weights and aggregate
	 * @param keys the input keys (sets count with score 1)
	 * @return the members, from the lowest score
	 */
	List<String> zinter(ZStoreOptions options, String... keys);

	/**
	 * Returns the intersection of sorted sets with the scores
	 * ({@code ZINTER ... WITHSCORES}).
	 * @param options weights and aggregate
	 * @param keys the input keys
	 * @return the members with their scores, from the lowest
	 */
	List<ScoredMember> zinterWithScores(ZStoreOptions options, String... keys);

	/**
	 * Returns the members of the first sorted set that are in none of the others, by
	 * score ({@code ZDIFF}).
	 * @param keys the first key, then the keys to subtract
	 * @return the members, from the lowest score
	 */
	List<String> zdiff(String... keys);

	/**
	 * Returns the difference with the scores ({@code ZDIFF ... WITHSCORES}).
	 * @param keys the first key, then the keys to subtract
	 * @return the members with their scores, from the lowest
	 */
	List<ScoredMember> zdiffWithScores(String... keys);

	/**
	 * Counts the intersection of sorted sets ({@code ZINTERCARD}).
	 * @param keys the input keys
	 * @return the size of the intersection
	 */
	default long zintercard(String... keys) {
		return zintercard(0, keys);
	}

	/**
	 * Counts the intersection of sorted sets, stopping at a limit ({@code ZINTERCARD}).
	 * @param limit where to stop counting, 0 for no limit
	 * @param keys the input keys
	 * @return the size of the intersection, at most {@code limit} if it is not 0
	 */
	long zintercard(long limit, String... keys);

	/**
	 * Returns a random member ({@code ZRANDMEMBER}).
	 * @param key the key
	 * @return a member, or {@code null}
	 */
	@Nullable String zrandmember(String key);

	/**
	 * Returns random members: distinct if {@code count} is positive, possibly repeated if
	 * negative ({@code ZRANDMEMBER key count}).
	 * @param key the key
	 * @param count how many
	 * @return the members
	 */
	List<String> zrandmember(String key, long count);

	/**
	 * Returns random members with their scores
	 * ({@code ZRANDMEMBER key count WITHSCORES}).
	 * @param key the key
	 * @param count how many
	 * @return the members and scores
	 */
	List<ScoredMember> zrandmemberWithScores(String key, long count);

	/**
	 * Iterates a sorted set one page at a time ({@code ZSCAN}).
	 * @param key the key
	 * @param cursor {@code "0"} to start, then the previous page's cursor
	 * @param options pattern and count hint (no type)
	 * @return the next page
	 */
	ScanPage<ScoredMember> zscan(String key, String cursor, ScanOptions options);

}
