package io.redipy.memory.lua;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import party.iroiro.luajava.Lua;
import party.iroiro.luajava.LuaException;

/**
 * The libraries Redis 7.0 bundles into its Lua: {@code cjson}, {@code cmsgpack},
 * {@code bit} and {@code struct}, with the behaviour of Redis 7.0.15's
 * {@code deps/lua/src} versions (results, byte for byte, and error texts). Their
 * functions are C functions to Lua code, as on the server: an error names the function as
 * the caller called it and carries the caller's position as {@code luaL_error} gives it
 * ({@code user_script:1: bad argument #1 to 'tohex' (number expected, got no value)}).
 */
public final class LuaLibraries {

	/**
	 * Finds, for a library function written in Java, what {@code luaL_where(L, 1)} and
	 * {@code lua_getinfo(L, "n")} find from C: called by the Java function, level 2 is
	 * that function and level 3 its caller.
	 */
	private static final String INFO = """
			local getinfo = ...
			return function()
				local ar = getinfo(2, 'n')
				local where = ''
				local w = getinfo(3, 'Sl')
				if w and w.currentline > 0 then
					where = w.short_src .. ':' .. w.currentline .. ': '
				end
				if ar then
					return where, ar.namewhat or '', ar.name
				end
				return where, '', nil
			end
			""";

	private LuaLibraries() {
	}

	/**
	 * Sets the globals {@code cjson}, {@code cmsgpack}, {@code bit} and {@code struct} in
	 * a state. The state needs the base, table, string and math libraries (their
	 * functions are taken once, so a later sandbox does not change the libraries); the
	 * debug library is used (and put back as it was) to find the calling position of
	 * errors. The tables are left writable.
	 * @param lua the state (its main thread)
	 * @param bytes the state's byte-string helper
	 */
	public static void open(Lua lua, LuaBytes bytes) {
		lua.getGlobal("string");
		lua.getField(-1, "char");
		lua.remove(-2);
		int charRef = lua.isFunction(-1) ? lua.ref() : 0;
		if (charRef == 0) {
			lua.pop(1);
		}
		LibraryFunction.Support support = new LibraryFunction.Support(lua, bytes, infoHelper(lua), charRef);
		LuaCjson.open(lua, support);
		LuaStruct.open(lua, support);
		LuaCmsgpack.open(lua, support);
		LuaBit.open(lua, support);
	}

	private static int infoHelper(Lua lua) {
		lua.getGlobal("debug");
		boolean hadDebug = !lua.isNil(-1);
		lua.pop(1);
		lua.getGlobal("package");
		boolean hadPackage = lua.isTable(-1);
		boolean hadLoaded = false;
		if (hadPackage) {
			lua.getField(-1, "loaded");
			if (lua.isTable(-1)) {
				lua.getField(-1, "debug");
				hadLoaded = !lua.isNil(-1);
				lua.pop(1);
			}
			lua.pop(1);
		}
		lua.pop(1);
		if (!hadDebug) {
			lua.openLibrary("debug");
		}
		lua.getGlobal("debug");
		lua.getField(-1, "getinfo");
		lua.remove(-2);
		byte[] source = INFO.getBytes(StandardCharsets.US_ASCII);
		ByteBuffer chunk = ByteBuffer.allocateDirect(source.length);
		chunk.put(source).flip();
		try {
			lua.load(chunk, "=info");
			lua.insert(-2);
			lua.pCall(1, 1);
		}
		catch (LuaException ex) {
			throw new IllegalStateException("could not load the error helper", ex);
		}
		int ref = lua.ref();
		if (!hadDebug) {
			lua.pushNil();
			lua.setGlobal("debug");
			if (hadPackage && !hadLoaded) {
				lua.getGlobal("package");
				lua.getField(-1, "loaded");
				if (lua.isTable(-1)) {
					lua.pushNil();
					lua.setField(-2, "debug");
				}
				lua.pop(2);
			}
		}
		return ref;
	}

}
