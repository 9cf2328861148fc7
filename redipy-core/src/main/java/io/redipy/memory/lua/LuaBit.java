package io.redipy.memory.lua;

import java.nio.charset.StandardCharsets;

import party.iroiro.luajava.Lua;

/**
 * Redis's {@code bit} library (LuaBitOp 1.0.2, {@code deps/lua/src/lua_bit.c}): 32-bit
 * operations on Lua numbers. A number becomes 32 bits as LuaBitOp does it (add
 * {@code 2^52 + 2^51} and keep the low 32 bits of the double), so fractions round to even
 * and large numbers wrap as on the server; results are signed.
 */
final class LuaBit {

	private static final double MAGIC = 6755399441055744.0;

	private LuaBit() {
	}

	/** Sets the global table {@code bit} with its twelve functions. */
	static void open(Lua lua, LibraryFunction.Support support) {
		lua.createTable(0, 12);
		set(lua, "tobit", new Op(support, Op.TOBIT));
		set(lua, "bnot", new Op(support, Op.BNOT));
		set(lua, "band", new Op(support, Op.BAND));
		set(lua, "bor", new Op(support, Op.BOR));
		set(lua, "bxor", new Op(support, Op.BXOR));
		set(lua, "lshift", new Op(support, Op.LSHIFT));
		set(lua, "rshift", new Op(support, Op.RSHIFT));
		set(lua, "arshift", new Op(support, Op.ARSHIFT));
		set(lua, "rol", new Op(support, Op.ROL));
		set(lua, "ror", new Op(support, Op.ROR));
		set(lua, "bswap", new Op(support, Op.BSWAP));
		set(lua, "tohex", new Op(support, Op.TOHEX));
		lua.setGlobal("bit");
	}

	private static void set(Lua lua, String name, LibraryFunction function) {
		lua.push(function);
		lua.setField(-2, name);
	}

	/** {@code barg}: an argument as 32 bits. */
	static int barg(Lua L, int index) {
		double n = L.toNumber(index) + MAGIC;
		int b = (int) Double.doubleToRawLongBits(n);
		if (b == 0 && !L.isNumber(index)) {
			throw Args.typeError(L, index, "number");
		}
		return b;
	}

	private static final class Op extends LibraryFunction {

		static final int TOBIT = 0, BNOT = 1, BAND = 2, BOR = 3, BXOR = 4, LSHIFT = 5, RSHIFT = 6, ARSHIFT = 7, ROL = 8,
				ROR = 9, BSWAP = 10, TOHEX = 11;

		private static final byte[] LOWER = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

		private static final byte[] UPPER = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

		private final int op;

		Op(Support support, int op) {
			super(support);
			this.op = op;
		}

		@Override
		int call(Lua L) {
			int b;
			switch (this.op) {
				case TOBIT:
					b = barg(L, 1);
					break;
				case BNOT:
					b = ~barg(L, 1);
					break;
				case BAND:
				case BOR:
				case BXOR: {
					b = barg(L, 1);
					for (int i = L.getTop(); i > 1; i--) {
						int v = barg(L, i);
						b = (this.op == BAND) ? (b & v) : (this.op == BOR) ? (b | v) : (b ^ v);
					}
					break;
				}
				case LSHIFT:
				case RSHIFT:
				case ARSHIFT:
				case ROL:
				case ROR: {
					int v = barg(L, 1);
					int n = barg(L, 2) & 31;
					b = switch (this.op) {
						case LSHIFT -> v << n;
						case RSHIFT -> v >>> n;
						case ARSHIFT -> v >> n;
						case ROL -> Integer.rotateLeft(v, n);
						default -> Integer.rotateRight(v, n);
					};
					break;
				}
				case BSWAP:
					b = Integer.reverseBytes(barg(L, 1));
					break;
				default:
					return tohex(L);
			}
			L.push((double) b);
			return 1;
		}

		private int tohex(Lua L) {
			int b = barg(L, 1);
			int n = L.isNone(2) ? 8 : barg(L, 2);
			byte[] digits = LOWER;
			if (n < 0) {
				n = -n;
				digits = UPPER;
			}
			// -INT_MIN overflows in C; the server's build takes it as above 8 (measured)
			if (n > 8 || n < 0) {
				n = 8;
			}
			byte[] out = new byte[n];
			for (int i = n; --i >= 0;) {
				out[i] = digits[b & 15];
				b >>>= 4;
			}
			this.support.push(L, out);
			return 1;
		}

	}

}
