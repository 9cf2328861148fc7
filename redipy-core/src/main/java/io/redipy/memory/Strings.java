package io.redipy.memory;

import java.nio.charset.StandardCharsets;

import io.redipy.script.ir.RawText;

/**
 * String values: held as {@link String} while they are valid UTF-8 (the common case), as
 * {@code byte[]} after a byte-level edit left them otherwise, so that no byte is lost.
 */
final class Strings {

	private Strings() {
	}

	static boolean isString(Object value) {
		return value instanceof String || value instanceof byte[];
	}

	/** Returns the text of a string value, decoding raw bytes as a UTF-8 client would. */
	static String text(Object value) {
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		throw Errors.wrongType();
	}

	/**
	 * Returns a string value as a script sees it: its exact bytes, those that are not
	 * UTF-8 escaped (see {@link RawText}).
	 */
	static String scriptText(Object value) {
		return (value instanceof byte[] bytes) ? RawText.decode(bytes) : text(value);
	}

	/** Returns the value to store for a script string, byte for byte. */
	static Object fromScript(String text) {
		return RawText.hasEscapes(text) ? fromBytes(RawText.encode(text)) : text;
	}

	/** Returns the bytes of a string value. */
	static byte[] bytes(Object value) {
		if (value instanceof String text) {
			return text.getBytes(StandardCharsets.UTF_8);
		}
		if (value instanceof byte[] bytes) {
			return bytes;
		}
		throw Errors.wrongType();
	}

	/** Returns the UTF-8 length of a string value without copying ASCII text. */
	static long length(Object value) {
		if (value instanceof String text) {
			return utf8Length(text);
		}
		return bytes(value).length;
	}

	static int utf8Length(String text) {
		int length = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				length++;
			}
			else if (c < 0x800) {
				length += 2;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				length += 4;
				i++;
			}
			else if (Character.isSurrogate(c)) {
				length += 1; // a lone surrogate is encoded as '?'
			}
			else {
				length += 3;
			}
		}
		return length;
	}

	/** Stores bytes as text when they round-trip through UTF-8, else as bytes. */
	static Object fromBytes(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
			return text;
		}
		return bytes;
	}

	/**
	 * Normalizes text as it would be after a UTF-8 round trip (lone surrogates become
	 * '?').
	 */
	static String normalize(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isSurrogate(text.charAt(i))) {
				return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
			}
		}
		return text;
	}

}
