package io.redipy.contract;

import java.util.HexFormat;

import io.redipy.CommandException;
import io.redipy.WrongTypeException;
import io.redipy.api.Batch;
import io.redipy.api.KeyType;
import io.redipy.api.Response;
import io.redipy.api.TypedCommands;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The contract of the HyperLogLog commands ({@code PFADD}, {@code PFCOUNT},
 * {@code PFMERGE}), run against every backend: the {@code String} API, batches and the
 * binary view. The bytes and estimates expected are those Redis 7.0.15 holds and answers.
 */
public abstract class HyperLogLogContractTests extends ContractTestSupport {

	/** {@code PFADD h a b c} on Redis: sparse, the cached estimate marked stale. */
	private static final String ABC = "48594c4c01000000000000000000008060f38050b1844bfb80425a";

	/** The same after {@code PFCOUNT h}: the estimate 3 cached. */
	private static final String ABC_COUNTED = "48594c4c01000000030000000000000060f38050b1844bfb80425a";

	private static final String NOT_HLL = "WRONGTYPE Key is not a valid HyperLogLog string value.";

	private static final String CORRUPT = "INVALIDOBJ Corrupted HLL object detected";

	private TypedCommands<byte[], byte[]> bin;

	@BeforeEach
	void binaryView() {
		this.bin = this.client.binary();
	}

	private static String[] elements(String prefix, int from, int to) {
		String[] result = new String[to - from];
		for (int i = from; i < to; i++) {
			result[i - from] = prefix + i;
		}
		return result;
	}

	private String hexOf(String key) {
		byte[] value = this.bin.get(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return (value != null) ? HexFormat.of().formatHex(value) : null;
	}

	@Test
	void pfadd_createsTheKeyAndAnswersWhetherARegisterChanged() {
		assertThat(this.client.pfadd("e")).isTrue();
		assertThat(this.client.pfadd("e")).isFalse();
		assertThat(this.client.pfcount("e")).isZero();
		assertThat(this.client.strlen("e")).isEqualTo(18);
		assertThat(this.client.pfadd("h", "a", "b", "c")).isTrue();
		assertThat(this.client.pfadd("h", "a", "c")).isFalse();
		assertThat(this.client.pfadd("h", "a", "d")).isTrue();
		assertThat(this.client.type("h")).isEqualTo(KeyType.STRING);
	}

	@Test
	void pfadd_holdsRedisBytesAndPfcountCachesItsEstimateInThem() {
		this.client.pfadd("h", "a", "b", "c");
		assertThat(hexOf("h")).isEqualTo(ABC);
		assertThat(this.client.pfcount("h")).isEqualTo(3);
		assertThat(hexOf("h")).isEqualTo(ABC_COUNTED);
		assertThat(this.client.pfcount("h")).isEqualTo(3);
	}

	@Test
	void pfadd_turnsDenseAsRedisDoes() {
		this.client.pfadd("few", elements("e", 0, 100));
		assertThat(this.client.strlen("few")).isEqualTo(285);
		assertThat(this.client.pfcount("few")).isEqualTo(100);
		this.client.pfadd("d", elements("e", 0, 5000));
		assertThat(this.client.strlen("d")).isEqualTo(12304);
		assertThat(this.client.pfcount("d")).isEqualTo(4968);
		this.client.pfadd("s", elements("e", 4000, 6000));
		assertThat(this.client.pfcount("s")).isEqualTo(1999);
	}

	@Test
	void pfcount_ofSeveralKeysEstimatesTheirUnionAndWritesNothing() {
		this.client.pfadd("h", "a", "b", "c");
		this.client.pfadd("d", elements("e", 0, 5000));
		this.client.pfadd("s", elements("e", 4000, 6000));
		assertThat(this.client.pfcount("d", "s")).isEqualTo(5953);
		assertThat(this.client.pfcount("s", "d", "h")).isEqualTo(5957);
		assertThat(this.client.pfcount("missing", "h")).isEqualTo(3);
		assertThat(hexOf("h")).isEqualTo(ABC);
		assertThat(this.client.pfcount("missing")).isZero();
		assertThat(this.client.pfcount("missing", "missing2")).isZero();
	}

	@Test
	void pfmerge_storesTheUnionCountingTheDestinationToo() {
		this.client.pfadd("h", "a", "b", "c");
		this.client.pfadd("s", elements("e", 4000, 6000));
		this.client.pfmerge("m", "s", "h");
		assertThat(this.client.strlen("m")).isEqualTo(12304);
		assertThat(this.client.pfcount("m")).isEqualTo(2003);
		this.client.pfadd("x", "z");
		this.client.pfmerge("x", "h");
		assertThat(this.client.pfcount("x")).isEqualTo(4);
		this.client.pfmerge("new");
		assertThat(this.client.pfcount("new")).isZero();
		assertThat(this.client.exists("new")).isEqualTo(1);
		this.client.pfmerge("h");
		assertThat(this.client.pfcount("h")).isEqualTo(3);
	}

	@Test
	void pfCommands_onOtherTypesAndOtherStrings() {
		this.client.rpush("l", "a");
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.pfadd("l", "a"))
			.withMessageStartingWith("WRONGTYPE Operation against a key holding the wrong kind of value");
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.pfcount("h", "l"))
			.withMessageStartingWith("WRONGTYPE Operation against");
		this.client.set("s", "hello, this is not a HyperLogLog");
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.pfadd("s", "a"))
			.withMessage(NOT_HLL);
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.pfcount("s"))
			.withMessage(NOT_HLL);
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.pfmerge("d", "s"))
			.withMessage(NOT_HLL);
		assertThat(this.client.exists("d")).isZero();
		this.client.set("n", "123");
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.pfcount("n"))
			.withMessage(NOT_HLL);
		assertThat(this.client.get("s")).isEqualTo("hello, this is not a HyperLogLog");
	}

	@Test
	void pfCommands_onCorruptSparseValues() {
		// a sparse HyperLogLog whose one XZERO run covers 16383 registers of 16384
		byte[] corrupt = HexFormat.of().parseHex("48594c4c010000000000000000000080" + "7ffe");
		this.bin.set(bytes("c"), corrupt);
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.pfcount("c"))
			.withMessage(CORRUPT);
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.pfcount("c", "x"))
			.withMessage(CORRUPT);
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.pfmerge("d", "c"))
			.withMessage(CORRUPT);
		assertThat(this.client.exists("d")).isZero();
		assertThat(HexFormat.of().formatHex(this.bin.get(bytes("c")))).isEqualTo(HexFormat.of().formatHex(corrupt));
	}

	@Test
	void pfCommands_rejectNullAndMissingArguments() {
		assertThatNullPointerException().isThrownBy(() -> this.client.pfadd(null, "a"));
		assertThatNullPointerException().isThrownBy(() -> this.client.pfadd("h", (String[]) null));
		assertThatNullPointerException().isThrownBy(() -> this.client.pfadd("h", "a", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.pfcount((String[]) null));
		assertThatNullPointerException().isThrownBy(() -> this.client.pfcount("h", null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.pfcount());
		assertThatNullPointerException().isThrownBy(() -> this.client.pfmerge(null, "h"));
		assertThatNullPointerException().isThrownBy(() -> this.client.pfmerge("d", (String) null));
		assertThat(this.client.exists("h", "d")).isZero();
	}

	@Test
	void batch_queuesEveryHyperLogLogCommand() {
		Batch batch = this.client.batch();
		Response<Boolean> added = batch.pfadd("h", "a", "b", "c");
		Response<Boolean> again = batch.pfadd("h", "a");
		Response<Long> count = batch.pfcount("h");
		Response<Void> merged = batch.pfmerge("m", "h", "missing");
		Response<Long> union = batch.pfcount("m", "h");
		batch.exec();
		assertThat(added.get()).isTrue();
		assertThat(again.get()).isFalse();
		assertThat(count.get()).isEqualTo(3);
		assertThat(merged.get()).isNull();
		assertThat(union.get()).isEqualTo(3);
		assertThat(hexOf("h")).isEqualTo(ABC_COUNTED);
	}

	@Test
	void binaryView_hashesTheElementsBytes() {
		byte[] key = { (byte) 0x80, 'k' };
		assertThat(this.bin.pfadd(key, new byte[] { (byte) 0xff }, new byte[] { (byte) 0xfe })).isTrue();
		assertThat(HexFormat.of().formatHex(this.bin.get(key)))
			.isEqualTo("48594c4c0100000000000000000000806966804ffa80469b");
		assertThat(this.bin.pfcount(key)).isEqualTo(2);
		this.bin.pfmerge(bytes("m"), key);
		assertThat(this.client.pfcount("\uDC80k", "m")).isEqualTo(2);
		assertThat(this.client.pfadd("u", "é", "ü")).isTrue();
		assertThat(hexOf("u")).isEqualTo("48594c4c010000000000000000000080742880437e804855");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}
