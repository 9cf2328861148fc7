package io.redipy.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.redipy.InvalidArgumentException;
import io.redipy.NotANumberException;
import io.redipy.WrongTypeException;
import io.redipy.api.KeyType;
import io.redipy.api.KeyedScoredMembers;
import io.redipy.api.LexBound;
import io.redipy.api.LexRange;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.api.ScoreBound;
import io.redipy.api.ScoreRange;
import io.redipy.api.ScoreSide;
import io.redipy.api.ScoredMember;
import io.redipy.api.ZAddOptions;
import io.redipy.api.ZRange;
import io.redipy.api.ZStoreOptions.Aggregate;
import io.redipy.api.ZStoreOptions;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The contract of the sorted-set commands, run against every backend.
 */
public abstract class SortedSetContractTests extends ContractTestSupport {

	private static ScoredMember sm(String member, double score) {
		return ScoredMember.of(member, score);
	}

	/** Fills {@code z} with a=1, b=2, c=3, d=4, e=5. */
	private void abcde() {
		this.client.zadd("z", List.of(sm("a", 1), sm("b", 2), sm("c", 3), sm("d", 4), sm("e", 5)));
	}

	/** Fills {@code lex} with a..g, all scored 0. */
	private void lex() {
		List<ScoredMember> members = new ArrayList<>();
		for (String m : List.of("a", "b", "c", "d", "e", "f", "g")) {
			members.add(sm(m, 0));
		}
		this.client.zadd("lex", members);
	}

	private static void assertBits(Double actual, double expected) {
		assertThat(actual).isNotNull();
		assertThat(Double.doubleToRawLongBits(actual)).as("%s is %s", actual, expected)
			.isEqualTo(Double.doubleToRawLongBits(expected));
	}

	private void wrongType(Executable call) {
		this.client.set("s", "v");
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(call::execute)
			.withMessageStartingWith("WRONGTYPE");
		assertThat(this.client.get("s")).isEqualTo("v");
	}

	private void sadd(String key, String... members) {
		this.client.sadd(key, members);
	}

	// ZADD

	@Test
	void zadd_countsNewMembersAndStoresScores() {
		assertThat(this.client.zadd("z", 1.5, "a")).isEqualTo(1);
		assertThat(this.client.zadd("z", List.of(sm("a", 2), sm("b", 3), sm("c", -1)))).isEqualTo(2);
		assertThat(this.client.zscore("z", "a")).isEqualTo(2.0);
		assertThat(this.client.zrangeWithScores("z", ZRange.byRank(0, -1))).containsExactly(sm("c", -1), sm("a", 2),
				sm("b", 3));
		assertThat(this.client.type("z")).isEqualTo(KeyType.ZSET);
	}

	@Test
	void zadd_sameScoreChangesNothing() {
		this.client.zadd("z", 1, "a");
		assertThat(this.client.zadd("z", ZAddOptions.none().ch(), List.of(sm("a", 1)))).isZero();
	}

	@Test
	void zadd_chCountsChangedMembersToo() {
		abcde();
		long changed = this.client.zadd("z", ZAddOptions.none().ch(),
				List.of(sm("a", 1), sm("b", 20), sm("c", 30), sm("x", 1)));
		assertThat(changed).isEqualTo(3);
		assertThat(this.client.zscore("z", "c")).isEqualTo(30.0);
	}

	@Test
	void zadd_nxOnlyAddsNewMembers() {
		this.client.zadd("z", 1, "a");
		assertThat(this.client.zadd("z", ZAddOptions.none().nx().ch(), List.of(sm("a", 5), sm("b", 2)))).isEqualTo(1);
		assertThat(this.client.zmscore("z", "a", "b")).containsExactly(1.0, 2.0);
	}

	@Test
	void zadd_xxOnlyUpdatesExistingMembers() {
		this.client.zadd("z", 1, "a");
		assertThat(this.client.zadd("z", ZAddOptions.none().xx(), List.of(sm("a", 5), sm("b", 2)))).isZero();
		assertThat(this.client.zadd("z", ZAddOptions.none().xx().ch(), List.of(sm("a", 6), sm("b", 2)))).isEqualTo(1);
		assertThat(this.client.zmscore("z", "a", "b")).containsExactly(6.0, null);
	}

	@Test
	void zadd_xxOnMissingKeyCreatesNothing() {
		assertThat(this.client.zadd("z", ZAddOptions.none().xx().ch(), List.of(sm("a", 1)))).isZero();
		assertThat(this.client.exists("z")).isZero();
	}

	@Test
	void zadd_gtOnlyRaisesScoresButAddsNewMembers() {
		this.client.zadd("z", List.of(sm("a", 5), sm("b", 5)));
		long changed = this.client.zadd("z", ZAddOptions.none().gt().ch(), List.of(sm("a", 4), sm("b", 6), sm("c", 1)));
		assertThat(changed).isEqualTo(2);
		assertThat(this.client.zmscore("z", "a", "b", "c")).containsExactly(5.0, 6.0, 1.0);
	}

	@Test
	void zadd_ltOnlyLowersScores() {
		this.client.zadd("z", List.of(sm("a", 5), sm("b", 5)));
		long changed = this.client.zadd("z", ZAddOptions.none().lt().ch(), List.of(sm("a", 4), sm("b", 6)));
		assertThat(changed).isEqualTo(1);
		assertThat(this.client.zmscore("z", "a", "b")).containsExactly(4.0, 5.0);
	}

	@Test
	void zadd_xxWithGtUpdatesOnlyExistingUpwards() {
		this.client.zadd("z", 5, "a");
		long changed = this.client.zadd("z", ZAddOptions.none().xx().gt().ch(), List.of(sm("a", 7), sm("b", 9)));
		assertThat(changed).isEqualTo(1);
		assertThat(this.client.zmscore("z", "a", "b")).containsExactly(7.0, null);
		assertThat(this.client.zadd("z", ZAddOptions.none().xx().lt(), List.of(sm("a", 8)))).isZero();
		assertThat(this.client.zscore("z", "a")).isEqualTo(7.0);
	}

	@Test
	void zadd_nxWithGtOrLtIsAnErrorAndWritesNothing() {
		for (ZAddOptions options : List.of(ZAddOptions.none().nx().gt(), ZAddOptions.none().nx().lt())) {
			assertThatExceptionOfType(InvalidArgumentException.class)
				.isThrownBy(() -> this.client.zadd("z", options, List.of(sm("a", 1))))
				.withMessage("ERR GT, LT, and/or NX options at the same time are not compatible");
			assertThatExceptionOfType(InvalidArgumentException.class)
				.isThrownBy(() -> this.client.zaddIncr("z", options, 1, "a"))
				.withMessage("ERR GT, LT, and/or NX options at the same time are not compatible");
		}
		assertThat(this.client.exists("z")).isZero();
	}

	@Test
	void zadd_optionErrorComesBeforeTypeCheck() {
		this.client.set("s", "v");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.zadd("s", ZAddOptions.none().nx().gt(), List.of(sm("a", 1))));
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.zadd("s", Double.NaN, "a"))
			.withMessage("ERR value is not a valid float");
	}

	@Test
	void zadd_nanScoreIsAnErrorAndWritesNothing() {
		this.client.zadd("z", 1, "a");
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.zadd("z", List.of(sm("a", 2), sm("b", Double.NaN))))
			.withMessage("ERR value is not a valid float");
		assertThat(this.client.zrangeWithScores("z", ZRange.byRank(0, -1))).containsExactly(sm("a", 1));
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.zadd("n", Double.NaN, "a"));
		assertThat(this.client.exists("n")).isZero();
	}

	@Test
	void zadd_sameMemberTwiceInOneCallKeepsTheLastScore() {
		assertThat(this.client.zadd("z", List.of(sm("a", 1), sm("a", 2)))).isEqualTo(1);
		assertThat(this.client.zscore("z", "a")).isEqualTo(2.0);
		assertThat(this.client.zadd("z", ZAddOptions.none().ch(), List.of(sm("b", 1), sm("b", 3)))).isEqualTo(2);
	}

	@Test
	void zadd_infiniteAndExtremeScoresRoundTrip() {
		double[] scores = { Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1e-300, Double.MIN_VALUE, 0.1, 1e15 + 0.5,
				9007199254740993.0, 1e300, Double.POSITIVE_INFINITY };
		for (int i = 0; i < scores.length; i++) {
			this.client.zadd("z", scores[i], "m" + i);
		}
		List<ScoredMember> all = this.client.zrangeWithScores("z", ZRange.byRank(0, -1));
		assertThat(all).hasSize(scores.length);
		for (int i = 0; i < scores.length; i++) {
			assertThat(all.get(i)).isEqualTo(sm("m" + i, scores[i]));
			assertThat(this.client.zscore("z", "m" + i)).isEqualTo(scores[i]);
		}
	}

	@Test
	void zadd_equalScoresAreOrderedByMemberBytes() {
		List<String> members = List.of("b", "a", "B", "ab", "", "é", "😀", "\uFFFD", "z", "A1", "10", "9");
		List<ScoredMember> scored = new ArrayList<>();
		members.forEach((m) -> scored.add(sm(m, 7)));
		this.client.zadd("z", scored);
		assertThat(this.client.zrange("z", 0, -1)).containsExactly("", "10", "9", "A1", "B", "a", "ab", "b", "z", "é",
				"\uFFFD", "😀");
	}

	@Test
	void zadd_unicodeMembersRoundTrip() {
		this.client.zadd("ключ", List.of(sm("漢字", 1), sm("😀", 2), sm("é\u0000x", 3)));
		assertThat(this.client.zrange("ключ", 0, -1)).containsExactly("漢字", "😀", "é\u0000x");
		assertThat(this.client.zscore("ключ", "😀")).isEqualTo(2.0);
		assertThat(this.client.zrank("ключ", "é\u0000x")).isEqualTo(2);
	}

	@Test
	void zadd_negativeZeroIsStoredAsZeroInSmallSets() {
		this.client.zadd("z", -0.0, "a");
		assertBits(this.client.zscore("z", "a"), 0.0);
		assertBits(this.client.zrangeWithScores("z", ZRange.byRank(0, -1)).get(0).score(), 0.0);
	}

	@Test
	void zadd_negativeZeroIsKeptInLargeSets() {
		List<ScoredMember> members = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			members.add(sm("m" + i, i + 1));
		}
		this.client.zadd("z", members);
		this.client.zadd("z", -0.0, "neg");
		assertBits(this.client.zscore("z", "neg"), -0.0);
		this.client.zadd("z", 0.0, "neg");
		assertBits(this.client.zscore("z", "neg"), -0.0);
		assertThat(this.client.zrank("z", "neg")).isZero();
	}

	@Test
	void zadd_longFirstMemberSkipsTheCompactEncoding() {
		String longMember = "x".repeat(65);
		this.client.zadd("z", List.of(sm(longMember, -0.0), sm("a", -0.0)));
		assertBits(this.client.zscore("z", longMember), -0.0);
		assertBits(this.client.zscore("z", "a"), -0.0);
		this.client.zadd("y", List.of(sm("a", -0.0), sm(longMember, -0.0)));
		assertBits(this.client.zscore("y", "a"), 0.0);
		assertBits(this.client.zscore("y", longMember), -0.0);
	}

	@Test
	void zadd_onStringIsWrongType() {
		wrongType(() -> this.client.zadd("s", 1, "a"));
	}

	@Test
	void zadd_emptyMembersAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.zadd("z", List.of()));
		assertThat(this.client.exists("z")).isZero();
	}

	// ZADD INCR, ZINCRBY

	@Test
	void zaddIncr_addsToScoreAndCreatesMembers() {
		assertThat(this.client.zaddIncr("z", ZAddOptions.none(), 2.5, "a")).isEqualTo(2.5);
		assertThat(this.client.zaddIncr("z", ZAddOptions.none().ch(), 1, "a")).isEqualTo(3.5);
		assertThat(this.client.zscore("z", "a")).isEqualTo(3.5);
	}

	@Test
	void zaddIncr_conditionsThatStopItReturnNull() {
		this.client.zadd("z", 5, "a");
		assertThat(this.client.zaddIncr("z", ZAddOptions.none().nx(), 1, "a")).isNull();
		assertThat(this.client.zaddIncr("z", ZAddOptions.none().xx(), 1, "b")).isNull();
		assertThat(this.client.zaddIncr("z", ZAddOptions.none().gt(), -1, "a")).isNull();
		assertThat(this.client.zaddIncr("z", ZAddOptions.none().lt(), 1, "a")).isNull();
		assertThat(this.client.zaddIncr("z", ZAddOptions.none().gt(), 0, "a")).isNull();
		assertThat(this.client.zscore("z", "a")).isEqualTo(5.0);
		assertThat(this.client.zaddIncr("z", ZAddOptions.none().xx().gt(), 2, "a")).isEqualTo(7.0);
		assertThat(this.client.zaddIncr("z", ZAddOptions.none().lt(), -3, "a")).isEqualTo(4.0);
		assertThat(this.client.zaddIncr("z", ZAddOptions.none().nx(), -3, "b")).isEqualTo(-3.0);
		assertThat(this.client.zaddIncr("z", ZAddOptions.none().gt(), 10, "c")).isEqualTo(10.0);
		assertThat(this.client.zaddIncr("m", ZAddOptions.none().xx(), 1, "a")).isNull();
		assertThat(this.client.exists("m")).isZero();
	}

	@Test
	void zaddIncr_nanResultIsAnErrorAndChangesNothing() {
		this.client.zadd("z", Double.POSITIVE_INFINITY, "a");
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.zaddIncr("z", ZAddOptions.none(), Double.NEGATIVE_INFINITY, "a"))
			.withMessage("ERR resulting score is not a number (NaN)");
		assertThat(this.client.zscore("z", "a")).isEqualTo(Double.POSITIVE_INFINITY);
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.zaddIncr("z", ZAddOptions.none(), Double.NaN, "a"))
			.withMessage("ERR value is not a valid float");
	}

	@Test
	void zincrby_newMemberStartsAtZero() {
		assertThat(this.client.zincrby("z", 3, "a")).isEqualTo(3.0);
		assertThat(this.client.zincrby("z", -1.5, "a")).isEqualTo(1.5);
		assertThat(this.client.zincrby("z", Double.POSITIVE_INFINITY, "a")).isEqualTo(Double.POSITIVE_INFINITY);
		assertThat(this.client.zincrby("z", 1, "a")).isEqualTo(Double.POSITIVE_INFINITY);
		assertThat(this.client.zrangeWithScores("z", ZRange.byRank(0, -1)))
			.containsExactly(sm("a", Double.POSITIVE_INFINITY));
	}

	@Test
	void zincrby_nanIsAnErrorAndChangesNothing() {
		this.client.zadd("z", Double.NEGATIVE_INFINITY, "a");
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.zincrby("z", Double.POSITIVE_INFINITY, "a"))
			.withMessage("ERR resulting score is not a number (NaN)");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.zincrby("z", Double.NaN, "b"))
			.withMessage("ERR value is not a valid float");
		assertThat(this.client.zrangeWithScores("z", ZRange.byRank(0, -1)))
			.containsExactly(sm("a", Double.NEGATIVE_INFINITY));
	}

	@Test
	void zincrby_negativeZeroRepliesAsComputedButSmallSetsStoreZero() {
		assertBits(this.client.zincrby("z", -0.0, "a"), -0.0);
		assertBits(this.client.zscore("z", "a"), 0.0);
		assertBits(this.client.zincrby("z", -0.0, "a"), 0.0);
	}

	@Test
	void zincrby_onStringIsWrongType() {
		wrongType(() -> this.client.zincrby("s", 1, "a"));
	}

	// ZREM

	@Test
	void zrem_countsRemovedMembers() {
		abcde();
		assertThat(this.client.zrem("z", "a", "x", "c", "a")).isEqualTo(2);
		assertThat(this.client.zrange("z", 0, -1)).containsExactly("b", "d", "e");
	}

	@Test
	void zrem_lastMemberDeletesTheKey() {
		this.client.zadd("z", 1, "a");
		assertThat(this.client.zrem("z", "a", "b")).isEqualTo(1);
		assertThat(this.client.exists("z")).isZero();
	}

	@Test
	void zrem_missingKeyIsZero() {
		assertThat(this.client.zrem("z", "a")).isZero();
		assertThat(this.client.exists("z")).isZero();
	}

	@Test
	void zrem_onStringIsWrongType() {
		wrongType(() -> this.client.zrem("s", "a"));
	}

	// ZSCORE, ZMSCORE, ZCARD

	@Test
	void zscore_missingKeyOrMemberIsNull() {
		assertThat(this.client.zscore("z", "a")).isNull();
		this.client.zadd("z", 1, "a");
		assertThat(this.client.zscore("z", "b")).isNull();
	}

	@Test
	void zscore_onStringIsWrongType() {
		wrongType(() -> this.client.zscore("s", "a"));
	}

	@Test
	void zmscore_givesOneScoreOrNullPerMember() {
		assertThat(this.client.zmscore("z", "a", "b")).containsExactly(null, null);
		abcde();
		assertThat(this.client.zmscore("z", "e", "x", "a", "e")).containsExactly(5.0, null, 1.0, 5.0);
	}

	@Test
	void zmscore_onStringIsWrongType() {
		wrongType(() -> this.client.zmscore("s", "a"));
	}

	@Test
	void zcard_countsMembers() {
		assertThat(this.client.zcard("z")).isZero();
		abcde();
		assertThat(this.client.zcard("z")).isEqualTo(5);
	}

	@Test
	void zcard_onStringIsWrongType() {
		wrongType(() -> this.client.zcard("s"));
	}

	// ZCOUNT, ZLEXCOUNT

	@Test
	void zcount_inclusiveExclusiveAndInfiniteBounds() {
		abcde();
		this.client.zadd("z", List.of(sm("ninf", Double.NEGATIVE_INFINITY), sm("pinf", Double.POSITIVE_INFINITY)));
		assertThat(this.client.zcount("z", ScoreRange.all())).isEqualTo(7);
		assertThat(this.client.zcount("z", ScoreRange.closed(2, 4))).isEqualTo(3);
		assertThat(this.client.zcount("z", ScoreRange.open(2, 4))).isEqualTo(1);
		assertThat(this.client.zcount("z", new ScoreRange(ScoreBound.exclusive(2), ScoreBound.inclusive(4))))
			.isEqualTo(2);
		assertThat(this.client.zcount("z", new ScoreRange(ScoreBound.exclusive(Double.NEGATIVE_INFINITY),
				ScoreBound.exclusive(Double.POSITIVE_INFINITY))))
			.isEqualTo(5);
		assertThat(this.client.zcount("z", ScoreRange.closed(3, 3))).isEqualTo(1);
		assertThat(this.client.zcount("z", ScoreRange.closed(2.5, 2.6))).isZero();
		assertThat(this.client.zcount("z", ScoreRange.closed(100, 200))).isZero();
	}

	@Test
	void zcount_emptyRangesCountNothing() {
		abcde();
		assertThat(this.client.zcount("z", ScoreRange.closed(4, 2))).isZero();
		assertThat(this.client.zcount("z", new ScoreRange(ScoreBound.exclusive(3), ScoreBound.inclusive(3)))).isZero();
		assertThat(this.client.zcount("z", ScoreRange.open(3, 3))).isZero();
		assertThat(this.client.zcount("missing", ScoreRange.all())).isZero();
	}

	@Test
	void zcount_onStringIsWrongType() {
		wrongType(() -> this.client.zcount("s", ScoreRange.all()));
	}

	@Test
	void zlexcount_boundsAndInfinities() {
		lex();
		assertThat(this.client.zlexcount("lex", LexRange.all())).isEqualTo(7);
		assertThat(this.client.zlexcount("lex", LexRange.closed("b", "d"))).isEqualTo(3);
		assertThat(this.client.zlexcount("lex", new LexRange(LexBound.exclusive("b"), LexBound.exclusive("d"))))
			.isEqualTo(1);
		assertThat(this.client.zlexcount("lex", new LexRange(LexBound.MIN, LexBound.exclusive("c")))).isEqualTo(2);
		assertThat(this.client.zlexcount("lex", new LexRange(LexBound.inclusive("e"), LexBound.MAX))).isEqualTo(3);
		assertThat(this.client.zlexcount("lex", LexRange.closed("bb", "dd"))).isEqualTo(2);
		assertThat(this.client.zlexcount("lex", LexRange.closed("", "a"))).isEqualTo(1);
	}

	@Test
	void zlexcount_emptyRangesCountNothing() {
		lex();
		assertThat(this.client.zlexcount("lex", LexRange.closed("d", "b"))).isZero();
		assertThat(this.client.zlexcount("lex", new LexRange(LexBound.exclusive("c"), LexBound.inclusive("c"))))
			.isZero();
		assertThat(this.client.zlexcount("lex", new LexRange(LexBound.MAX, LexBound.MAX))).isZero();
		assertThat(this.client.zlexcount("lex", new LexRange(LexBound.MIN, LexBound.MIN))).isZero();
		assertThat(this.client.zlexcount("lex", new LexRange(LexBound.MAX, LexBound.MIN))).isZero();
		assertThat(this.client.zlexcount("lex", new LexRange(LexBound.inclusive("c"), LexBound.MIN))).isZero();
		assertThat(this.client.zlexcount("lex", new LexRange(LexBound.MAX, LexBound.inclusive("c")))).isZero();
		assertThat(this.client.zlexcount("lex", LexRange.closed("x", "z"))).isZero();
		assertThat(this.client.zlexcount("missing", LexRange.all())).isZero();
	}

	@Test
	void zlexcount_onStringIsWrongType() {
		wrongType(() -> this.client.zlexcount("s", LexRange.all()));
	}

	// ZRANGE

	@Test
	void zrange_byRankWithNegativeIndexes() {
		abcde();
		assertThat(this.client.zrange("z", 0, -1)).containsExactly("a", "b", "c", "d", "e");
		assertThat(this.client.zrange("z", 1, 2)).containsExactly("b", "c");
		assertThat(this.client.zrange("z", -2, -1)).containsExactly("d", "e");
		assertThat(this.client.zrange("z", -100, 1)).containsExactly("a", "b");
		assertThat(this.client.zrange("z", 3, 100)).containsExactly("d", "e");
		assertThat(this.client.zrange("z", 0, 0)).containsExactly("a");
	}

	@Test
	void zrange_byRankOutOfRangeIsEmpty() {
		abcde();
		assertThat(this.client.zrange("z", 3, 2)).isEmpty();
		assertThat(this.client.zrange("z", 5, 10)).isEmpty();
		assertThat(this.client.zrange("z", -1, -2)).isEmpty();
		assertThat(this.client.zrange("z", 0, -6)).isEmpty();
		assertThat(this.client.zrange("z", Long.MIN_VALUE, Long.MAX_VALUE)).hasSize(5);
		assertThat(this.client.zrange("z", Long.MAX_VALUE, Long.MIN_VALUE)).isEmpty();
	}

	@Test
	void zrange_revByRank() {
		abcde();
		ZRange range = ZRange.byRank(0, 1).reversed();
		assertThat(this.client.zrange("z", range)).containsExactly("e", "d");
		assertThat(this.client.zrange("z", ZRange.byRank(-2, -1).reversed())).containsExactly("b", "a");
		assertThat(this.client.zrangeWithScores("z", ZRange.byRank(1, 1).reversed())).containsExactly(sm("d", 4));
	}

	@Test
	void zrange_byScoreWithBounds() {
		abcde();
		assertThat(this.client.zrange("z", ZRange.byScore(ScoreRange.closed(2, 4)))).containsExactly("b", "c", "d");
		assertThat(this.client.zrange("z", ZRange.byScore(ScoreRange.open(2, 4)))).containsExactly("c");
		assertThat(this.client.zrange("z",
				ZRange.byScore(new ScoreRange(ScoreBound.NEGATIVE_INFINITY, ScoreBound.exclusive(3)))))
			.containsExactly("a", "b");
		assertThat(this.client.zrangeWithScores("z", ZRange.byScore(ScoreRange.closed(4.5, 100))))
			.containsExactly(sm("e", 5));
		assertThat(this.client.zrange("z", ZRange.byScore(ScoreRange.closed(4, 2)))).isEmpty();
	}

	@Test
	void zrange_byScoreRevAndLimit() {
		abcde();
		ZRange rev = ZRange.byScore(ScoreRange.closed(2, 5)).reversed();
		assertThat(this.client.zrange("z", rev)).containsExactly("e", "d", "c", "b");
		assertThat(this.client.zrange("z", rev.limit(1, 2))).containsExactly("d", "c");
		assertThat(this.client.zrange("z", rev.limit(3, 5))).containsExactly("b");
		assertThat(this.client.zrange("z", rev.limit(0, -1))).containsExactly("e", "d", "c", "b");
		assertThat(this.client.zrange("z", ZRange.byScore(ScoreRange.all()).limit(1, 2))).containsExactly("b", "c");
		assertThat(this.client.zrange("z", ZRange.byScore(ScoreRange.all()).limit(2, -5))).containsExactly("c", "d",
				"e");
	}

	@Test
	void zrange_limitEdgeCases() {
		abcde();
		ZRange all = ZRange.byScore(ScoreRange.all());
		assertThat(this.client.zrange("z", all.limit(0, 0))).isEmpty();
		assertThat(this.client.zrange("z", all.limit(5, 1))).isEmpty();
		assertThat(this.client.zrange("z", all.limit(-1, 2))).isEmpty();
		assertThat(this.client.zrange("z", all.reversed().limit(-1, 2))).isEmpty();
		assertThat(this.client.zrange("z", all.limit(Long.MAX_VALUE, 2))).isEmpty();
		this.lex();
		ZRange lexAll = ZRange.byLex(LexRange.all());
		assertThat(this.client.zrange("lex", lexAll.limit(-3, 2))).isEmpty();
		assertThat(this.client.zrange("lex", lexAll.limit(6, 10))).containsExactly("g");
		assertThat(this.client.zrange("lex", lexAll.limit(1, 0))).isEmpty();
	}

	@Test
	void zrange_byLexRevAndLimit() {
		lex();
		ZRange range = ZRange.byLex(new LexRange(LexBound.inclusive("b"), LexBound.exclusive("f")));
		assertThat(this.client.zrange("lex", range)).containsExactly("b", "c", "d", "e");
		assertThat(this.client.zrange("lex", range.reversed())).containsExactly("e", "d", "c", "b");
		assertThat(this.client.zrange("lex", range.reversed().limit(1, 2))).containsExactly("d", "c");
		assertThat(this.client.zrange("lex", range.limit(3, -1))).containsExactly("e");
		assertThat(this.client.zrange("lex", ZRange.byLex(new LexRange(LexBound.MIN, LexBound.inclusive("b")))))
			.containsExactly("a", "b");
		assertThat(this.client.zrange("lex", ZRange.byLex(new LexRange(LexBound.MAX, LexBound.MIN)))).isEmpty();
	}

	@Test
	void zrange_byLexOnMixedScoresWalksTheSmallSetInOrder() {
		this.client.zadd("z", List.of(sm("c", 0), sm("a", 1), sm("d", 2), sm("b", 3)));
		assertThat(this.client.zrange("z", ZRange.byLex(LexRange.closed("a", "c")))).containsExactly("c", "a");
		assertThat(this.client.zrange("z", ZRange.byLex(LexRange.closed("b", "c")))).containsExactly("c", "a");
		assertThat(this.client.zrange("z", ZRange.byLex(LexRange.closed("b", "d")).reversed())).containsExactly("b",
				"d");
		assertThat(this.client.zlexcount("z", LexRange.closed("a", "c"))).isEqualTo(2);
		assertThat(this.client.zlexcount("z", LexRange.closed("d", "e"))).isZero();
	}

	@Test
	void zrange_byLexOnALargeSet() {
		List<ScoredMember> members = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			members.add(sm(String.format("m%03d", i), 0));
		}
		this.client.zadd("big", members);
		LexRange range = new LexRange(LexBound.inclusive("m050"), LexBound.exclusive("m060"));
		assertThat(this.client.zlexcount("big", range)).isEqualTo(10);
		assertThat(this.client.zrange("big", ZRange.byLex(range).limit(8, 5))).containsExactly("m058", "m059");
		assertThat(this.client.zrange("big", ZRange.byLex(range).reversed().limit(0, 2))).containsExactly("m059",
				"m058");
		assertThat(this.client.zlexcount("big", new LexRange(LexBound.exclusive("m198"), LexBound.MAX))).isEqualTo(1);
		assertThat(this.client.zlexcount("big", LexRange.closed("n", "z"))).isZero();
		assertThat(this.client.zremrangebylex("big", range)).isEqualTo(10);
		assertThat(this.client.zcard("big")).isEqualTo(190);
		assertThat(this.client.zrange("big", ZRange.byLex(LexRange.closed("m049", "m061")))).containsExactly("m049",
				"m060", "m061");
	}

	@Test
	void zrangeWithScores_byLexIsAnError() {
		lex();
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.zrangeWithScores("lex", ZRange.byLex(LexRange.all())))
			.withMessage("ERR syntax error, WITHSCORES not supported in combination with BYLEX");
		this.client.set("s", "v");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.zrangeWithScores("s", ZRange.byLex(LexRange.all())));
	}

	@Test
	void zrange_missingKeyIsEmpty() {
		assertThat(this.client.zrange("z", 0, -1)).isEmpty();
		assertThat(this.client.zrangeWithScores("z", ZRange.byScore(ScoreRange.all()))).isEmpty();
		assertThat(this.client.zrange("z", ZRange.byLex(LexRange.all()))).isEmpty();
		assertThat(this.client.exists("z")).isZero();
	}

	@Test
	void zrange_onStringIsWrongType() {
		wrongType(() -> this.client.zrange("s", 0, -1));
		wrongType(() -> this.client.zrangeWithScores("s", ZRange.byScore(ScoreRange.all())));
	}

	@Test
	void zrange_equalScoresOrderedByMemberBothWays() {
		this.client.zadd("z", List.of(sm("b", 1), sm("a", 1), sm("c", 1), sm("x", 0)));
		assertThat(this.client.zrange("z", ZRange.byScore(ScoreRange.closed(1, 1)))).containsExactly("a", "b", "c");
		assertThat(this.client.zrange("z", ZRange.byScore(ScoreRange.closed(1, 1)).reversed())).containsExactly("c",
				"b", "a");
	}

	@Test
	void zrange_randomRangesAgreeWithASortedList() {
		java.util.Random random = new java.util.Random(42);
		List<ScoredMember> members = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			members.add(sm("m" + random.nextInt(1000), random.nextInt(50)));
		}
		this.client.zadd("z", members);
		List<ScoredMember> all = this.client.zrangeWithScores("z", ZRange.byRank(0, -1));
		for (int i = 1; i < all.size(); i++) {
			ScoredMember a = all.get(i - 1);
			ScoredMember b = all.get(i);
			assertThat(a.score() < b.score() || (a.score() == b.score() && a.member().compareTo(b.member()) < 0))
				.isTrue();
		}
		for (int k = 0; k < 30; k++) {
			double min = random.nextInt(50);
			double max = min + random.nextInt(10);
			List<ScoredMember> expected = all.stream().filter((m) -> m.score() >= min && m.score() <= max).toList();
			assertThat(this.client.zrangeWithScores("z", ZRange.byScore(ScoreRange.closed(min, max))))
				.isEqualTo(expected);
			assertThat(this.client.zcount("z", ScoreRange.closed(min, max))).isEqualTo(expected.size());
			int start = random.nextInt(all.size());
			int stop = start + random.nextInt(20);
			assertThat(this.client.zrangeWithScores("z", ZRange.byRank(start, stop)))
				.isEqualTo(all.subList(start, Math.min(stop + 1, all.size())));
		}
	}

	// ZRANGESTORE

	@Test
	void zrangestore_storesTheRangeAndReplacesTheDestination() {
		abcde();
		this.client.set("d", "old");
		this.client.expire("d", Duration.ofSeconds(100));
		assertThat(this.client.zrangestore("d", "z", ZRange.byScore(ScoreRange.closed(2, 4)))).isEqualTo(3);
		assertThat(this.client.zrangeWithScores("d", ZRange.byRank(0, -1))).containsExactly(sm("b", 2), sm("c", 3),
				sm("d", 4));
		assertThat(this.client.ttl("d").expires()).isFalse();
		assertThat(this.client.zrangestore("d", "z", ZRange.byRank(0, 0).reversed())).isEqualTo(1);
		assertThat(this.client.zrangeWithScores("d", ZRange.byRank(0, -1))).containsExactly(sm("e", 5));
	}

	@Test
	void zrangestore_limitAndLex() {
		lex();
		assertThat(this.client.zrangestore("d", "lex", ZRange.byLex(LexRange.all()).reversed().limit(1, 3)))
			.isEqualTo(3);
		assertThat(this.client.zrange("d", 0, -1)).containsExactly("d", "e", "f");
	}

	@Test
	void zrangestore_emptyResultDeletesTheDestination() {
		abcde();
		this.client.set("d", "old");
		assertThat(this.client.zrangestore("d", "z", ZRange.byScore(ScoreRange.closed(10, 20)))).isZero();
		assertThat(this.client.exists("d")).isZero();
		this.client.set("d", "old");
		assertThat(this.client.zrangestore("d", "missing", ZRange.byRank(0, -1))).isZero();
		assertThat(this.client.exists("d")).isZero();
	}

	@Test
	void zrangestore_ontoItself() {
		abcde();
		assertThat(this.client.zrangestore("z", "z", ZRange.byRank(1, 2))).isEqualTo(2);
		assertThat(this.client.zrange("z", 0, -1)).containsExactly("b", "c");
	}

	@Test
	void zrangestore_wrongTypeSourceLeavesTheDestination() {
		abcde();
		this.client.set("s", "v");
		assertThatExceptionOfType(WrongTypeException.class)
			.isThrownBy(() -> this.client.zrangestore("z", "s", ZRange.byRank(0, -1)));
		assertThat(this.client.zcard("z")).isEqualTo(5);
	}

	@Test
	void zrangestore_negativeZeroFollowsTheDestinationEncoding() {
		List<ScoredMember> members = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			members.add(sm("m" + i, i + 1));
		}
		this.client.zadd("z", members);
		this.client.zadd("z", -0.0, "neg");
		this.client.zrangestore("small", "z", ZRange.byRank(0, 2));
		assertBits(this.client.zscore("small", "neg"), 0.0);
		this.client.zrangestore("big", "z", ZRange.byRank(0, -1));
		assertBits(this.client.zscore("big", "neg"), -0.0);
		this.client.zrangestore("byscore", "z", ZRange.byScore(ScoreRange.all()));
		assertBits(this.client.zscore("byscore", "neg"), 0.0);
	}

	// ZRANK, ZREVRANK

	@Test
	void zrank_andZrevrank() {
		abcde();
		assertThat(this.client.zrank("z", "a")).isZero();
		assertThat(this.client.zrank("z", "d")).isEqualTo(3);
		assertThat(this.client.zrevrank("z", "d")).isEqualTo(1);
		assertThat(this.client.zrevrank("z", "e")).isZero();
		assertThat(this.client.zrank("z", "x")).isNull();
		assertThat(this.client.zrevrank("z", "x")).isNull();
		assertThat(this.client.zrank("missing", "a")).isNull();
		assertThat(this.client.zrevrank("missing", "a")).isNull();
	}

	@Test
	void zrank_onStringIsWrongType() {
		wrongType(() -> this.client.zrank("s", "a"));
		wrongType(() -> this.client.zrevrank("s", "a"));
	}

	// ZPOPMIN, ZPOPMAX

	@Test
	void zpopmin_returnsLowestAndDeletesTheEmptiedKey() {
		this.client.zadd("z", List.of(sm("b", 1), sm("a", 1), sm("c", 0)));
		assertThat(this.client.zpopmin("z")).isEqualTo(sm("c", 0));
		assertThat(this.client.zpopmin("z", 5)).containsExactly(sm("a", 1), sm("b", 1));
		assertThat(this.client.exists("z")).isZero();
		assertThat(this.client.zpopmin("z")).isNull();
		assertThat(this.client.zpopmin("z", 2)).isEmpty();
		assertThat(this.client.exists("z")).isZero();
	}

	@Test
	void zpopmax_returnsHighestFirst() {
		abcde();
		assertThat(this.client.zpopmax("z")).isEqualTo(sm("e", 5));
		assertThat(this.client.zpopmax("z", 2)).containsExactly(sm("d", 4), sm("c", 3));
		assertThat(this.client.zrange("z", 0, -1)).containsExactly("a", "b");
		assertThat(this.client.zpopmax("missing")).isNull();
		assertThat(this.client.zpopmax("missing", 3)).isEmpty();
	}

	@Test
	void zpopmin_countZeroReturnsNothingAndKeepsTheSet() {
		abcde();
		assertThat(this.client.zpopmin("z", 0)).isEmpty();
		assertThat(this.client.zpopmax("z", 0)).isEmpty();
		assertThat(this.client.zcard("z")).isEqualTo(5);
	}

	@Test
	void zpopmin_negativeCountIsAnError() {
		abcde();
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.zpopmin("z", -1))
			.withMessage("ERR value is out of range, must be positive");
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.zpopmax("z", -2))
			.withMessage("ERR value is out of range, must be positive");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.zpopmax("missing", Long.MIN_VALUE));
		assertThat(this.client.zcard("z")).isEqualTo(5);
	}

	@Test
	void zpopmin_onStringIsWrongType() {
		wrongType(() -> this.client.zpopmin("s"));
		wrongType(() -> this.client.zpopmin("s", 0));
		wrongType(() -> this.client.zpopmax("s"));
		wrongType(() -> this.client.zpopmax("s", 2));
		this.client.set("s", "v");
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.zpopmax("s", -1));
	}

	// ZREMRANGEBY*

	@Test
	void zremrangebyrank_removesRankRange() {
		abcde();
		assertThat(this.client.zremrangebyrank("z", 1, 2)).isEqualTo(2);
		assertThat(this.client.zrange("z", 0, -1)).containsExactly("a", "d", "e");
		assertThat(this.client.zremrangebyrank("z", -1, -1)).isEqualTo(1);
		assertThat(this.client.zremrangebyrank("z", 5, 10)).isZero();
		assertThat(this.client.zremrangebyrank("z", 1, 0)).isZero();
		assertThat(this.client.zremrangebyrank("z", -100, 100)).isEqualTo(2);
		assertThat(this.client.exists("z")).isZero();
		assertThat(this.client.zremrangebyrank("z", 0, -1)).isZero();
	}

	@Test
	void zremrangebyscore_removesScoreRange() {
		abcde();
		assertThat(this.client.zremrangebyscore("z", new ScoreRange(ScoreBound.exclusive(1), ScoreBound.inclusive(3))))
			.isEqualTo(2);
		assertThat(this.client.zrange("z", 0, -1)).containsExactly("a", "d", "e");
		assertThat(this.client.zremrangebyscore("z", ScoreRange.closed(10, 1))).isZero();
		assertThat(this.client.zremrangebyscore("z", ScoreRange.all())).isEqualTo(3);
		assertThat(this.client.exists("z")).isZero();
		assertThat(this.client.zremrangebyscore("z", ScoreRange.all())).isZero();
	}

	@Test
	void zremrangebylex_removesLexRange() {
		lex();
		assertThat(this.client.zremrangebylex("lex", new LexRange(LexBound.exclusive("a"), LexBound.inclusive("c"))))
			.isEqualTo(2);
		assertThat(this.client.zrange("lex", 0, -1)).containsExactly("a", "d", "e", "f", "g");
		assertThat(this.client.zremrangebylex("lex", new LexRange(LexBound.MAX, LexBound.MIN))).isZero();
		assertThat(this.client.zremrangebylex("lex", new LexRange(LexBound.inclusive("e"), LexBound.MAX))).isEqualTo(3);
		assertThat(this.client.zremrangebylex("lex", LexRange.all())).isEqualTo(2);
		assertThat(this.client.exists("lex")).isZero();
	}

	@Test
	void zremrange_onStringIsWrongType() {
		wrongType(() -> this.client.zremrangebyrank("s", 0, -1));
		wrongType(() -> this.client.zremrangebyscore("s", ScoreRange.all()));
		wrongType(() -> this.client.zremrangebylex("s", LexRange.all()));
	}

	// ZUNION, ZINTER, ZDIFF, ZINTERCARD

	@Test
	void zunionZinterZdiff_answerWhatTheStoreFormsWouldStore() {
		this.client.zadd("a", List.of(sm("x", 1), sm("y", 2)));
		this.client.zadd("b", List.of(sm("y", 10), sm("z", 20)));
		sadd("s", "x", "w");
		assertThat(this.client.zunion(ZStoreOptions.none(), "a", "b", "missing")).containsExactly("x", "y", "z");
		assertThat(this.client.zunionWithScores(ZStoreOptions.none().weights(2, -1, 1), "a", "b", "s"))
			.containsExactly(sm("z", -20), sm("y", -6), sm("w", 1), sm("x", 3));
		assertThat(this.client.zinter(ZStoreOptions.none(), "a", "b")).containsExactly("y");
		assertThat(this.client.zinterWithScores(ZStoreOptions.none().aggregate(Aggregate.MAX), "a", "b", "a"))
			.containsExactly(sm("y", 10));
		assertThat(this.client.zinterWithScores(ZStoreOptions.none(), "a", "s")).containsExactly(sm("x", 2));
		assertThat(this.client.zdiff("a", "b")).containsExactly("x");
		assertThat(this.client.zdiffWithScores("b", "a", "s")).containsExactly(sm("z", 20));
		assertThat(this.client.zdiffWithScores("s", "a")).containsExactly(sm("w", 1));
		assertThat(this.client.zunion(ZStoreOptions.none(), "missing")).isEmpty();
		assertThat(this.client.zinter(ZStoreOptions.none(), "a", "missing")).isEmpty();
		// nothing was stored
		assertThat(this.client.keys("*")).containsExactlyInAnyOrder("a", "b", "s");
	}

	@Test
	void zintercard_countsTheIntersectionUpToTheLimit() {
		this.client.zadd("a", List.of(sm("x", 1), sm("y", 2), sm("z", 3)));
		this.client.zadd("b", List.of(sm("y", 10), sm("z", 20), sm("w", 30)));
		assertThat(this.client.zintercard("a", "b")).isEqualTo(2);
		assertThat(this.client.zintercard(1, "a", "b")).isEqualTo(1);
		assertThat(this.client.zintercard(5, "a", "b")).isEqualTo(2);
		assertThat(this.client.zintercard("a", "missing")).isZero();
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.zintercard(-1, "a"))
			.withMessage("ERR LIMIT can't be negative");
	}

	@Test
	void zunionZinterZdiff_failAsRedisDoes() {
		this.client.zadd("a", List.of(sm("x", 1)));
		this.client.set("str", "v");
		assertThatExceptionOfType(WrongTypeException.class)
			.isThrownBy(() -> this.client.zunion(ZStoreOptions.none(), "a", "str"));
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.zdiff("str", "a"));
		// the keys are looked up before the limit is read
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.zintercard(-1, "str"));
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.zinter(ZStoreOptions.none().weights(1, 2), "a"))
			.withMessage("ERR syntax error");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.zunion(ZStoreOptions.none()));
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.zintercard());
	}

	// ZUNIONSTORE, ZINTERSTORE, ZDIFFSTORE

	@Test
	void zunionstore_sumsScoresByDefault() {
		this.client.zadd("a", List.of(sm("x", 1), sm("y", 2)));
		this.client.zadd("b", List.of(sm("y", 10), sm("z", 20)));
		assertThat(this.client.zunionstore("d", ZStoreOptions.none(), "a", "b", "missing")).isEqualTo(3);
		assertThat(this.client.zrangeWithScores("d", ZRange.byRank(0, -1))).containsExactly(sm("x", 1), sm("y", 12),
				sm("z", 20));
	}

	@Test
	void zunionstore_weightsAndAggregates() {
		this.client.zadd("a", List.of(sm("x", 1), sm("y", 2)));
		this.client.zadd("b", List.of(sm("y", 10), sm("z", 20)));
		this.client.zunionstore("d", ZStoreOptions.none().weights(2, -1), "a", "b");
		assertThat(this.client.zrangeWithScores("d", ZRange.byRank(0, -1))).containsExactly(sm("z", -20), sm("y", -6),
				sm("x", 2));
		this.client.zunionstore("d", ZStoreOptions.none().aggregate(Aggregate.MIN), "a", "b");
		assertThat(this.client.zmscore("d", "x", "y", "z")).containsExactly(1.0, 2.0, 20.0);
		this.client.zunionstore("d", ZStoreOptions.none().weights(1, 0.5).aggregate(Aggregate.MAX), "a", "b");
		assertThat(this.client.zmscore("d", "x", "y", "z")).containsExactly(1.0, 5.0, 10.0);
	}

	@Test
	void zunionstore_plainSetsCountAsScoreOne() {
		sadd("set", "x", "w");
		this.client.zadd("a", List.of(sm("x", 5)));
		assertThat(this.client.zunionstore("d", ZStoreOptions.none().weights(1, 3), "a", "set")).isEqualTo(2);
		assertThat(this.client.zmscore("d", "x", "w")).containsExactly(8.0, 3.0);
		assertThat(this.client.zinterstore("i", ZStoreOptions.none(), "set", "a")).isEqualTo(1);
		assertThat(this.client.zscore("i", "x")).isEqualTo(6.0);
		assertThat(this.client.zdiffstore("f", "set", "a")).isEqualTo(1);
		assertThat(this.client.zrangeWithScores("f", ZRange.byRank(0, -1))).containsExactly(sm("w", 1));
	}

	@Test
	void zunionstore_infinitiesThatCancelSumToZero() {
		this.client.zadd("a", List.of(sm("x", Double.POSITIVE_INFINITY), sm("y", 1)));
		this.client.zadd("b", List.of(sm("x", Double.NEGATIVE_INFINITY), sm("y", 1)));
		this.client.zunionstore("d", ZStoreOptions.none(), "a", "b");
		assertBits(this.client.zscore("d", "x"), 0.0);
		this.client.zunionstore("d", ZStoreOptions.none().weights(0, 1), "a", "b");
		assertThat(this.client.zmscore("d", "x", "y")).containsExactly(Double.NEGATIVE_INFINITY, 1.0);
		this.client.zunionstore("d", ZStoreOptions.none().weights(0, 0), "a", "b");
		assertThat(this.client.zmscore("d", "x", "y")).containsExactly(0.0, 0.0);
	}

	@Test
	void zinterstore_nanProductsAfterTheSmallestInputAreNotZeroed() {
		this.client.zadd("small", List.of(sm("x", 5)));
		this.client.zadd("big", List.of(sm("x", Double.POSITIVE_INFINITY), sm("y", 1)));
		this.client.zinterstore("d", ZStoreOptions.none().weights(1, 0).aggregate(Aggregate.MIN), "small", "big");
		assertThat(this.client.zscore("d", "x")).isEqualTo(5.0);
		this.client.zinterstore("d", ZStoreOptions.none().weights(0, 1).aggregate(Aggregate.MIN), "big", "small");
		assertThat(this.client.zscore("d", "x")).isEqualTo(5.0);
		this.client.zinterstore("d", ZStoreOptions.none().weights(1, 0).aggregate(Aggregate.MAX), "small", "big");
		assertThat(this.client.zscore("d", "x")).isEqualTo(5.0);
		this.client.zinterstore("d", ZStoreOptions.none().weights(1, 0), "small", "big");
		assertBits(this.client.zscore("d", "x"), 0.0);
		this.client.zadd("small2", List.of(sm("x", Double.POSITIVE_INFINITY)));
		this.client.zinterstore("d", ZStoreOptions.none().weights(0, 1).aggregate(Aggregate.MAX), "small2", "big");
		assertThat(this.client.zscore("d", "x")).isEqualTo(Double.POSITIVE_INFINITY);
	}

	@Test
	void zunionstore_weightCountMustMatchTheKeys() {
		this.client.zadd("a", 1, "x");
		this.client.zadd("b", 1, "y");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.zunionstore("d", ZStoreOptions.none().weights(1), "a", "b"))
			.withMessage("ERR syntax error");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.zinterstore("d", ZStoreOptions.none().weights(1, 2, 3), "a", "b"))
			.withMessage("ERR syntax error");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.zunionstore("d", new ZStoreOptions(List.of(), Aggregate.SUM), "a"))
			.withMessage("ERR syntax error");
		assertThat(this.client.exists("d")).isZero();
	}

	@Test
	void zunionstore_tooFewWeightsBeforeAggregateReadTheKeywordAsAWeight() {
		this.client.zadd("a", 1, "x");
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.zunionstore("d", ZStoreOptions.none().weights(1).aggregate(Aggregate.MIN),
					"a", "b", "c"))
			.withMessage("ERR weight value is not a float");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(
				() -> this.client.zunionstore("d", ZStoreOptions.none().weights(1).aggregate(Aggregate.MIN), "a", "b"))
			.withMessage("ERR weight value is not a float");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.zunionstore("d", ZStoreOptions.none().weights(1).aggregate(Aggregate.MIN),
					"a", "b", "c", "e"))
			.withMessage("ERR syntax error");
		assertThat(this.client.exists("d")).isZero();
	}

	@Test
	void zunionstore_nanWeightIsAnError() {
		this.client.zadd("a", 1, "x");
		this.client.zadd("d", 1, "keep");
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.zunionstore("d", ZStoreOptions.none().weights(Double.NaN), "a"))
			.withMessage("ERR weight value is not a float");
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.zinterstore("d", ZStoreOptions.none().weights(1, Double.NaN), "a", "a"));
		assertThat(this.client.zrange("d", 0, -1)).containsExactly("keep");
	}

	@Test
	void zunionstore_emptyResultDeletesTheDestination() {
		this.client.set("d", "old");
		assertThat(this.client.zunionstore("d", ZStoreOptions.none(), "m1", "m2")).isZero();
		assertThat(this.client.exists("d")).isZero();
		this.client.zadd("a", 1, "x");
		this.client.zadd("b", 1, "y");
		this.client.set("d", "old");
		assertThat(this.client.zinterstore("d", ZStoreOptions.none(), "a", "b")).isZero();
		assertThat(this.client.exists("d")).isZero();
		this.client.set("d", "old");
		assertThat(this.client.zinterstore("d", ZStoreOptions.none(), "a", "missing")).isZero();
		assertThat(this.client.exists("d")).isZero();
	}

	@Test
	void zunionstore_replacesTheDestinationOfAnyTypeAndItsExpiry() {
		this.client.zadd("a", 1, "x");
		this.client.set("d", "old");
		this.client.expire("d", Duration.ofSeconds(100));
		assertThat(this.client.zunionstore("d", ZStoreOptions.none(), "a")).isEqualTo(1);
		assertThat(this.client.type("d")).isEqualTo(KeyType.ZSET);
		assertThat(this.client.ttl("d").expires()).isFalse();
	}

	@Test
	void zunionstore_destinationMayBeAnInput() {
		this.client.zadd("a", List.of(sm("x", 1), sm("y", 2)));
		this.client.zadd("b", List.of(sm("y", 3)));
		assertThat(this.client.zunionstore("a", ZStoreOptions.none(), "a", "b", "a")).isEqualTo(2);
		assertThat(this.client.zmscore("a", "x", "y")).containsExactly(2.0, 7.0);
		assertThat(this.client.zinterstore("b", ZStoreOptions.none(), "a", "b")).isEqualTo(1);
		assertThat(this.client.zmscore("b", "y")).containsExactly(10.0);
	}

	@Test
	void zunionstore_wrongTypeInputIsAnErrorEvenWithBadWeights() {
		this.client.zadd("a", 1, "x");
		this.client.set("s", "v");
		this.client.zadd("d", 1, "keep");
		assertThatExceptionOfType(WrongTypeException.class)
			.isThrownBy(() -> this.client.zunionstore("d", ZStoreOptions.none().weights(1), "a", "s"))
			.withMessageStartingWith("WRONGTYPE");
		assertThatExceptionOfType(WrongTypeException.class)
			.isThrownBy(() -> this.client.zinterstore("d", ZStoreOptions.none(), "missing", "s"));
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.zdiffstore("d", "a", "s"));
		assertThat(this.client.zrange("d", 0, -1)).containsExactly("keep");
	}

	@Test
	void zinterstore_keepsMembersInEveryInput() {
		this.client.zadd("a", List.of(sm("x", 1), sm("y", 2), sm("z", 3)));
		this.client.zadd("b", List.of(sm("y", 10), sm("z", 20), sm("w", 0)));
		this.client.zadd("c", List.of(sm("z", 100), sm("y", 100), sm("q", 1), sm("r", 1)));
		assertThat(this.client.zinterstore("d", ZStoreOptions.none(), "a", "b", "c")).isEqualTo(2);
		assertThat(this.client.zrangeWithScores("d", ZRange.byRank(0, -1))).containsExactly(sm("y", 112), sm("z", 123));
		this.client.zinterstore("d", ZStoreOptions.none().weights(1, 2, 0).aggregate(Aggregate.MAX), "a", "b", "c");
		assertThat(this.client.zmscore("d", "y", "z")).containsExactly(20.0, 40.0);
		assertThat(this.client.zinterstore("d", ZStoreOptions.none(), "a")).isEqualTo(3);
	}

	@Test
	void zdiffstore_keepsMembersOfTheFirstOnly() {
		abcde();
		this.client.zadd("b", List.of(sm("b", 0), sm("x", 0)));
		this.client.zadd("c", List.of(sm("d", 0)));
		assertThat(this.client.zdiffstore("d", "z", "b", "c", "missing")).isEqualTo(3);
		assertThat(this.client.zrangeWithScores("d", ZRange.byRank(0, -1))).containsExactly(sm("a", 1), sm("c", 3),
				sm("e", 5));
		assertThat(this.client.zdiffstore("d", "z")).isEqualTo(5);
		assertThat(this.client.zdiffstore("d", "z", "z")).isZero();
		assertThat(this.client.exists("d")).isZero();
		this.client.set("d", "old");
		assertThat(this.client.zdiffstore("d", "missing", "z")).isZero();
		assertThat(this.client.exists("d")).isZero();
	}

	@Test
	void zunionstore_negativeZeroFollowsTheResultEncoding() {
		this.client.zadd("a", List.of(sm("x", 0), sm("y", 1)));
		this.client.zunionstore("d", ZStoreOptions.none().weights(-1), "a");
		assertBits(this.client.zscore("d", "x"), 0.0);
		List<ScoredMember> many = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			many.add(sm("m" + i, i));
		}
		this.client.zadd("big", many);
		this.client.zunionstore("d", ZStoreOptions.none().weights(-1), "big");
		assertBits(this.client.zscore("d", "m0"), -0.0);
		assertThat(this.client.zrange("d", 0, 0)).containsExactly("m199");
	}

	// ZRANDMEMBER

	@Test
	void zrandmember_missingKeyIsNullOrEmpty() {
		assertThat(this.client.zrandmember("z")).isNull();
		assertThat(this.client.zrandmember("z", 3)).isEmpty();
		assertThat(this.client.zrandmember("z", -3)).isEmpty();
		assertThat(this.client.zrandmemberWithScores("z", 3)).isEmpty();
		assertThat(this.client.exists("z")).isZero();
	}

	@Test
	void zrandmember_singleIsAMember() {
		abcde();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			seen.add(this.client.zrandmember("z"));
		}
		assertThat(seen).isSubsetOf("a", "b", "c", "d", "e").hasSizeGreaterThan(1);
		assertThat(this.client.zcard("z")).isEqualTo(5);
	}

	@Test
	void zrandmember_positiveCountGivesDistinctMembers() {
		abcde();
		for (int i = 0; i < 50; i++) {
			List<String> picked = this.client.zrandmember("z", 3);
			assertThat(picked).hasSize(3).doesNotHaveDuplicates().isSubsetOf("a", "b", "c", "d", "e");
			assertThat(this.client.zrandmember("z", 1)).hasSize(1);
		}
		List<String> many = new ArrayList<>();
		List<ScoredMember> members = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			members.add(sm("m" + i, i));
			many.add("m" + i);
		}
		this.client.zadd("big", members);
		assertThat(this.client.zrandmember("big", 20)).hasSize(20).doesNotHaveDuplicates().isSubsetOf(many);
		assertThat(this.client.zrandmember("big", 250)).hasSize(250).doesNotHaveDuplicates().isSubsetOf(many);
	}

	@Test
	void zrandmember_countAtLeastTheSizeGivesTheWholeSetHighestFirst() {
		this.client.zadd("z", List.of(sm("c", 1), sm("a", 3), sm("b", 2)));
		assertThat(this.client.zrandmember("z", 3)).containsExactly("a", "b", "c");
		assertThat(this.client.zrandmember("z", 100)).containsExactly("a", "b", "c");
		assertThat(this.client.zrandmemberWithScores("z", Long.MAX_VALUE / 2)).containsExactly(sm("a", 3), sm("b", 2),
				sm("c", 1));
		assertThat(this.client.zrandmember("z", Long.MAX_VALUE)).containsExactly("a", "b", "c");
		List<ScoredMember> many = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			many.add(sm("m" + i, i));
		}
		this.client.zadd("big", many);
		List<String> all = this.client.zrandmember("big", 200);
		assertThat(all.get(0)).isEqualTo("m199");
		assertThat(all.get(199)).isEqualTo("m0");
	}

	@Test
	void zrandmember_negativeCountMayRepeat() {
		this.client.zadd("z", List.of(sm("a", 1), sm("b", 2)));
		List<String> picked = this.client.zrandmember("z", -50);
		assertThat(picked).hasSize(50).isSubsetOf("a", "b").contains("a", "b");
		List<ScoredMember> scored = this.client.zrandmemberWithScores("z", -10);
		assertThat(scored).hasSize(10).isSubsetOf(sm("a", 1), sm("b", 2));
	}

	@Test
	void zrandmember_zeroCountIsEmpty() {
		abcde();
		assertThat(this.client.zrandmember("z", 0)).isEmpty();
		assertThat(this.client.zrandmemberWithScores("z", 0)).isEmpty();
	}

	@Test
	void zrandmemberWithScores_scoresMatchTheMembers() {
		abcde();
		Map<String, Double> scores = new HashMap<>();
		for (ScoredMember m : this.client.zrangeWithScores("z", ZRange.byRank(0, -1))) {
			scores.put(m.member(), m.score());
		}
		for (ScoredMember m : this.client.zrandmemberWithScores("z", 3)) {
			assertThat(m.score()).isEqualTo(scores.get(m.member()));
		}
		for (ScoredMember m : this.client.zrandmemberWithScores("z", -7)) {
			assertThat(m.score()).isEqualTo(scores.get(m.member()));
		}
	}

	@Test
	void zrandmember_outOfRangeCountsAreErrors() {
		abcde();
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.zrandmember("z", Long.MIN_VALUE))
			.withMessage("ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.zrandmemberWithScores("missing", Long.MAX_VALUE / 2 + 1))
			.withMessage("ERR value is out of range");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.zrandmemberWithScores("z", -(Long.MAX_VALUE / 2) - 1))
			.withMessage("ERR value is out of range");
	}

	@Test
	void zrandmember_onStringIsWrongType() {
		wrongType(() -> this.client.zrandmember("s"));
		wrongType(() -> this.client.zrandmember("s", 0));
		wrongType(() -> this.client.zrandmemberWithScores("s", -2));
	}

	// ZSCAN

	@Test
	void zscan_smallSetComesInOnePage() {
		abcde();
		ScanPage<ScoredMember> page = this.client.zscan("z", "0", ScanOptions.all().withCount(1));
		assertThat(page.isFinished()).isTrue();
		assertThat(page.items()).containsExactly(sm("a", 1), sm("b", 2), sm("c", 3), sm("d", 4), sm("e", 5));
	}

	@Test
	void zscan_largeSetIteratesEveryMember() {
		List<ScoredMember> members = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			members.add(sm("m" + i, i * 0.5));
		}
		this.client.zadd("z", members);
		Map<String, Double> seen = new HashMap<>();
		String cursor = "0";
		int pages = 0;
		do {
			ScanPage<ScoredMember> page = this.client.zscan("z", cursor, ScanOptions.all().withCount(20));
			page.items().forEach((m) -> seen.put(m.member(), m.score()));
			cursor = page.cursor();
			pages++;
		}
		while (!"0".equals(cursor) && pages < 10_000);
		assertThat(pages).isGreaterThan(10);
		assertThat(seen).hasSize(1000);
		members.forEach((m) -> assertThat(seen.get(m.member())).isEqualTo(m.score()));
	}

	@Test
	void zscan_survivesRemovalsDuringTheIteration() {
		List<ScoredMember> members = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			members.add(sm("m" + i, i));
		}
		this.client.zadd("z", members);
		Set<String> seen = new HashSet<>();
		String cursor = "0";
		int removed = 0;
		do {
			ScanPage<ScoredMember> page = this.client.zscan("z", cursor, ScanOptions.all().withCount(15));
			page.items().forEach((m) -> seen.add(m.member()));
			cursor = page.cursor();
			for (int k = 0; k < 20 && removed < 500; k++, removed++) {
				this.client.zrem("z", "m" + (removed + 100));
			}
		}
		while (!"0".equals(cursor));
		for (int i = 0; i < 100; i++) {
			assertThat(seen).contains("m" + i);
		}
	}

	@Test
	void zscan_matchFiltersMembers() {
		this.client.zadd("z", List.of(sm("apple", 1), sm("avocado", 2), sm("banana", 3), sm("añejo", 4)));
		ScanPage<ScoredMember> page = this.client.zscan("z", "0", ScanOptions.match("a*o"));
		assertThat(page.items()).containsExactly(sm("avocado", 2), sm("añejo", 4));
		List<ScoredMember> big = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			big.add(sm("k" + i, i));
		}
		this.client.zadd("big", big);
		Set<String> matched = new HashSet<>();
		String cursor = "0";
		do {
			ScanPage<ScoredMember> p = this.client.zscan("big", cursor, ScanOptions.match("k1?"));
			p.items().forEach((m) -> matched.add(m.member()));
			cursor = p.cursor();
		}
		while (!"0".equals(cursor));
		assertThat(matched).containsExactlyInAnyOrder("k10", "k11", "k12", "k13", "k14", "k15", "k16", "k17", "k18",
				"k19");
	}

	@Test
	void zscan_smallSetIgnoresTheCursor() {
		abcde();
		ScanPage<ScoredMember> page = this.client.zscan("z", "12345", ScanOptions.all());
		assertThat(page.isFinished()).isTrue();
		assertThat(page.items()).hasSize(5);
	}

	@Test
	void zscan_missingKeyIsAnEmptyFinishedPage() {
		ScanPage<ScoredMember> page = this.client.zscan("z", "0", ScanOptions.all());
		assertThat(page.isFinished()).isTrue();
		assertThat(page.items()).isEmpty();
	}

	@Test
	void zscan_onStringIsWrongType() {
		wrongType(() -> this.client.zscan("s", "0", ScanOptions.all()));
	}

	@Test
	void zscan_typeOptionIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.zscan("z", "0", ScanOptions.all().withType(KeyType.ZSET)));
	}

	// arguments

	@Test
	void zadd_nullArgumentsAreRejectedBeforeAnythingRuns() {
		List<ScoredMember> withNull = new ArrayList<>();
		withNull.add(sm("a", 1));
		withNull.add(null);
		assertThatNullPointerException().isThrownBy(() -> this.client.zadd(null, 1, "a"));
		assertThatNullPointerException().isThrownBy(() -> this.client.zadd("z", 1, null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zadd("z", null, List.of(sm("a", 1))));
		assertThatNullPointerException().isThrownBy(() -> this.client.zadd("z", ZAddOptions.none(), null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zadd("z", withNull));
		assertThatNullPointerException().isThrownBy(() -> this.client.zaddIncr("z", null, 1, "a"));
		assertThatNullPointerException().isThrownBy(() -> this.client.zaddIncr("z", ZAddOptions.none(), 1, null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zincrby(null, 1, "a"));
		assertThatNullPointerException().isThrownBy(() -> this.client.zincrby("z", 1, null));
		assertThat(this.client.exists("z")).isZero();
	}

	@Test
	void zrem_nullArgumentsAreRejectedBeforeAnythingRuns() {
		this.client.zadd("z", List.of(sm("a", 1), sm("b", 2)));
		assertThatNullPointerException().isThrownBy(() -> this.client.zrem(null, "a"));
		assertThatNullPointerException().isThrownBy(() -> this.client.zrem("z", "a", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zrem("z", (String[]) null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zpopmin(null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zpopmax(null, 1));
		assertThatNullPointerException().isThrownBy(() -> this.client.zremrangebyrank(null, 0, -1));
		assertThatNullPointerException().isThrownBy(() -> this.client.zremrangebyscore("z", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zremrangebylex("z", null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.zrem("z"));
		assertThat(this.client.zcard("z")).isEqualTo(2);
	}

	@Test
	void zrange_nullArgumentsAreRejected() {
		assertThatNullPointerException().isThrownBy(() -> this.client.zscore("z", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zmscore("z", (String[]) null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zmscore("z", "a", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zcard(null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zcount("z", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zlexcount("z", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zrange("z", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zrange(null, 0, -1));
		assertThatNullPointerException().isThrownBy(() -> this.client.zrangeWithScores("z", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zrank("z", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zrevrank(null, "a"));
		assertThatNullPointerException().isThrownBy(() -> this.client.zrandmember(null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zrandmemberWithScores(null, 1));
		assertThatNullPointerException().isThrownBy(() -> this.client.zscan("z", null, ScanOptions.all()));
		assertThatNullPointerException().isThrownBy(() -> this.client.zscan("z", "0", null));
		assertThatNullPointerException().isThrownBy(() -> new ScoreRange(null, ScoreBound.POSITIVE_INFINITY));
		assertThatNullPointerException().isThrownBy(() -> LexBound.inclusive(null));
	}

	@Test
	void zunionstore_nullArgumentsAreRejectedBeforeAnythingRuns() {
		this.client.zadd("a", 1, "x");
		assertThatNullPointerException().isThrownBy(() -> this.client.zunionstore(null, ZStoreOptions.none(), "a"));
		assertThatNullPointerException().isThrownBy(() -> this.client.zunionstore("d", null, "a"));
		assertThatNullPointerException()
			.isThrownBy(() -> this.client.zinterstore("d", ZStoreOptions.none(), "a", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zdiffstore("d", (String[]) null));
		assertThatNullPointerException().isThrownBy(() -> this.client.zrangestore("d", null, ZRange.byRank(0, -1)));
		assertThatNullPointerException().isThrownBy(() -> this.client.zrangestore("d", "a", null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.zunionstore("d", ZStoreOptions.none()));
		assertThat(this.client.exists("d")).isZero();
	}

	// ZMPOP

	@Test
	void zmpop_popsUpToCountFromTheFirstNonEmptySortedSet() {
		this.client.zadd("z", List.of(ScoredMember.of("a", 1), ScoredMember.of("b", 2), ScoredMember.of("c", 3)));
		assertThat(this.client.zmpop(ScoreSide.MAX, 2, "none", "z"))
			.isEqualTo(new KeyedScoredMembers("z", List.of(ScoredMember.of("c", 3), ScoredMember.of("b", 2))));
		assertThat(this.client.zmpop(ScoreSide.MIN, 9, "z"))
			.isEqualTo(new KeyedScoredMembers("z", List.of(ScoredMember.of("a", 1))));
		assertThat(this.client.exists("z")).isZero();
		assertThat(this.client.zmpop(ScoreSide.MIN, 1, "z", "none")).isNull();
		this.client.set("s", "v");
		assertThatExceptionOfType(io.redipy.WrongTypeException.class)
			.isThrownBy(() -> this.client.zmpop(ScoreSide.MIN, 1, "none", "s"));
		assertThatExceptionOfType(io.redipy.CommandException.class)
			.isThrownBy(() -> this.client.zmpop(ScoreSide.MIN, -1, "z"))
			.withMessage("ERR count should be greater than 0");
	}

}
