package io.redipy.memory;

import java.nio.charset.StandardCharsets;

import io.redipy.script.ir.RawText;

/**
 * Byte strings as the store holds them. Redis holds bytes; the store holds a key, a
 * field, a member, a list element or a string value as a Java {@link String} in <em>store
 * form</em>: the UTF-8 decoding of its bytes in which each byte that is not part of a
 * valid UTF-8 sequence stands as the lone surrogate U+DC80 + (byte - 0x80) (see
 * {@link RawText}). The mapping is one to one, so equal bytes are equal strings, hash
 * alike and compare by {@link io.redipy.api.ByteOrder} as Redis compares bytes, and text
 * that is valid UTF-8, as everything the {@code String} API writes is, is held as it is.
 * A string value may also be a {@code byte[]}, after a byte-level edit left bytes that
 * are not UTF-8, so that a large binary value is not widened into chars, or an
 * {@link IntValue}, the integer {@code INCR} and its kin store, which reads as its
 * decimal text.
 */
final class Strings {

	private Strings() {
	}

	static boolean isString(Object value) {
		return value instanceof String || value instanceof byte[] || value instanceof IntValue;
	}

	/**
	 * Returns a string value as it may leave the store's lock: a {@link String} or
	 * {@code byte[]} as it is, an {@link IntValue}, which later commands change in place,
	 * as its text.
	 */
	static Object stored(Object value) {
		return (value instanceof IntValue number) ? number.text() : value;
	}

	/**
	 * Returns a string value in store form (see the class comment): its exact bytes,
	 * those that are not UTF-8 escaped.
	 */
	static String text(Object value) {
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof byte[] bytes) {
			return RawText.decode(bytes);
		}
		if (value instanceof IntValue number) {
			return number.text();
		}
		throw Errors.wrongType();
	}

	/** Returns the bytes of a string value. */
	static byte[] bytes(Object value) {
		if (value instanceof String text) {
			return RawText.encode(text);
		}
		if (value instanceof byte[] bytes) {
			return bytes;
		}
		if (value instanceof IntValue number) {
			return number.text().getBytes(StandardCharsets.US_ASCII);
		}
		throw Errors.wrongType();
	}

	/** Returns the UTF-8 length of a string value without copying ASCII text. */
	static long length(Object value) {
		if (value instanceof String text) {
			return utf8Length(text);
		}
		if (value instanceof IntValue number) {
			return number.length();
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

	/**
	 * Stores bytes as text when they round-trip through UTF-8, else as bytes (callers
	 * that store the result tell the keyspace, see {@link Db#fromBytes(byte[])}).
	 */
	static Object fromBytes(byte[] bytes) {
		// a strict decoder stops at the first byte that is not UTF-8: a large binary
		// value costs a few bytes' look, not a decoding and an encoding of the whole
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
				.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			return bytes;
		}
	}

	/**
	 * Normalizes text of the {@code String} API to the store form of the bytes it is sent
	 * as ({@link RawText#encode}): U+DC80 + b stays the byte it stands for, any other
	 * lone surrogate becomes '?', as Lettuce's and Spring's encoders write it.
	 */
	static String normalize(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isSurrogate(text.charAt(i))) {
				return RawText.decode(RawText.encode(text));
			}
		}
		return text;
	}

}
