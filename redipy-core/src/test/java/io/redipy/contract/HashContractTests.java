package io.redipy.contract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.redipy.InvalidArgumentException;
import io.redipy.NotANumberException;
import io.redipy.WrongTypeException;
import io.redipy.api.HashEntry;
import io.redipy.api.KeyType;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.api.SetOptions;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The contract of the hash commands, run against every backend.
 */
public abstract class HashContractTests extends ContractTestSupport {

	private static final String WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value";

	private Map<String, String> fields(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private void hash(String key, String... pairs) {
		this.client.hset(key, fields(pairs));
	}

	private void assertWrongType(Executable command) {
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(command::execute).withMessage(WRONGTYPE);
	}

	private Map<String, String> scanAll(String key, ScanOptions options) {
		Map<String, String> seen = new HashMap<>();
		String cursor = ScanPage.START;
		int pages = 0;
		do {
			ScanPage<HashEntry> page = this.client.hscan(key, cursor, options);
			page.items().forEach((entry) -> seen.put(entry.field(), entry.value()));
			cursor = page.cursor();
			assertThat(++pages).as("pages").isLessThan(10_000);
		}
		while (!ScanPage.START.equals(cursor));
		return seen;
	}

	// HSET, HSETNX

	@Test
	void hset_countsNewFieldsOnly() {
		assertThat(this.client.hset("h", "a", "1")).isEqualTo(1);
		assertThat(this.client.hset("h", "a", "2")).isZero();
		assertThat(this.client.hset("h", fields("a", "3", "b", "4", "c", "5"))).isEqualTo(2);
		assertThat(this.client.hgetall("h")).isEqualTo(Map.of("a", "3", "b", "4", "c", "5"));
		assertThat(this.client.type("h")).isEqualTo(KeyType.HASH);
	}

	@Test
	void hset_emptyFieldAndValueAreValid() {
		assertThat(this.client.hset("h", "", "")).isEqualTo(1);
		assertThat(this.client.hget("h", "")).isEmpty();
		assertThat(this.client.hlen("h")).isEqualTo(1);
		assertThat(this.client.hexists("h", "")).isTrue();
	}

	@Test
	void hset_onStringIsWrongTypeAndWritesNothing() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.hset("s", "f", "v"));
		assertWrongType(() -> this.client.hset("s", fields("f", "v", "g", "w")));
		assertThat(this.client.get("s")).isEqualTo("v");
	}

	@Test
	void hset_keepsExpiry() {
		this.client.hset("h", "a", "1");
		this.client.expire("h", Duration.ofSeconds(100));
		this.client.hset("h", "b", "2");
		this.client.hsetnx("h", "c", "3");
		this.client.hdel("h", "a");
		this.client.hincrby("h", "n", 1);
		this.client.hincrbyfloat("h", "x", 1.5);
		assertThat(this.client.ttl("h").expires()).isTrue();
		assertThat(this.client.ttl("h").remaining()).isBetween(Duration.ofSeconds(99), Duration.ofSeconds(100));
	}

	@Test
	void hset_expiredHashIsGoneAndStartsAfresh() {
		hash("h", "a", "1");
		this.client.pexpire("h", Duration.ofMillis(30));
		advance(Duration.ofMillis(60));
		assertThat(this.client.hset("h", "b", "2")).isEqualTo(1);
		assertThat(this.client.hgetall("h")).isEqualTo(Map.of("b", "2"));
		assertThat(this.client.ttl("h").expires()).isFalse();
	}

	@Test
	void hset_unicodeFieldsAndValuesRoundTrip() {
		String field = "поле\u0000漢字😀";
		String value = "é\"'\\\n😀";
		this.client.hset("ключ", field, value);
		assertThat(this.client.hget("ключ", field)).isEqualTo(value);
		assertThat(this.client.hkeys("ключ")).containsExactly(field);
		assertThat(this.client.hgetall("ключ")).isEqualTo(Map.of(field, value));
		assertThat(this.client.hstrlen("ключ", field)).isEqualTo(value.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void hset_nullArgumentsAreRejectedBeforeAnythingRuns() {
		assertThatNullPointerException().isThrownBy(() -> this.client.hset(null, "f", "v"));
		assertThatNullPointerException().isThrownBy(() -> this.client.hset("h", null, "v"));
		assertThatNullPointerException().isThrownBy(() -> this.client.hset("h", "f", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.hset("h", (Map<String, String>) null));
		Map<String, String> withNullValue = new HashMap<>();
		withNullValue.put("f", "v");
		withNullValue.put("g", null);
		assertThatNullPointerException().isThrownBy(() -> this.client.hset("h", withNullValue))
			.withMessageContaining("must not contain a null value");
		Map<String, String> withNullField = new HashMap<>();
		withNullField.put("f", "v");
		withNullField.put(null, "w");
		assertThatNullPointerException().isThrownBy(() -> this.client.hset("h", withNullField))
			.withMessageContaining("must not contain a null key");
		assertThatNullPointerException().isThrownBy(() -> this.client.hsetnx("h", null, "v"));
		assertThatNullPointerException().isThrownBy(() -> this.client.hsetnx("h", "f", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.hincrby("h", null, 1));
		assertThatNullPointerException().isThrownBy(() -> this.client.hincrbyfloat("h", null, 1));
		assertThat(this.client.exists("h")).isZero();
	}

	@Test
	void hset_nullReadArgumentsAreRejected() {
		hash("h", "f", "v");
		assertThatNullPointerException().isThrownBy(() -> this.client.hget(null, "f"));
		assertThatNullPointerException().isThrownBy(() -> this.client.hget("h", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.hmget("h", "f", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.hmget("h", (String[]) null));
		assertThatNullPointerException().isThrownBy(() -> this.client.hdel("h", "f", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.hexists("h", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.hstrlen("h", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.hlen(null));
		assertThatNullPointerException().isThrownBy(() -> this.client.hrandfield(null));
		assertThatNullPointerException().isThrownBy(() -> this.client.hscan("h", null, ScanOptions.all()));
		assertThatNullPointerException().isThrownBy(() -> this.client.hscan("h", "0", null));
		assertThat(this.client.hgetall("h")).isEqualTo(Map.of("f", "v"));
	}

	@Test
	void hset_emptyMapIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.hset("h", Map.of()));
		assertThat(this.client.exists("h")).isZero();
	}

	@Test
	void hsetnx_setsOnlyMissingFields() {
		assertThat(this.client.hsetnx("h", "f", "1")).isTrue();
		assertThat(this.client.hsetnx("h", "f", "2")).isFalse();
		assertThat(this.client.hsetnx("h", "g", "3")).isTrue();
		assertThat(this.client.hgetall("h")).isEqualTo(Map.of("f", "1", "g", "3"));
	}

	@Test
	void hsetnx_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.hsetnx("s", "f", "v"));
		assertThat(this.client.get("s")).isEqualTo("v");
	}

	// HGET, HMGET, HEXISTS, HLEN, HKEYS, HVALS, HGETALL

	@Test
	void hget_missingKeyAndFieldAreNull() {
		assertThat(this.client.hget("missing", "f")).isNull();
		hash("h", "f", "v");
		assertThat(this.client.hget("h", "g")).isNull();
		assertThat(this.client.hget("h", "f")).isEqualTo("v");
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void hget_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.hget("s", "f"));
		assertWrongType(() -> this.client.hexists("s", "f"));
		assertWrongType(() -> this.client.hlen("s"));
		assertWrongType(() -> this.client.hkeys("s"));
		assertWrongType(() -> this.client.hvals("s"));
		assertWrongType(() -> this.client.hgetall("s"));
		assertWrongType(() -> this.client.hmget("s", "f"));
		assertWrongType(() -> this.client.hstrlen("s", "f"));
	}

	@Test
	void hget_onSetIsWrongType() {
		this.client.sadd("set", "a");
		assertWrongType(() -> this.client.hget("set", "a"));
		assertWrongType(() -> this.client.hset("set", "a", "b"));
		assertThat(this.client.smembers("set")).containsExactly("a");
	}

	@Test
	void hmget_answersInOrderWithNulls() {
		hash("h", "a", "1", "b", "2");
		assertThat(this.client.hmget("h", "b", "missing", "a", "b")).containsExactly("2", null, "1", "2");
		assertThat(this.client.hmget("missing", "a", "b")).containsExactly(null, null);
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void hexists_reportsFields() {
		assertThat(this.client.hexists("missing", "f")).isFalse();
		hash("h", "f", "v");
		assertThat(this.client.hexists("h", "f")).isTrue();
		assertThat(this.client.hexists("h", "g")).isFalse();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void hlen_countsFields() {
		assertThat(this.client.hlen("missing")).isZero();
		hash("h", "a", "1", "b", "2", "c", "3");
		assertThat(this.client.hlen("h")).isEqualTo(3);
	}

	@Test
	void hkeys_missingKeyIsEmpty() {
		assertThat(this.client.hkeys("missing")).isEmpty();
		assertThat(this.client.hvals("missing")).isEmpty();
		assertThat(this.client.hgetall("missing")).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void hkeys_andHvalsAgreeOnOrder() {
		Map<String, String> expected = new HashMap<>();
		for (int i = 0; i < 200; i++) {
			expected.put("f" + i, "v" + (i * 7));
		}
		this.client.hset("h", expected);
		List<String> keys = this.client.hkeys("h");
		List<String> values = this.client.hvals("h");
		assertThat(keys).hasSize(200).doesNotHaveDuplicates();
		assertThat(keys).containsExactlyInAnyOrderElementsOf(expected.keySet());
		assertThat(values).hasSize(200);
		for (int i = 0; i < keys.size(); i++) {
			assertThat(values.get(i)).isEqualTo(expected.get(keys.get(i)));
		}
		assertThat(this.client.hgetall("h")).isEqualTo(expected);
	}

	@Test
	void hgetall_smallHash() {
		hash("h", "a", "1", "b", "2");
		assertThat(this.client.hgetall("h")).isEqualTo(Map.of("a", "1", "b", "2"));
		assertThat(this.client.hvals("h")).containsExactlyInAnyOrder("1", "2");
	}

	// HDEL

	@Test
	void hdel_countsDeletedFields() {
		hash("h", "a", "1", "b", "2", "c", "3");
		assertThat(this.client.hdel("h", "a", "missing", "a")).isEqualTo(1);
		assertThat(this.client.hgetall("h")).isEqualTo(Map.of("b", "2", "c", "3"));
		assertThat(this.client.hdel("missing", "a")).isZero();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void hdel_lastFieldDeletesTheKey() {
		hash("h", "a", "1", "b", "2");
		assertThat(this.client.hdel("h", "a", "b")).isEqualTo(2);
		assertThat(this.client.exists("h")).isZero();
		assertThat(this.client.type("h")).isEqualTo(KeyType.NONE);
		assertThat(this.client.hlen("h")).isZero();
	}

	@Test
	void hdel_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.hdel("s", "f"));
		assertThat(this.client.get("s")).isEqualTo("v");
	}

	@Test
	void hdel_emptyFieldsAreRejected() {
		hash("h", "a", "1");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.hdel("h"));
		assertThat(this.client.hlen("h")).isEqualTo(1);
	}

	// HINCRBY

	@Test
	void hincrby_createsKeyAndField() {
		assertThat(this.client.hincrby("h", "n", 5)).isEqualTo(5);
		assertThat(this.client.hincrby("h", "n", -7)).isEqualTo(-2);
		assertThat(this.client.hincrby("h", "m", 0)).isZero();
		assertThat(this.client.hgetall("h")).isEqualTo(Map.of("n", "-2", "m", "0"));
	}

	@Test
	void hincrby_rejectsWhatRedisDoesNotParse() {
		for (String text : Arrays.asList(" 1", "+1", "1e3", "01", "-0", "", "1.0", "abc", "9223372036854775808")) {
			this.client.hset("h", "f", text);
			assertThatExceptionOfType(NotANumberException.class).as(text)
				.isThrownBy(() -> this.client.hincrby("h", "f", 1))
				.withMessage("ERR hash value is not an integer");
			assertThat(this.client.hget("h", "f")).isEqualTo(text);
		}
	}

	@Test
	void hincrby_parsesExtremes() {
		this.client.hset("h", "f", "-9223372036854775808");
		assertThat(this.client.hincrby("h", "f", 1)).isEqualTo(Long.MIN_VALUE + 1);
		this.client.hset("h", "g", "9223372036854775806");
		assertThat(this.client.hincrby("h", "g", 1)).isEqualTo(Long.MAX_VALUE);
		assertThat(this.client.hget("h", "g")).isEqualTo("9223372036854775807");
	}

	@Test
	void hincrby_overflowIsAnError() {
		this.client.hset("h", "max", Long.toString(Long.MAX_VALUE));
		this.client.hset("h", "min", Long.toString(Long.MIN_VALUE));
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.hincrby("h", "max", 1))
			.withMessage("ERR increment or decrement would overflow");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.hincrby("h", "min", -1))
			.withMessage("ERR increment or decrement would overflow");
		assertThat(this.client.hincrby("h", "min", Long.MAX_VALUE)).isEqualTo(-1);
		assertThat(this.client.hget("h", "max")).isEqualTo(Long.toString(Long.MAX_VALUE));
	}

	@Test
	void hincrby_onStringIsWrongType() {
		this.client.set("s", "1");
		assertWrongType(() -> this.client.hincrby("s", "f", 1));
		assertThat(this.client.get("s")).isEqualTo("1");
	}

	// HINCRBYFLOAT

	@Test
	void hincrbyfloat_formatsAsRedis() {
		assertThat(this.client.hincrbyfloat("h", "f", 0.1)).isEqualTo(0.1);
		assertThat(this.client.hincrbyfloat("h", "f", 0.2)).isEqualTo(0.3);
		assertThat(this.client.hget("h", "f")).isEqualTo("0.3");
		this.client.hset("h", "g", "3.0");
		assertThat(this.client.hincrbyfloat("h", "g", 0)).isEqualTo(3);
		assertThat(this.client.hget("h", "g")).isEqualTo("3");
		this.client.hset("h", "e", "1e3");
		assertThat(this.client.hincrbyfloat("h", "e", 1.5)).isEqualTo(1001.5);
		assertThat(this.client.hget("h", "e")).isEqualTo("1001.5");
		this.client.hset("h", "i", "10000000000");
		this.client.hincrbyfloat("h", "i", 0.1);
		assertThat(this.client.hget("h", "i")).isEqualTo("10000000000.09999999962747097");
		this.client.hset("h", "n", "5");
		assertThat(this.client.hincrbyfloat("h", "n", -5)).isZero();
		assertThat(this.client.hget("h", "n")).isEqualTo("0");
	}

	@Test
	void hincrbyfloat_hugeValuesUseLongDoubles() {
		this.client.hincrbyfloat("h", "f", 1e308);
		assertThat(this.client.hincrbyfloat("h", "f", 1e308)).isEqualTo(Double.POSITIVE_INFINITY);
		assertThat(this.client.hget("h", "f")).startsWith("19999999999999999999").doesNotContain("e").hasSize(309);
	}

	@Test
	void hincrbyfloat_valueThatIsNotAFloat() {
		this.client.hset("h", "f", "abc");
		this.client.hset("h", "g", " 1");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.hincrbyfloat("h", "f", 1))
			.withMessage("ERR hash value is not a float");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.hincrbyfloat("h", "g", 1))
			.withMessage("ERR hash value is not a float");
		assertThat(this.client.hgetall("h")).isEqualTo(Map.of("f", "abc", "g", " 1"));
	}

	@Test
	void hincrbyfloat_numericTextOf5120BytesIsNotAFloat() {
		this.client.hset("h", "ok", "0".repeat(5118) + "1");
		assertThat(this.client.hincrbyfloat("h", "ok", 1)).isEqualTo(2.0);
		this.client.hset("h", "f", "0".repeat(5119) + "1");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.hincrbyfloat("h", "f", 1))
			.withMessage("ERR hash value is not a float");
		assertThat(this.client.hget("h", "f")).hasSize(5120);
	}

	@Test
	void hincrbyfloat_infiniteIncrementIsRejectedBeforeTheKeyIsRead() {
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.hincrbyfloat("h", "f", Double.POSITIVE_INFINITY))
			.withMessage("ERR value is NaN or Infinity");
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.hincrbyfloat("h", "f", Double.NEGATIVE_INFINITY))
			.withMessage("ERR value is NaN or Infinity");
		assertThat(this.client.exists("h")).isZero();
		this.client.set("s", "v");
		// the increment is checked first: no WRONGTYPE
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.hincrbyfloat("s", "f", Double.POSITIVE_INFINITY))
			.withMessage("ERR value is NaN or Infinity");
	}

	@Test
	void hincrbyfloat_nanIncrementIsNotAValidFloat() {
		this.client.set("s", "v");
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.hincrbyfloat("h", "f", Double.NaN))
			.withMessage("ERR value is not a valid float");
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.hincrbyfloat("s", "f", Double.NaN))
			.withMessage("ERR value is not a valid float");
		assertThat(this.client.exists("h")).isZero();
	}

	@Test
	void hincrbyfloat_infiniteStoredValueWouldProduceInfinity() {
		this.client.hset("h", "f", "inf");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.hincrbyfloat("h", "f", 1))
			.withMessage("ERR increment would produce NaN or Infinity");
		assertThat(this.client.hget("h", "f")).isEqualTo("inf");
	}

	@Test
	void hincrbyfloat_onStringIsWrongType() {
		this.client.set("s", "1");
		assertWrongType(() -> this.client.hincrbyfloat("s", "f", 1));
		assertThat(this.client.get("s")).isEqualTo("1");
	}

	@Test
	void hincrbyfloat_thenHincrbyNeedsAnInteger() {
		this.client.hincrbyfloat("h", "f", 1.5);
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.hincrby("h", "f", 1))
			.withMessage("ERR hash value is not an integer");
		this.client.hincrbyfloat("h", "g", 2.0);
		assertThat(this.client.hincrby("h", "g", 1)).isEqualTo(3);
	}

	// HSTRLEN

	@Test
	void hstrlen_countsUtf8Bytes() {
		hash("h", "a", "abc", "é", "é漢😀", "e", "");
		assertThat(this.client.hstrlen("h", "a")).isEqualTo(3);
		assertThat(this.client.hstrlen("h", "é")).isEqualTo(2 + 3 + 4);
		assertThat(this.client.hstrlen("h", "e")).isZero();
		assertThat(this.client.hstrlen("h", "missing")).isZero();
		assertThat(this.client.hstrlen("missing", "a")).isZero();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void hstrlen_countsIntegersAsText() {
		hash("h", "n", "-12345");
		assertThat(this.client.hstrlen("h", "n")).isEqualTo(6);
	}

	// HRANDFIELD

	@Test
	void hrandfield_missingKey() {
		assertThat(this.client.hrandfield("missing")).isNull();
		assertThat(this.client.hrandfield("missing", 3)).isEmpty();
		assertThat(this.client.hrandfield("missing", -3)).isEmpty();
		assertThat(this.client.hrandfield("missing", 0)).isEmpty();
		assertThat(this.client.hrandfieldWithValues("missing", 3)).isEmpty();
		assertThat(this.client.hrandfieldWithValues("missing", -3)).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void hrandfield_withoutCountPicksAField() {
		hash("h", "a", "1", "b", "2", "c", "3");
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String field = this.client.hrandfield("h");
			assertThat(field).isIn("a", "b", "c");
			seen.add(field);
		}
		assertThat(seen).hasSizeGreaterThan(1);
		assertThat(this.client.hlen("h")).isEqualTo(3);
	}

	@Test
	void hrandfield_positiveCountGivesDistinctFields() {
		Map<String, String> all = new HashMap<>();
		for (int i = 0; i < 50; i++) {
			all.put("f" + i, "v" + i);
		}
		this.client.hset("h", all);
		for (long count : new long[] { 1, 5, 20, 49 }) {
			List<String> picked = this.client.hrandfield("h", count);
			assertThat(picked).as("count %d", count).hasSize((int) count).doesNotHaveDuplicates();
			assertThat(all.keySet()).containsAll(picked);
		}
		assertThat(this.client.hlen("h")).isEqualTo(50);
	}

	@Test
	void hrandfield_countAboveSizeGivesTheWholeHash() {
		hash("h", "a", "1", "b", "2", "c", "3");
		assertThat(this.client.hrandfield("h", 3)).containsExactlyInAnyOrder("a", "b", "c");
		assertThat(this.client.hrandfield("h", 100)).containsExactlyInAnyOrder("a", "b", "c");
		assertThat(this.client.hrandfield("h", Long.MAX_VALUE)).containsExactlyInAnyOrder("a", "b", "c");
	}

	@Test
	void hrandfield_negativeCountAllowsRepeats() {
		hash("h", "a", "1", "b", "2");
		List<String> picked = this.client.hrandfield("h", -50);
		assertThat(picked).hasSize(50);
		assertThat(picked).allMatch((f) -> f.equals("a") || f.equals("b"));
		assertThat(new HashSet<>(picked)).hasSize(2);
		assertThat(this.client.hrandfield("h", -1)).hasSize(1);
		hash("one", "x", "y");
		assertThat(this.client.hrandfield("one", -5)).containsExactly("x", "x", "x", "x", "x");
	}

	@Test
	void hrandfield_zeroCountIsEmpty() {
		hash("h", "a", "1");
		assertThat(this.client.hrandfield("h", 0)).isEmpty();
		assertThat(this.client.hrandfieldWithValues("h", 0)).isEmpty();
	}

	@Test
	void hrandfield_withValuesPairsFieldsWithTheirValues() {
		Map<String, String> all = new HashMap<>();
		for (int i = 0; i < 30; i++) {
			all.put("f" + i, "v" + i);
		}
		this.client.hset("h", all);
		List<HashEntry> distinct = this.client.hrandfieldWithValues("h", 10);
		assertThat(distinct).hasSize(10);
		assertThat(distinct.stream().map(HashEntry::field).toList()).doesNotHaveDuplicates();
		List<HashEntry> repeated = this.client.hrandfieldWithValues("h", -100);
		assertThat(repeated).hasSize(100);
		List<HashEntry> everything = this.client.hrandfieldWithValues("h", 1000);
		assertThat(everything).hasSize(30);
		for (List<HashEntry> entries : List.of(distinct, repeated, everything)) {
			for (HashEntry entry : entries) {
				assertThat(entry.value()).isEqualTo(all.get(entry.field()));
			}
		}
	}

	@Test
	void hrandfield_countOutOfRange() {
		hash("h", "a", "1");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.hrandfield("h", Long.MIN_VALUE))
			.withMessage("ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.hrandfieldWithValues("h", Long.MAX_VALUE))
			.withMessage("ERR value is out of range");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.hrandfieldWithValues("missing", -(Long.MAX_VALUE / 2) - 1))
			.withMessage("ERR value is out of range");
		assertThat(this.client.hrandfieldWithValues("h", Long.MAX_VALUE / 2)).containsExactly(new HashEntry("a", "1"));
	}

	@Test
	void hrandfield_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.hrandfield("s"));
		assertWrongType(() -> this.client.hrandfield("s", 0));
		assertWrongType(() -> this.client.hrandfield("s", -2));
		assertWrongType(() -> this.client.hrandfieldWithValues("s", 2));
	}

	// HSCAN

	@Test
	void hscan_missingKeyIsOneEmptyPage() {
		ScanPage<HashEntry> page = this.client.hscan("missing", "0", ScanOptions.all());
		assertThat(page.isFinished()).isTrue();
		assertThat(page.items()).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void hscan_smallHashIsReturnedWhole() {
		hash("h", "a", "1", "b", "2", "c", "3");
		ScanPage<HashEntry> page = this.client.hscan("h", "0", ScanOptions.all());
		assertThat(page.cursor()).isEqualTo("0");
		assertThat(page.items()).containsExactlyInAnyOrder(new HashEntry("a", "1"), new HashEntry("b", "2"),
				new HashEntry("c", "3"));
	}

	@Test
	void hscan_iteratesALargeHash() {
		Map<String, String> all = new HashMap<>();
		for (int i = 0; i < 300; i++) {
			all.put("field:" + i, "value:" + i);
		}
		this.client.hset("h", all);
		assertThat(scanAll("h", ScanOptions.all())).isEqualTo(all);
		assertThat(scanAll("h", ScanOptions.all().withCount(1000))).isEqualTo(all);
	}

	@Test
	void hscan_matchFiltersFields() {
		Map<String, String> all = new HashMap<>();
		Map<String, String> expected = new HashMap<>();
		for (int i = 0; i < 300; i++) {
			all.put("field:" + i, "value:" + i);
			if (Integer.toString(i).startsWith("1")) {
				expected.put("field:" + i, "value:" + i);
			}
		}
		this.client.hset("h", all);
		assertThat(scanAll("h", ScanOptions.match("field:1*"))).isEqualTo(expected);
		hash("small", "apple", "1", "avocado", "2", "banana", "3", "value", "a");
		assertThat(scanAll("small", ScanOptions.match("a*"))).isEqualTo(Map.of("apple", "1", "avocado", "2"));
		assertThat(scanAll("small", ScanOptions.match("[ab]?n*"))).isEqualTo(Map.of("banana", "3"));
		// the pattern applies to fields only
		assertThat(scanAll("small", ScanOptions.match("1"))).isEmpty();
	}

	@Test
	void hscan_otherCursorGivesAPartOfTheHash() {
		hash("h", "a", "1", "b", "2", "c", "3");
		ScanPage<HashEntry> page = this.client.hscan("h", "12345", ScanOptions.all());
		assertThat(page.items()).isSubsetOf(new HashEntry("a", "1"), new HashEntry("b", "2"), new HashEntry("c", "3"));
		assertThat(Long.parseUnsignedLong(page.cursor())).isNotNegative();
	}

	@Test
	void hscan_invalidCursorIsAnError() {
		hash("h", "a", "1");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.hscan("h", "abc", ScanOptions.all()))
			.withMessage("ERR invalid cursor");
	}

	@Test
	void hscan_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.hscan("s", "0", ScanOptions.all()));
	}

	@Test
	void hscan_typeOptionIsRejected() {
		hash("h", "a", "1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.hscan("h", "0", ScanOptions.all().withType(KeyType.HASH)));
	}

	// across commands

	@Test
	void hash_failedCommandLeavesNoKey() {
		this.client.set("s", "v", SetOptions.always());
		assertWrongType(() -> this.client.hset("s", "f", "v"));
		assertThat(this.client.hincrby("n", "f", 0)).isZero();
		assertThat(this.client.exists("n")).isEqualTo(1);
		List<String> keys = new ArrayList<>(this.client.keys("*"));
		assertThat(keys).containsExactlyInAnyOrder("s", "n");
	}

}
