package io.redipy.server;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Splits an inline request into arguments as Redis's {@code sdssplitargs} does: blanks
 * separate arguments; double quotes allow {@code \n \r \t \b \a}, {@code \xHH} and
 * {@code \<any>} escapes; single quotes allow only {@code \'}; a closing quote must be
 * followed by a blank or the end; a quote inside an unquoted word opens a quoted part of
 * the same argument.
 */
final class InlineSplitter {

	private static final byte[][] NONE = new byte[0][];

	private InlineSplitter() {
	}

	/**
	 * Splits the bytes from {@code from} (inclusive) to {@code to} (exclusive), which
	 * hold no NUL byte.
	 * @return the arguments, or {@code null} for unbalanced quotes
	 */
	static byte @Nullable [][] split(byte[] in, int from, int to) {
		List<byte[]> args = null;
		int p = from;
		while (true) {
			while (p < to && isSpace(in[p])) {
				p++;
			}
			if (p >= to) {
				return (args != null) ? args.toArray(NONE) : NONE;
			}
			ByteArrayOutputStream current = new ByteArrayOutputStream();
			boolean inDouble = false;
			boolean inSingle = false;
			boolean done = false;
			while (!done) {
				// Past the end reads as the NUL that ends Redis's C string.
				int c = (p < to) ? in[p] : 0;
				int next = (p + 1 < to) ? in[p + 1] : 0;
				if (inDouble) {
					if (c == '\\' && next == 'x' && p + 3 < to && isHex(in[p + 2]) && isHex(in[p + 3])) {
						current.write(hex(in[p + 2]) * 16 + hex(in[p + 3]));
						p += 3;
					}
					else if (c == '\\' && next != 0) {
						p++;
						current.write(unescape(next));
					}
					else if (c == '"') {
						if (next != 0 && !isSpace((byte) next)) {
							return null;
						}
						done = true;
					}
					else if (c == 0) {
						return null;
					}
					else {
						current.write(c);
					}
				}
				else if (inSingle) {
					if (c == '\\' && next == '\'') {
						p++;
						current.write('\'');
					}
					else if (c == '\'') {
						if (next != 0 && !isSpace((byte) next)) {
							return null;
						}
						done = true;
					}
					else if (c == 0) {
						return null;
					}
					else {
						current.write(c);
					}
				}
				else if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0) {
					done = true;
				}
				else if (c == '"') {
					inDouble = true;
				}
				else if (c == '\'') {
					inSingle = true;
				}
				else {
					current.write(c);
				}
				if (p < to) {
					p++;
				}
			}
			if (args == null) {
				args = new ArrayList<>();
			}
			args.add(current.toByteArray());
		}
	}

	private static int unescape(int c) {
		switch (c) {
			case 'n':
				return '\n';
			case 'r':
				return '\r';
			case 't':
				return '\t';
			case 'b':
				return '\b';
			case 'a':
				return 7;
			default:
				return c;
		}
	}

	/** C's {@code isspace} in the C locale. */
	private static boolean isSpace(byte b) {
		return b == ' ' || (b >= '\t' && b <= '\r');
	}

	private static boolean isHex(byte b) {
		return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
	}

	private static int hex(byte b) {
		return (b <= '9') ? b - '0' : (b | 0x20) - 'a' + 10;
	}

}
