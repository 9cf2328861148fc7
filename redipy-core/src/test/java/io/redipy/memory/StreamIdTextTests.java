package io.redipy.memory;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream id's text is its two numbers, unsigned, in decimal: the edges of both halves
 * and a seeded spread of values, against the JDK's own formatting.
 */
class StreamIdTextTests {

	private static final long[] EDGES = { 0, 1, 9, 10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, -1, -2, -10, 1L << 62,
			1_000_000_000_000_000_000L, -8_446_744_073_709_551_616L };

	private static void check(long ms, long seq) {
		assertThat(new StreamValue.Id(ms, seq).toString())
			.isEqualTo(Long.toUnsignedString(ms) + "-" + Long.toUnsignedString(seq));
	}

	@Test
	void edges_areWrittenUnsigned() {
		for (long ms : EDGES) {
			for (long seq : EDGES) {
				check(ms, seq);
			}
		}
		assertThat(StreamValue.Id.MAX.toString()).isEqualTo("18446744073709551615-18446744073709551615");
		assertThat(StreamValue.Id.MIN.toString()).isEqualTo("0-0");
	}

	@Test
	void seededValues_matchTheJdk() {
		SplittableRandom random = new SplittableRandom(20261207);
		for (int i = 0; i < 100_000; i++) {
			long ms = random.nextLong() >>> random.nextInt(64);
			long seq = random.nextLong() >>> random.nextInt(64);
			check(random.nextBoolean() ? ms : -ms, seq);
		}
	}

}
