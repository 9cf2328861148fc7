package io.redipy.differential;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import io.redipy.api.GeoUnit;
import io.redipy.api.GeoSearch;
import io.redipy.api.GeoMember;
import io.redipy.api.GeoAddOptions;
import io.redipy.api.BitFieldArgs;
import io.redipy.api.BitFieldType;
import io.redipy.api.BitOperation;
import io.redipy.api.BitUnit;
import io.redipy.api.ClaimOptions;
import io.redipy.api.Commands;
import io.redipy.api.ExpireCondition;
import io.redipy.api.Expiration;
import io.redipy.api.KeyType;
import io.redipy.api.LexBound;
import io.redipy.api.LexRange;
import io.redipy.api.ListPosition;
import io.redipy.api.ListSide;
import io.redipy.api.LposOptions;
import io.redipy.api.PendingQuery;
import io.redipy.api.RestoreOptions;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScoreSide;
import io.redipy.api.ScoreBound;
import io.redipy.api.ScoreRange;
import io.redipy.api.ScoredMember;
import io.redipy.api.SetOptions;
import io.redipy.api.StreamAddOptions;
import io.redipy.api.StreamReadOptions;
import io.redipy.api.StreamTrim;
import io.redipy.api.ZAddOptions;
import io.redipy.api.ZRange;
import io.redipy.api.ZStoreOptions;
import org.jspecify.annotations.Nullable;
import io.redipy.api.SortArgs;

/**
 * Generates random commands over a small key space, so that types collide, with values
 * chosen to probe Redis's parsing (numbers with spaces, signs, exponents, overflow) and
 * byte counting (non-ASCII text).
 */
final class CommandGenerator {

	/** How a step's results are compared. */
	enum Compare {

		/** Equal values (sets and maps compared without order). */
		EXACT,
		/** Equal as multisets (Redis gives no order). */
		UNORDERED,
		/** Time to live, within a tolerance. */
		TTL,
		/** When a key expires, within the same tolerance. */
		EXPIRE_TIME,
		/** A random pick from a collection: same size, members of the collection. */
		RANDOM

	}

	/**
	 * One generated command.
	 *
	 * @param text a readable call, for reproductions
	 * @param action the call
	 * @param compare how results are compared
	 * @param key the key a random pick reads, for checking its properties
	 * @param count the count of a random pick (or 1 for a single pick)
	 * @param popping whether the random pick removes what it picks
	 */
	record Step(String text, Function<Commands, Object> action, Compare compare, String key, long count,
			boolean popping) {

		Step(String text, Function<Commands, Object> action) {
			this(text, action, Compare.EXACT, "", 0, false);
		}

		Step with(Compare compare) {
			return new Step(this.text, this.action, compare, this.key, this.count, this.popping);
		}

		Step random(String key, long count, boolean popping) {
			return new Step(this.text, this.action, Compare.RANDOM, key, count, popping);
		}

	}

	private static final String[] KEYS = { "a", "b", "c", "d" };

	private static final String[] VALUES = { "x", "y", "z", "", "1", "-3", "10", " 1", "+1", "1e3", "3.0", "0.1", "-0",
			"01", "9223372036854775807", "-9223372036854775808", "abc", "é", "日本", "😀x", "a b", "0x10", "inf", "nan",
			"-0.0", "1e400", "-1e-400", "0".repeat(5119) + "1", "1".repeat(5119), "9".repeat(30) };

	private final RandomGenerator random;

	/** Whether only stream commands are drawn: their state runs deeper than a key's. */
	private final boolean streamsOnly;

	CommandGenerator(RandomGenerator random) {
		this(random, false);
	}

	CommandGenerator(RandomGenerator random, boolean streamsOnly) {
		this.random = random;
		this.streamsOnly = streamsOnly;
	}

	/** A SORT step to return next, after the step that clears Redis's errno. */
	private @Nullable Step pending;

	/** How many of the last kinds are the stream commands. */
	private static final int STREAM_KINDS = 17;

	/** The contents of a restored key, read as each type reads them. */
	private static Object restored(Commands c, String key) {
		KeyType type = c.type(key);
		return switch (type) {
			case STRING -> List.of(type, String.valueOf(c.get(key)));
			case LIST -> List.of(type, c.lrange(key, 0, -1));
			case SET -> List.of(type, new java.util.TreeSet<>(c.smembers(key)));
			case ZSET -> List.of(type, c.zrangeWithScores(key, ZRange.byRank(0, -1)));
			case HASH -> List.of(type, new java.util.TreeMap<>(c.hgetall(key)));
			case STREAM -> List.of(type, c.xrange(key, "-", "+"), c.xlen(key));
			default -> List.of(type);
		};
	}

	private String key() {
		return KEYS[this.random.nextInt(KEYS.length)];
	}

	private String value() {
		return VALUES[this.random.nextInt(VALUES.length)];
	}

	private String member() {
		return VALUES[this.random.nextInt(8)];
	}

	private String[] members() {
		String[] result = new String[1 + this.random.nextInt(3)];
		for (int i = 0; i < result.length; i++) {
			result[i] = member();
		}
		return result;
	}

	/**
	 * Random WEIGHTS and AGGREGATE for sorted-set algebra over some keys, now and then
	 * with one weight too many.
	 */
	private ZStoreOptions storeOptions(int keys) {
		ZStoreOptions options = ZStoreOptions.none()
			.aggregate(ZStoreOptions.Aggregate.values()[this.random.nextInt(3)]);
		if (this.random.nextBoolean()) {
			double[] weights = new double[this.random.nextInt(4) == 0 ? keys + 1 : keys];
			for (int i = 0; i < weights.length; i++) {
				weights[i] = this.random.nextInt(5) - 2;
			}
			options = options.weights(weights);
		}
		return options;
	}

	private String[] keys() {
		String[] result = new String[1 + this.random.nextInt(3)];
		for (int i = 0; i < result.length; i++) {
			result[i] = key();
		}
		return result;
	}

	/**
	 * Elements for PFADD: none, a few values, or now and then hundreds to thousands
	 * (enough to make a HyperLogLog dense), named from a random start so that runs
	 * overlap.
	 */
	private String[] hllElements() {
		int pick = this.random.nextInt(8);
		if (pick == 0) {
			return new String[0];
		}
		if (pick > 1) {
			return members();
		}
		int n = 100 + this.random.nextInt(3000);
		int from = this.random.nextInt(5000);
		String[] result = new String[n];
		for (int i = 0; i < n; i++) {
			result[i] = "e" + (from + i);
		}
		return result;
	}

	/** Huge offsets and counts, where Redis's arithmetic must not overflow. */
	private static final long[] HUGE = { Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
			1L << 40, -(1L << 40), Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L };

	private long huge() {
		return HUGE[this.random.nextInt(HUGE.length)];
	}

	/**
	 * A bit offset: mostly small, sometimes negative or past 512 MB (errors); a huge
	 * valid one only for a reader, since a write there would allocate 512 MB.
	 */
	private long bitOffset(boolean reader) {
		int pick = this.random.nextInt(16);
		if (pick == 0) {
			return new long[] { -1, 1L << 32, Long.MAX_VALUE, Long.MIN_VALUE }[this.random.nextInt(4)];
		}
		if (pick == 1 && reader) {
			return (1L << 32) - 1;
		}
		return this.random.nextInt(48);
	}

	/**
	 * SORT's patterns: keys of the key set where the element is empty, else missing ones.
	 */
	private static final String[] SORT_PATTERNS = { "a*", "b*->x", "c*->1", "*", "d*->", "nosort", "#", "" };

	/**
	 * SORT's options: BY (a pattern with or without {@code *}), LIMIT (huge and negative
	 * too), GET patterns, DESC, ALPHA; never ALPHA with a BY pattern that names keys
	 * together with a LIMIT or a STORE, where elements that tie (a missing weight) come
	 * out in an order that depends on the set's hash table or on Redis's partial
	 * quicksort, nor a LIMIT on an unsorted SORT without STORE (a set's part would depend
	 * on its hash table).
	 */
	private SortArgs sortArgs(boolean store) {
		SortArgs args = SortArgs.none();
		boolean alpha = this.random.nextBoolean();
		if (this.random.nextInt(3) == 0) {
			args = args.withBy(SORT_PATTERNS[this.random.nextInt(SORT_PATTERNS.length)]);
		}
		boolean byKeys = args.by() != null && args.by().contains("*");
		boolean unsorted = args.by() != null && !byKeys;
		if (this.random.nextInt(3) == 0 && !(alpha && byKeys) && !(unsorted && !store)) {
			args = (this.random.nextInt(4) == 0) ? args.withLimit(huge(), huge())
					: args.withLimit(this.random.nextInt(5) - 1, this.random.nextInt(5) - 1);
		}
		for (int i = this.random.nextInt(4) - 1; i > 0; i--) {
			args = args.withGet(SORT_PATTERNS[this.random.nextInt(SORT_PATTERNS.length)]);
		}
		if (this.random.nextBoolean()) {
			args = args.descending();
		}
		if (alpha && !(store && byKeys)) {
			args = args.withAlpha();
		}
		return args;
	}

	/** BITFIELD subcommands: up to four, with types of every width and overflow rules. */
	private BitFieldArgs bitFieldArgs() {
		BitFieldArgs args = BitFieldArgs.none();
		boolean readOnly = this.random.nextBoolean();
		int n = this.random.nextInt(5);
		for (int i = 0; i < n; i++) {
			boolean signed = this.random.nextBoolean();
			int bits = (this.random.nextInt(3) == 0) ? (signed ? 64 : 63) - this.random.nextInt(2)
					: 1 + this.random.nextInt(16);
			BitFieldType type = new BitFieldType(signed, bits);
			boolean scaled = this.random.nextInt(4) == 0;
			long offset = (this.random.nextInt(20) == 0) ? -1 - this.random.nextInt(2)
					: this.random.nextInt(scaled ? 6 : 40);
			long value = (this.random.nextInt(4) == 0) ? huge() : this.random.nextInt(601) - 300;
			int kind = readOnly ? 0 : this.random.nextInt(4);
			args = switch (kind) {
				case 0 -> scaled ? args.getAt(type, offset) : args.get(type, offset);
				case 1 -> scaled ? args.setAt(type, offset, value) : args.set(type, offset, value);
				case 2 -> scaled ? args.incrbyAt(type, offset, value) : args.incrby(type, offset, value);
				default -> args.overflow(BitFieldArgs.Overflow.values()[this.random.nextInt(3)]);
			};
		}
		return args;
	}

	private long index() {
		return (this.random.nextInt(12) == 0) ? huge() : this.random.nextInt(11) - 5;
	}

	/**
	 * A count: sometimes huge, but never a huge negative one other than
	 * {@code Long.MIN_VALUE}, which Redis answers with that many random members (a reply
	 * no server or client can hold).
	 */
	private long count() {
		if (this.random.nextInt(12) == 0) {
			long huge = huge();
			return (huge < 0 && huge != Long.MIN_VALUE) ? -huge : huge;
		}
		return this.random.nextInt(9) - 3;
	}

	private double score() {
		double[] special = { 0, -0.0, 1, 1.5, -2, 3, 1e300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
				Double.MAX_VALUE, Double.MIN_VALUE, 1e-310 };
		return (this.random.nextInt(4) == 0) ? special[this.random.nextInt(special.length)]
				: this.random.nextInt(7) - 3;
	}

	private static String q(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	private static String qs(String... texts) {
		return Arrays.stream(texts).map(CommandGenerator::q).collect(Collectors.joining(", "));
	}

	private ScoreRange scoreRange() {
		double a = this.random.nextInt(7) - 3;
		double b = a + this.random.nextInt(4);
		ScoreBound min = (this.random.nextInt(5) == 0) ? ScoreBound.NEGATIVE_INFINITY
				: new ScoreBound(a, this.random.nextBoolean());
		ScoreBound max = (this.random.nextInt(5) == 0) ? ScoreBound.POSITIVE_INFINITY
				: new ScoreBound(b, this.random.nextBoolean());
		return new ScoreRange(min, max);
	}

	private LexRange lexRange() {
		String a = member();
		String b = member();
		LexBound min = (this.random.nextInt(4) == 0) ? LexBound.MIN
				: (this.random.nextBoolean() ? LexBound.inclusive(a) : LexBound.exclusive(a));
		LexBound max = (this.random.nextInt(4) == 0) ? LexBound.MAX
				: (this.random.nextBoolean() ? LexBound.inclusive(b) : LexBound.exclusive(b));
		return new LexRange(min, max);
	}

	private ZRange zrange() {
		ZRange range = switch (this.random.nextInt(3)) {
			case 0 -> ZRange.byRank(index(), index());
			case 1 -> ZRange.byScore(scoreRange());
			default -> ZRange.byLex(lexRange());
		};
		if (this.random.nextBoolean()) {
			range = range.reversed();
		}
		if (range.by() != ZRange.By.RANK && this.random.nextInt(3) == 0) {
			long offset = (this.random.nextInt(8) == 0) ? huge() : this.random.nextInt(3);
			range = range.limit(offset, (this.random.nextInt(8) == 0) ? huge() : this.random.nextInt(5) - 1);
		}
		return range;
	}

	/**
	 * A time to live: sometimes zero or negative (deletes), else drawn from a wide range,
	 * so that two expiries compared with GT/LT never tie by chance of timing (each
	 * backend reads its own clock a few milliseconds apart).
	 */
	private Duration ttl() {
		return switch (this.random.nextInt(6)) {
			case 0 -> Duration.ofSeconds(-5);
			case 1 -> Duration.ZERO;
			default -> Duration.ofSeconds(60 + this.random.nextInt(1_000_000));
		};
	}

	private ExpireCondition condition() {
		ExpireCondition[] all = ExpireCondition.values();
		return all[this.random.nextInt(all.length)];
	}

	private SetOptions setOptions() {
		SetOptions options = switch (this.random.nextInt(3)) {
			case 0 -> SetOptions.always();
			case 1 -> SetOptions.ifMissing();
			default -> SetOptions.ifExists();
		};
		return switch (this.random.nextInt(5)) {
			case 0 -> options.ex(Duration.ofSeconds(100));
			case 1 -> options.px(Duration.ofMillis(50_000));
			case 2 -> options.keepTtl();
			default -> options;
		};
	}

	private ZAddOptions zaddOptions() {
		ZAddOptions options = ZAddOptions.none();
		switch (this.random.nextInt(4)) {
			case 1 -> options = options.nx();
			case 2 -> options = options.xx();
			default -> {
			}
		}
		switch (this.random.nextInt(4)) {
			case 1 -> options = options.gt();
			case 2 -> options = options.lt();
			default -> {
			}
		}
		return this.random.nextBoolean() ? options.ch() : options;
	}

	/** Every command of the API, as a generator of one random call. */
	private final List<Function<CommandGenerator, Step>> commands = List.of(
			// keys
			(g) -> {
				String[] k = g.keys();
				return new Step("del(" + qs(k) + ")", (c) -> c.del(k));
			}, (g) -> {
				String[] k = g.keys();
				return new Step("unlink(" + qs(k) + ")", (c) -> c.unlink(k));
			}, (g) -> {
				String[] k = g.keys();
				return new Step("exists(" + qs(k) + ")", (c) -> c.exists(k));
			}, (g) -> {
				String k = g.key();
				return new Step("type(" + q(k) + ")", (c) -> c.type(k));
			}, (g) -> {
				String k = g.key();
				Duration ttl = g.ttl();
				ExpireCondition cond = g.condition();
				return new Step("expire(" + q(k) + ", " + ttl + ", " + cond + ")", (c) -> c.expire(k, ttl, cond));
			}, (g) -> {
				String k = g.key();
				Duration ttl = g.ttl();
				ExpireCondition cond = g.condition();
				return new Step("pexpire(" + q(k) + ", " + ttl + ", " + cond + ")", (c) -> c.pexpire(k, ttl, cond));
			}, (g) -> {
				String k = g.key();
				Instant at = Instant.ofEpochSecond(Instant.now().getEpochSecond() + g.ttl().getSeconds());
				return new Step("expireat(" + q(k) + ", " + at + ")", (c) -> c.expireat(k, at));
			}, (g) -> {
				String k = g.key();
				Instant at = Instant.ofEpochMilli(Instant.now().toEpochMilli() + g.ttl().toMillis());
				ExpireCondition cond = g.condition();
				return new Step("pexpireat(" + q(k) + ", " + at + ", " + cond + ")", (c) -> c.pexpireat(k, at, cond));
			}, (g) -> {
				String k = g.key();
				return new Step("ttl(" + q(k) + ")", (c) -> c.ttl(k)).with(Compare.TTL);
			}, (g) -> {
				String k = g.key();
				return new Step("pttl(" + q(k) + ")", (c) -> c.pttl(k)).with(Compare.TTL);
			}, (g) -> {
				String k = g.key();
				return new Step("expiretime(" + q(k) + ")", (c) -> c.expiretime(k)).with(Compare.EXPIRE_TIME);
			}, (g) -> {
				String k = g.key();
				return new Step("pexpiretime(" + q(k) + ")", (c) -> c.pexpiretime(k)).with(Compare.EXPIRE_TIME);
			}, (g) -> {
				String k = g.key();
				String other = g.key();
				return new Step("touch(" + qs(k, other, k) + ")", (c) -> c.touch(k, other, k));
			}, (g) -> {
				String k = g.key();
				return new Step("persist(" + q(k) + ")", (c) -> c.persist(k));
			}, (g) -> {
				String k = g.key();
				String n = g.key();
				return new Step("rename(" + qs(k, n) + ")", (c) -> {
					c.rename(k, n);
					return "OK";
				});
			}, (g) -> {
				String k = g.key();
				String n = g.key();
				return new Step("renamenx(" + qs(k, n) + ")", (c) -> c.renamenx(k, n));
			}, (g) -> {
				String k = g.key();
				String n = g.key();
				boolean replace = g.random.nextBoolean();
				return new Step("copy(" + qs(k, n) + ", " + replace + ")", (c) -> c.copy(k, n, replace));
			}, (g) -> {
				KeyType type = g.random.nextBoolean() ? null : KeyType.values()[1 + g.random.nextInt(5)];
				String match = g.random.nextBoolean() ? null : "[a-b]*";
				ScanOptions options = new ScanOptions(match, 2L, type);
				return new Step("scanAll(" + options + ")", (c) -> c.scanAll(options).collect(Collectors.toSet()));
			}, (g) -> {
				String pattern = new String[] { "*", "?", "[a-b]", "[^a]*", "\\a", "" }[g.random.nextInt(6)];
				return new Step("keys(" + q(pattern) + ")", (c) -> c.keys(pattern)).with(Compare.UNORDERED);
			}, (g) -> new Step("ping()", Commands::ping), (g) -> new Step("flushall()", (c) -> {
				c.flushall();
				return "OK";
			}), (g) -> new Step("dbsize()", Commands::dbsize),
			(g) -> new Step("randomkey()", Commands::randomkey).random("", 1, false),
			// strings
			(g) -> {
				String k = g.key();
				return new Step("get(" + q(k) + ")", (c) -> c.get(k));
			}, (g) -> {
				String k = g.key();
				String v = g.value();
				return new Step("set(" + qs(k, v) + ")", (c) -> {
					c.set(k, v);
					return "OK";
				});
			}, (g) -> {
				String k = g.key();
				String v = g.value();
				SetOptions options = g.setOptions();
				return new Step("set(" + qs(k, v) + ", " + options + ")", (c) -> c.set(k, v, options));
			}, (g) -> {
				String k = g.key();
				String v = g.value();
				SetOptions options = g.setOptions();
				return new Step("setGet(" + qs(k, v) + ", " + options + ")", (c) -> c.setGet(k, v, options));
			}, (g) -> {
				String k = g.key();
				String v = g.value();
				return new Step("setnx(" + qs(k, v) + ")", (c) -> c.setnx(k, v));
			}, (g) -> {
				String k = g.key();
				return new Step("getdel(" + q(k) + ")", (c) -> c.getdel(k));
			}, (g) -> {
				String k = g.key();
				Expiration e = switch (g.random.nextInt(6)) {
					case 0 -> Expiration.persist();
					case 1 -> Expiration.ex(Duration.ZERO);
					case 2 -> Expiration.ex(Duration.ofSeconds(-1));
					case 3 -> Expiration.px(Duration.ofMillis(Long.MAX_VALUE));
					default -> Expiration.ex(Duration.ofSeconds(60));
				};
				return new Step("getex(" + q(k) + ", " + e + ")", (c) -> c.getex(k, e));
			}, (g) -> {
				String k = g.key();
				String v = g.value();
				return new Step("getset(" + qs(k, v) + ")", (c) -> c.getset(k, v));
			}, (g) -> {
				String[] k = g.keys();
				return new Step("mget(" + qs(k) + ")", (c) -> c.mget(k));
			}, (g) -> {
				Map<String, String> values = new LinkedHashMap<>();
				values.put(g.key(), g.value());
				values.put(g.key(), g.value());
				boolean nx = g.random.nextBoolean();
				return new Step((nx ? "msetnx(" : "mset(") + values + ")", (c) -> {
					if (nx) {
						return c.msetnx(values);
					}
					c.mset(values);
					return "OK";
				});
			}, (g) -> {
				String k = g.key();
				return new Step("incr(" + q(k) + ")", (c) -> c.incr(k));
			}, (g) -> {
				String k = g.key();
				long by = g.random.nextInt(4) == 0 ? Long.MAX_VALUE : g.count();
				return new Step("incrby(" + q(k) + ", " + by + ")", (c) -> c.incrby(k, by));
			}, (g) -> {
				String k = g.key();
				return new Step("decr(" + q(k) + ")", (c) -> c.decr(k));
			}, (g) -> {
				String k = g.key();
				long by = g.random.nextInt(4) == 0 ? Long.MIN_VALUE : g.count();
				return new Step("decrby(" + q(k) + ", " + by + ")", (c) -> c.decrby(k, by));
			}, (g) -> {
				String k = g.key();
				double[] increments = { 0.1, 0.2, -1.5, 1e10, 3, 0, Double.POSITIVE_INFINITY, 1e-7, -0.0,
						Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE };
				double by = increments[g.random.nextInt(increments.length)];
				return new Step("incrbyfloat(" + q(k) + ", " + by + ")", (c) -> c.incrbyfloat(k, by));
			}, (g) -> {
				String k = g.key();
				String v = g.value();
				return new Step("append(" + qs(k, v) + ")", (c) -> c.append(k, v));
			}, (g) -> {
				String k = g.key();
				return new Step("strlen(" + q(k) + ")", (c) -> c.strlen(k));
			}, (g) -> {
				String k = g.key();
				long s = g.index();
				long e = g.index();
				return new Step("getrange(" + q(k) + ", " + s + ", " + e + ")", (c) -> c.getrange(k, s, e));
			}, (g) -> {
				String k = g.key();
				// offsets past 512 MiB fail; none in between, which would allocate up to
				// 512 MiB
				long o = (g.random.nextInt(8) == 0)
						? new long[] { Long.MAX_VALUE, Long.MAX_VALUE - 1, 512L << 20, Integer.MAX_VALUE }[g.random
							.nextInt(4)]
						: g.random.nextInt(6);
				String v = g.value();
				return new Step("setrange(" + q(k) + ", " + o + ", " + q(v) + ")", (c) -> c.setrange(k, o, v));
			},
			// lists
			(g) -> {
				String k = g.key();
				String[] v = g.members();
				int kind = g.random.nextInt(4);
				String name = new String[] { "lpush", "rpush", "lpushx", "rpushx" }[kind];
				return new Step(name + "(" + q(k) + ", " + qs(v) + ")", (c) -> switch (kind) {
					case 0 -> c.lpush(k, v);
					case 1 -> c.rpush(k, v);
					case 2 -> c.lpushx(k, v);
					default -> c.rpushx(k, v);
				});
			}, (g) -> {
				String k = g.key();
				boolean left = g.random.nextBoolean();
				return new Step((left ? "lpop(" : "rpop(") + q(k) + ")", (c) -> left ? c.lpop(k) : c.rpop(k));
			}, (g) -> {
				String k = g.key();
				boolean left = g.random.nextBoolean();
				long n = g.count();
				return new Step((left ? "lpop(" : "rpop(") + q(k) + ", " + n + ")",
						(c) -> left ? c.lpop(k, n) : c.rpop(k, n));
			}, (g) -> {
				String k = g.key();
				long s = g.index();
				long e = g.index();
				return new Step("lrange(" + q(k) + ", " + s + ", " + e + ")", (c) -> c.lrange(k, s, e));
			}, (g) -> {
				String k = g.key();
				long i = g.index();
				return new Step("lindex(" + q(k) + ", " + i + ")", (c) -> c.lindex(k, i));
			}, (g) -> {
				String k = g.key();
				long i = g.index();
				String v = g.member();
				return new Step("lset(" + q(k) + ", " + i + ", " + q(v) + ")", (c) -> {
					c.lset(k, i, v);
					return "OK";
				});
			}, (g) -> {
				String k = g.key();
				return new Step("llen(" + q(k) + ")", (c) -> c.llen(k));
			}, (g) -> {
				String k = g.key();
				long n = g.count();
				String v = g.member();
				return new Step("lrem(" + q(k) + ", " + n + ", " + q(v) + ")", (c) -> c.lrem(k, n, v));
			}, (g) -> {
				String k = g.key();
				long s = g.index();
				long e = g.index();
				return new Step("ltrim(" + q(k) + ", " + s + ", " + e + ")", (c) -> {
					c.ltrim(k, s, e);
					return "OK";
				});
			}, (g) -> {
				String k = g.key();
				ListPosition p = g.random.nextBoolean() ? ListPosition.BEFORE : ListPosition.AFTER;
				String pivot = g.member();
				String v = g.member();
				return new Step("linsert(" + q(k) + ", " + p + ", " + qs(pivot, v) + ")",
						(c) -> c.linsert(k, p, pivot, v));
			}, (g) -> {
				String k = g.key();
				String v = g.member();
				LposOptions options = LposOptions.none();
				if (g.random.nextBoolean()) {
					options = options.withRank(g.count());
				}
				if (g.random.nextBoolean()) {
					options = options.withMaxLen((g.random.nextInt(8) == 0) ? Long.MAX_VALUE : g.random.nextInt(4));
				}
				LposOptions o = options;
				if (g.random.nextBoolean()) {
					long n = g.random.nextInt(4);
					return new Step("lpos(" + qs(k, v) + ", " + n + ", " + o + ")", (c) -> c.lpos(k, v, n, o));
				}
				return new Step("lpos(" + qs(k, v) + ", " + o + ")", (c) -> c.lpos(k, v, o));
			}, (g) -> {
				String s = g.key();
				String d = g.key();
				ListSide from = g.random.nextBoolean() ? ListSide.LEFT : ListSide.RIGHT;
				ListSide to = g.random.nextBoolean() ? ListSide.LEFT : ListSide.RIGHT;
				return new Step("lmove(" + qs(s, d) + ", " + from + ", " + to + ")", (c) -> c.lmove(s, d, from, to));
			}, (g) -> {
				String s = g.key();
				String d = g.key();
				return new Step("rpoplpush(" + qs(s, d) + ")", (c) -> c.rpoplpush(s, d));
			},
			// hashes
			(g) -> {
				String k = g.key();
				String f = g.member();
				String v = g.value();
				return new Step("hset(" + qs(k, f, v) + ")", (c) -> c.hset(k, f, v));
			}, (g) -> {
				String k = g.key();
				Map<String, String> fields = new LinkedHashMap<>();
				fields.put(g.member(), g.value());
				fields.put(g.member(), g.value());
				return new Step("hset(" + q(k) + ", " + fields + ")", (c) -> c.hset(k, fields));
			}, (g) -> {
				String k = g.key();
				String f = g.member();
				String v = g.value();
				return new Step("hsetnx(" + qs(k, f, v) + ")", (c) -> c.hsetnx(k, f, v));
			}, (g) -> {
				String k = g.key();
				String f = g.member();
				return new Step("hget(" + qs(k, f) + ")", (c) -> c.hget(k, f));
			}, (g) -> {
				String k = g.key();
				String[] f = g.members();
				return new Step("hmget(" + q(k) + ", " + qs(f) + ")", (c) -> c.hmget(k, f));
			}, (g) -> {
				String k = g.key();
				String[] f = g.members();
				return new Step("hdel(" + q(k) + ", " + qs(f) + ")", (c) -> c.hdel(k, f));
			}, (g) -> {
				String k = g.key();
				String f = g.member();
				return new Step("hexists(" + qs(k, f) + ")", (c) -> c.hexists(k, f));
			}, (g) -> {
				String k = g.key();
				return new Step("hlen(" + q(k) + ")", (c) -> c.hlen(k));
			}, (g) -> {
				String k = g.key();
				return new Step("hkeys(" + q(k) + ")", (c) -> c.hkeys(k)).with(Compare.UNORDERED);
			}, (g) -> {
				String k = g.key();
				return new Step("hvals(" + q(k) + ")", (c) -> c.hvals(k)).with(Compare.UNORDERED);
			}, (g) -> {
				String k = g.key();
				return new Step("hgetall(" + q(k) + ")", (c) -> c.hgetall(k));
			}, (g) -> {
				String k = g.key();
				String f = g.member();
				long by = g.random.nextInt(5) == 0 ? Long.MAX_VALUE : g.count();
				return new Step("hincrby(" + qs(k, f) + ", " + by + ")", (c) -> c.hincrby(k, f, by));
			}, (g) -> {
				String k = g.key();
				String f = g.member();
				double by = new double[] { 0.1, 0.2, -3, 1e10 }[g.random.nextInt(4)];
				return new Step("hincrbyfloat(" + qs(k, f) + ", " + by + ")", (c) -> c.hincrbyfloat(k, f, by));
			}, (g) -> {
				String k = g.key();
				String f = g.member();
				return new Step("hstrlen(" + qs(k, f) + ")", (c) -> c.hstrlen(k, f));
			}, (g) -> {
				String k = g.key();
				return new Step("hrandfield(" + q(k) + ")", (c) -> c.hrandfield(k)).random(k, 1, false);
			}, (g) -> {
				String k = g.key();
				long n = g.count();
				return new Step("hrandfield(" + q(k) + ", " + n + ")", (c) -> c.hrandfield(k, n)).random(k, n, false);
			}, (g) -> {
				String k = g.key();
				long n = g.count();
				return new Step("hrandfieldWithValues(" + q(k) + ", " + n + ")",
						(c) -> c.hrandfieldWithValues(k, n).stream().map((e) -> e.field()).toList())
					.random(k, n, false);
			}, (g) -> {
				String k = g.key();
				return new Step("hscan(" + q(k) + ")", (c) -> c.hscan(k, "0", ScanOptions.all()).items())
					.with(Compare.UNORDERED);
			},
			// sets
			(g) -> {
				String k = g.key();
				String[] m = g.members();
				return new Step("sadd(" + q(k) + ", " + qs(m) + ")", (c) -> c.sadd(k, m));
			}, (g) -> {
				String k = g.key();
				String[] m = g.members();
				return new Step("srem(" + q(k) + ", " + qs(m) + ")", (c) -> c.srem(k, m));
			}, (g) -> {
				String k = g.key();
				String m = g.member();
				return new Step("sismember(" + qs(k, m) + ")", (c) -> c.sismember(k, m));
			}, (g) -> {
				String k = g.key();
				String[] m = g.members();
				return new Step("smismember(" + q(k) + ", " + qs(m) + ")", (c) -> c.smismember(k, m));
			}, (g) -> {
				String k = g.key();
				return new Step("scard(" + q(k) + ")", (c) -> c.scard(k));
			}, (g) -> {
				String k = g.key();
				return new Step("smembers(" + q(k) + ")", (c) -> c.smembers(k));
			}, (g) -> {
				String k = g.key();
				return new Step("spop(" + q(k) + ")", (c) -> c.spop(k)).random(k, 1, true);
			}, (g) -> {
				String k = g.key();
				long n = g.count();
				return new Step("spop(" + q(k) + ", " + n + ")", (c) -> c.spop(k, n)).random(k, n, true);
			}, (g) -> {
				String k = g.key();
				return new Step("srandmember(" + q(k) + ")", (c) -> c.srandmember(k)).random(k, 1, false);
			}, (g) -> {
				String k = g.key();
				long n = g.count();
				return new Step("srandmember(" + q(k) + ", " + n + ")", (c) -> c.srandmember(k, n)).random(k, n, false);
			}, (g) -> {
				String s = g.key();
				String d = g.key();
				String m = g.member();
				return new Step("smove(" + qs(s, d, m) + ")", (c) -> c.smove(s, d, m));
			}, (g) -> {
				String[] k = g.keys();
				int kind = g.random.nextInt(3);
				String name = new String[] { "sinter", "sunion", "sdiff" }[kind];
				return new Step(name + "(" + qs(k) + ")", (c) -> switch (kind) {
					case 0 -> c.sinter(k);
					case 1 -> c.sunion(k);
					default -> c.sdiff(k);
				});
			}, (g) -> {
				String d = g.key();
				String[] k = g.keys();
				int kind = g.random.nextInt(3);
				String name = new String[] { "sinterstore", "sunionstore", "sdiffstore" }[kind];
				return new Step(name + "(" + q(d) + ", " + qs(k) + ")", (c) -> switch (kind) {
					case 0 -> c.sinterstore(d, k);
					case 1 -> c.sunionstore(d, k);
					default -> c.sdiffstore(d, k);
				});
			}, (g) -> {
				String[] k = g.keys();
				long limit = g.random.nextInt(3);
				return new Step("sintercard(" + limit + ", " + qs(k) + ")", (c) -> c.sintercard(limit, k));
			}, (g) -> {
				String k = g.key();
				return new Step("sscan(" + q(k) + ")", (c) -> c.sscan(k, "0", ScanOptions.all()).items())
					.with(Compare.UNORDERED);
			},
			// sorted sets
			(g) -> {
				String k = g.key();
				List<ScoredMember> members = new ArrayList<>();
				for (String m : g.members()) {
					members.add(ScoredMember.of(m, g.score()));
				}
				ZAddOptions options = g.zaddOptions();
				return new Step("zadd(" + q(k) + ", " + options + ", " + members + ")",
						(c) -> c.zadd(k, options, members));
			}, (g) -> {
				String k = g.key();
				ZAddOptions options = g.zaddOptions();
				double by = g.score();
				String m = g.member();
				return new Step("zaddIncr(" + q(k) + ", " + options + ", " + by + ", " + q(m) + ")",
						(c) -> c.zaddIncr(k, options, by, m));
			}, (g) -> {
				String k = g.key();
				String[] m = g.members();
				return new Step("zrem(" + q(k) + ", " + qs(m) + ")", (c) -> c.zrem(k, m));
			}, (g) -> {
				String k = g.key();
				String m = g.member();
				return new Step("zscore(" + qs(k, m) + ")", (c) -> c.zscore(k, m));
			}, (g) -> {
				String k = g.key();
				String[] m = g.members();
				return new Step("zmscore(" + q(k) + ", " + qs(m) + ")", (c) -> c.zmscore(k, m));
			}, (g) -> {
				String k = g.key();
				double by = g.score();
				String m = g.member();
				return new Step("zincrby(" + q(k) + ", " + by + ", " + q(m) + ")", (c) -> c.zincrby(k, by, m));
			}, (g) -> {
				String k = g.key();
				return new Step("zcard(" + q(k) + ")", (c) -> c.zcard(k));
			}, (g) -> {
				String k = g.key();
				ScoreRange r = g.scoreRange();
				return new Step("zcount(" + q(k) + ", " + r + ")", (c) -> c.zcount(k, r));
			}, (g) -> {
				String k = g.key();
				LexRange r = g.lexRange();
				return new Step("zlexcount(" + q(k) + ", " + r + ")", (c) -> c.zlexcount(k, r));
			}, (g) -> {
				String k = g.key();
				ZRange r = g.zrange();
				return new Step("zrange(" + q(k) + ", " + r + ")", (c) -> c.zrange(k, r));
			}, (g) -> {
				String k = g.key();
				ZRange r = g.zrange();
				return new Step("zrangeWithScores(" + q(k) + ", " + r + ")", (c) -> c.zrangeWithScores(k, r));
			}, (g) -> {
				String d = g.key();
				String s = g.key();
				ZRange r = g.zrange();
				return new Step("zrangestore(" + qs(d, s) + ", " + r + ")", (c) -> c.zrangestore(d, s, r));
			}, (g) -> {
				String k = g.key();
				String m = g.member();
				boolean rev = g.random.nextBoolean();
				return new Step((rev ? "zrevrank(" : "zrank(") + qs(k, m) + ")",
						(c) -> rev ? c.zrevrank(k, m) : c.zrank(k, m));
			}, (g) -> {
				String k = g.key();
				boolean max = g.random.nextBoolean();
				return new Step((max ? "zpopmax(" : "zpopmin(") + q(k) + ")", (c) -> max ? c.zpopmax(k) : c.zpopmin(k));
			}, (g) -> {
				String k = g.key();
				boolean max = g.random.nextBoolean();
				long n = g.count();
				return new Step((max ? "zpopmax(" : "zpopmin(") + q(k) + ", " + n + ")",
						(c) -> max ? c.zpopmax(k, n) : c.zpopmin(k, n));
			}, (g) -> {
				String k = g.key();
				long s = g.index();
				long e = g.index();
				return new Step("zremrangebyrank(" + q(k) + ", " + s + ", " + e + ")",
						(c) -> c.zremrangebyrank(k, s, e));
			}, (g) -> {
				String k = g.key();
				ScoreRange r = g.scoreRange();
				return new Step("zremrangebyscore(" + q(k) + ", " + r + ")", (c) -> c.zremrangebyscore(k, r));
			}, (g) -> {
				String k = g.key();
				LexRange r = g.lexRange();
				return new Step("zremrangebylex(" + q(k) + ", " + r + ")", (c) -> c.zremrangebylex(k, r));
			}, (g) -> {
				String d = g.key();
				String[] k = g.keys();
				ZStoreOptions o = g.storeOptions(k.length);
				int kind = g.random.nextInt(3);
				String name = new String[] { "zunionstore", "zinterstore", "zdiffstore" }[kind];
				return new Step(name + "(" + q(d) + ", " + o + ", " + qs(k) + ")", (c) -> switch (kind) {
					case 0 -> c.zunionstore(d, o, k);
					case 1 -> c.zinterstore(d, o, k);
					default -> c.zdiffstore(d, k);
				});
			}, (g) -> {
				String[] k = g.keys();
				ZStoreOptions o = g.storeOptions(k.length);
				int kind = g.random.nextInt(7);
				String name = new String[] { "zunion", "zunionWithScores", "zinter", "zinterWithScores", "zdiff",
						"zdiffWithScores", "zintercard" }[kind];
				long limit = g.random.nextInt(4) - 1;
				return new Step(name + "(" + o + ", " + limit + ", " + qs(k) + ")", (c) -> switch (kind) {
					case 0 -> c.zunion(o, k);
					case 1 -> c.zunionWithScores(o, k);
					case 2 -> c.zinter(o, k);
					case 3 -> c.zinterWithScores(o, k);
					case 4 -> c.zdiff(k);
					case 5 -> c.zdiffWithScores(k);
					default -> c.zintercard(limit, k);
				});
			}, (g) -> {
				String k = g.key();
				return new Step("zrandmember(" + q(k) + ")", (c) -> c.zrandmember(k)).random(k, 1, false);
			}, (g) -> {
				String k = g.key();
				long n = g.count();
				return new Step("zrandmember(" + q(k) + ", " + n + ")", (c) -> c.zrandmember(k, n)).random(k, n, false);
			}, (g) -> {
				String k = g.key();
				long n = g.count();
				return new Step("zrandmemberWithScores(" + q(k) + ", " + n + ")",
						(c) -> c.zrandmemberWithScores(k, n).stream().map(ScoredMember::member).toList())
					.random(k, n, false);
			}, (g) -> {
				String k = g.key();
				return new Step("zscan(" + q(k) + ")", (c) -> c.zscan(k, "0", ScanOptions.all()).items())
					.with(Compare.UNORDERED);
			}, (g) -> {
				String[] k = g.keys();
				long n = g.random.nextInt(4) - 1;
				boolean zset = g.random.nextBoolean();
				boolean first = g.random.nextBoolean();
				return new Step((zset ? "zmpop(" : "lmpop(") + first + ", " + n + ", " + qs(k) + ")",
						(c) -> zset ? c.zmpop(first ? ScoreSide.MIN : ScoreSide.MAX, n, k)
								: c.lmpop(first ? ListSide.LEFT : ListSide.RIGHT, n, k));
			},
			// bitmaps
			(g) -> {
				String k = g.key();
				long o = g.bitOffset(false);
				int v = (g.random.nextInt(8) == 0) ? g.random.nextInt(4) * 3 - 4 : g.random.nextInt(2);
				return new Step("setbit(" + q(k) + ", " + o + ", " + v + ")", (c) -> c.setbit(k, o, v));
			}, (g) -> {
				String k = g.key();
				long o = g.bitOffset(true);
				return new Step("getbit(" + q(k) + ", " + o + ")", (c) -> c.getbit(k, o));
			}, (g) -> {
				String k = g.key();
				long s = g.index();
				long e = g.index();
				int form = g.random.nextInt(4);
				BitUnit u = (form == 3) ? BitUnit.BIT : BitUnit.BYTE;
				return new Step("bitcount(" + q(k) + ", " + form + ", " + s + ", " + e + ")", (c) -> switch (form) {
					case 0 -> c.bitcount(k);
					case 1 -> c.bitcount(k, s, e);
					default -> c.bitcount(k, s, e, u);
				});
			}, (g) -> {
				String k = g.key();
				int b = (g.random.nextInt(10) == 0) ? g.random.nextInt(5) - 2 : g.random.nextInt(2);
				long s = g.index();
				long e = g.index();
				int form = g.random.nextInt(5);
				BitUnit u = (form == 4) ? BitUnit.BIT : BitUnit.BYTE;
				return new Step("bitpos(" + qs(k) + ", " + b + ", " + form + ", " + s + ", " + e + ")",
						(c) -> switch (form) {
							case 0 -> c.bitpos(k, b);
							case 1 -> c.bitpos(k, b, s);
							case 2 -> c.bitpos(k, b, s, e);
							default -> c.bitpos(k, b, s, e, u);
						});
			}, (g) -> {
				String d = g.key();
				String[] k = g.keys();
				BitOperation op = BitOperation.values()[g.random.nextInt(4)];
				return new Step("bitop(" + op + ", " + q(d) + ", " + qs(k) + ")", (c) -> c.bitop(op, d, k));
			}, (g) -> {
				String k = g.key();
				BitFieldArgs a = g.bitFieldArgs();
				boolean ro = a.operations().stream().allMatch((op) -> op instanceof BitFieldArgs.Get)
						&& g.random.nextBoolean();
				BitFieldArgs.Get[] gets = ro ? a.operations().toArray(BitFieldArgs.Get[]::new) : null;
				return new Step((ro ? "bitfieldRo(" : "bitfield(") + q(k) + ", " + a.toArguments() + ")",
						(c) -> ro ? c.bitfieldRo(k, gets) : c.bitfield(k, a));
			}, (g) -> {
				String a = g.key();
				String b = g.key();
				int kind = g.random.nextInt(3);
				long min = g.random.nextInt(4) - 1;
				return new Step("lcs" + kind + "(" + qs(a, b) + ", " + min + ")", (c) -> switch (kind) {
					case 0 -> c.lcs(a, b);
					case 1 -> c.lcsLen(a, b);
					default -> c.lcsIdx(a, b, min);
				});
			}, (g) -> {
				// geo: points near (13, 38), now and then out of range; searches of them
				String k = g.key();
				String m = g.member();
				double lon = (g.random.nextInt(20) == 0) ? 181 : 13 + g.random.nextInt(9) * 0.125;
				double lat = 38 + g.random.nextInt(9) * 0.125;
				GeoUnit unit = GeoUnit.values()[g.random.nextInt(4)];
				GeoSearch search = (g.random.nextInt(3) == 0) ? GeoSearch.fromMember(m)
						: GeoSearch.fromLonLat(lon, lat);
				search = g.random.nextBoolean() ? search.byRadius(g.random.nextInt(60), GeoUnit.KM)
						: search.byBox(g.random.nextInt(90), g.random.nextInt(90), GeoUnit.KM);
				if (g.random.nextBoolean()) {
					search = g.random.nextBoolean() ? search.asc() : search.desc();
				}
				if (g.random.nextInt(3) == 0) {
					search = search.count(g.random.nextInt(4), g.random.nextBoolean());
				}
				int kind = g.random.nextInt(7);
				GeoSearch s = (kind == 4) ? search.withCoord().withDist().withHash() : search;
				String d = g.key();
				String m2 = g.member();
				return new Step("geo" + kind + "(" + qs(k, m) + ", " + lon + ", " + lat + ", " + s + ")",
						(c) -> switch (kind) {
							case 0 -> c.geoadd(k, GeoAddOptions.none(), List.of(GeoMember.of(lon, lat, m)));
							case 1 -> c.geopos(k, m, "nope");
							case 2 -> c.geodist(k, m, m2, unit);
							case 3 -> c.geohash(k, m);
							case 4, 5 -> c.geosearch(k, s);
							default -> c.geosearchstore(d, k, s, false);
						});
			}, (g) -> {
				String k = g.key();
				String d = g.key();
				int kind = g.random.nextInt(3);
				SortArgs args = g.sortArgs(kind == 2);
				String text = new String[] { "sort", "sortRo", "sortStore" }[kind] + "(" + q(k) + ", " + args
						+ ((kind == 2) ? ", " + q(d) : "") + ")";
				Step step = new Step(text, (c) -> switch (kind) {
					case 0 -> c.sort(k, args);
					case 1 -> c.sortRo(k, args);
					default -> c.sortStore(k, args, d);
				});

				// sets leave their order to Redis's hash table, which ties in ALPHA BY
				// and an unsorted set show
				g.pending = (kind != 2 && (args.alpha() || args.by() != null)) ? step.with(Compare.UNORDERED) : step;
				// Redis's SORT reads strtod's errno without clearing it, so an ERANGE
				// left
				// by an earlier command (a SORT, a ZADD of 1e-400) fails a numeric SORT;
				// a ZADD XX on a missing key (string2d) clears it and changes nothing
				return new Step("zadd(\"errno\", XX, 1 x)",
						(c) -> c.zadd("errno", ZAddOptions.none().xx(), List.of(ScoredMember.of("x", 1))));
			},
			// HyperLogLog
			(g) -> {
				String k = g.key();
				String[] e = g.hllElements();
				return new Step(
						"pfadd(" + q(k) + ", " + e.length + " elements from " + ((e.length > 0) ? q(e[0]) : "-") + ")",
						(c) -> c.pfadd(k, e));
			}, (g) -> {
				String[] k = g.keys();
				return new Step("pfcount(" + qs(k) + ")", (c) -> c.pfcount(k));
			}, (g) -> {
				String d = g.key();
				String[] k = (g.random.nextInt(6) == 0) ? new String[0] : g.keys();
				return new Step("pfmerge(" + q(d) + ", " + qs(k) + ")", (c) -> {
					c.pfmerge(d, k);
					return c.get(d);
				});
			}, (g) -> {
				String k = g.key();
				String n = g.key();
				boolean replace = g.random.nextBoolean();
				return new Step("dump(" + q(k) + ") restore(" + q(n) + ", replace " + replace + ")", (c) -> {
					byte[] payload = c.dump(k);
					if (payload == null) {
						return "missing";
					}
					c.restore(n, payload, RestoreOptions.none().withReplace(replace));
					return restored(c, n);
				});
			},
			// streams
			(g) -> {
				String k = g.key();
				StreamAddOptions o = g.addOptions();
				Map<String, String> f = g.streamFields();
				return new Step("xadd(" + q(k) + ", " + o + ", " + f + ")", (c) -> c.xadd(k, o, f));
			}, (g) -> {
				String k = g.key();
				return new Step("xlen(" + q(k) + ")", (c) -> c.xlen(k));
			}, (g) -> {
				String k = g.key();
				String s = g.bound();
				String e = g.bound();
				long n = g.random.nextInt(5) - 1;
				int kind = g.random.nextInt(4);
				return new Step("xrange" + kind + "(" + qs(k, s, e) + ", " + n + ")", (c) -> switch (kind) {
					case 0 -> c.xrange(k, s, e);
					case 1 -> c.xrange(k, s, e, n);
					case 2 -> c.xrevrange(k, e, s);
					default -> c.xrevrange(k, e, s, n);
				});
			}, (g) -> {
				String k = g.key();
				String[] ids = { g.streamId(), g.streamId() };
				return new Step("xdel(" + q(k) + ", " + qs(ids) + ")", (c) -> c.xdel(k, ids));
			}, (g) -> {
				String k = g.key();
				StreamTrim t = g.trim();
				return new Step("xtrim(" + q(k) + ", " + t + ")", (c) -> c.xtrim(k, t));
			}, (g) -> {
				String k = g.key();
				String id = g.streamId();
				long added = g.random.nextInt(12) - 1;
				String deleted = g.streamId();
				boolean full = g.random.nextBoolean();
				return new Step("xsetid(" + qs(k, id) + (full ? ", " + added + ", " + q(deleted) : "") + ")", (c) -> {
					if (full) {
						c.xsetid(k, id, added, deleted);
					}
					else {
						c.xsetid(k, id);
					}
					return "OK";
				});
			}, (g) -> {
				Map<String, String> streams = g.readStreams(false);
				StreamReadOptions o = StreamReadOptions.none().count(g.random.nextInt(4) - 1);
				return new Step("xread(" + o + ", " + streams + ")", (c) -> c.xread(o, streams));
			}, (g) -> {
				String k = g.key();
				String group = g.group();
				String id = g.random.nextBoolean() ? "$" : g.streamId();
				boolean mk = g.random.nextBoolean();
				long read = g.random.nextInt(4) == 0 ? g.random.nextInt(8) - 2 : -1;
				return new Step("xgroupCreate(" + qs(k, group, id) + ", " + mk + ", " + read + ")", (c) -> {
					c.xgroupCreate(k, group, id, mk, read);
					return "OK";
				});
			}, (g) -> {
				String k = g.key();
				String group = g.group();
				String id = g.random.nextBoolean() ? "$" : g.streamId();
				long read = g.random.nextInt(3) == 0 ? g.random.nextInt(8) - 2 : -1;
				return new Step("xgroupSetid(" + qs(k, group, id) + ", " + read + ")", (c) -> {
					c.xgroupSetid(k, group, id, read);
					return "OK";
				});
			}, (g) -> {
				String k = g.key();
				String group = g.group();
				String consumer = g.consumer();
				int kind = g.random.nextInt(3);
				return new Step("xgroup" + kind + "(" + qs(k, group, consumer) + ")", (c) -> switch (kind) {
					case 0 -> c.xgroupDestroy(k, group);
					case 1 -> c.xgroupCreateconsumer(k, group, consumer);
					default -> c.xgroupDelconsumer(k, group, consumer);
				});
			}, (g) -> {
				String group = g.group();
				String consumer = g.consumer();
				Map<String, String> streams = g.readStreams(true);
				StreamReadOptions o = StreamReadOptions.none().count(g.random.nextInt(4) - 1);
				StreamReadOptions options = g.random.nextInt(4) == 0 ? o.noAck() : o;
				return new Step("xreadgroup(" + qs(group, consumer) + ", " + options + ", " + streams + ")",
						(c) -> c.xreadgroup(group, consumer, options, streams));
			}, (g) -> {
				String k = g.key();
				String group = g.group();
				String[] ids = { g.streamId(), g.streamId() };
				return new Step("xack(" + qs(k, group) + ", " + qs(ids) + ")", (c) -> c.xack(k, group, ids));
			}, (g) -> {
				String k = g.key();
				String group = g.group();
				return new Step("xpending(" + qs(k, group) + ")", (c) -> c.xpending(k, group));
			}, (g) -> {
				String k = g.key();
				String group = g.group();
				PendingQuery query = PendingQuery.range(g.bound(), g.bound(), g.random.nextInt(5) - 1);
				PendingQuery q = g.random.nextBoolean() ? query.consumer(g.consumer()) : query;
				return new Step("xpending(" + qs(k, group) + ", " + q + ")", (c) -> c.xpending(k, group, q));
			}, (g) -> {
				String k = g.key();
				String group = g.group();
				String consumer = g.consumer();
				String[] ids = { g.streamId(), g.streamId() };
				ClaimOptions o = g.claimOptions();
				boolean justId = g.random.nextBoolean();
				return new Step("xclaim(" + qs(k, group, consumer) + ", " + o + ", " + justId + ", " + qs(ids) + ")",
						(c) -> justId ? c.xclaimJustId(k, group, consumer, Duration.ZERO, o, ids)
								: c.xclaim(k, group, consumer, Duration.ZERO, o, ids));
			}, (g) -> {
				String k = g.key();
				String group = g.group();
				String consumer = g.consumer();
				String start = g.streamId();
				long n = g.random.nextInt(4);
				boolean justId = g.random.nextBoolean();
				return new Step("xautoclaim(" + qs(k, group, consumer, start) + ", " + n + ", " + justId + ")",
						(c) -> justId ? c.xautoclaimJustId(k, group, consumer, Duration.ZERO, start, n)
								: c.xautoclaim(k, group, consumer, Duration.ZERO, start, n));
			}, (g) -> {
				String k = g.key();
				String group = g.group();
				int kind = g.random.nextInt(4);
				long n = g.random.nextInt(3);
				return new Step("xinfo" + kind + "(" + qs(k, group) + ", " + n + ")", (c) -> switch (kind) {
					case 0 -> c.xinfoStream(k);
					case 1 -> c.xinfoGroups(k);
					case 2 -> c.xinfoConsumers(k, group);
					default -> c.xinfoStreamFull(k, n);
				});
			});

	private static final String[] STREAM_IDS = { "0-1", "1-0", "1-1", "1-2", "2-0", "2-5", "3-0", "5", "0-0", "1-*",
			"3-*", "18446744073709551615-18446744073709551615", "bad", "-1" };

	private String streamId() {
		return STREAM_IDS[this.random.nextInt(STREAM_IDS.length)];
	}

	/** A range bound: an id, an incomplete or exclusive one, or the ends. */
	private String bound() {
		return switch (this.random.nextInt(6)) {
			case 0 -> "-";
			case 1 -> "+";
			case 2 -> "(" + streamId();
			default -> streamId();
		};
	}

	private String group() {
		return new String[] { "g1", "g2" }[this.random.nextInt(2)];
	}

	private String consumer() {
		return new String[] { "c1", "c2", "c3" }[this.random.nextInt(3)];
	}

	private Map<String, String> streamFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(this.random.nextBoolean() ? "f" : value(), value());
		if (this.random.nextBoolean()) {
			fields.put("g", member());
		}
		return fields;
	}

	private StreamTrim trim() {
		StreamTrim trim = this.random.nextBoolean() ? StreamTrim.maxLen(this.random.nextInt(5) - 1)
				: StreamTrim.minId(streamId());
		if (this.random.nextInt(3) == 0) {
			trim = trim.approximate();
		}
		if (this.random.nextInt(4) == 0) {
			trim = trim.limit(this.random.nextInt(4) - 1);
		}
		return trim;
	}

	private StreamAddOptions addOptions() {
		// explicit ids and <ms>-*: "*" reads each backend's own clock
		String[] ids = { "1-1", "1-2", "2-0", "2-*", "3-*", "5", "0-1", "0-0", "1-*", "bad" };
		StreamAddOptions options = StreamAddOptions.none().id(ids[this.random.nextInt(ids.length)]);
		if (this.random.nextInt(5) == 0) {
			options = options.noMkStream();
		}
		if (this.random.nextInt(4) == 0) {
			options = options.trim(trim());
		}
		return options;
	}

	private Map<String, String> readStreams(boolean group) {
		Map<String, String> streams = new LinkedHashMap<>();
		int n = 1 + this.random.nextInt(2);
		for (int i = 0; i < n; i++) {
			String id = switch (this.random.nextInt(4)) {
				case 0 -> group ? ">" : "$";
				case 1 -> group ? "0" : "0-0";
				default -> streamId();
			};
			streams.put(key(), id);
		}
		return streams;
	}

	private ClaimOptions claimOptions() {
		ClaimOptions options = ClaimOptions.none();
		if (this.random.nextInt(3) == 0) {
			options = options.retryCount(this.random.nextInt(4));
		}
		if (this.random.nextInt(3) == 0) {
			options = options.force();
		}
		if (this.random.nextInt(4) == 0) {
			options = options.lastId(streamId());
		}
		return options;
	}

	/**
	 * Returns how many kinds of command the generator draws from.
	 * @return the number
	 */
	int kinds() {
		return this.commands.size();
	}

	/**
	 * Returns one random command.
	 * @return the step
	 */
	Step next() {
		Step pending = this.pending;
		if (pending != null) {
			this.pending = null;
			return pending;
		}
		if (this.streamsOnly) {
			int first = this.commands.size() - STREAM_KINDS;
			return this.commands.get(first + this.random.nextInt(STREAM_KINDS)).apply(this);
		}
		return this.commands.get(this.random.nextInt(this.commands.size())).apply(this);
	}

}
