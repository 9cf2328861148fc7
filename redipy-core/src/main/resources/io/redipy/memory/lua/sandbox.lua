-- Redis 7.0's Lua environment for the memory store, built once in a fresh state that has
-- the standard libraries and Redis's bundled ones open. Called with the Java functions
-- that reach the store; returns what the engine needs: the environment scripts run in,
-- the error handler, and the function that runs one script.
--
-- Redis marks its library tables and the globals read-only inside its own patched Lua.
-- Stock Lua 5.1 has no such tables, so here each one is an empty proxy whose metatable
-- reads the real table and refuses writes with Redis's error; the few built-in functions
-- that see tables raw (next, pairs, rawget, rawset, getmetatable, setmetatable and the
-- table functions that write) are wrapped to see through the proxies or refuse them.
-- This chunk's own frames are hidden from error positions (see handler).
local jcall, jpcall, jsha1hex, jlog, jsetresp, jsetrepl, jacl, jinterrupt, jrandom, jrandomseed, HOOK_COUNT,
	REDIS_VERSION, REDIS_VERSION_NUM, MEMORY_LIMIT, jwrap = ...

local G = _G
local type, error, select, tostring, rawget, rawset, rawequal, next, pairs, setmetatable, getmetatable =
	type, error, select, tostring, rawget, rawset, rawequal, next, pairs, setmetatable, getmetatable
local raw_pcall, loadstring, load, setfenv, unpack, newproxy, collectgarbage =
	pcall, loadstring, load, setfenv, unpack, newproxy, collectgarbage
local sub, format = string.sub, string.format
local insert, remove, sort = table.insert, table.remove, table.sort
local co_create, co_resume = coroutine.create, coroutine.resume
local getinfo, sethook = debug.getinfo, debug.sethook

local READONLY = 'Attempt to modify a readonly table'

-- the proxy of each read-only table, and the table behind each proxy
local real = setmetatable({}, { __mode = 'k' })

local function ro_newindex()
	error(READONLY, 2)
end

local function readonly(t, index)
	local proxy = {}
	real[proxy] = t
	setmetatable(proxy, { __index = index or t, __newindex = ro_newindex, __metatable = false })
	return proxy
end

local function unwrap(t)
	return real[t] or t
end

-- what luaL_typename calls a value (an absent argument is "no value")
local function typename(n, v)
	if n == 0 then
		return 'no value'
	end
	return type(v)
end

-- errors as C raises them; the functions below reach users through jwrap, which makes
-- each a C function to Lua and adds the caller's position and name to these
local function argerror(n, text)
	error({ '__arg', n, text }, 0)
end

local function rawerror(text)
	error({ '__raw', text }, 0)
end

local function argcheck_table(...)
	local n = select('#', ...)
	local t = ...
	if type(t) ~= 'table' then
		argerror(1, 'table expected, got ' .. typename(n, t))
	end
	return t
end

-- the built-ins that see tables raw
local s_next
local function next_impl(...)
	local t, k = argcheck_table(...), select(2, ...)
	return next(unwrap(t), k)
end

local function s_pairs(...)
	local t = argcheck_table(...)
	if real[t] == nil then
		return next, t, nil
	end
	return s_next, t, nil
end

local function s_rawget(...)
	local t = argcheck_table(...)
	return rawget(unwrap(t), (select(2, ...)))
end

local function s_rawset(...)
	local t = argcheck_table(...)
	if real[t] then
		rawerror(READONLY)
	end
	return rawset(...)
end

local function s_setmetatable(...)
	local t = ...
	if type(t) == 'table' and real[t] then
		rawerror(READONLY)
	end
	return setmetatable(...)
end

-- table.insert and setn write and fail on a read-only table; remove and sort of one
-- (a hash table: no elements to move) do nothing, as on Redis
local function refuse_readonly(f)
	return function(...)
		local t = ...
		if type(t) == 'table' and real[t] then
			rawerror(READONLY)
		end
		return f(...)
	end
end

local function skip_readonly(f)
	return function(...)
		local t = ...
		if type(t) == 'table' and real[t] then
			return
		end
		return f(...)
	end
end

-- the environment: what Redis 7.0.15 leaves in its globals
local env_real
local ENV, ENV_META, FENV_G

local function nonexistent(_, name)
	error("Script attempted to access nonexistent global variable '" .. tostring(name) .. "'", 2)
end

local function readonly_lib(name, wrapped)
	local t = {}
	for k, v in next, G[name] or {} do
		t[k] = v
	end
	if wrapped then
		for k, v in next, wrapped do
			t[k] = v
		end
	end
	return readonly(t)
end

-- the string library's proxy is also the strings' metatable's __index
local string_proxy
local string_meta = getmetatable('')
local string_meta_proxy

local function s_getmetatable(...)
	if select('#', ...) == 0 then
		argerror(1, 'value expected')
	end
	local v = ...
	if type(v) == 'string' then
		return string_meta_proxy
	end
	if type(v) == 'table' and real[v] then
		if v == ENV or v == FENV_G then
			return ENV_META
		end
		return nil
	end
	return getmetatable(v)
end

-- chunks loaded by scripts run in the environment, and are parsed as text as Redis's
-- Lua parses them (bytecode is refused there: a chunk starting with ESC is text to it)
local function s_loadstring(...)
	local s, name = ...
	if type(s) == 'string' and sub(s, 1, 1) == '\27' then
		if name == nil then
			name = s
		end
		s = ' ' .. s
		local f, e = loadstring(s, name)
		if f then
			setfenv(f, ENV)
		end
		return f, e
	end
	local f, e = loadstring(...)
	if f then
		setfenv(f, ENV)
	end
	return f, e
end

local function s_load(...)
	local reader, name = ...
	if type(reader) ~= 'function' then
		argerror(1, 'function expected, got ' .. typename(select('#', ...), reader))
	end
	local first = true
	local f, e = load(function()
		local piece = reader()
		if first and type(piece) == 'string' and piece ~= '' then
			first = false
			if sub(piece, 1, 1) == '\27' then
				return ' ' .. piece
			end
		end
		return piece
	end, name)
	if f then
		setfenv(f, ENV)
	end
	return f, e
end

-- the count hook that stops a script on SCRIPT KILL (Redis's luaMaskCountHook)
local KILLED = 'ERR Script killed by user with SCRIPT KILL...'
local LOAD_TIMEOUT = 'ERR FUNCTION LOAD timeout'
local hook
-- jinterrupt answers 0 (go on), 1 (killed) or 2 (FUNCTION LOAD ran too long)
local function stop(r)
	error({ err = (r == 1) and KILLED or LOAD_TIMEOUT })
end
local function kill_hook()
	-- once the stopped script ended, the next one resets the count hook first
	local r = jinterrupt()
	if r ~= 0 then
		stop(r)
	end
end
hook = function()
	local r = jinterrupt()
	if r ~= 0 then
		-- on every line from now on, so that a pcall cannot catch it for good
		sethook(kill_hook, 'l')
		stop(r)
	end
end

-- the memory limit, which Redis does not have (its Lua can take all the memory there is):
-- a state that holds more than MEMORY_LIMIT bytes fails the script that allocates. The
-- collector runs each cycle whole, in the step that an allocation starts once the memory
-- held doubled since the last cycle (step multiplier 0: no limit per step), so a script
-- that doubles a string in a loop meets a cycle at about every doubling. Each cycle
-- finalizes a sentinel, which looks at the memory and, when it is over the limit, makes
-- the count hook fire at the next instruction, where the script fails (an error inside a
-- finalizer would leave the state's hooks off). A whole cycle costs about as much as the
-- live tables, not the strings' bytes, and comes as often as an incremental one.
-- string.rep and table.concat, which can make a huge string in one call, are checked
-- before they run.
collectgarbage('setpause', 200)
collectgarbage('setstepmul', 0)
local LIMIT_KB = MEMORY_LIMIT / 1024
local MEMORY_ERROR = 'ERR Script used more memory than the memory store allows for Lua (' .. MEMORY_LIMIT
	.. ' bytes)'
local over_limit
local function memory_hook()
	sethook(hook, '', HOOK_COUNT)
	if collectgarbage('count') > LIMIT_KB then
		collectgarbage('collect')
		error({ err = MEMORY_ERROR })
	end
end
local function sentinel()
	local p = newproxy(true)
	getmetatable(p).__gc = function()
		if collectgarbage('count') > LIMIT_KB then
			sethook(memory_hook, '', 1)
		end
		sentinel()
	end
end
sentinel()

local function would_exceed(bytes)
	return collectgarbage('count') + bytes / 1024 > LIMIT_KB
end

local rep, concat = string.rep, table.concat
local function s_rep(...)
	local s, n, sep = ...
	if type(n) == 'number' and n > 0 and (type(s) == 'string' or type(s) == 'number') then
		local size = #tostring(s) * n
		if type(sep) == 'string' then
			size = size + #sep * (n - 1)
		end
		if would_exceed(size) then
			error({ err = MEMORY_ERROR })
		end
	end
	return rep(...)
end

local function s_concat(...)
	local t, sep, i, j = ...
	if type(t) == 'table' then
		local size = 0
		local from = tonumber(i) or 1
		local to = tonumber(j) or #t
		local seplen = (type(sep) == 'string' or type(sep) == 'number') and #tostring(sep) or 0
		for k = from, to do
			local v = t[k]
			if type(v) == 'string' then
				size = size + #v + seplen
			end
			if k - from > 100000 and would_exceed(size) then
				break
			end
		end
		if would_exceed(size) then
			error({ err = MEMORY_ERROR })
		end
	end
	return concat(...)
end

-- the collector cannot be stopped or slowed down by a script, or the limit would not hold
local function s_collectgarbage(...)
	local opt = ...
	if opt == 'stop' then
		return 0
	end
	if opt == 'setpause' or opt == 'setstepmul' then
		return 200
	end
	return collectgarbage(...)
end

-- a coroutine of a Lua function, with the count hook (hooks are per thread)
local function hooked(...)
	local f = ...
	if type(f) ~= 'function' or getinfo(f, 'S').what == 'C' then
		argerror(1, 'Lua function expected')
	end
	local co = co_create(f)
	sethook(co, hook, '', HOOK_COUNT)
	return co
end

local function s_co_create(...)
	return (hooked(...))
end

local function s_co_wrap(...)
	local co = hooked(...)
	-- as auxwrap: a string error gets the caller's position in front
	local function results(ok, ...)
		if ok then
			return ...
		end
		local e = ...
		local t = type(e)
		if t == 'string' or t == 'number' then
			error({ '__err', tostring(e) }, 0)
		end
		error(e, 0)
	end
	return jwrap(function(...)
		return results(co_resume(co, ...))
	end)
end

-- Redis's pcall: an error table with an err field gives its text
local function s_pcall(...)
	if select('#', ...) == 0 then
		return false, 'attempt to call a nil value'
	end
	return (function(ok, ...)
		if ok then
			return true, ...
		end
		local e = ...
		if type(e) == 'table' then
			local m = e.err
			local t = type(m)
			if t == 'string' or t == 'number' then
				e = m
			end
		end
		return false, e
	end)(raw_pcall(...))
end

-- Redis's error tables
local function error_table(text)
	-- luaPushErrorBuff: "-CODE msg" keeps its code, other text gets ERR
	local code, msg
	if sub(text, 1, 1) == '-' then
		local space = text:find(' ', 1, true)
		if space then
			code, msg = sub(text, 2, space - 1), sub(text, space + 1)
		else
			code, msg = 'ERR', sub(text, 2)
		end
	else
		code, msg = 'ERR', text
	end
	msg = msg:gsub('^[\r\n]+', ''):gsub('[\r\n]+$', '')
	return { err = code .. ' ' .. msg }
end

local function error_reply(...)
	local e = ...
	if select('#', ...) ~= 1 or type(e) ~= 'string' then
		return error_table('wrong number or type of arguments')
	end
	local zero = e:find('\0', 1, true)
	if zero then
		e = sub(e, 1, zero - 1)
	end
	if sub(e, 1, 1) ~= '-' then
		e = '-' .. e
	end
	return error_table(e)
end

local function status_reply(...)
	local s = ...
	if select('#', ...) ~= 1 or type(s) ~= 'string' then
		return error_table('wrong number or type of arguments')
	end
	return { ok = s }
end

local redis = {
	call = jcall,
	pcall = jpcall,
	log = jlog,
	LOG_DEBUG = 0,
	LOG_VERBOSE = 1,
	LOG_NOTICE = 2,
	LOG_WARNING = 3,
	REDIS_VERSION_NUM = REDIS_VERSION_NUM,
	REDIS_VERSION = REDIS_VERSION,
	setresp = jsetresp,
	sha1hex = jsha1hex,
	error_reply = error_reply,
	status_reply = status_reply,
	set_repl = jsetrepl,
	REPL_NONE = 0,
	REPL_AOF = 1,
	REPL_SLAVE = 2,
	REPL_REPLICA = 2,
	REPL_ALL = 3,
	acl_check_cmd = jacl,
	breakpoint = function()
		return false
	end,
	debug = function()
	end,
	replicate_commands = function()
		return true
	end,
}

-- the error handler of every script (Redis's __redis__err__handler), which skips this
-- chunk's frames so that positions are the script's own
local SANDBOX = getinfo(1, 'S').source

local function frame(level)
	while true do
		local i = getinfo(level + 1, 'nSl')
		if i == nil or i.source ~= SANDBOX then
			return i, level
		end
		level = level + 1
	end
end

local function handler(err)
	local i, level = frame(2)
	if i and i.what == 'C' then
		i = frame(level + 1)
	end
	if type(err) ~= 'table' then
		err = { err = 'ERR ' .. tostring(err) }
	end
	if i then
		err['source'] = i.source
		err['line'] = i.currentline
	end
	return err
end

-- every stand-in for a C built-in becomes a C function to Lua
s_next = jwrap(next_impl)
s_pairs = jwrap(s_pairs)
s_rawget = jwrap(s_rawget)
s_rawset = jwrap(s_rawset)
s_setmetatable = jwrap(s_setmetatable)
s_getmetatable = jwrap(s_getmetatable)
s_loadstring = jwrap(s_loadstring)
s_load = jwrap(s_load)
s_pcall = jwrap(s_pcall)
s_co_create = jwrap(s_co_create)
s_co_wrap = jwrap(s_co_wrap)
s_rep = jwrap(s_rep)
s_concat = jwrap(s_concat)
s_collectgarbage = jwrap(s_collectgarbage)

string_proxy = readonly_lib('string', { rep = s_rep })
string_meta.__index = string_proxy
string_meta_proxy = readonly({ __index = string_proxy })

env_real = {
	assert = G.assert,
	collectgarbage = s_collectgarbage,
	error = error,
	gcinfo = G.gcinfo,
	getmetatable = s_getmetatable,
	ipairs = G.ipairs,
	load = s_load,
	loadstring = s_loadstring,
	next = s_next,
	pairs = s_pairs,
	pcall = s_pcall,
	rawequal = rawequal,
	rawget = s_rawget,
	rawset = s_rawset,
	select = select,
	setmetatable = s_setmetatable,
	tonumber = G.tonumber,
	tostring = tostring,
	type = type,
	unpack = unpack,
	xpcall = G.xpcall,
	_VERSION = G._VERSION,
	string = string_proxy,
	table = readonly_lib('table', {
		insert = jwrap(refuse_readonly(insert)),
		remove = jwrap(skip_readonly(remove)),
		sort = jwrap(skip_readonly(sort)),
		concat = s_concat,
		setn = jwrap(refuse_readonly(table.setn)),
	}),
	math = readonly_lib('math', { random = jrandom, randomseed = jrandomseed }),
	coroutine = readonly_lib('coroutine', { create = s_co_create, wrap = s_co_wrap }),
	cjson = readonly_lib('cjson'),
	cmsgpack = readonly_lib('cmsgpack'),
	bit = readonly_lib('bit'),
	struct = readonly_lib('struct'),
	redis = readonly(redis),
	__redis__err__handler = handler,
}

setmetatable(env_real, { __index = nonexistent })
ENV_META = readonly({ __index = nonexistent, __newindex = ro_newindex })
ENV = readonly(env_real)
env_real._G = ENV

-- FUNCTION's environment (Redis runs functions in a Lua state of their own): the same
-- globals without KEYS, ARGV and the error handler, and a redis table without the
-- debugger's functions. While FUNCTION LOAD runs a library, its globals are only a redis
-- table with register_function, log and the version (Redis's LIBRARY_API).
local function copy_without(t, skip)
	local copy = {}
	for k, v in next, t do
		if not skip[k] then
			copy[k] = v
		end
	end
	return copy
end
local fenv_real = copy_without(env_real, { KEYS = true, ARGV = true, __redis__err__handler = true })
local fredis = copy_without(redis, { breakpoint = true, debug = true, replicate_commands = true })
fenv_real.redis = readonly(fredis)
setmetatable(fenv_real, { __index = nonexistent })
-- inside functions _G is the globals behind the environment, as on Redis
FENV_G = readonly(fenv_real)
fenv_real._G = FENV_G

-- the functions the library being loaded registered, in order: {name, callback, flags, description}
local registered
local FLAGS = { ['no-writes'] = 1, ['allow-oom'] = 2, ['allow-stale'] = 4, ['no-cluster'] = 8,
	['allow-cross-slot-keys'] = 32 }

local function register_error(text)
	error(error_table(text), 0)
end

local function read_flags(t)
	local flags = 0
	local j = 1
	while true do
		local f = t[j]
		if f == nil then
			return flags
		end
		local ft = type(f)
		if ft ~= 'string' and ft ~= 'number' then
			return nil
		end
		local bit = FLAGS[string.lower(tostring(f))]
		if not bit then
			return nil
		end
		flags = flags + ((flags % (bit * 2) >= bit) and 0 or bit)
		j = j + 1
	end
end

local function register_function(...)
	if registered == nil then
		register_error('redis.register_function can only be called on FUNCTION LOAD command')
	end
	local argc = select('#', ...)
	if argc < 1 or argc > 2 then
		register_error('wrong number of arguments to redis.register_function')
	end
	local name, callback, flags, description = nil, nil, 0, nil
	if argc == 1 then
		local t = ...
		if type(t) ~= 'table' then
			register_error('calling redis.register_function with a single argument is only applicable to Lua table (representing named arguments).')
		end
		for k, v in next, t do
			if type(k) ~= 'string' and type(k) ~= 'number' then
				register_error('named argument key given to redis.register_function is not a string')
			end
			local key = string.lower(tostring(k))
			if key == 'function_name' then
				if type(v) ~= 'string' and type(v) ~= 'number' then
					register_error('function_name argument given to redis.register_function must be a string')
				end
				name = tostring(v)
			elseif key == 'description' then
				if type(v) ~= 'string' and type(v) ~= 'number' then
					register_error('description argument given to redis.register_function must be a string')
				end
				description = tostring(v)
			elseif key == 'callback' then
				if type(v) ~= 'function' then
					register_error('callback argument given to redis.register_function must be a function')
				end
				callback = v
			elseif key == 'flags' then
				if type(v) ~= 'table' then
					register_error('flags argument to redis.register_function must be a table representing function flags')
				end
				flags = read_flags(v)
				if flags == nil then
					register_error('unknown flag given')
				end
			else
				register_error('unknown argument given to redis.register_function')
			end
		end
		if name == nil then
			register_error('redis.register_function must get a function name argument')
		end
		if callback == nil then
			register_error('redis.register_function must get a callback argument')
		end
	else
		name, callback = ...
		if type(name) ~= 'string' and type(name) ~= 'number' then
			register_error('first argument to redis.register_function must be a string')
		end
		name = tostring(name)
		if type(callback) ~= 'function' then
			register_error('second argument to redis.register_function must be a function')
		end
	end
	if name == '' or string.find(name, '[^%w_]') then
		register_error('Library names can only contain letters, numbers, or underscores(_) and must be at least one character long')
	end
	for _, f in ipairs(registered) do
		if f[1] == name then
			register_error('Function already exists in the library')
		end
	end
	registered[#registered + 1] = { name, callback, flags, description }
end

local load_redis = { register_function = register_function, log = jlog, LOG_DEBUG = 0, LOG_VERBOSE = 1,
	LOG_NOTICE = 2, LOG_WARNING = 3, REDIS_VERSION_NUM = REDIS_VERSION_NUM, REDIS_VERSION = REDIS_VERSION }
setmetatable(load_redis, { __index = nonexistent })
local load_api = setmetatable({ redis = readonly(load_redis) }, { __index = nonexistent })

local fmode = { __index = fenv_real }
local FENV = readonly(setmetatable({}, fmode))

-- a script's function runs in the environment
local function prepare(f)
	setfenv(f, ENV)
	return f
end

-- runs a library's chunk (Redis's luaEngineCreate): returns true and the functions it
-- registered, flattened (name, callback, flags, description per function), or false and
-- the error object
local function load_library(chunk)
	setfenv(chunk, FENV)
	registered = {}
	fmode.__index = load_api
	local ok, e = raw_pcall(chunk)
	fmode.__index = fenv_real
	local functions = registered
	registered = nil
	if not ok then
		return false, e
	end
	local out = {}
	for i, f in ipairs(functions) do
		out[4 * i - 3], out[4 * i - 2], out[4 * i - 1], out[4 * i] = f[1], f[2], f[3], f[4] or false
	end
	return true, out
end

-- before each script: the count hook on the main thread (after SCRIPT KILL it was a line
-- hook), and this state's garbage collected now and then as Redis does
local function rehook()
	sethook(hook, '', HOOK_COUNT)
end
rehook()

-- the kind of a script's table reply, for Java (LuaScripting.tableToReply): the first of
-- the fields Redis looks for that the table has with its type, in Redis's order, else 0
-- (an array); one call instead of a lookup from Java per field
local function reply_kind(t)
	if type(rawget(t, 'err')) == 'string' then return 1 end
	if type(rawget(t, 'ok')) == 'string' then return 2 end
	if type(rawget(t, 'double')) == 'number' then return 3 end
	if type(rawget(t, 'big_number')) == 'string' then return 4 end
	if type(rawget(t, 'verbatim_string')) == 'table' then return 5 end
	if type(rawget(t, 'map')) == 'table' then return 6 end
	if type(rawget(t, 'set')) == 'table' then return 7 end
	return 0
end

return env_real, handler, prepare, rehook, load_library, reply_kind
