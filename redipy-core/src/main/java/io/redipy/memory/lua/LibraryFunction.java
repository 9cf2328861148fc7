package io.redipy.memory.lua;

import java.nio.charset.StandardCharsets;

import party.iroiro.luajava.JFunction;
import party.iroiro.luajava.Lua;
import party.iroiro.luajava.LuaException;

/**
 * A library function written in Java that behaves as a C function of Redis's Lua: it
 * reads its arguments as the {@code luaL_check*} functions read them and raises errors
 * with the texts {@code luaL_error} and {@code luaL_argerror} give (the caller's position
 * first; for an argument, the function's name as the caller called it). A
 * {@link LibraryError} thrown by {@link #call} becomes that error: the message is pushed
 * and the function returns -1 so that luajava raises it once back in C (a Java callback
 * must never call {@code lua_error} itself).
 */
abstract class LibraryFunction implements JFunction {

	/** {@code LUAI_MAXCSTACK}: the most slots a C function may use. */
	static final int MAX_C_STACK = 8000;

	final Support support;

	LibraryFunction(Support support) {
		this.support = support;
	}

	@Override
	public final int __call(Lua L) {
		try {
			return call(L);
		}
		catch (LibraryError ex) {
			return this.support.raise(L, ex);
		}
	}

	/**
	 * Runs the function on the state's stack, as a {@code lua_CFunction} does.
	 * @param L the running thread, its arguments at 1 to its top
	 * @return the number of results on top of the stack
	 */
	abstract int call(Lua L);

	/**
	 * What the libraries' Java functions share in one state: the Lua helper that finds
	 * the calling position and name (as {@code luaL_where(L, 1)} and
	 * {@code lua_getinfo(L,
	 * "n")} do) and the byte-exact string pushing.
	 */
	static final class Support {

		private final Lua main;

		private final LuaBytes bytes;

		/** The longest string pushed with {@code string.char}. */
		private static final int SHORT = 24;

		private final int infoRef;

		/**
		 * {@code string.char} as the state had it when the libraries were opened, or 0.
		 */
		private final int charRef;

		Support(Lua main, LuaBytes bytes, int infoRef, int charRef) {
			this.main = main;
			this.bytes = bytes;
			this.infoRef = infoRef;
			this.charRef = charRef;
		}

		/**
		 * Pushes a byte string onto a thread's stack.
		 * @param L the thread
		 * @param value the bytes
		 */
		void push(Lua L, byte[] value) {
			if (value.length <= SHORT && this.charRef != 0 && L.getTop() + SHORT + 2 <= MAX_C_STACK && !plain(value)) {
				// a short binary string costs less as string.char(...) than as a
				// loaded chunk
				L.refGet(this.charRef);
				for (byte b : value) {
					L.push(b & 0xff);
				}
				try {
					L.pCall(value.length, 1);
					return;
				}
				catch (LuaException ex) {
					L.pop(1);
				}
			}
			bytesFor(L).push(value);
		}

		private static boolean plain(byte[] bytes) {
			for (byte b : bytes) {
				if (b <= 0) {
					return false;
				}
			}
			return true;
		}

		/**
		 * Reads the bytes of the string at a stack index.
		 * @param L the thread
		 * @param index the index (of a string: a number would be converted in place)
		 * @return the bytes
		 */
		byte[] bytes(Lua L, int index) {
			// a view of the string in Lua's memory, copied at once: toBuffer would
			// allocate
			// a direct buffer for each string (about 5 times slower)
			java.nio.ByteBuffer buffer = L.toDirectBuffer(index);
			byte[] bytes = new byte[buffer.remaining()];
			buffer.get(bytes);
			return bytes;
		}

		private LuaBytes bytesFor(Lua L) {
			return (L.getPointer() == this.main.getPointer()) ? this.bytes : new LuaBytes(L);
		}

		/**
		 * Pushes the complete message of a library error and returns -1, the luajava way
		 * of raising it.
		 */
		int raise(Lua L, LibraryError error) {
			// the error unwinds this function's stack anyway; C has room above its
			// limit for the message, luajava checks every push against that limit
			L.setTop(0);
			if (error.argument == LibraryError.RAW) {
				push(L, error.text.getBytes(StandardCharsets.ISO_8859_1));
				return -1;
			}
			String where = "";
			String name = null;
			String namewhat = "";
			L.refGet(this.infoRef);
			try {
				L.pCall(0, 3);
				where = latin1(L, -3);
				namewhat = latin1(L, -2);
				name = L.isString(-1) ? latin1(L, -1) : null;
				L.pop(3);
			}
			catch (LuaException ex) {
				L.pop(1);
			}
			String message;
			if (error.argument < 0) {
				message = error.text;
			}
			else {
				int narg = error.argument;
				message = null;
				if ("method".equals(namewhat)) {
					narg--;
					if (narg == 0) {
						message = "calling '" + name + "' on bad self (" + error.text + ")";
					}
				}
				if (message == null) {
					message = "bad argument #" + narg + " to '" + ((name != null) ? name : "?") + "' (" + error.text
							+ ")";
				}
			}
			push(L, (where + message).getBytes(StandardCharsets.ISO_8859_1));
			return -1;
		}

		private String latin1(Lua L, int index) {
			return new String(bytes(L, index), StandardCharsets.ISO_8859_1);
		}

	}

}
