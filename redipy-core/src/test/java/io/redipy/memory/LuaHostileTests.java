package io.redipy.memory;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.redipy.command.Output;
import io.redipy.command.Reply;
import io.redipy.command.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scripts that try to harm the store: allocate without bound, recurse without end, or
 * reach out of the sandbox. Each fails with an error reply, and the store, its data and
 * its Lua serve the next command as before. (Loops that never end are
 * {@link LuaBusyTests}'.)
 */
@Timeout(120)
class LuaHostileTests {

	private final MemoryStore store = new MemoryStore();

	private final List<Reply> replies = new ArrayList<>();

	private final Session session = this.store.engine(null).open(new Output() {

		@Override
		public void reply(Reply reply) {
			LuaHostileTests.this.replies.add(reply);
		}

		@Override
		public void push(Reply.Push message) {
		}

		@Override
		public void close() {
		}

	}, new InetSocketAddress("127.0.0.1", 1), new InetSocketAddress("127.0.0.1", 2));

	private Reply send(String... args) {
		byte[][] argv = new byte[args.length][];
		for (int i = 0; i < args.length; i++) {
			argv[i] = args[i].getBytes(StandardCharsets.UTF_8);
		}
		this.session.execute(argv);
		assertThat(this.replies).hasSize(1);
		return this.replies.remove(0);
	}

	private String error(String script) {
		Reply reply = send("EVAL", script, "0");
		assertThat(reply).as(script).isInstanceOf(Reply.Error.class);
		return ((Reply.Error) reply).message();
	}

	@AfterEach
	void storeStillServes() {
		assertThat(send("SET", "after", "ok")).isEqualTo(Reply.OK);
		Reply reply = send("EVAL", "return redis.call('get', KEYS[1]) .. string.rep('!', 2)", "1", "after");
		assertThat(((Reply.Bulk) reply).bytes()).isEqualTo("ok!!".getBytes(StandardCharsets.UTF_8));
		assertThat(send("EVAL", "x = 1", "0")).isInstanceOf(Reply.Error.class);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "local s = 'x' while true do s = s .. s end", "local s = 'x' while true do s = s .. s .. s end",
					"collectgarbage('stop') local s = 'x' while true do s = s .. s end",
					"collectgarbage('setpause', 100000) local s = 'x' while true do s = s .. s end",
					"return string.rep('x', 2^40)", "return string.rep('ab', 2^33, ',')",
					"local t = {} for i = 1, 64 do t[i] = string.rep('x', 2^24) end return table.concat(t)",
					"local f = coroutine.wrap(function() local s = 'x' while true do s = s .. s end end) f()",
					"local t = {} for i = 1, 1e9 do t[i] = {i} end" })
	void allocatingWithoutBoundFailsTheScript(String script) {
		assertThat(error(script)).startsWith("ERR Script used more memory than the memory store allows for Lua");
	}

	@Test
	void aCaughtMemoryErrorStopsTheNextAllocationToo() {
		String message = error(
				"local ok = pcall(function() local s = 'x' while true do s = s .. s end end) local s = 'y' while true do s = s .. s end");
		assertThat(message).startsWith("ERR Script used more memory");
	}

	@ParameterizedTest
	@ValueSource(strings = { "local function f(n) return 1 + f(n + 1) end return f(1)",
			"local t = setmetatable({}, {}) getmetatable(t).__index = function(t, k) return t[k .. 'x'] end return t.a",
			"local function f() return tostring(setmetatable({}, {__tostring = f})) end return f()",
			"local s = string.rep('(', 300) .. '1' .. string.rep(')', 300) return loadstring('return ' .. s)()" })
	void recursingWithoutEndFailsTheScript(String script) {
		Reply reply = send("EVAL", script, "0");
		// Lua's own limits answer with an error, as on redis-server
		assertThat(reply).isInstanceOf(Reply.Error.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "return debug.getinfo(1)", "return getfenv(1)", "return setfenv(1, {})",
			"return newproxy(true)", "return io.open('/etc/passwd')", "return os.execute('true')",
			"return require('os')", "return package.loaded", "return dofile('/etc/passwd')",
			"return loadfile('/etc/passwd')", "return print('x')", "getmetatable('').__index = {}",
			"getmetatable('').__index.upper = nil", "string.upper = nil", "rawset(string, 'upper', nil)",
			"rawset(getmetatable(''), '__index', {})", "setmetatable(getmetatable(''), nil)", "setmetatable(_G, nil)",
			"_G.redis = {}", "redis.call = function() end", "table.insert(string, 'x')", "table.sort(math)",
			"local s = string.dump(function() return 1 end) return assert(loadstring(s))()",
			"return assert(load(function() return string.char(27) .. 'LuaQ' end))()", "coroutine.create = nil",
			"local f = loadstring('x = 1') f()", "__redis__err__handler = nil" })
	void leavingTheSandboxFails(String script) {
		assertThat(error(script)).isNotEmpty();
	}

	@Test
	void theStringsKeepTheirMethodsAndTheLibrariesTheirFunctions() {
		Reply reply = send("EVAL",
				"local ok = pcall(function() string.upper = nil end) return ('abc'):upper() .. string.upper('d') .. tostring(ok)",
				"0");
		assertThat(((Reply.Bulk) reply).bytes()).isEqualTo("ABCDfalse".getBytes(StandardCharsets.UTF_8));
	}

}
