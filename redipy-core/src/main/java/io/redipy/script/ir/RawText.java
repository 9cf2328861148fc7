package io.redipy.script.ir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * How script strings carry bytes that are not valid UTF-8 (a stored value cut by
 * {@code GETRANGE} or {@code SETRANGE}): in Lua a string is its bytes, so the memory
 * backend must give scripts the same bytes, not a UTF-8 decoding with U+FFFD in their
 * place. A script string is the UTF-8 decoding of its bytes in which each byte that is
 * not part of a valid sequence stands as the lone low surrogate U+DC80 + (byte - 0x80)
 * ("surrogate escape"). No other lone surrogate occurs in a script string: literals and
 * arguments are normalised as UTF-8 encoding does (a lone surrogate becomes '?'), so an
 * escape always means a byte.
 *
 * <p>
 * Positions count as the Lua prelude counts them: every byte that is not a continuation
 * byte (0x80-0xBF) starts a character. For valid UTF-8 these are the code points; a stray
 * continuation byte belongs to the character before it.
 */
public final class RawText {

	private static final char FIRST_ESCAPE = '\uDC80';

	private static final char LAST_ESCAPE = '\uDCFF';

	private RawText() {
	}

	/**
	 * Returns whether a script string holds an escaped byte (or any lone surrogate).
	 * @param text the text
	 * @return whether it does
	 */
	public static boolean hasEscapes(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				}
				else {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Decodes bytes as a script string: valid UTF-8 as text, every other byte escaped.
	 * @param bytes the bytes
	 * @return the script string
	 */
	public static String decode(byte[] bytes) {
		StringBuilder out = new StringBuilder(bytes.length);
		int i = 0;
		while (i < bytes.length) {
			int length = sequence(bytes, i);
			if (length == 0) {
				out.append((char) (FIRST_ESCAPE + (bytes[i] & 0x7f)));
				i++;
			}
			else {
				out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
				i += length;
			}
		}
		return out.toString();
	}

	/**
	 * Encodes a script string as its bytes: escapes as the bytes they stand for, any
	 * other lone surrogate as '?' (as UTF-8 encoding does), the rest as UTF-8.
	 * @param text the script string
	 * @return the bytes
	 */
	public static byte[] encode(String text) {
		if (!hasEscapes(text)) {
			return text.getBytes(StandardCharsets.UTF_8);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= FIRST_ESCAPE && c <= LAST_ESCAPE && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
				out.writeBytes(text.substring(start, i).getBytes(StandardCharsets.UTF_8));
				out.write(0x80 + (c - FIRST_ESCAPE));
				start = i + 1;
			}
		}
		out.writeBytes(text.substring(start).getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/**
	 * Joins two script strings. Escaped bytes on both sides of the seam may together form
	 * valid UTF-8 (the halves of a character cut apart by {@code getrange}); they are
	 * then decoded again, so that a script string keeps one form for one byte sequence
	 * and equal bytes compare equal, as in Lua.
	 * @param left the first string
	 * @param right the second string
	 * @return the joined string
	 */
	public static String concat(String left, String right) {
		String joined = left.concat(right);
		if (!left.isEmpty() && !right.isEmpty() && escape(left.charAt(left.length() - 1)) && escape(right.charAt(0))) {
			return decode(encode(joined));
		}
		return joined;
	}

	private static boolean escape(char c) {
		return c >= FIRST_ESCAPE && c <= LAST_ESCAPE;
	}

	/**
	 * Returns the text a UTF-8 client reads for a script string: escaped bytes decoded as
	 * Java decodes invalid UTF-8 (U+FFFD), as a script's result on Redis arrives.
	 * @param text the script string
	 * @return the client's text
	 */
	public static String toClient(String text) {
		return hasEscapes(text) ? new String(encode(text), StandardCharsets.UTF_8) : text;
	}

	/**
	 * Whether bytes are valid UTF-8 (so that their store form is their plain decoding).
	 * @param bytes the bytes
	 * @return whether every byte belongs to a valid UTF-8 sequence
	 */
	public static boolean isUtf8(byte[] bytes) {
		int i = 0;
		while (i < bytes.length) {
			int length = sequence(bytes, i);
			if (length == 0) {
				return false;
			}
			i += length;
		}
		return true;
	}

	/**
	 * The length of a valid UTF-8 sequence at an index, or 0 if the byte there does not
	 * start one.
	 */
	private static int sequence(byte[] bytes, int i) {
		int b = bytes[i] & 0xff;
		if (b < 0x80) {
			return 1;
		}
		int length;
		int min;
		int max = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) {
			return continuation(bytes, i + 1, 0x80, 0xbf) ? 2 : 0;
		}
		if (b >= 0xe0 && b <= 0xef) {
			length = 3;
			min = (b == 0xe0) ? 0xa0 : 0x80;
			max = (b == 0xed) ? 0x9f : 0xbf;
		}
		else if (b >= 0xf0 && b <= 0xf4) {
			length = 4;
			min = (b == 0xf0) ? 0x90 : 0x80;
			max = (b == 0xf4) ? 0x8f : 0xbf;
		}
		else {
			return 0;
		}
		if (!continuation(bytes, i + 1, min, max)) {
			return 0;
		}
		for (int k = 2; k < length; k++) {
			if (!continuation(bytes, i + k, 0x80, 0xbf)) {
				return 0;
			}
		}
		return length;
	}

	private static boolean continuation(byte[] bytes, int i, int min, int max) {
		if (i >= bytes.length) {
			return false;
		}
		int b = bytes[i] & 0xff;
		return b >= min && b <= max;
	}

	/**
	 * The length of a script string in characters (see the class comment).
	 * @param text the script string
	 * @return the length
	 */
	public static int length(String text) {
		if (!hasEscapes(text)) {
			return text.codePointCount(0, text.length());
		}
		int count = 0;
		for (byte b : encode(text)) {
			if (starts(b)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Characters {@code [start, end)} of a script string, both clamped to
	 * {@code [0, length]}: from the byte that starts character {@code start} to the byte
	 * before the one that starts character {@code end}.
	 * @param text the script string
	 * @param start the first character
	 * @param end the character after the last
	 * @return the part
	 */
	public static String substring(String text, long start, long end) {
		if (!hasEscapes(text)) {
			int length = text.codePointCount(0, text.length());
			int from = clamp(start, length);
			int to = clamp(end, length);
			return (from >= to) ? "" : text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
		}
		byte[] bytes = encode(text);
		int length = count(bytes, bytes.length);
		int from = clamp(start, length);
		int to = clamp(end, length);
		if (from >= to) {
			return "";
		}
		int a = offset(bytes, from);
		return decode(java.util.Arrays.copyOfRange(bytes, a, offset(bytes, to)));
	}

	/**
	 * The character index of the first plain occurrence of a needle that starts at or
	 * after the byte where character {@code from} starts (clamped to
	 * {@code [0, length]}), or -1; the strings are compared as bytes.
	 * @param text the script string
	 * @param needle what to find
	 * @param from the first character to look at
	 * @return the index, or -1
	 */
	public static long find(String text, String needle, long from) {
		if (!hasEscapes(text) && !hasEscapes(needle)) {
			// valid UTF-8 matches only at character boundaries, so chars give the
			// same answer
			int start = clamp(from, text.codePointCount(0, text.length()));
			int at = text.indexOf(needle, text.offsetByCodePoints(0, start));
			return (at < 0) ? -1 : text.codePointCount(0, at);
		}
		byte[] bytes = encode(text);
		byte[] wanted = encode(needle);
		int start = offset(bytes, clamp(from, count(bytes, bytes.length)));
		for (int at = start; at + wanted.length <= bytes.length; at++) {
			if (java.util.Arrays.equals(bytes, at, at + wanted.length, wanted, 0, wanted.length)) {
				return count(bytes, at);
			}
		}
		return -1;
	}

	private static boolean starts(byte b) {
		return (b & 0xc0) != 0x80;
	}

	/** The characters that start before a byte index. */
	private static int count(byte[] bytes, int end) {
		int count = 0;
		for (int i = 0; i < end; i++) {
			if (starts(bytes[i])) {
				count++;
			}
		}
		return count;
	}

	/** The byte index where a character starts, or the length after the last. */
	private static int offset(byte[] bytes, int character) {
		int count = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (starts(bytes[i])) {
				if (count == character) {
					return i;
				}
				count++;
			}
		}
		return bytes.length;
	}

	private static int clamp(long value, int length) {
		return (int) Math.max(0, Math.min(length, value));
	}

}
