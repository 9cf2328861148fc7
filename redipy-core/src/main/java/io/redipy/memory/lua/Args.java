package io.redipy.memory.lua;

import party.iroiro.luajava.Lua;

/**
 * The argument checks of Lua 5.1's auxiliary library ({@code lauxlib.c}) for the
 * libraries' Java functions: the same acceptance (a numeric string is a number, a number
 * is a string) and the same error texts.
 */
final class Args {

	private Args() {
	}

	/** {@code luaL_typename}: the name of the type at a stack index. */
	static String typeName(Lua L, int index) {
		switch (L.type(index)) {
			case NONE:
				return "no value";
			case NIL:
				return "nil";
			case BOOLEAN:
				return "boolean";
			case LIGHTUSERDATA:
			case USERDATA:
				return "userdata";
			case NUMBER:
				return "number";
			case STRING:
				return "string";
			case TABLE:
				return "table";
			case FUNCTION:
				return "function";
			case THREAD:
				return "thread";
			default:
				return "?";
		}
	}

	/** {@code luaL_typerror}. */
	static LibraryError typeError(Lua L, int narg, String expected) {
		return LibraryError.argument(narg, expected + " expected, got " + typeName(L, narg));
	}

	/** {@code luaL_checknumber}. */
	static double checkNumber(Lua L, int narg) {
		double d = L.toNumber(narg);
		if (d == 0 && !L.isNumber(narg)) {
			throw typeError(L, narg, "number");
		}
		return d;
	}

	/** {@code luaL_checkinteger} ({@code lua_Integer} is 64 bits wide). */
	static long checkInteger(Lua L, int narg) {
		long d = L.isNumber(narg) ? L.toInteger(narg) : 0;
		if (d == 0 && !L.isNumber(narg)) {
			throw typeError(L, narg, "number");
		}
		return d;
	}

	/** {@code luaL_optinteger}. */
	static long optInteger(Lua L, int narg, long def) {
		return L.isNoneOrNil(narg) ? def : checkInteger(L, narg);
	}

	/** {@code luaL_checklstring}: the bytes (a number is turned into its string). */
	static byte[] checkBytes(LibraryFunction.Support support, Lua L, int narg) {
		if (!L.isString(narg)) {
			throw typeError(L, narg, "string");
		}
		return support.bytes(L, narg);
	}

	/**
	 * {@code luaL_checkstack} at the function's current top.
	 * @param space the slots wanted
	 * @param message the message's tail
	 */
	static void checkStack(Lua L, int space, String message) {
		if (L.getTop() + space > LibraryFunction.MAX_C_STACK) {
			throw LibraryError.error("stack overflow (" + message + ")");
		}
	}

	/** {@code lua_checkstack}'s answer at the function's current top. */
	static boolean hasStack(Lua L, int space) {
		return space <= LibraryFunction.MAX_C_STACK && L.getTop() + space <= LibraryFunction.MAX_C_STACK;
	}

	/**
	 * C's conversion of a double to a signed 64-bit integer on x86-64
	 * ({@code cvttsd2si}): out of range and NaN give {@code INT64_MIN}.
	 */
	static long toInt64(double d) {
		if (d != d || d >= 0x1p63 || d < -0x1p63) {
			return Long.MIN_VALUE;
		}
		return (long) d;
	}

	/**
	 * C's conversion of a double to an unsigned 64-bit integer as gcc emits it on x86-64.
	 */
	static long toUint64(double d) {
		if (!(d >= 0x1p63)) {
			return toInt64(d);
		}
		return toInt64(d - 0x1p63) ^ Long.MIN_VALUE;
	}

	/** C's conversion of an unsigned 64-bit integer to a double (rounded to nearest). */
	static double fromUint64(long u) {
		if (u >= 0) {
			return u;
		}
		return ((double) ((u >>> 1) | (u & 1))) * 2.0;
	}

	/** C's conversion of a double to a 32-bit {@code int} on x86-64. */
	static int toInt32(double d) {
		if (d != d || d >= 0x1p31 || d < -0x1p31) {
			return Integer.MIN_VALUE;
		}
		return (int) d;
	}

}
