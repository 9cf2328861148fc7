package io.redipy.contract;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.redipy.InvalidArgumentException;
import io.redipy.WrongTypeException;
import io.redipy.api.KeyType;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The contract of the set commands, run against every backend.
 */
public abstract class SetContractTests extends ContractTestSupport {

	private static final String WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value";

	private void assertWrongType(Executable command) {
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(command::execute).withMessage(WRONGTYPE);
	}

	private static String[] range(String prefix, int from, int to) {
		String[] members = new String[to - from];
		for (int i = from; i < to; i++) {
			members[i - from] = prefix + i;
		}
		return members;
	}

	private Set<String> scanAll(String key, ScanOptions options) {
		Set<String> seen = new HashSet<>();
		String cursor = ScanPage.START;
		int pages = 0;
		do {
			ScanPage<String> page = this.client.sscan(key, cursor, options);
			seen.addAll(page.items());
			cursor = page.cursor();
			assertThat(++pages).as("pages").isLessThan(10_000);
		}
		while (!ScanPage.START.equals(cursor));
		return seen;
	}

	// SADD, SREM

	@Test
	void sadd_countsNewMembersOnly() {
		assertThat(this.client.sadd("s", "a", "b", "a")).isEqualTo(2);
		assertThat(this.client.sadd("s", "b", "c")).isEqualTo(1);
		assertThat(this.client.smembers("s")).containsExactlyInAnyOrder("a", "b", "c");
		assertThat(this.client.type("s")).isEqualTo(KeyType.SET);
	}

	@Test
	void sadd_integersAndStringsMix() {
		assertThat(this.client.sadd("s", "1", "2", "-3", "01", "1.0")).isEqualTo(5);
		assertThat(this.client.sadd("s", "1")).isZero();
		assertThat(this.client.smembers("s")).containsExactlyInAnyOrder("1", "2", "-3", "01", "1.0");
		assertThat(this.client.sismember("s", "01")).isTrue();
		assertThat(this.client.sismember("s", "3")).isFalse();
	}

	@Test
	void sadd_unicodeMembersRoundTrip() {
		String member = "é\u0000\"'\\\n漢字😀";
		this.client.sadd("множество", member, "");
		assertThat(this.client.smembers("множество")).containsExactlyInAnyOrder(member, "");
		assertThat(this.client.sismember("множество", member)).isTrue();
		assertThat(this.client.sscan("множество", "0", ScanOptions.match("é*")).items()).containsExactly(member);
	}

	@Test
	void sadd_onStringIsWrongTypeAndWritesNothing() {
		this.client.set("str", "v");
		assertWrongType(() -> this.client.sadd("str", "a"));
		assertThat(this.client.get("str")).isEqualTo("v");
	}

	@Test
	void sadd_keepsExpiry() {
		this.client.sadd("s", "a", "b", "c");
		this.client.expire("s", Duration.ofSeconds(100));
		this.client.sadd("s", "d");
		this.client.srem("s", "a");
		this.client.spop("s");
		this.client.smove("s", "other", "b");
		this.client.smove("s", "s", "c");
		assertThat(this.client.ttl("s").remaining()).isBetween(Duration.ofSeconds(99), Duration.ofSeconds(100));
	}

	@Test
	void sadd_nullArgumentsAreRejectedBeforeAnythingRuns() {
		assertThatNullPointerException().isThrownBy(() -> this.client.sadd(null, "a"));
		assertThatNullPointerException().isThrownBy(() -> this.client.sadd("s", "a", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.sadd("s", (String[]) null));
		assertThatNullPointerException().isThrownBy(() -> this.client.smove("s", null, "a"));
		assertThatNullPointerException().isThrownBy(() -> this.client.smove(null, "d", "a"));
		assertThatNullPointerException().isThrownBy(() -> this.client.smove("s", "d", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.sunionstore(null, "s"));
		assertThatNullPointerException().isThrownBy(() -> this.client.sinterstore("d", "s", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.sdiffstore("d", (String[]) null));
		assertThatNullPointerException().isThrownBy(() -> this.client.spop(null, 1));
		assertThat(this.client.exists("s", "d")).isZero();
	}

	@Test
	void sadd_nullReadArgumentsAreRejected() {
		this.client.sadd("s", "a");
		assertThatNullPointerException().isThrownBy(() -> this.client.srem("s", "a", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.sismember("s", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.smismember("s", "a", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.sinter("s", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.sunion((String[]) null));
		assertThatNullPointerException().isThrownBy(() -> this.client.sdiff("s", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.sintercard(0, "s", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.sscan("s", null, ScanOptions.all()));
		assertThatNullPointerException().isThrownBy(() -> this.client.srandmember(null));
		assertThat(this.client.smembers("s")).containsExactly("a");
	}

	@Test
	void sadd_emptyMembersAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.sadd("s"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.sinter());
		assertThat(this.client.exists("s")).isZero();
	}

	@Test
	void srem_countsRemovedMembers() {
		this.client.sadd("s", "a", "b", "c");
		assertThat(this.client.srem("s", "a", "x", "a")).isEqualTo(1);
		assertThat(this.client.smembers("s")).containsExactlyInAnyOrder("b", "c");
		assertThat(this.client.srem("missing", "a")).isZero();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void srem_lastMemberDeletesTheKey() {
		this.client.sadd("s", "a", "b");
		assertThat(this.client.srem("s", "a", "b")).isEqualTo(2);
		assertThat(this.client.exists("s")).isZero();
		assertThat(this.client.type("s")).isEqualTo(KeyType.NONE);
	}

	@Test
	void srem_onStringIsWrongType() {
		this.client.set("str", "v");
		assertWrongType(() -> this.client.srem("str", "v"));
		assertThat(this.client.get("str")).isEqualTo("v");
	}

	// SISMEMBER, SMISMEMBER, SCARD, SMEMBERS

	@Test
	void sismember_missingKeyIsFalse() {
		assertThat(this.client.sismember("missing", "a")).isFalse();
		assertThat(this.client.smismember("missing", "a", "b")).containsExactly(false, false);
		assertThat(this.client.scard("missing")).isZero();
		assertThat(this.client.smembers("missing")).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void smismember_answersInOrder() {
		this.client.sadd("s", "a", "c");
		assertThat(this.client.smismember("s", "c", "b", "a", "c")).containsExactly(true, false, true, true);
	}

	@Test
	void scard_countsMembers() {
		this.client.sadd("s", range("m", 0, 1000));
		assertThat(this.client.scard("s")).isEqualTo(1000);
		assertThat(this.client.smembers("s")).hasSize(1000).containsExactlyInAnyOrder(range("m", 0, 1000));
	}

	@Test
	void smembers_onOtherTypesIsWrongType() {
		this.client.set("str", "v");
		this.client.hset("h", "f", "v");
		for (String key : List.of("str", "h")) {
			assertWrongType(() -> this.client.smembers(key));
			assertWrongType(() -> this.client.scard(key));
			assertWrongType(() -> this.client.sismember(key, "a"));
			assertWrongType(() -> this.client.smismember(key, "a"));
		}
	}

	// SPOP

	@Test
	void spop_missingKey() {
		assertThat(this.client.spop("missing")).isNull();
		assertThat(this.client.spop("missing", 3)).isEmpty();
		assertThat(this.client.spop("missing", 0)).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void spop_removesWhatItReturns() {
		this.client.sadd("s", range("m", 0, 20));
		String one = this.client.spop("s");
		assertThat(one).isIn((Object[]) range("m", 0, 20));
		assertThat(this.client.sismember("s", one)).isFalse();
		Set<String> five = this.client.spop("s", 5);
		assertThat(five).hasSize(5).doesNotContain(one);
		assertThat(range("m", 0, 20)).contains(five.toArray(new String[0]));
		assertThat(this.client.scard("s")).isEqualTo(14);
		assertThat(this.client.smismember("s", five.toArray(new String[0]))).containsOnly(false);
		Set<String> union = new HashSet<>(this.client.smembers("s"));
		union.addAll(five);
		union.add(one);
		assertThat(union).containsExactlyInAnyOrder(range("m", 0, 20));
	}

	@Test
	void spop_mostOfALargeSet() {
		String[] all = range("m", 0, 1000);
		this.client.sadd("s", all);
		Set<String> popped = this.client.spop("s", 700);
		assertThat(popped).hasSize(700);
		Set<String> rest = this.client.smembers("s");
		assertThat(rest).hasSize(300).doesNotContainAnyElementsOf(popped);
		Set<String> union = new HashSet<>(rest);
		union.addAll(popped);
		assertThat(union).containsExactlyInAnyOrder(all);
		this.client.sadd("ints", range("", 0, 100));
		Set<String> ints = this.client.spop("ints", 90);
		assertThat(ints).hasSize(90).isSubsetOf(range("", 0, 100));
		assertThat(this.client.scard("ints")).isEqualTo(10);
		assertThat(this.client.smismember("ints", ints.toArray(new String[0]))).containsOnly(false);
	}

	@Test
	void spop_countAtLeastSizeEmptiesAndDeletes() {
		this.client.sadd("s", "a", "b", "c");
		assertThat(this.client.spop("s", 3)).containsExactlyInAnyOrder("a", "b", "c");
		assertThat(this.client.exists("s")).isZero();
		this.client.sadd("t", "a", "b");
		assertThat(this.client.spop("t", Long.MAX_VALUE)).containsExactlyInAnyOrder("a", "b");
		assertThat(this.client.exists("t")).isZero();
		this.client.sadd("u", "x");
		assertThat(this.client.spop("u")).isEqualTo("x");
		assertThat(this.client.exists("u")).isZero();
	}

	@Test
	void spop_zeroCountPopsNothing() {
		this.client.sadd("s", "a");
		assertThat(this.client.spop("s", 0)).isEmpty();
		assertThat(this.client.smembers("s")).containsExactly("a");
	}

	@Test
	void spop_negativeCountIsAnError() {
		this.client.sadd("s", "a");
		this.client.set("str", "v");
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.spop("s", -1))
			.withMessage("ERR value is out of range, must be positive");
		// the count is checked before the key
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.spop("str", -1))
			.withMessage("ERR value is out of range, must be positive");
		assertThat(this.client.smembers("s")).containsExactly("a");
	}

	@Test
	void spop_onStringIsWrongType() {
		this.client.set("str", "v");
		assertWrongType(() -> this.client.spop("str"));
		assertWrongType(() -> this.client.spop("str", 0));
		assertWrongType(() -> this.client.spop("str", 2));
		assertThat(this.client.get("str")).isEqualTo("v");
	}

	// SRANDMEMBER

	@Test
	void srandmember_missingKey() {
		assertThat(this.client.srandmember("missing")).isNull();
		assertThat(this.client.srandmember("missing", 5)).isEmpty();
		assertThat(this.client.srandmember("missing", -5)).isEmpty();
		assertThat(this.client.srandmember("missing", 0)).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void srandmember_withoutCountPicksAMember() {
		this.client.sadd("s", "a", "b", "c");
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String member = this.client.srandmember("s");
			assertThat(member).isIn("a", "b", "c");
			seen.add(member);
		}
		assertThat(seen).hasSizeGreaterThan(1);
		assertThat(this.client.scard("s")).isEqualTo(3);
	}

	@Test
	void srandmember_positiveCountGivesDistinctMembers() {
		String[] all = range("m", 0, 100);
		this.client.sadd("s", all);
		for (long count : new long[] { 1, 10, 40, 99 }) {
			List<String> picked = this.client.srandmember("s", count);
			assertThat(picked).as("count %d", count).hasSize((int) count).doesNotHaveDuplicates();
			assertThat(all).contains(picked.toArray(new String[0]));
		}
		assertThat(this.client.srandmember("s", 100)).containsExactlyInAnyOrder(all);
		assertThat(this.client.srandmember("s", 1000)).containsExactlyInAnyOrder(all);
		assertThat(this.client.srandmember("s", Long.MAX_VALUE)).containsExactlyInAnyOrder(all);
		assertThat(this.client.scard("s")).isEqualTo(100);
	}

	@Test
	void srandmember_negativeCountAllowsRepeats() {
		this.client.sadd("s", "a", "b");
		List<String> picked = this.client.srandmember("s", -100);
		assertThat(picked).hasSize(100).containsOnly("a", "b");
		assertThat(new HashSet<>(picked)).hasSize(2);
		this.client.sadd("one", "x");
		assertThat(this.client.srandmember("one", -3)).containsExactly("x", "x", "x");
		assertThat(this.client.srandmember("one", -1)).containsExactly("x");
	}

	@Test
	void srandmember_integerSet() {
		this.client.sadd("s", "1", "2", "3");
		assertThat(this.client.srandmember("s", 2)).hasSize(2).doesNotHaveDuplicates().isSubsetOf("1", "2", "3");
		assertThat(this.client.srandmember("s", -7)).hasSize(7).isSubsetOf("1", "2", "3");
	}

	@Test
	void srandmember_zeroCountIsEmpty() {
		this.client.sadd("s", "a");
		assertThat(this.client.srandmember("s", 0)).isEmpty();
	}

	@Test
	void srandmember_countOutOfRange() {
		this.client.sadd("s", "a");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.srandmember("s", Long.MIN_VALUE))
			.withMessage("ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
	}

	@Test
	void srandmember_onStringIsWrongType() {
		this.client.set("str", "v");
		assertWrongType(() -> this.client.srandmember("str"));
		assertWrongType(() -> this.client.srandmember("str", 0));
		assertWrongType(() -> this.client.srandmember("str", -1));
	}

	// SMOVE

	@Test
	void smove_movesAMember() {
		this.client.sadd("src", "a", "b");
		this.client.sadd("dst", "c");
		assertThat(this.client.smove("src", "dst", "a")).isTrue();
		assertThat(this.client.smembers("src")).containsExactly("b");
		assertThat(this.client.smembers("dst")).containsExactlyInAnyOrder("a", "c");
		assertThat(this.client.smove("src", "dst", "x")).isFalse();
		assertThat(this.client.smembers("dst")).containsExactlyInAnyOrder("a", "c");
	}

	@Test
	void smove_createsDestinationAndDeletesEmptySource() {
		this.client.sadd("src", "a");
		assertThat(this.client.smove("src", "dst", "a")).isTrue();
		assertThat(this.client.exists("src")).isZero();
		assertThat(this.client.smembers("dst")).containsExactly("a");
	}

	@Test
	void smove_memberAlreadyInDestination() {
		this.client.sadd("src", "a", "b");
		this.client.sadd("dst", "a");
		assertThat(this.client.smove("src", "dst", "a")).isTrue();
		assertThat(this.client.smembers("src")).containsExactly("b");
		assertThat(this.client.smembers("dst")).containsExactly("a");
	}

	@Test
	void smove_missingSourceIsFalse() {
		assertThat(this.client.smove("missing", "dst", "a")).isFalse();
		assertThat(this.client.exists("missing", "dst")).isZero();
		// Redis answers 0 for a missing source before it checks the destination's type
		this.client.set("str", "v");
		assertThat(this.client.smove("missing", "str", "a")).isFalse();
	}

	@Test
	void smove_missingMemberDoesNotCreateDestination() {
		this.client.sadd("src", "a");
		assertThat(this.client.smove("src", "dst", "x")).isFalse();
		assertThat(this.client.exists("dst")).isZero();
	}

	@Test
	void smove_sameKeyReportsMembership() {
		this.client.sadd("s", "a");
		assertThat(this.client.smove("s", "s", "a")).isTrue();
		assertThat(this.client.smove("s", "s", "x")).isFalse();
		assertThat(this.client.smembers("s")).containsExactly("a");
	}

	@Test
	void smove_wrongTypedDestinationFailsWithoutRemoving() {
		this.client.sadd("src", "a");
		this.client.set("str", "v");
		assertWrongType(() -> this.client.smove("src", "str", "a"));
		assertThat(this.client.smembers("src")).containsExactly("a");
		assertThat(this.client.get("str")).isEqualTo("v");
	}

	@Test
	void smove_wrongTypedSourceIsWrongType() {
		this.client.set("str", "v");
		assertWrongType(() -> this.client.smove("str", "dst", "v"));
		assertThat(this.client.exists("dst")).isZero();
	}

	@Test
	void smove_keepsDestinationExpiry() {
		this.client.sadd("src", "a", "b");
		this.client.sadd("dst", "c");
		this.client.expire("dst", Duration.ofSeconds(100));
		this.client.smove("src", "dst", "a");
		assertThat(this.client.ttl("dst").expires()).isTrue();
	}

	// SINTER, SUNION, SDIFF

	@Test
	void sinter_intersects() {
		this.client.sadd("a", "1", "2", "3", "x");
		this.client.sadd("b", "2", "3", "4", "x");
		this.client.sadd("c", "3", "x", "y");
		assertThat(this.client.sinter("a", "b", "c")).containsExactlyInAnyOrder("3", "x");
		assertThat(this.client.sinter("a", "b")).containsExactlyInAnyOrder("2", "3", "x");
		assertThat(this.client.sinter("a")).containsExactlyInAnyOrder("1", "2", "3", "x");
		assertThat(this.client.sinter("a", "a")).containsExactlyInAnyOrder("1", "2", "3", "x");
	}

	@Test
	void sinter_missingKeyMakesItEmpty() {
		this.client.sadd("a", "1");
		assertThat(this.client.sinter("a", "missing")).isEmpty();
		assertThat(this.client.sinter("missing")).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void sinter_wrongTypeAnywhereIsWrongType() {
		this.client.sadd("a", "1");
		this.client.set("str", "v");
		assertWrongType(() -> this.client.sinter("a", "str"));
		// even after a missing key, which already makes the result empty
		assertWrongType(() -> this.client.sinter("missing", "str"));
		assertWrongType(() -> this.client.sunion("a", "missing", "str"));
		assertWrongType(() -> this.client.sdiff("a", "str"));
		assertWrongType(() -> this.client.sdiff("missing", "str"));
		assertWrongType(() -> this.client.sdiff("str", "a"));
		assertWrongType(() -> this.client.sintercard(0, "missing", "str"));
	}

	@Test
	void sunion_unites() {
		this.client.sadd("a", "1", "2");
		this.client.sadd("b", "2", "3");
		assertThat(this.client.sunion("a", "b", "missing")).containsExactlyInAnyOrder("1", "2", "3");
		assertThat(this.client.sunion("missing")).isEmpty();
		assertThat(this.client.sunion("a")).containsExactlyInAnyOrder("1", "2");
	}

	@Test
	void sdiff_subtracts() {
		this.client.sadd("a", "1", "2", "3", "4");
		this.client.sadd("b", "2");
		this.client.sadd("c", "4", "5");
		assertThat(this.client.sdiff("a", "b", "c")).containsExactlyInAnyOrder("1", "3");
		assertThat(this.client.sdiff("a", "missing")).containsExactlyInAnyOrder("1", "2", "3", "4");
		assertThat(this.client.sdiff("a")).containsExactlyInAnyOrder("1", "2", "3", "4");
		assertThat(this.client.sdiff("missing", "a")).isEmpty();
		assertThat(this.client.sdiff("a", "a")).isEmpty();
		assertThat(this.client.sdiff("b", "a")).isEmpty();
	}

	@Test
	void sdiff_largeSets() {
		this.client.sadd("a", range("m", 0, 500));
		this.client.sadd("b", range("m", 100, 600));
		this.client.sadd("c", range("m", 0, 50));
		Set<String> expected = new HashSet<>(List.of(range("m", 50, 100)));
		assertThat(this.client.sdiff("a", "b", "c")).isEqualTo(expected);
		assertThat(this.client.sinter("a", "b")).isEqualTo(new HashSet<>(List.of(range("m", 100, 500))));
		assertThat(this.client.sunion("a", "b")).hasSize(600);
	}

	// SINTERSTORE, SUNIONSTORE, SDIFFSTORE

	@Test
	void sinterstore_storesTheResult() {
		this.client.sadd("a", "1", "2", "3");
		this.client.sadd("b", "2", "3", "4");
		assertThat(this.client.sinterstore("d", "a", "b")).isEqualTo(2);
		assertThat(this.client.smembers("d")).containsExactlyInAnyOrder("2", "3");
		assertThat(this.client.sunionstore("u", "a", "b")).isEqualTo(4);
		assertThat(this.client.smembers("u")).containsExactlyInAnyOrder("1", "2", "3", "4");
		assertThat(this.client.sdiffstore("f", "a", "b")).isEqualTo(1);
		assertThat(this.client.smembers("f")).containsExactly("1");
	}

	@Test
	void sinterstore_replacesAnyTypeAndDropsExpiry() {
		this.client.sadd("a", "1", "2");
		this.client.set("str", "v");
		this.client.expire("str", Duration.ofSeconds(100));
		this.client.hset("h", "f", "v");
		assertThat(this.client.sunionstore("str", "a")).isEqualTo(2);
		assertThat(this.client.type("str")).isEqualTo(KeyType.SET);
		assertThat(this.client.smembers("str")).containsExactlyInAnyOrder("1", "2");
		assertThat(this.client.ttl("str").expires()).isFalse();
		assertThat(this.client.sinterstore("h", "a")).isEqualTo(2);
		assertThat(this.client.smembers("h")).containsExactlyInAnyOrder("1", "2");
	}

	@Test
	void sinterstore_emptyResultDeletesTheDestination() {
		this.client.sadd("a", "1");
		this.client.sadd("b", "2");
		this.client.set("str", "v");
		this.client.sadd("dst", "old");
		assertThat(this.client.sinterstore("dst", "a", "b")).isZero();
		assertThat(this.client.exists("dst")).isZero();
		assertThat(this.client.sinterstore("str", "a", "missing")).isZero();
		assertThat(this.client.exists("str")).isZero();
		this.client.set("str", "v");
		assertThat(this.client.sdiffstore("str", "a", "a")).isZero();
		assertThat(this.client.exists("str")).isZero();
		this.client.set("str", "v");
		assertThat(this.client.sunionstore("str", "missing")).isZero();
		assertThat(this.client.exists("str")).isZero();
		assertThat(this.client.sunionstore("nothing", "missing")).isZero();
		assertThat(this.client.exists("nothing")).isZero();
	}

	@Test
	void sinterstore_destinationMayBeASource() {
		this.client.sadd("a", "1", "2", "3");
		this.client.sadd("b", "2", "3", "4");
		assertThat(this.client.sinterstore("a", "a", "b")).isEqualTo(2);
		assertThat(this.client.smembers("a")).containsExactlyInAnyOrder("2", "3");
		assertThat(this.client.sunionstore("b", "b", "a")).isEqualTo(3);
		assertThat(this.client.sdiffstore("b", "b", "a")).isEqualTo(1);
		assertThat(this.client.smembers("b")).containsExactly("4");
	}

	@Test
	void sinterstore_wrongTypedSourceFailsAndKeepsDestination() {
		this.client.sadd("a", "1");
		this.client.set("str", "v");
		this.client.sadd("dst", "old");
		assertWrongType(() -> this.client.sinterstore("dst", "a", "str"));
		assertWrongType(() -> this.client.sunionstore("dst", "a", "str"));
		assertWrongType(() -> this.client.sdiffstore("dst", "a", "str"));
		assertWrongType(() -> this.client.sinterstore("dst", "missing", "str"));
		assertThat(this.client.smembers("dst")).containsExactly("old");
	}

	// SINTERCARD

	@Test
	void sintercard_countsTheIntersection() {
		this.client.sadd("a", range("m", 0, 100));
		this.client.sadd("b", range("m", 50, 150));
		assertThat(this.client.sintercard("a", "b")).isEqualTo(50);
		assertThat(this.client.sintercard("a")).isEqualTo(100);
		assertThat(this.client.sintercard("a", "missing")).isZero();
		assertThat(this.client.sintercard("missing")).isZero();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void sintercard_limitStopsCounting() {
		this.client.sadd("a", range("m", 0, 100));
		this.client.sadd("b", range("m", 50, 150));
		assertThat(this.client.sintercard(10, "a", "b")).isEqualTo(10);
		assertThat(this.client.sintercard(1, "a", "b")).isEqualTo(1);
		assertThat(this.client.sintercard(50, "a", "b")).isEqualTo(50);
		assertThat(this.client.sintercard(1000, "a", "b")).isEqualTo(50);
		assertThat(this.client.sintercard(0, "a", "b")).isEqualTo(50);
		assertThat(this.client.sintercard(Long.MAX_VALUE, "a")).isEqualTo(100);
	}

	@Test
	void sintercard_negativeLimitIsAnError() {
		this.client.set("str", "v");
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.sintercard(-1, "a"))
			.withMessage("ERR LIMIT can't be negative");
		// the limit is checked before the keys
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.sintercard(-5, "str"))
			.withMessage("ERR LIMIT can't be negative");
	}

	@Test
	void sintercard_onStringIsWrongType() {
		this.client.sadd("a", "1");
		this.client.set("str", "v");
		assertWrongType(() -> this.client.sintercard(0, "a", "str"));
		assertWrongType(() -> this.client.sintercard(1, "str"));
	}

	// SSCAN

	@Test
	void sscan_missingKeyIsOneEmptyPage() {
		ScanPage<String> page = this.client.sscan("missing", "0", ScanOptions.all());
		assertThat(page.isFinished()).isTrue();
		assertThat(page.items()).isEmpty();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void sscan_smallSetIsReturnedWhole() {
		this.client.sadd("s", "a", "b", "c");
		ScanPage<String> page = this.client.sscan("s", "0", ScanOptions.all());
		assertThat(page.cursor()).isEqualTo("0");
		assertThat(page.items()).containsExactlyInAnyOrder("a", "b", "c");
		this.client.sadd("ints", "3", "1", "2");
		assertThat(this.client.sscan("ints", "0", ScanOptions.all()).items()).containsExactlyInAnyOrder("1", "2", "3");
	}

	@Test
	void sscan_iteratesALargeSet() {
		String[] all = range("member:", 0, 1000);
		this.client.sadd("s", all);
		assertThat(scanAll("s", ScanOptions.all())).containsExactlyInAnyOrder(all);
		assertThat(scanAll("s", ScanOptions.all().withCount(5))).containsExactlyInAnyOrder(all);
		this.client.sadd("ints", range("", 0, 1000));
		assertThat(scanAll("ints", ScanOptions.all())).hasSize(1000);
	}

	@Test
	void sscan_matchFiltersMembers() {
		this.client.sadd("s", range("member:", 0, 1000));
		assertThat(scanAll("s", ScanOptions.match("member:99*"))).containsExactlyInAnyOrder("member:99", "member:990",
				"member:991", "member:992", "member:993", "member:994", "member:995", "member:996", "member:997",
				"member:998", "member:999");
		this.client.sadd("small", "apple", "avocado", "banana", "a*b");
		assertThat(scanAll("small", ScanOptions.match("a*"))).containsExactlyInAnyOrder("apple", "avocado", "a*b");
		assertThat(scanAll("small", ScanOptions.match("a\\*b"))).containsExactly("a*b");
		assertThat(scanAll("small", ScanOptions.match("?anana"))).containsExactly("banana");
		assertThat(scanAll("small", ScanOptions.match("z*"))).isEmpty();
	}

	@Test
	void sscan_otherCursorGivesAPartOfTheSet() {
		this.client.sadd("s", "a", "b", "c");
		ScanPage<String> page = this.client.sscan("s", "17", ScanOptions.all());
		assertThat(page.items()).isSubsetOf("a", "b", "c").doesNotHaveDuplicates();
		assertThat(Long.parseUnsignedLong(page.cursor())).isNotNegative();
	}

	@Test
	void sscan_invalidCursorIsAnError() {
		this.client.sadd("s", "a");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.sscan("s", "abc", ScanOptions.all()))
			.withMessage("ERR invalid cursor");
	}

	@Test
	void sscan_onStringIsWrongType() {
		this.client.set("str", "v");
		assertWrongType(() -> this.client.sscan("str", "0", ScanOptions.all()));
	}

	@Test
	void sscan_typeOptionIsRejected() {
		this.client.sadd("s", "a");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.sscan("s", "0", ScanOptions.all().withType(KeyType.SET)));
	}

	// across commands

	@Test
	void set_expiredSetIsGone() {
		this.client.sadd("s", "a");
		this.client.pexpire("s", Duration.ofMillis(30));
		advance(Duration.ofMillis(60));
		assertThat(this.client.smembers("s")).isEmpty();
		assertThat(this.client.sadd("s", "b")).isEqualTo(1);
		assertThat(this.client.smembers("s")).containsExactly("b");
		assertThat(this.client.ttl("s").expires()).isFalse();
	}

}
