package io.redipy.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Readers of the encodings older RDB versions hold: the ziplist ({@code ziplist.c}) of
 * lists, hashes and sorted sets, and the zipmap ({@code zipmap.c}) of hashes. Both are
 * checked entry by entry, as Redis's deep integrity check does when it converts them.
 */
final class RdbZiplist {

	private static final int HEADER = 10;

	private static final int END = 0xff;

	private RdbZiplist() {
	}

	/**
	 * Reads a ziplist's elements: {@code byte[]} for strings, {@link Long} for integers.
	 * @throws Rdb.BadData if the bytes are not a well-formed ziplist
	 */
	static List<Object> read(byte[] zl) {
		if (zl.length < HEADER + 1 || RdbListpack.readLe(zl, 0, 4) != zl.length || (zl[zl.length - 1] & 0xff) != END) {
			throw Rdb.BadData.INSTANCE;
		}
		long tail = RdbListpack.readLe(zl, 4, 4);
		int declared = (int) RdbListpack.readLe(zl, 8, 2);
		int end = zl.length - 1;
		List<Object> elements = new ArrayList<>();
		int p = HEADER;
		int previousLength = 0;
		int lastStart = HEADER;
		while (p < end) {
			int start = p;
			int prevlen = zl[p] & 0xff;
			if (prevlen == 254) {
				need(p, 5, end);
				prevlen = (int) RdbListpack.readLe(zl, p + 1, 4);
				p += 5;
			}
			else if (prevlen == END) {
				throw Rdb.BadData.INSTANCE;
			}
			else {
				p += 1;
			}
			if (prevlen != previousLength) {
				throw Rdb.BadData.INSTANCE;
			}
			need(p, 1, end);
			int b = zl[p] & 0xff;
			Object element;
			switch (b >> 6) {
				case 0 -> {
					int len = b & 0x3f;
					element = slice(zl, p + 1, len, end);
					p += 1 + len;
				}
				case 1 -> {
					need(p, 2, end);
					int len = ((b & 0x3f) << 8) | (zl[p + 1] & 0xff);
					element = slice(zl, p + 2, len, end);
					p += 2 + len;
				}
				case 2 -> {
					if (b != 0x80) {
						throw Rdb.BadData.INSTANCE;
					}
					need(p, 5, end);
					long len = 0;
					for (int i = 1; i <= 4; i++) {
						len = (len << 8) | (zl[p + i] & 0xff);
					}
					if (len > end) {
						throw Rdb.BadData.INSTANCE;
					}
					element = slice(zl, p + 5, (int) len, end);
					p += 5 + (int) len;
				}
				default -> {
					int bytes;
					switch (b) {
						case 0xc0 -> bytes = 2;
						case 0xd0 -> bytes = 4;
						case 0xe0 -> bytes = 8;
						case 0xf0 -> bytes = 3;
						case 0xfe -> bytes = 1;
						default -> {
							if (b < 0xf1 || b > 0xfd) {
								throw Rdb.BadData.INSTANCE;
							}
							bytes = 0;
						}
					}
					if (bytes == 0) {
						element = (long) ((b & 0x0f) - 1);
					}
					else {
						need(p, 1 + bytes, end);
						int shift = 64 - 8 * bytes;
						element = (RdbListpack.readLe(zl, p + 1, bytes) << shift) >> shift;
					}
					p += 1 + bytes;
				}
			}
			if (p > end) {
				throw Rdb.BadData.INSTANCE;
			}
			previousLength = p - start;
			lastStart = start;
			elements.add(element);
		}
		if ((elements.isEmpty() ? HEADER : lastStart) != tail || (declared != 65535 && declared != elements.size())) {
			throw Rdb.BadData.INSTANCE;
		}
		return elements;
	}

	/**
	 * Reads a zipmap's fields and values, alternately.
	 * @throws Rdb.BadData if the bytes are not a well-formed zipmap
	 */
	static List<Object> readZipmap(byte[] zm) {
		if (zm.length < 2) {
			throw Rdb.BadData.INSTANCE;
		}
		int declared = zm[0] & 0xff;
		int end = zm.length - 1;
		if ((zm[end] & 0xff) != END) {
			throw Rdb.BadData.INSTANCE;
		}
		List<Object> pairs = new ArrayList<>();
		int p = 1;
		while (p < end) {
			int[] at = { p };
			byte[] field = zipmapString(zm, at, end, false);
			byte[] value = zipmapString(zm, at, end, true);
			p = at[0];
			pairs.add(field);
			pairs.add(value);
		}
		if (p != end || (declared < 254 && declared != pairs.size() / 2)) {
			throw Rdb.BadData.INSTANCE;
		}
		return pairs;
	}

	private static byte[] zipmapString(byte[] zm, int[] at, int end, boolean value) {
		int p = at[0];
		need(p, 1, end);
		long len = zm[p] & 0xff;
		if (len == 254) {
			need(p, 5, end);
			len = RdbListpack.readLe(zm, p + 1, 4);
			p += 5;
		}
		else if (len == END) {
			throw Rdb.BadData.INSTANCE;
		}
		else {
			p += 1;
		}
		int free = 0;
		if (value) {
			need(p, 1, end);
			free = zm[p] & 0xff;
			p++;
		}
		if (len > end) {
			throw Rdb.BadData.INSTANCE;
		}
		byte[] s = slice(zm, p, (int) len, end);
		p += (int) len + free;
		if (p > end) {
			throw Rdb.BadData.INSTANCE;
		}
		at[0] = p;
		return s;
	}

	private static void need(int p, long size, int end) {
		if (p + size > end) {
			throw Rdb.BadData.INSTANCE;
		}
	}

	private static byte[] slice(byte[] b, int from, int len, int end) {
		if (from + (long) len > end) {
			throw Rdb.BadData.INSTANCE;
		}
		return Arrays.copyOfRange(b, from, from + len);
	}

}
