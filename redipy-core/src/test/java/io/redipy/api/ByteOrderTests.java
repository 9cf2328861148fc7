package io.redipy.api;

import java.util.Arrays;
import java.util.List;

import io.redipy.script.ir.RawText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ByteOrder} orders strings as their bytes: UTF-8 for text, the escaped byte for a
 * script's byte that is not UTF-8, '?' for any other lone surrogate.
 */
class ByteOrderTests {

	private static final List<String> SAMPLES = List.of("", "a", "ab", "b", "z", "\u00e9", "\u00e9a", "\uffff",
			"\ufffd", "\u65e5", "\uD83D\uDE00", "\uD83D\uDE00x", "\uD83D\uDE01", "\uD83C\uDF89", "a\uD83D\uDE00",
			"\uDCC3", "\uDCC3\uDCA9", "\uDCFF", "\uDC80", "a\uDCFF", "?", "\uD800", "x\uDC80y", "\uDBFF\uDFFF");

	@Test
	void everyPairIsOrderedAsItsBytes() {
		for (String a : SAMPLES) {
			for (String b : SAMPLES) {
				int expected = Integer.signum(Arrays.compareUnsigned(RawText.encode(a), RawText.encode(b)));
				assertThat(Integer.signum(ByteOrder.compare(a, b))).as("%s vs %s", escape(a), escape(b))
					.isEqualTo(expected);
			}
		}
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach((c) -> out.append(String.format("\\u%04X", c)));
		return out.toString();
	}

}
