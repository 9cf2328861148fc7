package io.redipy.resp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.redipy.command.Reply;
import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import party.iroiro.luajava.Lua;
import party.iroiro.luajava.lua51.Lua51;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence for issue 21's choice of interpreter: Lua 5.1 itself (PUC-Rio's C code
 * through luajava's JNI binding) answers as the Lua inside redis-server does where Lua
 * 5.1's semantics show, in number printing, {@code %d} of big numbers, the length of a
 * table with a hole, and the 5.1 globals Redis scripts use ({@code unpack},
 * {@code loadstring}). LuaJ, the pure-Java candidate, answered 7 of these differently
 * ({@code 1e+15} as {@code 1000000000000000}, {@code %d} of 2^53 as {@code 0}, no
 * {@code unpack} or {@code loadstring}, {@code #} of a holed table 2 instead of 4). What
 * Redis's sandbox takes away ({@code setfenv}, {@code io}, undeclared globals) is the
 * engine's to do, not the interpreter's, and is left out here.
 */
@ExtendWith(RedisExtension.class)
class LuaRuntimeProbeTests {

	static final String[] EXPRESSIONS = { "tostring(1e15)", "tostring(0.1)", "tostring(10/3)", "tostring(2^63)",
			"tostring(-0.0)", "tostring(1/0)", "tostring(-1/0)", "tostring(2^53 + 1)", "tostring(123456789012)",
			"string.format('%d', 2^53)", "string.format('%.17g', 0.1)",
			"string.format('%5.2f|%x|%q', 3.14159, 255, 'a\\nb')", "tostring(#{1, 2, nil, 4})",
			"tostring(#{nil, nil, 3})", "type(unpack)", "type(loadstring)", "type(table.getn)", "type(getmetatable)",
			"_VERSION", "tostring(math.floor(-3.5))", "tostring(math.fmod(-7, 3))", "tostring(7 % -3)",
			"tostring(tonumber('0x10'))", "tostring(tonumber('  12  '))", "tostring(tonumber('1e'))",
			"string.rep('ab', 3, ',')", "tostring(('x'):byte(1))", "tostring(select('#', nil, nil))",
			"table.concat({1, 2.5, 'x'}, '-')", "string.gsub('hello world', 'o', '0')",
			"tostring(string.find('a.b', '.', 1, true))" };

	@Test
	void lua51PrintsAsRedisLuaPrints(RedisServer redis) {
		List<String> differences = new ArrayList<>();
		try (RespPair pair = new RespPair(redis.host(), redis.port(), new MemoryStore(), 2); Lua lua = new Lua51()) {
			lua.openLibraries();
			for (String expression : EXPRESSIONS) {
				String script = "return " + expression;
				Reply fromRedis = pair.redis("EVAL", script, "0");
				lua.run("__probe = " + expression);
				lua.getGlobal("__probe");
				String fromLua = lua.toString(-1);
				lua.pop(1);
				String expected = (fromRedis instanceof Reply.Bulk bulk)
						? new String(bulk.bytes(), StandardCharsets.UTF_8) : RespPair.show(fromRedis);
				if (!expected.equals(fromLua)) {
					differences.add(expression + ": redis=" + expected + " lua51=" + fromLua);
				}
			}
		}
		assertThat(differences).isEmpty();
	}

}
