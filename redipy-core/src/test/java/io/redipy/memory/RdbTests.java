package io.redipy.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.redipy.CommandException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The payload codec alone: LZF and listpacks round-trip, a value dumps and restores to
 * itself, and no payload, however broken, gets anything but Redis's two errors.
 */
class RdbTests {

	@Test
	void lzfRoundTripsWhatItCompresses() {
		Random random = new Random(11);
		for (int i = 0; i < 2000; i++) {
			byte[] in = new byte[21 + random.nextInt(3000)];
			int alphabet = 1 + random.nextInt(20);
			for (int j = 0; j < in.length; j++) {
				in[j] = (byte) ('a' + random.nextInt(alphabet));
			}
			byte[] compressed = RdbLzf.compress(in, in.length - 4);
			if (compressed != null) {
				assertThat(compressed.length).isLessThanOrEqualTo(in.length - 4);
				assertThat(RdbLzf.decompress(compressed, in.length)).isEqualTo(in);
				assertThat(RdbLzf.decompress(compressed, in.length + 1)).isNull();
			}
		}
	}

	@Test
	void crc64IsRedisCrc64() {
		byte[] check = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		assertThat(RdbCrc64.crc(check, 0, check.length)).isEqualTo(0xe9c6d914c4b8d9caL);
	}

	@Test
	void listpackReadsWhatItWrites() {
		RdbListpack lp = new RdbListpack();
		List<Object> expected = new ArrayList<>();
		long[] numbers = { 0, 127, 128, -1, -4096, 4095, 4096, -32768, 32767, 32768, -8388608, 8388607, 8388608,
				Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE };
		for (long n : numbers) {
			lp.appendInteger(n);
			expected.add(n);
		}
		for (int length : new int[] { 0, 1, 63, 64, 4095, 4096, 20000 }) {
			byte[] s = "s".repeat(length).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			lp.append(s);
			expected.add(s);
		}
		List<Object> read = RdbListpack.read(lp.toBytes());
		assertThat(read).hasSize(expected.size());
		for (int i = 0; i < read.size(); i++) {
			assertThat(read.get(i)).isEqualTo(expected.get(i));
		}
	}

	@Test
	void integerStringsAreStoredAsListpackIntegers() {
		assertThat(RdbListpack.integerOf("-9223372036854775808".getBytes())).isEqualTo(Long.MIN_VALUE);
		assertThat(RdbListpack.integerOf("9223372036854775808".getBytes())).isNull();
		assertThat(RdbListpack.integerOf("-0".getBytes())).isNull();
		assertThat(RdbListpack.integerOf("01".getBytes())).isNull();
		assertThat(RdbListpack.integerOf("".getBytes())).isNull();
		assertThat(RdbListpack.integerOf("-".getBytes())).isNull();
	}

	@Test
	void aSmallHashWithAFieldTwiceIsBadData() {
		// Redis without sanitize-dump-payload builds a corrupt listpack of it
		byte[] body = { 4, 2, 1, 'a', 1, 'b', 1, 'a', 1, 'c' };
		assertThatThrownBy(() -> Rdb.restore(seal(body))).isInstanceOf(CommandException.class)
			.hasMessageContaining("Bad data format");
	}

	private static byte[] seal(byte[] body) {
		byte[] payload = java.util.Arrays.copyOf(body, body.length + 10);
		payload[body.length] = 10;
		long crc = RdbCrc64.crc(payload, 0, body.length + 2);
		for (int i = 0; i < 8; i++) {
			payload[body.length + 2 + i] = (byte) (crc >>> (8 * i));
		}
		return payload;
	}

	@Test
	void brokenPayloadsGetRedisErrorsOnly() {
		long seed = new Random().nextLong();
		Random random = new Random(seed);
		List<byte[]> valid = new ArrayList<>();
		ListValue list = new ListValue();
		for (int i = 0; i < 300; i++) {
			list.addLast((i % 3 == 0) ? Integer.toString(i) : "element" + i);
		}
		valid.add(Rdb.dump(list));
		HashValue hash = new HashValue();
		hash.put("a", "1");
		hash.put("bb", "x".repeat(40));
		valid.add(Rdb.dump(hash));
		ZSetValue zset = new ZSetValue();
		zset.put("m", 1.5);
		zset.put("n", 2);
		valid.add(Rdb.dump(zset));
		valid.add(Rdb.dump(new SetValue(List.of("1", "2", "300000"))));
		valid.add(Rdb.dump(new SetValue(List.of("a", "b"))));
		valid.add(Rdb.dump("y".repeat(500)));
		StreamValue stream = new StreamValue();
		for (int i = 1; i <= 120; i++) {
			stream.append(new StreamValue.Id(i, 0), new String[] { "f", Integer.toString(i), "g", "v" });
		}
		stream.delete(new StreamValue.Id(3, 0));
		StreamValue.Group group = new StreamValue.Group(new StreamValue.Id(5, 0), 5);
		StreamValue.Consumer consumer = new StreamValue.Consumer("c", 1000);
		group.consumers.put("c", consumer);
		StreamValue.Nack nack = new StreamValue.Nack(consumer, 1000, 2);
		group.pending.put(new StreamValue.Id(4, 0), nack);
		consumer.pending.put(new StreamValue.Id(4, 0), nack);
		stream.groups.put("g", group);
		valid.add(Rdb.dump(stream));
		for (byte[] payload : valid) {
			assertThat(Rdb.dump(Rdb.restore(payload).value())).isEqualTo(payload);
		}
		for (int i = 0; i < 20000; i++) {
			byte[] payload = valid.get(random.nextInt(valid.size()));
			byte[] body = java.util.Arrays.copyOf(payload, payload.length - 10);
			int edits = 1 + random.nextInt(3);
			for (int e = 0; e < edits; e++) {
				switch (random.nextInt(3)) {
					case 0 -> {
						if (body.length > 0) {
							body[random.nextInt(body.length)] = (byte) random.nextInt(256);
						}
					}
					case 1 -> body = java.util.Arrays.copyOf(body, random.nextInt(body.length + 1));
					default -> {
						if (body.length > 0) {
							body[random.nextInt(body.length)] ^= (byte) (1 << random.nextInt(8));
						}
					}
				}
			}
			try {
				Rdb.restore(seal(body));
			}
			catch (CommandException ex) {
				assertThat(ex.getMessage()).as("seed %d", seed).contains("Bad data format");
			}
			catch (RuntimeException ex) {
				fail("seed " + seed + ": " + ex, ex);
			}
		}
	}

}
