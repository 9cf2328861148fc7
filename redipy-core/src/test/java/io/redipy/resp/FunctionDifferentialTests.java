package io.redipy.resp;

import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's Redis functions ({@code FUNCTION LOAD}, {@code DELETE}, {@code LIST},
 * {@code FLUSH}, {@code DUMP}, {@code RESTORE}, {@code STATS}, {@code FCALL},
 * {@code FCALL_RO}) against a real redis-server, in RESP2 and RESP3: what Redis's own
 * {@code tests/unit/functions.tcl} covers but replication, persistence, memory limits and
 * what needs two connections or time ({@code FUNCTION KILL} of a running function, the
 * load timeout, {@code FUNCTION STATS} of a running function). Each block starts from
 * empty databases and no libraries on both.
 *
 * <p>
 * Library code is one command line: {@code \x0a} in a line is a newline in the code.
 * {@code FUNCTION LIST} is compared without the order of its libraries and functions (the
 * order of Redis's dictionaries, see {@link RespPair#showSorted}).
 */
@ExtendWith(RedisExtension.class)
class FunctionDifferentialTests {

	/**
	 * {@code FUNCTION LOAD [REPLACE]}: the {@code #!lua name=...} metadata (engines,
	 * names, unknown and repeated fields), {@code redis.register_function} in its
	 * positional and named forms with each of its errors, function and library name
	 * rules, collisions within and across libraries, a failed load that keeps the old
	 * library, what the load run may use ({@code redis.call}, {@code math}, globals) and
	 * what a function may not ({@code redis.register_function}), {@code FUNCTION LIST} of
	 * what got loaded.
	 */
	static final String LOAD = """
			FUNCTION LOAD "#!lua name=test\\x0aredis.register_function('test', function(KEYS, ARGV)\\x0a return 'hello' \\x0aend)"
			FCALL test 0
			FCALL TEST 0
			FCALL Test 0
			FUNCTION LOAD "#!lua name=test\\x0aredis.register_function('test', function(KEYS, ARGV)\\x0a return 'hello1' \\x0aend)"
			FUNCTION LOAD "#!lua name=TEST\\x0aredis.register_function('test2', function() return 1 end)"
			FUNCTION LOAD foo bar "#!lua name=test\\x0aredis.register_function('test', function() return 1 end)"
			FUNCTION LOAD REPLACE REPLACE "#!lua name=test\\x0aredis.register_function('test', function() return 1 end)"
			FUNCTION LOAD REPLACE "#!lua name=test\\x0aredis.register_function('test', function(KEYS, ARGV)\\x0a return 'hello1' \\x0aend)"
			FCALL test 0
			FUNCTION LOAD replace "#!lua name=test\\x0abad script"
			FCALL test 0
			FUNCTION LOAD REPLACE "#!lua name=test\\x0aerror('at load')"
			FUNCTION LOAD REPLACE "#!lua name=test\\x0alocal x = nil + 1"
			FCALL test 0
			FUNCTION LOAD "#!lua name=bad\\x00format\\x0aredis.register_function('test', function() return 1 end)"
			FUNCTION LOAD "#!lua name=bad-format\\x0aredis.register_function('t', function() return 1 end)"
			FUNCTION LOAD "#!lua name=\\x0aredis.register_function('t', function() return 1 end)"
			FUNCTION LOAD "#!lua name=a_1\\x0aredis.register_function('t_1', function() return 1 end)"
			FUNCTION LOAD "#!bad_engine name=test\\x0aredis.register_function('test', function() return 1 end)"
			FUNCTION LOAD "#! name=test\\x0aredis.register_function('foo', function() return 1 end)"
			FUNCTION LOAD "#!LUA name=upper\\x0aredis.register_function('upper', function() return 'UP' end)"
			FCALL upper 0
			FUNCTION LOAD "#!lua name=test foo=bar\\x0aredis.register_function('foo', function() return 1 end)"
			FUNCTION LOAD "#!lua\\x0aredis.register_function('foo', function() return 1 end)"
			FUNCTION LOAD "#!lua name=foo name=bar\\x0aredis.register_function('foo', function() return 1 end)"
			FUNCTION LOAD "#!lua name=\\x22quoted\\x22\\x0aredis.register_function('quoted', function() return 1 end)"
			FUNCTION LOAD "#!lua flags=no-writes name=f\\x0aredis.register_function('flagsmeta', function() return 1 end)"
			FUNCTION LOAD "redis.register_function('noshebang', function() return 1 end)"
			FUNCTION LOAD "#!lua name=noline"
			FUNCTION LOAD ""
			FUNCTION LOAD "#!lua name=nofuncs\\x0areturn 1"
			FUNCTION LOAD "#!lua name=nofuncs\\x0alocal a = 1"
			FUNCTION LOAD
			FUNCTION LOAD REPLACE
			FUNCTION LIST

			FUNCTION LOAD "#!lua name=lib1\\x0alocal function ping() return redis.call('ping') end\\x0aredis.register_function('f1', function(keys, args) return ping() end)"
			FCALL f1 0
			FUNCTION LOAD REPLACE "#!lua name=lib1\\x0alocal function add1(a) return a + 1 end\\x0aredis.register_function('f1', function(keys, args) return add1(1) end)\\x0aredis.register_function('f2', function(keys, args) return add1(2) end)"
			FCALL f1 0
			FCALL f2 0
			FUNCTION LIST
			FUNCTION LOAD REPLACE "#!lua name=lib1\\x0alocal function add1(a) return a + 2 end\\x0aredis.register_function('f1', function(keys, args) return add1(1) end)\\x0aredis.register_function('f2', 'not a function')"
			FCALL f1 0
			FCALL f2 0
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.register_function('f1', function(keys, args) return 1 end)"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.register_function('f1x', function() return 1 end)\\x0aredis.register_function('f1x', function() return 1 end)"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.register_function()"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.register_function('f1')"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.register_function('f1', function() return 1 end, {}, 'description', 'extra arg')"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.register_function('f9', function() return 1 end, 'extra')"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.register_function(nil, function() return 1 end)"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.register_function(12, function() return 1 end)"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.register_function('test\\x00test', function() return 1 end)"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.register_function('', function() return 1 end)"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.register_function('a-b', function() return 1 end)"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.register_function('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789', function() return 1 end)"
			FCALL abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789 0
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0areturn math.random()"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0areturn redis.call('ping')"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0areturn redis.pcall('ping')"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0areturn redis.setresp(3)"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0areturn redis.set_repl(redis.REPL_NONE)"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aa = 1"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0amt = getmetatable(_G)"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.math.random()"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.redis.call('ping')"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0aredis.log(redis.LOG_NOTICE, 'loading')\\x0aredis.register_function('logged', function() return 1 end)"
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0alocal keys = {} for k in pairs(redis) do table.insert(keys, k) end table.sort(keys)\\x0aredis.register_function('loadnames', function() return keys end)"
			FCALL loadnames 0
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0alocal keys = {} for k in pairs(_G) do table.insert(keys, k) end table.sort(keys)\\x0aredis.register_function('loadglobals', function() return keys end)"
			FCALL loadglobals 0
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0alocal v = {redis.REDIS_VERSION, redis.REDIS_VERSION_NUM, type(cjson), type(bit), type(struct), type(cmsgpack), type(os)}\\x0aredis.register_function('loadvals', function() return v end)"
			FCALL loadvals 0
			FUNCTION LOAD REPLACE "#!lua name=lib2\\x0alocal s = redis.sha1hex('x')\\x0aredis.register_function('loadsha', function() return s end)"
			FUNCTION LIST
			FUNCTION LOAD REPLACE "#!lua name=lib1\\x0alocal lib = redis\\x0alib.register_function('f1', function() lib.redis = redis lib.math = math return {ok = 'OK'} end)\\x0alib.register_function('f2', function() lib.register_function('f1', function() lib.redis = redis lib.math = math return {ok = 'OK'} end) end)"
			FCALL f1 0
			FCALL f2 0
			FUNCTION DELETE lib1
			FUNCTION LIST LIBRARYNAME lib1
			FUNCTION LOAD "#!lua name=lib\\x0aredis.register_function('f1', function(keys, args) redis.register_function('f2', function(key, args) return 2 end) return 1 end)"
			FCALL f1 0
			FUNCTION FLUSH
			FUNCTION LOAD "#!lua name=lib\\x0areturn 1"

			FUNCTION LOAD "#!lua name=lib\\x0aredis.register_function{function_name='f1', callback=function() return 'hello' end, description='some desc'}"
			FUNCTION LIST
			FCALL f1 0
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name=function() return 1 end, callback=function() return 'hello' end, description='some desc'}"
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name='f1', callback='bad', description='some desc'}"
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name='f1', callback=function() return 'hello' end, description=function() return 1 end}"
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name='f1', callback=function() return 'hello' end, description='desc', some_unknown='unknown'}"
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{callback=function() return 'hello' end, description='desc'}"
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name='f1', description='desc'}"
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{}"
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name='f1', callback=function() return 1 end, flags='bad flags type'}"
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name='f1', callback=function() return 1 end, flags={function() return 1 end}}"
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name='f1', callback=function() return 1 end, flags={'unknown'}}"
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name='f1', callback=function() return 1 end, flags={'NO-WRITES'}}"
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name='f1', callback=function() return 1 end, flags={}}"
			FUNCTION LIST
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name='f1', callback=function() return 1 end, flags={'no-writes', 'allow-oom', 'allow-stale', 'no-cluster', 'allow-cross-slot-keys'}}"
			FUNCTION LIST
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name='f1', callback=function() return 1 end, flags={'allow-oom', 'no-writes', 'no-writes'}}"
			FUNCTION LIST
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name='f1', callback=function() return 1 end, flags={no_writes = true}}"
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function{function_name='f1', callback=function() return 1 end, description=''}"
			FUNCTION LIST
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function({function_name='f1', callback=function() return 1 end}, 'x')"
			FUNCTION LOAD REPLACE "#!lua name=lib\\x0aredis.register_function('f1', {})"

			FUNCTION LOAD "#!lua name=b\\xff\\x0aredis.register_function('f', function() return 1 end)"
			FUNCTION LOAD "#!\\xff name=x\\x0aredis.register_function('f', function() return 1 end)"
			FUNCTION LOAD "#!lua name=x\\x0a\\xff"
			FUNCTION LOAD "#!lua name=x x\\xff=1\\x0aredis.register_function('f', function() return 1 end)"
			FUNCTION LOAD "#!lua name=x\\x0aredis.register_function('f\\xff', function() return 1 end)"
			FUNCTION LOAD "#!lua name=bin\\x0alocal s = '\\xff\\xfe'\\x0aredis.register_function('binf', function() return s end)"
			FCALL binf 0
			FUNCTION LIST WITHCODE
			FUNCTION DUMP
			FUNCTION LOAD "#!lua name=cases\\x0aredis.register_function('f1', function() return 1 end)\\x0aredis.register_function('F1', function() return 2 end)"
			FUNCTION LOAD "#!lua name=cases\\x0aredis.register_function('BINF', function() return 2 end)"
			FUNCTION LOAD "#!lua name=other2\\x0aredis.register_function('BINF', function() return 2 end)"
			FUNCTION LOAD "#!lua name=Bin\\x0aredis.register_function('other', function() return 2 end)"
			FCALL BINF 0
			FCALL bin 0
			FUNCTION DELETE BIN
			FUNCTION LIST LIBRARYNAME bin

			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = string\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = table\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = bit\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = cjson\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = struct\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = cmsgpack\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = tostring\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = tonumber\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = pairs\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = ipairs\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = select\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = unpack\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = assert\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = _G\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = _VERSION\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = loadstring\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = setmetatable\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = getmetatable\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = rawget\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = next\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = coroutine\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = os\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = KEYS\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = math\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = type\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = error\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = pcall\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = print\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = gcinfo\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = collectgarbage\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = load\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = rawset\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = xpcall\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = redis\\x0aredis.register_function('pr', function() return tostring(v ~= nil) end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = {}\\x0afor k in pairs(redis) do v[#v + 1] = k end\\x0aredis.register_function('pr', function() return v end)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0alocal v = redis.REDIS_VERSION .. ' ' .. redis.REDIS_VERSION_NUM .. ' ' .. redis.LOG_WARNING\\x0aredis.register_function('pr', function() return v end)"
			FCALL pr 0
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0aredis.register_function('pr', string.len)"
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0aredis.register_function('pr', redis.log)"
			FCALL pr 0
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0aredis.register_function('pr', function(keys, args) return {#keys, #args, keys[1], args[1]} end)"
			FCALL pr 2 a b c
			FUNCTION LOAD REPLACE "#!lua name=probe\\x0aredis.register_function('pr', function(keys, args) keys[1] = 'x' return keys end)"
			FCALL pr 1 a
			FCALL pr 1 a
			""";

	/**
	 * {@code FCALL} and {@code FCALL_RO}: keys and arguments, numbers of keys, unknown
	 * functions, {@code no-writes} functions refusing writes, {@code *_RO} refusing
	 * functions without it, {@code COMMAND GETKEYS}; errors inside functions with their
	 * {@code user_function:LINE:} prefix and
	 * {@code script: <name>, on @user_function:LINE.} tail; the function environment's
	 * sandbox (its global names, its {@code redis} table, tricks on {@code _G}'s
	 * metatable, {@code KEYS} not being a global).
	 */
	static final String FCALL = """
			FUNCTION LOAD "#!lua name=test\\x0aredis.register_function('test', function(KEYS, ARGV) return {#KEYS, #ARGV, KEYS[1], ARGV[1]} end)"
			FCALL test 0
			FCALL test 1 k a b
			FCALL test 2 k1 k2 a
			FCALL test bad_arg
			FCALL test 10 key1
			FCALL test -1 key1
			FCALL test
			FCALL
			FCALL nosuch 0
			FCALL nosuch 5
			FCALL nosuch bad
			FCALL "" 0
			FCALL_RO test 0
			FUNCTION LOAD REPLACE "#!lua name=test\\x0aredis.register_function('test', function(KEYS, ARGV) return redis.call('set', KEYS[1], ARGV[1]) end)"
			FCALL test 1 x foo
			GET x
			FCALL_RO test 1 x bar
			GET x
			FUNCTION LOAD REPLACE "#!lua name=test\\x0aredis.register_function{function_name='test', callback=function(KEYS, ARGV)\\x0a return redis.call('set', 'x', '1') \\x0aend, flags={'no-writes'}}"
			FCALL_RO test 0
			FCALL test 0
			FUNCTION LOAD REPLACE "#!lua name=test\\x0aredis.register_function{function_name='test', callback=function(KEYS, ARGV) return redis.call('get', 'x') end, flags={'no-writes'}}"
			FCALL_RO test 0
			FCALL test 0
			FUNCTION LOAD REPLACE "#!lua name=test\\x0aredis.register_function{function_name='test', callback=function(KEYS, ARGV) return redis.pcall('set', 'x', 2) end, flags={'no-writes'}}"
			FCALL_RO test 0
			FUNCTION LOAD REPLACE "#!lua name=test\\x0aredis.register_function{function_name='f1', callback=function() return redis.call('set', 'x', 1) end}"
			FCALL_RO f1 0
			FCALL f1 0
			FUNCTION LOAD REPLACE "#!lua name=test\\x0aredis.register_function{function_name='f1', callback=function() return redis.call('set', 'x', 1) end, flags={'allow-oom'}}"
			FCALL f1 1 x
			FCALL_RO f1 1 x
			COMMAND GETKEYS fcall test 1 x foo
			COMMAND GETKEYS fcall_ro test 1 x foo
			COMMAND GETKEYS eval "return 1" 2 a b c
			COMMAND GETKEYS eval "return 1" 0

			FUNCTION LOAD "#!lua name=lib\\x0aredis.register_function('err', function() return redis.call('nosuch') end)\\x0aredis.register_function('lerr', function() error('boom') end)\\x0aredis.register_function('rerr', function()\\x0a\\x0a return nil + 1 end)\\x0aredis.register_function('tab', function() error({err = 'MY code'}) end)\\x0aredis.register_function('glob', function() return undeclared end)\\x0aredis.register_function('setg', function() x = 1 end)\\x0aredis.register_function('wt', function() return redis.call('incr', 'str') end)"
			SET str v
			FCALL err 0
			FCALL lerr 0
			FCALL rerr 0
			FCALL tab 0
			FCALL glob 0
			FCALL setg 0
			FCALL wt 0
			FCALL_RO err 0

			FUNCTION LOAD "#!lua name=sandbox\\x0aredis.register_function('names', function() local keys = {} for k in pairs(_G) do table.insert(keys, k) end table.sort(keys) return keys end)\\x0aredis.register_function('rnames', function() local keys = {} for k in pairs(redis) do table.insert(keys, k) end table.sort(keys) return keys end)\\x0aredis.register_function('trick', function() local mt = getmetatable(_G) local og = mt.__index og['redis'] = function() return 1 end end)\\x0aredis.register_function('ver', function() return {redis.REDIS_VERSION, redis.REDIS_VERSION_NUM} end)\\x0aredis.register_function('resp3', function() redis.setresp(3) return {redis.call('hgetall', 'h'), {double = 1.5}, true} end)\\x0aredis.register_function('ls', function() return loadstring('return 1')() end)\\x0aredis.register_function('sel', function() redis.call('select', 1) return redis.call('get', 'k') end)\\x0aredis.register_function('regf', function() return type(redis.register_function) end)\\x0aredis.register_function('keysglob', function() return type(KEYS) end)"
			FCALL names 0
			FCALL rnames 0
			FCALL trick 0
			FCALL ver 0
			HSET h f v
			FCALL resp3 0
			FCALL ls 0
			FCALL sel 0
			FCALL regf 0
			FCALL keysglob 0
			FUNCTION LOAD "#!lua name=version\\x0alocal version = redis.REDIS_VERSION_NUM\\x0aredis.register_function{function_name='get_version_v1', callback=function() return string.format('%s.%s.%s', bit.band(bit.rshift(version, 16), 0x000000ff), bit.band(bit.rshift(version, 8), 0x000000ff), bit.band(version, 0x000000ff)) end}\\x0aredis.register_function{function_name='get_version_v2', callback=function() return redis.REDIS_VERSION end}"
			FCALL get_version_v1 0
			FCALL get_version_v2 0
			EVAL "return redis.pcall('fcall', 'names', 0)" 0
			EVAL "return redis.pcall('function', 'list')" 0
			""";

	/**
	 * {@code FUNCTION LIST} ({@code WITHCODE}, {@code LIBRARYNAME} patterns, argument
	 * errors), {@code DELETE}, {@code FLUSH} ({@code SYNC}, {@code ASYNC}, bad
	 * arguments), {@code STATS} (counts after loads, deletes, failed loads and flushes;
	 * nothing running), {@code KILL} with nothing running, {@code HELP}, unknown
	 * subcommands; functions outliving {@code FLUSHALL}.
	 */
	static final String MANAGEMENT = """
			FUNCTION LIST
			FUNCTION LOAD "#!lua name=test\\x0aredis.register_function('test', function() return redis.call('set', 'x', '1') end)"
			FLUSHALL
			FLUSHDB
			FUNCTION LIST
			FUNCTION LIST WITHCODE
			FUNCTION LIST withcode
			FUNCTION LIST LIBRARYNAME test
			FUNCTION LIST LIBRARYNAME t*
			FUNCTION LIST LIBRARYNAME T*
			FUNCTION LIST LIBRARYNAME x*
			FUNCTION LIST LIBRARYNAME te?t
			FUNCTION LIST LIBRARYNAME [st]est
			FUNCTION LIST LIBRARYNAME ""
			FUNCTION LIST WITHCODE LIBRARYNAME test
			FUNCTION LIST LIBRARYNAME test WITHCODE
			FUNCTION LIST bad_argument
			FUNCTION LIST LIBRARYNAME
			FUNCTION LIST WITHCODE WITHCODE
			FUNCTION LIST WITHCODE LIBRARYNAME foo LIBRARYNAME foo
			FUNCTION DELETE test
			FUNCTION DELETE test
			FUNCTION DELETE
			FUNCTION DELETE a b
			FUNCTION LIST
			FCALL test 0
			FUNCTION KILL
			FUNCTION bad_subcommand
			FUNCTION
			FUNCTION HELP
			FUNCTION STATS
			FUNCTION STATS extra
			FUNCTION FLUSH
			FUNCTION FLUSH ASYNC
			FUNCTION FLUSH SYNC
			FUNCTION FLUSH sync
			FUNCTION FLUSH bad_arg
			FUNCTION FLUSH sync extra_arg

			FUNCTION LOAD "#!lua name=library1\\x0aredis.register_function('f6', function(keys, args) return 7 end)"
			FUNCTION LOAD "#!lua name=lib1\\x0aredis.register_function('f7', function(keys, args) return 7 end)"
			FUNCTION LIST LIBRARYNAME library*
			FUNCTION LIST LIBRARYNAME lib*
			FUNCTION LIST
			FUNCTION LIST WITHCODE
			FUNCTION STATS
			FUNCTION DELETE LIB1
			FUNCTION DELETE lib1
			FUNCTION STATS

			FUNCTION LOAD "#!lua name=test1\\x0aredis.register_function('f1', function() return 1 end)\\x0aredis.register_function('f2', function() return 1 end)"
			FUNCTION LOAD "#!lua name=test2\\x0aredis.register_function('f3', function() return 1 end)"
			FUNCTION STATS
			FUNCTION DELETE test1
			FUNCTION STATS
			FUNCTION FLUSH
			FUNCTION LOAD "#!lua name=test1\\x0aredis.register_function('f1', function() return 1 end)\\x0aredis.register_function('f2', function() return 1 end)"
			FUNCTION LOAD "#!lua name=test1\\x0aredis.register_function('f3', function() return 1 end)"
			FUNCTION STATS
			FUNCTION FLUSH
			FUNCTION STATS

			FUNCTION LOAD "#!lua name=multi\\x0aredis.register_function('m1', function() return 1 end)\\x0aredis.register_function{function_name='m2', callback=function() return 2 end, description='second', flags={'no-writes'}}\\x0aredis.register_function{function_name='m3', callback=function() return 3 end, flags={'allow-stale', 'no-writes'}}"
			FUNCTION LIST
			FUNCTION LIST WITHCODE LIBRARYNAME multi
			FCALL m2 0
			FCALL_RO m3 0
			FCALL_RO m1 0
			""";

	/**
	 * {@code FUNCTION DUMP} and {@code FUNCTION RESTORE}: the payload's bytes (compared
	 * byte for byte, LZF-compressed code included; a payload holds one library here,
	 * since Redis writes several in its dictionary's order), payloads made by
	 * redis-server 7.0.15 restored with the {@code APPEND} (default), {@code REPLACE} and
	 * {@code FLUSH} policies, collisions of library and function names, bad checksums,
	 * versions and lengths, bad policies; payloads built here with their CRC-64 (a
	 * compile error, no functions, one library twice, two libraries, functions colliding
	 * inside the payload, the pre-GA opcode, a key's type, a bad length, bad metadata, an
	 * unknown engine, an error at load).
	 */
	static final String DUMP_RESTORE = """
			FUNCTION DUMP
			FUNCTION DUMP extra
			FUNCTION LOAD "#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)"
			FUNCTION DUMP
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xa2\\x82\\xa2\\xda>q\\xe9\\xdb"
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xa2\\x82\\xa2\\xda>q\\xe9\\xdb" APPEND
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xa2\\x82\\xa2\\xda>q\\xe9\\xdb" append
			FUNCTION DELETE test
			FUNCTION LIST
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xa2\\x82\\xa2\\xda>q\\xe9\\xdb"
			FUNCTION LIST
			FCALL test 0
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xa2\\x82\\xa2\\xda>q\\xe9\\xdb" FLUSH
			FUNCTION LIST
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xa2\\x82\\xa2\\xda>q\\xe9\\xdb" REPLACE
			FUNCTION STATS
			FUNCTION RESTORE bad_payload
			FUNCTION RESTORE ""
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xa2\\x82\\xa2\\xda>q\\xe9\\xdc"
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0b\\x00\\xa2\\x82\\xa2\\xda>q\\xe9\\xdb"
			FUNCTION RESTORE "\\xf5@O#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xa2\\x82\\xa2\\xda>q\\xe9\\xdb"
			FUNCTION RESTORE "\\x00\\x03abc\\x0a\\x00"
			FUNCTION LIST
			FUNCTION RESTORE arg1 args2 arg3
			FUNCTION RESTORE
			FUNCTION RESTORE x BADPOLICY
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xa2\\x82\\xa2\\xda>q\\xe9\\xdb" BADPOLICY
			FUNCTION FLUSH
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xa2\\x82\\xa2\\xda>q\\xe9\\xdb" FLUSH
			FCALL test 0

			FUNCTION LOAD "#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)"
			FUNCTION FLUSH
			FUNCTION LOAD "#!lua name=test\\x0aredis.register_function('test', function() return 'hello1' end)"
			FCALL test 0
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xa2\\x82\\xa2\\xda>q\\xe9\\xdb" REPLACE
			FCALL test 0
			FUNCTION DUMP
			FUNCTION FLUSH
			FUNCTION LOAD "#!lua name=test1\\x0aredis.register_function('test1', function() return 'hello1' end)"
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xa2\\x82\\xa2\\xda>q\\xe9\\xdb" APPEND
			FCALL test 0
			FCALL test1 0
			FUNCTION STATS

			FUNCTION LOAD "#!lua name=lib1\\x0alocal function add1(a) return a + 1 end\\x0aredis.register_function('f1', function(keys, args) return add1(1) end)\\x0aredis.register_function('f2', function(keys, args) return add1(2) end)\\x0aredis.register_function('f3', function(keys, args) return add1(3) end)"
			FUNCTION DUMP
			FUNCTION FLUSH
			FUNCTION LOAD "#!lua name=lib1\\x0aredis.register_function('f6', function(keys, args) return 7 end)"
			FUNCTION LOAD "#!lua name=lib2\\x0alocal function add1(a) return a + 1 end\\x0aredis.register_function('f4', function(keys, args) return add1(4) end)\\x0aredis.register_function('f5', function(keys, args) return add1(5) end)\\x0aredis.register_function('f3', function(keys, args) return add1(3) end)"
			FUNCTION RESTORE "\\xf5\\xc3@\\x86A\\x0c\\x1f#!lua name=lib1\\x0alocal function a\\x0bdd1(a) retur \\x0e\\x17 + 1 end\\x0aredis.register_\\xc00\\x05('f1',\\xe0\\x00?\\x0a(keys, args\\xe0\\x01C@R\\x011)@E\\x00)\\xe0\\x12F\\x002\\xe0\\x1bF\\x002\\xe0\\x18F\\x003\\xe0\\x1bF\\x003@F\\x01d)\\x0a\\x00\\xee\\x9cV\\xdb[\\xb5\\xec\\x8c"
			FCALL f3 0
			FCALL f4 0
			FCALL f5 0
			FCALL f6 0
			FUNCTION RESTORE "\\xf5\\xc3@\\x86A\\x0c\\x1f#!lua name=lib1\\x0alocal function a\\x0bdd1(a) retur \\x0e\\x17 + 1 end\\x0aredis.register_\\xc00\\x05('f1',\\xe0\\x00?\\x0a(keys, args\\xe0\\x01C@R\\x011)@E\\x00)\\xe0\\x12F\\x002\\xe0\\x1bF\\x002\\xe0\\x18F\\x003\\xe0\\x1bF\\x003@F\\x01d)\\x0a\\x00\\xee\\x9cV\\xdb[\\xb5\\xec\\x8c" REPLACE
			FCALL f3 0
			FCALL f6 0
			FCALL f1 0
			FUNCTION RESTORE "\\xf5\\xc3@\\x86A\\x0c\\x1f#!lua name=lib1\\x0alocal function a\\x0bdd1(a) retur \\x0e\\x17 + 1 end\\x0aredis.register_\\xc00\\x05('f1',\\xe0\\x00?\\x0a(keys, args\\xe0\\x01C@R\\x011)@E\\x00)\\xe0\\x12F\\x002\\xe0\\x1bF\\x002\\xe0\\x18F\\x003\\xe0\\x1bF\\x003@F\\x01d)\\x0a\\x00\\xee\\x9cV\\xdb[\\xb5\\xec\\x8c" FLUSH
			FCALL f1 0
			FCALL f3 0
			FCALL f6 0
			FUNCTION LIST
			FUNCTION RESTORE "\\xf5\\xc3@\\x86A\\x0c\\x1f#!lua name=lib1\\x0alocal function a\\x0bdd1(a) retur \\x0e\\x17 + 1 end\\x0aredis.register_\\xc00\\x05('f1',\\xe0\\x00?\\x0a(keys, args\\xe0\\x01C@R\\x011)@E\\x00)\\xe0\\x12F\\x002\\xe0\\x1bF\\x002\\xe0\\x18F\\x003\\xe0\\x1bF\\x003@F\\x01d)\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00~\\x00\\xe6\\x06\\xd6\\x89\\xdd/" FLUSH
			FUNCTION LIST
			FUNCTION STATS
			FCALL test 0
			FCALL f2 0
			FUNCTION DELETE test
			FUNCTION DUMP

			FUNCTION LOAD "#!lua name=long\\x0aredis.register_function('long1', function() return 'long long long long long 1' end)\\x0aredis.register_function('long2', function() return 'long long long long long 2' end)\\x0aredis.register_function('long3', function() return 'long long long long long 3' end)\\x0aredis.register_function('long4', function() return 'long long long long long 4' end)\\x0aredis.register_function('long5', function() return 'long long long long long 5' end)"
			FUNCTION DUMP
			FCALL long5 0

			FUNCTION RESTORE "\\xf5\\x17#!lua name=bad\\x0areturn +\\x0a\\x00\\xc7T\\x18\\x1f\\xff\\xef1\\xac"
			FUNCTION RESTORE "\\xf5\\x17#!lua name=nof\\x0areturn 1\\x0a\\x00\\xcf\\x1ez\\xe8\\xa9\\xefg\\x01"
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xa3\\x90\\xed6L\\xd3:\\xee"
			FUNCTION LIST
			FUNCTION RESTORE "\\xf6@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00?\\xc2\\xd5\\xba\\xde\\x96\\x90_"
			FUNCTION RESTORE "\\x00\\x03key\\x05value\\x0a\\x00I7:\\x99\\xf8\\xf9\\xef\\xc5"
			FUNCTION RESTORE "\\xf5@\\xff#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\x0a\\x00\\xcbd\\xf66\\x83Q\\xe8\\xa2"
			FUNCTION RESTORE "\\x0a\\x00]\\x9b\\x5c@\\x0f\\x7f\\xa2\\xda"
			FUNCTION LIST
			FUNCTION RESTORE "\\xf5@D#!lua name=b-d\\x0aredis.register_function('f', function() return 1 end)\\x0a\\x00|wP\\xb1\\xe24\\x0f\\xe1"
			FUNCTION RESTORE "\\xf5@B#!js name=js\\x0aredis.register_function('f', function() return 1 end)\\x0a\\x00\\xcek'?\\xf7\\x03\\xd1o"
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\xf5@H#!lua name=other\\x0aredis.register_function('o', function() return 'o' end)\\x0a\\x00\\x0b\\xa1\\x92\\xf0g(\\x12\\x0f"
			FUNCTION LIST
			FCALL o 0
			FUNCTION RESTORE "\\xf5@N#!lua name=test\\x0aredis.register_function('test', function() return 'hello' end)\\xf5@H#!lua name=other\\x0aredis.register_function('o', function() return 'o' end)\\x0a\\x00\\x0b\\xa1\\x92\\xf0g(\\x12\\x0f" REPLACE
			FUNCTION STATS
			FUNCTION FLUSH
			FUNCTION RESTORE "\\xf5@F#!lua name=c1\\x0aredis.register_function('same', function() return 1 end)\\xf5@F#!lua name=c2\\x0aredis.register_function('same', function() return 2 end)\\x0a\\x00[\\x09h\\x8f\\x13\\xbc\\xb1m"
			FUNCTION LIST
			FUNCTION RESTORE "\\xf55redis.register_function('f', function() return 1 end)\\x0a\\x00\\x84\\xb4(\\x18GY\\x83\\xd3"
			FUNCTION RESTORE "\\xf5\\x1e#!lua name=le\\x0aerror('at load')\\x0a\\x00\\xc0\\xf8\\xb9|\\x04\\xde\\xf6\\xb3"
			FUNCTION LIST
			""";

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void loadAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, LOAD)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void fcallAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, FCALL)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void managementAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, MANAGEMENT)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void dumpAndRestoreAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, DUMP_RESTORE)).isEmpty();
	}

}
