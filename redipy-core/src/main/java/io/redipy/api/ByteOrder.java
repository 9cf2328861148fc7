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
					return Integer.compare(a.codePointAt(i), b.codePointAt(i));
				}
				return x - y;
			}
		}
		return a.length() - b.length();
	}

}
