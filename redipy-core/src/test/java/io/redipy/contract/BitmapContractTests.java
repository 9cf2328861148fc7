package io.redipy.contract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import io.redipy.InvalidArgumentException;
import io.redipy.NotANumberException;
import io.redipy.WrongTypeException;
import io.redipy.api.Batch;
import io.redipy.api.BitFieldArgs;
import io.redipy.api.BitFieldType;
import io.redipy.api.BitOperation;
import io.redipy.api.BitUnit;
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
 * The contract of the bitmap commands ({@code SETBIT}, {@code GETBIT}, {@code BITCOUNT},
 * {@code BITPOS}, {@code BITOP}, {@code BITFIELD}, {@code BITFIELD_RO}), run against
 * every backend: the {@code String} API, batches and the binary view. Byte values are
 * compared as hex text.
 */
public abstract class BitmapContractTests extends ContractTestSupport {

	private static final String BIT_OFFSET = "ERR bit offset is not an integer or out of range";

	private static final BitFieldType U2 = BitFieldType.unsigned(2);

	private static final BitFieldType U4 = BitFieldType.unsigned(4);

	private static final BitFieldType U8 = BitFieldType.unsigned(8);

	private static final BitFieldType I5 = BitFieldType.signed(5);

	private static final BitFieldType I8 = BitFieldType.signed(8);

	private static final BitFieldType I64 = BitFieldType.signed(64);

	private TypedCommands<byte[], byte[]> bin;

	@BeforeEach
	void binaryView() {
		this.bin = this.client.binary();
	}

	private static byte[] b(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] b(int... bytes) {
		byte[] result = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			result[i] = (byte) bytes[i];
		}
		return result;
	}

	private String hexOf(String key) {
		byte[] value = this.bin.get(b(key));
		return (value != null) ? HexFormat.of().formatHex(value) : null;
	}

	// SETBIT, GETBIT

	@Test
	void setbit_returnsThePreviousBitAndGrowsTheValueWithZeroBytes() {
		assertThat(this.client.setbit("b", 7, 1)).isZero();
		assertThat(this.client.get("b")).isEqualTo("\u0001");
		assertThat(this.client.setbit("b", 7, 1)).isEqualTo(1);
		assertThat(this.client.setbit("b", 7, 0)).isEqualTo(1);
		assertThat(this.client.setbit("b", 0, 1)).isZero();
		assertThat(this.client.setbit("b", 23, 1)).isZero();
		assertThat(hexOf("b")).isEqualTo("800001");
		assertThat(this.client.strlen("b")).isEqualTo(3);
		assertThat(this.client.setbit("b", 100, 0)).isZero();
		assertThat(this.client.strlen("b")).isEqualTo(13);
	}

	@Test
	void getbit_readsBitsAndZerosPastTheEnd() {
		this.client.set("s", "a"); // 0x61 = 01100001
		assertThat(Arrays.asList(this.client.getbit("s", 0), this.client.getbit("s", 1), this.client.getbit("s", 2),
				this.client.getbit("s", 7), this.client.getbit("s", 8), this.client.getbit("s", 4_000_000_000L)))
			.containsExactly(0L, 1L, 1L, 1L, 0L, 0L);
		assertThat(this.client.getbit("missing", 3)).isZero();
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void setbit_badOffsetsAndBitsAreErrors_theOffsetFirst() {
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.setbit("b", -1, 1))
			.withMessage(BIT_OFFSET);
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.setbit("b", 1L << 32, 1))
			.withMessage(BIT_OFFSET);
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.setbit("b", 0, 2))
			.withMessage("ERR bit is not an integer or out of range");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.setbit("b", 0, -1))
			.withMessage("ERR bit is not an integer or out of range");
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.setbit("b", -1, 2))
			.withMessage(BIT_OFFSET);
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(() -> this.client.getbit("b", -1))
			.withMessage(BIT_OFFSET);
		assertThat(this.client.exists("b")).isZero();
	}

	@Test
	void bitmapCommands_onAListAreWrongType() {
		this.client.rpush("l", "a");
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.setbit("l", 0, 1))
			.withMessageStartingWith("WRONGTYPE");
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.getbit("l", 0));
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.bitcount("l"));
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.bitcount("l", 0, -1));
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.bitpos("l", 1));
		assertThatExceptionOfType(WrongTypeException.class)
			.isThrownBy(() -> this.client.bitop(BitOperation.OR, "d", "l"));
		assertThatExceptionOfType(WrongTypeException.class)
			.isThrownBy(() -> this.client.bitfield("l", BitFieldArgs.none().get(U8, 0)));
		assertThatExceptionOfType(WrongTypeException.class)
			.isThrownBy(() -> this.client.bitfield("l", BitFieldArgs.none().set(U8, 0, 1)));
		assertThatExceptionOfType(WrongTypeException.class)
			.isThrownBy(() -> this.client.bitfieldRo("l", BitFieldArgs.Get.of(U8, 0)));
		assertThat(this.client.exists("d")).isZero();
	}

	@Test
	void nullArgumentsAreRejectedBeforeAnythingRuns() {
		assertThatNullPointerException().isThrownBy(() -> this.client.setbit(null, 0, 1));
		assertThatNullPointerException().isThrownBy(() -> this.client.bitcount("k", 0, 1, null));
		assertThatNullPointerException().isThrownBy(() -> this.client.bitpos("k", 1, 0, 1, null));
		assertThatNullPointerException().isThrownBy(() -> this.client.bitop(null, "d", "k"));
		assertThatNullPointerException().isThrownBy(() -> this.client.bitop(BitOperation.OR, null, "k"));
		assertThatNullPointerException().isThrownBy(() -> this.client.bitfield("k", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.bitfieldRo("k", (BitFieldArgs.Get) null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.bitop(BitOperation.OR, "d"));
		assertThatIllegalArgumentException().isThrownBy(() -> BitFieldType.unsigned(64));
		assertThatIllegalArgumentException().isThrownBy(() -> BitFieldType.signed(0));
		assertThatIllegalArgumentException().isThrownBy(() -> BitFieldType.signed(65));
		assertThat(BitFieldType.unsigned(63)).hasToString("u63");
		assertThat(BitFieldType.signed(64)).hasToString("i64");
	}

	// BITCOUNT

	@Test
	void bitcount_countsTheWholeValueOrARangeOfBytesOrBits() {
		this.client.set("s", "foobar");
		assertThat(this.client.bitcount("s")).isEqualTo(26);
		assertThat(this.client.bitcount("s", 0, 0)).isEqualTo(4);
		assertThat(this.client.bitcount("s", 1, 1)).isEqualTo(6);
		assertThat(this.client.bitcount("s", 1, 1, BitUnit.BYTE)).isEqualTo(6);
		assertThat(this.client.bitcount("s", 5, 30, BitUnit.BIT)).isEqualTo(17);
		assertThat(this.client.bitcount("s", -2, -1)).isEqualTo(7);
		assertThat(this.client.bitcount("s", -1, -2)).isZero();
		assertThat(this.client.bitcount("s", 4, 2)).isZero();
		assertThat(this.client.bitcount("s", 0, 100)).isEqualTo(26);
		assertThat(this.client.bitcount("s", -100, -1, BitUnit.BIT)).isEqualTo(26);
		assertThat(this.client.bitcount("missing")).isZero();
		assertThat(this.client.bitcount("missing", 0, -1, BitUnit.BIT)).isZero();
	}

	// BITPOS

	@Test
	void bitpos_findsTheFirstSetOrClearBit() {
		this.bin.set(b("p"), b(0x00, 0xff, 0xf0));
		assertThat(this.client.bitpos("p", 1)).isEqualTo(8);
		assertThat(this.client.bitpos("p", 0)).isZero();
		assertThat(this.client.bitpos("p", 1, 2)).isEqualTo(16);
		assertThat(this.client.bitpos("p", 1, 2, -1)).isEqualTo(16);
		assertThat(this.client.bitpos("p", 1, 2, -1, BitUnit.BYTE)).isEqualTo(16);
		assertThat(this.client.bitpos("p", 1, 7, 15, BitUnit.BIT)).isEqualTo(8);
		assertThat(this.client.bitpos("p", 1, 7, -3, BitUnit.BIT)).isEqualTo(8);
		assertThat(this.client.bitpos("p", 0, 1, 1)).isEqualTo(-1);
		assertThat(this.client.bitpos("p", 0, 20, -1, BitUnit.BIT)).isEqualTo(20);
		assertThat(this.client.bitpos("p", 1, 3, 1)).isEqualTo(-1);
	}

	@Test
	void bitpos_aClearBitPastTheEndIsFoundOnlyWithoutAnEnd() {
		this.bin.set(b("f"), b(0xff, 0xff));
		assertThat(this.client.bitpos("f", 0)).isEqualTo(16);
		assertThat(this.client.bitpos("f", 0, 1)).isEqualTo(16);
		assertThat(this.client.bitpos("f", 0, 0, -1)).isEqualTo(-1);
		assertThat(this.client.bitpos("f", 0, 0, -1, BitUnit.BIT)).isEqualTo(-1);
		assertThat(this.client.bitpos("missing", 1)).isEqualTo(-1);
		assertThat(this.client.bitpos("missing", 0)).isZero();
		assertThat(this.client.bitpos("missing", 0, 5, 9)).isZero();
	}

	@Test
	void bitpos_theBitIsCheckedBeforeTheKey() {
		this.client.rpush("l", "a");
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.bitpos("l", 2))
			.withMessage("ERR The bit argument must be 1 or 0.");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.bitpos("missing", -1, 0, 1, BitUnit.BIT))
			.withMessage("ERR The bit argument must be 1 or 0.");
	}

	// BITOP

	@Test
	void bitop_storesTheResultAndReturnsItsLength() {
		this.client.set("a", "foobar");
		this.client.set("b", "abcdef");
		assertThat(this.client.bitop(BitOperation.AND, "d", "a", "b")).isEqualTo(6);
		assertThat(this.client.get("d")).isEqualTo("`bc`ab");
		assertThat(this.client.bitop(BitOperation.OR, "d", "a", "b")).isEqualTo(6);
		assertThat(this.client.get("d")).isEqualTo("goofev");
		assertThat(this.client.bitop(BitOperation.XOR, "d", "a", "b", "a")).isEqualTo(6);
		assertThat(this.client.get("d")).isEqualTo("abcdef");
		assertThat(this.client.bitop(BitOperation.NOT, "d", "a")).isEqualTo(6);
		assertThat(hexOf("d")).isEqualTo("9990909d9e8d");
	}

	@Test
	void bitop_padsShorterSourcesWithZerosAndDeletesAnEmptyResult() {
		this.bin.set(b("s1"), b(0xff));
		this.bin.set(b("s2"), b(0x0f, 0x0f));
		assertThat(this.client.bitop(BitOperation.AND, "d", "s1", "s2", "missing")).isEqualTo(2);
		assertThat(hexOf("d")).isEqualTo("0000");
		assertThat(this.client.bitop(BitOperation.AND, "d", "s1", "s2")).isEqualTo(2);
		assertThat(hexOf("d")).isEqualTo("0f00");
		assertThat(this.client.bitop(BitOperation.OR, "d", "missing", "s1")).isEqualTo(1);
		assertThat(hexOf("d")).isEqualTo("ff");
		this.client.set("e", "");
		assertThat(this.client.bitop(BitOperation.OR, "d", "missing", "e")).isZero();
		assertThat(this.client.exists("d")).isZero();
		this.client.rpush("d", "x");
		assertThat(this.client.bitop(BitOperation.NOT, "d", "s2")).isEqualTo(2);
		assertThat(hexOf("d")).isEqualTo("f0f0");
	}

	@Test
	void bitop_notTakesOneSource_checkedBeforeTheKeys() {
		this.client.rpush("l", "a");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.bitop(BitOperation.NOT, "d", "l", "l"))
			.withMessage("ERR BITOP NOT must be called with a single source key.");
		assertThat(this.client.exists("d")).isZero();
	}

	// BITFIELD, BITFIELD_RO

	@Test
	void bitfield_readsWritesAndIncrementsIntegers() {
		assertThat(this.client.bitfield("f", BitFieldArgs.none().incrby(I5, 100, 1).get(U4, 0))).containsExactly(1L,
				0L);
		assertThat(this.client.strlen("f")).isEqualTo(14);
		assertThat(this.client.bitfield("g", BitFieldArgs.none().set(U8, 0, 255).get(I8, 0).setAt(U8, 1, 7)))
			.containsExactly(0L, -1L, 0L);
		assertThat(hexOf("g")).isEqualTo("ff07");
		assertThat(this.client.bitfield("g", BitFieldArgs.none().getAt(U8, 1).get(U4, 4).set(I8, 0, 200).get(I8, 0)))
			.containsExactly(7L, 15L, -1L, -56L);
		assertThat(this.client.bitfield("g", BitFieldArgs.none())).isEmpty();
		assertThat(this.client.bitfield("missing", BitFieldArgs.none().get(I64, 0).overflow(BitFieldArgs.Overflow.SAT)))
			.containsExactly(0L);
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void bitfield_overflowRules() {
		BitFieldArgs sat = BitFieldArgs.none()
			.incrby(U2, 100, 1)
			.overflow(BitFieldArgs.Overflow.SAT)
			.incrby(U2, 102, 1);
		assertThat(this.client.bitfield("k", sat)).containsExactly(1L, 1L);
		assertThat(this.client.bitfield("k", sat)).containsExactly(2L, 2L);
		assertThat(this.client.bitfield("k", sat)).containsExactly(3L, 3L);
		assertThat(this.client.bitfield("k", sat)).containsExactly(0L, 3L);
		BitFieldArgs fail = BitFieldArgs.none().overflow(BitFieldArgs.Overflow.FAIL).incrby(U2, 102, 1);
		assertThat(this.client.bitfield("k", fail)).containsExactly((Long) null);
		assertThat(this.client.bitfield("k",
				BitFieldArgs.none()
					.overflow(BitFieldArgs.Overflow.FAIL)
					.set(I8, 8, 128)
					.overflow(BitFieldArgs.Overflow.SAT)
					.set(I8, 16, 128)
					.overflow(BitFieldArgs.Overflow.WRAP)
					.incrby(I8, 24, -129)
					.getAt(I8, 1)
					.getAt(I8, 2)))
			.containsExactly(null, 0L, 127L, 0L, 127L);
		this.client.bitfield("m", BitFieldArgs.none().set(I64, 0, Long.MAX_VALUE));
		assertThat(this.client.bitfield("m",
				BitFieldArgs.none()
					.incrby(I64, 0, 1)
					.overflow(BitFieldArgs.Overflow.SAT)
					.incrby(I64, 0, -1)
					.incrby(I64, 0, Long.MIN_VALUE)
					.incrby(I64, 0, Long.MIN_VALUE)))
			.containsExactly(Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE);
	}

	@Test
	void bitfield_badOffsetsFailBeforeAnythingIsWritten() {
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.bitfield("k", BitFieldArgs.none().set(U8, 0, 1).get(U8, -1)))
			.withMessage(BIT_OFFSET);
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.bitfield("k", BitFieldArgs.none().incrbyAt(U8, -1, 1)))
			.withMessage(BIT_OFFSET);
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.bitfield("k", BitFieldArgs.none().set(U8, 1L << 32, 1)))
			.withMessage(BIT_OFFSET);
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.bitfieldRo("k", BitFieldArgs.Get.at(U8, 1L << 29)))
			.withMessage(BIT_OFFSET);
		assertThat(this.client.exists("k")).isZero();
		this.client.rpush("l", "a");
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.bitfield("l", BitFieldArgs.none().get(U8, -8)))
			.withMessage(BIT_OFFSET);
	}

	@Test
	void bitfieldRo_readsIntegers() {
		this.bin.set(b("r"), b(0x80, 0x01, 0xff));
		assertThat(this.client.bitfieldRo("r", BitFieldArgs.Get.of(U8, 0), BitFieldArgs.Get.at(U8, 1),
				BitFieldArgs.Get.of(I8, 16), BitFieldArgs.Get.of(BitFieldType.signed(3), 22),
				BitFieldArgs.Get.of(I64, 0)))
			.containsExactly(128L, 1L, -1L, -2L, 0x8001ff0000000000L);
		assertThat(this.client.bitfieldRo("r")).isEmpty();
		assertThat(this.client.bitfieldRo("missing", BitFieldArgs.Get.of(U4, 3))).containsExactly(0L);
	}

	// batches and the binary view

	@Test
	void batch_queuesEveryBitmapCommand() {
		this.client.set("s", "foobar");
		Batch batch = this.client.batch();
		Response<Long> setbit = batch.setbit("b", 1, 1);
		Response<Long> getbit = batch.getbit("b", 1);
		Response<Long> count = batch.bitcount("s");
		Response<Long> countRange = batch.bitcount("s", 1, 1);
		Response<Long> countBits = batch.bitcount("s", 5, 30, BitUnit.BIT);
		Response<Long> pos = batch.bitpos("b", 1);
		Response<Long> posFrom = batch.bitpos("s", 0, 1);
		Response<Long> posRange = batch.bitpos("s", 1, 1, 2);
		Response<Long> posBits = batch.bitpos("s", 1, 7, 15, BitUnit.BIT);
		Response<Long> op = batch.bitop(BitOperation.OR, "d", "s", "b");
		Response<Long> badOp = batch.bitop(BitOperation.NOT, "d", "s", "b");
		Response<List<Long>> field = batch.bitfield("f", BitFieldArgs.none().set(U8, 0, 3).get(U4, 4));
		Response<List<Long>> fieldRo = batch.bitfieldRo("f", BitFieldArgs.Get.of(U8, 0));
		batch.exec();
		assertThat(setbit.get()).isZero();
		assertThat(getbit.get()).isEqualTo(1);
		assertThat(count.get()).isEqualTo(26);
		assertThat(countRange.get()).isEqualTo(6);
		assertThat(countBits.get()).isEqualTo(17);
		assertThat(pos.get()).isEqualTo(1);
		assertThat(posFrom.get()).isEqualTo(8);
		assertThat(posRange.get()).isEqualTo(9);
		assertThat(posBits.get()).isEqualTo(9);
		assertThat(op.get()).isEqualTo(6);
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(badOp::get)
			.withMessage("ERR BITOP NOT must be called with a single source key.");
		assertThat(field.get()).containsExactly(0L, 3L);
		assertThat(fieldRo.get()).containsExactly(3L);
		assertThat(this.client.get("d")).isEqualTo("foobar");
	}

	@Test
	void binaryView_bitmapsOnBytesThatAreNotUtf8() {
		byte[] key = b(0x80, 'k');
		assertThat(this.bin.setbit(key, 0, 1)).isZero();
		assertThat(this.bin.setbit(key, 15, 1)).isZero();
		assertThat(HexFormat.of().formatHex(this.bin.get(key))).isEqualTo("8001");
		assertThat(this.bin.getbit(key, 15)).isEqualTo(1);
		assertThat(this.bin.bitcount(key)).isEqualTo(2);
		assertThat(this.bin.bitcount(key, 1, 1)).isEqualTo(1);
		assertThat(this.bin.bitcount(key, 0, 7, BitUnit.BIT)).isEqualTo(1);
		assertThat(this.bin.bitpos(key, 1)).isZero();
		assertThat(this.bin.bitpos(key, 1, 1)).isEqualTo(15);
		assertThat(this.bin.bitpos(key, 0, 0, 0)).isEqualTo(1);
		assertThat(this.bin.bitpos(key, 1, 1, 14, BitUnit.BIT)).isEqualTo(-1);
		byte[] dest = b(0xff, 0);
		assertThat(this.bin.bitop(BitOperation.NOT, dest, key)).isEqualTo(2);
		assertThat(HexFormat.of().formatHex(this.bin.get(dest))).isEqualTo("7ffe");
		assertThat(this.bin.bitfield(dest, BitFieldArgs.none().incrby(U8, 0, 1).get(I8, 8))).containsExactly(128L, -2L);
		assertThat(this.bin.bitfieldRo(dest, BitFieldArgs.Get.of(U4, 0))).containsExactly(8L);
		assertThat(this.client.getbit("\uDC80k", 0)).isEqualTo(1);
	}

}
