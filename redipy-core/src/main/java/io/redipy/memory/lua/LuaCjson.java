package io.redipy.memory.lua;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import party.iroiro.luajava.Lua;
import party.iroiro.luajava.LuaException;
import party.iroiro.luajava.lua51.Lua51Natives;

/**
 * Redis's {@code cjson} library (Lua CJSON 2.1.0, {@code deps/lua/src/lua_cjson.c}): the
 * work is Lua code ({@code cjson.lua}, which gets C's number formatting and parsing from
 * Lua's own {@code %.14g} and {@code strtod}); each module function is a Java trampoline
 * that calls it, so that to its caller it is a C function as on the server (a tail call
 * keeps the caller's name and position for errors). {@code cjson.null} is the
 * {@code NULL} light userdata, {@code cjson.new} makes a module with its own
 * configuration.
 */
final class LuaCjson {

	private static final String[] FUNCTIONS = { "encode", "decode", "encode_sparse_array", "encode_max_depth",
			"decode_max_depth", "encode_number_precision", "encode_keep_buffer", "encode_invalid_numbers",
			"decode_invalid_numbers" };

	private static final int LUA_MULTRET = -1;

	/** Frees the registry slots of module functions Lua has collected. */
	private static final Cleaner CLEANER = Cleaner.create();

	private LuaCjson() {
	}

	/** Loads the Lua part and sets the global table {@code cjson}. */
	static void open(Lua lua, LibraryFunction.Support support) {
		byte[] source;
		try (InputStream in = LuaCjson.class.getResourceAsStream("cjson.lua")) {
			if (in == null) {
				throw new IllegalStateException("cjson.lua is missing");
			}
			source = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ByteBuffer chunk = ByteBuffer.allocateDirect(source.length);
		chunk.put(source).flip();
		try {
			lua.load(chunk, "=cjson");
			lua.pCall(0, 1);
		}
		catch (LuaException ex) {
			throw new IllegalStateException("could not load cjson.lua", ex);
		}
		int factory = lua.ref();
		New creator = new New(support, factory, new Released());
		creator.module(lua);
		lua.setGlobal("cjson");
	}

	/** {@code cjson.new}: a module with its own configuration. */
	private static final class New extends LibraryFunction {

		private final int factory;

		private final Released released;

		New(Support support, int factory, Released released) {
			super(support);
			this.factory = factory;
			this.released = released;
		}

		@Override
		int call(Lua L) {
			this.released.free(L);
			module(L);
			return 1;
		}

		/** {@code lua_cjson_new}: pushes a new module table. */
		void module(Lua L) {
			L.createTable(0, 13);
			L.refGet(this.factory);
			L.getLuaNatives().lua_pushlightuserdata(L.getPointer(), 0);
			L.pCall(1, 1);
			for (String name : FUNCTIONS) {
				L.getField(-1, name);
				int ref = L.ref();
				Trampoline trampoline = new Trampoline(this.support, ref, this.released);
				Released released = this.released;
				CLEANER.register(trampoline, () -> released.refs.add(ref));
				L.push(trampoline);
				L.setField(-3, name);
			}
			L.pop(1);
			L.push(this);
			L.setField(-2, "new");
			L.getLuaNatives().lua_pushlightuserdata(L.getPointer(), 0);
			L.setField(-2, "null");
			L.push("cjson");
			L.setField(-2, "_NAME");
			L.push("2.1.0");
			L.setField(-2, "_VERSION");
		}

	}

	/**
	 * The registry slots of Lua implementations whose trampolines Lua collected (a module
	 * from {@code cjson.new} that is no longer used): a cleaner adds them on its own
	 * thread, the state's thread frees them at the next call.
	 */
	private static final class Released {

		final Queue<Integer> refs = new ConcurrentLinkedQueue<>();

		void free(Lua L) {
			Integer ref;
			while ((ref = this.refs.poll()) != null) {
				L.unref(ref);
			}
		}

	}

	/**
	 * A module function: calls its Lua implementation and raises its errors as C does.
	 */
	private static final class Trampoline extends LibraryFunction {

		private final int implementation;

		private final Released released;

		Trampoline(Support support, int implementation, Released released) {
			super(support);
			this.implementation = implementation;
			this.released = released;
		}

		@Override
		int call(Lua L) {
			this.released.free(L);
			int nargs = L.getTop();
			L.refGet(this.implementation);
			L.insert(1);
			Lua51Natives natives = (Lua51Natives) L.getLuaNatives();
			if (natives.lua_pcall(L.getPointer(), nargs, LUA_MULTRET, 0) == 0) {
				return L.getTop();
			}
			if (L.isTable(-1)) {
				L.rawGetI(-1, 1);
				int narg = (int) L.toInteger(-1);
				L.rawGetI(-2, 2);
				String text = new String(this.support.bytes(L, -1), java.nio.charset.StandardCharsets.ISO_8859_1);
				L.pop(3);
				throw LibraryError.argument(narg, text);
			}
			if (L.isString(-1)) {
				String text = new String(this.support.bytes(L, -1), java.nio.charset.StandardCharsets.ISO_8859_1);
				L.pop(1);
				throw LibraryError.error(text);
			}
			// any other error value passes as it is
			return -1;
		}

	}

}
