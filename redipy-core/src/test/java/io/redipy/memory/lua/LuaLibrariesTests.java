package io.redipy.memory.lua;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.redipy.command.Reply;
import io.redipy.memory.MemoryStore;
import io.redipy.resp.RespPair;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import party.iroiro.luajava.Lua;
import party.iroiro.luajava.LuaException;
import party.iroiro.luajava.lua51.Lua51;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis's bundled Lua libraries ({@code cjson}, {@code cmsgpack}, {@code bit},
 * {@code struct}) as {@link LuaLibraries} installs them, against redis-server 7.0.15:
 * each probe is a script run as {@code EVAL} on the server and in a local Lua 5.1 state
 * (same text, same chunk name {@code @user_script}); results are compared as byte strings
 * (a probe shows its values as text: strings escaped, numbers with 17 digits, tables with
 * sorted keys) and errors by their message (the server's reply without {@code ERR} and
 * its {@code script: ...} tail).
 */
@ExtendWith(RedisExtension.class)
class LuaLibrariesTests {

	/** Shows any values as ASCII text, the same on both sides. */
	private static final String SHOW = "local function show(...) " + "local function s(v, d) local t = type(v) "
			+ "if t == 'string' then return '\"' .. (v:gsub('[^%w%p ]', function(c) return '\\\\' .. c:byte() end)) .. '\"' "
			+ "elseif t == 'number' then return string.format('%.17g', v) "
			+ "elseif t == 'table' then if d > 20 then return '{...}' end local ks = {} "
			+ "for k in pairs(v) do ks[#ks + 1] = k end "
			+ "table.sort(ks, function(a, b) return s(a, 99) < s(b, 99) end) local out = {} "
			+ "for i, k in ipairs(ks) do out[i] = '[' .. s(k, d + 1) .. ']=' .. s(v[k], d + 1) end "
			+ "return '{' .. table.concat(out, ',') .. '}' " + "elseif v == cjson.null then return 'null' "
			+ "elseif t == 'boolean' or t == 'nil' then return tostring(v) else return t end end "
			+ "local out = {} for i = 1, select('#', ...) do out[i] = s((select(i, ...)), 0) end "
			+ "return select('#', ...) .. ':' .. table.concat(out, ', ') end\n";

	/** Shows a string as hexadecimal digits. */
	private static final String HEX = "local function hex(s) return (s:gsub('.', function(c) return string.format('%02x', c:byte()) end)) end\n";

	static final String[] BIT = { "bit.tobit(1)", "bit.tobit(2^31)", "bit.tobit(2^32)", "bit.tobit(2^32 + 5)",
			"bit.tobit(-1)", "bit.tobit(1e300)", "bit.tobit(-1e300)", "bit.tobit(0/0)", "bit.tobit(1/0)",
			"bit.tobit(-1/0)", "bit.tobit(-0.5)", "bit.tobit(0.5)", "bit.tobit(1.5)", "bit.tobit(2.5)",
			"bit.tobit(-2.5)", "bit.tobit(2^52)", "bit.tobit(2^53 + 2)", "bit.tobit('0x10')", "bit.tobit(' 12 ')",
			"bit.tobit(4294967295)", "bit.bnot(0)", "bit.bnot(2^31)", "bit.band(0xff, 0x0f0)",
			"bit.band(-1, 2^32 - 1, 12345)", "bit.band(7)", "bit.bor(1, 2, 4, 8, 2^31)", "bit.bxor(-1, 1)",
			"bit.bxor(5, 3, 1)", "bit.lshift(1, 31)", "bit.lshift(1, 32)", "bit.lshift(1, -1)", "bit.lshift(3, 33)",
			"bit.rshift(-1, 1)", "bit.rshift(-1, 28)", "bit.arshift(-256, 4)", "bit.arshift(2^31, 31)",
			"bit.rol(0x12345678, 4)", "bit.rol(-1, 7)", "bit.ror(0x12345678, 4)", "bit.ror(1, 1)",
			"bit.bswap(0x12345678)", "bit.bswap(-1)", "bit.bswap(255)", "bit.tohex(255)", "bit.tohex(-1)",
			"bit.tohex(255, 2)", "bit.tohex(255, -2)", "bit.tohex(0x12345678, -8)", "bit.tohex(1, 0)",
			"bit.tohex(1, 20)", "bit.tohex(1, -20)", "bit.tohex(255, -2^31)", "bit.tohex(2^40 + 255, 3.7)",
			"pcall(bit.tohex)", "pcall(bit.tobit, 'abc')", "pcall(bit.band, 1, 2, {}, 3)", "pcall(bit.band, 1, nil)",
			"pcall(bit.tohex, 1, nil)", "pcall(bit.lshift, 1)", "pcall(function() return bit.bor(1, 'x') end)",
			"pcall(function() local f = bit.bxor; local y = f(true) return y end)",
			"pcall(function() return bit:tobit() end)", "pcall(function() return bit:tohex('a') end)",
			"pcall(bit.bswap, nil)", "pcall(bit.tobit, '0')", "bit.band()" };

	static final String[] BIT_RAW = { "return bit.tohex()", "local x = bit.band(1, {}) return x",
			"return bit.rol(1, 'y')" };

	static final String[] STRUCT = { "hex(struct.pack('b', 1))", "hex(struct.pack('>i', 1))",
			"hex(struct.pack('<i', 1))", "hex(struct.pack('!i', 1))",
			"hex(struct.pack('bBhHlLT', -1, 255, -2, 65535, -3, 2^63, 7))",
			"hex(struct.pack('>bBhHlLT', -1, 255, -2, 65535, -3, 2^63, 7))", "hex(struct.pack('!bd', 1, 1.5))",
			"hex(struct.pack('!4bi', 1, 2))", "hex(struct.pack('!2bhbi', 1, 2, 3, 4))",
			"hex(struct.pack('!bi3', 1, 2))", "hex(struct.pack('i1i2i3i5i8', 1, 2, 3, 4, 5))",
			"hex(struct.pack('<i16', -2))", "hex(struct.pack('>i16', -2))", "hex(struct.pack('>I9', 2^64 - 1))",
			"hex(struct.pack('i0', 5))", "hex(struct.pack('>L', 2^64))", "hex(struct.pack('>L', 1e300))",
			"hex(struct.pack('>L', 0/0))", "hex(struct.pack('>L', 1/0))", "hex(struct.pack('>l', -1/0))",
			"hex(struct.pack('>l', -1e300))", "hex(struct.pack('>L', 2^63 + 2^12))", "hex(struct.pack('>l', -2.7))",
			"hex(struct.pack('>L', 2.7))", "hex(struct.pack('>f', 0/0))", "hex(struct.pack('<f', 1.1))",
			"hex(struct.pack('>d', -0.0))", "hex(struct.pack('>f', 1e300))", "hex(struct.pack('<d', 1/0))",
			"hex(struct.pack('>d', 0/0))", "hex(struct.pack('xcx', 'a'))", "hex(struct.pack('c3', 'abcdef'))",
			"hex(struct.pack('c0', 'abc'))", "hex(struct.pack('s', 'ab\\0c'))", "hex(struct.pack('sb', 'hi', 3))",
			"hex(struct.pack(' > i < i', 1, 1))", "hex(struct.pack('>b', '12'))", "hex(struct.pack('c', 123))",
			"hex(struct.pack('!8bd', 1, 2))", "hex(struct.pack('!1bd', 1, 2))", "hex(struct.pack('!bL', 1, 2))",
			"hex(struct.pack('b\\0b', 1, 2))", "pcall(struct.pack, 'i33', 1)", "pcall(struct.pack, 'z', 1)",
			"pcall(struct.pack, '!3i', 1)", "pcall(struct.pack, 'c5', 'ab')", "pcall(struct.pack, 'i', 'x')",
			"pcall(struct.pack, 'i')", "pcall(struct.pack, 'c', {})", "pcall(struct.pack)",
			"pcall(struct.pack, 'i99999999999', 1)", "pcall(struct.pack, 's5', 'a')", "pcall(struct.pack, '\\200', 1)",
			"struct.unpack('b', '\\255')", "struct.unpack('B', '\\255')", "struct.unpack('>h', '\\255\\254')",
			"struct.unpack('<H', '\\255\\254')", "struct.unpack('>i', '\\0\\0\\1\\0')",
			"struct.unpack('<l', '\\255\\255\\255\\255\\255\\255\\255\\255')",
			"struct.unpack('<L', '\\255\\255\\255\\255\\255\\255\\255\\255')", "struct.unpack('>I3', '\\1\\2\\3')",
			"struct.unpack('>i3', '\\255\\2\\3')", "struct.unpack('>i16', string.rep('\\255', 16))",
			"struct.unpack('>I10', '\\1\\2\\3\\4\\5\\6\\7\\8\\9\\10')", "struct.unpack('>i9', string.rep('\\128', 9))",
			"struct.unpack('>i0', 'abc')", "struct.unpack('<f', struct.pack('<f', 1.1))",
			"struct.unpack('>d', struct.pack('>d', 0.1))", "struct.unpack('<d', struct.pack('<d', 0/0))",
			"struct.unpack('<f', '\\0\\0\\192\\127')", "struct.unpack('<f', '\\1\\0\\192\\255')",
			"struct.unpack('c2c1', 'abc')", "struct.unpack('bc0', '\\2xyz')", "struct.unpack('s', 'ab\\0cd')",
			"struct.unpack('ss', 'ab\\0\\0')", "struct.unpack('xb', '\\1\\2')",
			"struct.unpack('!bi', '\\1\\0\\0\\0\\2\\0\\0\\0')", "struct.unpack('b', 'abc', 2)",
			"struct.unpack('b', 'abc', 3)", "struct.unpack('bb', 'abc', 2.9)", "pcall(struct.unpack, 'b', 'abc', 4)",
			"pcall(struct.unpack, 'b', 'abc', 0)", "pcall(struct.unpack, 'b', 'abc', -1)",
			"pcall(struct.unpack, '!4i', 'abcdefgh', -1)", "pcall(struct.unpack, 'i', 'abc')",
			"pcall(struct.unpack, 'c0', 'abc')", "pcall(struct.unpack, 'bc0', '\\9ab')",
			"pcall(struct.unpack, 's', 'abc')", "pcall(struct.unpack, 'q', 'abc')", "pcall(struct.unpack, 'b')",
			"pcall(struct.unpack, 'b', 'a', 'x')", "pcall(struct.unpack, 'b', 'a', 2^70)", "struct.unpack('', 'abc')",
			"struct.size('bhilT')", "struct.size('!bhilT')", "struct.size('!bd')", "struct.size('c10x')",
			"struct.size('zzz')", "struct.size('i3!4i')", "pcall(struct.size, 's')", "pcall(struct.size, 'c0')",
			"pcall(struct.size, '#')", "pcall(struct.size, '!5')", "pcall(struct.size)" };

	static final String[] STRUCT_RAW = { "return struct.pack('i', 'x')", "return struct.unpack('i', 'ab')" };

	@Test
	void bitAsRedis(RedisServer redis) {
		assertThat(differences(redis, BIT, BIT_RAW)).isEmpty();
	}

	@Test
	void structAsRedis(RedisServer redis) {
		assertThat(differences(redis, STRUCT, STRUCT_RAW)).isEmpty();
	}

	/** Runs the probes on both sides and lists where they differ. */
	private List<String> differences(RedisServer redis, String[] probes, String[] raw) {
		List<String> scripts = new ArrayList<>();
		for (String probe : probes) {
			scripts.add(SHOW + HEX + "return show(" + probe + ")");
		}
		for (String script : raw) {
			scripts.add(script);
		}
		List<String> differences = new ArrayList<>();
		try (RespPair pair = new RespPair(redis.host(), redis.port(), new MemoryStore(), 2); Lua lua = state()) {
			for (String script : scripts) {
				String expected = fromRedis(pair.redis("EVAL", script, "0"));
				String actual = local(lua, script);
				if (!expected.equals(actual)) {
					differences.add(script.substring(script.lastIndexOf('\n') + 1) + "\n   redis: " + expected
							+ "\n   local: " + actual);
				}
			}
		}
		return differences;
	}

	private static Lua state() {
		Lua lua = new Lua51();
		for (String library : new String[] { "base", "table", "string", "math" }) {
			lua.openLibrary(library);
		}
		LuaLibraries.open(lua, new LuaBytes(lua));
		return lua;
	}

	private static String fromRedis(Reply reply) {
		if (reply instanceof Reply.Bulk bulk) {
			return new String(bulk.bytes(), StandardCharsets.ISO_8859_1);
		}
		if (reply instanceof Reply.Error error) {
			String message = error.message();
			if (message.startsWith("ERR ")) {
				message = message.substring(4);
			}
			int tail = message.lastIndexOf(" script: ");
			return "error: " + ((tail >= 0) ? message.substring(0, tail) : message);
		}
		return RespPair.show(reply);
	}

	private static String local(Lua lua, String script) {
		byte[] source = script.getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer chunk = ByteBuffer.allocateDirect(source.length);
		chunk.put(source).flip();
		int top = lua.getTop();
		try {
			lua.load(chunk, "@user_script");
			lua.pCall(0, 1);
			String result;
			if (lua.isString(-1) && lua.type(-1) == Lua.LuaType.STRING) {
				ByteBuffer bytes = lua.toBuffer(-1);
				byte[] out = new byte[bytes.remaining()];
				bytes.get(out);
				result = new String(out, StandardCharsets.ISO_8859_1);
			}
			else {
				result = "local type " + lua.type(-1);
			}
			return result;
		}
		catch (LuaException ex) {
			return "error: " + ex.getMessage();
		}
		finally {
			lua.setTop(top);
		}
	}

}
