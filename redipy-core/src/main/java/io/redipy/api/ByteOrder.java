package io.redipy.api;

/**
 * The order of strings by their UTF-8 bytes (the order of their code points), which is
 * how Redis and the script language order text.
 */
public final class ByteOrder {

	private ByteOrder() {
	}

	/**
	 * Compares two strings by their UTF-8 encodings.
	 * @param a a string
	 * @param b another string
	 * @return negative, zero or positive
	 */
	public static int compare(String a, String b) {
		int length = Math.min(a.length(), b.length());
		for (int i = 0; i < length; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
					// back to the start of a pair the strings share the high half of
					int start = (i > 0 && Character.isHighSurrogate(a.charAt(i - 1))) ? i - 1 : i;
					if (!lone(a, start) && !lone(b, start)) {
						// whole code points: their order is their UTF-8 bytes' order
						return Integer.compare(a.codePointAt(start), b.codePointAt(start));
					}
					return compareBytes(a, b, start);
				}
				return x - y;
			}
		}
		return a.length() - b.length();
	}

	/**
	 * Compares the UTF-8 bytes of two strings from a char index where they differ and a
	 * lone surrogate is involved: a lone low surrogate U+DC80 to U+DCFF stands for the
	 * byte 0x80 to 0xFF (how scripts carry stored bytes that are not UTF-8), any other
	 * lone surrogate for '?' (as UTF-8 encoding writes it).
	 */
	private static int compareBytes(String a, String b, int start) {
		byte[] x = bytes(a.substring(start));
		byte[] y = bytes(b.substring(start));
		return java.util.Arrays.compareUnsigned(x, y);
	}

	/** Whether the char at an index is a surrogate that is not half of a pair. */
	private static boolean lone(String text, int index) {
		char c = text.charAt(index);
		if (!Character.isSurrogate(c)) {
			return false;
		}
		return !(Character.isHighSurrogate(c) && index + 1 < text.length()
				&& Character.isLowSurrogate(text.charAt(index + 1)));
	}

	private static byte[] bytes(String text) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				out.writeBytes(text.substring(i, i + 2).getBytes(java.nio.charset.StandardCharsets.UTF_8));
				i++;
			}
			else if (c >= '\uDC80' && c <= '\uDCFF') {
				out.write(0x80 + (c - '\uDC80'));
			}
			else {
				out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return out.toByteArray();
	}

}
