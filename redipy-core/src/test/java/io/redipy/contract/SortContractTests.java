package io.redipy.contract;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.redipy.CommandException;
import io.redipy.InvalidArgumentException;
import io.redipy.ManualClock;
import io.redipy.MemoryOptions;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.WrongTypeException;
import io.redipy.api.Batch;
import io.redipy.api.Response;
import io.redipy.api.SortArgs;
import io.redipy.api.TypedCommands;
import io.redipy.memory.MemoryStore;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The contract of {@code SORT} and {@code SORT_RO} ({@code sort}, {@code sortRo},
 * {@code sortStore}), run against every backend: the {@code String} API, batches and the
 * binary view. On a Redis Cluster, {@code BY} patterns with {@code *} and {@code GET} are
 * refused by Redis; the other tests use them only off a cluster.
 */
public abstract class SortContractTests extends ContractTestSupport {

	private static final String NOT_DOUBLE = "ERR One or more scores can't be converted into double";

	private boolean cluster() {
		return "redis-cluster".equals(backend().name());
	}

	private void weights() {
		this.client.rpush("p", "1", "2", "3", "4", "5");
		this.client.mset(java.util.Map.of("w_1", "50", "w_2", "40", "w_3", "30", "w_4", "20", "w_5", "10"));
		this.client.mset(java.util.Map.of("o_1", "one", "o_2", "two", "o_3", "three", "o_5", "five"));
		this.client.hset("h_1", "f", "b");
		this.client.hset("h_2", "f", "a");
		this.client.hset("h_3", "f", "c");
	}

	@Test
	void sort_numbersAscendingAndDescending() {
		this.client.rpush("l", "3", "1", "10", "-2", "2.5", "1e1");
		assertThat(this.client.sort("l", SortArgs.none())).containsExactly("-2", "1", "2.5", "3", "10", "1e1");
		assertThat(this.client.sort("l", SortArgs.none().descending())).containsExactly("1e1", "10", "3", "2.5", "1",
				"-2");
		assertThat(this.client.sortRo("l", SortArgs.none().descending().ascending())).containsExactly("-2", "1", "2.5",
				"3", "10", "1e1");
	}

	@Test
	void sort_alphaComparesBytes() {
		this.client.rpush("l", "b", "a", "B", "aa", "é", "10", "9");
		assertThat(this.client.sort("l", SortArgs.none().withAlpha())).containsExactly("10", "9", "B", "a", "aa", "b",
				"é");
		assertThat(this.client.sortRo("l", SortArgs.none().withAlpha().descending())).containsExactly("é", "b", "aa",
				"a", "B", "9", "10");
	}

	@Test
	void sort_limitIsClampedAsRedisClampsIt() {
		this.client.rpush("l", "5", "4", "3", "2", "1");
		assertThat(this.client.sort("l", SortArgs.none().withLimit(1, 2))).containsExactly("2", "3");
		assertThat(this.client.sort("l", SortArgs.none().withLimit(-10, 2))).containsExactly("1", "2");
		assertThat(this.client.sort("l", SortArgs.none().withLimit(3, -1))).containsExactly("4", "5");
		assertThat(this.client.sort("l", SortArgs.none().withLimit(3, 100))).containsExactly("4", "5");
		assertThat(this.client.sort("l", SortArgs.none().withLimit(5, 1))).isEmpty();
		assertThat(this.client.sort("l", SortArgs.none().withLimit(Long.MAX_VALUE, Long.MAX_VALUE))).isEmpty();
		assertThat(this.client.sort("l", SortArgs.none().withLimit(0, 0))).isEmpty();
	}

	@Test
	void sort_aMissingKeyIsEmpty_andOtherTypesAreWrongType() {
		assertThat(this.client.sort("missing", SortArgs.none())).isEmpty();
		assertThat(this.client.sortRo("missing", SortArgs.none().withAlpha())).isEmpty();
		this.client.set("s", "v");
		this.client.hset("h", "f", "v");
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.sort("s", SortArgs.none()))
			.withMessageStartingWith("WRONGTYPE");
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.sortRo("h", SortArgs.none()))
			.withMessageStartingWith("WRONGTYPE");
		assertThatExceptionOfType(WrongTypeException.class)
			.isThrownBy(() -> this.client.sortStore("s", SortArgs.none(), "d"));
		assertThat(this.client.exists("d")).isZero();
	}

	@Test
	void sort_anElementThatIsNoNumberIsAnError_unlessAlpha() {
		this.client.rpush("l", "1", "x", "2");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.sort("l", SortArgs.none()))
			.withMessage(NOT_DOUBLE);
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.sortStore("l", SortArgs.none(), "d"))
			.withMessage(NOT_DOUBLE);
		assertThat(this.client.exists("d")).isZero();
		assertThat(this.client.sort("l", SortArgs.none().withAlpha())).containsExactly("1", "2", "x");
	}

	@Test
	void sort_setsIntsetsAndSortedSets() {
		this.client.sadd("is", "5", "3", "-2", "10");
		assertThat(this.client.sort("is", SortArgs.none())).containsExactly("-2", "3", "5", "10");
		assertThat(this.client.sort("is", SortArgs.noSort())).containsExactly("-2", "3", "5", "10");
		this.client.sadd("s", "b", "c", "a");
		assertThat(this.client.sort("s", SortArgs.none().withAlpha().descending())).containsExactly("c", "b", "a");
		this.client.zadd("z", 1, "c");
		this.client.zadd("z", 2, "a");
		this.client.zadd("z", 3, "b");
		assertThat(this.client.sort("z", SortArgs.none().withAlpha())).containsExactly("a", "b", "c");
		assertThat(this.client.sort("z", SortArgs.noSort())).containsExactly("c", "a", "b");
		assertThat(this.client.sort("z", SortArgs.noSort().descending())).containsExactly("b", "a", "c");
		assertThat(this.client.sort("z", SortArgs.noSort().descending().withLimit(1, 5))).containsExactly("a", "c");
	}

	@Test
	void sort_noSortKeepsAListsOrder_andDescReversesIt() {
		this.client.rpush("l", "c", "a", "b");
		assertThat(this.client.sort("l", SortArgs.noSort())).containsExactly("c", "a", "b");
		assertThat(this.client.sort("l", SortArgs.noSort().descending())).containsExactly("b", "a", "c");
		assertThat(this.client.sort("l", SortArgs.by("constant").withLimit(1, 1))).containsExactly("a");
	}

	@Test
	void sortStore_storesAList_replacingAnyType_andDeletesOnAnEmptyResult() {
		this.client.sadd("s", "b", "c", "a");
		this.client.set("d", "old");
		this.client.expire("d", Duration.ofSeconds(100));
		assertThat(this.client.sortStore("s", SortArgs.none().withAlpha(), "d")).isEqualTo(3);
		assertThat(this.client.lrange("d", 0, -1)).containsExactly("a", "b", "c");
		assertThat(this.client.ttl("d")).isEqualTo(io.redipy.api.Ttl.persistent());
		// a set asked not to be sorted is sorted by bytes when stored (DESC still counts)
		assertThat(this.client.sortStore("s", SortArgs.noSort(), "d")).isEqualTo(3);
		assertThat(this.client.lrange("d", 0, -1)).containsExactly("a", "b", "c");
		assertThat(this.client.sortStore("s", SortArgs.noSort().descending(), "d")).isEqualTo(3);
		assertThat(this.client.lrange("d", 0, -1)).containsExactly("c", "b", "a");
		assertThat(this.client.sortStore("s", SortArgs.none().withAlpha().withLimit(0, 0), "d")).isZero();
		assertThat(this.client.exists("d")).isZero();
		assertThat(this.client.sortStore("missing", SortArgs.none(), "d")).isZero();
	}

	@Test
	void sort_byAndGetPatterns() {
		if (cluster()) {
			return;
		}
		weights();
		assertThat(this.client.sort("p", SortArgs.by("w_*"))).containsExactly("5", "4", "3", "2", "1");
		assertThat(this.client.sort("p", SortArgs.by("w_*").withGet("o_*", "#", "h_*->f"))).containsExactly("five", "5",
				null, null, "4", null, "three", "3", "c", "two", "2", "a", "one", "1", "b");
		assertThat(this.client.sort("p", SortArgs.by("h_*->f").withAlpha().withGet("#"))).containsExactly("4", "5", "2",
				"1", "3");
		assertThat(this.client.sortRo("p", SortArgs.by("w_*").descending().withLimit(0, 2).withGet("o_*")))
			.containsExactly("one", "two");
		assertThat(this.client.sortStore("p", SortArgs.by("w_*").withGet("o_*"), "d")).isEqualTo(5);
		assertThat(this.client.lrange("d", 0, -1)).containsExactly("five", "", "three", "two", "one");
	}

	@Test
	void sort_withAKeyPrefix_patternsNameTheClientsKeys() {
		if (cluster()) {
			return;
		}
		weights();
		try (RedipyClient prefixed = backend().client("pre:")) {
			prefixed.rpush("p", "2", "1");
			prefixed.mset(java.util.Map.of("w_1", "9", "w_2", "8", "o_1", "ONE"));
			prefixed.hset("h_2", "f", "TWO");
			assertThat(prefixed.sort("p", SortArgs.by("w_*").withGet("#", "o_*", "h_*->f", "nostar")))
				.containsExactly("2", null, "TWO", null, "1", "ONE", null, null);
			assertThat(prefixed.sortStore("p", SortArgs.noSort().withGet("o_*"), "d")).isEqualTo(2);
			assertThat(prefixed.lrange("d", 0, -1)).containsExactly("", "ONE");
			assertThat(this.client.exists("d")).isZero();
		}
	}

	@Test
	void sort_byAWeightThatIsNoNumberIsAnError() {
		if (cluster()) {
			return;
		}
		weights();
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.sort("p", SortArgs.by("o_*")))
			.withMessage(NOT_DOUBLE);
		// missing weights count as 0, sorted by the elements
		assertThat(this.client.sort("p", SortArgs.by("none_*").descending())).containsExactly("5", "4", "3", "2", "1");
	}

	@Test
	void sort_onAClusterRefusesByPatternsAndGet() {
		RedipyClient clustered = cluster() ? this.client : clusterRulesClient();
		try {
			clustered.rpush("{s}p", "1", "2");
			assertThatExceptionOfType(CommandException.class)
				.isThrownBy(() -> clustered.sort("{s}p", SortArgs.by("w_*")))
				.withMessage("ERR BY option of SORT denied in Cluster mode.");
			assertThatExceptionOfType(CommandException.class)
				.isThrownBy(() -> clustered.sortRo("{s}p", SortArgs.none().withGet("#")))
				.withMessage("ERR GET option of SORT denied in Cluster mode.");
			assertThatExceptionOfType(CommandException.class)
				.isThrownBy(() -> clustered.sortStore("{s}p", SortArgs.by("w_*").withGet("#"), "{s}d"))
				.withMessage("ERR BY option of SORT denied in Cluster mode.");
			assertThat(clustered.sort("{s}p", SortArgs.noSort().descending())).containsExactly("2", "1");
			assertThat(clustered.sortStore("{s}p", SortArgs.by("nosort"), "{s}d")).isEqualTo(2);
		}
		finally {
			if (clustered != this.client) {
				clustered.close();
			}
		}
	}

	private static RedipyClient clusterRulesClient() {
		MemoryStore store = new MemoryStore(new ManualClock(), Duration.ofSeconds(5), true);
		return Redipy.memory(MemoryOptions.defaults().withStore(store));
	}

	@Test
	void sort_inABatch() {
		this.client.rpush("l", "2", "1", "3");
		Batch batch = this.client.batch();
		Response<List<String>> sorted = batch.sort("l", SortArgs.none().descending());
		Response<List<String>> sortedRo = batch.sortRo("l", SortArgs.none().withLimit(0, 1));
		Response<Long> stored = batch.sortStore("l", SortArgs.none(), "d");
		batch.exec();
		assertThat(sorted.get()).containsExactly("3", "2", "1");
		assertThat(sortedRo.get()).containsExactly("1");
		assertThat(stored.get()).isEqualTo(3);
		assertThat(this.client.lrange("d", 0, -1)).containsExactly("1", "2", "3");
	}

	@Test
	void sort_inTheBinaryView() {
		TypedCommands<byte[], byte[]> bin = this.client.binary();
		byte[] key = { 'b', 'l' };
		bin.rpush(key, new byte[] { (byte) 0xff }, new byte[] { 'a' }, new byte[] { (byte) 0x80, 0 });
		List<byte[]> sorted = bin.sort(key, SortArgs.none().withAlpha());
		assertThat(sorted).extracting(Arrays::toString).containsExactly("[97]", "[-128, 0]", "[-1]");
		assertThat(bin.sortRo(key, SortArgs.noSort().descending())).extracting(Arrays::toString)
			.containsExactly("[-128, 0]", "[97]", "[-1]");
		assertThat(bin.sortStore(key, SortArgs.none().withAlpha().descending(), new byte[] { 'd' })).isEqualTo(3);
		assertThat(bin.lrange(new byte[] { 'd' }, 0, -1)).extracting(Arrays::toString)
			.containsExactly("[-1]", "[-128, 0]", "[97]");
	}

	@Test
	void sort_nullArgumentsAreRefused() {
		assertThatNullPointerException().isThrownBy(() -> this.client.sort(null, SortArgs.none()));
		assertThatNullPointerException().isThrownBy(() -> this.client.sort("l", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.sortStore("l", SortArgs.none(), null));
		assertThatNullPointerException().isThrownBy(() -> SortArgs.by(null));
	}

}
