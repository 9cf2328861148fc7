package io.redipy.memory.lua;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

	@Test
	void bitAsRedis(RedisServer redis) {
		assertThat(differences(redis, "bit")).isEmpty();
	}

	@Test
	void structAsRedis(RedisServer redis) {
		assertThat(differences(redis, "struct")).isEmpty();
	}

	@Test
	void cmsgpackAsRedis(RedisServer redis) {
		assertThat(differences(redis, "cmsgpack")).isEmpty();
	}

	@Test
	void cjsonAsRedis(RedisServer redis) {
		assertThat(differences(redis, "cjson")).isEmpty();
	}

	@Test
	void probesAreMany() {
		int probes = 0;
		for (String library : new String[] { "bit", "struct", "cmsgpack", "cjson" }) {
			probes += scripts(library).size();
		}
		assertThat(probes).isGreaterThan(600);
	}

	@Test
	void openLeavesTheDebugLibraryAsItFoundIt() throws LuaException {
		try (Lua without = state(); Lua with = new Lua51()) {
			without.run("__t = type(debug)");
			without.getGlobal("__t");
			assertThat(without.toString(-1)).isEqualTo("nil");
			with.openLibraries();
			LuaLibraries.open(with, new LuaBytes(with));
			with.run("__t = type(debug) .. type(package.loaded.debug) .. type(cjson.encode)");
			with.getGlobal("__t");
			assertThat(with.toString(-1)).isEqualTo("tabletablefunction");
		}
	}

	@Test
	void errorsCarryTheCallersPositionAndName() throws LuaException {
		try (Lua lua = state()) {
			lua.run("local ok, e = pcall(function()\n\n local tohex = bit.tohex\n return tohex() end) __e = e");
			lua.getGlobal("__e");
			assertThat(lua.toString(-1)).endsWith(":4: bad argument #1 to 'tohex' (number expected, got no value)");
			lua.run("local ok, e = pcall(cjson.decode, '[') __e = e");
			lua.getGlobal("__e");
			assertThat(lua.toString(-1)).isEqualTo("Expected value but found T_END at character 2");
		}
	}

	/**
	 * The probes of a library: one a line in {@code <library>.probes} next to this class,
	 * an expression whose values are shown, or after {@code !} a whole script.
	 */
	static List<String> scripts(String library) {
		List<String> scripts = new ArrayList<>();
		try (InputStream in = LuaLibrariesTests.class.getResourceAsStream(library + ".probes")) {
			String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			for (String line : text.split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				scripts.add(line.startsWith("!") ? line.substring(1) : SHOW + HEX + "return show(" + line + ")");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return scripts;
	}

	/** Runs the probes on both sides and lists where they differ. */
	private List<String> differences(RedisServer redis, String library) {
		List<String> scripts = scripts(library);
		List<String> differences = new ArrayList<>();
		try (RespPair pair = new RespPair(redis.host(), redis.port(), new MemoryStore(), 2); Lua lua = state()) {
			for (String script : scripts) {
				String expected = fromRedis(pair.redis("EVAL", script.getBytes(StandardCharsets.ISO_8859_1), "0"));
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
