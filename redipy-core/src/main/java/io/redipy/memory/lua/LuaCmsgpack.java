package io.redipy.memory.lua;

import java.io.ByteArrayOutputStream;

import party.iroiro.luajava.Lua;

/**
 * Redis's {@code cmsgpack} library (lua-cmsgpack 0.4.0,
 * {@code deps/lua/src/lua_cmsgpack.c}): MessagePack {@code pack} of any number of values
 * and {@code unpack}, {@code unpack_one}, {@code unpack_limit}, with the same choices (an
 * integral number as the narrowest integer, a number a float represents as a float, a
 * table with the keys 1 to n as an array, tables nested 16 deep as nil) and the same
 * errors, including the Lua stack limits the C code runs into.
 */
final class LuaCmsgpack {

	private static final int MAX_NESTING = 16;

	private LuaCmsgpack() {
	}

	/** Sets the global table {@code cmsgpack}. */
	static void open(Lua lua, LibraryFunction.Support support) {
		lua.createTable(0, 8);
		lua.push(new Pack(support));
		lua.setField(-2, "pack");
		lua.push(new Unpack(support, Unpack.ALL));
		lua.setField(-2, "unpack");
		lua.push(new Unpack(support, Unpack.ONE));
		lua.setField(-2, "unpack_one");
		lua.push(new Unpack(support, Unpack.LIMIT));
		lua.setField(-2, "unpack_limit");
		lua.push("cmsgpack");
		lua.setField(-2, "_NAME");
		lua.push("lua-cmsgpack 0.4.0");
		lua.setField(-2, "_VERSION");
		lua.push("Copyright (C) 2012, Salvatore Sanfilippo");
		lua.setField(-2, "_COPYRIGHT");
		lua.push("MessagePack C implementation for Lua");
		lua.setField(-2, "_DESCRIPTION");
		lua.setGlobal("cmsgpack");
	}

	private static final class Pack extends LibraryFunction {

		/**
		 * Slots C's stack holds that ours does not: the packed strings of earlier
		 * arguments.
		 */
		private int extra;

		Pack(Support support) {
			super(support);
		}

		@Override
		int call(Lua L) {
			int nargs = L.getTop();
			if (nargs == 0) {
				throw LibraryError.argument(0, "MessagePack pack needs input.");
			}
			if (!Args.hasStack(L, nargs)) {
				throw LibraryError.argument(0, "Too many arguments for MessagePack pack.");
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				for (int i = 1; i <= nargs; i++) {
					this.extra = i - 1;
					checkStack(L, 1, "in function mp_check");
					L.pushValue(i);
					encode(L, out, 0);
				}
			}
			finally {
				this.extra = 0;
			}
			this.support.push(L, out.toByteArray());
			return 1;
		}

		private void checkStack(Lua L, int space, String message) {
			if (L.getTop() + this.extra + space > MAX_C_STACK) {
				throw LibraryError.error("stack overflow (" + message + ")");
			}
		}

		/** {@code mp_encode_lua_type}: encodes the value on top and pops it. */
		private void encode(Lua L, ByteArrayOutputStream out, int level) {
			Lua.LuaType t = L.type(-1);
			if (t == Lua.LuaType.TABLE && level == MAX_NESTING) {
				t = Lua.LuaType.NIL;
			}
			switch (t) {
				case STRING: {
					byte[] s = this.support.bytes(L, -1);
					encodeBytes(out, s);
					break;
				}
				case BOOLEAN:
					out.write(L.toBoolean(-1) ? 0xc3 : 0xc2);
					break;
				case NUMBER: {
					double n = L.toNumber(-1);
					if (!Double.isInfinite(n) && Args.toInt64(n) == n) {
						encodeInt(out, (long) n);
					}
					else {
						encodeDouble(out, n);
					}
					break;
				}
				case TABLE:
					if (isArray(L)) {
						encodeArray(L, out, level);
					}
					else {
						encodeMap(L, out, level);
					}
					break;
				default:
					out.write(0xc0);
					break;
			}
			L.pop(1);
		}

		/** {@code table_is_an_array}. */
		private boolean isArray(Lua L) {
			int count = 0;
			int max = 0;
			int top = L.getTop();
			checkStack(L, 2, "in function table_is_an_array");
			L.pushNil();
			while (L.next(-2) != 0) {
				L.pop(1);
				double n;
				if (L.type(-1) != Lua.LuaType.NUMBER || (n = L.toNumber(-1)) <= 0
						|| !(!Double.isInfinite(n) && Args.toInt32(n) == n)) {
					L.setTop(top);
					return false;
				}
				max = (n > max) ? (int) n : max;
				count++;
			}
			L.setTop(top);
			return max == count;
		}

		private void encodeArray(Lua L, ByteArrayOutputStream out, int level) {
			int len = L.rawLength(-1);
			encodeHeader(out, len, 0x90, 0xdc, 0xdd);
			checkStack(L, 1, "in function mp_encode_lua_table_as_array");
			for (int j = 1; j <= len; j++) {
				// keys 1..len are all present, so lua_gettable never reaches __index
				L.rawGetI(-1, j);
				encode(L, out, level + 1);
			}
		}

		private void encodeMap(Lua L, ByteArrayOutputStream out, int level) {
			long len = 0;
			checkStack(L, 3, "in function mp_encode_lua_table_as_map");
			L.pushNil();
			while (L.next(-2) != 0) {
				L.pop(1);
				len++;
			}
			encodeHeader(out, len, 0x80, 0xde, 0xdf);
			L.pushNil();
			while (L.next(-2) != 0) {
				L.pushValue(-2);
				encode(L, out, level + 1);
				encode(L, out, level + 1);
			}
		}

	}

	private static void encodeHeader(ByteArrayOutputStream out, long n, int fix, int b16, int b32) {
		if (n <= 15) {
			out.write(fix | (int) (n & 0xf));
		}
		else if (n <= 65535) {
			out.write(b16);
			out.write((int) (n >> 8));
			out.write((int) n);
		}
		else {
			out.write(b32);
			putBig(out, n, 4);
		}
	}

	private static void putBig(ByteArrayOutputStream out, long v, int size) {
		for (int i = size - 1; i >= 0; i--) {
			out.write((int) (v >>> (8 * i)));
		}
	}

	private static void encodeBytes(ByteArrayOutputStream out, byte[] s) {
		long len = s.length;
		if (len < 32) {
			out.write(0xa0 | (int) len);
		}
		else if (len <= 0xff) {
			out.write(0xd9);
			out.write((int) len);
		}
		else if (len <= 0xffff) {
			out.write(0xda);
			putBig(out, len, 2);
		}
		else {
			out.write(0xdb);
			putBig(out, len, 4);
		}
		out.write(s, 0, s.length);
	}

	private static void encodeDouble(ByteArrayOutputStream out, double d) {
		float f = (float) d;
		if (d == (double) f) {
			out.write(0xca);
			putBig(out, Float.floatToRawIntBits(f), 4);
		}
		else {
			out.write(0xcb);
			putBig(out, Double.doubleToRawLongBits(d), 8);
		}
	}

	private static void encodeInt(ByteArrayOutputStream out, long n) {
		if (n >= 0) {
			if (n <= 127) {
				out.write((int) n);
			}
			else if (n <= 0xff) {
				out.write(0xcc);
				out.write((int) n);
			}
			else if (n <= 0xffff) {
				out.write(0xcd);
				putBig(out, n, 2);
			}
			else if (n <= 0xffffffffL) {
				out.write(0xce);
				putBig(out, n, 4);
			}
			else {
				out.write(0xcf);
				putBig(out, n, 8);
			}
		}
		else {
			if (n >= -32) {
				out.write((int) n);
			}
			else if (n >= -128) {
				out.write(0xd0);
				out.write((int) n);
			}
			else if (n >= -32768) {
				out.write(0xd1);
				putBig(out, n, 2);
			}
			else if (n >= -2147483648L) {
				out.write(0xd2);
				putBig(out, n, 4);
			}
			else {
				out.write(0xd3);
				putBig(out, n, 8);
			}
		}
	}

	private static final class Unpack extends LibraryFunction {

		static final int ALL = 0, ONE = 1, LIMIT = 2;

		private static final String TOO_MANY = "too many return values at once; use unpack_one or unpack_limit instead.";

		private final int mode;

		private byte[] s = new byte[0];

		private int p;

		Unpack(Support support, int mode) {
			super(support);
			this.mode = mode;
		}

		@Override
		int call(Lua L) {
			long limit = 0;
			long offset = 0;
			if (this.mode == ONE) {
				offset = Args.optInteger(L, 2, 0);
				L.setTop(Math.min(L.getTop(), 1));
				limit = 1;
			}
			else if (this.mode == LIMIT) {
				limit = Args.checkInteger(L, 2);
				offset = Args.optInteger(L, 3, 0);
				L.setTop(Math.min(L.getTop(), 1));
			}
			try {
				return unpack(L, limit, offset);
			}
			finally {
				this.s = new byte[0];
			}
		}

		/** {@code mp_unpack_full}. */
		private int unpack(Lua L, long limit, long offset) {
			byte[] data = Args.checkBytes(this.support, L, 1);
			long len = data.length;
			boolean all = limit == 0 && offset == 0;
			if (offset < 0 || limit < 0) {
				throw LibraryError.error("Invalid request to unpack with offset of " + (int) offset + " and limit of "
						+ (int) len + ".");
			}
			else if (offset > len) {
				throw LibraryError
					.error("Start offset " + (int) offset + " greater than input length " + (int) len + ".");
			}
			if (all) {
				limit = Integer.MAX_VALUE;
			}
			this.s = data;
			this.p = (int) offset;
			int cnt;
			for (cnt = 0; this.p < this.s.length && cnt < limit; cnt++) {
				decode(L);
			}
			if (!all) {
				Args.checkStack(L, 1, "in function mp_unpack_full");
				L.push((this.p == this.s.length) ? -1L : (long) this.p);
				L.insert(2);
				cnt++;
			}
			return cnt;
		}

		private void need(int n) {
			if (this.s.length - this.p < n) {
				throw LibraryError.error("Missing bytes in input.");
			}
		}

		private int u8(int at) {
			return this.s[this.p + at] & 0xff;
		}

		private long big(int at, int size) {
			long v = 0;
			for (int i = 0; i < size; i++) {
				v = (v << 8) | u8(at + i);
			}
			return v;
		}

		private void pushString(Lua L, int from, int length) {
			byte[] out = new byte[length];
			System.arraycopy(this.s, from, out, 0, length);
			this.support.push(L, out);
		}

		/**
		 * {@code mp_decode_to_lua_type}, without recursion: the tables being filled are
		 * frames of an explicit stack, and the Lua stack holds what C's holds (each
		 * table, and a pending index or key).
		 */
		private void decode(Lua L) {
			java.util.ArrayDeque<long[]> frames = new java.util.ArrayDeque<>();
			while (true) {
				long[] opened = item(L);
				if (opened != null) {
					// [remaining, array ? 1 : 0, next index, key pending ? 1 : 0]
					if (opened[0] > 0) {
						frames.push(opened);
						if (opened[1] == 1) {
							L.push((double) opened[2]++);
						}
						continue;
					}
				}
				// a value is complete on top of the stack: store it where it belongs
				while (true) {
					long[] frame = frames.peek();
					if (frame == null) {
						return;
					}
					if (frame[1] == 1) {
						L.rawSet(-3);
						if (--frame[0] > 0) {
							L.push((double) frame[2]++);
							break;
						}
					}
					else if (frame[3] == 0) {
						frame[3] = 1;
						break;
					}
					else {
						if (L.isNil(-2)) {
							throw LibraryError.raw("table index is nil");
						}
						if (L.type(-2) == Lua.LuaType.NUMBER && Double.isNaN(L.toNumber(-2))) {
							throw LibraryError.raw("table index is NaN");
						}
						L.rawSet(-3);
						frame[3] = 0;
						if (--frame[0] > 0) {
							break;
						}
					}
					frames.pop();
				}
			}
		}

		/** An empty table for an aggregate of len items; its frame. */
		private long[] open(Lua L, long len, boolean array) {
			L.newTable();
			if (array) {
				Args.checkStack(L, 1, "in function mp_decode_to_lua_array");
			}
			return new long[] { len, array ? 1 : 0, 1, 0 };
		}

		/**
		 * Decodes one item at the cursor: pushes a scalar and returns null, or pushes an
		 * empty table and returns its frame.
		 */
		private long[] item(Lua L) {
			need(1);
			Args.checkStack(L, 1, TOO_MANY);
			int c = u8(0);
			switch (c) {
				case 0xcc:
					need(2);
					L.push((double) u8(1));
					this.p += 2;
					break;
				case 0xd0:
					need(2);
					L.push((double) (byte) u8(1));
					this.p += 2;
					break;
				case 0xcd:
					need(3);
					L.push((double) big(1, 2));
					this.p += 3;
					break;
				case 0xd1:
					need(3);
					L.push((double) (short) big(1, 2));
					this.p += 3;
					break;
				case 0xce:
					need(5);
					L.push((double) big(1, 4));
					this.p += 5;
					break;
				case 0xd2:
					need(5);
					L.push((double) (int) big(1, 4));
					this.p += 5;
					break;
				case 0xcf:
				case 0xd3:
					// lua_pushunsigned is lua_pushinteger here: above 2^63 it
					// turns negative
					need(9);
					L.push((double) big(1, 8));
					this.p += 9;
					break;
				case 0xc0:
					L.pushNil();
					this.p += 1;
					break;
				case 0xc3:
					L.push(true);
					this.p += 1;
					break;
				case 0xc2:
					L.push(false);
					this.p += 1;
					break;
				case 0xca:
					need(5);
					L.push(LuaStruct.widen((int) big(1, 4)));
					this.p += 5;
					break;
				case 0xcb:
					need(9);
					L.push(Double.longBitsToDouble(big(1, 8)));
					this.p += 9;
					break;
				case 0xd9: {
					need(2);
					int l = u8(1);
					need(2 + l);
					pushString(L, this.p + 2, l);
					this.p += 2 + l;
					break;
				}
				case 0xda: {
					need(3);
					int l = (int) big(1, 2);
					need(3 + l);
					pushString(L, this.p + 3, l);
					this.p += 3 + l;
					break;
				}
				case 0xdb: {
					need(5);
					long l = big(1, 4);
					this.p += 5;
					if (this.s.length - this.p < l) {
						throw LibraryError.error("Missing bytes in input.");
					}
					pushString(L, this.p, (int) l);
					this.p += (int) l;
					break;
				}
				case 0xdc:
				case 0xde: {
					need(3);
					long l = big(1, 2);
					this.p += 3;
					return open(L, l, c == 0xdc);
				}
				case 0xdd:
				case 0xdf: {
					need(5);
					long l = big(1, 4);
					this.p += 5;
					return open(L, l, c == 0xdd);
				}
				default:
					if ((c & 0x80) == 0) {
						L.push((double) c);
						this.p += 1;
					}
					else if ((c & 0xe0) == 0xe0) {
						L.push((double) (byte) c);
						this.p += 1;
					}
					else if ((c & 0xe0) == 0xa0) {
						int l = c & 0x1f;
						need(1 + l);
						pushString(L, this.p + 1, l);
						this.p += 1 + l;
					}
					else if ((c & 0xf0) == 0x90) {
						this.p += 1;
						return open(L, c & 0xf, true);
					}
					else if ((c & 0xf0) == 0x80) {
						this.p += 1;
						return open(L, c & 0xf, false);
					}
					else {
						throw LibraryError.error("Bad data format in input.");
					}
			}
			return null;
		}

	}

}
