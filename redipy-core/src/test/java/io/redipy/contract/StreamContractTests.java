package io.redipy.contract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.redipy.CommandException;
import io.redipy.InvalidArgumentException;
import io.redipy.NoSuchKeyException;
import io.redipy.RedipyClient;
import io.redipy.WrongTypeException;
import io.redipy.api.AutoClaim;
import io.redipy.api.Batch;
import io.redipy.api.ClaimOptions;
import io.redipy.api.KeyType;
import io.redipy.api.PendingEntry;
import io.redipy.api.PendingQuery;
import io.redipy.api.Response;
import io.redipy.api.StreamAddOptions;
import io.redipy.api.StreamConsumerInfo;
import io.redipy.api.StreamEntry;
import io.redipy.api.StreamFullInfo;
import io.redipy.api.StreamGroupInfo;
import io.redipy.api.StreamInfo;
import io.redipy.api.StreamPending;
import io.redipy.api.StreamReadOptions;
import io.redipy.api.StreamTrim;
import io.redipy.api.TypedCommands;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The contract of the stream commands, run against every backend. Ids from the clock
 * ({@code *}) differ between the backends, so only their shape and order are checked;
 * every other test uses explicit ids. Idle times use {@link #advance(Duration)}: exact on
 * the memory store, at least the time waited on Redis.
 */
public abstract class StreamContractTests extends ContractTestSupport {

	private static final String WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value";

	private static final String INVALID_ID = "ERR Invalid stream ID specified as stream command argument";

	private static final String NOT_ABOVE_TOP = "ERR The ID specified in XADD is equal or smaller than the target stream top item";

	private static final String NO_KEY_FOR_GROUP = "ERR The XGROUP subcommand requires the key to exist. "
			+ "Note that for CREATE you may want to use the MKSTREAM option to create an empty stream automatically.";

	private static final String LIMIT_WITHOUT_TILDE = "ERR syntax error, LIMIT cannot be used without the special ~ option";

	private static final StreamReadOptions NONE = StreamReadOptions.none();

	private static final Duration IDLE = Duration.ofMillis(50);

	private static final Duration WAIT = Duration.ofMillis(80);

	private static Map<String, String> fields(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private static StreamEntry<String, String> entry(String id, String... pairs) {
		return StreamEntry.of(id, fields(pairs));
	}

	private static Map<String, String> streams(String... keysAndIds) {
		return fields(keysAndIds);
	}

	private static List<String> ids(List<StreamEntry<String, String>> entries) {
		return entries.stream().map(StreamEntry::id).toList();
	}

	private static StreamAddOptions id(String id) {
		return StreamAddOptions.none().id(id);
	}

	/** Adds an entry with an explicit id and checks the id returned. */
	private void add(String key, String id, String... pairs) {
		assertThat(this.client.xadd(key, id(id), fields(pairs))).isEqualTo(id);
	}

	/**
	 * Adds the entries {@code 1-0 .. n-0}, each with the field {@code f} set to its
	 * number.
	 */
	private void addNumbered(String key, int n) {
		Batch batch = this.client.batch();
		for (int i = 1; i <= n; i++) {
			batch.xadd(key, id(i + "-0"), fields("f", Integer.toString(i)));
		}
		batch.exec();
		assertThat(this.client.xlen(key)).isEqualTo(n);
	}

	/** The stream {@code s} with {@code 1-0 .. 5-0} and the group {@code g} at 0. */
	private void streamWithGroup() {
		for (int i = 1; i <= 5; i++) {
			add("s", i + "-0", "f", "v" + i);
		}
		this.client.xgroupCreate("s", "g", "0");
	}

	private Map<String, List<StreamEntry<String, String>>> readGroup(String consumer, StreamReadOptions options,
			String id) {
		return this.client.xreadgroup("g", consumer, options, streams("s", id));
	}

	private List<String> readGroupIds(String consumer, StreamReadOptions options, String id) {
		Map<String, List<StreamEntry<String, String>>> read = readGroup(consumer, options, id);
		return read.isEmpty() ? List.of() : ids(read.get("s"));
	}

	private List<PendingEntry> pending() {
		return this.client.xpending("s", "g", PendingQuery.range("-", "+", 100));
	}

	private Map<String, Long> deliveries() {
		Map<String, Long> result = new LinkedHashMap<>();
		pending().forEach((p) -> result.put(p.id(), p.deliveries()));
		return result;
	}

	private Map<String, String> owners() {
		Map<String, String> result = new LinkedHashMap<>();
		pending().forEach((p) -> result.put(p.id(), p.consumer()));
		return result;
	}

	private StreamGroupInfo group(String key, String name) {
		return this.client.xinfoGroups(key).stream().filter((g) -> g.name().equals(name)).findFirst().orElseThrow();
	}

	/** A key as Redis names it in an error: with the client's prefix. */
	private String named(String key) {
		return this.client.keyPrefix() + key;
	}

	private static long[] parse(String id) {
		String[] parts = id.split("-");
		return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
	}

	private static void assertIdAbove(String id, String lower) {
		long[] a = parse(id);
		long[] b = parse(lower);
		assertThat((a[0] > b[0]) || (a[0] == b[0] && a[1] > b[1])).as("%s > %s", id, lower).isTrue();
	}

	private static void assertWrongType(Executable command) {
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(command::execute).withMessage(WRONGTYPE);
	}

	private static void assertInvalidId(Executable command) {
		assertError(InvalidArgumentException.class, INVALID_ID, command);
	}

	private static void assertError(Class<? extends CommandException> type, String message, Executable command) {
		assertThatExceptionOfType(type).isThrownBy(command::execute).withMessage(message);
	}

	// XADD

	@Test
	void xadd_starIdsHaveTheShapeAndGrow() {
		String first = this.client.xadd("s", fields("a", "1"));
		String second = this.client.xadd("s", fields("b", "2"));
		String third = this.client.xadd("s", StreamAddOptions.none(), fields("c", "3"));
		for (String id : List.of(first, second, third)) {
			assertThat(id).matches("[0-9]+-[0-9]+");
		}
		assertIdAbove(second, first);
		assertIdAbove(third, second);
		assertThat(this.client.xlen("s")).isEqualTo(3);
		assertThat(this.client.type("s")).isEqualTo(KeyType.STREAM);
		assertThat(this.client.xrange("s", "-", "+")).containsExactly(entry(first, "a", "1"), entry(second, "b", "2"),
				entry(third, "c", "3"));
		assertThat(this.client.xinfoStream("s").lastGeneratedId()).isEqualTo(third);
	}

	@Test
	void xadd_starAfterAnExplicitIdAboveTheClockCountsTheSequenceUp() {
		add("s", "18446744073709551615-5", "a", "1");
		assertThat(this.client.xadd("s", fields("b", "2"))).isEqualTo("18446744073709551615-6");
		assertThat(this.client.xlen("s")).isEqualTo(2);
	}

	@Test
	void xadd_explicitIdsKeepFieldsInOrder() {
		add("s", "1-1", "z", "26", "a", "1", "m", "13");
		add("s", "1-2", "only", "");
		add("s", "2-0", "", "empty field");
		List<StreamEntry<String, String>> all = this.client.xrange("s", "-", "+");
		assertThat(all).containsExactly(entry("1-1", "z", "26", "a", "1", "m", "13"), entry("1-2", "only", ""),
				entry("2-0", "", "empty field"));
		assertThat(all.get(0).pairs()).extracting(Map.Entry::getKey).containsExactly("z", "a", "m");
		assertThat(all.get(0).get("m")).isEqualTo("13");
		assertThat(all.get(0).get("missing")).isNull();
		assertThat(all.get(0).deleted()).isFalse();
		assertThat(all.get(0).fields()).containsExactly(Map.entry("z", "26"), Map.entry("a", "1"),
				Map.entry("m", "13"));
	}

	@Test
	void xadd_incompleteIdTakesTheNextSequenceNumber() {
		assertThat(this.client.xadd("s", id("5-*"), fields("a", "1"))).isEqualTo("5-0");
		assertThat(this.client.xadd("s", id("5-*"), fields("a", "2"))).isEqualTo("5-1");
		assertThat(this.client.xadd("s", id("7-*"), fields("a", "3"))).isEqualTo("7-0");
		assertError(InvalidArgumentException.class, NOT_ABOVE_TOP,
				() -> this.client.xadd("s", id("6-*"), fields("a", "4")));
		assertThat(this.client.xadd("z", id("0-*"), fields("a", "1"))).isEqualTo("0-1");
		assertThat(ids(this.client.xrange("s", "-", "+"))).containsExactly("5-0", "5-1", "7-0");
	}

	@Test
	void xadd_idNotAboveTheTopIsAnError() {
		add("s", "5-5", "a", "1");
		assertError(InvalidArgumentException.class, NOT_ABOVE_TOP,
				() -> this.client.xadd("s", id("5-5"), fields("a", "2")));
		assertError(InvalidArgumentException.class, NOT_ABOVE_TOP,
				() -> this.client.xadd("s", id("5-4"), fields("a", "2")));
		assertError(InvalidArgumentException.class, NOT_ABOVE_TOP,
				() -> this.client.xadd("s", id("4"), fields("a", "2")));
		assertError(InvalidArgumentException.class, NOT_ABOVE_TOP,
				() -> this.client.xadd("s", id("5"), fields("a", "2")));
		assertThat(ids(this.client.xrange("s", "-", "+"))).containsExactly("5-5");
	}

	@Test
	void xadd_zeroIdIsAnErrorAndCreatesNothing() {
		assertError(InvalidArgumentException.class, "ERR The ID specified in XADD must be greater than 0-0",
				() -> this.client.xadd("s", id("0-0"), fields("a", "1")));
		assertError(InvalidArgumentException.class, "ERR The ID specified in XADD must be greater than 0-0",
				() -> this.client.xadd("s", id("0"), fields("a", "1")));
		assertThat(this.client.exists("s")).isZero();
	}

	@Test
	void xadd_invalidIdsAreErrorsAndCreateNothing() {
		for (String bad : List.of("abc", "1-2-3", "-", "+", "1-", "-1", "1-x", "1.5", "18446744073709551616-0",
				"1-18446744073709551616", "*-1", "(1-0")) {
			assertThatExceptionOfType(InvalidArgumentException.class).as(bad)
				.isThrownBy(() -> this.client.xadd("s", id(bad), fields("a", "1")))
				.withMessage(INVALID_ID);
		}
		assertThat(this.client.exists("s")).isZero();
	}

	@Test
	void xadd_largestIdThenTheStreamIsExhausted() {
		add("s", "18446744073709551615-18446744073709551615", "a", "1");
		assertError(InvalidArgumentException.class,
				"ERR The stream has exhausted the last possible ID, unable to add more items",
				() -> this.client.xadd("s", fields("b", "2")));
		assertThat(this.client.xlen("s")).isEqualTo(1);
	}

	@Test
	void xadd_noMkStreamLeavesAMissingStreamMissing() {
		assertThat(this.client.xadd("s", StreamAddOptions.none().noMkStream(), fields("a", "1"))).isNull();
		assertThat(this.client.xadd("s", id("1-0").noMkStream(), fields("a", "1"))).isNull();
		assertThat(this.client.exists("s")).isZero();
		add("s", "1-0", "a", "1");
		assertThat(this.client.xadd("s", id("2-0").noMkStream(), fields("b", "2"))).isEqualTo("2-0");
		assertThat(this.client.xrange("s", "-", "+")).containsExactly(entry("1-0", "a", "1"), entry("2-0", "b", "2"));
	}

	@Test
	void xadd_maxLenExactTrimsTheOldest() {
		for (int i = 1; i <= 5; i++) {
			assertThat(this.client.xadd("s", id(i + "-0").trim(StreamTrim.maxLen(3)), fields("f", "" + i)))
				.isEqualTo(i + "-0");
		}
		assertThat(ids(this.client.xrange("s", "-", "+"))).containsExactly("3-0", "4-0", "5-0");
		StreamInfo<String, String> info = this.client.xinfoStream("s");
		assertThat(info.length()).isEqualTo(3);
		assertThat(info.entriesAdded()).isEqualTo(5);
		assertThat(info.recordedFirstEntryId()).isEqualTo("3-0");
		assertThat(info.maxDeletedEntryId()).isEqualTo("0-0");
		this.client.xadd("s", id("6-0").trim(StreamTrim.maxLen(0)), fields("f", "6"));
		assertThat(this.client.xlen("s")).isZero();
		assertThat(this.client.exists("s")).isEqualTo(1);
		assertThat(this.client.xinfoStream("s").lastGeneratedId()).isEqualTo("6-0");
	}

	@Test
	void xadd_maxLenApproximateRemovesWholeNodes() {
		addNumbered("s", 250);
		assertThat(this.client.xadd("s", id("251-0").trim(StreamTrim.maxLen(120).approximate()), fields("f", "251")))
			.isEqualTo("251-0");
		assertThat(this.client.xlen("s")).isEqualTo(151);
		assertThat(this.client.xrange("s", "-", "+", 1)).containsExactly(entry("101-0", "f", "101"));
		// removing the next node would leave fewer than asked: nothing to remove
		this.client.xadd("s", id("252-0").trim(StreamTrim.maxLen(100).approximate()), fields("f", "252"));
		assertThat(this.client.xlen("s")).isEqualTo(152);
		this.client.xadd("s", id("253-0").trim(StreamTrim.maxLen(10).approximate()), fields("f", "253"));
		assertThat(this.client.xlen("s")).isEqualTo(53);
		assertThat(this.client.xrange("s", "-", "+", 1)).containsExactly(entry("201-0", "f", "201"));
	}

	@Test
	void xadd_maxLenApproximateWithLimit() {
		addNumbered("s", 250);
		assertThat(this.client.xadd("s", id("251-0").trim(StreamTrim.maxLen(0).approximate().limit(150)),
				fields("f", "251")))
			.isEqualTo("251-0");
		assertThat(this.client.xlen("s")).isEqualTo(151);
		this.client.xadd("s", id("252-0").trim(StreamTrim.maxLen(0).approximate().limit(99)), fields("f", "252"));
		assertThat(this.client.xlen("s")).isEqualTo(152);
	}

	@Test
	void xadd_minIdExactAndApproximate() {
		for (int i = 1; i <= 5; i++) {
			this.client.xadd("s", id(i + "-0").trim(StreamTrim.minId("3")), fields("f", "" + i));
		}
		assertThat(ids(this.client.xrange("s", "-", "+"))).containsExactly("3-0", "4-0", "5-0");
		addNumbered("t", 250);
		this.client.xadd("t", id("251-0").trim(StreamTrim.minId("150-0").approximate()), fields("f", "251"));
		assertThat(this.client.xlen("t")).isEqualTo(151);
		assertThat(this.client.xrange("t", "-", "+", 1)).containsExactly(entry("101-0", "f", "101"));
	}

	@Test
	void xadd_trimErrors() {
		add("s", "1-0", "a", "1");
		assertError(InvalidArgumentException.class, LIMIT_WITHOUT_TILDE,
				() -> this.client.xadd("s", id("2-0").trim(StreamTrim.maxLen(10).limit(5)), fields("a", "2")));
		assertError(InvalidArgumentException.class, LIMIT_WITHOUT_TILDE,
				() -> this.client.xadd("s", id("2-0").trim(StreamTrim.minId("1").limit(5)), fields("a", "2")));
		assertError(InvalidArgumentException.class, "ERR The MAXLEN argument must be >= 0.",
				() -> this.client.xadd("s", id("2-0").trim(StreamTrim.maxLen(-1)), fields("a", "2")));
		assertInvalidId(() -> this.client.xadd("s", id("2-0").trim(StreamTrim.minId("bad")), fields("a", "2")));
		assertThat(ids(this.client.xrange("s", "-", "+"))).containsExactly("1-0");
	}

	@Test
	void xadd_argumentsAreCheckedBeforeAnythingRuns() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.xadd("s", Map.of()));
		assertThatNullPointerException().isThrownBy(() -> this.client.xadd(null, fields("a", "1")));
		assertThatNullPointerException().isThrownBy(() -> this.client.xadd("s", null, fields("a", "1")));
		Map<String, String> withNull = new LinkedHashMap<>();
		withNull.put("a", null);
		assertThatNullPointerException().isThrownBy(() -> this.client.xadd("s", withNull));
		assertThatNullPointerException().isThrownBy(() -> StreamAddOptions.none().id(null));
		assertThat(this.client.exists("s")).isZero();
	}

	@Test
	void xadd_unicodeFieldsAndValuesRoundTrip() {
		String field = "поле\u0000漢字😀";
		String value = "é\"'\\\n😀";
		add("ключ", "1-0", field, value);
		assertThat(this.client.xrange("ключ", "-", "+")).containsExactly(entry("1-0", field, value));
		assertThat(this.client.xread(NONE, streams("ключ", "0")))
			.containsExactly(Map.entry("ключ", List.of(entry("1-0", field, value))));
	}

	// XLEN

	@Test
	void xlen_countsEntries() {
		assertThat(this.client.xlen("missing")).isZero();
		add("s", "1-0", "a", "1");
		add("s", "2-0", "a", "2");
		assertThat(this.client.xlen("s")).isEqualTo(2);
		this.client.xdel("s", "1-0");
		assertThat(this.client.xlen("s")).isEqualTo(1);
		assertThat(this.client.exists("missing")).isZero();
	}

	// XRANGE, XREVRANGE

	@Test
	void xrange_wholeStreamAndMissingKey() {
		assertThat(this.client.xrange("missing", "-", "+")).isEmpty();
		assertThat(this.client.xrevrange("missing", "+", "-")).isEmpty();
		assertThat(this.client.xrange("missing", "-", "+", 0)).isEmpty();
		streamWithGroup();
		assertThat(ids(this.client.xrange("s", "-", "+"))).containsExactly("1-0", "2-0", "3-0", "4-0", "5-0");
		assertThat(ids(this.client.xrevrange("s", "+", "-"))).containsExactly("5-0", "4-0", "3-0", "2-0", "1-0");
		assertThat(this.client.xrange("s", "-", "+").get(2)).isEqualTo(entry("3-0", "f", "v3"));
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void xrange_boundsAreInclusiveAndIncompleteIdsCoverAMillisecond() {
		add("s", "1-0", "a", "1");
		add("s", "2-0", "a", "2");
		add("s", "2-1", "a", "3");
		add("s", "2-7", "a", "4");
		add("s", "3-0", "a", "5");
		assertThat(ids(this.client.xrange("s", "2", "2"))).containsExactly("2-0", "2-1", "2-7");
		assertThat(ids(this.client.xrange("s", "2-1", "3"))).containsExactly("2-1", "2-7", "3-0");
		assertThat(ids(this.client.xrange("s", "1-0", "2-0"))).containsExactly("1-0", "2-0");
		assertThat(ids(this.client.xrange("s", "2-2", "2-6"))).isEmpty();
		assertThat(ids(this.client.xrange("s", "3", "1"))).isEmpty();
		assertThat(ids(this.client.xrange("s", "0", "0"))).isEmpty();
		assertThat(ids(this.client.xrange("s", "4", "+"))).isEmpty();
		assertThat(ids(this.client.xrevrange("s", "2", "2"))).containsExactly("2-7", "2-1", "2-0");
		assertThat(ids(this.client.xrevrange("s", "2-1", "-"))).containsExactly("2-1", "2-0", "1-0");
		assertThat(ids(this.client.xrevrange("s", "1", "3"))).isEmpty();
	}

	@Test
	void xrange_exclusiveBounds() {
		add("s", "1-0", "a", "1");
		add("s", "2-0", "a", "2");
		add("s", "2-1", "a", "3");
		add("s", "3-0", "a", "4");
		assertThat(ids(this.client.xrange("s", "(1-0", "+"))).containsExactly("2-0", "2-1", "3-0");
		assertThat(ids(this.client.xrange("s", "-", "(3-0"))).containsExactly("1-0", "2-0", "2-1");
		assertThat(ids(this.client.xrange("s", "(2-0", "(3-0"))).containsExactly("2-1");
		assertThat(ids(this.client.xrange("s", "(2", "+"))).containsExactly("2-1", "3-0");
		// an incomplete exclusive end stands for the highest id of its millisecond
		assertThat(ids(this.client.xrange("s", "-", "(2"))).containsExactly("1-0", "2-0", "2-1");
		assertThat(ids(this.client.xrevrange("s", "(2", "-"))).containsExactly("2-1", "2-0", "1-0");
		assertThat(ids(this.client.xrange("s", "(2-0", "(2-1"))).isEmpty();
		assertThat(ids(this.client.xrevrange("s", "(3-0", "(1-0"))).containsExactly("2-1", "2-0");
		assertThat(ids(this.client.xrevrange("s", "+", "(2-1"))).containsExactly("3-0");
		assertError(InvalidArgumentException.class, "ERR invalid start ID for the interval",
				() -> this.client.xrange("s", "(18446744073709551615-18446744073709551615", "+"));
		assertError(InvalidArgumentException.class, "ERR invalid end ID for the interval",
				() -> this.client.xrange("s", "-", "(0-0"));
		assertInvalidId(() -> this.client.xrange("s", "(-", "+"));
		assertInvalidId(() -> this.client.xrange("s", "-", "(+"));
		assertInvalidId(() -> this.client.xrange("s", "(", "+"));
	}

	@Test
	void xrange_count() {
		addNumbered("s", 10);
		assertThat(ids(this.client.xrange("s", "-", "+", 3))).containsExactly("1-0", "2-0", "3-0");
		assertThat(ids(this.client.xrange("s", "(3-0", "+", 2))).containsExactly("4-0", "5-0");
		assertThat(ids(this.client.xrevrange("s", "+", "-", 3))).containsExactly("10-0", "9-0", "8-0");
		assertThat(ids(this.client.xrevrange("s", "(8-0", "-", 1))).containsExactly("7-0");
		assertThat(this.client.xrange("s", "-", "+", 100)).hasSize(10);
		assertThat(this.client.xrange("s", "-", "+", 0)).isEmpty();
		assertThat(this.client.xrange("s", "-", "+", -1)).isEmpty();
		assertThat(this.client.xrange("s", "-", "+", Long.MIN_VALUE)).isEmpty();
		assertThat(this.client.xrevrange("s", "+", "-", 0)).isEmpty();
		assertThat(this.client.xrevrange("s", "+", "-", -5)).isEmpty();
		assertThat(this.client.xrange("s", "-", "+", Long.MAX_VALUE)).hasSize(10);
	}

	@Test
	void xrange_invalidIdsAreErrors() {
		add("s", "1-0", "a", "1");
		for (String bad : List.of("abc", "1-2-3", "*", "1-", "-1", "1-x", "18446744073709551616")) {
			assertThatExceptionOfType(InvalidArgumentException.class).as(bad)
				.isThrownBy(() -> this.client.xrange("s", bad, "+"))
				.withMessage(INVALID_ID);
			assertThatExceptionOfType(InvalidArgumentException.class).as(bad)
				.isThrownBy(() -> this.client.xrevrange("s", bad, "-"))
				.withMessage(INVALID_ID);
		}
		// on a missing key too
		assertInvalidId(() -> this.client.xrange("missing", "abc", "+"));
	}

	// XDEL

	@Test
	void xdel_countsDeletedEntries() {
		streamWithGroup();
		assertThat(this.client.xdel("s", "2-0", "4-0", "2-0", "9-0")).isEqualTo(2);
		assertThat(ids(this.client.xrange("s", "-", "+"))).containsExactly("1-0", "3-0", "5-0");
		assertThat(this.client.xdel("s", "2-0")).isZero();
		assertThat(this.client.xdel("missing", "1-0")).isZero();
		assertThat(this.client.exists("missing")).isZero();
		StreamInfo<String, String> info = this.client.xinfoStream("s");
		assertThat(info.maxDeletedEntryId()).isEqualTo("4-0");
		assertThat(info.entriesAdded()).isEqualTo(5);
		assertThat(info.length()).isEqualTo(3);
	}

	@Test
	void xdel_lastEntryLeavesAnEmptyStream() {
		add("s", "1-0", "a", "1");
		add("s", "2-0", "a", "2");
		assertThat(this.client.xdel("s", "1-0", "2-0")).isEqualTo(2);
		assertThat(this.client.exists("s")).isEqualTo(1);
		assertThat(this.client.type("s")).isEqualTo(KeyType.STREAM);
		assertThat(this.client.xlen("s")).isZero();
		assertThat(this.client.xrange("s", "-", "+")).isEmpty();
		StreamInfo<String, String> info = this.client.xinfoStream("s");
		assertThat(info.firstEntry()).isNull();
		assertThat(info.lastEntry()).isNull();
		assertThat(info.lastGeneratedId()).isEqualTo("2-0");
		assertThat(info.maxDeletedEntryId()).isEqualTo("2-0");
		assertThat(info.recordedFirstEntryId()).isEqualTo("0-0");
		assertError(InvalidArgumentException.class, NOT_ABOVE_TOP,
				() -> this.client.xadd("s", id("2-0"), fields("a", "3")));
		add("s", "2-1", "a", "3");
	}

	@Test
	void xdel_invalidIdDeletesNothing() {
		add("s", "1-0", "a", "1");
		assertInvalidId(() -> this.client.xdel("s", "1-0", "bad"));
		assertInvalidId(() -> this.client.xdel("s", "-"));
		assertThat(this.client.xlen("s")).isEqualTo(1);
		// the key is looked up before the ids are read
		assertThat(this.client.xdel("missing", "bad")).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.xdel("s"));
	}

	@Test
	void xdel_ofTheFirstEntryMovesTheRecordedFirstId() {
		streamWithGroup();
		this.client.xdel("s", "1-0");
		StreamInfo<String, String> info = this.client.xinfoStream("s");
		assertThat(info.recordedFirstEntryId()).isEqualTo("2-0");
		assertThat(info.firstEntry()).isEqualTo(entry("2-0", "f", "v2"));
		assertThat(info.lastEntry()).isEqualTo(entry("5-0", "f", "v5"));
		this.client.xdel("s", "3-0");
		assertThat(this.client.xinfoStream("s").recordedFirstEntryId()).isEqualTo("2-0");
	}

	// XTRIM

	@Test
	void xtrim_maxLenExact() {
		addNumbered("s", 10);
		assertThat(this.client.xtrim("s", StreamTrim.maxLen(7))).isEqualTo(3);
		assertThat(this.client.xtrim("s", StreamTrim.maxLen(7))).isZero();
		assertThat(this.client.xtrim("s", StreamTrim.maxLen(100))).isZero();
		assertThat(this.client.xrange("s", "-", "+", 1)).containsExactly(entry("4-0", "f", "4"));
		assertThat(this.client.xtrim("s", StreamTrim.maxLen(0))).isEqualTo(7);
		assertThat(this.client.exists("s")).isEqualTo(1);
		assertThat(this.client.xtrim("missing", StreamTrim.maxLen(0))).isZero();
		assertThat(this.client.exists("missing")).isZero();
		StreamInfo<String, String> info = this.client.xinfoStream("s");
		assertThat(info.length()).isZero();
		assertThat(info.entriesAdded()).isEqualTo(10);
		assertThat(info.lastGeneratedId()).isEqualTo("10-0");
		assertThat(info.maxDeletedEntryId()).isEqualTo("0-0");
	}

	@Test
	void xtrim_minIdExact() {
		addNumbered("s", 10);
		assertThat(this.client.xtrim("s", StreamTrim.minId("4-0"))).isEqualTo(3);
		assertThat(this.client.xtrim("s", StreamTrim.minId("4"))).isZero();
		assertThat(this.client.xtrim("s", StreamTrim.minId("6-1"))).isEqualTo(3);
		assertThat(ids(this.client.xrange("s", "-", "+"))).containsExactly("7-0", "8-0", "9-0", "10-0");
		assertThat(this.client.xtrim("s", StreamTrim.minId("0"))).isZero();
		assertThat(this.client.xtrim("s", StreamTrim.minId("100"))).isEqualTo(4);
		assertThat(this.client.xlen("s")).isZero();
		assertInvalidId(() -> this.client.xtrim("s", StreamTrim.minId("x")));
		assertInvalidId(() -> this.client.xtrim("s", StreamTrim.minId("+")));
	}

	@Test
	void xtrim_maxLenApproximateRemovesWholeNodes() {
		addNumbered("s", 250);
		assertThat(this.client.xinfoStream("s").radixTreeKeys()).isEqualTo(3);
		assertThat(this.client.xtrim("s", StreamTrim.maxLen(120).approximate())).isEqualTo(100);
		assertThat(this.client.xlen("s")).isEqualTo(150);
		assertThat(this.client.xrange("s", "-", "+", 1)).containsExactly(entry("101-0", "f", "101"));
		assertThat(this.client.xtrim("s", StreamTrim.maxLen(120).approximate())).isZero();
		assertThat(this.client.xtrim("s", StreamTrim.maxLen(50).approximate())).isEqualTo(100);
		assertThat(this.client.xlen("s")).isEqualTo(50);
		StreamInfo<String, String> info = this.client.xinfoStream("s");
		assertThat(info.radixTreeKeys()).isEqualTo(1);
		assertThat(info.recordedFirstEntryId()).isEqualTo("201-0");
		assertThat(info.entriesAdded()).isEqualTo(250);
		// the last node goes too when the rest is long enough
		assertThat(this.client.xtrim("s", StreamTrim.maxLen(0).approximate())).isEqualTo(50);
		assertThat(this.client.xlen("s")).isZero();
		assertThat(this.client.xinfoStream("s").radixTreeKeys()).isZero();
	}

	@Test
	void xtrim_approximateWithLimit() {
		addNumbered("s", 250);
		assertThat(this.client.xtrim("s", StreamTrim.maxLen(120).approximate().limit(99))).isZero();
		assertThat(this.client.xtrim("s", StreamTrim.maxLen(0).approximate().limit(100))).isEqualTo(100);
		assertThat(this.client.xrange("s", "-", "+", 1)).containsExactly(entry("101-0", "f", "101"));
		assertThat(this.client.xtrim("s", StreamTrim.maxLen(0).approximate().limit(149))).isEqualTo(100);
		assertThat(this.client.xrange("s", "-", "+", 1)).containsExactly(entry("201-0", "f", "201"));
		assertThat(this.client.xtrim("s", StreamTrim.maxLen(0).approximate().limit(50))).isEqualTo(50);
		assertThat(this.client.xlen("s")).isZero();
	}

	@Test
	void xtrim_minIdApproximate() {
		addNumbered("s", 250);
		assertThat(this.client.xtrim("s", StreamTrim.minId("150-0").approximate())).isEqualTo(100);
		assertThat(this.client.xlen("s")).isEqualTo(150);
		assertThat(this.client.xtrim("s", StreamTrim.minId("150-0"))).isEqualTo(49);
		assertThat(this.client.xlen("s")).isEqualTo(101);
		assertThat(this.client.xrange("s", "-", "+", 1)).containsExactly(entry("150-0", "f", "150"));
		// the partly emptied node is still one node
		StreamInfo<String, String> info = this.client.xinfoStream("s");
		assertThat(info.radixTreeKeys()).isEqualTo(2);
		assertThat(info.recordedFirstEntryId()).isEqualTo("150-0");
		assertThat(this.client.xtrim("s", StreamTrim.minId("300").approximate().limit(100))).isEqualTo(51);
		assertThat(this.client.xlen("s")).isEqualTo(50);
	}

	@Test
	void xtrim_errors() {
		addNumbered("s", 3);
		assertError(InvalidArgumentException.class, LIMIT_WITHOUT_TILDE,
				() -> this.client.xtrim("s", StreamTrim.maxLen(1).limit(5)));
		assertError(InvalidArgumentException.class, LIMIT_WITHOUT_TILDE,
				() -> this.client.xtrim("s", StreamTrim.minId("2").limit(5)));
		assertError(InvalidArgumentException.class, "ERR The MAXLEN argument must be >= 0.",
				() -> this.client.xtrim("s", StreamTrim.maxLen(-1)));
		assertError(InvalidArgumentException.class, "ERR The LIMIT argument must be >= 0.",
				() -> this.client.xtrim("s", StreamTrim.maxLen(1).approximate().limit(-1)));
		assertThat(this.client.xlen("s")).isEqualTo(3);
		assertThatNullPointerException().isThrownBy(() -> this.client.xtrim("s", null));
	}

	// XSETID

	@Test
	void xsetid_movesTheLastId() {
		add("s", "1-0", "a", "1");
		this.client.xsetid("s", "5-5");
		assertThat(this.client.xinfoStream("s").lastGeneratedId()).isEqualTo("5-5");
		assertThat(this.client.xadd("s", id("5-*"), fields("a", "2"))).isEqualTo("5-6");
		assertError(InvalidArgumentException.class, NOT_ABOVE_TOP,
				() -> this.client.xadd("s", id("5-6"), fields("a", "3")));
		this.client.xsetid("s", "5-6");
		assertError(InvalidArgumentException.class,
				"ERR The ID specified in XSETID is smaller than the target stream top item",
				() -> this.client.xsetid("s", "5"));
		assertThat(this.client.xinfoStream("s").lastGeneratedId()).isEqualTo("5-6");
		assertError(InvalidArgumentException.class,
				"ERR The ID specified in XSETID is smaller than the target stream top item",
				() -> this.client.xsetid("s", "5-5"));
		assertInvalidId(() -> this.client.xsetid("s", "bad"));
		assertInvalidId(() -> this.client.xsetid("s", "+"));
		assertThat(this.client.xinfoStream("s").lastGeneratedId()).isEqualTo("5-6");
	}

	@Test
	void xsetid_comparesWithTheLastEntryNotTheLastId() {
		add("s", "1-0", "a", "1");
		add("s", "9-0", "a", "2");
		this.client.xdel("s", "9-0");
		this.client.xsetid("s", "3-0");
		assertThat(this.client.xinfoStream("s").lastGeneratedId()).isEqualTo("3-0");
		add("s", "4-0", "a", "3");
		assertThat(ids(this.client.xrange("s", "-", "+"))).containsExactly("1-0", "4-0");
		this.client.xdel("s", "1-0", "4-0");
		this.client.xsetid("s", "0-1");
		assertThat(this.client.xinfoStream("s").lastGeneratedId()).isEqualTo("0-1");
	}

	@Test
	void xsetid_withCounters() {
		add("s", "1-0", "a", "1");
		add("s", "2-0", "a", "2");
		this.client.xsetid("s", "10-0", 7, "5-0");
		StreamInfo<String, String> info = this.client.xinfoStream("s");
		assertThat(info.lastGeneratedId()).isEqualTo("10-0");
		assertThat(info.entriesAdded()).isEqualTo(7);
		assertThat(info.maxDeletedEntryId()).isEqualTo("5-0");
		this.client.xsetid("s", "10-0", 2, "0-0");
		info = this.client.xinfoStream("s");
		assertThat(info.entriesAdded()).isEqualTo(2);
		assertThat(info.maxDeletedEntryId()).isEqualTo("5-0");
		assertError(InvalidArgumentException.class,
				"ERR The entries_added specified in XSETID is smaller than the target stream length",
				() -> this.client.xsetid("s", "10-0", 1, "0-0"));
		assertError(InvalidArgumentException.class,
				"ERR The ID specified in XSETID is smaller than the provided max_deleted_entry_id",
				() -> this.client.xsetid("s", "10-0", 5, "11-0"));
		assertError(InvalidArgumentException.class, "ERR entries_added must be positive",
				() -> this.client.xsetid("s", "10-0", -1, "0-0"));
		assertInvalidId(() -> this.client.xsetid("s", "10-0", 5, "x"));
		assertThat(this.client.xinfoStream("s").entriesAdded()).isEqualTo(2);
	}

	@Test
	void xsetid_missingKeyIsAnError() {
		assertError(NoSuchKeyException.class, "ERR no such key", () -> this.client.xsetid("missing", "1-0"));
		assertError(NoSuchKeyException.class, "ERR no such key", () -> this.client.xsetid("missing", "1-0", 1, "0-0"));
		assertThat(this.client.exists("missing")).isZero();
	}

	// XREAD

	@Test
	void xread_readsAfterTheIdFromSeveralStreams() {
		add("a", "1-0", "f", "a1");
		add("a", "2-0", "f", "a2");
		add("b", "1-0", "f", "b1");
		add("c", "5-0", "f", "c5");
		Map<String, List<StreamEntry<String, String>>> read = this.client.xread(NONE,
				streams("c", "0", "a", "1-0", "missing", "0", "b", "1-0"));
		assertThat(read).containsExactly(Map.entry("c", List.of(entry("5-0", "f", "c5"))),
				Map.entry("a", List.of(entry("2-0", "f", "a2"))));
		assertThat(new ArrayList<>(read.keySet())).containsExactly("c", "a");
		assertThat(this.client.xread(NONE, streams("a", "2-0", "b", "1"))).isEmpty();
		assertThat(this.client.xread(NONE, streams("missing", "0"))).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
		assertThat(ids(this.client.xread(NONE, streams("a", "0-0")).get("a"))).containsExactly("1-0", "2-0");
		assertThat(ids(this.client.xread(NONE, streams("a", "1")).get("a"))).containsExactly("2-0");
	}

	@Test
	void xread_countLimitsEachStream() {
		addNumbered("a", 5);
		addNumbered("b", 3);
		Map<String, List<StreamEntry<String, String>>> read = this.client.xread(NONE.count(2),
				streams("a", "0", "b", "1-0"));
		assertThat(ids(read.get("a"))).containsExactly("1-0", "2-0");
		assertThat(ids(read.get("b"))).containsExactly("2-0", "3-0");
		assertThat(ids(this.client.xread(NONE.count(-3), streams("a", "3")).get("a"))).containsExactly("4-0", "5-0");
		assertThat(ids(this.client.xread(NONE.count(0), streams("a", "3")).get("a"))).containsExactly("4-0", "5-0");
	}

	@Test
	void xread_dollarReadsNothingYet() {
		addNumbered("a", 3);
		assertThat(this.client.xread(NONE, streams("a", "$"))).isEmpty();
		assertThat(this.client.xread(NONE, streams("missing", "$", "a", "$"))).isEmpty();
		assertThat(ids(this.client.xread(NONE, streams("missing", "$", "a", "2")).get("a"))).containsExactly("3-0");
	}

	@Test
	void xread_errors() {
		add("a", "1-0", "f", "v");
		assertInvalidId(() -> this.client.xread(NONE, streams("a", "bad")));
		assertInvalidId(() -> this.client.xread(NONE, streams("a", "0", "b", "1-x")));
		assertError(InvalidArgumentException.class,
				"ERR The > ID can be specified only when calling XREADGROUP using the GROUP <group> <consumer> option.",
				() -> this.client.xread(NONE, streams("a", ">")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.xread(NONE, Map.of()));
		assertThatNullPointerException().isThrownBy(() -> this.client.xread(null, streams("a", "0")));
	}

	@Test
	void xread_ofAnEmptiedStream() {
		add("a", "1-0", "f", "v");
		this.client.xdel("a", "1-0");
		assertThat(this.client.xread(NONE, streams("a", "0"))).isEmpty();
		add("a", "2-0", "f", "w");
		assertThat(this.client.xread(NONE, streams("a", "0")))
			.containsExactly(Map.entry("a", List.of(entry("2-0", "f", "w"))));
	}

	// XGROUP CREATE, SETID, DESTROY, CREATECONSUMER, DELCONSUMER

	@Test
	void xgroupCreate_atTheStartReadsEverything() {
		addNumbered("s", 3);
		this.client.xgroupCreate("s", "g", "0");
		assertThat(readGroupIds("c", NONE, ">")).containsExactly("1-0", "2-0", "3-0");
		assertThat(readGroupIds("c", NONE, ">")).isEmpty();
		assertThat(readGroup("c", NONE, ">")).isEmpty();
	}

	@Test
	void xgroupCreate_atTheEndReadsOnlyNewEntries() {
		addNumbered("s", 3);
		this.client.xgroupCreate("s", "g", "$");
		assertThat(readGroup("c", NONE, ">")).isEmpty();
		add("s", "4-0", "f", "4");
		assertThat(readGroup("c", NONE, ">")).containsExactly(Map.entry("s", List.of(entry("4-0", "f", "4"))));
		StreamGroupInfo group = group("s", "g");
		assertThat(group.lastDeliveredId()).isEqualTo("4-0");
		assertThat(group.entriesRead()).isEqualTo(4);
		assertThat(group.lag()).isZero();
	}

	@Test
	void xgroupCreate_atAnId() {
		addNumbered("s", 5);
		this.client.xgroupCreate("s", "g", "2-0");
		this.client.xgroupCreate("s", "h", "3");
		assertThat(readGroupIds("c", NONE, ">")).containsExactly("3-0", "4-0", "5-0");
		assertThat(this.client.xreadgroup("h", "c", NONE, streams("s", ">")).get("s")).extracting(StreamEntry::id)
			.containsExactly("4-0", "5-0");
		assertInvalidId(() -> this.client.xgroupCreate("s", "bad", "x"));
		assertInvalidId(() -> this.client.xgroupCreate("s", "bad", ">"));
		assertThat(this.client.xinfoGroups("s")).extracting(StreamGroupInfo::name).containsExactly("g", "h");
	}

	@Test
	void xgroupCreate_missingStreamNeedsMkStream() {
		assertError(InvalidArgumentException.class, NO_KEY_FOR_GROUP, () -> this.client.xgroupCreate("s", "g", "$"));
		assertThat(this.client.exists("s")).isZero();
		this.client.xgroupCreate("s", "g", "$", true, -1);
		assertThat(this.client.exists("s")).isEqualTo(1);
		assertThat(this.client.type("s")).isEqualTo(KeyType.STREAM);
		assertThat(this.client.xlen("s")).isZero();
		StreamInfo<String, String> info = this.client.xinfoStream("s");
		assertThat(info.groups()).isEqualTo(1);
		assertThat(info.lastGeneratedId()).isEqualTo("0-0");
		assertThat(this.client.xinfoGroups("s")).containsExactly(new StreamGroupInfo("g", 0, 0, "0-0", null, 0L));
		add("s", "1-0", "f", "v");
		assertThat(readGroupIds("c", NONE, ">")).containsExactly("1-0");
		// MKSTREAM on an existing stream changes nothing
		this.client.xgroupCreate("s", "h", "0", true, -1);
		assertThat(this.client.xlen("s")).isEqualTo(1);
	}

	@Test
	void xgroupCreate_existingGroupIsBusy() {
		addNumbered("s", 2);
		this.client.xgroupCreate("s", "g", "0");
		readGroup("c", NONE, ">");
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.xgroupCreate("s", "g", "$"))
			.withMessage("BUSYGROUP Consumer Group name already exists")
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("BUSYGROUP"));
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.xgroupCreate("s", "g", "0", true, 5))
			.withMessage("BUSYGROUP Consumer Group name already exists");
		assertThat(group("s", "g").lastDeliveredId()).isEqualTo("2-0");
		assertThat(group("s", "g").pending()).isEqualTo(2);
	}

	@Test
	void xgroupCreate_withEntriesRead() {
		addNumbered("s", 5);
		this.client.xgroupCreate("s", "g", "2-0", false, 2);
		this.client.xgroupCreate("s", "h", "0", false, -1);
		this.client.xgroupCreate("s", "i", "4-0", false, 1);
		assertThat(this.client.xinfoGroups("s")).containsExactly(new StreamGroupInfo("g", 0, 0, "2-0", 2L, 3L),
				new StreamGroupInfo("h", 0, 0, "0-0", null, 5L), new StreamGroupInfo("i", 0, 0, "4-0", 1L, 4L));
		assertError(InvalidArgumentException.class, "ERR value for ENTRIESREAD must be positive or -1",
				() -> this.client.xgroupCreate("s", "j", "0", false, -2));
		assertThat(this.client.xinfoStream("s").groups()).isEqualTo(3);
	}

	@Test
	void xgroupSetid_rewindsAndForwardsTheGroup() {
		streamWithGroup();
		assertThat(readGroupIds("c", NONE, ">")).hasSize(5);
		this.client.xgroupSetid("s", "g", "3-0");
		assertThat(group("s", "g").lastDeliveredId()).isEqualTo("3-0");
		assertThat(group("s", "g").entriesRead()).isNull();
		assertThat(readGroupIds("c", NONE, ">")).containsExactly("4-0", "5-0");
		this.client.xgroupSetid("s", "g", "0", 0);
		assertThat(group("s", "g")).isEqualTo(new StreamGroupInfo("g", 1, 5, "0-0", 0L, 5L));
		this.client.xgroupSetid("s", "g", "$");
		assertThat(group("s", "g").lastDeliveredId()).isEqualTo("5-0");
		assertThat(readGroup("c", NONE, ">")).isEmpty();
		this.client.xgroupSetid("s", "g", "2-0", 2);
		assertThat(group("s", "g").entriesRead()).isEqualTo(2);
		assertThat(group("s", "g").lag()).isEqualTo(3);
		assertError(CommandException.class, "NOGROUP No such consumer group 'nog' for key name '" + named("s") + "'",
				() -> this.client.xgroupSetid("s", "nog", "0"));
		assertError(InvalidArgumentException.class, NO_KEY_FOR_GROUP,
				() -> this.client.xgroupSetid("missing", "g", "0"));
		assertInvalidId(() -> this.client.xgroupSetid("s", "g", "x"));
		assertError(InvalidArgumentException.class, "ERR value for ENTRIESREAD must be positive or -1",
				() -> this.client.xgroupSetid("s", "g", "0", -7));
	}

	@Test
	void xgroupDestroy_removesTheGroupWithItsPendingEntries() {
		streamWithGroup();
		this.client.xgroupCreate("s", "h", "0");
		readGroup("c", NONE, ">");
		assertThat(this.client.xgroupDestroy("s", "g")).isTrue();
		assertThat(this.client.xgroupDestroy("s", "g")).isFalse();
		assertThat(this.client.xinfoGroups("s")).extracting(StreamGroupInfo::name).containsExactly("h");
		assertThat(this.client.xinfoStream("s").groups()).isEqualTo(1);
		assertThat(this.client.xlen("s")).isEqualTo(5);
		assertError(CommandException.class,
				"NOGROUP No such key '" + named("s") + "' or consumer group 'g' in XREADGROUP with GROUP option",
				() -> readGroup("c", NONE, ">"));
		this.client.xgroupCreate("s", "g", "0");
		assertThat(this.client.xpending("s", "g").count()).isZero();
		assertError(InvalidArgumentException.class, NO_KEY_FOR_GROUP, () -> this.client.xgroupDestroy("missing", "g"));
	}

	@Test
	void xgroupCreateconsumer_andDelconsumer() {
		streamWithGroup();
		assertThat(this.client.xgroupCreateconsumer("s", "g", "idle")).isTrue();
		assertThat(this.client.xgroupCreateconsumer("s", "g", "idle")).isFalse();
		readGroup("busy", NONE.count(3), ">");
		assertThat(this.client.xgroupCreateconsumer("s", "g", "busy")).isFalse();
		assertThat(this.client.xinfoConsumers("s", "g"))
			.extracting(StreamConsumerInfo::name, StreamConsumerInfo::pending)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("busy", 3L),
					org.assertj.core.groups.Tuple.tuple("idle", 0L));
		assertThat(group("s", "g").consumers()).isEqualTo(2);
		assertThat(this.client.xgroupDelconsumer("s", "g", "busy")).isEqualTo(3);
		assertThat(this.client.xgroupDelconsumer("s", "g", "idle")).isZero();
		assertThat(this.client.xgroupDelconsumer("s", "g", "never")).isZero();
		assertThat(this.client.xinfoConsumers("s", "g")).isEmpty();
		StreamPending summary = this.client.xpending("s", "g");
		assertThat(summary.count()).isZero();
		assertThat(group("s", "g")).isEqualTo(new StreamGroupInfo("g", 0, 0, "3-0", 3L, 2L));
		// deleted entries stay delivered
		assertThat(readGroupIds("other", NONE, ">")).containsExactly("4-0", "5-0");
		assertError(CommandException.class, "NOGROUP No such consumer group 'nog' for key name '" + named("s") + "'",
				() -> this.client.xgroupCreateconsumer("s", "nog", "c"));
		assertError(CommandException.class, "NOGROUP No such consumer group 'nog' for key name '" + named("s") + "'",
				() -> this.client.xgroupDelconsumer("s", "nog", "c"));
		assertError(InvalidArgumentException.class, NO_KEY_FOR_GROUP,
				() -> this.client.xgroupCreateconsumer("missing", "g", "c"));
	}

	// XREADGROUP

	@Test
	void xreadgroup_newEntriesBecomePending() {
		streamWithGroup();
		Map<String, List<StreamEntry<String, String>>> read = readGroup("alice", NONE.count(2), ">");
		assertThat(read).containsExactly(Map.entry("s", List.of(entry("1-0", "f", "v1"), entry("2-0", "f", "v2"))));
		assertThat(readGroupIds("bob", NONE.count(2), ">")).containsExactly("3-0", "4-0");
		assertThat(readGroupIds("alice", NONE, ">")).containsExactly("5-0");
		assertThat(readGroup("alice", NONE, ">")).isEmpty();
		StreamPending summary = this.client.xpending("s", "g");
		assertThat(summary).isEqualTo(new StreamPending(5, "1-0", "5-0", Map.of("alice", 3L, "bob", 2L)));
		assertThat(new ArrayList<>(summary.consumers().keySet())).containsExactly("alice", "bob");
		assertThat(owners()).containsExactly(Map.entry("1-0", "alice"), Map.entry("2-0", "alice"),
				Map.entry("3-0", "bob"), Map.entry("4-0", "bob"), Map.entry("5-0", "alice"));
		assertThat(deliveries().values()).containsOnly(1L);
		assertThat(group("s", "g")).isEqualTo(new StreamGroupInfo("g", 2, 5, "5-0", 5L, 0L));
	}

	@Test
	void xreadgroup_historyReadsTheConsumersOwnPendingEntries() {
		streamWithGroup();
		readGroup("alice", NONE.count(2), ">");
		readGroup("bob", NONE.count(2), ">");
		assertThat(readGroup("alice", NONE, "0"))
			.containsExactly(Map.entry("s", List.of(entry("1-0", "f", "v1"), entry("2-0", "f", "v2"))));
		assertThat(readGroupIds("alice", NONE, "1-0")).containsExactly("2-0");
		assertThat(readGroupIds("alice", NONE.count(1), "0")).containsExactly("1-0");
		assertThat(readGroupIds("bob", NONE, "0-0")).containsExactly("3-0", "4-0");
		// a consumer without pending entries gets its stream with an empty list
		assertThat(readGroup("carol", NONE, "0")).containsExactly(Map.entry("s", List.of()));
		assertThat(readGroup("alice", NONE, "2-0")).containsExactly(Map.entry("s", List.of()));
		// a history read counts as a delivery
		assertThat(deliveries()).containsExactly(Map.entry("1-0", 3L), Map.entry("2-0", 3L), Map.entry("3-0", 2L),
				Map.entry("4-0", 2L));
		assertThat(this.client.xinfoConsumers("s", "g")).extracting(StreamConsumerInfo::name)
			.containsExactly("alice", "bob", "carol");
	}

	@Test
	void xreadgroup_historyShowsADeletedPendingEntryWithoutFields() {
		streamWithGroup();
		readGroup("c", NONE.count(3), ">");
		this.client.xdel("s", "2-0");
		List<StreamEntry<String, String>> history = readGroup("c", NONE, "0").get("s");
		assertThat(history).containsExactly(entry("1-0", "f", "v1"), new StreamEntry<>("2-0", null),
				entry("3-0", "f", "v3"));
		assertThat(history.get(1).deleted()).isTrue();
		assertThat(history.get(1).fields()).isEmpty();
		assertThat(history.get(1).get("f")).isNull();
		assertThat(this.client.xpending("s", "g").count()).isEqualTo(3);
		assertThat(this.client.xack("s", "g", "2-0")).isEqualTo(1);
		assertThat(ids(readGroup("c", NONE, "0").get("s"))).containsExactly("1-0", "3-0");
	}

	@Test
	void xreadgroup_noAckLeavesNothingPending() {
		streamWithGroup();
		assertThat(readGroupIds("c", NONE.noAck().count(2), ">")).containsExactly("1-0", "2-0");
		assertThat(this.client.xpending("s", "g")).isEqualTo(new StreamPending(0, null, null, Map.of()));
		assertThat(readGroupIds("c", NONE.noAck(), ">")).containsExactly("3-0", "4-0", "5-0");
		assertThat(readGroup("c", NONE, "0")).containsExactly(Map.entry("s", List.of()));
		assertThat(group("s", "g")).isEqualTo(new StreamGroupInfo("g", 1, 0, "5-0", 5L, 0L));
	}

	@Test
	void xreadgroup_severalStreams() {
		addNumbered("a", 2);
		addNumbered("b", 2);
		this.client.xgroupCreate("a", "g", "0");
		this.client.xgroupCreate("b", "g", "1-0");
		Map<String, List<StreamEntry<String, String>>> read = this.client.xreadgroup("g", "c", NONE,
				streams("b", ">", "a", ">"));
		assertThat(new ArrayList<>(read.keySet())).containsExactly("b", "a");
		assertThat(ids(read.get("a"))).containsExactly("1-0", "2-0");
		assertThat(ids(read.get("b"))).containsExactly("2-0");
		// history and new entries in one call
		add("a", "3-0", "f", "3");
		read = this.client.xreadgroup("g", "c", NONE, streams("a", ">", "b", "0"));
		assertThat(ids(read.get("a"))).containsExactly("3-0");
		assertThat(ids(read.get("b"))).containsExactly("2-0");
	}

	@Test
	void xreadgroup_errors() {
		streamWithGroup();
		assertError(CommandException.class,
				"NOGROUP No such key '" + named("s") + "' or consumer group 'nog' in XREADGROUP with GROUP option",
				() -> this.client.xreadgroup("nog", "c", NONE, streams("s", ">")));
		assertError(CommandException.class,
				"NOGROUP No such key '" + named("missing") + "' or consumer group 'g' in XREADGROUP with GROUP option",
				() -> this.client.xreadgroup("g", "c", NONE, streams("s", ">", "missing", ">")));
		assertError(InvalidArgumentException.class,
				"ERR The $ ID is meaningless in the context of XREADGROUP: you want to read the history of this consumer by specifying a proper ID, or use the > ID to get new messages. The $ ID would just return an empty result set.",
				() -> readGroup("c", NONE, "$"));
		assertInvalidId(() -> readGroup("c", NONE, "x"));
		assertThat(this.client.xpending("s", "g").count()).isZero();
		assertThat(this.client.xinfoConsumers("s", "g")).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
		assertThatNullPointerException().isThrownBy(() -> this.client.xreadgroup(null, "c", NONE, streams("s", ">")));
		assertThatNullPointerException().isThrownBy(() -> this.client.xreadgroup("g", null, NONE, streams("s", ">")));
	}

	// XACK

	@Test
	void xack_removesFromThePendingList() {
		streamWithGroup();
		readGroup("c", NONE, ">");
		assertThat(this.client.xack("s", "g", "1-0", "3-0", "1-0", "9-0")).isEqualTo(2);
		assertThat(this.client.xack("s", "g", "1-0")).isZero();
		assertThat(this.client.xpending("s", "g")).isEqualTo(new StreamPending(3, "2-0", "5-0", Map.of("c", 3L)));
		assertThat(ids(readGroup("c", NONE, "0").get("s"))).containsExactly("2-0", "4-0", "5-0");
		assertThat(this.client.xack("s", "nog", "2-0")).isZero();
		assertThat(this.client.xack("missing", "g", "2-0")).isZero();
		assertThat(this.client.exists("missing")).isZero();
		assertInvalidId(() -> this.client.xack("s", "g", "2-0", "bad"));
		assertThat(this.client.xpending("s", "g").count()).isEqualTo(3);
		assertThat(this.client.xack("s", "g", "2", "4-0", "5")).isEqualTo(3);
		assertThat(this.client.xinfoConsumers("s", "g")).extracting(StreamConsumerInfo::pending).containsExactly(0L);
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.xack("s", "g"));
	}

	// XPENDING

	@Test
	void xpending_summary() {
		streamWithGroup();
		assertThat(this.client.xpending("s", "g")).isEqualTo(new StreamPending(0, null, null, Map.of()));
		readGroup("zed", NONE.count(1), ">");
		readGroup("amy", NONE.count(3), ">");
		StreamPending summary = this.client.xpending("s", "g");
		assertThat(summary.count()).isEqualTo(4);
		assertThat(summary.lowest()).isEqualTo("1-0");
		assertThat(summary.highest()).isEqualTo("4-0");
		assertThat(summary.consumers()).containsExactly(Map.entry("amy", 3L), Map.entry("zed", 1L));
		assertError(CommandException.class, "NOGROUP No such key '" + named("s") + "' or consumer group 'nog'",
				() -> this.client.xpending("s", "nog"));
		assertError(CommandException.class, "NOGROUP No such key '" + named("missing") + "' or consumer group 'g'",
				() -> this.client.xpending("missing", "g"));
		assertError(CommandException.class, "NOGROUP No such key '" + named("missing") + "' or consumer group 'g'",
				() -> this.client.xpending("missing", "g", PendingQuery.range("-", "+", 10)));
	}

	@Test
	void xpending_extendedRangeCountAndConsumer() {
		streamWithGroup();
		readGroup("amy", NONE.count(2), ">");
		readGroup("bob", NONE, ">");
		List<PendingEntry> all = pending();
		assertThat(all).extracting(PendingEntry::id).containsExactly("1-0", "2-0", "3-0", "4-0", "5-0");
		assertThat(all).extracting(PendingEntry::consumer).containsExactly("amy", "amy", "bob", "bob", "bob");
		assertThat(all).extracting(PendingEntry::deliveries).containsOnly(1L);
		assertThat(all).allSatisfy((p) -> assertThat(p.idle()).isBetween(Duration.ZERO, Duration.ofSeconds(5)));
		assertThat(this.client.xpending("s", "g", PendingQuery.range("2-0", "4", 10))).extracting(PendingEntry::id)
			.containsExactly("2-0", "3-0", "4-0");
		assertThat(this.client.xpending("s", "g", PendingQuery.range("(2-0", "(4-0", 10))).extracting(PendingEntry::id)
			.containsExactly("3-0");
		assertThat(this.client.xpending("s", "g", PendingQuery.range("-", "+", 2))).extracting(PendingEntry::id)
			.containsExactly("1-0", "2-0");
		assertThat(this.client.xpending("s", "g", PendingQuery.range("-", "+", 10).consumer("bob")))
			.extracting(PendingEntry::id)
			.containsExactly("3-0", "4-0", "5-0");
		assertThat(this.client.xpending("s", "g", PendingQuery.range("-", "+", 1).consumer("bob")))
			.extracting(PendingEntry::id)
			.containsExactly("3-0");
		assertThat(this.client.xpending("s", "g", PendingQuery.range("-", "+", 10).consumer("nobody"))).isEmpty();
		assertThat(this.client.xinfoConsumers("s", "g")).extracting(StreamConsumerInfo::name)
			.containsExactly("amy", "bob");
		assertThat(this.client.xpending("s", "g", PendingQuery.range("-", "+", 0))).isEmpty();
		assertThat(this.client.xpending("s", "g", PendingQuery.range("-", "+", -1))).isEmpty();
		assertThat(this.client.xpending("s", "g", PendingQuery.range("5-1", "+", 10))).isEmpty();
		assertInvalidId(() -> this.client.xpending("s", "g", PendingQuery.range("x", "+", 10)));
		assertError(InvalidArgumentException.class, "ERR invalid start ID for the interval", () -> this.client
			.xpending("s", "g", PendingQuery.range("(18446744073709551615-18446744073709551615", "+", 10)));
	}

	@Test
	void xpending_idleFiltersByTheStoresClock() {
		streamWithGroup();
		readGroup("amy", NONE.count(2), ">");
		advance(WAIT);
		readGroup("bob", NONE, ">");
		List<PendingEntry> idle = this.client.xpending("s", "g", PendingQuery.range("-", "+", 10).minIdle(IDLE));
		assertThat(idle).extracting(PendingEntry::id).containsExactly("1-0", "2-0");
		assertThat(idle).allSatisfy((p) -> assertThat(p.idle()).isGreaterThanOrEqualTo(WAIT));
		assertThat(this.client.xpending("s", "g", PendingQuery.range("-", "+", 10).minIdle(IDLE).consumer("bob")))
			.isEmpty();
		assertThat(this.client.xpending("s", "g",
				PendingQuery.range("-", "+", 10).minIdle(Duration.ofMillis(1)).consumer("amy")))
			.hasSize(2);
		assertThat(this.client.xinfoConsumers("s", "g").get(0).idle()).isGreaterThanOrEqualTo(WAIT);
	}

	// XCLAIM

	@Test
	void xclaim_takesEntriesIdleLongEnough() {
		streamWithGroup();
		readGroup("amy", NONE.count(3), ">");
		assertThat(this.client.xclaim("s", "g", "bob", IDLE, ClaimOptions.none(), "1-0", "2-0")).isEmpty();
		advance(WAIT);
		List<StreamEntry<String, String>> claimed = this.client.xclaim("s", "g", "bob", IDLE, ClaimOptions.none(),
				"2-0", "1-0", "4-0", "9-0");
		assertThat(claimed).containsExactly(entry("2-0", "f", "v2"), entry("1-0", "f", "v1"));
		assertThat(owners()).containsExactly(Map.entry("1-0", "bob"), Map.entry("2-0", "bob"), Map.entry("3-0", "amy"));
		assertThat(deliveries()).containsExactly(Map.entry("1-0", 2L), Map.entry("2-0", 2L), Map.entry("3-0", 1L));
		// claiming restarts the idle time
		assertThat(this.client.xclaim("s", "g", "amy", IDLE, ClaimOptions.none(), "1-0")).isEmpty();
		assertThat(this.client.xpending("s", "g"))
			.isEqualTo(new StreamPending(3, "1-0", "3-0", Map.of("amy", 1L, "bob", 2L)));
		assertThat(this.client.xclaim("s", "g", "amy", Duration.ZERO, ClaimOptions.none(), "3-0"))
			.containsExactly(entry("3-0", "f", "v3"));
		assertThat(deliveries().get("3-0")).isEqualTo(2);
	}

	@Test
	void xclaim_justIdLeavesTheDeliveryCount() {
		streamWithGroup();
		readGroup("amy", NONE.count(2), ">");
		assertThat(this.client.xclaimJustId("s", "g", "bob", Duration.ZERO, ClaimOptions.none(), "1-0", "2-0", "3-0"))
			.containsExactly("1-0", "2-0");
		assertThat(deliveries()).containsExactly(Map.entry("1-0", 1L), Map.entry("2-0", 1L));
		assertThat(owners().values()).containsOnly("bob");
		assertThat(this.client.xclaimJustId("s", "g", "bob", Duration.ofHours(1), ClaimOptions.none(), "1-0"))
			.isEmpty();
	}

	@Test
	void xclaim_forceClaimsEntriesThatAreNotPending() {
		streamWithGroup();
		readGroup("amy", NONE.count(1), ">");
		assertThat(this.client.xclaim("s", "g", "bob", Duration.ZERO, ClaimOptions.none(), "3-0")).isEmpty();
		assertThat(this.client.xclaim("s", "g", "bob", Duration.ZERO, ClaimOptions.none().force(), "3-0", "9-0"))
			.containsExactly(entry("3-0", "f", "v3"));
		assertThat(owners()).containsExactly(Map.entry("1-0", "amy"), Map.entry("3-0", "bob"));
		// a forced entry starts at one delivery, and the claim counts one more
		assertThat(deliveries()).containsExactly(Map.entry("1-0", 1L), Map.entry("3-0", 2L));
		assertThat(this.client.xclaimJustId("s", "g", "bob", Duration.ZERO, ClaimOptions.none().force(), "4-0"))
			.containsExactly("4-0");
		assertThat(deliveries()).containsEntry("4-0", 1L);
		// the group's last id does not move
		assertThat(group("s", "g").lastDeliveredId()).isEqualTo("1-0");
	}

	@Test
	void xclaim_retryCountIdleAndTime() {
		streamWithGroup();
		readGroup("amy", NONE.count(3), ">");
		this.client.xclaim("s", "g", "bob", Duration.ZERO, ClaimOptions.none().retryCount(7), "1-0");
		assertThat(deliveries().get("1-0")).isEqualTo(7);
		this.client.xclaimJustId("s", "g", "bob", Duration.ZERO, ClaimOptions.none().retryCount(0), "2-0");
		assertThat(deliveries().get("2-0")).isZero();
		this.client.xclaim("s", "g", "bob", Duration.ZERO, ClaimOptions.none().idle(Duration.ofSeconds(100)), "3-0");
		PendingEntry third = pending().get(2);
		assertThat(third.idle()).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(105));
		assertThat(third.deliveries()).isEqualTo(2);
		assertThat(this.client.xpending("s", "g", PendingQuery.range("-", "+", 10).minIdle(Duration.ofSeconds(99))))
			.extracting(PendingEntry::id)
			.containsExactly("3-0");
		this.client.xclaim("s", "g", "amy", Duration.ZERO,
				ClaimOptions.none().time(Instant.now().minusSeconds(1000)).retryCount(3), "1-0");
		PendingEntry first = pending().get(0);
		assertThat(first.consumer()).isEqualTo("amy");
		assertThat(first.deliveries()).isEqualTo(3);
	}

	@Test
	void xclaim_lastIdMovesTheGroupForward() {
		streamWithGroup();
		readGroup("amy", NONE.count(1), ">");
		this.client.xclaim("s", "g", "bob", Duration.ZERO, ClaimOptions.none().lastId("3-0"), "1-0");
		assertThat(group("s", "g").lastDeliveredId()).isEqualTo("3-0");
		this.client.xclaim("s", "g", "bob", Duration.ZERO, ClaimOptions.none().lastId("2-0"), "1-0");
		assertThat(group("s", "g").lastDeliveredId()).isEqualTo("3-0");
		assertThat(readGroupIds("amy", NONE, ">")).containsExactly("4-0", "5-0");
		assertInvalidId(
				() -> this.client.xclaim("s", "g", "bob", Duration.ZERO, ClaimOptions.none().lastId("x"), "1-0"));
	}

	@Test
	void xclaim_dropsDeletedEntriesFromThePendingList() {
		streamWithGroup();
		readGroup("amy", NONE.count(3), ">");
		this.client.xdel("s", "2-0");
		assertThat(this.client.xclaim("s", "g", "bob", Duration.ZERO, ClaimOptions.none(), "1-0", "2-0", "3-0"))
			.containsExactly(entry("1-0", "f", "v1"), entry("3-0", "f", "v3"));
		assertThat(owners()).containsExactly(Map.entry("1-0", "bob"), Map.entry("3-0", "bob"));
		this.client.xdel("s", "3-0");
		assertThat(this.client.xclaimJustId("s", "g", "amy", Duration.ZERO, ClaimOptions.none(), "3-0", "1-0"))
			.containsExactly("1-0");
		assertThat(owners()).containsExactly(Map.entry("1-0", "amy"));
	}

	@Test
	void xclaim_errors() {
		streamWithGroup();
		readGroup("amy", NONE.count(1), ">");
		assertError(CommandException.class, "NOGROUP No such key '" + named("s") + "' or consumer group 'nog'",
				() -> this.client.xclaim("s", "nog", "c", Duration.ZERO, ClaimOptions.none(), "1-0"));
		assertError(CommandException.class, "NOGROUP No such key '" + named("missing") + "' or consumer group 'g'",
				() -> this.client.xclaimJustId("missing", "g", "c", Duration.ZERO, ClaimOptions.none(), "1-0"));
		// after the first id, what is not an id is read as an option
		assertError(InvalidArgumentException.class, "ERR Unrecognized XCLAIM option 'x'",
				() -> this.client.xclaim("s", "g", "c", Duration.ZERO, ClaimOptions.none(), "1-0", "x"));
		assertError(InvalidArgumentException.class, "ERR Unrecognized XCLAIM option 'x'",
				() -> this.client.xclaimJustId("s", "g", "c", Duration.ZERO, ClaimOptions.none(), "x", "1-0"));
		assertThat(owners()).containsExactly(Map.entry("1-0", "amy"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.xclaim("s", "g", "c", Duration.ZERO, ClaimOptions.none()));
	}

	@Test
	void xclaim_createsTheConsumerWhenItClaims() {
		streamWithGroup();
		readGroup("amy", NONE.count(1), ">");
		assertThat(this.client.xclaim("s", "g", "bob", Duration.ofHours(1), ClaimOptions.none(), "1-0")).isEmpty();
		assertThat(this.client.xinfoConsumers("s", "g")).extracting(StreamConsumerInfo::name).containsExactly("amy");
		assertThat(this.client.xclaim("s", "g", "bob", Duration.ZERO, ClaimOptions.none(), "1-0")).hasSize(1);
		assertThat(this.client.xinfoConsumers("s", "g"))
			.extracting(StreamConsumerInfo::name, StreamConsumerInfo::pending)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("amy", 0L),
					org.assertj.core.groups.Tuple.tuple("bob", 1L));
	}

	// XAUTOCLAIM

	@Test
	void xautoclaim_scansThePendingListInSteps() {
		streamWithGroup();
		readGroup("amy", NONE, ">");
		advance(WAIT);
		AutoClaim<StreamEntry<String, String>> first = this.client.xautoclaim("s", "g", "bob", IDLE, "0-0", 2);
		assertThat(first.claimed()).containsExactly(entry("1-0", "f", "v1"), entry("2-0", "f", "v2"));
		assertThat(first.nextStart()).isEqualTo("3-0");
		assertThat(first.deleted()).isEmpty();
		AutoClaim<StreamEntry<String, String>> second = this.client.xautoclaim("s", "g", "bob", IDLE, first.nextStart(),
				2);
		assertThat(ids(second.claimed())).containsExactly("3-0", "4-0");
		assertThat(second.nextStart()).isEqualTo("5-0");
		AutoClaim<StreamEntry<String, String>> third = this.client.xautoclaim("s", "g", "bob", IDLE, second.nextStart(),
				2);
		assertThat(ids(third.claimed())).containsExactly("5-0");
		assertThat(third.nextStart()).isEqualTo("0-0");
		assertThat(owners().values()).containsOnly("bob");
		assertThat(deliveries().values()).containsOnly(2L);
		// just claimed: not idle long enough
		AutoClaim<StreamEntry<String, String>> again = this.client.xautoclaim("s", "g", "amy", IDLE, "0-0", 10);
		assertThat(again.claimed()).isEmpty();
		assertThat(again.nextStart()).isEqualTo("0-0");
		assertThat(this.client.xinfoConsumers("s", "g")).extracting(StreamConsumerInfo::name)
			.containsExactly("amy", "bob");
	}

	@Test
	void xautoclaim_startAndExclusiveStart() {
		streamWithGroup();
		readGroup("amy", NONE, ">");
		AutoClaim<StreamEntry<String, String>> from = this.client.xautoclaim("s", "g", "bob", Duration.ZERO, "3", 100);
		assertThat(ids(from.claimed())).containsExactly("3-0", "4-0", "5-0");
		assertThat(from.nextStart()).isEqualTo("0-0");
		AutoClaim<String> exclusive = this.client.xautoclaimJustId("s", "g", "carl", Duration.ZERO, "(3-0", 100);
		assertThat(exclusive.claimed()).containsExactly("4-0", "5-0");
		assertThat(owners()).containsExactly(Map.entry("1-0", "amy"), Map.entry("2-0", "amy"), Map.entry("3-0", "bob"),
				Map.entry("4-0", "carl"), Map.entry("5-0", "carl"));
	}

	@Test
	void xautoclaim_deletedEntriesAreReportedAndDropped() {
		streamWithGroup();
		readGroup("amy", NONE, ">");
		this.client.xdel("s", "2-0", "4-0");
		AutoClaim<StreamEntry<String, String>> result = this.client.xautoclaim("s", "g", "bob", Duration.ZERO, "0-0",
				10);
		assertThat(ids(result.claimed())).containsExactly("1-0", "3-0", "5-0");
		assertThat(result.deleted()).containsExactly("2-0", "4-0");
		assertThat(result.nextStart()).isEqualTo("0-0");
		assertThat(owners()).containsExactly(Map.entry("1-0", "bob"), Map.entry("3-0", "bob"), Map.entry("5-0", "bob"));
		assertThat(this.client.xpending("s", "g").count()).isEqualTo(3);
	}

	@Test
	void xautoclaim_deletedEntriesCountTowardsTheCount() {
		streamWithGroup();
		readGroup("amy", NONE, ">");
		this.client.xdel("s", "1-0", "2-0");
		AutoClaim<String> result = this.client.xautoclaimJustId("s", "g", "bob", Duration.ZERO, "0-0", 3);
		assertThat(result.claimed()).containsExactly("3-0");
		assertThat(result.deleted()).containsExactly("1-0", "2-0");
		assertThat(result.nextStart()).isEqualTo("4-0");
	}

	@Test
	void xautoclaim_justIdLeavesTheDeliveryCount() {
		streamWithGroup();
		readGroup("amy", NONE.count(2), ">");
		AutoClaim<String> result = this.client.xautoclaimJustId("s", "g", "bob", Duration.ZERO, "-", 10);
		assertThat(result.claimed()).containsExactly("1-0", "2-0");
		assertThat(result.nextStart()).isEqualTo("0-0");
		assertThat(result.deleted()).isEmpty();
		assertThat(deliveries()).containsExactly(Map.entry("1-0", 1L), Map.entry("2-0", 1L));
		this.client.xautoclaim("s", "g", "amy", Duration.ZERO, "-", 10);
		assertThat(deliveries()).containsExactly(Map.entry("1-0", 2L), Map.entry("2-0", 2L));
	}

	@Test
	void xautoclaim_errors() {
		streamWithGroup();
		assertError(InvalidArgumentException.class, "ERR COUNT must be > 0",
				() -> this.client.xautoclaim("s", "g", "c", Duration.ZERO, "0-0", 0));
		assertError(InvalidArgumentException.class, "ERR COUNT must be > 0",
				() -> this.client.xautoclaimJustId("s", "g", "c", Duration.ZERO, "0-0", -1));
		assertError(CommandException.class, "NOGROUP No such key '" + named("s") + "' or consumer group 'nog'",
				() -> this.client.xautoclaim("s", "nog", "c", Duration.ZERO, "0-0", 10));
		assertError(CommandException.class, "NOGROUP No such key '" + named("missing") + "' or consumer group 'g'",
				() -> this.client.xautoclaim("missing", "g", "c", Duration.ZERO, "0-0", 10));
		assertInvalidId(() -> this.client.xautoclaim("s", "g", "c", Duration.ZERO, "x", 10));
		AutoClaim<StreamEntry<String, String>> none = this.client.xautoclaim("s", "g", "c", Duration.ZERO, "0-0", 10);
		assertThat(none).isEqualTo(new AutoClaim<>("0-0", List.of(), List.of()));
		// nothing claimed: no consumer created
		assertThat(this.client.xinfoConsumers("s", "g")).isEmpty();
	}

	// XINFO

	@Test
	void xinfoStream_describesTheStream() {
		add("s", "1-0", "a", "1");
		add("s", "2-0", "b", "2");
		add("s", "3-0", "c", "3");
		this.client.xgroupCreate("s", "g", "0");
		this.client.xgroupCreate("s", "h", "$");
		StreamInfo<String, String> info = this.client.xinfoStream("s");
		assertThat(info.length()).isEqualTo(3);
		assertThat(info.radixTreeKeys()).isEqualTo(1);
		assertThat(info.lastGeneratedId()).isEqualTo("3-0");
		assertThat(info.maxDeletedEntryId()).isEqualTo("0-0");
		assertThat(info.entriesAdded()).isEqualTo(3);
		assertThat(info.recordedFirstEntryId()).isEqualTo("1-0");
		assertThat(info.groups()).isEqualTo(2);
		assertThat(info.firstEntry()).isEqualTo(entry("1-0", "a", "1"));
		assertThat(info.lastEntry()).isEqualTo(entry("3-0", "c", "3"));
	}

	@Test
	void xinfoStream_ofAnEmptyStream() {
		this.client.xgroupCreate("s", "g", "$", true, -1);
		StreamInfo<String, String> info = this.client.xinfoStream("s");
		assertThat(info.length()).isZero();
		assertThat(info.radixTreeKeys()).isZero();
		assertThat(info.lastGeneratedId()).isEqualTo("0-0");
		assertThat(info.maxDeletedEntryId()).isEqualTo("0-0");
		assertThat(info.entriesAdded()).isZero();
		assertThat(info.recordedFirstEntryId()).isEqualTo("0-0");
		assertThat(info.groups()).isEqualTo(1);
		assertThat(info.firstEntry()).isNull();
		assertThat(info.lastEntry()).isNull();
	}

	@Test
	void xinfoStream_countsNodes() {
		addNumbered("s", 100);
		assertThat(this.client.xinfoStream("s").radixTreeKeys()).isEqualTo(1);
		add("s", "101-0", "f", "101");
		assertThat(this.client.xinfoStream("s").radixTreeKeys()).isEqualTo(2);
		addNumbered("t", 250);
		assertThat(this.client.xinfoStream("t").radixTreeKeys()).isEqualTo(3);
		// a node whose entries are all deleted is removed
		List<String> firstNode = new ArrayList<>();
		for (int i = 1; i <= 100; i++) {
			firstNode.add(i + "-0");
		}
		assertThat(this.client.xdel("t", firstNode.toArray(String[]::new))).isEqualTo(100);
		StreamInfo<String, String> info = this.client.xinfoStream("t");
		assertThat(info.radixTreeKeys()).isEqualTo(2);
		assertThat(info.recordedFirstEntryId()).isEqualTo("101-0");
		assertThat(info.maxDeletedEntryId()).isEqualTo("100-0");
	}

	@Test
	void xinfoStream_nodesAreLimitedByBytesToo() {
		String big = "x".repeat(1000);
		for (int i = 1; i <= 10; i++) {
			add("big", i + "-0", "f", big);
		}
		assertThat(this.client.xinfoStream("big").radixTreeKeys()).isEqualTo(3);
		for (int i = 1; i <= 10; i++) {
			add("mixed", i + "-0", "f", Integer.toString(i));
		}
		add("mixed", "11-0", "f", big);
		add("mixed", "12-0", "f", big.repeat(5));
		add("mixed", "13-0", "f", "a");
		assertThat(this.client.xinfoStream("mixed").radixTreeKeys()).isEqualTo(3);
		for (int i = 11; i <= 20; i++) {
			this.client.xadd("big", id(i + "-0").trim(StreamTrim.maxLen(3).approximate()), fields("f", big));
		}
		assertThat(this.client.xlen("big")).isEqualTo(4);
		assertThat(this.client.xinfoStream("big").radixTreeKeys()).isEqualTo(1);
		assertThat(this.client.xrange("big", "-", "+", 1)).extracting(StreamEntry::id).containsExactly("17-0");
	}

	@Test
	void xinfoStream_errors() {
		assertError(NoSuchKeyException.class, "ERR no such key", () -> this.client.xinfoStream("missing"));
		assertError(NoSuchKeyException.class, "ERR no such key", () -> this.client.xinfoStreamFull("missing", 0));
		assertError(NoSuchKeyException.class, "ERR no such key", () -> this.client.xinfoGroups("missing"));
		assertError(NoSuchKeyException.class, "ERR no such key", () -> this.client.xinfoConsumers("missing", "g"));
		add("s", "1-0", "a", "1");
		assertError(CommandException.class, "NOGROUP No such consumer group 'g' for key name '" + named("s") + "'",
				() -> this.client.xinfoConsumers("s", "g"));
		assertThat(this.client.xinfoGroups("s")).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void xinfoGroups_entriesReadAndLag() {
		addNumbered("s", 5);
		this.client.xgroupCreate("s", "at-start", "0");
		this.client.xgroupCreate("s", "at-end", "$");
		this.client.xgroupCreate("s", "at-first", "1-0");
		this.client.xgroupCreate("s", "in-middle", "3-0");
		this.client.xgroupCreate("s", "in-future", "9-0");
		assertThat(this.client.xinfoGroups("s")).containsExactly(new StreamGroupInfo("at-end", 0, 0, "5-0", null, 0L),
				new StreamGroupInfo("at-first", 0, 0, "1-0", null, 4L),
				new StreamGroupInfo("at-start", 0, 0, "0-0", null, 5L),
				new StreamGroupInfo("in-future", 0, 0, "9-0", null, null),
				new StreamGroupInfo("in-middle", 0, 0, "3-0", null, null));
		this.client.xreadgroup("at-start", "c", NONE.count(2), streams("s", ">"));
		this.client.xreadgroup("in-middle", "c", NONE.count(1), streams("s", ">"));
		assertThat(group("s", "at-start")).isEqualTo(new StreamGroupInfo("at-start", 1, 2, "2-0", 2L, 3L));
		// a read in the middle cannot tell its counter
		assertThat(group("s", "in-middle")).isEqualTo(new StreamGroupInfo("in-middle", 1, 1, "4-0", null, null));
		this.client.xreadgroup("in-middle", "c", NONE, streams("s", ">"));
		assertThat(group("s", "in-middle")).isEqualTo(new StreamGroupInfo("in-middle", 1, 2, "5-0", 5L, 0L));
		add("s", "6-0", "f", "6");
		assertThat(group("s", "at-start").lag()).isEqualTo(4);
		assertThat(group("s", "in-middle").lag()).isEqualTo(1);
		// without a counter, the last id is only exact while it is the stream's last
		assertThat(group("s", "at-end").lag()).isNull();
		assertThat(group("s", "in-future").lag()).isNull();
	}

	@Test
	void xinfoGroups_lagIsUnknownAfterADeleteInTheMiddle() {
		addNumbered("s", 5);
		this.client.xgroupCreate("s", "g", "0");
		this.client.xreadgroup("g", "c", NONE.count(1), streams("s", ">"));
		assertThat(group("s", "g").lag()).isEqualTo(4);
		this.client.xdel("s", "3-0");
		assertThat(group("s", "g").entriesRead()).isEqualTo(1);
		assertThat(group("s", "g").lag()).isNull();
		this.client.xgroupCreate("s", "h", "0");
		assertThat(group("s", "h").lag()).isNull();
		// reading past the deleted entry loses the counter until the last entry is read
		this.client.xreadgroup("g", "c", NONE.count(2), streams("s", ">"));
		assertThat(group("s", "g")).isEqualTo(new StreamGroupInfo("g", 1, 3, "4-0", null, null));
		this.client.xreadgroup("g", "c", NONE, streams("s", ">"));
		assertThat(group("s", "g")).isEqualTo(new StreamGroupInfo("g", 1, 4, "5-0", 5L, 0L));
		// the group at the last id is exact whatever was deleted
		this.client.xgroupCreate("s", "end", "$");
		assertThat(group("s", "end").entriesRead()).isNull();
		assertThat(group("s", "end").lag()).isZero();
	}

	@Test
	void xinfoGroups_lagAfterDeletingTheFirstEntry() {
		addNumbered("s", 5);
		this.client.xdel("s", "1-0");
		this.client.xgroupCreate("s", "g", "0");
		assertThat(group("s", "g").lag()).isEqualTo(4);
		this.client.xgroupCreate("s", "h", "2-0");
		assertThat(group("s", "h").lag()).isEqualTo(3);
		this.client.xreadgroup("g", "c", NONE.count(1), streams("s", ">"));
		assertThat(group("s", "g").entriesRead()).isEqualTo(2);
		assertThat(group("s", "g").lag()).isEqualTo(3);
	}

	@Test
	void xinfoGroups_lagOfAnEmptiedStream() {
		addNumbered("s", 3);
		this.client.xgroupCreate("s", "g", "0");
		this.client.xtrim("s", StreamTrim.maxLen(0));
		assertThat(group("s", "g").lag()).isEqualTo(0);
		assertThat(this.client.xreadgroup("g", "c", NONE, streams("s", ">"))).isEmpty();
		assertThat(group("s", "g").entriesRead()).isNull();
		add("s", "4-0", "f", "4");
		assertThat(readGroupIds("c", NONE, ">")).containsExactly("4-0");
		assertThat(group("s", "g")).isEqualTo(new StreamGroupInfo("g", 1, 1, "4-0", 4L, 0L));
	}

	@Test
	void xinfoConsumers_pendingAndIdle() {
		streamWithGroup();
		readGroup("bob", NONE.count(2), ">");
		advance(WAIT);
		readGroup("amy", NONE.count(1), ">");
		this.client.xgroupCreateconsumer("s", "g", "carl");
		List<StreamConsumerInfo> consumers = this.client.xinfoConsumers("s", "g");
		assertThat(consumers).extracting(StreamConsumerInfo::name).containsExactly("amy", "bob", "carl");
		assertThat(consumers).extracting(StreamConsumerInfo::pending).containsExactly(1L, 2L, 0L);
		assertThat(consumers.get(1).idle()).isGreaterThanOrEqualTo(WAIT);
		assertThat(consumers.get(0).idle()).isLessThan(consumers.get(1).idle());
		assertThat(consumers.get(2).idle()).isLessThan(WAIT);
	}

	@Test
	void xinfoStreamFull_describesEntriesGroupsAndConsumers() {
		streamWithGroup();
		this.client.xgroupCreate("s", "h", "$");
		readGroup("bob", NONE.count(2), ">");
		readGroup("amy", NONE.count(1), ">");
		this.client.xgroupCreateconsumer("s", "g", "carl");
		this.client.xdel("s", "5-0");
		StreamFullInfo<String, String> full = this.client.xinfoStreamFull("s", 0);
		assertThat(full.length()).isEqualTo(4);
		assertThat(full.radixTreeKeys()).isEqualTo(1);
		assertThat(full.lastGeneratedId()).isEqualTo("5-0");
		assertThat(full.maxDeletedEntryId()).isEqualTo("5-0");
		assertThat(full.entriesAdded()).isEqualTo(5);
		assertThat(full.recordedFirstEntryId()).isEqualTo("1-0");
		assertThat(full.entries()).containsExactly(entry("1-0", "f", "v1"), entry("2-0", "f", "v2"),
				entry("3-0", "f", "v3"), entry("4-0", "f", "v4"));
		assertThat(full.groups()).extracting(StreamFullInfo.Group::name).containsExactly("g", "h");
		StreamFullInfo.Group g = full.groups().get(0);
		assertThat(g.lastDeliveredId()).isEqualTo("3-0");
		assertThat(g.entriesRead()).isEqualTo(3);
		assertThat(g.lag()).isNull();
		assertThat(g.pelCount()).isEqualTo(3);
		assertThat(g.pending())
			.extracting(StreamFullInfo.Pending::id, StreamFullInfo.Pending::consumer,
					StreamFullInfo.Pending::deliveryCount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1-0", "bob", 1L),
					org.assertj.core.groups.Tuple.tuple("2-0", "bob", 1L),
					org.assertj.core.groups.Tuple.tuple("3-0", "amy", 1L));
		assertThat(g.consumers()).extracting(StreamFullInfo.Consumer::name, StreamFullInfo.Consumer::pelCount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("amy", 1L),
					org.assertj.core.groups.Tuple.tuple("bob", 2L), org.assertj.core.groups.Tuple.tuple("carl", 0L));
		StreamFullInfo.Consumer bob = g.consumers().get(1);
		assertThat(bob.pending())
			.extracting(StreamFullInfo.ConsumerPending::id, StreamFullInfo.ConsumerPending::deliveryCount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1-0", 1L),
					org.assertj.core.groups.Tuple.tuple("2-0", 1L));
		assertThat(bob.pending().get(0).deliveryTime()).isEqualTo(g.pending().get(0).deliveryTime());
		assertThat(g.consumers().get(2).pending()).isEmpty();
		StreamFullInfo.Group h = full.groups().get(1);
		assertThat(h.lastDeliveredId()).isEqualTo("5-0");
		assertThat(h.entriesRead()).isNull();
		assertThat(h.lag()).isZero();
		assertThat(h.pelCount()).isZero();
		assertThat(h.pending()).isEmpty();
		assertThat(h.consumers()).isEmpty();
	}

	@Test
	void xinfoStreamFull_countLimitsEachList() {
		streamWithGroup();
		readGroup("amy", NONE, ">");
		StreamFullInfo<String, String> full = this.client.xinfoStreamFull("s", 2);
		assertThat(ids(full.entries())).containsExactly("1-0", "2-0");
		assertThat(full.length()).isEqualTo(5);
		StreamFullInfo.Group g = full.groups().get(0);
		assertThat(g.pelCount()).isEqualTo(5);
		assertThat(g.pending()).extracting(StreamFullInfo.Pending::id).containsExactly("1-0", "2-0");
		assertThat(g.consumers().get(0).pelCount()).isEqualTo(5);
		assertThat(g.consumers().get(0).pending()).extracting(StreamFullInfo.ConsumerPending::id)
			.containsExactly("1-0", "2-0");
		assertThat(this.client.xinfoStreamFull("s", 100).entries()).hasSize(5);
	}

	@Test
	void xinfoStreamFull_ofAnEmptyStream() {
		this.client.xgroupCreate("s", "g", "$", true, -1);
		StreamFullInfo<String, String> full = this.client.xinfoStreamFull("s", 0);
		assertThat(full.length()).isZero();
		assertThat(full.entries()).isEmpty();
		assertThat(full.entriesAdded()).isZero();
		assertThat(full.groups()).hasSize(1);
		assertThat(full.groups().get(0).entriesRead()).isNull();
		assertThat(full.groups().get(0).lag()).isZero();
	}

	// wrong types, keyspace, batches, prefixes, bytes

	@Test
	void stream_everyCommandOnAStringIsWrongType() {
		this.client.set("str", "v");
		assertWrongType(() -> this.client.xadd("str", fields("a", "1")));
		assertWrongType(() -> this.client.xadd("str", id("1-0").noMkStream(), fields("a", "1")));
		assertWrongType(() -> this.client.xlen("str"));
		assertWrongType(() -> this.client.xrange("str", "-", "+"));
		assertWrongType(() -> this.client.xrange("str", "-", "+", 0));
		assertWrongType(() -> this.client.xrevrange("str", "+", "-"));
		assertWrongType(() -> this.client.xrevrange("str", "+", "-", 5));
		assertWrongType(() -> this.client.xdel("str", "1-0"));
		assertWrongType(() -> this.client.xtrim("str", StreamTrim.maxLen(1)));
		assertWrongType(() -> this.client.xsetid("str", "1-0"));
		assertWrongType(() -> this.client.xsetid("str", "1-0", 1, "0-0"));
		assertWrongType(() -> this.client.xread(NONE, streams("str", "0")));
		assertWrongType(() -> this.client.xreadgroup("g", "c", NONE, streams("str", ">")));
		assertWrongType(() -> this.client.xgroupCreate("str", "g", "$"));
		assertWrongType(() -> this.client.xgroupCreate("str", "g", "$", true, -1));
		assertWrongType(() -> this.client.xgroupSetid("str", "g", "$"));
		assertWrongType(() -> this.client.xgroupDestroy("str", "g"));
		assertWrongType(() -> this.client.xgroupCreateconsumer("str", "g", "c"));
		assertWrongType(() -> this.client.xgroupDelconsumer("str", "g", "c"));
		assertWrongType(() -> this.client.xack("str", "g", "1-0"));
		assertWrongType(() -> this.client.xpending("str", "g"));
		assertWrongType(() -> this.client.xpending("str", "g", PendingQuery.range("-", "+", 10)));
		assertWrongType(() -> this.client.xclaim("str", "g", "c", Duration.ZERO, ClaimOptions.none(), "1-0"));
		assertWrongType(() -> this.client.xclaimJustId("str", "g", "c", Duration.ZERO, ClaimOptions.none(), "1-0"));
		assertWrongType(() -> this.client.xautoclaim("str", "g", "c", Duration.ZERO, "0-0", 10));
		assertWrongType(() -> this.client.xautoclaimJustId("str", "g", "c", Duration.ZERO, "0-0", 10));
		assertWrongType(() -> this.client.xinfoStream("str"));
		assertWrongType(() -> this.client.xinfoStreamFull("str", 0));
		assertWrongType(() -> this.client.xinfoGroups("str"));
		assertWrongType(() -> this.client.xinfoConsumers("str", "g"));
		assertThat(this.client.get("str")).isEqualTo("v");
	}

	@Test
	void stream_otherCommandsOnAStreamAreWrongType() {
		add("s", "1-0", "a", "1");
		assertWrongType(() -> this.client.get("s"));
		assertWrongType(() -> this.client.hget("s", "a"));
		assertWrongType(() -> this.client.lpush("s", "x"));
		assertWrongType(() -> this.client.sadd("s", "x"));
		assertWrongType(() -> this.client.zadd("s", 1, "x"));
		assertThat(this.client.xlen("s")).isEqualTo(1);
	}

	@Test
	void stream_wrongTypeAmongSeveralStreams() {
		add("a", "1-0", "f", "v");
		this.client.set("str", "v");
		assertWrongType(() -> this.client.xread(NONE, streams("a", "0", "str", "0")));
	}

	@Test
	void stream_typeExpiryAndDelete() {
		add("s", "1-0", "a", "1");
		assertThat(this.client.type("s")).isEqualTo(KeyType.STREAM);
		assertThat(this.client.keys("*")).containsExactly("s");
		this.client.pexpire("s", Duration.ofMillis(30));
		add("s", "2-0", "a", "2");
		assertThat(this.client.ttl("s").expires()).isTrue();
		advance(Duration.ofMillis(60));
		assertThat(this.client.exists("s")).isZero();
		assertThat(this.client.xlen("s")).isZero();
		assertThat(this.client.xadd("s", id("1-0").noMkStream(), fields("a", "1"))).isNull();
		add("s", "1-0", "a", "1");
		assertThat(this.client.ttl("s").expires()).isFalse();
		assertThat(this.client.del("s")).isEqualTo(1);
		assertThat(this.client.type("s")).isEqualTo(KeyType.NONE);
	}

	@Test
	void copy_keepsEntriesGroupsAndPending() {
		streamWithGroup();
		readGroup("amy", NONE.count(2), ">");
		this.client.xdel("s", "5-0");
		assertThat(this.client.copy("s", "t")).isTrue();
		assertThat(this.client.xrange("t", "-", "+")).isEqualTo(this.client.xrange("s", "-", "+"));
		assertThat(this.client.xinfoGroups("t")).isEqualTo(this.client.xinfoGroups("s"));
		assertThat(this.client.xpending("t", "g")).isEqualTo(new StreamPending(2, "1-0", "2-0", Map.of("amy", 2L)));
		StreamInfo<String, String> info = this.client.xinfoStream("t");
		assertThat(info.lastGeneratedId()).isEqualTo("5-0");
		assertThat(info.maxDeletedEntryId()).isEqualTo("5-0");
		assertThat(info.entriesAdded()).isEqualTo(5);
		// the copy is independent
		assertThat(this.client.xack("t", "g", "1-0")).isEqualTo(1);
		add("t", "6-0", "f", "v6");
		assertThat(readGroupIds("amy", NONE, "0")).containsExactly("1-0", "2-0");
		assertThat(this.client.xlen("s")).isEqualTo(4);
		assertThat(this.client.xpending("t", "g").count()).isEqualTo(1);
		assertThat(this.client.copy("s", "t")).isFalse();
		assertThat(this.client.copy("s", "t", true)).isTrue();
		assertThat(this.client.xlen("t")).isEqualTo(4);
	}

	@Test
	void rename_keepsEntriesAndGroups() {
		streamWithGroup();
		readGroup("amy", NONE.count(2), ">");
		this.client.rename("s", "t");
		assertThat(this.client.exists("s")).isZero();
		assertThat(ids(this.client.xrange("t", "-", "+"))).containsExactly("1-0", "2-0", "3-0", "4-0", "5-0");
		assertThat(this.client.xinfoGroups("t")).containsExactly(new StreamGroupInfo("g", 1, 2, "2-0", 2L, 3L));
		assertThat(ids(this.client.xreadgroup("g", "amy", NONE, streams("t", "0")).get("t"))).containsExactly("1-0",
				"2-0");
		assertThat(ids(this.client.xreadgroup("g", "bob", NONE, streams("t", ">")).get("t"))).containsExactly("3-0",
				"4-0", "5-0");
	}

	@Test
	void batch_runsStreamCommands() {
		Batch batch = this.client.batch();
		Response<String> first = batch.xadd("s", id("1-0"), fields("a", "1"));
		Response<String> second = batch.xadd("s", id("2-0"), fields("b", "2"));
		Response<Void> created = batch.xgroupCreate("s", "g", "0");
		Response<Map<String, List<StreamEntry<String, String>>>> read = batch.xreadgroup("g", "c", NONE.count(1),
				streams("s", ">"));
		Response<Long> length = batch.xlen("s");
		Response<List<StreamEntry<String, String>>> range = batch.xrevrange("s", "+", "-");
		Response<StreamPending> pending = batch.xpending("s", "g");
		Response<Long> acked = batch.xack("s", "g", "1-0");
		Response<String> failed = batch.xadd("s", id("1-0"), fields("c", "3"));
		Response<Long> deleted = batch.xdel("s", "2-0");
		batch.exec();
		assertThat(first.get()).isEqualTo("1-0");
		assertThat(second.get()).isEqualTo("2-0");
		assertThat(created.get()).isNull();
		assertThat(read.get()).containsExactly(Map.entry("s", List.of(entry("1-0", "a", "1"))));
		assertThat(length.get()).isEqualTo(2);
		assertThat(ids(range.get())).containsExactly("2-0", "1-0");
		assertThat(pending.get()).isEqualTo(new StreamPending(1, "1-0", "1-0", Map.of("c", 1L)));
		assertThat(acked.get()).isEqualTo(1);
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(failed::get).withMessage(NOT_ABOVE_TOP);
		assertThat(deleted.get()).isEqualTo(1);
		assertThat(ids(this.client.xrange("s", "-", "+"))).containsExactly("1-0");
	}

	@Test
	void keyPrefix_isAddedToKeysAndRemovedFromResults() {
		try (RedipyClient app = backend().client("app:")) {
			assertThat(app.xadd("s", id("1-0"), fields("a", "1"))).isEqualTo("1-0");
			app.xadd("t", id("1-0"), fields("b", "2"));
			assertThat(this.client.xlen("app:s")).isEqualTo(1);
			assertThat(this.client.xlen("s")).isZero();
			assertThat(app.xread(NONE, streams("s", "0", "t", "0"))).containsExactly(
					Map.entry("s", List.of(entry("1-0", "a", "1"))), Map.entry("t", List.of(entry("1-0", "b", "2"))));
			app.xgroupCreate("s", "g", "0");
			assertThat(app.xreadgroup("g", "c", NONE, streams("s", ">"))).containsOnlyKeys("s");
			assertThat(this.client.xpending("app:s", "g").count()).isEqualTo(1);
			assertThatExceptionOfType(CommandException.class).isThrownBy(() -> app.xpending("s", "nog"))
				.withMessage("NOGROUP No such key '" + named("app:s") + "' or consumer group 'nog'");
			assertThat(app.keys("*")).containsExactlyInAnyOrder("s", "t");
		}
	}

	@Test
	void binary_fieldsAndValuesAreBytes() {
		TypedCommands<byte[], byte[]> bin = this.client.binary();
		byte[] raw = { 'a', (byte) 0x80, 0, (byte) 0xff, 'b' };
		Map<byte[], byte[]> map = new LinkedHashMap<>();
		map.put(raw, new byte[0]);
		map.put("é".getBytes(StandardCharsets.UTF_8), raw);
		byte[] key = { 'k', (byte) 0xfe };
		assertThat(bin.xadd(key, id("1-0"), map)).isEqualTo("1-0");
		List<StreamEntry<byte[], byte[]>> entries = bin.xrange(key, "-", "+");
		assertThat(entries).hasSize(1);
		List<String> hex = new ArrayList<>();
		entries.get(0).pairs().forEach((pair) -> {
			hex.add(HexFormat.of().formatHex(pair.getKey()));
			hex.add(HexFormat.of().formatHex(pair.getValue()));
		});
		assertThat(hex).containsExactly("618000ff62", "", "c3a9", "618000ff62");
		assertThat(bin.xlen(key)).isEqualTo(1);
		Map<byte[], List<StreamEntry<byte[], byte[]>>> read = bin.xread(NONE, Map.of(key, "0"));
		assertThat(read).hasSize(1);
		assertThat(HexFormat.of().formatHex(read.keySet().iterator().next())).isEqualTo("6bfe");
		assertThat(HexFormat.of().formatHex(read.values().iterator().next().get(0).pairs().get(1).getValue()))
			.isEqualTo("618000ff62");
	}

}
