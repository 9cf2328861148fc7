package io.redipy.server;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.redipy.command.Reply;

/**
 * Writes a {@link Reply} in RESP3, or in RESP2 downgraded as Redis 7.0 downgrades it: a
 * map as a flat array, a set and a push as an array, a double and a big number as a bulk
 * string, a boolean as {@code :1}/{@code :0}, a verbatim string as a bulk string of its
 * text, a null as {@code $-1} or {@code *-1}.
 */
final class ReplyEncoder {

	private static final byte[] CRLF = { '\r', '\n' };

	private ReplyEncoder() {
	}

	static void write(Reply reply, int protocol, ByteSink out) {
		boolean resp3 = protocol >= 3;
		if (reply instanceof Reply.Simple simple) {
			line(out, '+', simple.text());
		}
		else if (reply instanceof Reply.Error error) {
			// an error that quotes an argument quotes its bytes
			out.writeByte('-').writeBytes(error.bytes()).writeBytes(CRLF);
		}
		else if (reply instanceof Reply.Int integer) {
			number(out, ':', integer.value());
		}
		else if (reply instanceof Reply.Bulk bulk) {
			bulk(out, '$', bulk.bytes());
		}
		else if (reply instanceof Reply.Texts texts) {
			List<? extends String> elements = texts.texts();
			number(out, '*', elements.size());
			for (String text : elements) {
				if (text == null) {
					write(Reply.NIL, protocol, out);
				}
				else {
					text(out, text);
				}
			}
		}
		else if (reply instanceof Reply.Null nil) {
			if (resp3) {
				out.writeByte('_').writeBytes(CRLF);
			}
			else {
				out.writeByte(nil.array() ? '*' : '$').writeByte('-').writeByte('1').writeBytes(CRLF);
			}
		}
		else if (reply instanceof Reply.Array array) {
			aggregate(out, '*', array.elements().size(), array.elements(), protocol);
		}
		else if (reply instanceof Reply.Map map) {
			int size = map.keysAndValues().size();
			aggregate(out, resp3 ? '%' : '*', resp3 ? size / 2 : size, map.keysAndValues(), protocol);
		}
		else if (reply instanceof Reply.Set set) {
			aggregate(out, resp3 ? '~' : '*', set.elements().size(), set.elements(), protocol);
		}
		else if (reply instanceof Reply.Push push) {
			aggregate(out, resp3 ? '>' : '*', push.elements().size(), push.elements(), protocol);
		}
		else if (reply instanceof Reply.Double dbl) {
			String text = (dbl.text() != null) ? dbl.text() : formatDouble(dbl.value());
			if (resp3) {
				line(out, ',', text);
			}
			else {
				bulk(out, '$', text.getBytes(StandardCharsets.US_ASCII));
			}
		}
		else if (reply instanceof Reply.Bool bool) {
			if (resp3) {
				out.writeByte('#').writeByte(bool.value() ? 't' : 'f').writeBytes(CRLF);
			}
			else {
				number(out, ':', bool.value() ? 1 : 0);
			}
		}
		else if (reply instanceof Reply.BigNumber big) {
			if (resp3) {
				line(out, '(', big.digits());
			}
			else {
				bulk(out, '$', big.digits().getBytes(StandardCharsets.US_ASCII));
			}
		}
		else if (reply instanceof Reply.Verbatim verbatim) {
			if (resp3) {
				byte[] text = verbatim.text();
				number(out, '=', text.length + 4L);
				out.writeAscii(verbatim.format());
				out.writeByte(':').writeBytes(text).writeBytes(CRLF);
			}
			else {
				bulk(out, '$', verbatim.text());
			}
		}
		else {
			throw new IllegalArgumentException("Unknown reply type: " + reply.getClass().getName());
		}
	}

	/**
	 * Returns about how many bytes a reply takes written, to account for output that has
	 * not been written yet.
	 */
	static long estimateSize(Reply reply) {
		if (reply instanceof Reply.Bulk bulk) {
			return bulk.bytes().length + 16L;
		}
		if (reply instanceof Reply.Verbatim verbatim) {
			return verbatim.text().length + 20L;
		}
		if (reply instanceof Reply.Texts texts) {
			long size = 16;
			for (String text : texts.texts()) {
				size += ((text != null) ? text.length() : 0) + 16L;
			}
			return size;
		}
		List<Reply> elements = null;
		if (reply instanceof Reply.Array array) {
			elements = array.elements();
		}
		else if (reply instanceof Reply.Map map) {
			elements = map.keysAndValues();
		}
		else if (reply instanceof Reply.Set set) {
			elements = set.elements();
		}
		else if (reply instanceof Reply.Push push) {
			elements = push.elements();
		}
		if (elements == null) {
			return 32;
		}
		long size = 16;
		for (Reply element : elements) {
			size += estimateSize(element);
		}
		return size;
	}

	private static void aggregate(ByteSink out, char type, int count, List<Reply> elements, int protocol) {
		number(out, type, count);
		for (Reply element : elements) {
			write(element, protocol, out);
		}
	}

	private static void line(ByteSink out, char type, String text) {
		out.writeByte(type);
		out.writeUtf8(text);
		out.writeBytes(CRLF);
	}

	/**
	 * A bulk string of a store-form text. An ASCII text's bytes are its chars, copied
	 * straight into the output while they are checked; at the first other char what was
	 * written is taken back and the text's bytes are made.
	 */
	private static void text(ByteSink out, String text) {
		int start = out.size();
		number(out, '$', text.length());
		if (!out.writeIfAscii(text)) {
			out.truncate(start);
			bulk(out, '$', Reply.Texts.bytes(text));
			return;
		}
		out.writeBytes(CRLF);
	}

	private static void bulk(ByteSink out, char type, byte[] bytes) {
		number(out, type, bytes.length);
		out.writeBytes(bytes).writeBytes(CRLF);
	}

	/**
	 * The lines {@code $N\r\n}, {@code *N\r\n} and {@code :N\r\n} for small N, made once,
	 * as Redis keeps shared headers: most replies are short, and formatting each length
	 * anew was a tenth of a pipelined LRANGE's time.
	 */
	private static final int CACHED_NUMBERS = 1024;

	private static final byte[][] BULK_HEADERS = headers('$');

	private static final byte[][] ARRAY_HEADERS = headers('*');

	private static final byte[][] INTEGERS = headers(':');

	private static byte[][] headers(char type) {
		// digits written straight into each line: the class loads as the server sends its
		// first reply, in the interpreter, where 3,072 string concatenations (and the
		// first one's invokedynamic bootstrap) cost several milliseconds
		byte[][] lines = new byte[CACHED_NUMBERS][];
		for (int i = 0; i < CACHED_NUMBERS; i++) {
			int digits = 1;
			for (int rest = i / 10; rest > 0; rest /= 10) {
				digits++;
			}
			byte[] line = new byte[digits + 3];
			line[0] = (byte) type;
			int rest = i;
			for (int at = digits; at > 0; at--) {
				line[at] = (byte) ('0' + rest % 10);
				rest /= 10;
			}
			line[digits + 1] = '\r';
			line[digits + 2] = '\n';
			lines[i] = line;
		}
		return lines;
	}

	private static void number(ByteSink out, char type, long value) {
		if (value >= 0 && value < CACHED_NUMBERS) {
			byte[][] cached = switch (type) {
				case '$' -> BULK_HEADERS;
				case '*' -> ARRAY_HEADERS;
				case ':' -> INTEGERS;
				default -> null;
			};
			if (cached != null) {
				out.writeBytes(cached[(int) value]);
				return;
			}
		}
		out.writeByte(type);
		out.writeAscii(Long.toString(value));
		out.writeBytes(CRLF);
	}

	/**
	 * Formats a double as Redis 7.0's {@code addReplyDouble} (see
	 * {@link Reply#formatDouble}).
	 */
	static String formatDouble(double value) {
		return Reply.formatDouble(value);
	}

}
