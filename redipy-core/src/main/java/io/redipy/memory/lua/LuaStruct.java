package io.redipy.memory.lua;

import java.io.ByteArrayOutputStream;

import party.iroiro.luajava.Lua;

/**
 * Redis's {@code struct} library ({@code deps/lua/src/lua_struct.c}, Roberto
 * Ierusalimschy's struct 0.2 as Redis patched it): {@code pack}, {@code unpack} and
 * {@code size} of binary records, with the sizes and the alignment of x86-64 Linux
 * ({@code long} and {@code size_t} of 8 bytes, maximum alignment 8, little-endian by
 * default), and C's conversions of doubles to integers as the server's build does them.
 */
final class LuaStruct {

	private static final int BIG = 0;

	private static final int LITTLE = 1;

	private static final int NATIVE = LITTLE;

	private static final int MAXINTSIZE = 32;

	private static final int MAXALIGN = 8;

	private LuaStruct() {
	}

	/** Sets the global table {@code struct}. */
	static void open(Lua lua, LibraryFunction.Support support) {
		lua.createTable(0, 3);
		lua.push(new Pack(support));
		lua.setField(-2, "pack");
		lua.push(new Unpack(support));
		lua.setField(-2, "unpack");
		lua.push(new Size(support));
		lua.setField(-2, "size");
		lua.setGlobal("struct");
	}

	/** A format string and the position in it, with the header's options. */
	private static final class Format {

		final byte[] fmt;

		int at;

		int endian = NATIVE;

		int align = 1;

		Format(byte[] fmt) {
			this.fmt = fmt;
		}

		/** {@code *fmt != '\0'}: the C string ends at the first NUL. */
		boolean more() {
			return this.at < this.fmt.length && this.fmt[this.at] != 0;
		}

		int next() {
			return this.fmt[this.at++] & 0xff;
		}

		private boolean digit() {
			return this.at < this.fmt.length && this.fmt[this.at] >= '0' && this.fmt[this.at] <= '9';
		}

		int getnum(int df) {
			if (!digit()) {
				return df;
			}
			int a = 0;
			do {
				int d = this.fmt[this.at] - '0';
				if (a > Integer.MAX_VALUE / 10 || a * 10 > Integer.MAX_VALUE - d) {
					throw LibraryError.error("integral size overflow");
				}
				a = a * 10 + d;
				this.at++;
			}
			while (digit());
			return a;
		}

		/** {@code optsize}: the size of an option (a size_t, kept in a long). */
		long optsize(int opt) {
			switch (opt) {
				case 'B':
				case 'b':
				case 'x':
					return 1;
				case 'H':
				case 'h':
					return 2;
				case 'L':
				case 'l':
				case 'T':
				case 'd':
					return 8;
				case 'f':
					return 4;
				case 'c':
					return getnum(1);
				case 'i':
				case 'I': {
					int sz = getnum(4);
					if (sz > MAXINTSIZE) {
						throw LibraryError.error("integral size " + sz + " is larger than limit of " + MAXINTSIZE);
					}
					return sz;
				}
				default:
					return 0;
			}
		}

		/** {@code gettoalign}. */
		long toalign(long len, int opt, long size) {
			if (size == 0 || opt == 'c') {
				return 0;
			}
			if (Long.compareUnsigned(size, this.align) > 0) {
				size = this.align;
			}
			return (size - (len & (size - 1))) & (size - 1);
		}

		/** {@code controloptions}. */
		void control(int opt) {
			switch (opt) {
				case ' ':
					return;
				case '>':
					this.endian = BIG;
					return;
				case '<':
					this.endian = LITTLE;
					return;
				case '!': {
					int a = getnum(MAXALIGN);
					if (!(a > 0 && (a & (a - 1)) == 0)) {
						throw LibraryError.error("alignment " + a + " is not a power of 2");
					}
					this.align = a;
					return;
				}
				default:
					throw LibraryError.argument(1, "invalid format option '" + (char) opt + "'");
			}
		}

	}

	private static boolean isIntegerOption(int opt) {
		switch (opt) {
			case 'b':
			case 'B':
			case 'h':
			case 'H':
			case 'l':
			case 'L':
			case 'T':
			case 'i':
			case 'I':
				return true;
			default:
				return false;
		}
	}

	private static final class Pack extends LibraryFunction {

		Pack(Support support) {
			super(support);
		}

		@Override
		int call(Lua L) {
			Format f = new Format(Args.checkBytes(this.support, L, 1));
			// b_pack's mark between the arguments and its string buffer: a missing
			// argument right after the last one is nil there, not "no value"
			L.pushNil();
			int arg = 2;
			long totalsize = 0;
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			while (f.more()) {
				int opt = f.next();
				long size = f.optsize(opt);
				long toalign = f.toalign(totalsize, opt, size);
				totalsize += toalign;
				while (toalign-- > 0) {
					out.write(0);
				}
				if (isIntegerOption(opt)) {
					double n = Args.checkNumber(L, arg++);
					long value = (n < 0) ? Args.toInt64(n) : Args.toUint64(n);
					int sz = (int) size;
					byte[] buff = new byte[sz];
					if (f.endian == LITTLE) {
						for (int i = 0; i < sz; i++) {
							buff[i] = (byte) value;
							value >>>= 8;
						}
					}
					else {
						for (int i = sz - 1; i >= 0; i--) {
							buff[i] = (byte) value;
							value >>>= 8;
						}
					}
					out.writeBytes(buff);
				}
				else if (opt == 'x') {
					out.write(0);
				}
				else if (opt == 'f') {
					float v = (float) Args.checkNumber(L, arg++);
					putBits(out, floatBits(v, L.toNumber(arg - 1)), 4, f.endian);
				}
				else if (opt == 'd') {
					double v = Args.checkNumber(L, arg++);
					putBits(out, Double.doubleToRawLongBits(v), 8, f.endian);
				}
				else if (opt == 'c' || opt == 's') {
					byte[] s = Args.checkBytes(this.support, L, arg++);
					long l = s.length;
					if (size == 0) {
						size = l;
					}
					if (Long.compareUnsigned(l, size) < 0) {
						throw LibraryError.argument(arg, "string too short");
					}
					out.write(s, 0, (int) size);
					if (opt == 's') {
						out.write(0);
						size++;
					}
				}
				else {
					f.control(opt);
				}
				totalsize += size;
			}
			this.support.push(L, out.toByteArray());
			return 1;
		}

	}

	/**
	 * The bits of a double made a float as x86 does it (a NaN keeps its sign and
	 * payload's top).
	 */
	static int floatBits(float f, double d) {
		if (d != d) {
			long bits = Double.doubleToRawLongBits(d);
			return (int) ((bits >>> 32) & 0x80000000L) | 0x7fc00000 | (int) ((bits >>> 29) & 0x3fffff);
		}
		return Float.floatToRawIntBits(f);
	}

	/**
	 * A float's value as a double, as x86 widens it (a NaN keeps its sign and payload).
	 */
	static double widen(int bits) {
		float f = Float.intBitsToFloat(bits);
		if (f != f) {
			long sign = ((long) bits & 0x80000000L) << 32;
			long payload = ((long) bits & 0x3fffffL) << 29;
			return Double.longBitsToDouble(sign | 0x7ff8000000000000L | payload);
		}
		return f;
	}

	private static void putBits(ByteArrayOutputStream out, long bits, int size, int endian) {
		if (endian == LITTLE) {
			for (int i = 0; i < size; i++) {
				out.write((int) (bits >>> (8 * i)));
			}
		}
		else {
			for (int i = size - 1; i >= 0; i--) {
				out.write((int) (bits >>> (8 * i)));
			}
		}
	}

	private static long getBits(byte[] data, int pos, int size, int endian) {
		long l = 0;
		if (endian == BIG) {
			for (int i = 0; i < size; i++) {
				l = (l << 8) | (data[pos + i] & 0xff);
			}
		}
		else {
			for (int i = size - 1; i >= 0; i--) {
				l = (l << 8) | (data[pos + i] & 0xff);
			}
		}
		return l;
	}

	private static final class Unpack extends LibraryFunction {

		Unpack(Support support) {
			super(support);
		}

		@Override
		int call(Lua L) {
			Format f = new Format(Args.checkBytes(this.support, L, 1));
			byte[] data = Args.checkBytes(this.support, L, 2);
			long ld = data.length;
			long pos = Args.optInteger(L, 3, 1);
			if (pos == 0) {
				throw LibraryError.argument(3, "offset must be 1 or greater");
			}
			pos--;
			int n = 0;
			while (f.more()) {
				int opt = f.next();
				long size = f.optsize(opt);
				pos += f.toalign(pos, opt, size);
				if (!(Long.compareUnsigned(size, ld) <= 0 && Long.compareUnsigned(pos, ld - size) <= 0)) {
					throw LibraryError.argument(2, "data string too short");
				}
				Args.checkStack(L, 2, "too many results");
				if (isIntegerOption(opt)) {
					boolean signed = Character.isLowerCase(opt);
					// sizes above 8 shift the first bytes out of the 64 bits, as C's
					// loop does
					long l = getBits(data, (int) pos, (int) size, f.endian);
					double res;
					if (!signed) {
						res = Args.fromUint64(l);
					}
					else {
						long mask = -1L << ((int) size * 8 - 1);
						if ((l & mask) != 0) {
							l |= mask;
						}
						res = l;
					}
					L.push(res);
					n++;
				}
				else if (opt == 'x') {
					// nothing
				}
				else if (opt == 'f') {
					L.push(widen((int) getBits(data, (int) pos, 4, f.endian)));
					n++;
				}
				else if (opt == 'd') {
					L.push(Double.longBitsToDouble(getBits(data, (int) pos, 8, f.endian)));
					n++;
				}
				else if (opt == 'c') {
					if (size == 0) {
						if (n == 0 || !L.isNumber(-1)) {
							throw LibraryError.error("format 'c0' needs a previous size");
						}
						size = Args.toUint64(L.toNumber(-1));
						L.pop(1);
						n--;
						if (!(Long.compareUnsigned(size, ld) <= 0 && Long.compareUnsigned(pos, ld - size) <= 0)) {
							throw LibraryError.argument(2, "data string too short");
						}
					}
					byte[] s = new byte[(int) size];
					System.arraycopy(data, (int) pos, s, 0, (int) size);
					this.support.push(L, s);
					n++;
				}
				else if (opt == 's') {
					int e = -1;
					for (int i = (int) pos; i < data.length; i++) {
						if (data[i] == 0) {
							e = i;
							break;
						}
					}
					if (e < 0) {
						throw LibraryError.error("unfinished string in data");
					}
					size = (e - pos) + 1;
					byte[] s = new byte[(int) (size - 1)];
					System.arraycopy(data, (int) pos, s, 0, s.length);
					this.support.push(L, s);
					n++;
				}
				else {
					f.control(opt);
				}
				pos += size;
			}
			L.push(pos + 1);
			return n + 1;
		}

	}

	private static final class Size extends LibraryFunction {

		Size(Support support) {
			super(support);
		}

		@Override
		int call(Lua L) {
			Format f = new Format(Args.checkBytes(this.support, L, 1));
			long pos = 0;
			while (f.more()) {
				int opt = f.next();
				long size = f.optsize(opt);
				pos += f.toalign(pos, opt, size);
				if (opt == 's') {
					throw LibraryError.argument(1, "option 's' has no fixed size");
				}
				else if (opt == 'c' && size == 0) {
					throw LibraryError.argument(1, "option 'c0' has no fixed size");
				}
				if (!isAlnum(opt)) {
					f.control(opt);
				}
				pos += size;
			}
			L.push(pos);
			return 1;
		}

		private static boolean isAlnum(int c) {
			return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		}

	}

}
