package io.redipy.memory;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Redis 7.0's listpack ({@code listpack.c}) as bytes: a writer that encodes elements as
 * {@code lpAppend} and {@code lpAppendInteger} do, and a reader that checks every entry
 * (encoding, length, back length) instead of trusting the header.
 */
final class RdbListpack {

	/** Header: total bytes (32 bits) and element count (16 bits). */
	static final int HEADER = 6;

	private static final int EOF = 0xff;

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	private int count;

	/** Appends a string, stored as an integer when it reads as one ({@code lpAppend}). */
	RdbListpack append(byte[] value) {
		Long number = integerOf(value);
		if (number != null) {
			return appendInteger(number);
		}
		int len = value.length;
		int header;
		if (len < 64) {
			this.body.write(0x80 | len);
			header = 1;
		}
		else if (len < 4096) {
			this.body.write(0xe0 | (len >> 8));
			this.body.write(len & 0xff);
			header = 2;
		}
		else {
			this.body.write(0xf0);
			writeLe(this.body, len, 4);
			header = 5;
		}
		this.body.write(value, 0, len);
		backlen(header + len);
		this.count++;
		return this;
	}

	/** Appends an integer ({@code lpAppendInteger}). */
	RdbListpack appendInteger(long v) {
		int size;
		if (v >= 0 && v <= 127) {
			this.body.write((int) v);
			size = 1;
		}
		else if (v >= -4096 && v <= 4095) {
			long u = (v < 0) ? (1L << 13) + v : v;
			this.body.write((int) ((u >> 8) | 0xc0));
			this.body.write((int) (u & 0xff));
			size = 2;
		}
		else if (v >= -32768 && v <= 32767) {
			this.body.write(0xf1);
			writeLe(this.body, v, 2);
			size = 3;
		}
		else if (v >= -8388608 && v <= 8388607) {
			this.body.write(0xf2);
			writeLe(this.body, v, 3);
			size = 4;
		}
		else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
			this.body.write(0xf3);
			writeLe(this.body, v, 4);
			size = 5;
		}
		else {
			this.body.write(0xf4);
			writeLe(this.body, v, 8);
			size = 9;
		}
		backlen(size);
		this.count++;
		return this;
	}

	private void backlen(long l) {
		if (l <= 127) {
			this.body.write((int) l);
		}
		else if (l < 16383) {
			this.body.write((int) (l >> 7));
			this.body.write((int) ((l & 127) | 128));
		}
		else if (l < 2097151) {
			this.body.write((int) (l >> 14));
			this.body.write((int) (((l >> 7) & 127) | 128));
			this.body.write((int) ((l & 127) | 128));
		}
		else if (l < 268435455) {
			this.body.write((int) (l >> 21));
			this.body.write((int) (((l >> 14) & 127) | 128));
			this.body.write((int) (((l >> 7) & 127) | 128));
			this.body.write((int) ((l & 127) | 128));
		}
		else {
			this.body.write((int) (l >> 28));
			this.body.write((int) (((l >> 21) & 127) | 128));
			this.body.write((int) (((l >> 14) & 127) | 128));
			this.body.write((int) (((l >> 7) & 127) | 128));
			this.body.write((int) ((l & 127) | 128));
		}
	}

	/** The listpack's size in bytes so far, header and end byte included. */
	int bytes() {
		return HEADER + this.body.size() + 1;
	}

	int count() {
		return this.count;
	}

	/** Returns the listpack's bytes. */
	byte[] toBytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes());
		writeLe(out, bytes(), 4);
		writeLe(out, Math.min(this.count, 65535), 2);
		out.writeBytes(this.body.toByteArray());
		out.write(EOF);
		return out.toByteArray();
	}

	static void writeLe(ByteArrayOutputStream out, long v, int bytes) {
		for (int i = 0; i < bytes; i++) {
			out.write((int) (v >>> (8 * i)) & 0xff);
		}
	}

	/**
	 * The integer a string element is stored as, as {@code lpStringToInt64} reads it, or
	 * null.
	 */
	static Long integerOf(byte[] s) {
		int len = s.length;
		if (len == 0 || len >= 21) {
			return null;
		}
		if (len == 1 && s[0] == '0') {
			return 0L;
		}
		int p = 0;
		boolean negative = false;
		if (s[0] == '-') {
			negative = true;
			p++;
			if (p == len) {
				return null;
			}
		}
		if (s[p] < '1' || s[p] > '9') {
			return null;
		}
		long v = s[p++] - '0';
		while (p < len && s[p] >= '0' && s[p] <= '9') {
			// unsigned overflow checks of the C code
			if (Long.compareUnsigned(v, Long.divideUnsigned(-1L, 10)) > 0) {
				return null;
			}
			v *= 10;
			int digit = s[p] - '0';
			if (Long.compareUnsigned(v, -1L - digit) > 0) {
				return null;
			}
			v += digit;
			p++;
		}
		if (p < len) {
			return null;
		}
		if (negative) {
			if (Long.compareUnsigned(v, 1L << 63) > 0) {
				return null;
			}
			return -v;
		}
		return (v < 0) ? null : v;
	}

	/**
	 * Reads a listpack's elements: {@code byte[]} for strings, {@link Long} for integers.
	 * @throws Rdb.BadData if the bytes are not a well-formed listpack
	 */
	static List<Object> read(byte[] lp) {
		if (lp.length < HEADER + 1) {
			throw Rdb.BadData.INSTANCE;
		}
		long total = readLe(lp, 0, 4);
		int declared = (int) readLe(lp, 4, 2);
		if (total != lp.length || (lp[lp.length - 1] & 0xff) != EOF) {
			throw Rdb.BadData.INSTANCE;
		}
		List<Object> elements = new ArrayList<>();
		int p = HEADER;
		int end = lp.length - 1;
		while (p < end) {
			int b = lp[p] & 0xff;
			int encoded;
			Object element;
			if ((b & 0x80) == 0) {
				encoded = 1;
				element = (long) b;
			}
			else if ((b & 0xc0) == 0x80) {
				int len = b & 0x3f;
				encoded = 1 + len;
				element = slice(lp, p + 1, len, end);
			}
			else if ((b & 0xe0) == 0xc0) {
				need(p, 2, end);
				long u = ((b & 0x1f) << 8) | (lp[p + 1] & 0xff);
				encoded = 2;
				element = (u >= (1 << 12)) ? u - (1 << 13) : u;
			}
			else if ((b & 0xf0) == 0xe0) {
				need(p, 2, end);
				int len = ((b & 0x0f) << 8) | (lp[p + 1] & 0xff);
				encoded = 2 + len;
				element = slice(lp, p + 2, len, end);
			}
			else if (b == 0xf0) {
				need(p, 5, end);
				long len = readLe(lp, p + 1, 4);
				if (len > end) {
					throw Rdb.BadData.INSTANCE;
				}
				encoded = 5 + (int) len;
				element = slice(lp, p + 5, (int) len, end);
			}
			else if (b >= 0xf1 && b <= 0xf4) {
				int bytes = (b == 0xf1) ? 2 : (b == 0xf2) ? 3 : (b == 0xf3) ? 4 : 8;
				need(p, 1 + bytes, end);
				long v = readLe(lp, p + 1, bytes);
				int shift = 64 - 8 * bytes;
				element = (v << shift) >> shift;
				encoded = 1 + bytes;
			}
			else {
				throw Rdb.BadData.INSTANCE;
			}
			int backlen = backlenSize(encoded);
			need(p, encoded + backlen, end);
			if (decodeBacklen(lp, p + encoded + backlen - 1) != encoded) {
				throw Rdb.BadData.INSTANCE;
			}
			p += encoded + backlen;
			elements.add(element);
		}
		if (p != end || (declared != 65535 && declared != elements.size())) {
			throw Rdb.BadData.INSTANCE;
		}
		return elements;
	}

	private static void need(int p, long size, int end) {
		if (p + size > end) {
			throw Rdb.BadData.INSTANCE;
		}
	}

	private static byte[] slice(byte[] lp, int from, int len, int end) {
		if (from + (long) len > end) {
			throw Rdb.BadData.INSTANCE;
		}
		return java.util.Arrays.copyOfRange(lp, from, from + len);
	}

	private static int backlenSize(long l) {
		if (l <= 127) {
			return 1;
		}
		if (l < 16383) {
			return 2;
		}
		if (l < 2097151) {
			return 3;
		}
		return (l < 268435455) ? 4 : 5;
	}

	private static long decodeBacklen(byte[] lp, int p) {
		long val = 0;
		int shift = 0;
		while (true) {
			val |= (long) (lp[p] & 127) << shift;
			if ((lp[p] & 128) == 0) {
				return val;
			}
			shift += 7;
			p--;
			if (shift > 28 || p < 0) {
				return -1;
			}
		}
	}

	static long readLe(byte[] b, int p, int bytes) {
		long v = 0;
		for (int i = 0; i < bytes; i++) {
			v |= (long) (b[p + i] & 0xff) << (8 * i);
		}
		return v;
	}

}
