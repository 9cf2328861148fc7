package io.redipy.memory.lua;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import party.iroiro.luajava.Lua;
import party.iroiro.luajava.LuaException;

/**
 * Byte strings in and out of one Lua state, byte for byte.
 *
 * <p>
 * Lua's strings are byte strings, as Redis's values are. The JNI binding reads them as
 * bytes ({@link Lua#toBuffer}), but it pushes only Java strings, in JNI's modified UTF-8
 * (where {@code U+0000} becomes two bytes and a byte above 127 cannot be had alone). So a
 * string that is not plain ASCII is pushed as a tiny precompiled Lua function whose one
 * constant is the string and which returns it: the state loads the function (its loader
 * copies the constant's bytes as they are) and calls it. The chunk's header is the
 * state's own, taken from {@code string.dump} of a function, so it fits the platform's
 * word sizes.
 *
 * <p>
 * Not thread-safe: use it on the thread that runs the state, as the state itself.
 */
public final class LuaBytes {

	/** Lua 5.1's opcodes used below (lopcodes.h). */
	private static final int OP_LOADK = 1;

	private static final int OP_RETURN = 30;

	/** LOADK 0 0: register 0 = constant 0. */
	private static final int LOADK_0_0 = OP_LOADK;

	/** RETURN 0 2: return register 0 (B = 2, one value). */
	private static final int RETURN_0_2 = OP_RETURN | (2 << 23);

	/** The header of the state's precompiled chunks: 12 bytes in Lua 5.1. */
	private static final int HEADER = 12;

	private final Lua lua;

	private final byte[] header;

	/** The width of {@code size_t} in the state's chunks: 4 or 8. */
	private final int sizeT;

	private final ByteOrder order;

	private ByteBuffer chunk = ByteBuffer.allocateDirect(256);

	/**
	 * Prepares byte strings for a state (which must have the string library open, for
	 * {@code string.dump}).
	 * @param lua the state
	 */
	public LuaBytes(Lua lua) {
		this.lua = lua;
		lua.load("return 0");
		ByteBuffer dump = lua.dump();
		lua.pop(1);
		byte[] header = new byte[HEADER];
		dump.get(header);
		if (header[0] != 0x1b || header[1] != 'L' || header[2] != 'u' || header[3] != 'a' || header[4] != 0x51
				|| header[7] != 4 || header[9] != 4) {
			throw new IllegalStateException("not a Lua 5.1 chunk header with 4-byte ints and instructions");
		}
		this.header = header;
		this.order = (header[6] == 1) ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
		this.sizeT = header[8];
	}

	/**
	 * Pushes a byte string onto the state's stack.
	 * @param bytes the string's bytes, as they are
	 */
	public void push(byte[] bytes) {
		push(this.lua, bytes);
	}

	/**
	 * Pushes a byte string onto the stack of a thread of the state (a coroutine's, for a
	 * Java function called there).
	 * @param lua the state or one of its threads
	 * @param bytes the string's bytes, as they are
	 */
	public void push(Lua lua, byte[] bytes) {
		if (plain(bytes)) {
			lua.push(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
			return;
		}
		ByteBuffer out = buffer(HEADER + 64 + bytes.length);
		out.put(this.header);
		putSize(out, 0); // no source name
		out.putInt(0); // line defined
		out.putInt(0); // last line defined
		out.put((byte) 0); // upvalues
		out.put((byte) 0); // parameters
		out.put((byte) 2); // is_vararg: VARARG_ISVARARG, as the main chunk
		out.put((byte) 2); // max stack size
		out.putInt(2); // code
		out.putInt(LOADK_0_0);
		out.putInt(RETURN_0_2);
		out.putInt(1); // constants
		out.put((byte) 4); // LUA_TSTRING
		putSize(out, bytes.length + 1L);
		out.put(bytes);
		out.put((byte) 0);
		out.putInt(0); // functions
		out.putInt(0); // line info
		out.putInt(0); // local variables
		out.putInt(0); // upvalue names
		out.flip();
		try {
			lua.load(out, "=bytes");
			lua.pCall(0, 1);
		}
		catch (LuaException ex) {
			throw new IllegalStateException("could not push a byte string", ex);
		}
	}

	/**
	 * Returns the bytes of the string at a stack index (the caller checked that it is a
	 * string: a number there would be turned into one in place).
	 * @param index the stack index
	 * @return the bytes, a new array
	 */
	public byte[] bytes(int index) {
		return bytes(this.lua, index);
	}

	/**
	 * Returns the bytes of the string at a stack index of a thread of the state.
	 * @param lua the state or one of its threads
	 * @param index the stack index
	 * @return the bytes, a new array
	 */
	public byte[] bytes(Lua lua, int index) {
		// a view of the string in Lua's memory, copied at once: toBuffer would allocate a
		// direct buffer for each string (about 5 times slower)
		ByteBuffer buffer = lua.toDirectBuffer(index);
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

	/**
	 * Whether JNI's modified UTF-8 gives these bytes back from their Latin-1 reading:
	 * ASCII without NUL.
	 */
	private static boolean plain(byte[] bytes) {
		for (byte b : bytes) {
			if (b <= 0) {
				return false;
			}
		}
		return true;
	}

	private void putSize(ByteBuffer out, long size) {
		if (this.sizeT == 8) {
			out.putLong(size);
		}
		else {
			out.putInt((int) size);
		}
	}

	private ByteBuffer buffer(int size) {
		if (this.chunk.capacity() < size) {
			this.chunk = ByteBuffer.allocateDirect(Math.max(size, this.chunk.capacity() * 2));
		}
		this.chunk.clear();
		this.chunk.order(this.order);
		return this.chunk;
	}

}
