-- redipy's helpers: one private table, no globals. Error texts are filled in from Java.
local redipy = {}
local MAX_INT = %MAX%
function redipy.fail(message)
  error({err = %MARKER% .. message})
end
function redipy.int(x)
  if x ~= x or x > MAX_INT or x < -MAX_INT then redipy.fail(%E_INT%) end
  return x
end
function redipy.num(x)
  if x ~= x or x == math.huge or x == -math.huge then redipy.fail(%E_FINITE%) end
  return x
end
function redipy.div(a, b)
  if b == 0 then redipy.fail(%E_DIV%) end
  return redipy.num(a / b)
end
function redipy.idiv(a, b)
  if b == 0 then redipy.fail(%E_DIV%) end
  local r = math.fmod(a, b)
  local q = (a - r) / b
  if r ~= 0 and (r < 0) ~= (b < 0) then q = q - 1 end
  if q == 0 then q = 0 end
  return redipy.int(q)
end
function redipy.mod(a, b)
  if b == 0 then redipy.fail(%E_DIV%) end
  local r = math.fmod(a, b)
  if r ~= 0 and (r < 0) ~= (b < 0) then r = r + b end
  if r == 0 then r = 0 end
  return r
end
function redipy.lt(a, b)
  if a == b then return false end
  local n = math.min(#a, #b)
  for i = 1, n do
    local x, y = string.byte(a, i), string.byte(b, i)
    if x ~= y then return x < y end
  end
  return #a < #b
end
function redipy.eq(a, b)
  if type(a) ~= 'table' or type(b) ~= 'table' then return a == b end
  for k, v in pairs(a) do
    if not redipy.eq(v, b[k]) then return false end
  end
  for k in pairs(b) do
    if a[k] == nil then return false end
  end
  return true
end
function redipy.ulen(s)
  local _, n = string.gsub(s, '[^\128-\191]', '')
  return n
end
function redipy.uoffset(s, i)
  local count = 0
  for p = 1, #s do
    local b = string.byte(s, p)
    if b < 128 or b >= 192 then
      if count == i then return p end
      count = count + 1
    end
  end
  return #s + 1
end
function redipy.sub(s, i, j)
  local n = redipy.ulen(s)
  i = math.max(0, math.min(n, i))
  j = math.max(0, math.min(n, j))
  if i >= j then return '' end
  return string.sub(s, redipy.uoffset(s, i), redipy.uoffset(s, j) - 1)
end
function redipy.find(s, needle, from)
  from = math.max(0, math.min(redipy.ulen(s), from))
  local p = string.find(s, needle, redipy.uoffset(s, from), true)
  if p == nil then return -1 end
  return redipy.ulen(string.sub(s, 1, p - 1))
end
function redipy.istr(n)
  return string.format('%d', n)
end
function redipy.dstr(d)
  if d == math.floor(d) and math.abs(d) <= MAX_INT then return string.format('%d', d) end
  for p = 1, 17 do
    local s = string.format('%.' .. p .. 'g', d)
    if tonumber(s) == d then return s end
  end
  return string.format('%.17g', d)
end
function redipy.d17(d)
  if d == math.huge then return 'inf' end
  if d == -math.huge then return '-inf' end
  return string.format('%.17g', d)
end
function redipy.pint(s)
  if #s <= 20 and string.find(s, '^%-?%d+$') then
    local n = tonumber(s)
    if n ~= nil and math.abs(n) <= MAX_INT then return n end
  end
  return nil
end
function redipy.pdouble(s)
  local rest = string.match(s, '^%-?%d+(.*)$')
  if rest == nil then return nil end
  local exp = string.match(rest, '^%.%d+(.*)$')
  if exp ~= nil then rest = exp end
  if rest ~= '' and not string.find(rest, '^[eE][%+%-]?%d+$') then return nil end
  local d = tonumber(s)
  if d == nil or d ~= d or d == math.huge or d == -math.huge then return nil end
  return d
end
function redipy.d2i(d)
  if not (math.abs(d) < MAX_INT + 1) then redipy.fail(%E_INT%) end
  if d < 0 then return math.ceil(d) end
  return math.floor(d)
end
function redipy.index(t, i)
  local n = #t
  if i < 0 then i = n + i end
  if i < 0 or i >= n then redipy.fail(%E_INDEX%) end
  return i + 1
end
function redipy.at(t, i)
  return t[redipy.index(t, i)]
end
function redipy.box(v)
  if v == nil then return nil end
  return {v}
end
function redipy.copy(t)
  local c = {}
  for i, v in ipairs(t) do c[i] = v end
  return c
end
function redipy.msize(m)
  local n = 0
  for _ in pairs(m) do n = n + 1 end
  return n
end
function redipy.contains(t, v)
  for _, x in ipairs(t) do
    if redipy.eq(x, v) then return true end
  end
  return false
end
function redipy.keys(m)
  local ks = {}
  for k in pairs(m) do ks[#ks + 1] = k end
  table.sort(ks, redipy.lt)
  return ks
end
function redipy.nonnull(v)
  if v == nil then redipy.fail(%E_NULL%) end
  return v
end
function redipy.time()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
function redipy.r_nilf(x)
  if x == false then return nil end
  return x
end
function redipy.r_bool(x)
  return x == 1
end
function redipy.r_int(x)
  return redipy.int(x)
end
function redipy.r_status(x)
  return x['ok']
end
function redipy.r_okb(x)
  return x ~= false
end
function redipy.r_ttl(x)
  if x < 0 then return nil end
  return x
end
function redipy.r_num(x)
  if x == false then return nil end
  return tonumber(x)
end
function redipy.r_list(x)
  return x
end
function redipy.r_sortlist(x)
  for i = 1, #x do
    if x[i] == false then x[i] = '' end
  end
  return x
end
function redipy.r_sorted(x)
  table.sort(x, redipy.lt)
  return x
end
function redipy.r_entries(x)
  local t = {}
  if x == false then return t end
  for i = 1, #x do
    local e = {x[i][1]}
    local f = x[i][2]
    if f then
      for j = 1, #f do e[#e + 1] = f[j] end
    end
    t[#t + 1] = e
  end
  return t
end
function redipy.r_read_entries(x)
  if x == false then return {} end
  return redipy.r_entries(x[1][2])
end
function redipy.r_first(x)
  return x[1]
end
function redipy.r_bf(x)
  if x[1] == false then return nil end
  return redipy.int(x[1])
end
function redipy.r_info_map(x)
  local m = {}
  for i = 1, #x, 2 do
    local v = x[i + 1]
    if type(v) == 'number' then m[x[i]] = string.format('%d', v)
    elseif type(v) == 'string' then m[x[i]] = v end
  end
  return m
end
function redipy.r_info_maps(x)
  local t = {}
  for i, e in ipairs(x) do t[i] = redipy.r_info_map(e) end
  return t
end
function redipy.r_first_nilf(x)
  if x[1] == false then return nil end
  return x[1]
end
function redipy.r_geopos(x)
  local p = x[1]
  if not p then return {} end
  return {tonumber(p[1]), tonumber(p[2])}
end
function redipy.r_second(x)
  return x[2]
end
function redipy.r_pairs_map(x)
  local m = {}
  for i = 1, #x, 2 do m[x[i]] = x[i + 1] end
  return m
end
function redipy.r_scored(x)
  local t = {}
  for i = 1, #x, 2 do t[#t + 1] = {x[i], tonumber(x[i + 1])} end
  return t
end
function redipy.arg(s)
  if s == 'n' then return nil end
  return string.sub(s, 2)
end
function redipy.jesc(c)
  return string.format('\\u%04x', string.byte(c))
end
function redipy.jstr(s)
  return '"' .. (string.gsub(s, '[%c"\\]', redipy.jesc)) .. '"'
end
function redipy.jnum(d)
  if d == math.huge then return '1e999' end
  if d == -math.huge then return '-1e999' end
  return string.format('%.17g', d)
end
function redipy.encode(v, t)
  if v == nil then return 'null' end
  if t == 's' then return redipy.jstr(v) end
  if t == 'i' then return string.format('%d', v) end
  if t == 'd' then return redipy.jnum(v) end
  if t == 'b' then return v and 'true' or 'false' end
  if t == 'z' then return '[' .. redipy.jstr(v[1]) .. ',' .. redipy.jnum(v[2]) .. ']' end
  local out = {}
  if t[1] == 'l' then
    for i, x in ipairs(v) do out[i] = redipy.encode(x, t[2]) end
    return '[' .. table.concat(out, ',') .. ']'
  end
  for _, k in ipairs(redipy.keys(v)) do out[#out + 1] = redipy.jstr(k) .. ':' .. redipy.encode(v[k], t[2]) end
  return '{' .. table.concat(out, ',') .. '}'
end
function redipy.jbad()
  redipy.fail(%E_JSON%)
end
function redipy.jspace(s, i)
  local _, e = string.find(s, '^[ \t\r\n]*', i)
  return e + 1
end
function redipy.jtake(s, i, token)
  i = redipy.jspace(s, i)
  if string.sub(s, i, i + #token - 1) == token then return true, i + #token end
  return false, i
end
function redipy.jexpect(s, i, token)
  local ok, j = redipy.jtake(s, i, token)
  if not ok then redipy.jbad() end
  return j
end
function redipy.jnumber(s, i)
  i = redipy.jspace(s, i)
  local j = i
  if string.sub(s, j, j) == '-' then j = j + 1 end
  if string.sub(s, j, j) == '0' then
    j = j + 1
  else
    local _, e = string.find(s, '^[1-9]%d*', j)
    if e == nil then redipy.jbad() end
    j = e + 1
  end
  local _, f = string.find(s, '^%.%d+', j)
  if f ~= nil then j = f + 1 end
  local _, x = string.find(s, '^[eE][%+%-]?%d+', j)
  if x ~= nil then j = x + 1 end
  return tonumber(string.sub(s, i, j - 1)), j
end
function redipy.jutf8(c)
  if c < 128 then return string.char(c) end
  if c < 2048 then return string.char(192 + math.floor(c / 64), 128 + c % 64) end
  if c < 65536 then
    return string.char(224 + math.floor(c / 4096), 128 + math.floor(c / 64) % 64, 128 + c % 64)
  end
  return string.char(240 + math.floor(c / 262144), 128 + math.floor(c / 4096) % 64,
    128 + math.floor(c / 64) % 64, 128 + c % 64)
end
function redipy.jstring(s, i)
  i = redipy.jexpect(s, i, '"')
  local out = {}
  local high = nil
  while true do
    local c = string.sub(s, i, i)
    if c == '' then redipy.jbad() end
    local code = nil
    local piece = nil
    if c == '"' then
      if high then out[#out + 1] = '?' end
      return table.concat(out), i + 1
    elseif string.byte(c) < 32 then
      redipy.jbad()
    elseif c == '\\' then
      local e = string.sub(s, i + 1, i + 1)
      i = i + 2
      if e == 'u' then
        local hex = string.sub(s, i, i + 3)
        if not string.find(hex, '^%x%x%x%x$') then redipy.jbad() end
        code = tonumber(hex, 16)
        i = i + 4
      elseif e == '"' or e == '\\' or e == '/' then piece = e
      elseif e == 'b' then piece = '\b'
      elseif e == 'f' then piece = '\f'
      elseif e == 'n' then piece = '\n'
      elseif e == 'r' then piece = '\r'
      elseif e == 't' then piece = '\t'
      else redipy.jbad() end
    else
      piece = c
      i = i + 1
    end
    if code ~= nil and code >= 56320 and code < 57344 and high then
      out[#out + 1] = redipy.jutf8(65536 + (high - 55296) * 1024 + (code - 56320))
      high = nil
    else
      if high then out[#out + 1] = '?'; high = nil end
      if code ~= nil then
        if code >= 55296 and code < 56320 then high = code
        elseif code >= 56320 and code < 57344 then out[#out + 1] = '?'
        else out[#out + 1] = redipy.jutf8(code) end
      else
        out[#out + 1] = piece
      end
    end
  end
end
function redipy.jvalue(s, i, t)
  local isnull, j = redipy.jtake(s, i, 'null')
  if isnull then return nil, j end
  if t == 's' then return redipy.jstring(s, j) end
  if t == 'b' then
    local yes, k = redipy.jtake(s, j, 'true')
    if yes then return true, k end
    return false, redipy.jexpect(s, j, 'false')
  end
  if t == 'i' then
    local n, k = redipy.jnumber(s, j)
    if n ~= math.floor(n) or math.abs(n) > MAX_INT then redipy.jbad() end
    return n, k
  end
  if t == 'd' then return redipy.jnumber(s, j) end
  if t == 'z' then
    j = redipy.jexpect(s, j, '[')
    local m, d
    m, j = redipy.jstring(s, j)
    j = redipy.jexpect(s, j, ',')
    d, j = redipy.jnumber(s, j)
    return {m, d}, redipy.jexpect(s, j, ']')
  end
  local out = {}
  local more
  if t[1] == 'l' then
    j = redipy.jexpect(s, j, '[')
    local closed, k = redipy.jtake(s, j, ']')
    if closed then return out, k end
    repeat
      local v
      v, j = redipy.jvalue(s, j, t[2])
      if v == nil then redipy.jbad() end
      out[#out + 1] = v
      more, j = redipy.jtake(s, j, ',')
    until not more
    return out, redipy.jexpect(s, j, ']')
  end
  j = redipy.jexpect(s, j, '{')
  local closed, k = redipy.jtake(s, j, '}')
  if closed then return out, k end
  repeat
    local key, v
    key, j = redipy.jstring(s, j)
    j = redipy.jexpect(s, j, ':')
    v, j = redipy.jvalue(s, j, t[2])
    if v == nil then redipy.jbad() end
    out[key] = v
    more, j = redipy.jtake(s, j, ',')
  until not more
  return out, redipy.jexpect(s, j, '}')
end
function redipy.jdecode(s, t, nullable)
  local v, j = redipy.jvalue(s, 1, t)
  if v == nil and not nullable then redipy.jbad() end
  if redipy.jspace(s, j) <= #s then redipy.jbad() end
  return v
end
function redipy.rcall(...)
  local args = {}
  for i = 1, select('#', ...) do
    local v = select(i, ...)
    if type(v) == 'table' then
      for _, x in ipairs(v) do args[#args + 1] = x end
    else
      args[#args + 1] = v
    end
  end
  if #args > %MAXARGS% then redipy.fail(%E_ARGS%) end
  return redis.call(unpack(args))
end
function redipy.pre(p, t)
  local r = {}
  for i, x in ipairs(t) do r[i] = p .. x end
  return r
end
function redipy.nk(t)
  local r = {string.format('%d', #t)}
  for _, x in ipairs(t) do r[#r + 1] = x end
  return r
end
function redipy.sp_z(t)
  local r = {}
  for _, x in ipairs(t) do
    r[#r + 1] = redipy.d17(x[2])
    r[#r + 1] = x[1]
  end
  return r
end
function redipy.sp_m(m, p)
  local r = {}
  for _, k in ipairs(redipy.keys(m)) do
    r[#r + 1] = p .. k
    r[#r + 1] = m[k]
  end
  return r
end
function redipy.gesc(p)
  return (string.gsub(p, '[%*%?%[%]\\]', '\\%0'))
end
function redipy.r_id(x)
  return x
end
function redipy.r_arr(x)
  if x == false then return {} end
  return x
end
function redipy.r_count(x)
  return #x
end
function redipy.r_bools(x)
  local t = {}
  for i, v in ipairs(x) do t[i] = (v == 1) end
  return t
end
function redipy.r_zip(x, names)
  local m = {}
  for i, n in ipairs(names) do
    if x[i] then m[n] = x[i] end
  end
  return m
end
function redipy.r_zipnum(x, names)
  local m = {}
  for i, n in ipairs(names) do
    if x[i] then m[n] = tonumber(x[i]) end
  end
  return m
end
function redipy.r_pairs_list(x)
  local t = {}
  for i = 1, #x, 2 do t[#t + 1] = {x[i], x[i + 1]} end
  return t
end
function redipy.r_scored1(x)
  if #x == 0 then return nil end
  return {x[1], tonumber(x[2])}
end
function redipy.r_mpop(x, p)
  if x == false then return {} end
  local t = {string.sub(x[1], #p + 1)}
  for i = 1, #x[2] do t[#t + 1] = x[2][i] end
  return t
end
function redipy.r_zmpop(x)
  if x == false then return {} end
  local t = {}
  for i = 1, #x[2] do t[#t + 1] = {x[2][i][1], tonumber(x[2][i][2])} end
  return t
end
function redipy.r_keys(x, p)
  local t = {}
  for i, k in ipairs(x) do t[i] = string.sub(k, #p + 1) end
  table.sort(t, redipy.lt)
  return t
end
function redipy.r_rkey(x, p)
  if x == false then return nil end
  if p == '' then return x end
  for i = 1, 16 do
    if string.sub(x, 1, #p) == p then return string.sub(x, #p + 1) end
    x = redis.call('RANDOMKEY')
  end
  local all = redis.call('KEYS', redipy.gesc(p) .. '*')
  if #all == 0 then return nil end
  return string.sub(all[math.random(#all)], #p + 1)
end
function redipy.scanall(name, a, b)
  local cursor = '0'
  local seen = {}
  local out = {}
  repeat
    local page
    if name == 'SCAN' then
      page = redis.call('SCAN', cursor, 'MATCH', a, 'COUNT', 100)
    else
      page = redis.call(name, a, cursor, 'MATCH', b, 'COUNT', 100)
    end
    cursor = page[1]
    local items = page[2]
    if name == 'HSCAN' then
      for i = 1, #items, 2 do out[items[i]] = items[i + 1] end
    elseif name == 'ZSCAN' then
      for i = 1, #items, 2 do
        if not seen[items[i]] then
          seen[items[i]] = true
          out[#out + 1] = {items[i], tonumber(items[i + 1])}
        end
      end
    else
      for _, x in ipairs(items) do
        if not seen[x] then
          seen[x] = true
          out[#out + 1] = x
        end
      end
    end
  until cursor == '0'
  return out
end
function redipy.r_zsort(x)
  table.sort(x, function(p, q) return redipy.lt(p[1], q[1]) end)
  return x
end
function redipy.flushall(p)
  if p == '' then
    redis.call('FLUSHDB')
    return true
  end
  local keys = redis.call('KEYS', redipy.gesc(p) .. '*')
  for i = 1, #keys, 1000 do
    redis.call('DEL', unpack(keys, i, math.min(#keys, i + 999)))
  end
  return true
end
