package io.redipy.resp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.redipy.command.Reply;

/**
 * Reads RESP2 and RESP3 replies from a stream into {@link Reply} trees: the test side of
 * talking to a real redis-server byte for byte.
 */
final class RespReader {

	private final InputStream in;

	RespReader(InputStream in) {
		this.in = in;
	}

	Reply read() throws IOException {
		int type = this.in.read();
		if (type < 0) {
			throw new IOException("connection closed");
		}
		String line = line();
		return switch (type) {
			case '+' -> new Reply.Simple(line);
			case '-' -> new Reply.Error(line);
			case ':' -> new Reply.Int(Long.parseLong(line));
			case '$' -> {
				int length = Integer.parseInt(line);
				yield (length < 0) ? Reply.NIL : new Reply.Bulk(bytes(length));
			}
			case '*' -> {
				int length = Integer.parseInt(line);
				yield (length < 0) ? Reply.NIL_ARRAY : new Reply.Array(elements(length));
			}
			case '%' -> new Reply.Map(elements(2 * Integer.parseInt(line)));
			case '~' -> new Reply.Set(elements(Integer.parseInt(line)));
			case '>' -> new Reply.Push(elements(Integer.parseInt(line)));
			case ',' -> new Reply.Double(parseDouble(line));
			case '#' -> new Reply.Bool(line.equals("t"));
			case '_' -> Reply.NIL;
			case '(' -> new Reply.BigNumber(line);
			case '=' -> {
				byte[] all = bytes(Integer.parseInt(line));
				yield new Reply.Verbatim(new String(all, 0, 3, StandardCharsets.US_ASCII),
						java.util.Arrays.copyOfRange(all, 4, all.length));
			}
			default -> throw new IOException("unknown reply type " + (char) type);
		};
	}

	private static double parseDouble(String text) {
		return switch (text) {
			case "inf" -> Double.POSITIVE_INFINITY;
			case "-inf" -> Double.NEGATIVE_INFINITY;
			case "nan" -> Double.NaN;
			default -> Double.parseDouble(text);
		};
	}

	private List<Reply> elements(int count) throws IOException {
		List<Reply> elements = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			elements.add(read());
		}
		return elements;
	}

	private byte[] bytes(int length) throws IOException {
		byte[] bytes = this.in.readNBytes(length);
		if (bytes.length != length || this.in.read() != '\r' || this.in.read() != '\n') {
			throw new IOException("truncated bulk string");
		}
		return bytes;
	}

	private String line() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int previous = -1;
		while (true) {
			int b = this.in.read();
			if (b < 0) {
				throw new IOException("connection closed");
			}
			if (previous == '\r' && b == '\n') {
				byte[] bytes = out.toByteArray();
				// in store form, so that bytes that are not UTF-8 compare exactly
				return io.redipy.script.ir.RawText.decode(java.util.Arrays.copyOf(bytes, bytes.length - 1));
			}
			out.write(b);
			previous = b;
		}
	}

}
