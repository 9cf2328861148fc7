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

	/**
	 * Splits a line into arguments as Redis's {@code sdssplitargs} does: blanks between
	 * them, double quotes with {@code \\xHH}, {@code \\n}, {@code \\r}, {@code \\t},
	 * {@code \\b}, {@code \\a} escapes, single quotes with {@code \\'}; a closing quote
	 * must be followed by a blank or the end.
	 * @param line the line, one char per byte (ISO-8859-1)
	 * @return the arguments (one char per byte), or null if the quotes do not balance
	 */
	static java.util.@org.jspecify.annotations.Nullable List<String> splitArgs(String line) {
		java.util.List<String> parts = new java.util.ArrayList<>();
		int p = 0;
		int n = line.length();
		while (true) {
			while (p < n && isSpace(line.charAt(p))) {
				p++;
			}
			if (p >= n) {
				return parts;
			}
			StringBuilder current = new StringBuilder();
			boolean inq = false;
			boolean insq = false;
			boolean done = false;
			while (!done) {
				if (inq) {
					if (p >= n) {
						return null;
					}
					char c = line.charAt(p);
					if (c == '\\' && p + 3 < n && line.charAt(p + 1) == 'x' && isHex(line.charAt(p + 2))
							&& isHex(line.charAt(p + 3))) {
						current.append((char) Integer.parseInt(line.substring(p + 2, p + 4), 16));
						p += 3;
					}
					else if (c == '\\' && p + 1 < n) {
						p++;
						char e = line.charAt(p);
						current.append(switch (e) {
							case 'n' -> '\n';
							case 'r' -> '\r';
							case 't' -> '\t';
							case 'b' -> '\b';
							case 'a' -> (char) 7;
							default -> e;
						});
					}
					else if (c == '"') {
						if (p + 1 < n && !isSpace(line.charAt(p + 1))) {
							return null;
						}
						done = true;
					}
					else {
						current.append(c);
					}
				}
				else if (insq) {
					if (p >= n) {
						return null;
					}
					char c = line.charAt(p);
					if (c == '\\' && p + 1 < n && line.charAt(p + 1) == '\'') {
						p++;
						current.append('\'');
					}
					else if (c == '\'') {
						if (p + 1 < n && !isSpace(line.charAt(p + 1))) {
							return null;
						}
						done = true;
					}
					else {
						current.append(c);
					}
				}
				else {
					if (p >= n) {
						done = true;
						break;
					}
					char c = line.charAt(p);
					switch (c) {
						case ' ', '\n', '\r', '\t', '\0' -> done = true;
						case '"' -> inq = true;
						case '\'' -> insq = true;
						default -> current.append(c);
					}
				}
				if (p < n) {
					p++;
				}
			}
			parts.add(current.toString());
		}
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0x0b || c == '\f';
	}

	private static boolean isHex(char c) {
		return Character.digit(c, 16) >= 0 && c < 128;
	}

}
