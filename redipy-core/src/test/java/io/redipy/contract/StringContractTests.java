package io.redipy.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.redipy.InvalidArgumentException;
import io.redipy.NotANumberException;
import io.redipy.WrongTypeException;
import io.redipy.api.Batch;
import io.redipy.api.Expiration;
import io.redipy.api.LcsMatches;
import io.redipy.api.Response;
import io.redipy.api.SetOptions;
import io.redipy.api.Ttl;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The contract of the string commands, run against every backend.
 */
public abstract class StringContractTests extends ContractTestSupport {

	@Test
	void get_missingKeyIsNull() {
		assertThat(this.client.get("missing")).isNull();
	}

	@Test
	void set_thenGetReturnsValue() {
		this.client.set("k", "v");
		assertThat(this.client.get("k")).isEqualTo("v");
	}

	@Test
	void set_unicodeAndControlCharactersRoundTrip() {
		String value = "é\u0000\"'\\]]\n漢字😀";
		this.client.set("ключ", value);
		assertThat(this.client.get("ключ")).isEqualTo(value);
		assertThat(this.client.strlen("ключ"))
			.isEqualTo(value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
	}

	@Test
	void set_loneSurrogatesBecomeQuestionMarksAsInUtf8() {
		this.client.set("k", "a\uD800b");
		assertThat(this.client.get("k")).isEqualTo("a?b");
		assertThat(this.client.strlen("k")).isEqualTo(3);
		this.client.set("\uDC00", "v");
		assertThat(this.client.get("?")).isEqualTo("v");
	}

	@Test
	void set_nullArgumentsAreRejectedBeforeAnythingRuns() {
		assertThatNullPointerException().isThrownBy(() -> this.client.set(null, "v"));
		assertThatNullPointerException().isThrownBy(() -> this.client.set("k", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.set("k", "v", null));
		assertThat(this.client.exists("k")).isZero();
	}

	@Test
	void get_onListIsWrongType() {
		this.client.rpush("l", "a");
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.get("l"))
			.withMessageStartingWith("WRONGTYPE");
	}

	@Test
	void set_overwritesOtherTypes() {
		this.client.rpush("l", "a");
		this.client.set("l", "v");
		assertThat(this.client.get("l")).isEqualTo("v");
	}

	@Test
	void set_nxAndXxMatrix() {
		assertThat(this.client.set("k", "1", SetOptions.ifExists())).isFalse();
		assertThat(this.client.exists("k")).isZero();
		assertThat(this.client.set("k", "1", SetOptions.ifMissing())).isTrue();
		assertThat(this.client.set("k", "2", SetOptions.ifMissing())).isFalse();
		assertThat(this.client.get("k")).isEqualTo("1");
		assertThat(this.client.set("k", "3", SetOptions.ifExists())).isTrue();
		assertThat(this.client.get("k")).isEqualTo("3");
		assertThat(this.client.setnx("k", "4")).isFalse();
		assertThat(this.client.setnx("n", "4")).isTrue();
	}

	@Test
	void setGet_returnsPreviousValue() {
		assertThat(this.client.setGet("k", "1", SetOptions.always())).isNull();
		assertThat(this.client.setGet("k", "2", SetOptions.always())).isEqualTo("1");
		assertThat(this.client.setGet("k", "3", SetOptions.ifMissing())).isEqualTo("2");
		assertThat(this.client.get("k")).isEqualTo("2");
		assertThat(this.client.getset("k", "4")).isEqualTo("2");
	}

	@Test
	void setGet_onListIsWrongTypeAndWritesNothing() {
		this.client.rpush("l", "a");
		assertThatExceptionOfType(WrongTypeException.class)
			.isThrownBy(() -> this.client.setGet("l", "v", SetOptions.always()));
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a");
	}

	@Test
	void set_expiryVariants() {
		this.client.set("ex", "v", SetOptions.always().ex(Duration.ofSeconds(100)));
		assertThat(this.client.ttl("ex").remaining()).isBetween(Duration.ofSeconds(99), Duration.ofSeconds(100));
		this.client.set("px", "v", SetOptions.always().px(Duration.ofMillis(100_000)));
		assertThat(this.client.pttl("px").remaining()).isBetween(Duration.ofSeconds(98), Duration.ofSeconds(100));
		this.client.set("pxat", "v", SetOptions.always()
			.pxAt(Instant.now().plusSeconds(100).truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
		assertThat(this.client.ttl("pxat").expires()).isTrue();
		this.client.set("ex", "w", SetOptions.always().keepTtl());
		assertThat(this.client.ttl("ex").expires()).isTrue();
		this.client.set("ex", "x");
		assertThat(this.client.ttl("ex")).isEqualTo(Ttl.persistent());
	}

	@Test
	void set_zeroOrNegativeExpiryIsAnErrorAndWritesNothing() {
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.set("k", "v", SetOptions.always().ex(Duration.ZERO)))
			.withMessage("ERR invalid expire time in 'set' command");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.set("k", "v", SetOptions.always().px(Duration.ofMillis(-5))));
		assertThat(this.client.exists("k")).isZero();
	}

	@Test
	void set_expiredKeyIsGone() {
		this.client.set("k", "v", SetOptions.always().px(Duration.ofMillis(30)));
		advance(Duration.ofMillis(60));
		assertThat(this.client.get("k")).isNull();
		assertThat(this.client.exists("k")).isZero();
	}

	@Test
	void getdel_returnsAndDeletes() {
		this.client.set("k", "v");
		assertThat(this.client.getdel("k")).isEqualTo("v");
		assertThat(this.client.getdel("k")).isNull();
		assertThat(this.client.exists("k")).isZero();
	}

	@Test
	void getex_setsAndRemovesExpiry() {
		assertThat(this.client.getex("missing", Expiration.ex(Duration.ofSeconds(5)))).isNull();
		this.client.set("k", "v");
		assertThat(this.client.getex("k", Expiration.ex(Duration.ofSeconds(50)))).isEqualTo("v");
		assertThat(this.client.ttl("k").expires()).isTrue();
		assertThat(this.client.getex("k", Expiration.persist())).isEqualTo("v");
		assertThat(this.client.ttl("k")).isEqualTo(Ttl.persistent());
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.getex("k", Expiration.keepTtl()));
	}

	@Test
	void getex_looksAtTheKeyBeforeTheExpireTime() {
		Expiration[] invalid = { Expiration.ex(Duration.ZERO), Expiration.ex(Duration.ofSeconds(-1)),
				Expiration.px(Duration.ofMillis(Long.MAX_VALUE)) };
		this.client.rpush("list", "x");
		this.client.set("k", "v", SetOptions.always().ex(Duration.ofSeconds(100)));
		for (Expiration expiration : invalid) {
			assertThat(this.client.getex("missing", expiration)).as(expiration.toString()).isNull();
			assertThatExceptionOfType(WrongTypeException.class).as(expiration.toString())
				.isThrownBy(() -> this.client.getex("list", expiration));
			assertThatExceptionOfType(InvalidArgumentException.class).as(expiration.toString())
				.isThrownBy(() -> this.client.getex("k", expiration))
				.withMessage("ERR invalid expire time in 'getex' command");
		}
		assertThat(this.client.get("k")).isEqualTo("v");
		assertThat(this.client.ttl("k").expires()).isTrue();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void getex_inABatchLooksAtTheKeyFirst() {
		this.client.rpush("list", "x");
		this.client.set("k", "v");
		Batch batch = this.client.batch();
		Response<String> missing = batch.getex("missing", Expiration.ex(Duration.ZERO));
		Response<String> list = batch.getex("list", Expiration.ex(Duration.ZERO));
		Response<String> invalid = batch.getex("k", Expiration.ex(Duration.ZERO));
		batch.exec();
		assertThat(missing.get()).isNull();
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(list::get);
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(invalid::get);
		assertThat(this.client.ttl("k")).isEqualTo(Ttl.persistent());
	}

	@Test
	void getex_onAnExpiredKeyIsNull() {
		this.client.set("k", "v", SetOptions.always().px(Duration.ofMillis(10)));
		advance(Duration.ofMillis(50));
		assertThat(this.client.getex("k", Expiration.ex(Duration.ZERO))).isNull();
	}

	@Test
	void mgetAndMset() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("a", "1");
		values.put("b", "2");
		this.client.mset(values);
		this.client.rpush("l", "x");
		assertThat(this.client.mget("a", "missing", "b", "l")).containsExactly("1", null, "2", null);
		assertThat(this.client.msetnx(Map.of("a", "9", "c", "3"))).isFalse();
		assertThat(this.client.exists("c")).isZero();
		assertThat(this.client.msetnx(Map.of("c", "3", "d", "4"))).isTrue();
		assertThat(this.client.get("d")).isEqualTo("4");
	}

	@Test
	void incr_family() {
		assertThat(this.client.incr("n")).isEqualTo(1);
		assertThat(this.client.incrby("n", 10)).isEqualTo(11);
		assertThat(this.client.decr("n")).isEqualTo(10);
		assertThat(this.client.decrby("n", 20)).isEqualTo(-10);
		assertThat(this.client.get("n")).isEqualTo("-10");
	}

	@Test
	void incr_counterReadsAsItsDecimalTextInEveryStringCommand() {
		assertThat(this.client.incrby("n", -1234567)).isEqualTo(-1234567);
		assertThat(this.client.incr("n")).isEqualTo(-1234566);
		assertThat(this.client.get("n")).isEqualTo("-1234566");
		assertThat(this.client.strlen("n")).isEqualTo(8);
		assertThat(this.client.getrange("n", 1, 3)).isEqualTo("123");
		assertThat(this.client.getrange("n", -2, -1)).isEqualTo("66");
		assertThat(this.client.mget("n", "missing")).containsExactly("-1234566", null);
		assertThat(this.client.type("n")).isEqualTo(io.redipy.api.KeyType.STRING);
		// a copy counts on its own
		assertThat(this.client.copy("n", "m", false)).isTrue();
		assertThat(this.client.incr("m")).isEqualTo(-1234565);
		assertThat(this.client.get("n")).isEqualTo("-1234566");
		// text edits, then counting on from the edited text
		assertThat(this.client.append("n", "7")).isEqualTo(9);
		assertThat(this.client.get("n")).isEqualTo("-12345667");
		assertThat(this.client.incr("n")).isEqualTo(-12345666);
		assertThat(this.client.setrange("n", 0, "9")).isEqualTo(9);
		assertThat(this.client.get("n")).isEqualTo("912345666");
		assertThat(this.client.incrby("n", -912345666)).isZero();
		assertThat(this.client.strlen("n")).isEqualTo(1);
		assertThat(this.client.incrbyfloat("n", 1.5)).isEqualTo(1.5);
		assertThat(this.client.get("n")).isEqualTo("1.5");
		// values that leave a command are the text of the time
		assertThat(this.client.incr("c")).isEqualTo(1);
		assertThat(this.client.getset("c", "5")).isEqualTo("1");
		assertThat(this.client.incr("c")).isEqualTo(6);
		assertThat(this.client.getex("c", Expiration.persist())).isEqualTo("6");
		assertThat(this.client.incr("c")).isEqualTo(7);
		assertThat(this.client.setGet("c", "x", SetOptions.always())).isEqualTo("7");
		assertThat(this.client.incrby("d", Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
		assertThat(this.client.decrby("d", 1)).isEqualTo(Long.MAX_VALUE - 1);
		assertThat(this.client.getdel("d")).isEqualTo(Long.toString(Long.MAX_VALUE - 1));
	}

	@Test
	void incr_overflowOfACounterLeavesItUntouched() {
		this.client.incrby("n", Long.MAX_VALUE);
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.incr("n"))
			.withMessage("ERR increment or decrement would overflow");
		assertThat(this.client.get("n")).isEqualTo(Long.toString(Long.MAX_VALUE));
		this.client.decrby("m", Long.MAX_VALUE);
		assertThat(this.client.decr("m")).isEqualTo(Long.MIN_VALUE);
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.decr("m"))
			.withMessage("ERR increment or decrement would overflow");
		assertThat(this.client.get("m")).isEqualTo(Long.toString(Long.MIN_VALUE));
		assertThat(this.client.strlen("m")).isEqualTo(20);
	}

	@Test
	void incr_keepsExpiry() {
		this.client.set("n", "1", SetOptions.always().ex(Duration.ofSeconds(100)));
		this.client.incr("n");
		assertThat(this.client.ttl("n").expires()).isTrue();
	}

	@Test
	void incr_rejectsWhatRedisDoesNotParse() {
		for (String text : Arrays.asList(" 1", "+1", "1e3", "01", "-0", "", "1.0", "abc", "9223372036854775808")) {
			this.client.set("n", text);
			assertThatExceptionOfType(NotANumberException.class).as(text)
				.isThrownBy(() -> this.client.incr("n"))
				.withMessage("ERR value is not an integer or out of range");
			assertThat(this.client.get("n")).isEqualTo(text);
		}
	}

	@Test
	void incr_overflowIsAnError() {
		this.client.set("n", Long.toString(Long.MAX_VALUE));
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.incr("n"))
			.withMessage("ERR increment or decrement would overflow");
		this.client.set("m", "-1");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.decrby("m", Long.MIN_VALUE));
		assertThat(this.client.get("n")).isEqualTo(Long.toString(Long.MAX_VALUE));
	}

	@Test
	void incrbyfloat_formatsAsRedis() {
		assertThat(this.client.incrbyfloat("f", 0.1)).isEqualTo(0.1);
		assertThat(this.client.incrbyfloat("f", 0.2)).isEqualTo(0.3);
		assertThat(this.client.get("f")).isEqualTo("0.3");
		this.client.set("g", "3.0");
		this.client.incrbyfloat("g", 0);
		assertThat(this.client.get("g")).isEqualTo("3");
		this.client.set("h", "1e3");
		assertThat(this.client.incrbyfloat("h", 1.5)).isEqualTo(1001.5);
		assertThat(this.client.get("h")).isEqualTo("1001.5");
		this.client.set("i", "10000000000");
		this.client.incrbyfloat("i", 0.1);
		// long-double arithmetic, printed with 17 decimals: Redis's exact digits
		assertThat(this.client.get("i")).isEqualTo("10000000000.09999999962747097");
	}

	@Test
	void incrbyfloat_errors() {
		this.client.set("s", "abc");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.incrbyfloat("s", 1))
			.withMessage("ERR value is not a valid float");
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.incrbyfloat("x", Double.POSITIVE_INFINITY))
			.withMessage("ERR increment would produce NaN or Infinity");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.incrbyfloat("x", Double.NaN));
		// an exponent beyond long double's range is rejected as text, not computed as
		// infinity
		this.client.set("huge", "921e3372036854775807");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.incrbyfloat("huge", 1))
			.withMessage("ERR value is not a valid float");
		this.client.set("inf", "inf");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.incrbyfloat("inf", 1))
			.withMessage("ERR increment would produce NaN or Infinity");
		assertThat(this.client.exists("x")).isZero();
	}

	@Test
	void appendAndStrlenCountBytes() {
		assertThat(this.client.append("k", "ab")).isEqualTo(2);
		assertThat(this.client.append("k", "é")).isEqualTo(4);
		assertThat(this.client.strlen("k")).isEqualTo(4);
		assertThat(this.client.strlen("missing")).isZero();
	}

	@Test
	void getrange_edgeCases() {
		this.client.set("k", "Hello World");
		assertThat(this.client.getrange("k", 0, 4)).isEqualTo("Hello");
		assertThat(this.client.getrange("k", -5, -1)).isEqualTo("World");
		assertThat(this.client.getrange("k", 5, 2)).isEmpty();
		assertThat(this.client.getrange("k", -1, -5)).isEmpty();
		assertThat(this.client.getrange("k", 0, 100)).isEqualTo("Hello World");
		assertThat(this.client.getrange("missing", 0, -1)).isEmpty();
		this.client.set("u", "éa");
		assertThat(this.client.getrange("u", 0, 0)).isEqualTo("\uFFFD");
		assertThat(this.client.getrange("u", 2, 2)).isEqualTo("a");
	}

	@Test
	void setrange_offsetNearLongMaxExceedsTheMaximumSize() {
		this.client.set("k", "abc");
		for (String key : new String[] { "k", "missing" }) {
			for (long offset : new long[] { Long.MAX_VALUE, Long.MAX_VALUE - 1, 512L * 1024 * 1024 }) {
				assertThatExceptionOfType(InvalidArgumentException.class).as(key + " " + offset)
					.isThrownBy(() -> this.client.setrange(key, offset, "x"))
					.withMessage("ERR string exceeds maximum allowed size (proto-max-bulk-len)");
			}
			// nothing to write: no size check, as in Redis
			assertThat(this.client.setrange(key, Long.MAX_VALUE, "")).isEqualTo(key.equals("k") ? 3 : 0);
		}
		Batch batch = this.client.batch();
		Response<Long> failed = batch.setrange("k", Long.MAX_VALUE, "x");
		Response<Long> appended = batch.append("k", "d");
		batch.exec();
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(failed::get)
			.withMessage("ERR string exceeds maximum allowed size (proto-max-bulk-len)");
		assertThat(appended.get()).isEqualTo(4);
		assertThat(this.client.get("k")).isEqualTo("abcd");
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void getrange_withExtremeIndices() {
		this.client.set("k", "hello");
		assertThat(this.client.getrange("k", Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo("hello");
		assertThat(this.client.getrange("k", Long.MAX_VALUE, Long.MAX_VALUE)).isEmpty();
		// both ends clamp to 0, so Redis returns the first byte
		assertThat(this.client.getrange("k", Long.MIN_VALUE, Long.MIN_VALUE)).isEqualTo("h");
		assertThat(this.client.getrange("k", -2, Long.MAX_VALUE)).isEqualTo("lo");
	}

	@Test
	void incrbyfloat_numericTextOf5120BytesIsNotAFloat() {
		String longest = "0".repeat(5118) + "1";
		this.client.set("ok", longest);
		assertThat(this.client.incrbyfloat("ok", 1)).isEqualTo(2.0);
		this.client.set("k", "0".repeat(5119) + "1");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.incrbyfloat("k", 1))
			.withMessage("ERR value is not a valid float");
		assertThat(this.client.get("k")).isEqualTo("0".repeat(5119) + "1");
		this.client.set("digits", "1".repeat(5120));
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.incrbyfloat("digits", 1));
	}

	@Test
	void setrange_padsAndCountsBytes() {
		assertThat(this.client.setrange("k", 3, "ab")).isEqualTo(5);
		assertThat(this.client.get("k")).isEqualTo("\0\0\0ab");
		assertThat(this.client.setrange("missing", 5, "")).isZero();
		assertThat(this.client.exists("missing")).isZero();
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.setrange("k", -1, "x"));
		this.client.set("u", "éé");
		this.client.setrange("u", 1, "x");
		this.client.setrange("u", 1, "\u00a9".substring(0, 1));
		assertThat(this.client.strlen("u")).isEqualTo(4);
	}

	// LCS

	@Test
	void lcs_subsequenceLengthAndMatchingRanges() {
		this.client.set("a", "ohmytext");
		this.client.set("b", "mynewtext");
		assertThat(this.client.lcs("a", "b")).isEqualTo("mytext");
		assertThat(this.client.lcsLen("a", "b")).isEqualTo(6);
		assertThat(this.client.lcsIdx("a", "b", 0)).isEqualTo(
				new LcsMatches(List.of(new LcsMatches.Match(4, 7, 5, 8, 4), new LcsMatches.Match(2, 3, 0, 1, 2)), 6));
		assertThat(this.client.lcsIdx("a", "b", 4))
			.isEqualTo(new LcsMatches(List.of(new LcsMatches.Match(4, 7, 5, 8, 4)), 6));
		assertThat(this.client.lcs("a", "missing")).isEmpty();
		assertThat(this.client.lcsLen("missing", "missing2")).isZero();
		assertThat(this.client.lcsIdx("a", "missing", -5)).isEqualTo(new LcsMatches(List.of(), 0));
	}

	@Test
	void lcs_onAnotherTypeFailsWithRedisMessage() {
		this.client.set("a", "text");
		this.client.rpush("l", "x");
		assertThatExceptionOfType(io.redipy.CommandException.class).isThrownBy(() -> this.client.lcs("a", "l"))
			.withMessage("ERR The specified keys must contain string values");
		assertThatExceptionOfType(io.redipy.CommandException.class).isThrownBy(() -> this.client.lcsLen("l", "none"))
			.withMessage("ERR The specified keys must contain string values");
	}

}
