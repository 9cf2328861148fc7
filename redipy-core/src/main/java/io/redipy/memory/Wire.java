package io.redipy.memory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.redipy.script.ir.RawText;

/**
 * Byte strings as a Redis client sends and receives them, to and from store form (see
 * {@link Strings}): the endpoint's one conversion, exact for every byte sequence.
 */
final class Wire {

	private Wire() {
	}

	/**
	 * Returns bytes in store form: ASCII and valid UTF-8 as text, other bytes escaped.
	 * @param bytes the bytes
	 * @return the store-form string
	 */
	static String text(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return nonAscii(bytes);
			}
		}
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	/**
	 * Returns bytes a client sent in store form, noting in the store when they are not
	 * UTF-8 (before any command can store them), so that readers know to convert.
	 * @param bytes the bytes
	 * @param store the store the command runs on
	 * @return the store-form string
	 */
	static String text(byte[] bytes, MemoryStore store) {
		for (byte b : bytes) {
			if (b < 0) {
				String text = nonAscii(bytes);
				if (RawText.hasEscapes(text)) {
					store.noteRaw();
				}
				return text;
			}
		}
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	private static String nonAscii(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return RawText.decode(bytes);
		}
	}

	/**
	 * Returns the bytes of a store-form string.
	 * @param text the string
	 * @return its bytes
	 */
	static byte[] bytes(String text) {
		if (!Keyspace.RawMark.anyStore) {
			// no store holds bytes that are not UTF-8, so no string in store form has an
			// escape (GETRANGE, which cuts characters, replies with bytes)
			return text.getBytes(StandardCharsets.UTF_8);
		}
		return RawText.encode(text);
	}

	/**
	 * Returns the bytes of a string value as stored ({@link String} or {@code byte[]}).
	 * @param value the value
	 * @return its bytes, not copied when stored as bytes
	 */
	static byte[] valueBytes(Object value) {
		return (value instanceof String text) ? bytes(text) : Strings.bytes(value);
	}

	/**
	 * Returns bytes a client sent as a string value to store: text when they are UTF-8
	 * (ASCII without a look at each character twice), else the bytes themselves, noted in
	 * the store (a large binary value is not widened into chars).
	 * @param db the database
	 * @param bytes the bytes, owned by the caller's command
	 * @return the value to store
	 */
	static Object value(Db db, byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return db.fromBytes(bytes);
			}
		}
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	/**
	 * Returns an ASCII word in upper case (a command name or an option), or the empty
	 * string if it holds a byte that is not ASCII.
	 * @param bytes the word
	 * @return the word in upper case
	 */
	static String upper(byte[] bytes) {
		char[] chars = new char[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i];
			if (b < 0) {
				return "";
			}
			chars[i] = (b >= 'a' && b <= 'z') ? (char) (b - 32) : (char) b;
		}
		return new String(chars);
	}

}
