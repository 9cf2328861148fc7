-- Redis's cjson library (Lua CJSON 2.1.0, deps/lua/src/lua_cjson.c with strbuf.c and
-- fpconv.c) in Lua, for io.redipy.memory.lua.LuaCjson. The chunk returns a factory:
-- factory(null) gives the functions of one cjson module sharing one configuration, as
-- lua_cjson_new does. Each is called by a Java trampoline (a C function to its caller),
-- so an error is raised as error(msg, 0) for luaL_error and error({narg, extramsg}, 0)
-- for luaL_argerror; the trampoline adds the caller's position and the function's name.
local type, next, rawget, rawset, select, tonumber, tostring = type, next, rawget, rawset, select, tonumber, tostring
local error, floor, huge = error, math.floor, math.huge
local byte, char, find, format, gsub, lower, match, sub = string.byte, string.char, string.find, string.format,
	string.gsub, string.lower, string.match, string.sub
local concat = table.concat

-- LUAI_MAXCSTACK: lua_checkstack refuses a C function more slots than this
local MAX_C_STACK = 8000

local TOKEN_NAMES = {
	obj_begin = 'T_OBJ_BEGIN', obj_end = 'T_OBJ_END', arr_begin = 'T_ARR_BEGIN', arr_end = 'T_ARR_END',
	string = 'T_STRING', number = 'T_NUMBER', boolean = 'T_BOOLEAN', null = 'T_NULL', colon = 'T_COLON',
	comma = 'T_COMMA', ['end'] = 'T_END',
}

-- char2escape
local ESCAPES = {}
for i = 0, 31 do
	ESCAPES[char(i)] = format('\\u%04x', i)
end
ESCAPES['\b'] = '\\b'
ESCAPES['\t'] = '\\t'
ESCAPES['\n'] = '\\n'
ESCAPES['\f'] = '\\f'
ESCAPES['\r'] = '\\r'
ESCAPES['"'] = '\\"'
ESCAPES['\\'] = '\\\\'
ESCAPES['/'] = '\\/'
ESCAPES['\127'] = '\\u007f'
local ESCAPE_PATTERN = '[%z\1-\31"\\/\127]'

-- escape2char
local UNESCAPES = {
	[34] = '"', [92] = '\\', [47] = '/', [98] = '\b', [116] = '\t', [110] = '\n', [102] = '\f', [114] = '\r',
}

local function argerror(narg, msg)
	error({ narg, msg }, 0)
end

-- luaL_checkinteger, then the assignment to a C int
local function check_int(value, narg)
	local n = tonumber(value)
	if n == nil then
		argerror(narg, 'number expected, got ' .. type(value))
	end
	-- lua_Integer conversion (x86-64: NaN and out of range give INT64_MIN, whose low
	-- 32 bits are 0), then truncation to 32 bits
	if n ~= n or n >= 9223372036854775808 or n < -9223372036854775808 then
		return 0
	end
	if n >= 0 then
		n = floor(n)
	else
		n = -floor(-n)
	end
	n = n % 4294967296
	if n >= 2147483648 then
		n = n - 4294967296
	end
	return n
end

-- luaL_checkstring for luaL_checkoption: the C string up to its first NUL
local function check_cstring(value, narg)
	local t = type(value)
	if t == 'number' then
		return tostring(value)
	elseif t ~= 'string' then
		argerror(narg, 'string expected, got ' .. ((value == nil) and 'nil' or t))
	end
	local z = find(value, '\0', 1, true)
	if z then
		value = sub(value, 1, z - 1)
	end
	return value
end

-- (a * b) as a C int multiplication wrapping on overflow, for 0 <= a, b < 2^31
local function mul32(a, b)
	local lo = b % 65536
	local hi = (b - lo) / 65536
	local r = (a * lo + ((a * hi) % 65536) * 65536) % 4294967296
	if r >= 2147483648 then
		r = r - 4294967296
	end
	return r
end

-- strtod's longest prefix from position p (glibc, C locale): the end position after
-- it, or nil when nothing converts
local function strtod_end(s, p)
	local i = p
	local c = byte(s, i)
	if c == 43 or c == 45 then
		i = i + 1
	end
	if match(s, '^0[xX]', i) then
		local j = i + 2
		local digits = match(s, '^%x*', j)
		local frac = ''
		local dot = byte(s, j + #digits) == 46
		if dot then
			frac = match(s, '^%x*', j + #digits + 1)
		end
		if #digits + #frac > 0 then
			j = j + #digits
			if dot then
				j = j + 1 + #frac
			end
			local e = match(s, '^[pP][+-]?%d+', j)
			if e then
				j = j + #e
			end
			return j
		end
		return i + 1
	end
	local digits = match(s, '^%d*', i)
	local j = i + #digits
	local dot = byte(s, j) == 46
	local frac = ''
	if dot then
		frac = match(s, '^%d*', j + 1)
	end
	if #digits + #frac > 0 then
		if dot then
			j = j + 1 + #frac
		end
		local e = match(s, '^[eE][+-]?%d+', j)
		if e then
			j = j + #e
		end
		return j
	end
	local word = lower(sub(s, i, i + 7))
	if word == 'infinity' then
		return i + 8
	end
	word = sub(word, 1, 3)
	if word == 'inf' then
		return i + 3
	end
	if word == 'nan' then
		local paren = match(s, '^%([%w_]*%)', i + 3)
		return i + 3 + (paren and #paren or 0)
	end
	return nil
end

return function(null)
	local cfg = {
		encode_sparse_convert = 0,
		encode_sparse_ratio = 2,
		encode_sparse_safe = 10,
		encode_max_depth = 1000,
		decode_max_depth = 1000,
		encode_invalid_numbers = 0,
		decode_invalid_numbers = 1,
		encode_keep_buffer = 1,
		encode_number_precision = 14,
	}
	local number_format = '%.14g'

	-- ===== configuration =====

	local function arg_init(nargs, max)
		if nargs > max then
			argerror(max + 1, 'found too many arguments')
		end
	end

	local function integer_option(value, key, min, max)
		if value ~= nil then
			local n = check_int(value, nil)
			if not (min <= n and n <= max) then
				argerror(1, format('expected integer between %d and %d', min, max))
			end
			cfg[key] = n
		end
		return cfg[key]
	end

	local BOOL_OPTIONS = { 'off', 'on' }

	local function enum_option(value, narg, key, options)
		options = options or BOOL_OPTIONS
		if value ~= nil then
			if type(value) == 'boolean' then
				cfg[key] = value and 1 or 0
			else
				local name = check_cstring(value, narg)
				local found
				for i = 1, #options do
					if options[i] == name then
						found = i - 1
						break
					end
				end
				if not found then
					argerror(narg, "invalid option '" .. name .. "'")
				end
				cfg[key] = found
			end
		end
		local setting = cfg[key]
		if setting == 0 or setting == 1 then
			return setting == 1
		end
		return options[setting + 1]
	end

	-- integer options name their argument when its type is wrong
	local function integer_arg(value, narg, key, min, max)
		if value ~= nil and tonumber(value) == nil then
			argerror(narg, 'number expected, got ' .. type(value))
		end
		return integer_option(value, key, min, max)
	end

	local M = {}

	function M.encode_sparse_array(...)
		arg_init(select('#', ...), 3)
		local convert, ratio, safe = ...
		return enum_option(convert, 1, 'encode_sparse_convert'),
			integer_arg(ratio, 2, 'encode_sparse_ratio', 0, 2147483647),
			integer_arg(safe, 3, 'encode_sparse_safe', 0, 2147483647)
	end

	function M.encode_max_depth(...)
		arg_init(select('#', ...), 1)
		return (integer_arg((...), 1, 'encode_max_depth', 1, 2147483647))
	end

	function M.decode_max_depth(...)
		arg_init(select('#', ...), 1)
		return (integer_arg((...), 1, 'decode_max_depth', 1, 2147483647))
	end

	function M.encode_number_precision(...)
		arg_init(select('#', ...), 1)
		local p = integer_arg((...), 1, 'encode_number_precision', 1, 14)
		number_format = '%.' .. p .. 'g'
		return p
	end

	function M.encode_keep_buffer(...)
		arg_init(select('#', ...), 1)
		return (enum_option((...), 1, 'encode_keep_buffer'))
	end

	local INVALID_OPTIONS = { 'off', 'on', 'null' }

	function M.encode_invalid_numbers(...)
		arg_init(select('#', ...), 1)
		return (enum_option((...), 1, 'encode_invalid_numbers', INVALID_OPTIONS))
	end

	function M.decode_invalid_numbers(...)
		arg_init(select('#', ...), 1)
		return (enum_option((...), 1, 'decode_invalid_numbers'))
	end

	-- ===== encoding =====

	local function encode_error(value, reason)
		local t = type(value)
		error('Cannot serialise ' .. t .. ': ' .. reason, 0)
	end

	-- json_append_number: stores the text at buf[n]
	local function append_number(buf, n, num)
		local invalid = cfg.encode_invalid_numbers
		if invalid == 0 then
			if num ~= num or num == huge or num == -huge then
				error('Cannot serialise number: must not be NaN or Inf', 0)
			end
		elseif invalid == 1 then
			if num ~= num then
				buf[n] = 'nan'
				return
			end
		elseif num ~= num or num == huge or num == -huge then
			buf[n] = 'null'
			return
		end
		buf[n] = format(number_format, num)
	end

	local function quote(s)
		if find(s, ESCAPE_PATTERN) then
			s = gsub(s, ESCAPE_PATTERN, ESCAPES)
		end
		return '"' .. s .. '"'
	end

	-- lua_array_length: -1 for an object, else the largest index (a C int)
	local function array_length(t)
		local max, items = 0, 0
		local k = next(t)
		while k ~= nil do
			if type(k) == 'number' and k ~= 0 and floor(k) == k and k >= 1 then
				if k > max then
					max = (k < 2147483648) and k or -2147483648
				end
				items = items + 1
			else
				return -1
			end
			k = next(t, k)
		end
		local ratio = cfg.encode_sparse_ratio
		if ratio > 0 and max > mul32(items, ratio) and max > cfg.encode_sparse_safe then
			if cfg.encode_sparse_convert == 0 then
				encode_error(t, 'excessively sparse array')
			end
			return -1
		end
		return max
	end

	local append_data

	-- top: the slots C's stack holds below the value (json_check_encode_depth); returns
	-- the last index used in buf
	local function append_table(buf, n, t, depth, top)
		depth = depth + 1
		if not (depth <= cfg.encode_max_depth and top + 3 <= MAX_C_STACK) then
			error(format('Cannot serialise, excessive nesting (%d)', depth), 0)
		end
		local len = array_length(t)
		if len > 0 then
			n = n + 1
			buf[n] = '['
			for i = 1, len do
				if i > 1 then
					n = n + 1
					buf[n] = ','
				end
				n = append_data(buf, n, rawget(t, i), depth, top + 1)
			end
			n = n + 1
			buf[n] = ']'
		else
			n = n + 1
			buf[n] = '{'
			local comma = false
			local k, v = next(t)
			while k ~= nil do
				if comma then
					n = n + 1
					buf[n] = ','
				else
					comma = true
				end
				local kt = type(k)
				if kt == 'string' then
					n = n + 1
					buf[n] = quote(k)
					n = n + 1
					buf[n] = ':'
				elseif kt == 'number' then
					n = n + 1
					buf[n] = '"'
					n = n + 1
					append_number(buf, n, k)
					n = n + 1
					buf[n] = '":'
				else
					encode_error(k, 'table key must be a number or string')
				end
				n = append_data(buf, n, v, depth, top + 2)
				k, v = next(t, k)
			end
			n = n + 1
			buf[n] = '}'
		end
		return n
	end

	append_data = function(buf, n, v, depth, top)
		local t = type(v)
		n = n + 1
		if t == 'string' then
			buf[n] = quote(v)
		elseif t == 'number' then
			append_number(buf, n, v)
		elseif t == 'table' then
			return append_table(buf, n - 1, v, depth, top)
		elseif t == 'boolean' then
			buf[n] = v and 'true' or 'false'
		elseif v == nil or v == null then
			buf[n] = 'null'
		else
			encode_error(v, 'type not supported')
		end
		return n
	end

	function M.encode(...)
		if select('#', ...) ~= 1 then
			argerror(1, 'expected 1 argument')
		end
		local v = ...
		if type(v) == 'string' then
			return quote(v)
		end
		local buf = {}
		append_data(buf, 0, v, 0, 1)
		return concat(buf)
	end

	-- ===== decoding =====

	local s, len

	-- a token: kind, index (0-based position), value, next position (1-based)
	local function parse_error(expected, kind, index, value)
		local found = (kind == 'error') and value or TOKEN_NAMES[kind]
		error(format('Expected %s but found %s at character %d', expected, found, index + 1), 0)
	end

	local function hex4(p)
		local h = match(s, '^%x%x%x%x', p)
		return h and tonumber(h, 16)
	end

	local function utf8(cp)
		if cp <= 0x7F then
			return char(cp)
		elseif cp <= 0x7FF then
			return char(floor(cp / 64) + 0xC0, cp % 64 + 0x80)
		elseif cp <= 0xFFFF then
			return char(floor(cp / 4096) + 0xE0, floor(cp / 64) % 64 + 0x80, cp % 64 + 0x80)
		end
		return char(floor(cp / 262144) + 0xF0, floor(cp / 4096) % 64 + 0x80, floor(cp / 64) % 64 + 0x80,
			cp % 64 + 0x80)
	end

	-- json_next_string_token from the position after the opening quote
	local function string_token(p)
		local q = find(s, '["\\]', p)
		if q and byte(s, q) == 34 then
			return 'string', nil, sub(s, p, q - 1), q + 1
		end
		local parts, n = {}, 0
		while true do
			local q = find(s, '["\\]', p)
			if not q then
				return 'error', len, 'unexpected end of string'
			end
			if q > p then
				n = n + 1
				parts[n] = sub(s, p, q - 1)
			end
			if byte(s, q) == 34 then
				return 'string', nil, concat(parts), q + 1
			end
			local e = byte(s, q + 1)
			local plain = e and UNESCAPES[e]
			if plain then
				n = n + 1
				parts[n] = plain
				p = q + 2
			elseif e == 117 then
				local cp = hex4(q + 2)
				local escape_len = 6
				if cp and cp >= 0xD800 and cp <= 0xDFFF then
					if cp >= 0xDC00 or sub(s, q + 6, q + 7) ~= '\\u' then
						cp = nil
					else
						local low = hex4(q + 8)
						if low and low >= 0xDC00 and low <= 0xDFFF then
							cp = (cp - 0xD800) * 1024 + (low - 0xDC00) + 0x10000
							escape_len = 12
						else
							cp = nil
						end
					end
				end
				if not cp then
					return 'error', q - 1, 'invalid unicode escape code'
				end
				n = n + 1
				parts[n] = utf8(cp)
				p = q + escape_len
			else
				return 'error', q - 1, 'invalid escape code'
			end
		end
	end

	local function is_invalid_number(p)
		local c = byte(s, p)
		if c == 43 then
			return true
		end
		if c == 45 then
			p = p + 1
			c = byte(s, p)
		end
		if c == 48 then
			local c2 = byte(s, p + 1)
			return c2 ~= nil and (c2 == 120 or c2 == 88 or (c2 >= 48 and c2 <= 57))
		elseif c == nil or c <= 57 then
			return false
		end
		local w = lower(sub(s, p, p + 2))
		return w == 'inf' or w == 'nan'
	end

	-- strtod reads digits with a sign and a fraction as tonumber does; other forms (an
	-- exponent, hexadecimal, inf, nan) take the long way
	local NOT_PLAIN = { [46] = true, [101] = true, [69] = true, [120] = true, [88] = true }

	local function number_token(p)
		local digits = match(s, '^-?%d+%.?%d*', p)
		if digits then
			local e = p + #digits
			if not NOT_PLAIN[byte(s, e)] then
				return 'number', p - 1, tonumber(digits), e
			end
		end
		local e = strtod_end(s, p)
		if not e then
			return 'error', p - 1, 'invalid number'
		end
		return 'number', p - 1, tonumber(sub(s, p, e - 1)), e
	end

	local SIMPLE = {
		[123] = 'obj_begin', [125] = 'obj_end', [91] = 'arr_begin', [93] = 'arr_end', [44] = 'comma',
		[58] = 'colon',
	}

	-- json_next_token: kind, index, value, next position
	local function next_token(p)
		p = find(s, '[^ \t\n\r]', p) or len + 1
		local c = byte(s, p)
		local index = p - 1
		if c == nil then
			return 'end', index, nil, p
		end
		local simple = SIMPLE[c]
		if simple then
			return simple, index, nil, p + 1
		end
		if c == 34 then
			local kind, at, value, after = string_token(p + 1)
			return kind, at or index, value, after
		elseif c == 45 or (c >= 48 and c <= 57) then
			if cfg.decode_invalid_numbers == 0 and is_invalid_number(p) then
				return 'error', index, 'invalid number'
			end
			return number_token(p)
		elseif c == 116 or c == 102 or c == 110 or c == 105 or c == 73 or c == 78 or c == 43 then
			if sub(s, p, p + 3) == 'true' then
				return 'boolean', index, true, p + 4
			elseif sub(s, p, p + 4) == 'false' then
				return 'boolean', index, false, p + 5
			elseif sub(s, p, p + 3) == 'null' then
				return 'null', index, null, p + 4
			elseif cfg.decode_invalid_numbers ~= 0 and is_invalid_number(p) then
				return number_token(p)
			end
		end
		return 'error', index, 'invalid token'
	end

	local process_value
	local depth

	-- json_decode_descend: top is what C's stack holds, slots what the context needs
	local function descend(top, slots, p)
		depth = depth + 1
		if not (depth <= cfg.decode_max_depth and top + slots <= MAX_C_STACK) then
			error(format('Found too many nested data structures (%d) at character %d', depth, p - 1), 0)
		end
	end

	local function parse_object(p, top)
		descend(top, 3, p)
		local t = {}
		local kind, index, value
		kind, index, value, p = next_token(p)
		if kind == 'obj_end' then
			depth = depth - 1
			return t, p
		end
		while true do
			if kind ~= 'string' then
				parse_error('object key string', kind, index, value)
			end
			local key = value
			kind, index, value, p = next_token(p)
			if kind ~= 'colon' then
				parse_error('colon', kind, index, value)
			end
			kind, index, value, p = next_token(p)
			value, p = process_value(kind, index, value, p, top + 2)
			rawset(t, key, value)
			kind, index, value, p = next_token(p)
			if kind == 'obj_end' then
				depth = depth - 1
				return t, p
			end
			if kind ~= 'comma' then
				parse_error('comma or object end', kind, index, value)
			end
			kind, index, value, p = next_token(p)
		end
	end

	local function parse_array(p, top)
		descend(top, 2, p)
		local t = {}
		local kind, index, value
		kind, index, value, p = next_token(p)
		if kind == 'arr_end' then
			depth = depth - 1
			return t, p
		end
		local i = 1
		while true do
			value, p = process_value(kind, index, value, p, top + 1)
			rawset(t, i, value)
			i = i + 1
			kind, index, value, p = next_token(p)
			if kind == 'arr_end' then
				depth = depth - 1
				return t, p
			end
			if kind ~= 'comma' then
				parse_error('comma or array end', kind, index, value)
			end
			kind, index, value, p = next_token(p)
		end
	end

	process_value = function(kind, index, value, p, top)
		if kind == 'string' or kind == 'number' or kind == 'boolean' or kind == 'null' then
			return value, p
		elseif kind == 'obj_begin' then
			return parse_object(p, top)
		elseif kind == 'arr_begin' then
			return parse_array(p, top)
		end
		parse_error('value', kind, index, value)
	end

	function M.decode(...)
		if select('#', ...) ~= 1 then
			argerror(1, 'expected 1 argument')
		end
		local data = ...
		local t = type(data)
		if t == 'number' then
			data = tostring(data)
		elseif t ~= 'string' then
			argerror(1, 'string expected, got ' .. ((data == nil) and 'nil' or t))
		end
		if #data >= 2 and (byte(data, 1) == 0 or byte(data, 2) == 0) then
			error('JSON parser does not support UTF-16 or UTF-32', 0)
		end
		-- the C parser reads a C string: it ends at the first NUL
		local z = find(data, '\0', 1, true)
		if z then
			data = sub(data, 1, z - 1)
		end
		s, len, depth = data, #data, 0
		local ok, result = pcall(function()
			local kind, index, value, p = next_token(1)
			local v
			v, p = process_value(kind, index, value, p, 1)
			kind, index, value = next_token(p)
			if kind ~= 'end' then
				parse_error('the end', kind, index, value)
			end
			return v
		end)
		s = nil
		if not ok then
			error(result, 0)
		end
		return result
	end

	return M
end
