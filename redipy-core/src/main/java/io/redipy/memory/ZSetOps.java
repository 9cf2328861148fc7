package io.redipy.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.redipy.api.LexBound;
import io.redipy.api.LexRange;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.api.ScoreRange;
import io.redipy.api.ScoredMember;
import io.redipy.api.ZAddOptions;
import io.redipy.api.ZRange;
import io.redipy.api.ZStoreOptions;
import io.redipy.memory.Keyspace.Entry;
import io.redipy.memory.ZSetValue.Node;
import org.jspecify.annotations.Nullable;

/**
 * Commands on sorted sets, as Redis 7.0 runs them.
 */
final class ZSetOps {

	/** The sorted-set algebra operations. */
	enum Kind {

		INTER, UNION, DIFF

	}

	private static final long DEFAULT_SCAN_COUNT = 10;

	private ZSetOps() {
	}

	// ZADD, ZINCRBY

	private static void checkOptions(ZAddOptions options) {
		if (options.existence() == ZAddOptions.Existence.NX && options.comparison() != ZAddOptions.Comparison.ANY) {
			throw Errors.error(Errors.ZADD_GT_LT_NX);
		}
	}

	/** The sorted set to add to, created unless XX forbids it ({@code null} then). */
	private static @Nullable ZSetValue forAdd(Db db, String key, ZAddOptions options, String firstMember) {
		ZSetValue zset = db.get(key, ZSetValue.class);
		if (zset != null) {
			return zset;
		}
		if (options.existence() == ZAddOptions.Existence.XX) {
			return null;
		}
		boolean compact = Strings.utf8Length(firstMember) <= ZSetValue.COMPACT_VALUE;
		return db.getOrCreate(key, ZSetValue.class, () -> new ZSetValue(compact));
	}

	static long zadd(Db db, String key, ZAddOptions options, List<ScoredMember> members) {
		checkOptions(options);
		for (ScoredMember member : members) {
			if (Double.isNaN(member.score())) {
				throw Errors.error(Errors.NOT_FLOAT);
			}
		}
		ZSetValue zset = forAdd(db, key, options, members.get(0).member());
		if (zset == null) {
			return 0;
		}
		long added = 0;
		long updated = 0;
		for (ScoredMember member : members) {
			Node node = zset.find(member.member());
			double score = member.score();
			if (node == null) {
				if (options.existence() != ZAddOptions.Existence.XX) {
					zset.put(member.member(), score);
					added++;
				}
				continue;
			}
			if (options.existence() == ZAddOptions.Existence.NX || blocked(options, score, node.score)) {
				continue;
			}
			if (score != node.score) {
				zset.put(member.member(), score);
				updated++;
			}
		}
		if (added + updated > 0) {
			db.notify(KeyEvents.ZSET, "zadd", key);
		}
		return options.changed() ? added + updated : added;
	}

	private static boolean blocked(ZAddOptions options, double score, double current) {
		return (options.comparison() == ZAddOptions.Comparison.LT && score >= current)
				|| (options.comparison() == ZAddOptions.Comparison.GT && score <= current);
	}

	static @Nullable Double zaddIncr(Db db, String key, ZAddOptions options, double increment, String member) {
		checkOptions(options);
		if (Double.isNaN(increment)) {
			throw Errors.error(Errors.NOT_FLOAT);
		}
		ZSetValue zset = forAdd(db, key, options, member);
		if (zset == null) {
			return null;
		}
		Node node = zset.find(member);
		if (node == null) {
			if (options.existence() == ZAddOptions.Existence.XX) {
				return null;
			}
			zset.put(member, increment);
			db.notify(KeyEvents.ZSET, "zincr", key);
			return increment;
		}
		if (options.existence() == ZAddOptions.Existence.NX) {
			return null;
		}
		double current = node.score;
		double score = increment + current;
		if (Double.isNaN(score)) {
			throw Errors.error(Errors.SCORE_NAN);
		}
		if (blocked(options, score, current)) {
			return null;
		}
		if (score != current) {
			// Redis counts an unchanged score as no update: no event
			zset.put(member, score);
			db.notify(KeyEvents.ZSET, "zincr", key);
		}
		return score;
	}

	static double zincrby(Db db, String key, double increment, String member) {
		Double score = zaddIncr(db, key, ZAddOptions.none(), increment, member);
		if (score == null) {
			throw new IllegalStateException("ZINCRBY without conditions always scores");
		}
		return score;
	}

	// reads and removals

	static long zrem(Db db, String key, String[] members) {
		ZSetValue zset = db.get(key, ZSetValue.class);
		if (zset == null) {
			return 0;
		}
		long removed = 0;
		for (String member : members) {
			if (zset.remove(member)) {
				removed++;
			}
			if (zset.size() == 0) {
				break;
			}
		}
		if (removed > 0) {
			db.notifyAndDeleteIfEmpty(KeyEvents.ZSET, "zrem", key, zset.size());
		}
		return removed;
	}

	static List<@Nullable Double> zmscore(Db db, String key, String[] members) {
		ZSetValue zset = db.read(key, ZSetValue.class);
		List<@Nullable Double> scores = new ArrayList<>(members.length);
		for (String member : members) {
			scores.add((zset != null) ? zset.score(member) : null);
		}
		return scores;
	}

	static long zcard(Db db, String key) {
		ZSetValue zset = db.read(key, ZSetValue.class);
		return (zset != null) ? zset.size() : 0;
	}

	static long zcount(Db db, String key, ScoreRange range) {
		ZSetValue zset = db.read(key, ZSetValue.class);
		if (zset == null) {
			return 0;
		}
		Node first = firstInRange(zset, range);
		if (first == null) {
			return 0;
		}
		Node last = lastInRange(zset, range);
		return zset.rank(last.member()) - zset.rank(first.member()) + 1;
	}

	static long zlexcount(Db db, String key, LexRange range) {
		ZSetValue zset = db.read(key, ZSetValue.class);
		if (zset == null) {
			return 0;
		}
		Node first = firstInLexRange(zset, range);
		if (first == null) {
			return 0;
		}
		if (zset.isCompact()) {
			long count = 0;
			for (Node x = first; x != null && lexLteMax(x.member(), range.max()); x = x.next()) {
				count++;
			}
			return count;
		}
		long size = zset.size();
		long count = size - zset.rank(first.member());
		Node last = lastInLexRange(zset, range);
		if (last != null) {
			count -= size - 1 - zset.rank(last.member());
		}
		return count;
	}

	// ZRANGE

	/** ZRANGE in all its forms, with scores. */
	static List<ScoredMember> zrange(Db db, String key, ZRange range) {
		ZSetValue zset = db.read(key, ZSetValue.class);
		if (zset == null) {
			return List.of();
		}
		List<ScoredMember> result = new ArrayList<>();
		for (Node node : select(zset, range)) {
			result.add(new ScoredMember(node.member(), node.score()));
		}
		return result;
	}

	/** ZRANGE ... WITHSCORES, which Redis refuses for BYLEX. */
	static List<ScoredMember> zrangeWithScores(Db db, String key, ZRange range) {
		if (range.by() == ZRange.By.LEX) {
			throw Errors.error(Errors.WITHSCORES_BYLEX);
		}
		return zrange(db, key, range);
	}

	static long zrangestore(Db db, String destination, String source, ZRange range) {
		ZSetValue zset = db.read(source, ZSetValue.class);
		List<Node> nodes = (zset != null) ? select(zset, range) : List.of();
		if (nodes.isEmpty()) {
			if (db.delete(destination)) {
				db.notify(KeyEvents.GENERIC, "del", destination);
			}
			return 0;
		}
		// Redis starts the result compact unless a rank range is known to be too long
		boolean compact = range.by() != ZRange.By.RANK || nodes.size() <= ZSetValue.COMPACT_ENTRIES;
		ZSetValue result = new ZSetValue(compact);
		for (Node node : nodes) {
			result.put(node.member(), node.score());
		}
		db.replace(destination, result);
		db.notify(KeyEvents.ZSET, "zrangestore", destination);
		return result.size();
	}

	/** The nodes a range selects, in reply order. */
	private static List<Node> select(ZSetValue zset, ZRange range) {
		List<Node> nodes = new ArrayList<>();
		if (range.by() == ZRange.By.RANK) {
			long size = zset.size();
			long start = range.start();
			long end = range.stop();
			if (start < 0) {
				start = size + start;
			}
			if (end < 0) {
				end = size + end;
			}
			if (start < 0) {
				start = 0;
			}
			if (start > end || start >= size) {
				return nodes;
			}
			if (end >= size) {
				end = size - 1;
			}
			long length = end - start + 1;
			Node node = range.rev() ? zset.byRank(size - 1 - start) : zset.byRank(start);
			while (length-- > 0) {
				nodes.add(node);
				node = range.rev() ? node.previous() : node.next();
			}
			return nodes;
		}
		boolean rev = range.rev();
		Node node;
		if (range.by() == ZRange.By.SCORE) {
			node = rev ? lastInRange(zset, range.scores()) : firstInRange(zset, range.scores());
		}
		else {
			node = rev ? lastInLexRange(zset, range.lex()) : firstInLexRange(zset, range.lex());
		}
		long offset = (range.offset() != null) ? range.offset() : 0;
		long limit = (range.offset() != null) ? range.count() : -1;
		// Redis steps "while (node && offset--)": a negative offset runs off the end
		while (node != null && offset-- != 0) {
			node = rev ? node.previous() : node.next();
		}
		while (node != null && limit-- != 0) {
			if (!inRangeTowardsEnd(node, range)) {
				break;
			}
			nodes.add(node);
			node = rev ? node.previous() : node.next();
		}
		return nodes;
	}

	/** Whether a node is still in range on the side the iteration moves to. */
	private static boolean inRangeTowardsEnd(Node node, ZRange range) {
		if (range.by() == ZRange.By.SCORE) {
			return range.rev() ? gteMin(node.score(), range.scores()) : lteMax(node.score(), range.scores());
		}
		return range.rev() ? lexGteMin(node.member(), range.lex().min()) : lexLteMax(node.member(), range.lex().max());
	}

	static @Nullable Long zrank(Db db, String key, String member, boolean reverse) {
		ZSetValue zset = db.read(key, ZSetValue.class);
		if (zset == null) {
			return null;
		}
		long rank = zset.rank(member);
		if (rank < 0) {
			return null;
		}
		return reverse ? zset.size() - 1 - rank : rank;
	}

	/**
	 * ZPOPMIN/ZPOPMAX with a count: the popped members in pop order, in a new
	 * {@code ArrayList} the caller owns (an immutable empty list when none is popped).
	 */
	static List<ScoredMember> zpop(Db db, String key, long count, boolean max) {
		if (count < 0) {
			throw Errors.error(Errors.MUST_BE_POSITIVE);
		}
		ZSetValue zset = db.get(key, ZSetValue.class);
		if (zset == null || count == 0) {
			return List.of();
		}
		long n = Math.min(count, zset.size());
		List<ScoredMember> popped = new ArrayList<>((int) n);
		for (long i = 0; i < n; i++) {
			Node node = max ? zset.last() : zset.first();
			popped.add(new ScoredMember(node.member(), node.score()));
			zset.remove(node);
		}
		db.notifyAndDeleteIfEmpty(KeyEvents.ZSET, max ? "zpopmax" : "zpopmin", key, zset.size());
		return popped;
	}

	/**
	 * ZPOPMAX/ZPOPMIN without a count: the one member popped, or null for a missing key;
	 * no list around it, for callers that take one member (a script's single pop).
	 */
	static @Nullable ScoredMember zpopOne(Db db, String key, boolean max) {
		ZSetValue zset = db.get(key, ZSetValue.class);
		if (zset == null) {
			return null;
		}
		Node node = max ? zset.last() : zset.first();
		ScoredMember popped = new ScoredMember(node.member(), node.score());
		zset.remove(node);
		db.notifyAndDeleteIfEmpty(KeyEvents.ZSET, max ? "zpopmax" : "zpopmin", key, zset.size());
		return popped;
	}

	/** ZREMRANGEBYRANK/BYSCORE/BYLEX, given as a range without REV or LIMIT. */
	static long zremrange(Db db, String key, ZRange range) {
		ZSetValue zset = db.get(key, ZSetValue.class);
		if (zset == null) {
			return 0;
		}
		ZRange forward = (range.by() == ZRange.By.RANK) ? ZRange.byRank(range.start(), range.stop())
				: new ZRange(range.by(), 0, 0, range.scores(), range.lex(), false, null, -1);
		List<Node> nodes = select(zset, forward);
		for (Node node : nodes) {
			zset.remove(node);
		}
		if (!nodes.isEmpty()) {
			db.notifyAndDeleteIfEmpty(KeyEvents.ZSET, switch (range.by()) {
				case RANK -> "zremrangebyrank";
				case SCORE -> "zremrangebyscore";
				case LEX -> "zremrangebylex";
			}, key, zset.size());
		}
		return nodes.size();
	}

	// ZUNIONSTORE, ZINTERSTORE, ZDIFFSTORE

	/** One input of a sorted-set algebra command: a sorted set, a set, or nothing. */
	record Source(@Nullable ZSetValue zset, @Nullable SetValue set) {

		long size() {
			if (this.zset != null) {
				return this.zset.size();
			}
			return (this.set != null) ? this.set.size() : 0;
		}

		@Nullable Double score(String member) {
			if (this.zset != null) {
				return this.zset.score(member);
			}
			return (this.set != null && this.set.contains(member)) ? 1.0 : null;
		}

		boolean same(Source other) {
			return (this.zset != null && this.zset == other.zset) || (this.set != null && this.set == other.set);
		}

		/** The members with their scores, sorted sets from the highest down as Redis. */
		List<ScoredMember> members() {
			List<ScoredMember> members = new ArrayList<>();
			if (this.zset != null) {
				for (Node x = this.zset.last(); x != null; x = x.previous()) {
					members.add(new ScoredMember(x.member(), x.score()));
				}
			}
			else if (this.set != null) {
				for (String member : this.set.toList()) {
					members.add(new ScoredMember(member, 1.0));
				}
			}
			return members;
		}

	}

	static long store(Db db, String destination, Kind kind, ZStoreOptions options, String[] keys) {
		List<Source> sources = sources(db, keys);
		double[] weights = new double[keys.length];
		java.util.Arrays.fill(weights, 1.0);
		ZStoreOptions.Aggregate aggregate = parseStoreOptions(kind, options, weights);
		return store(db, destination, kind, combine(kind, weights, aggregate, sources));
	}

	/**
	 * {@code ZUNION}, {@code ZINTER} and {@code ZDIFF}: the combined sorted set, from the
	 * lowest score, not stored.
	 */
	static List<ScoredMember> algebra(Db db, Kind kind, ZStoreOptions options, String[] keys) {
		List<Source> sources = sources(db, keys);
		double[] weights = new double[keys.length];
		java.util.Arrays.fill(weights, 1.0);
		ZStoreOptions.Aggregate aggregate = parseStoreOptions(kind, options, weights);
		ZSetValue result = combine(kind, weights, aggregate, sources);
		List<ScoredMember> members = new ArrayList<>(result.size());
		for (Node x = result.first(); x != null; x = x.next()) {
			members.add(new ScoredMember(x.member(), x.score()));
		}
		return members;
	}

	/**
	 * {@code ZINTERCARD}: the size of the intersection, at most the limit (0 for none);
	 * the keys are looked up before the limit is checked, as Redis does.
	 */
	static long zintercard(Db db, long limit, String[] keys) {
		List<Source> sources = sources(db, keys);
		if (limit < 0) {
			throw Errors.error(Errors.LIMIT_NEGATIVE);
		}
		double[] weights = new double[keys.length];
		java.util.Arrays.fill(weights, 1.0);
		long size = combine(Kind.INTER, weights, ZStoreOptions.Aggregate.SUM, sources).size();
		return (limit != 0) ? Math.min(limit, size) : size;
	}

	/**
	 * Looks the inputs up, once and in order, as Redis's read lookups (a missing key
	 * sends {@code keymiss}), and fails with WRONGTYPE unless every key is missing, a
	 * sorted set or a set: Redis looks the inputs up before it reads WEIGHTS and
	 * AGGREGATE, so this error comes first.
	 */
	static List<Source> sources(Db db, String[] keys) {
		List<Source> sources = new ArrayList<>(keys.length);
		for (String key : keys) {
			Entry e = db.readEntry(key);
			if (e == null) {
				sources.add(new Source(null, null));
			}
			else if (e.value instanceof ZSetValue zset) {
				sources.add(new Source(zset, null));
			}
			else if (e.value instanceof SetValue set) {
				sources.add(new Source(null, set));
			}
			else {
				throw Errors.wrongType();
			}
		}
		return sources;
	}

	/**
	 * ZUNION/ZINTER/ZDIFF into a new sorted set (not stored), with one weight per key
	 * (ignored by DIFF).
	 */
	static ZSetValue combine(Kind kind, double[] weights, ZStoreOptions.Aggregate aggregate, List<Source> sources) {
		return switch (kind) {
			case INTER -> inter(sorted(sources, weights), aggregate);
			case UNION -> union(sorted(sources, weights), aggregate);
			case DIFF -> diff(sources);
		};
	}

	/** Stores a combined sorted set (deleting the destination if it is empty). */
	static long store(Db db, String destination, Kind kind, ZSetValue result) {
		if (result.size() == 0) {
			if (db.delete(destination)) {
				db.notify(KeyEvents.GENERIC, "del", destination);
			}
			return 0;
		}
		result.compactIfFits();
		db.replace(destination, result);
		db.notify(KeyEvents.ZSET, switch (kind) {
			case INTER -> "zinterstore";
			case UNION -> "zunionstore";
			case DIFF -> "zdiffstore";
		}, destination);
		return result.size();
	}

	/**
	 * Reads WEIGHTS and AGGREGATE as Redis parses the arguments redipy sends, so that
	 * wrong weight counts fail with Redis's errors.
	 */
	private static ZStoreOptions.Aggregate parseStoreOptions(Kind kind, ZStoreOptions options, double[] weights) {
		List<Object> args = new ArrayList<>();
		if (options.weights() != null) {
			args.add("WEIGHTS");
			args.addAll(options.weights());
		}
		if (options.aggregate() != ZStoreOptions.Aggregate.SUM) {
			args.add("AGGREGATE");
			args.add(options.aggregate());
		}
		ZStoreOptions.Aggregate aggregate = ZStoreOptions.Aggregate.SUM;
		int setnum = weights.length;
		int j = 0;
		while (j < args.size()) {
			int remaining = args.size() - j;
			if (kind != Kind.DIFF && remaining >= setnum + 1 && "WEIGHTS".equals(args.get(j))) {
				j++;
				for (int i = 0; i < setnum; i++, j++) {
					if (!(args.get(j) instanceof Double weight) || Double.isNaN(weight)) {
						throw Errors.error(Errors.WEIGHT_NOT_FLOAT);
					}
					weights[i] = weight;
				}
			}
			else if (kind != Kind.DIFF && remaining >= 2 && "AGGREGATE".equals(args.get(j))) {
				if (!(args.get(j + 1) instanceof ZStoreOptions.Aggregate value)) {
					throw Errors.error(Errors.SYNTAX);
				}
				aggregate = value;
				j += 2;
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		return aggregate;
	}

	/** A source with its weight. */
	private record Weighted(Source source, double weight) {
	}

	/** The sources from the smallest to the largest, as Redis orders them. */
	private static List<Weighted> sorted(List<Source> sources, double[] weights) {
		List<Weighted> result = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			result.add(new Weighted(sources.get(i), weights[i]));
		}
		result.sort((a, b) -> Long.compare(a.source().size(), b.source().size()));
		return result;
	}

	private static double aggregate(double target, double value, ZStoreOptions.Aggregate aggregate) {
		return switch (aggregate) {
			case SUM -> {
				double sum = target + value;
				yield Double.isNaN(sum) ? 0.0 : sum;
			}
			case MIN -> (value < target) ? value : target;
			case MAX -> (value > target) ? value : target;
		};
	}

	private static ZSetValue inter(List<Weighted> sources, ZStoreOptions.Aggregate aggregate) {
		ZSetValue result = new ZSetValue(false);
		Weighted smallest = sources.get(0);
		if (smallest.source().size() == 0) {
			return result;
		}
		for (ScoredMember member : smallest.source().members()) {
			double score = smallest.weight() * member.score();
			if (Double.isNaN(score)) {
				score = 0;
			}
			boolean everywhere = true;
			for (int j = 1; j < sources.size(); j++) {
				Weighted other = sources.get(j);
				Double value = other.source().same(smallest.source()) ? Double.valueOf(member.score())
						: other.source().score(member.member());
				if (value == null) {
					everywhere = false;
					break;
				}
				// unlike the first score, a NaN product here goes to the aggregate as is
				score = aggregate(score, value * other.weight(), aggregate);
			}
			if (everywhere) {
				result.put(member.member(), score);
			}
		}
		return result;
	}

	private static ZSetValue union(List<Weighted> sources, ZStoreOptions.Aggregate aggregate) {
		Map<String, Double> accumulator = new LinkedHashMap<>();
		for (Weighted source : sources) {
			for (ScoredMember member : source.source().members()) {
				double score = source.weight() * member.score();
				if (Double.isNaN(score)) {
					score = 0;
				}
				Double existing = accumulator.get(member.member());
				accumulator.put(member.member(), (existing == null) ? score : aggregate(existing, score, aggregate));
			}
		}
		ZSetValue result = new ZSetValue(false);
		accumulator.forEach(result::put);
		return result;
	}

	private static ZSetValue diff(List<Source> sources) {
		ZSetValue result = new ZSetValue(false);
		Source first = sources.get(0);
		for (int j = 1; j < sources.size(); j++) {
			if (sources.get(j).same(first)) {
				return result;
			}
		}
		for (ScoredMember member : first.members()) {
			boolean elsewhere = false;
			for (int j = 1; j < sources.size() && !elsewhere; j++) {
				elsewhere = sources.get(j).score(member.member()) != null;
			}
			if (!elsewhere) {
				result.put(member.member(), member.score());
			}
		}
		return result;
	}

	// ZRANDMEMBER, ZSCAN

	/** ZRANDMEMBER key count WITHSCORES (the other forms take what they need). */
	static List<ScoredMember> zrandmember(Db db, String key, long count) {
		if (count == Long.MIN_VALUE) {
			throw Errors.error(Errors.COUNT_OUT_OF_RANGE);
		}
		ZSetValue zset = db.read(key, ZSetValue.class);
		if (zset == null || count == 0) {
			return List.of();
		}
		int size = zset.size();
		List<ScoredMember> result = new ArrayList<>();
		if (count < 0 || count == 1) {
			long n = (count < 0) ? -count : 1;
			for (long i = 0; i < n; i++) {
				Node node = zset.byRank(db.random.nextInt(size));
				result.add(new ScoredMember(node.member(), node.score()));
			}
			return result;
		}
		if (count >= size) {
			// Redis iterates sorted sets from the highest member down
			for (Node x = zset.last(); x != null; x = x.previous()) {
				result.add(new ScoredMember(x.member(), x.score()));
			}
			return result;
		}
		// distinct picks: a partial shuffle of the ranks
		int n = (int) count;
		Map<Integer, Integer> swapped = new HashMap<>();
		for (int i = 0; i < n; i++) {
			int j = i + db.random.nextInt(size - i);
			int picked = swapped.getOrDefault(j, j);
			swapped.put(j, swapped.getOrDefault(i, i));
			Node node = zset.byRank(picked);
			result.add(new ScoredMember(node.member(), node.score()));
		}
		return result;
	}

	/** ZRANDMEMBER key count WITHSCORES, which Redis limits to half the long range. */
	static List<ScoredMember> zrandmemberWithScores(Db db, String key, long count) {
		if (count == Long.MIN_VALUE) {
			throw Errors.error(Errors.COUNT_OUT_OF_RANGE);
		}
		if (count < -Long.MAX_VALUE / 2 || count > Long.MAX_VALUE / 2) {
			throw Errors.error(Errors.OUT_OF_RANGE);
		}
		return zrandmember(db, key, count);
	}

	static ScanPage<ScoredMember> zscan(Db db, String key, long cursor, ScanOptions options) {
		ZSetValue zset = db.read(key, ZSetValue.class);
		if (zset == null) {
			return new ScanPage<>(ScanPage.START, List.of());
		}
		Glob glob = (options.match() != null) ? new Glob(options.match()) : null;
		List<ScoredMember> items = new ArrayList<>();
		if (zset.isCompact()) {
			// Redis returns a listpack whole, whatever the cursor
			for (Node x = zset.first(); x != null; x = x.next()) {
				if (glob == null || glob.matches(x.member())) {
					items.add(new ScoredMember(x.member(), x.score()));
				}
			}
			return new ScanPage<>(ScanPage.START, items);
		}
		long count = (options.count() != null) ? options.count() : DEFAULT_SCAN_COUNT;
		long next = zset.scan(cursor, count, (node) -> {
			if (glob == null || glob.matches(node.member())) {
				items.add(new ScoredMember(node.member(), node.score()));
			}
		});
		return new ScanPage<>(Long.toUnsignedString(next), items);
	}

	// ranges

	private static boolean gteMin(double score, ScoreRange range) {
		return range.min().exclusive() ? score > range.min().score() : score >= range.min().score();
	}

	private static boolean lteMax(double score, ScoreRange range) {
		return range.max().exclusive() ? score < range.max().score() : score <= range.max().score();
	}

	private static boolean isEmpty(ScoreRange range) {
		double min = range.min().score();
		double max = range.max().score();
		return min > max || (min == max && (range.min().exclusive() || range.max().exclusive()));
	}

	private static @Nullable Node firstInRange(ZSetValue zset, ScoreRange range) {
		if (isEmpty(range)) {
			return null;
		}
		Node node = zset.firstFrom(range.min().score(), range.min().exclusive());
		return (node != null && lteMax(node.score(), range)) ? node : null;
	}

	private static @Nullable Node lastInRange(ZSetValue zset, ScoreRange range) {
		if (isEmpty(range)) {
			return null;
		}
		Node node = zset.lastUpTo(range.max().score(), range.max().exclusive());
		return (node != null && gteMin(node.score(), range)) ? node : null;
	}

	/** Whether a lexicographical bound is {@code -} (then {@code +} if not). */
	private static boolean isLowest(LexBound bound) {
		return bound.value() == null && !bound.positiveInfinity();
	}

	private static boolean isHighest(LexBound bound) {
		return bound.value() == null && bound.positiveInfinity();
	}

	private static boolean lexGteMin(String member, LexBound min) {
		if (min.value() == null) {
			return isLowest(min);
		}
		int c = ZSetValue.compareMembers(member, min.value());
		return min.exclusive() ? c > 0 : c >= 0;
	}

	private static boolean lexLteMax(String member, LexBound max) {
		if (max.value() == null) {
			return isHighest(max);
		}
		int c = ZSetValue.compareMembers(member, max.value());
		return max.exclusive() ? c < 0 : c <= 0;
	}

	/** Redis's {@code sdscmplex} on two bounds, {@code -} and {@code +} included. */
	private static int compareBounds(LexBound a, LexBound b) {
		if (a.value() == null && b.value() == null && a.positiveInfinity() == b.positiveInfinity()) {
			return 0;
		}
		if (isLowest(a) || isHighest(b)) {
			return -1;
		}
		if (isHighest(a) || isLowest(b)) {
			return 1;
		}
		return ZSetValue.compareMembers(a.value(), b.value());
	}

	/** Redis's {@code zslIsInLexRange}: the quick checks for an empty result. */
	private static boolean mayMatch(ZSetValue zset, LexRange range) {
		int c = compareBounds(range.min(), range.max());
		boolean minExclusive = range.min().value() == null || range.min().exclusive();
		boolean maxExclusive = range.max().value() == null || range.max().exclusive();
		if (c > 0 || (c == 0 && (minExclusive || maxExclusive))) {
			return false;
		}
		Node last = zset.last();
		Node first = zset.first();
		return last != null && lexGteMin(last.member(), range.min()) && lexLteMax(first.member(), range.max());
	}

	private static @Nullable Node firstInLexRange(ZSetValue zset, LexRange range) {
		if (!mayMatch(zset, range)) {
			return null;
		}
		Node node;
		if (zset.isCompact()) {
			// a listpack is walked from the head
			node = zset.first();
			while (node != null && !lexGteMin(node.member(), range.min())) {
				node = node.next();
			}
		}
		else {
			node = zset.firstAfter((n) -> !lexGteMin(n.member(), range.min()));
		}
		return (node != null && lexLteMax(node.member(), range.max())) ? node : null;
	}

	private static @Nullable Node lastInLexRange(ZSetValue zset, LexRange range) {
		if (!mayMatch(zset, range)) {
			return null;
		}
		Node node;
		if (zset.isCompact()) {
			node = zset.last();
			while (node != null && !lexLteMax(node.member(), range.max())) {
				node = node.previous();
			}
		}
		else {
			node = zset.lastWhile((n) -> lexLteMax(n.member(), range.max()));
		}
		return (node != null && lexGteMin(node.member(), range.min())) ? node : null;
	}

}
