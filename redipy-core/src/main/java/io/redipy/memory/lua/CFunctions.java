package io.redipy.memory.lua;

import java.nio.charset.StandardCharsets;

import party.iroiro.luajava.JFunction;
import party.iroiro.luajava.Lua;
import party.iroiro.luajava.lua51.Lua51Natives;

/**
 * Lua functions dressed as C functions, for a sandbox written in Lua that stands in for
 * Redis's C built-ins: a call goes through Java, so the caller's frame stays (no tail
 * call replaces it, as none replaces a C function's caller) and errors carry the caller's
 * position and the name it called the function by, as {@code luaL_error} and
 * {@code luaL_argerror} give them.
 *
 * <p>
 * The Lua implementation raises {@code {'__arg', n, text}} for an argument error,
 * {@code {'__err', text}} for {@code luaL_error} and {@code {'__raw', text}} for an error
 * without a position. An error that a C function it called raised at the sandbox's own
 * position ({@code sandbox:N: ...}) is moved to the caller's; any other error value
 * passes as it is.
 */
public final class CFunctions {

	private static final int LUA_MULTRET = -1;

	private static final String SANDBOX = "sandbox:";

	private final LibraryFunction.Support support;

	CFunctions(LibraryFunction.Support support) {
		this.support = support;
	}

	/**
	 * Returns the C-like function of a Lua implementation.
	 * @param implementation the implementation's reference in the registry
	 * @return the function, to push
	 */
	public JFunction wrap(int implementation) {
		return new Trampoline(this.support, implementation);
	}

	private static final class Trampoline extends LibraryFunction {

		private final int implementation;

		Trampoline(Support support, int implementation) {
			super(support);
			this.implementation = implementation;
		}

		@Override
		int call(Lua L) {
			int nargs = L.getTop();
			L.refGet(this.implementation);
			L.insert(1);
			Lua51Natives natives = (Lua51Natives) L.getLuaNatives();
			if (natives.lua_pcall(L.getPointer(), nargs, LUA_MULTRET, 0) == 0) {
				return L.getTop();
			}
			if (L.isTable(-1)) {
				L.rawGetI(-1, 1);
				String kind = L.isString(-1) ? latin1(L, -1) : "";
				L.pop(1);
				switch (kind) {
					case "__arg" -> {
						L.rawGetI(-1, 2);
						int narg = (int) L.toInteger(-1);
						L.rawGetI(-2, 3);
						String text = latin1(L, -1);
						throw LibraryError.argument(narg, text);
					}
					case "__err" -> {
						L.rawGetI(-1, 2);
						throw LibraryError.error(latin1(L, -1));
					}
					case "__raw" -> {
						L.rawGetI(-1, 2);
						throw LibraryError.raw(latin1(L, -1));
					}
					default -> {
						return -1;
					}
				}
			}
			if (L.isString(-1) && natives.lua_type(L.getPointer(), -1) == 4) {
				String text = latin1(L, -1);
				if (text.startsWith(SANDBOX)) {
					int colon = text.indexOf(": ", SANDBOX.length());
					if (colon > 0) {
						String message = text.substring(colon + 2);
						if (message.startsWith("bad argument #")) {
							int hash = "bad argument #".length();
							int space = message.indexOf(' ', hash);
							int open = message.indexOf(" (", hash);
							if (space > hash && open > 0 && message.endsWith(")")) {
								try {
									int narg = Integer.parseInt(message.substring(hash, space));
									throw LibraryError.argument(narg,
											message.substring(open + 2, message.length() - 1));
								}
								catch (NumberFormatException ex) {
									// not an argument error after all
								}
							}
						}
						throw LibraryError.error(message);
					}
				}
			}
			return -1;
		}

		private String latin1(Lua L, int index) {
			return new String(this.support.bytes(L, index), StandardCharsets.ISO_8859_1);
		}

	}

}
