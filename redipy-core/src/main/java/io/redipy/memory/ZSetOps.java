package io.redipy.memory;

import java.util.List;

import io.redipy.api.LexRange;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.api.ScoreRange;
import io.redipy.api.ScoredMember;
import io.redipy.api.ZAddOptions;
import io.redipy.api.ZRange;
import io.redipy.api.ZStoreOptions;
import org.jspecify.annotations.Nullable;

/**
 * Commands on sorted sets, as Redis 7.0 runs them.
 */
final class ZSetOps {

	/** The sorted-set algebra operations. */
	enum Kind {

		INTER, UNION, DIFF

	}

	private ZSetOps() {
	}

	static long zadd(Db db, String key, ZAddOptions options, List<ScoredMember> members) {
		throw new UnsupportedOperationException("TODO");
	}

	static @Nullable Double zaddIncr(Db db, String key, ZAddOptions options, double increment, String member) {
		throw new UnsupportedOperationException("TODO");
	}

	static long zrem(Db db, String key, String[] members) {
		throw new UnsupportedOperationException("TODO");
	}

	static List<@Nullable Double> zmscore(Db db, String key, String[] members) {
		throw new UnsupportedOperationException("TODO");
	}

	static double zincrby(Db db, String key, double increment, String member) {
		throw new UnsupportedOperationException("TODO");
	}

	static long zcard(Db db, String key) {
		throw new UnsupportedOperationException("TODO");
	}

	static long zcount(Db db, String key, ScoreRange range) {
		throw new UnsupportedOperationException("TODO");
	}

	static long zlexcount(Db db, String key, LexRange range) {
		throw new UnsupportedOperationException("TODO");
	}

	/** ZRANGE in all its forms, with scores. */
	static List<ScoredMember> zrange(Db db, String key, ZRange range) {
		throw new UnsupportedOperationException("TODO");
	}

	static long zrangestore(Db db, String destination, String source, ZRange range) {
		throw new UnsupportedOperationException("TODO");
	}

	static @Nullable Long zrank(Db db, String key, String member, boolean reverse) {
		throw new UnsupportedOperationException("TODO");
	}

	static List<ScoredMember> zpop(Db db, String key, long count, boolean max) {
		throw new UnsupportedOperationException("TODO");
	}

	/** ZREMRANGEBYRANK/BYSCORE/BYLEX, given as a range without REV or LIMIT. */
	static long zremrange(Db db, String key, ZRange range) {
		throw new UnsupportedOperationException("TODO");
	}

	static long store(Db db, String destination, Kind kind, ZStoreOptions options, String[] keys) {
		throw new UnsupportedOperationException("TODO");
	}

	/** ZRANDMEMBER key count WITHSCORES (the other forms take what they need). */
	static List<ScoredMember> zrandmember(Db db, String key, long count) {
		throw new UnsupportedOperationException("TODO");
	}

	static ScanPage<ScoredMember> zscan(Db db, String key, long cursor, ScanOptions options) {
		throw new UnsupportedOperationException("TODO");
	}

}
