package io.redipy.memory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import io.redipy.api.LexBound;
import io.redipy.api.LexRange;
import io.redipy.api.Numbers;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.api.ScoreBound;
import io.redipy.api.ScoreRange;
import io.redipy.api.ScoredMember;
import io.redipy.api.ZAddOptions;
import io.redipy.api.ZRange;
import io.redipy.api.ZStoreOptions;
import io.redipy.command.Reply;
import io.redipy.memory.RespCommands.Call;
import io.redipy.memory.RespCommands.Handler;
import io.redipy.memory.ZSetValue.Node;
import org.jspecify.annotations.Nullable;

import static io.redipy.memory.RespCommands.add;
import static io.redipy.memory.RespCommands.bulk;
import static io.redipy.memory.RespCommands.bulks;
import static io.redipy.memory.RespCommands.flag;
import static io.redipy.memory.RespCommands.integer;

/**
 * The endpoint's set and sorted-set commands (see {@link RespCommands}): arguments read
 * in Redis 7.0's order and with its error texts, the same store operations as the typed
 * API, and Redis's reply shapes (sets as RESP3 sets, scores as doubles, scored ranges as
 * flat arrays in RESP2 and as [member, score] pairs in RESP3).
 */
final class RespSetsAndSortedSets {

	private static final String RANGE_NOT_FLOAT = "ERR min or max is not a float";

	private static final String RANGE_NOT_LEX = "ERR min or max not valid string range item";

	private static final String LIMIT_NEEDS_BY = "ERR syntax error, LIMIT is only supported in combination with "
			+ "either BYSCORE or BYLEX";

	private static final String INCR_ONE_PAIR = "ERR INCR option supports a single increment-element pair";

	private RespSetsAndSortedSets() {
	}

	/**
	 * The family's handlers: one constant per command, named after it, whose
	 * {@code switch} runs it (see {@link RespCommands.Handler} for why no lambdas).
	 */
	private enum Handlers implements Handler {

		// sets
		SADD, SREM, SISMEMBER, SMISMEMBER, SCARD, SMEMBERS, SPOP, SRANDMEMBER, SMOVE, SINTER, SUNION, SDIFF,
		SINTERSTORE, SUNIONSTORE, SDIFFSTORE, SINTERCARD, SSCAN,
		// sorted sets
		ZADD, ZINCRBY, ZREM, ZSCORE, ZMSCORE, ZCARD, ZCOUNT, ZLEXCOUNT, ZRANGE, ZRANGESTORE, ZREVRANGE, ZRANGEBYSCORE,
		ZREVRANGEBYSCORE, ZRANGEBYLEX, ZREVRANGEBYLEX, ZRANK, ZREVRANK, ZPOPMIN, ZPOPMAX, ZREMRANGEBYRANK,
		ZREMRANGEBYSCORE, ZREMRANGEBYLEX, ZUNIONSTORE, ZINTERSTORE, ZDIFFSTORE, ZUNION, ZINTER, ZDIFF, ZINTERCARD,
		ZRANDMEMBER, ZSCAN;

		@Override
		public @Nullable Reply run(Call c) {
			return switch (this) {
				// sets
				case SADD -> integer(c.client().sadd(c.text(1), c.texts(2)));
				case SREM -> integer(c.client().srem(c.text(1), c.texts(2)));
				case SISMEMBER -> flag(c.client().sismember(c.text(1), c.text(2)));
				case SMISMEMBER -> smismember(c);
				case SCARD -> integer(c.client().scard(c.text(1)));
				case SMEMBERS -> set(c.client().smembers(c.text(1)));
				case SPOP -> spop(c);
				case SRANDMEMBER -> srandmember(c);
				case SMOVE -> flag(c.client().smove(c.text(1), c.text(2), c.text(3)));
				case SINTER -> set(c.client().sinter(c.texts(1)));
				case SUNION -> set(c.client().sunion(c.texts(1)));
				case SDIFF -> set(c.client().sdiff(c.texts(1)));
				case SINTERSTORE -> integer(c.client().sinterstore(c.text(1), c.texts(2)));
				case SUNIONSTORE -> integer(c.client().sunionstore(c.text(1), c.texts(2)));
				case SDIFFSTORE -> integer(c.client().sdiffstore(c.text(1), c.texts(2)));
				case SINTERCARD -> sintercard(c);
				case SSCAN -> sscan(c);
				// sorted sets
				case ZADD -> zadd(c, false);
				case ZINCRBY -> zadd(c, true);
				case ZREM -> integer(c.client().zrem(c.text(1), c.texts(2)));
				case ZSCORE -> score(c.client().zscore(c.text(1), c.text(2)));
				case ZMSCORE -> zmscore(c);
				case ZCARD -> integer(c.client().zcard(c.text(1)));
				case ZCOUNT -> integer(c.client().zcount(c.text(1), scoreRange(c, 2, 3)));
				case ZLEXCOUNT -> integer(c.client().zlexcount(c.text(1), lexRange(c, 2, 3)));
				case ZRANGE -> zrange(c, 1, false, null, null);
				case ZRANGESTORE -> zrange(c, 2, true, null, null);
				case ZREVRANGE -> zrange(c, 1, false, ZRange.By.RANK, true);
				case ZRANGEBYSCORE -> zrange(c, 1, false, ZRange.By.SCORE, false);
				case ZREVRANGEBYSCORE -> zrange(c, 1, false, ZRange.By.SCORE, true);
				case ZRANGEBYLEX -> zrange(c, 1, false, ZRange.By.LEX, false);
				case ZREVRANGEBYLEX -> zrange(c, 1, false, ZRange.By.LEX, true);
				case ZRANK -> rank(c.client().zrank(c.text(1), c.text(2)));
				case ZREVRANK -> rank(c.client().zrevrank(c.text(1), c.text(2)));
				case ZPOPMIN -> zpop(c, false);
				case ZPOPMAX -> zpop(c, true);
				case ZREMRANGEBYRANK -> integer(c.client().zremrangebyrank(c.text(1), c.integer(2), c.integer(3)));
				case ZREMRANGEBYSCORE -> integer(c.client().zremrangebyscore(c.text(1), scoreRange(c, 2, 3)));
				case ZREMRANGEBYLEX -> integer(c.client().zremrangebylex(c.text(1), lexRange(c, 2, 3)));
				case ZUNIONSTORE -> combine(c, ZSetOps.Kind.UNION, "zunionstore");
				case ZINTERSTORE -> combine(c, ZSetOps.Kind.INTER, "zinterstore");
				case ZDIFFSTORE -> combine(c, ZSetOps.Kind.DIFF, "zdiffstore");
				case ZUNION -> combine(c, ZSetOps.Kind.UNION, "zunion");
				case ZINTER -> combine(c, ZSetOps.Kind.INTER, "zinter");
				case ZDIFF -> combine(c, ZSetOps.Kind.DIFF, "zdiff");
				case ZINTERCARD -> combine(c, ZSetOps.Kind.INTER, "zintercard");
				case ZRANDMEMBER -> zrandmember(c);
				case ZSCAN -> zscan(c);
			};
		}

	}

	/** Adds the commands to the endpoint's table. */
	static void register() {
		add(Handlers.values());
	}

	// sets

	private static Reply smismember(Call c) {
		List<Reply> answers = new ArrayList<>();
		for (boolean member : c.client().smismember(c.text(1), c.texts(2))) {
			answers.add(flag(member));
		}
		return new Reply.Array(answers);
	}

	private static Reply spop(Call c) {
		// Redis looks at the argument count before it reads the count
		if (c.size() > 3) {
			throw Errors.error(Errors.SYNTAX);
		}
		if (c.size() == 2) {
			return bulk(c.client().spop(c.text(1)));
		}
		long count = positive(c, 2, Errors.MUST_BE_POSITIVE);
		return set(c.client().spop(c.text(1), count));
	}

	private static Reply srandmember(Call c) {
		if (c.size() > 3) {
			throw Errors.error(Errors.SYNTAX);
		}
		if (c.size() == 2) {
			return bulk(c.client().srandmember(c.text(1)));
		}
		return bulks(c.client().srandmember(c.text(1), count(c, 2)));
	}

	private static Reply sintercard(Call c) {
		Long numkeys = number(c, 1);
		if (numkeys == null || numkeys < 1) {
			throw Errors.error("ERR numkeys should be greater than 0");
		}
		if (numkeys > c.size() - 2) {
			throw Errors.error("ERR Number of keys can't be greater than number of args");
		}
		int end = 2 + numkeys.intValue();
		long limit = 0;
		for (int j = end; j < c.size(); j++) {
			if (c.is(j, "LIMIT") && j + 1 < c.size()) {
				limit = positive(c, ++j, Errors.LIMIT_NEGATIVE);
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		return integer(c.client().sintercard(limit, texts(c, 2, end)));
	}

	private static Reply sscan(Call c) {
		String key = c.text(1);
		long cursor = KeyOps.parseCursor(c.text(2));
		// Redis reads the options only once it found a set
		return c.run((db) -> {
			if (db.read(key, SetValue.class) == null) {
				return scanReply(ScanPage.START, List.of());
			}
			ScanPage<String> page = SetOps.sscan(db, key, cursor, scanOptions(c));
			List<Reply> items = new ArrayList<>();
			for (String member : page.items()) {
				items.add(bulk(member));
			}
			return scanReply(page.cursor(), items);
		});
	}

	// sorted sets

	private static Reply zmscore(Call c) {
		List<Reply> scores = new ArrayList<>();
		for (Double score : c.client().zmscore(c.text(1), c.texts(2))) {
			scores.add(score(score));
		}
		return new Reply.Array(scores);
	}

	/**
	 * ZADD and ZINCRBY, which Redis parses with one routine (so ZINCRBY takes options).
	 */
	private static Reply zadd(Call c, boolean incrCommand) {
		boolean nx = false;
		boolean xx = false;
		boolean gt = false;
		boolean lt = false;
		boolean ch = false;
		boolean incr = incrCommand;
		int at = 2;
		options: for (; at < c.size(); at++) {
			byte first = (c.args[at].length > 0) ? c.args[at][0] : 0;
			if (first >= '0' && first <= '9') {
				// a score: no option starts with a digit
				break;
			}
			switch (c.word(at)) {
				case "NX" -> nx = true;
				case "XX" -> xx = true;
				case "GT" -> gt = true;
				case "LT" -> lt = true;
				case "CH" -> ch = true;
				case "INCR" -> incr = true;
				default -> {
					break options;
				}
			}
		}
		int elements = c.size() - at;
		if (elements == 0 || elements % 2 != 0) {
			throw Errors.error(Errors.SYNTAX);
		}
		elements /= 2;
		if (nx && xx) {
			throw Errors.error(Errors.ZADD_XX_NX);
		}
		if ((gt && nx) || (lt && nx) || (gt && lt)) {
			throw Errors.error(Errors.ZADD_GT_LT_NX);
		}
		if (incr && elements > 1) {
			throw Errors.error(INCR_ONE_PAIR);
		}
		// every score is read before anything is written
		List<ScoredMember> members = new ArrayList<>(elements);
		for (int j = 0; j < elements; j++) {
			double score = decimal(c, at + 2 * j, Errors.NOT_FLOAT);
			members.add(new ScoredMember(c.text(at + 2 * j + 1), score));
		}
		ZAddOptions options = new ZAddOptions(
				nx ? ZAddOptions.Existence.NX : (xx ? ZAddOptions.Existence.XX : ZAddOptions.Existence.ANY),
				gt ? ZAddOptions.Comparison.GT : (lt ? ZAddOptions.Comparison.LT : ZAddOptions.Comparison.ANY), ch);
		String key = c.text(1);
		if (incr) {
			ScoredMember member = members.get(0);
			return score(c.client().zaddIncr(key, options, member.score(), member.member()));
		}
		return integer(c.client().zadd(key, options, members));
	}

	/**
	 * ZRANGE, ZRANGESTORE and the older range commands, which Redis parses with one
	 * routine; a {@code by} or {@code rev} given fixes what the options may not change.
	 */
	private static Reply zrange(Call c, int keyAt, boolean store, ZRange.@Nullable By fixedBy,
			@Nullable Boolean fixedRev) {
		ZRange.By by = fixedBy;
		Boolean rev = fixedRev;
		boolean withScores = false;
		long offset = 0;
		long limit = -1;
		for (int j = keyAt + 3; j < c.size(); j++) {
			int left = c.size() - j - 1;
			if (!store && c.is(j, "WITHSCORES")) {
				withScores = true;
			}
			else if (c.is(j, "LIMIT") && left >= 2) {
				offset = c.integer(j + 1);
				limit = c.integer(j + 2);
				j += 2;
			}
			else if (rev == null && c.is(j, "REV")) {
				rev = true;
			}
			else if (by == null && c.is(j, "BYLEX")) {
				by = ZRange.By.LEX;
			}
			else if (by == null && c.is(j, "BYSCORE")) {
				by = ZRange.By.SCORE;
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		boolean reverse = rev != null && rev;
		if (by == null) {
			by = ZRange.By.RANK;
		}
		if (limit != -1 && by == ZRange.By.RANK) {
			throw Errors.error(LIMIT_NEEDS_BY);
		}
		if (withScores && by == ZRange.By.LEX) {
			throw Errors.error(Errors.WITHSCORES_BYLEX);
		}
		int minAt = keyAt + 1;
		int maxAt = keyAt + 2;
		if (reverse && by != ZRange.By.RANK) {
			// a reversed score or lex range is given as max, min
			minAt = keyAt + 2;
			maxAt = keyAt + 1;
		}
		ZRange range = switch (by) {
			case RANK -> new ZRange(ZRange.By.RANK, c.integer(minAt), c.integer(maxAt), null, null, reverse, null, -1);
			case SCORE -> new ZRange(ZRange.By.SCORE, 0, 0, scoreRange(c, minAt, maxAt), null, reverse, offset, limit);
			case LEX -> new ZRange(ZRange.By.LEX, 0, 0, null, lexRange(c, minAt, maxAt), reverse, offset, limit);
		};
		String key = c.text(keyAt);
		if (store) {
			return integer(c.client().zrangestore(c.text(1), key, range));
		}
		List<ScoredMember> members = c.run((db) -> ZSetOps.zrange(db, key, range));
		return scored(members, withScores, nested(c));
	}

	private static Reply zpop(Call c, boolean max) {
		if (c.size() > 3) {
			throw Errors.error(Errors.SYNTAX);
		}
		boolean counted = c.size() == 3;
		long count = counted ? positive(c, 2, Errors.MUST_BE_POSITIVE) : 1;
		String key = c.text(1);
		List<ScoredMember> popped = c.run((db) -> ZSetOps.zpop(db, key, count, max));
		// one pair stays a flat array in RESP3 too; a count gives pairs
		return scored(popped, true, counted && nested(c));
	}

	/**
	 * ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD, which Redis parses with
	 * one routine: the inputs are looked up (WRONGTYPE) before the options are read.
	 */
	private static Reply combine(Call c, ZSetOps.Kind kind, String name) {
		boolean store = name.endsWith("store");
		boolean cardinality = name.equals("zintercard");
		int numkeysAt = store ? 2 : 1;
		long setnum = c.integer(numkeysAt);
		if (setnum < 1) {
			throw Errors.error("ERR at least 1 input key is needed for '" + name + "' command");
		}
		if (setnum > c.size() - (numkeysAt + 1)) {
			throw Errors.error(Errors.SYNTAX);
		}
		int n = (int) setnum;
		String[] keys = texts(c, numkeysAt + 1, numkeysAt + 1 + n);
		String destination = store ? c.text(1) : null;
		boolean nested = nested(c);
		return c.run((db) -> {
			List<ZSetOps.Source> sources = ZSetOps.sources(db, keys);
			double[] weights = new double[n];
			Arrays.fill(weights, 1.0);
			ZStoreOptions.Aggregate aggregate = ZStoreOptions.Aggregate.SUM;
			boolean withScores = false;
			long limit = 0;
			int j = numkeysAt + 1 + n;
			while (j < c.size()) {
				int remaining = c.size() - j;
				boolean weighted = kind != ZSetOps.Kind.DIFF && !cardinality;
				if (weighted && remaining >= n + 1 && c.is(j, "WEIGHTS")) {
					j++;
					for (int i = 0; i < n; i++, j++) {
						weights[i] = decimal(c, j, Errors.WEIGHT_NOT_FLOAT);
					}
				}
				else if (weighted && remaining >= 2 && c.is(j, "AGGREGATE")) {
					aggregate = switch (c.word(j + 1)) {
						case "SUM" -> ZStoreOptions.Aggregate.SUM;
						case "MIN" -> ZStoreOptions.Aggregate.MIN;
						case "MAX" -> ZStoreOptions.Aggregate.MAX;
						default -> throw Errors.error(Errors.SYNTAX);
					};
					j += 2;
				}
				else if (!store && !cardinality && c.is(j, "WITHSCORES")) {
					withScores = true;
					j++;
				}
				else if (cardinality && remaining >= 2 && c.is(j, "LIMIT")) {
					limit = positive(c, j + 1, Errors.LIMIT_NEGATIVE);
					j += 2;
				}
				else {
					throw Errors.error(Errors.SYNTAX);
				}
			}
			ZSetValue result = ZSetOps.combine(kind, weights, aggregate, sources);
			if (destination != null) {
				return integer(ZSetOps.store(db, destination, kind, result));
			}
			if (cardinality) {
				// Redis stops counting at the limit
				return integer((limit != 0) ? Math.min(limit, result.size()) : result.size());
			}
			List<ScoredMember> members = new ArrayList<>(result.size());
			for (Node x = result.first(); x != null; x = x.next()) {
				members.add(new ScoredMember(x.member(), x.score()));
			}
			return scored(members, withScores, nested);
		});
	}

	private static Reply zrandmember(Call c) {
		String key = c.text(1);
		if (c.size() == 2) {
			return bulk(c.client().zrandmember(key));
		}
		long count = count(c, 2);
		if (c.size() > 4 || (c.size() == 4 && !c.is(3, "WITHSCORES"))) {
			throw Errors.error(Errors.SYNTAX);
		}
		boolean withScores = c.size() == 4;
		if (withScores && (count < -Long.MAX_VALUE / 2 || count > Long.MAX_VALUE / 2)) {
			throw Errors.error(Errors.OUT_OF_RANGE);
		}
		List<ScoredMember> picked = c.run((db) -> ZSetOps.zrandmember(db, key, count));
		return scored(picked, withScores, nested(c));
	}

	private static Reply zscan(Call c) {
		String key = c.text(1);
		long cursor = KeyOps.parseCursor(c.text(2));
		return c.run((db) -> {
			ZSetValue zset = db.read(key, ZSetValue.class);
			if (zset == null) {
				return scanReply(ScanPage.START, List.of());
			}
			boolean compact = zset.isCompact();
			ScanPage<ScoredMember> page = ZSetOps.zscan(db, key, cursor, scanOptions(c));
			List<Reply> items = new ArrayList<>();
			for (ScoredMember member : page.items()) {
				items.add(bulk(member.member()));
				items.add(bulk(scanScore(member.score(), compact)));
			}
			return scanReply(page.cursor(), items);
		});
	}

	/**
	 * A score as ZSCAN writes it: a listpack holds scores as Redis's {@code d2string}
	 * wrote them (integers in the safe range as integers), a skiplist's are printed with
	 * {@code "%.17Lg"}.
	 */
	private static String scanScore(double score, boolean compact) {
		if (Double.isInfinite(score)) {
			return (score > 0) ? "inf" : "-inf";
		}
		if (compact && score >= (double) (Long.MAX_VALUE / 2) * -1 && score <= (double) (Long.MAX_VALUE / 2)
				&& score == (long) score) {
			return Long.toString((long) score);
		}
		return Numbers.formatG(score, 17);
	}

	// arguments

	/** The arguments from {@code from} up to {@code to} (exclusive), in store form. */
	private static String[] texts(Call c, int from, int to) {
		String[] texts = new String[to - from];
		for (int i = from; i < to; i++) {
			texts[i - from] = c.text(i);
		}
		return texts;
	}

	/** An argument as Redis's {@code string2ll} reads it, or null. */
	private static @Nullable Long number(Call c, int index) {
		return StringOps.parseLong(new String(c.args[index], StandardCharsets.ISO_8859_1));
	}

	/** A count from 0 up, failing with one message whatever is wrong (as Redis). */
	private static long positive(Call c, int index, String message) {
		Long value = number(c, index);
		if (value == null || value < 0) {
			throw Errors.error(message);
		}
		return value;
	}

	/** A count of SRANDMEMBER or ZRANDMEMBER: any integer but the lowest long. */
	private static long count(Call c, int index) {
		long value = c.integer(index);
		if (value == Long.MIN_VALUE) {
			throw Errors.error(Errors.COUNT_OUT_OF_RANGE);
		}
		return value;
	}

	/** MATCH and COUNT of SSCAN and ZSCAN, from the fourth argument on. */
	private static ScanOptions scanOptions(Call c) {
		String match = null;
		Long count = null;
		for (int i = 3; i < c.size(); i += 2) {
			boolean more = i + 1 < c.size();
			if (c.is(i, "COUNT") && more) {
				count = c.integer(i + 1);
				if (count < 1) {
					throw Errors.error(Errors.SYNTAX);
				}
			}
			else if (c.is(i, "MATCH") && more) {
				match = c.text(i + 1);
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		return new ScanOptions(match, count, null);
	}

	/**
	 * A double as Redis's {@code getDoubleFromObject} reads it ({@code string2d}): the
	 * whole argument a number for {@code strtod}, no leading space, no NaN, no overflow
	 * and no underflow to zero.
	 */
	static double decimal(Call c, int index, String message) {
		byte[] arg = c.args[index];
		int digits = arg.length - ((arg.length > 0 && arg[0] == '-') ? 1 : 0);
		if (digits > 0 && digits <= 15) {
			// an integer of up to 15 digits is a double exactly, as strtod reads it
			// (so "-0" is -0.0)
			long value = 0;
			int i = arg.length - digits;
			while (i < arg.length && arg[i] >= '0' && arg[i] <= '9') {
				value = value * 10 + (arg[i++] - '0');
			}
			if (i == arg.length) {
				return (digits < arg.length) ? -(double) value : value;
			}
		}
		String text = new String(arg, StandardCharsets.ISO_8859_1);
		if (text.isEmpty() || isSpace(text.charAt(0))) {
			throw Errors.error(message);
		}
		Strtod parsed = strtod(text, 0, cEnd(text));
		if (parsed.end() != text.length() || parsed.outOfRange() || Double.isNaN(parsed.value())) {
			throw Errors.error(message);
		}
		return parsed.value();
	}

	/** A score range as Redis's {@code zslParseRange} reads it. */
	private static ScoreRange scoreRange(Call c, int minAt, int maxAt) {
		ScoreBound min = scoreBound(c.args[minAt]);
		ScoreBound max = scoreBound(c.args[maxAt]);
		if (min == null || max == null) {
			throw Errors.error(RANGE_NOT_FLOAT);
		}
		return new ScoreRange(min, max);
	}

	/**
	 * A score bound: {@code (} for an exclusive one, then whatever {@code strtod} reads
	 * up to the end of the C string (so the empty text is 0, and infinities are fine),
	 * but no NaN.
	 */
	private static @Nullable ScoreBound scoreBound(byte[] arg) {
		String text = new String(arg, StandardCharsets.ISO_8859_1);
		int end = cEnd(text);
		boolean exclusive = end > 0 && text.charAt(0) == '(';
		Strtod parsed = strtod(text, exclusive ? 1 : 0, end);
		if (parsed.end() != end || Double.isNaN(parsed.value())) {
			return null;
		}
		return new ScoreBound(parsed.value(), exclusive);
	}

	/** A lexicographical range as Redis's {@code zslParseLexRange} reads it. */
	private static LexRange lexRange(Call c, int minAt, int maxAt) {
		LexBound min = lexBound(c.args[minAt]);
		LexBound max = lexBound(c.args[maxAt]);
		if (min == null || max == null) {
			throw Errors.error(RANGE_NOT_LEX);
		}
		return new LexRange(min, max);
	}

	private static @Nullable LexBound lexBound(byte[] arg) {
		if (arg.length == 0) {
			return null;
		}
		// Redis reads "+" and "-" as C strings: a NUL may follow
		boolean alone = arg.length == 1 || arg[1] == 0;
		return switch (arg[0]) {
			case '+' -> alone ? LexBound.MAX : null;
			case '-' -> alone ? LexBound.MIN : null;
			case '(' -> LexBound.exclusive(Wire.text(Arrays.copyOfRange(arg, 1, arg.length)));
			case '[' -> LexBound.inclusive(Wire.text(Arrays.copyOfRange(arg, 1, arg.length)));
			default -> null;
		};
	}

	/** Where C sees a string end: at its first NUL byte. */
	static int cEnd(String text) {
		int nul = text.indexOf('\0');
		return (nul >= 0) ? nul : text.length();
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
	}

	/**
	 * What C's {@code strtod} reads.
	 *
	 * @param value the number (0 if nothing was read)
	 * @param end where reading stopped (the start if nothing was read)
	 * @param outOfRange whether it set {@code ERANGE} with an infinite or zero result
	 */
	record Strtod(double value, int end, boolean outOfRange) {
	}

	/**
	 * C's {@code strtod} on the chars (bytes) of a text from {@code start} to
	 * {@code limit}: leading space, a sign, {@code inf}/{@code infinity}/{@code nan},
	 * hexadecimal or decimal numbers, correctly rounded (as glibc and Java both round).
	 */
	static Strtod strtod(String s, int start, int limit) {
		int i = start;
		while (i < limit && isSpace(s.charAt(i))) {
			i++;
		}
		boolean negative = false;
		if (i < limit && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
			negative = s.charAt(i) == '-';
			i++;
		}
		double sign = negative ? -1.0 : 1.0;
		if (startsWith(s, i, limit, "inf")) {
			int end = startsWith(s, i, limit, "infinity") ? i + 8 : i + 3;
			return new Strtod(sign * Double.POSITIVE_INFINITY, end, false);
		}
		if (startsWith(s, i, limit, "nan")) {
			int end = i + 3;
			if (end < limit && s.charAt(end) == '(') {
				int k = end + 1;
				while (k < limit
						&& (Character.isLetterOrDigit(s.charAt(k)) && s.charAt(k) < 0x80 || s.charAt(k) == '_')) {
					k++;
				}
				if (k < limit && s.charAt(k) == ')') {
					end = k + 1;
				}
			}
			return new Strtod(Double.NaN, end, false);
		}
		if (i + 1 < limit && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
			Strtod hex = hex(s, i + 2, limit, sign);
			if (hex != null) {
				return hex;
			}
			// "0x" without hex digits reads as the 0 before the x
		}
		int k = i;
		boolean nonZero = false;
		int digits = 0;
		while (k < limit && isDigit(s.charAt(k))) {
			nonZero |= s.charAt(k) != '0';
			k++;
			digits++;
		}
		if (k < limit && s.charAt(k) == '.') {
			int f = k + 1;
			while (f < limit && isDigit(s.charAt(f))) {
				nonZero |= s.charAt(f) != '0';
				f++;
				digits++;
			}
			if (digits > 0) {
				k = f;
			}
		}
		if (digits == 0) {
			return new Strtod(0, start, false);
		}
		int mantissaEnd = k;
		k = exponentEnd(s, k, limit, 'e');
		String number = s.substring(i, mantissaEnd) + clampedExponent(s, mantissaEnd, k, 'e');
		double value = sign * Double.parseDouble(number);
		return new Strtod(value, k, Double.isInfinite(value) || (value == 0 && nonZero));
	}

	private static @Nullable Strtod hex(String s, int from, int limit, double sign) {
		int k = from;
		while (k < limit && Character.digit(s.charAt(k), 16) >= 0 && s.charAt(k) < 0x80) {
			k++;
		}
		String whole = s.substring(from, k);
		String fraction = "";
		if (k < limit && s.charAt(k) == '.') {
			int f = k + 1;
			while (f < limit && Character.digit(s.charAt(f), 16) >= 0 && s.charAt(f) < 0x80) {
				f++;
			}
			fraction = s.substring(k + 1, f);
			if (!whole.isEmpty() || !fraction.isEmpty()) {
				k = f;
			}
		}
		if (whole.isEmpty() && fraction.isEmpty()) {
			return null;
		}
		boolean nonZero = !(whole + fraction).chars().allMatch((ch) -> ch == '0');
		int mantissaEnd = k;
		k = exponentEnd(s, k, limit, 'p');
		String exponent = clampedExponent(s, mantissaEnd, k, 'p');
		String number = "0x" + (whole.isEmpty() ? "0" : whole) + "." + fraction
				+ (exponent.isEmpty() ? "p0" : exponent);
		double value = sign * Double.parseDouble(number);
		return new Strtod(value, k, Double.isInfinite(value) || (value == 0 && nonZero));
	}

	/**
	 * The end of an exponent ({@code e} or {@code p}, a sign, digits) if there is one.
	 */
	private static int exponentEnd(String s, int at, int limit, char marker) {
		if (at >= limit || Character.toLowerCase(s.charAt(at)) != marker) {
			return at;
		}
		int k = at + 1;
		if (k < limit && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
			k++;
		}
		int digitsStart = k;
		while (k < limit && isDigit(s.charAt(k))) {
			k++;
		}
		return (k > digitsStart) ? k : at;
	}

	/**
	 * The exponent text, bounded so that Java parses huge exponents (still out of range).
	 */
	private static String clampedExponent(String s, int from, int to, char marker) {
		if (from == to) {
			return "";
		}
		String text = s.substring(from + 1, to);
		boolean negative = text.startsWith("-");
		String digits = (negative || text.startsWith("+")) ? text.substring(1) : text;
		digits = digits.replaceFirst("^0+(?=.)", "");
		if (digits.length() > 7) {
			digits = "9999999";
		}
		return marker + (negative ? "-" : "") + digits;
	}

	private static boolean startsWith(String s, int at, int limit, String word) {
		return at + word.length() <= limit && s.regionMatches(true, at, word, 0, word.length());
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	// replies

	/** Whether scored members go as [member, score] pairs (RESP3) or flat (RESP2). */
	private static boolean nested(Call c) {
		return c.session.protocol > 2;
	}

	private static Reply set(Collection<String> members) {
		List<Reply> replies = new ArrayList<>(members.size());
		for (String member : members) {
			replies.add(bulk(member));
		}
		return new Reply.Set(replies);
	}

	private static Reply score(@Nullable Double score) {
		return (score != null) ? new Reply.Double(score) : Reply.NIL;
	}

	private static Reply rank(@Nullable Long rank) {
		return (rank != null) ? integer(rank) : Reply.NIL;
	}

	private static Reply scored(List<ScoredMember> members, boolean withScores, boolean nested) {
		List<Reply> replies = new ArrayList<>();
		for (ScoredMember member : members) {
			if (!withScores) {
				replies.add(bulk(member.member()));
			}
			else if (nested) {
				replies.add(new Reply.Array(List.of(bulk(member.member()), new Reply.Double(member.score()))));
			}
			else {
				replies.add(bulk(member.member()));
				replies.add(new Reply.Double(member.score()));
			}
		}
		return new Reply.Array(replies);
	}

	private static Reply scanReply(String cursor, List<Reply> items) {
		return new Reply.Array(List.of(bulk(cursor), new Reply.Array(items)));
	}

}
