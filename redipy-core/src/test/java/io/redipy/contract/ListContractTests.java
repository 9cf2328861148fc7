package io.redipy.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.redipy.InvalidArgumentException;
import io.redipy.NoSuchKeyException;
import io.redipy.WrongTypeException;
import io.redipy.api.KeyType;
import io.redipy.api.KeyValues;
import io.redipy.api.ListPosition;
import io.redipy.api.ListSide;
import io.redipy.api.LposOptions;
import io.redipy.test.ContractTestSupport;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The contract of the list commands, run against every backend.
 */
public abstract class ListContractTests extends ContractTestSupport {

	private static final String RANK_ZERO = "ERR RANK can't be zero: use 1 to start from the first match, "
			+ "2 from the second ... or use negative to start from the end of the list";

	private void assertWrongType(ThrowingCallable call) {
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(call)
			.withMessage("WRONGTYPE Operation against a key holding the wrong kind of value");
	}

	private void assertError(ThrowingCallable call, String message) {
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(call).withMessage(message);
	}

	private void assertExpires(String key) {
		assertThat(this.client.ttl(key).expires()).as(key + " still expires").isTrue();
	}

	// LPUSH, RPUSH, LPUSHX, RPUSHX

	@Test
	void lpush_missingKeyCreatesListInReverseOrder() {
		assertThat(this.client.lpush("l", "a", "b", "c")).isEqualTo(3);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("c", "b", "a");
		assertThat(this.client.type("l")).isEqualTo(KeyType.LIST);
	}

	@Test
	void lpush_existingListReturnsNewLength() {
		this.client.rpush("l", "x");
		assertThat(this.client.lpush("l", "a", "b")).isEqualTo(3);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("b", "a", "x");
	}

	@Test
	void rpush_appendsInOrder() {
		assertThat(this.client.rpush("l", "a", "b")).isEqualTo(2);
		assertThat(this.client.rpush("l", "c", "a")).isEqualTo(4);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a", "b", "c", "a");
	}

	@Test
	void rpush_emptyStringIsAnElement() {
		assertThat(this.client.rpush("l", "", "")).isEqualTo(2);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("", "");
	}

	@Test
	void lpush_onStringIsWrongTypeAndWritesNothing() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.lpush("s", "a"));
		assertWrongType(() -> this.client.rpush("s", "a"));
		assertThat(this.client.get("s")).isEqualTo("v");
	}

	@Test
	void lpushx_missingKeyReturnsZeroAndCreatesNothing() {
		assertThat(this.client.lpushx("l", "a")).isZero();
		assertThat(this.client.rpushx("l", "a", "b")).isZero();
		assertThat(this.client.exists("l")).isZero();
	}

	@Test
	void lpushx_existingListPushes() {
		this.client.rpush("l", "m");
		assertThat(this.client.lpushx("l", "a", "b")).isEqualTo(3);
		assertThat(this.client.rpushx("l", "y", "z")).isEqualTo(5);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("b", "a", "m", "y", "z");
	}

	@Test
	void lpushx_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.lpushx("s", "a"));
		assertWrongType(() -> this.client.rpushx("s", "a"));
		assertThat(this.client.get("s")).isEqualTo("v");
	}

	@Test
	void lpush_nullsRejectedBeforeAnythingRuns() {
		assertThatNullPointerException().isThrownBy(() -> this.client.lpush(null, "a"));
		assertThatNullPointerException().isThrownBy(() -> this.client.lpush("l", (String[]) null));
		assertThatNullPointerException().isThrownBy(() -> this.client.lpush("l", "a", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.rpush("l", null, "a"));
		assertThatNullPointerException().isThrownBy(() -> this.client.lpushx("l", (String) null));
		assertThatNullPointerException().isThrownBy(() -> this.client.rpushx(null, "a"));
		assertThat(this.client.exists("l")).isZero();
	}

	@Test
	void lpush_noValuesRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.lpush("l"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.rpush("l"));
		assertThat(this.client.exists("l")).isZero();
	}

	@Test
	void rpush_manyElementsKeepOrderAcrossGrowthAndShrinking() {
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			this.client.rpush("l", "r" + i);
			expected.add("r" + i);
			if (i % 3 == 0) {
				this.client.lpush("l", "l" + i);
				expected.add(0, "l" + i);
			}
		}
		assertThat(this.client.lrange("l", 0, -1)).isEqualTo(expected);
		assertThat(this.client.lpop("l", 250)).isEqualTo(expected.subList(0, 250));
		assertThat(this.client.rpop("l", 147)).hasSize(147).startsWith("r299", "r298");
		this.client.lpush("l", "a");
		this.client.rpush("l", "z");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a", "r150", "r151", "r152", "z");
		this.client.linsert("l", ListPosition.AFTER, "r151", "m");
		assertThat(this.client.lindex("l", 3)).isEqualTo("m");
		assertThat(this.client.llen("l")).isEqualTo(6);
	}

	@Test
	void rpush_unicodeValuesRoundTrip() {
		String value = "é\u0000\"'\\\n漢字😀";
		this.client.rpush("список", value, "ü");
		assertThat(this.client.lrange("список", 0, -1)).containsExactly(value, "ü");
		assertThat(this.client.lindex("список", 0)).isEqualTo(value);
		assertThat(this.client.lpos("список", "ü")).isEqualTo(1);
		assertThat(this.client.lrem("список", 0, value)).isEqualTo(1);
		assertThat(this.client.lpop("список")).isEqualTo("ü");
		assertThat(this.client.exists("список")).isZero();
	}

	@Test
	void rpush_keepsExpiry() {
		this.client.rpush("l", "a");
		this.client.expire("l", Duration.ofSeconds(100));
		this.client.rpush("l", "b");
		this.client.lpushx("l", "c");
		assertExpires("l");
	}

	@Test
	void rpush_expiredListIsGone() {
		this.client.rpush("l", "a", "b");
		this.client.pexpire("l", Duration.ofMillis(30));
		advance(Duration.ofMillis(60));
		assertThat(this.client.llen("l")).isZero();
		assertThat(this.client.rpushx("l", "c")).isZero();
		assertThat(this.client.rpush("l", "c")).isEqualTo(1);
		assertThat(this.client.ttl("l").expires()).isFalse();
	}

	// LPOP, RPOP

	@Test
	void lpop_missingKeyIsNull() {
		assertThat(this.client.lpop("missing")).isNull();
		assertThat(this.client.rpop("missing")).isNull();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void lpop_popsHeadAndRpopPopsTail() {
		this.client.rpush("l", "a", "b", "c");
		assertThat(this.client.lpop("l")).isEqualTo("a");
		assertThat(this.client.rpop("l")).isEqualTo("c");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("b");
	}

	@Test
	void lpop_lastElementDeletesKey() {
		this.client.rpush("l", "a");
		this.client.rpush("r", "a");
		assertThat(this.client.lpop("l")).isEqualTo("a");
		assertThat(this.client.rpop("r")).isEqualTo("a");
		assertThat(this.client.exists("l", "r")).isZero();
		assertThat(this.client.lpop("l")).isNull();
	}

	@Test
	void lpop_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.lpop("s"));
		assertWrongType(() -> this.client.rpop("s"));
		assertWrongType(() -> this.client.lpop("s", 1));
		assertWrongType(() -> this.client.rpop("s", 0));
		assertThat(this.client.get("s")).isEqualTo("v");
	}

	@Test
	void lpop_countMissingKeyIsEmpty() {
		assertThat(this.client.lpop("missing", 3)).isEmpty();
		assertThat(this.client.rpop("missing", 3)).isEmpty();
		assertThat(this.client.lpop("missing", 0)).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void lpop_countZeroIsEmptyAndKeepsList() {
		this.client.rpush("l", "a", "b");
		assertThat(this.client.lpop("l", 0)).isEmpty();
		assertThat(this.client.rpop("l", 0)).isEmpty();
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a", "b");
	}

	@Test
	void lpop_countPopsFromHeadInOrder() {
		this.client.rpush("l", "a", "b", "c", "d");
		assertThat(this.client.lpop("l", 2)).containsExactly("a", "b");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("c", "d");
	}

	@Test
	void rpop_countReturnsTailFirst() {
		this.client.rpush("l", "a", "b", "c", "d");
		assertThat(this.client.rpop("l", 3)).containsExactly("d", "c", "b");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a");
	}

	@Test
	void lpop_countLargerThanLengthReturnsAllAndDeletes() {
		this.client.rpush("l", "a", "b");
		this.client.rpush("r", "a", "b");
		assertThat(this.client.lpop("l", 10)).containsExactly("a", "b");
		assertThat(this.client.rpop("r", Long.MAX_VALUE)).containsExactly("b", "a");
		assertThat(this.client.exists("l", "r")).isZero();
	}

	@Test
	void lpop_negativeCountIsAnError() {
		this.client.rpush("l", "a");
		assertError(() -> this.client.lpop("l", -1), "ERR value is out of range, must be positive");
		assertError(() -> this.client.rpop("l", Long.MIN_VALUE), "ERR value is out of range, must be positive");
		assertError(() -> this.client.lpop("missing", -1), "ERR value is out of range, must be positive");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a");
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void lpop_negativeCountIsCheckedBeforeType() {
		this.client.set("s", "v");
		assertError(() -> this.client.lpop("s", -1), "ERR value is out of range, must be positive");
		assertError(() -> this.client.rpop("s", -5), "ERR value is out of range, must be positive");
	}

	@Test
	void lpop_keepsExpiry() {
		this.client.rpush("l", "a", "b", "c", "d");
		this.client.expire("l", Duration.ofSeconds(100));
		this.client.lpop("l");
		this.client.rpop("l", 1);
		assertExpires("l");
	}

	@Test
	void lpop_nullKeyRejected() {
		assertThatNullPointerException().isThrownBy(() -> this.client.lpop(null));
		assertThatNullPointerException().isThrownBy(() -> this.client.rpop(null, 1));
	}

	// LRANGE

	@Test
	void lrange_indices() {
		this.client.rpush("l", "a", "b", "c", "d", "e");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a", "b", "c", "d", "e");
		assertThat(this.client.lrange("l", 1, 2)).containsExactly("b", "c");
		assertThat(this.client.lrange("l", -2, -1)).containsExactly("d", "e");
		assertThat(this.client.lrange("l", -100, 1)).containsExactly("a", "b");
		assertThat(this.client.lrange("l", 3, 100)).containsExactly("d", "e");
		assertThat(this.client.lrange("l", 2, 2)).containsExactly("c");
		assertThat(this.client.lrange("l", Long.MIN_VALUE, Long.MAX_VALUE)).containsExactly("a", "b", "c", "d", "e");
	}

	@Test
	void lrange_emptyRanges() {
		this.client.rpush("l", "a", "b", "c");
		assertThat(this.client.lrange("l", 2, 1)).isEmpty();
		assertThat(this.client.lrange("l", 3, 10)).isEmpty();
		assertThat(this.client.lrange("l", -1, -2)).isEmpty();
		assertThat(this.client.lrange("l", 0, -4)).isEmpty();
		assertThat(this.client.lrange("l", -10, -5)).isEmpty();
		assertThat(this.client.lrange("l", Long.MAX_VALUE, Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void lrange_missingKeyIsEmpty() {
		assertThat(this.client.lrange("missing", 0, -1)).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void lrange_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.lrange("s", 0, -1));
	}

	// LINDEX

	@Test
	void lindex_positiveAndNegative() {
		this.client.rpush("l", "a", "b", "c");
		assertThat(this.client.lindex("l", 0)).isEqualTo("a");
		assertThat(this.client.lindex("l", 2)).isEqualTo("c");
		assertThat(this.client.lindex("l", -1)).isEqualTo("c");
		assertThat(this.client.lindex("l", -3)).isEqualTo("a");
	}

	@Test
	void lindex_outOfRangeIsNull() {
		this.client.rpush("l", "a", "b", "c");
		assertThat(this.client.lindex("l", 3)).isNull();
		assertThat(this.client.lindex("l", -4)).isNull();
		assertThat(this.client.lindex("l", Long.MAX_VALUE)).isNull();
		assertThat(this.client.lindex("l", Long.MIN_VALUE)).isNull();
	}

	@Test
	void lindex_missingKeyIsNull() {
		assertThat(this.client.lindex("missing", 0)).isNull();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void lindex_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.lindex("s", 0));
	}

	// LSET

	@Test
	void lset_replacesElement() {
		this.client.rpush("l", "a", "b", "c");
		this.client.lset("l", 1, "B");
		this.client.lset("l", -1, "C");
		this.client.lset("l", -3, "A");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("A", "B", "C");
	}

	@Test
	void lset_missingKeyIsNoSuchKey() {
		assertThatExceptionOfType(NoSuchKeyException.class).isThrownBy(() -> this.client.lset("missing", 0, "v"))
			.withMessage("ERR no such key");
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void lset_outOfRangeIsAnErrorAndWritesNothing() {
		this.client.rpush("l", "a", "b");
		assertError(() -> this.client.lset("l", 2, "v"), "ERR index out of range");
		assertError(() -> this.client.lset("l", -3, "v"), "ERR index out of range");
		assertError(() -> this.client.lset("l", Long.MIN_VALUE, "v"), "ERR index out of range");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a", "b");
	}

	@Test
	void lset_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.lset("s", 0, "x"));
		assertThat(this.client.get("s")).isEqualTo("v");
	}

	@Test
	void lset_keepsExpiry() {
		this.client.rpush("l", "a");
		this.client.expire("l", Duration.ofSeconds(100));
		this.client.lset("l", 0, "b");
		assertExpires("l");
	}

	@Test
	void lset_nullsRejectedBeforeAnythingRuns() {
		this.client.rpush("l", "a");
		assertThatNullPointerException().isThrownBy(() -> this.client.lset("l", 0, null));
		assertThatNullPointerException().isThrownBy(() -> this.client.lset(null, 0, "v"));
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a");
	}

	// LLEN

	@Test
	void llen_countsElements() {
		assertThat(this.client.llen("missing")).isZero();
		this.client.rpush("l", "a", "b", "a");
		assertThat(this.client.llen("l")).isEqualTo(3);
	}

	@Test
	void llen_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.llen("s"));
	}

	// LREM

	@Test
	void lrem_positiveCountRemovesFromHead() {
		this.client.rpush("l", "a", "b", "a", "c", "a");
		assertThat(this.client.lrem("l", 2, "a")).isEqualTo(2);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("b", "c", "a");
	}

	@Test
	void lrem_negativeCountRemovesFromTail() {
		this.client.rpush("l", "a", "b", "a", "c", "a");
		assertThat(this.client.lrem("l", -2, "a")).isEqualTo(2);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a", "b", "c");
	}

	@Test
	void lrem_zeroCountRemovesAll() {
		this.client.rpush("l", "a", "b", "a", "c", "a");
		assertThat(this.client.lrem("l", 0, "a")).isEqualTo(3);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("b", "c");
	}

	@Test
	void lrem_countLargerThanMatchesRemovesAll() {
		this.client.rpush("l", "a", "b", "a");
		assertThat(this.client.lrem("l", 10, "a")).isEqualTo(2);
		this.client.rpush("m", "a", "b", "a");
		assertThat(this.client.lrem("m", Long.MIN_VALUE, "a")).isEqualTo(2);
		assertThat(this.client.lrange("m", 0, -1)).containsExactly("b");
	}

	@Test
	void lrem_noMatchRemovesNothing() {
		this.client.rpush("l", "a", "b");
		assertThat(this.client.lrem("l", 0, "z")).isZero();
		assertThat(this.client.lrem("l", 1, "A")).isZero();
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a", "b");
	}

	@Test
	void lrem_missingKeyIsZero() {
		assertThat(this.client.lrem("missing", 0, "a")).isZero();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void lrem_removingEveryElementDeletesKey() {
		this.client.rpush("l", "a", "a");
		assertThat(this.client.lrem("l", -5, "a")).isEqualTo(2);
		assertThat(this.client.exists("l")).isZero();
	}

	@Test
	void lrem_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.lrem("s", 0, "v"));
		assertThat(this.client.get("s")).isEqualTo("v");
	}

	@Test
	void lrem_keepsExpiry() {
		this.client.rpush("l", "a", "b");
		this.client.expire("l", Duration.ofSeconds(100));
		this.client.lrem("l", 1, "a");
		assertExpires("l");
	}

	@Test
	void lrem_nullValueRejected() {
		this.client.rpush("l", "a");
		assertThatNullPointerException().isThrownBy(() -> this.client.lrem("l", 0, null));
		assertThat(this.client.llen("l")).isEqualTo(1);
	}

	// LTRIM

	@Test
	void ltrim_keepsRange() {
		this.client.rpush("l", "a", "b", "c", "d", "e");
		this.client.ltrim("l", 1, 3);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("b", "c", "d");
		this.client.ltrim("l", -2, -1);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("c", "d");
		this.client.ltrim("l", -100, 100);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("c", "d");
		this.client.ltrim("l", 1, Long.MAX_VALUE);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("d");
	}

	@Test
	void ltrim_toEmptyDeletesKey() {
		this.client.rpush("a", "x", "y");
		this.client.ltrim("a", 1, 0);
		this.client.rpush("b", "x", "y");
		this.client.ltrim("b", 2, 5);
		this.client.rpush("c", "x", "y");
		this.client.ltrim("c", 0, -3);
		this.client.rpush("d", "x", "y");
		this.client.ltrim("d", Long.MIN_VALUE, Long.MIN_VALUE);
		assertThat(this.client.exists("a", "b", "c", "d")).isZero();
	}

	@Test
	void ltrim_missingKeyCreatesNothing() {
		this.client.ltrim("missing", 0, -1);
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void ltrim_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.ltrim("s", 0, -1));
		assertThat(this.client.get("s")).isEqualTo("v");
	}

	@Test
	void ltrim_keepsExpiry() {
		this.client.rpush("l", "a", "b", "c");
		this.client.expire("l", Duration.ofSeconds(100));
		this.client.ltrim("l", 0, 0);
		assertExpires("l");
	}

	// LINSERT

	@Test
	void linsert_beforeAndAfter() {
		this.client.rpush("l", "a", "c");
		assertThat(this.client.linsert("l", ListPosition.BEFORE, "c", "b")).isEqualTo(3);
		assertThat(this.client.linsert("l", ListPosition.AFTER, "c", "d")).isEqualTo(4);
		assertThat(this.client.linsert("l", ListPosition.BEFORE, "a", "0")).isEqualTo(5);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("0", "a", "b", "c", "d");
	}

	@Test
	void linsert_usesFirstOccurrenceOfPivot() {
		this.client.rpush("l", "x", "p", "y", "p");
		assertThat(this.client.linsert("l", ListPosition.AFTER, "p", "n")).isEqualTo(5);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("x", "p", "n", "y", "p");
	}

	@Test
	void linsert_missingPivotIsMinusOne() {
		this.client.rpush("l", "a", "b");
		assertThat(this.client.linsert("l", ListPosition.BEFORE, "z", "v")).isEqualTo(-1);
		assertThat(this.client.linsert("l", ListPosition.AFTER, "A", "v")).isEqualTo(-1);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a", "b");
	}

	@Test
	void linsert_missingKeyIsZero() {
		assertThat(this.client.linsert("missing", ListPosition.BEFORE, "a", "v")).isZero();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void linsert_onStringIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.linsert("s", ListPosition.AFTER, "v", "x"));
		assertThat(this.client.get("s")).isEqualTo("v");
	}

	@Test
	void linsert_keepsExpiry() {
		this.client.rpush("l", "a");
		this.client.expire("l", Duration.ofSeconds(100));
		this.client.linsert("l", ListPosition.AFTER, "a", "b");
		assertExpires("l");
	}

	@Test
	void linsert_nullsRejectedBeforeAnythingRuns() {
		this.client.rpush("l", "a");
		assertThatNullPointerException().isThrownBy(() -> this.client.linsert("l", null, "a", "v"));
		assertThatNullPointerException().isThrownBy(() -> this.client.linsert("l", ListPosition.AFTER, null, "v"));
		assertThatNullPointerException().isThrownBy(() -> this.client.linsert("l", ListPosition.AFTER, "a", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.linsert(null, ListPosition.AFTER, "a", "v"));
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a");
	}

	// LPOS

	@Test
	void lpos_findsFirstMatch() {
		this.client.rpush("l", "a", "b", "c", "b");
		assertThat(this.client.lpos("l", "b")).isEqualTo(1);
		assertThat(this.client.lpos("l", "a")).isZero();
		assertThat(this.client.lpos("l", "z")).isNull();
	}

	@Test
	void lpos_missingKeyIsNullOrEmpty() {
		assertThat(this.client.lpos("missing", "a")).isNull();
		assertThat(this.client.lpos("missing", "a", LposOptions.none().withRank(-1))).isNull();
		assertThat(this.client.lpos("missing", "a", 0, LposOptions.none())).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void lpos_rank() {
		this.client.rpush("l", "a", "b", "a", "c", "a");
		assertThat(this.client.lpos("l", "a", LposOptions.none().withRank(1))).isZero();
		assertThat(this.client.lpos("l", "a", LposOptions.none().withRank(2))).isEqualTo(2);
		assertThat(this.client.lpos("l", "a", LposOptions.none().withRank(3))).isEqualTo(4);
		assertThat(this.client.lpos("l", "a", LposOptions.none().withRank(4))).isNull();
		assertThat(this.client.lpos("l", "a", LposOptions.none().withRank(-1))).isEqualTo(4);
		assertThat(this.client.lpos("l", "a", LposOptions.none().withRank(-3))).isZero();
		assertThat(this.client.lpos("l", "a", LposOptions.none().withRank(-4))).isNull();
		assertThat(this.client.lpos("l", "a", LposOptions.none().withRank(Long.MAX_VALUE))).isNull();
	}

	@Test
	void lpos_count() {
		this.client.rpush("l", "a", "b", "a", "c", "a");
		assertThat(this.client.lpos("l", "a", 0, LposOptions.none())).containsExactly(0L, 2L, 4L);
		assertThat(this.client.lpos("l", "a", 1, LposOptions.none())).containsExactly(0L);
		assertThat(this.client.lpos("l", "a", 2, LposOptions.none())).containsExactly(0L, 2L);
		assertThat(this.client.lpos("l", "a", 10, LposOptions.none())).containsExactly(0L, 2L, 4L);
		assertThat(this.client.lpos("l", "z", 0, LposOptions.none())).isEmpty();
	}

	@Test
	void lpos_rankAndCount() {
		this.client.rpush("l", "a", "b", "a", "c", "a");
		assertThat(this.client.lpos("l", "a", 0, LposOptions.none().withRank(2))).containsExactly(2L, 4L);
		assertThat(this.client.lpos("l", "a", 1, LposOptions.none().withRank(2))).containsExactly(2L);
		assertThat(this.client.lpos("l", "a", 0, LposOptions.none().withRank(-1))).containsExactly(4L, 2L, 0L);
		assertThat(this.client.lpos("l", "a", 2, LposOptions.none().withRank(-2))).containsExactly(2L, 0L);
		assertThat(this.client.lpos("l", "a", 0, LposOptions.none().withRank(5))).isEmpty();
	}

	@Test
	void lpos_maxLen() {
		this.client.rpush("l", "a", "b", "a", "c", "a");
		assertThat(this.client.lpos("l", "a", 0, LposOptions.none().withMaxLen(2))).containsExactly(0L);
		assertThat(this.client.lpos("l", "a", 0, LposOptions.none().withMaxLen(3))).containsExactly(0L, 2L);
		assertThat(this.client.lpos("l", "a", 0, LposOptions.none().withMaxLen(0))).containsExactly(0L, 2L, 4L);
		assertThat(this.client.lpos("l", "a", 0, LposOptions.none().withMaxLen(100))).containsExactly(0L, 2L, 4L);
		assertThat(this.client.lpos("l", "c", LposOptions.none().withMaxLen(3))).isNull();
		assertThat(this.client.lpos("l", "c", LposOptions.none().withMaxLen(4))).isEqualTo(3);
	}

	@Test
	void lpos_maxLenWithRank() {
		this.client.rpush("l", "a", "b", "a", "c", "a");
		assertThat(this.client.lpos("l", "a", 0, LposOptions.none().withRank(-1).withMaxLen(3))).containsExactly(4L,
				2L);
		assertThat(this.client.lpos("l", "a", LposOptions.none().withRank(2).withMaxLen(2))).isNull();
		assertThat(this.client.lpos("l", "a", LposOptions.none().withRank(2).withMaxLen(3))).isEqualTo(2);
		assertThat(this.client.lpos("l", "b", LposOptions.none().withRank(-1).withMaxLen(3))).isNull();
		assertThat(this.client.lpos("l", "b", LposOptions.none().withRank(-1).withMaxLen(4))).isEqualTo(1);
	}

	@Test
	void lpos_rankZeroIsAnError() {
		this.client.rpush("l", "a");
		assertError(() -> this.client.lpos("l", "a", LposOptions.none().withRank(0)), RANK_ZERO);
		assertError(() -> this.client.lpos("l", "a", 0, LposOptions.none().withRank(0)), RANK_ZERO);
		assertError(() -> this.client.lpos("missing", "a", LposOptions.none().withRank(0)), RANK_ZERO);
	}

	@Test
	void lpos_negativeCountIsAnError() {
		this.client.rpush("l", "a");
		assertError(() -> this.client.lpos("l", "a", -1, LposOptions.none()), "ERR COUNT can't be negative");
		assertError(() -> this.client.lpos("missing", "a", -1, LposOptions.none()), "ERR COUNT can't be negative");
	}

	@Test
	void lpos_negativeMaxLenIsAnError() {
		this.client.rpush("l", "a");
		assertError(() -> this.client.lpos("l", "a", LposOptions.none().withMaxLen(-1)),
				"ERR MAXLEN can't be negative");
		assertError(() -> this.client.lpos("l", "a", 0, LposOptions.none().withMaxLen(Long.MIN_VALUE)),
				"ERR MAXLEN can't be negative");
	}

	@Test
	void lpos_optionErrorsComeInArgumentOrder() {
		this.client.rpush("l", "a");
		assertError(() -> this.client.lpos("l", "a", -1, LposOptions.none().withRank(0).withMaxLen(-1)), RANK_ZERO);
		assertError(() -> this.client.lpos("l", "a", -1, LposOptions.none().withMaxLen(-1)),
				"ERR MAXLEN can't be negative");
	}

	@Test
	void lpos_optionErrorsComeBeforeType() {
		this.client.set("s", "v");
		assertError(() -> this.client.lpos("s", "v", LposOptions.none().withRank(0)), RANK_ZERO);
		assertError(() -> this.client.lpos("s", "v", -1, LposOptions.none()), "ERR COUNT can't be negative");
		assertWrongType(() -> this.client.lpos("s", "v"));
		assertWrongType(() -> this.client.lpos("s", "v", 0, LposOptions.none()));
	}

	@Test
	void lpos_minimumRankSearchesFromTailIgnoringCount() {
		// Redis negates the rank in C: Long.MIN_VALUE stays negative, so every match from
		// the tail qualifies and COUNT never stops the scan.
		this.client.rpush("l", "a", "b", "a", "c", "a");
		LposOptions minRank = LposOptions.none().withRank(Long.MIN_VALUE);
		assertThat(this.client.lpos("l", "a", minRank)).isEqualTo(4);
		assertThat(this.client.lpos("l", "a", 2, minRank)).containsExactly(4L, 2L, 0L);
		assertThat(this.client.lpos("l", "a", 0, minRank.withMaxLen(3))).containsExactly(4L, 2L);
		assertThat(this.client.lpos("l", "a", 0, LposOptions.none().withRank(-Long.MAX_VALUE))).isEmpty();
	}

	@Test
	void lpos_nullsRejected() {
		this.client.rpush("l", "a");
		assertThatNullPointerException().isThrownBy(() -> this.client.lpos("l", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.lpos("l", "a", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.lpos("l", "a", 0, null));
		assertThatNullPointerException().isThrownBy(() -> this.client.lpos(null, "a", 0, LposOptions.none()));
	}

	// LMOVE, RPOPLPUSH

	@Test
	void lmove_allFourSides() {
		this.client.rpush("s", "1", "2", "3", "4");
		this.client.rpush("d", "x");
		assertThat(this.client.lmove("s", "d", ListSide.LEFT, ListSide.LEFT)).isEqualTo("1");
		assertThat(this.client.lmove("s", "d", ListSide.LEFT, ListSide.RIGHT)).isEqualTo("2");
		assertThat(this.client.lmove("s", "d", ListSide.RIGHT, ListSide.LEFT)).isEqualTo("4");
		assertThat(this.client.lmove("s", "d", ListSide.RIGHT, ListSide.RIGHT)).isEqualTo("3");
		assertThat(this.client.lrange("d", 0, -1)).containsExactly("4", "1", "x", "2", "3");
		assertThat(this.client.exists("s")).isZero();
	}

	@Test
	void lmove_missingSourceIsNullAndCreatesNothing() {
		assertThat(this.client.lmove("s", "d", ListSide.LEFT, ListSide.RIGHT)).isNull();
		assertThat(this.client.rpoplpush("s", "d")).isNull();
		assertThat(this.client.exists("s", "d")).isZero();
	}

	@Test
	void lmove_missingSourceWithWrongTypeDestinationIsNull() {
		this.client.set("d", "v");
		assertThat(this.client.lmove("s", "d", ListSide.LEFT, ListSide.RIGHT)).isNull();
		assertThat(this.client.get("d")).isEqualTo("v");
	}

	@Test
	void lmove_createsDestination() {
		this.client.rpush("s", "a", "b");
		assertThat(this.client.lmove("s", "d", ListSide.RIGHT, ListSide.LEFT)).isEqualTo("b");
		assertThat(this.client.lrange("d", 0, -1)).containsExactly("b");
		assertThat(this.client.lrange("s", 0, -1)).containsExactly("a");
		assertThat(this.client.ttl("d").expires()).isFalse();
	}

	@Test
	void lmove_wrongTypeDestinationFailsWithoutPopping() {
		this.client.rpush("s", "a");
		this.client.set("d", "v");
		assertWrongType(() -> this.client.lmove("s", "d", ListSide.LEFT, ListSide.LEFT));
		assertWrongType(() -> this.client.rpoplpush("s", "d"));
		assertThat(this.client.lrange("s", 0, -1)).containsExactly("a");
		assertThat(this.client.get("d")).isEqualTo("v");
	}

	@Test
	void lmove_wrongTypeSourceIsWrongType() {
		this.client.set("s", "v");
		assertWrongType(() -> this.client.lmove("s", "d", ListSide.LEFT, ListSide.LEFT));
		assertThat(this.client.exists("d")).isZero();
	}

	@Test
	void lmove_sameKeyRotates() {
		this.client.rpush("l", "a", "b", "c");
		assertThat(this.client.lmove("l", "l", ListSide.LEFT, ListSide.RIGHT)).isEqualTo("a");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("b", "c", "a");
		assertThat(this.client.lmove("l", "l", ListSide.RIGHT, ListSide.LEFT)).isEqualTo("a");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a", "b", "c");
		assertThat(this.client.lmove("l", "l", ListSide.LEFT, ListSide.LEFT)).isEqualTo("a");
		assertThat(this.client.lmove("l", "l", ListSide.RIGHT, ListSide.RIGHT)).isEqualTo("c");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a", "b", "c");
	}

	@Test
	void lmove_sameKeySingleElementStays() {
		this.client.rpush("l", "only");
		this.client.expire("l", Duration.ofSeconds(100));
		assertThat(this.client.lmove("l", "l", ListSide.LEFT, ListSide.RIGHT)).isEqualTo("only");
		assertThat(this.client.rpoplpush("l", "l")).isEqualTo("only");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("only");
		assertExpires("l");
	}

	@Test
	void lmove_keepsExpiryOfBothLists() {
		this.client.rpush("s", "a", "b");
		this.client.rpush("d", "x");
		this.client.expire("s", Duration.ofSeconds(100));
		this.client.expire("d", Duration.ofSeconds(100));
		this.client.lmove("s", "d", ListSide.LEFT, ListSide.LEFT);
		assertExpires("s");
		assertExpires("d");
	}

	@Test
	void lmove_nullsRejectedBeforeAnythingRuns() {
		this.client.rpush("s", "a");
		assertThatNullPointerException().isThrownBy(() -> this.client.lmove(null, "d", ListSide.LEFT, ListSide.LEFT));
		assertThatNullPointerException().isThrownBy(() -> this.client.lmove("s", null, ListSide.LEFT, ListSide.LEFT));
		assertThatNullPointerException().isThrownBy(() -> this.client.lmove("s", "d", null, ListSide.LEFT));
		assertThatNullPointerException().isThrownBy(() -> this.client.lmove("s", "d", ListSide.LEFT, null));
		assertThatNullPointerException().isThrownBy(() -> this.client.rpoplpush("s", null));
		assertThat(this.client.lrange("s", 0, -1)).containsExactly("a");
		assertThat(this.client.exists("d")).isZero();
	}

	@Test
	void rpoplpush_movesTailToHead() {
		this.client.rpush("s", "a", "b", "c");
		this.client.rpush("d", "x");
		assertThat(this.client.rpoplpush("s", "d")).isEqualTo("c");
		assertThat(this.client.rpoplpush("s", "d")).isEqualTo("b");
		assertThat(this.client.lrange("s", 0, -1)).containsExactly("a");
		assertThat(this.client.lrange("d", 0, -1)).containsExactly("b", "c", "x");
	}

	@Test
	void rpoplpush_sameKeyRotates() {
		this.client.rpush("l", "a", "b", "c");
		assertThat(this.client.rpoplpush("l", "l")).isEqualTo("c");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("c", "a", "b");
	}

	@Test
	void rpoplpush_lastElementDeletesSource() {
		this.client.rpush("s", "a");
		assertThat(this.client.rpoplpush("s", "d")).isEqualTo("a");
		assertThat(this.client.exists("s")).isZero();
		assertThat(this.client.lrange("d", 0, -1)).containsExactly("a");
	}

	// LMPOP

	@Test
	void lmpop_popsUpToCountFromTheFirstNonEmptyList() {
		this.client.rpush("b", "1", "2", "3");
		assertThat(this.client.lmpop(ListSide.LEFT, 1, "a", "b")).isEqualTo(new KeyValues("b", List.of("1")));
		assertThat(this.client.lmpop(ListSide.RIGHT, 5, "a", "b")).isEqualTo(new KeyValues("b", List.of("3", "2")));
		assertThat(this.client.exists("b")).isZero();
		assertThat(this.client.lmpop(ListSide.LEFT, 1, "a", "b")).isNull();
	}

	@Test
	void lmpop_wrongTypeBeforeANonEmptyListFails_countIsCheckedFirst() {
		this.client.set("s", "v");
		this.client.rpush("l", "x");
		assertWrongType(() -> this.client.lmpop(ListSide.LEFT, 1, "none", "s", "l"));
		assertThat(this.client.lmpop(ListSide.LEFT, 1, "l", "s")).isEqualTo(new KeyValues("l", List.of("x")));
		assertThatExceptionOfType(io.redipy.CommandException.class)
			.isThrownBy(() -> this.client.lmpop(ListSide.LEFT, 0, "s"))
			.withMessage("ERR count should be greater than 0");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.lmpop(ListSide.LEFT, 1));
	}

}
