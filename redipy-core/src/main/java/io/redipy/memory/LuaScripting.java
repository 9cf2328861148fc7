package io.redipy.memory;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.redipy.command.CommandFlag;
import io.redipy.command.CommandSpec;
import io.redipy.command.Output;
import io.redipy.command.Reply;
import io.redipy.memory.lua.LuaBytes;
import io.redipy.memory.lua.CFunctions;
import io.redipy.memory.lua.LuaLibraries;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import party.iroiro.luajava.JFunction;
import party.iroiro.luajava.Lua;
import party.iroiro.luajava.lua51.Lua51;
import party.iroiro.luajava.lua51.Lua51Natives;

/**
 * The store's Lua, as Redis 7.0 runs {@code EVAL}: one Lua 5.1 state per store, created
 * when the first script comes, with Redis's environment (see {@code sandbox.lua}), the
 * script cache by SHA-1, and the script that runs now, which other threads read to answer
 * {@code BUSY} and to kill it.
 *
 * <p>
 * The state is used only under the store's lock, so one script runs at a time and every
 * script is atomic. Its commands ({@code redis.call}) run through the endpoint's command
 * table and handlers, as a client of their own (Redis's script client): the caller's
 * database, RESP2 until {@code redis.setresp(3)}, blocking commands that do not wait.
 */
final class LuaScripting {

	private static final Logger logger = LoggerFactory.getLogger(LuaScripting.class);

	/** Instructions between two looks at the time limit and SCRIPT KILL (Redis's). */
	private static final int HOOK_COUNT = 100_000;

	/**
	 * The most memory the store's Lua state may hold: a script that allocates beyond it
	 * fails (Redis has no such limit; its Lua may take all the memory there is).
	 */
	static final long MEMORY_LIMIT = 256L * 1024 * 1024;

	/** Lua's status codes and GC options (lua.h). */
	private static final int LUA_TNIL = 0;

	private static final int LUA_TBOOLEAN = 1;

	private static final int LUA_TNUMBER = 3;

	private static final int LUA_TSTRING = 4;

	private static final int LUA_TTABLE = 5;

	private static final int LUA_GCCOLLECT = 2;

	private static final int LUA_GCCOUNT = 3;

	/** Shebang flags (Redis's SCRIPT_FLAG_*). */
	static final int FLAG_NO_WRITES = 1;

	static final int FLAG_ALLOW_OOM = 2;

	static final int FLAG_ALLOW_STALE = 4;

	static final int FLAG_NO_CLUSTER = 8;

	static final int FLAG_EVAL_COMPAT = 16;

	static final int FLAG_ALLOW_CROSS_SLOT = 32;

	private static final String[] FLAG_NAMES = { "no-writes", "allow-oom", "allow-stale", "no-cluster", null,
			"allow-cross-slot-keys" };

	static final String NOSCRIPT = "NOSCRIPT No matching script. Please use EVAL.";

	private final MemoryStore store;

	/** The endpoint the script client belongs to (it has no connection). */
	private final Endpoint endpoint;

	/**
	 * A Lua state with Redis's environment, and what the engine keeps of it: Redis runs
	 * EVAL's scripts in one (SCRIPT FLUSH starts a new one) and functions in another.
	 */
	private static final class State {

		final Lua51 lua;

		final LuaBytes bytes;

		final Cleaner.Cleanable closer;

		int envRef;

		int handlerRef;

		int prepareRef;

		int rehookRef;

		int loadLibraryRef;

		/** sandbox.lua's reply_kind. */
		int replyKindRef;

		/**
		 * The strings KEYS and ARGV, pushed without converting a Java string each time.
		 */
		int keysNameRef;

		int argvNameRef;

		/**
		 * Whether the next script must reset the count hook (a kill or a limit changed
		 * it).
		 */
		boolean hookChanged;

		State(Lua51 lua, LuaBytes bytes, Cleaner.Cleanable closer) {
			this.lua = lua;
			this.bytes = bytes;
			this.closer = closer;
		}

	}

	/** The state of EVAL's scripts, made with the first script. */
	private @Nullable State evalState;

	/** The state of the functions, made with the first FUNCTION LOAD. */
	private @Nullable State functionState;

	private @Nullable Lua51Natives natives;

	private @Nullable LuaBytes bytes;

	/**
	 * When the FUNCTION LOAD that runs a library's code started (System.nanoTime), or 0.
	 */
	private long loadStarted;

	/**
	 * Redis's limit on how long a library's code may run when it loads (LOAD_TIMEOUT_MS).
	 */
	private static final long LOAD_TIMEOUT_NANOS = 500_000_000L;

	/** Guarded by the store's lock. */
	private final Map<String, Script> scripts = new HashMap<>();

	/** The script that runs now, or null; read by other threads. */
	private volatile @Nullable Run running;

	/**
	 * Whether the kill hook replaced the count hook and the next script must reset it.
	 */
	private boolean hookChanged;

	/** A cached script: its text, its shebang flags and its function in the registry. */
	record Script(byte[] body, int flags, int ref) {
	}

	/** One script that runs: what redis.call and other threads need of it. */
	static final class Run {

		final String name;

		final boolean eval;

		final long startMillis;

		final RespSession session;

		final boolean readOnly;

		/** Set once the script ran past its time limit; other clients then get BUSY. */
		volatile boolean timedOut;

		volatile boolean killed;

		/** Whether it ran a write command (SCRIPT KILL then refuses). */
		volatile boolean dirty;

		int resp = 2;

		/**
		 * With the store's cluster rules, the slot every key the script's commands touch
		 * must be in (its declared keys', else the first key it touches); -1 before that;
		 * without cluster rules, -2 (no check).
		 */
		int slot = -2;

		/** The caller's command (FUNCTION STATS shows a function's). */
		byte[][] command = new byte[0][];

		Run(String name, boolean eval, long startMillis, RespSession session, boolean readOnly) {
			this.name = name;
			this.eval = eval;
			this.startMillis = startMillis;
			this.session = session;
			this.readOnly = readOnly;
		}

	}

	LuaScripting(MemoryStore store) {
		this.store = store;
		this.endpoint = new Endpoint(store, null);
	}

	/** Returns the script that runs now, or null. */
	@Nullable Run running() {
		return this.running;
	}

	// the state

	private State evalState() {
		State state = this.evalState;
		if (state == null) {
			state = open();
			this.evalState = state;
		}
		return state;
	}

	private State functionState() {
		State state = this.functionState;
		if (state == null) {
			state = open();
			this.functionState = state;
		}
		return state;
	}

	private State open() {
		Lua51 lua = new Lua51();
		this.natives = (Lua51Natives) lua.getLuaNatives();
		LuaBytes stateBytes = new LuaBytes(lua);
		if (this.bytes == null) {
			this.bytes = stateBytes;
		}
		lua.openLibraries();
		CFunctions cFunctions = LuaLibraries.open(lua, stateBytes);
		byte[] prelude;
		try (InputStream in = LuaScripting.class.getResourceAsStream("lua/sandbox.lua")) {
			if (in == null) {
				throw new IllegalStateException("io/redipy/memory/lua/sandbox.lua is missing");
			}
			prelude = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not read the Lua sandbox", ex);
		}
		ByteBuffer chunk = ByteBuffer.allocateDirect(prelude.length);
		chunk.put(prelude).flip();
		lua.load(chunk, "=sandbox");
		WeakReference<LuaScripting> self = new WeakReference<>(this);
		lua.push(function(self, (s, l) -> s.call(l, true)));
		lua.push(function(self, (s, l) -> s.call(l, false)));
		lua.push(function(self, LuaScripting::sha1hex));
		lua.push(function(self, LuaScripting::log));
		lua.push(function(self, LuaScripting::setresp));
		lua.push(function(self, LuaScripting::setRepl));
		lua.push(function(self, LuaScripting::aclCheckCmd));
		lua.push(function(self, LuaScripting::interrupt));
		lua.push(function(self, LuaScripting::random));
		lua.push(function(self, LuaScripting::randomseed));
		lua.push(HOOK_COUNT);
		lua.push(Info.REDIS_VERSION);
		lua.push(redisVersionNum());
		lua.push(MEMORY_LIMIT);
		lua.push((JFunction) (l) -> {
			int ref = l.ref();
			l.push(cFunctions.wrap(ref));
			return 1;
		});
		lua.pCall(15, 6);
		State state = new State(lua, stateBytes, CLEANER.register(this, new Close(lua)));
		state.replyKindRef = lua.ref();
		state.loadLibraryRef = lua.ref();
		state.rehookRef = lua.ref();
		state.prepareRef = lua.ref();
		state.handlerRef = lua.ref();
		state.envRef = lua.ref();
		lua.push("KEYS");
		state.keysNameRef = lua.ref();
		lua.push("ARGV");
		state.argvNameRef = lua.ref();
		return state;
	}

	private static long redisVersionNum() {
		String[] parts = Info.REDIS_VERSION.split("\\.");
		return (Long.parseLong(parts[0]) << 16) | (Long.parseLong(parts[1]) << 8) | Long.parseLong(parts[2]);
	}

	/** What a Java function of the state does, given the engine. */
	private interface Callback {

		int call(LuaScripting engine, Lua lua);

	}

	/**
	 * A Java function of the state that holds the engine weakly: the binding keeps every
	 * function it was given for good, and a strong reference would keep the store and its
	 * state alive as long as the JVM.
	 */
	private static JFunction function(WeakReference<LuaScripting> self, Callback body) {
		return (lua) -> {
			LuaScripting engine = self.get();
			if (engine == null) {
				lua.push("the store is gone");
				return -1;
			}
			return body.call(engine, lua);
		};
	}

	/** Closes the states of stores that are no longer used. */
	private static final Cleaner CLEANER = Cleaner.create();

	/** Closes a state (never the engine: a cleaning action must not reach it). */
	private record Close(Lua51 lua) implements Runnable {

		@Override
		public void run() {
			this.lua.close();
		}

	}

	private Lua51Natives natives() {
		Lua51Natives natives = this.natives;
		if (natives == null) {
			throw new IllegalStateException("the Lua state is not open");
		}
		return natives;
	}

	private LuaBytes bytes() {
		LuaBytes bytes = this.bytes;
		if (bytes == null) {
			throw new IllegalStateException("the Lua state is not open");
		}
		return bytes;
	}

	// the script cache (call under the store's lock)

	/** Returns the SHA-1 of a script's text in lower-case hex, as Redis names it. */
	static String sha1hex(byte[] text) {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Compiles a script into the cache (Redis's luaCreateFunction), or finds it there.
	 * @return its SHA-1
	 * @throws io.redipy.CommandException with Redis's error if it does not compile
	 */
	String load(byte[] body) {
		String sha = sha1hex(body);
		if (this.scripts.containsKey(sha)) {
			return sha;
		}
		int[] shebang = new int[1];
		int flags = shebangFlags(body, shebang);
		State state = evalState();
		Lua51 lua = state.lua;
		Lua51Natives natives = natives();
		long l = lua.getPointer();
		int length = body.length - shebang[0];
		ByteBuffer chunk = ByteBuffer.allocateDirect(Math.max(length, 1));
		chunk.put(body, shebang[0], length).flip();
		int status = natives.luaJ_loadbuffer(l, chunk, length, "@user_script");
		if (status != 0) {
			String error = text(bytes().bytes(lua, -1));
			natives.lua_settop(l, 0);
			throw Errors.error("ERR Error compiling script (new function): " + oneLine(error));
		}
		lua.refGet(state.prepareRef);
		natives.lua_insert(l, -2);
		natives.lua_pcall(l, 1, 1, 0);
		int ref = lua.ref();
		natives.lua_settop(l, 0);
		this.scripts.put(sha, new Script(body, flags, ref));
		return sha;
	}

	/** Whether the cache holds a script (a SHA-1 in any case). */
	boolean exists(String sha) {
		return this.scripts.containsKey(sha.toLowerCase(Locale.ROOT));
	}

	/**
	 * Empties the cache and closes the scripts' state, as SCRIPT FLUSH does: the next
	 * script starts a fresh one (the libraries' settings, such as cjson's, back to their
	 * defaults); the functions keep theirs.
	 */
	void flush() {
		State state = this.evalState;
		if (state != null) {
			this.evalState = null;
			state.closer.clean();
		}
		this.scripts.clear();
	}

	/**
	 * Reads a script's shebang ({@code #!lua flags=...}) as evalExtractShebangFlags does.
	 * @param shebangLength set to the shebang's length (up to the line feed, which stays)
	 */
	static int shebangFlags(byte[] body, int[] shebangLength) {
		if (body.length < 2 || body[0] != '#' || body[1] != '!') {
			shebangLength[0] = 0;
			return FLAG_EVAL_COMPAT;
		}
		int end = -1;
		for (int i = 0; i < body.length; i++) {
			if (body[i] == '\n') {
				end = i;
				break;
			}
			if (body[i] == 0) {
				break;
			}
		}
		if (end < 0) {
			throw Errors.error("ERR Invalid script shebang");
		}
		List<String> parts = Wire.splitArgs(new String(body, 0, end, StandardCharsets.ISO_8859_1));
		if (parts == null || parts.isEmpty()) {
			throw Errors.error("ERR Invalid engine in script shebang");
		}
		if (!parts.get(0).equals("#!lua")) {
			throw Errors.error("ERR Unexpected engine in script shebang: " + latin1ToText(parts.get(0)));
		}
		int flags = 0;
		for (int j = 1; j < parts.size(); j++) {
			String part = parts.get(j);
			if (!part.startsWith("flags=")) {
				throw Errors.error("ERR Unknown lua shebang option: " + latin1ToText(part));
			}
			String list = part.substring(6);
			if (list.isEmpty()) {
				continue;
			}
			for (String flag : list.split(",", -1)) {
				int bit = -1;
				for (int k = 0; k < FLAG_NAMES.length; k++) {
					if (flag.equals(FLAG_NAMES[k])) {
						bit = 1 << k;
					}
				}
				if (bit < 0) {
					throw Errors.error("ERR Unexpected flag in script shebang: " + latin1ToText(flag));
				}
				flags |= bit;
			}
		}
		shebangLength[0] = end;
		return flags;
	}

	private static String latin1ToText(String latin1) {
		return text(latin1.getBytes(StandardCharsets.ISO_8859_1));
	}

	// running a script (call under the store's lock)

	/**
	 * Runs a script as EVAL, EVALSHA and their _RO forms do.
	 * @param db the caller's database
	 * @param script the script's text, or its SHA-1 for EVALSHA
	 * @param sha whether {@code script} is a SHA-1
	 * @param readOnly whether the command is a _RO form
	 * @param keys the keys
	 * @param args the arguments
	 * @return the script's reply (an error reply for its errors)
	 */
	Reply eval(int db, byte[] script, boolean sha, boolean readOnly, byte[][] keys, byte[][] args) {
		String name;
		if (sha) {
			if (script.length != 40) {
				return Reply.error(NOSCRIPT);
			}
			name = new String(script, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
			if (!this.scripts.containsKey(name)) {
				return Reply.error(NOSCRIPT);
			}
		}
		else {
			name = load(script);
		}
		Script cached = this.scripts.get(name);
		int flags = cached.flags();
		boolean compat = (flags & FLAG_EVAL_COMPAT) != 0;
		if (!compat) {
			if ((flags & FLAG_NO_CLUSTER) != 0 && this.store.clusterRules()) {
				return Reply.error("ERR Can not run script on cluster, 'no-cluster' flag is set.");
			}
			if ((flags & FLAG_NO_WRITES) == 0 && readOnly) {
				return Reply.error("ERR Can not execute a script with write flag using *_ro command.");
			}
		}
		boolean ro = readOnly || (!compat && (flags & FLAG_NO_WRITES) != 0);
		return run(cached.ref(), name, true, db, ro, keys, args);
	}

	/**
	 * Runs a script's function or a library's callback: EVAL's with KEYS and ARGV as
	 * globals, a function's with them as its two arguments.
	 */
	private Reply run(int ref, String name, boolean eval, int db, boolean readOnly, byte[][] keys, byte[][] args) {
		State state = eval ? evalState() : functionState();
		Lua51 lua = state.lua;
		Lua51Natives natives = natives();
		long l = lua.getPointer();
		RespSession session = scriptSession(db);
		Run run = new Run(name, eval, this.store.clock().millis(), session, readOnly);
		run.slot = !this.store.clusterRules() ? -2 : (keys.length > 0) ? io.redipy.command.Slots.of(keys[0]) : -1;
		run.command = this.command;
		this.command = NO_COMMAND;
		natives.lua_settop(l, 0);
		if (state.hookChanged) {
			lua.refGet(state.rehookRef);
			natives.lua_pcall(l, 0, 0, 0);
			state.hookChanged = false;
		}
		lua.refGet(state.handlerRef);
		lua.refGet(ref);
		if (eval) {
			lua.refGet(state.envRef);
			lua.refGet(state.keysNameRef);
			array(lua, keys);
			natives.lua_rawset(l, -3);
			lua.refGet(state.argvNameRef);
			array(lua, args);
			natives.lua_rawset(l, -3);
			natives.lua_settop(l, 2);
		}
		else {
			array(lua, keys);
			array(lua, args);
		}
		this.running = run;
		int status;
		try {
			status = natives.lua_pcall(l, eval ? 0 : 2, 1, 1);
		}
		finally {
			this.running = null;
			synchronized (this) {
				notifyAll();
			}
		}
		if (run.killed || status != 0) {
			// a kill or the memory limit may have changed the hook
			state.hookChanged = true;
		}
		Reply reply;
		try {
			reply = (status == 0) ? toReply(state, l, run.resp) : failure(lua, l, run.name);
		}
		finally {
			natives.lua_settop(l, 0);
			if (status != 0 && natives.lua_gc(l, LUA_GCCOUNT, 0) > MEMORY_LIMIT / 2048) {
				// what a script that failed on the memory limit left is garbage now
				natives.lua_gc(l, LUA_GCCOLLECT, 0);
			}
		}
		return reply;
	}

	/** The script client, on the caller's database. */
	private RespSession scriptSession(int db) {
		RespSession session = this.session;
		if (session == null) {
			session = new RespSession(this.endpoint, 0, NO_OUTPUT, NOWHERE, NOWHERE);
			session.inExec = true;
			session.script = true;
			this.session = session;
		}
		if (session.db != db) {
			session.select(db);
		}
		session.protocol = 2;
		return session;
	}

	private @Nullable RespSession session;

	private static final InetSocketAddress NOWHERE = InetSocketAddress.createUnresolved("lua", 0);

	private static final Output NO_OUTPUT = new Output() {

		@Override
		public void reply(Reply reply) {
		}

		@Override
		public void push(Reply.Push message) {
		}

		@Override
		public void close() {
		}

	};

	private void array(Lua lua, byte[][] elements) {
		Lua51Natives natives = natives();
		long l = lua.getPointer();
		natives.lua_createtable(l, elements.length, 0);
		for (int i = 0; i < elements.length; i++) {
			bytes().push(lua, elements[i]);
			natives.lua_rawseti(l, -2, i + 1);
		}
	}

	/**
	 * The reply to a script that failed: its error table, as luaCallFunction words it.
	 */
	private Reply failure(Lua lua, long l, String name) {
		Lua51Natives natives = natives();
		if (natives.lua_type(l, -1) != LUA_TTABLE) {
			String message = "execution failure";
			if (natives.lua_isstring(l, -1) != 0) {
				// %.100s of a C string
				message = cString(text(bytes().bytes(lua, -1)));
			}
			if (message.length() > 100) {
				message = message.substring(0, 100);
			}
			return Reply.error(oneLine("ERR Error running script " + name + ", " + message + "\n"));
		}
		// luaExtractErrorInformation: each field as a C string
		String message = cStringOrNull(field(lua, l, "err"));
		String source = cStringOrNull(field(lua, l, "source"));
		String line = cStringOrNull(field(lua, l, "line"));
		StringBuilder text = new StringBuilder();
		text.append((message != null) ? message : "(null)");
		if (line != null && source != null) {
			text.append(" script: ").append(name).append(", on ").append(source).append(':').append(line).append('.');
		}
		return Reply.error(oneLine(text.toString()));
	}

	/** A field of the table on top as text if it is a string or a number, else null. */
	private @Nullable String field(Lua lua, long l, String name) {
		Lua51Natives natives = natives();
		natives.luaJ_getfield(l, -1, name);
		String value = null;
		if (natives.lua_isstring(l, -1) != 0) {
			natives.lua_pushvalue(l, -1);
			value = text(bytes().bytes(lua, -1));
			natives.lua_settop(l, -3);
		}
		else {
			natives.lua_settop(l, -2);
		}
		return value;
	}

	// Lua to Redis: luaReplyToRedisReply

	private Reply toReply(State state, long l, int resp) {
		Lua lua = state.lua;
		Lua51Natives natives = natives();
		if (natives.lua_checkstack(l, 4) == 0) {
			return Reply.error("ERR reached lua stack limit");
		}
		int type = natives.lua_type(l, -1);
		switch (type) {
			case LUA_TSTRING:
				return new Reply.Bulk(bytes().bytes(lua, -1));
			case LUA_TBOOLEAN:
				boolean value = natives.lua_toboolean(l, -1) != 0;
				if (resp == 2) {
					return value ? new Reply.Int(1) : Reply.NIL;
				}
				return new Reply.Bool(value);
			case LUA_TNUMBER:
				return new Reply.Int(truncate(natives.lua_tonumber(l, -1)));
			case LUA_TTABLE:
				return tableToReply(state, l, resp);
			default:
				return Reply.NIL;
		}
	}

	/**
	 * A double as C's cast to long long on x86-64: out of range and NaN give the minimum.
	 */
	static long truncate(double value) {
		if (Double.isNaN(value) || value >= 0x1p63 || value < -0x1p63) {
			return Long.MIN_VALUE;
		}
		return (long) value;
	}

	/** The fields of a table reply Redis looks for, in its order, with their types. */
	private static final String[] KIND_FIELDS = { "err", "ok", "double", "big_number", "verbatim_string", "map",
			"set" };

	private static final int[] KIND_TYPES = { LUA_TSTRING, LUA_TSTRING, LUA_TNUMBER, LUA_TSTRING, LUA_TTABLE,
			LUA_TTABLE, LUA_TTABLE };

	/**
	 * The kind of the table reply on top: 1 + the index in {@link #KIND_FIELDS} of the
	 * first field it has with its type, else 0 (an array); by sandbox.lua's reply_kind.
	 */
	private int replyKind(State state, long l) {
		Lua51Natives natives = natives();
		state.lua.refGet(state.replyKindRef);
		natives.lua_pushvalue(l, -2);
		if (natives.lua_pcall(l, 1, 1, 0) != 0) {
			// a kill's hook fired in it: look from Java
			natives.lua_settop(l, -2);
			return replyKindFrom(l, 0);
		}
		int kind = (int) natives.lua_tointeger(l, -1);
		natives.lua_settop(l, -2);
		return kind;
	}

	/** {@link #replyKind}, field by field from Java, from the given field on. */
	private int replyKindFrom(long l, int first) {
		for (int i = first; i < KIND_FIELDS.length; i++) {
			int type = rawField(l, KIND_FIELDS[i]);
			natives().lua_settop(l, -2);
			if (type == KIND_TYPES[i]) {
				return i + 1;
			}
		}
		return 0;
	}

	private Reply tableToReply(State state, long l, int resp) {
		Lua lua = state.lua;
		Lua51Natives natives = natives();
		int kind = replyKind(state, l);
		if (kind == 1) {
			rawField(l, "err");
			natives.lua_settop(l, -2);
			String message = field(lua, l, "err");
			return Reply.error(oneLine(cString((message != null) ? message : "(null)")));
		}
		if (kind == 2) {
			rawField(l, "ok");
			String status = cString(text(bytes().bytes(lua, -1))).replace('\r', ' ').replace('\n', ' ');
			natives.lua_settop(l, -2);
			return new Reply.Simple(status);
		}
		if (kind == 3) {
			rawField(l, "double");
			double value = natives.lua_tonumber(l, -1);
			natives.lua_settop(l, -2);
			return new Reply.Double(value);
		}
		if (kind == 4) {
			rawField(l, "big_number");
			String digits = text(bytes().bytes(lua, -1)).replace('\r', ' ').replace('\n', ' ');
			natives.lua_settop(l, -2);
			return new Reply.BigNumber(digits);
		}
		if (kind == 5) {
			rawField(l, "verbatim_string");
			if (rawField(l, "format") == LUA_TSTRING) {
				byte[] format = bytes().bytes(lua, -1);
				natives.luaJ_pushstring(l, "string");
				natives.lua_rawget(l, -3);
				if (natives.lua_type(l, -1) == LUA_TSTRING && format.length >= 3) {
					byte[] string = bytes().bytes(lua, -1);
					natives.lua_settop(l, -4);
					return new Reply.Verbatim(new String(format, 0, 3, StandardCharsets.ISO_8859_1), string);
				}
				natives.lua_settop(l, -2);
			}
			natives.lua_settop(l, -3);
			// not a verbatim string after all: the fields after it decide
			kind = replyKindFrom(l, 5);
		}
		if (kind == 6) {
			rawField(l, "map");
			List<Reply> keysAndValues = new ArrayList<>();
			natives.lua_pushnil(l);
			while (natives.lua_next(l, -2) != 0) {
				natives.lua_pushvalue(l, -2);
				keysAndValues.add(toReply(state, l, resp));
				natives.lua_settop(l, -2);
				keysAndValues.add(toReply(state, l, resp));
				natives.lua_settop(l, -2);
			}
			natives.lua_settop(l, -2);
			return new Reply.Map(keysAndValues);
		}
		if (kind == 7) {
			rawField(l, "set");
			List<Reply> members = new ArrayList<>();
			natives.lua_pushnil(l);
			while (natives.lua_next(l, -2) != 0) {
				natives.lua_settop(l, -2);
				natives.lua_pushvalue(l, -1);
				members.add(toReply(state, l, resp));
				natives.lua_settop(l, -2);
			}
			natives.lua_settop(l, -2);
			return new Reply.Set(members);
		}
		List<Reply> elements = new ArrayList<>();
		for (int j = 1;; j++) {
			natives.lua_rawgeti(l, -1, j);
			if (natives.lua_type(l, -1) == LUA_TNIL) {
				natives.lua_settop(l, -2);
				break;
			}
			elements.add(toReply(state, l, resp));
			natives.lua_settop(l, -2);
		}
		return new Reply.Array(elements);
	}

	/** Pushes a raw field of the table on top and returns its type. */
	private int rawField(long l, String name) {
		Lua51Natives natives = natives();
		natives.luaJ_pushstring(l, name);
		natives.lua_rawget(l, -2);
		return natives.lua_type(l, -1);
	}

	// Redis to Lua: redisProtocolToLuaType

	private void push(Lua lua, long l, Reply reply, int resp) {
		Lua51Natives natives = natives();
		if (natives.lua_checkstack(l, 5) == 0) {
			throw new IllegalStateException("lua stack limit reach when parsing redis.call reply");
		}
		if (reply instanceof Reply.Bulk bulk) {
			bytes().push(lua, bulk.bytes());
		}
		else if (reply instanceof Reply.Int number) {
			natives.lua_pushnumber(l, number.value());
		}
		else if (reply instanceof Reply.Simple simple) {
			natives.lua_createtable(l, 0, 1);
			natives.luaJ_pushstring(l, "ok");
			bytes().push(lua, simple.text().getBytes(StandardCharsets.UTF_8));
			natives.lua_rawset(l, -3);
		}
		else if (reply instanceof Reply.Error error) {
			pushError(lua, l, "-" + error.message(), true);
		}
		else if (reply instanceof Reply.Null) {
			if (resp == 2) {
				natives.lua_pushboolean(l, 0);
			}
			else {
				natives.lua_pushnil(l);
			}
		}
		else if (reply instanceof Reply.Texts texts) {
			List<? extends @Nullable String> elements = texts.texts();
			natives.lua_createtable(l, elements.size(), 0);
			for (int i = 0; i < elements.size(); i++) {
				String text = elements.get(i);
				if (text != null) {
					bytes().push(lua, Reply.Texts.bytes(text));
				}
				else if (resp == 2) {
					natives.lua_pushboolean(l, 0);
				}
				else {
					natives.lua_pushnil(l);
				}
				natives.lua_rawseti(l, -2, i + 1);
			}
		}
		else if (reply instanceof Reply.Array array) {
			pushArray(lua, l, array.elements(), resp);
		}
		else if (reply instanceof Reply.Push message) {
			pushArray(lua, l, message.elements(), resp);
		}
		else if (reply instanceof Reply.Map map) {
			if (resp == 2) {
				pushArray(lua, l, map.keysAndValues(), resp);
				return;
			}
			natives.lua_createtable(l, 0, 1);
			natives.luaJ_pushstring(l, "map");
			List<Reply> keysAndValues = map.keysAndValues();
			natives.lua_createtable(l, 0, keysAndValues.size() / 2);
			for (int i = 0; i + 1 < keysAndValues.size(); i += 2) {
				push(lua, l, keysAndValues.get(i), resp);
				push(lua, l, keysAndValues.get(i + 1), resp);
				natives.lua_rawset(l, -3);
			}
			natives.lua_rawset(l, -3);
		}
		else if (reply instanceof Reply.Set set) {
			if (resp == 2) {
				pushArray(lua, l, set.elements(), resp);
				return;
			}
			natives.lua_createtable(l, 0, 1);
			natives.luaJ_pushstring(l, "set");
			natives.lua_createtable(l, 0, set.elements().size());
			for (Reply member : set.elements()) {
				push(lua, l, member, resp);
				natives.lua_pushboolean(l, 1);
				natives.lua_rawset(l, -3);
			}
			natives.lua_rawset(l, -3);
		}
		else if (reply instanceof Reply.Double dbl) {
			if (resp == 2) {
				String text = (dbl.text() != null) ? dbl.text() : Reply.formatDouble(dbl.value());
				bytes().push(lua, text.getBytes(StandardCharsets.US_ASCII));
				return;
			}
			natives.lua_createtable(l, 0, 1);
			natives.luaJ_pushstring(l, "double");
			natives.lua_pushnumber(l, dbl.value());
			natives.lua_rawset(l, -3);
		}
		else if (reply instanceof Reply.Bool bool) {
			if (resp == 2) {
				natives.lua_pushnumber(l, bool.value() ? 1 : 0);
			}
			else {
				natives.lua_pushboolean(l, bool.value() ? 1 : 0);
			}
		}
		else if (reply instanceof Reply.BigNumber big) {
			if (resp == 2) {
				bytes().push(lua, big.digits().getBytes(StandardCharsets.US_ASCII));
				return;
			}
			natives.lua_createtable(l, 0, 1);
			natives.luaJ_pushstring(l, "big_number");
			bytes().push(lua, big.digits().getBytes(StandardCharsets.US_ASCII));
			natives.lua_rawset(l, -3);
		}
		else if (reply instanceof Reply.Verbatim verbatim) {
			if (resp == 2) {
				bytes().push(lua, verbatim.text());
				return;
			}
			natives.lua_createtable(l, 0, 1);
			natives.luaJ_pushstring(l, "verbatim_string");
			natives.lua_createtable(l, 0, 2);
			natives.luaJ_pushstring(l, "string");
			bytes().push(lua, verbatim.text());
			natives.lua_rawset(l, -3);
			natives.luaJ_pushstring(l, "format");
			bytes().push(lua, verbatim.format().getBytes(StandardCharsets.ISO_8859_1));
			natives.lua_rawset(l, -3);
			natives.lua_rawset(l, -3);
		}
		else {
			throw new IllegalStateException("unexpected reply " + reply.getClass().getSimpleName());
		}
	}

	private void pushArray(Lua lua, long l, List<Reply> elements, int resp) {
		Lua51Natives natives = natives();
		natives.lua_createtable(l, elements.size(), 0);
		for (int i = 0; i < elements.size(); i++) {
			natives.lua_pushnumber(l, i + 1);
			push(lua, l, elements.get(i), resp);
			natives.lua_settable(l, -3);
		}
	}

	/**
	 * Pushes Redis's error table (luaPushErrorBuff): {@code -CODE msg} keeps its code,
	 * other text gets {@code ERR}; with the flag that the error was counted already.
	 */
	private void pushError(Lua lua, long l, String error, boolean counted) {
		Lua51Natives natives = natives();
		String code;
		String message;
		if (error.startsWith("-")) {
			int space = error.indexOf(' ');
			if (space < 0) {
				code = "ERR";
				message = error.substring(1);
			}
			else {
				code = error.substring(1, space);
				message = error.substring(space + 1);
			}
		}
		else {
			code = "ERR";
			message = error;
		}
		message = trimNewlines(message);
		natives.lua_createtable(l, 0, 2);
		natives.luaJ_pushstring(l, "err");
		bytes().push(lua, Reply.Texts.bytes(code + " " + message));
		natives.lua_rawset(l, -3);
		if (counted) {
			natives.luaJ_pushstring(l, "ignore_error_stats_update");
			natives.lua_pushboolean(l, 1);
			natives.lua_rawset(l, -3);
		}
	}

	private static String trimNewlines(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
			start++;
		}
		while (end > start && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
			end--;
		}
		return text.substring(start, end);
	}

	// redis.* in Java

	/** redis.call and redis.pcall (luaRedisGenericCommand). */
	private int call(Lua lua, boolean raise) {
		Lua51Natives natives = natives();
		long l = lua.getPointer();
		Run run = this.running;
		if (run == null) {
			natives.lua_settop(l, 0);
			pushError(lua, l, "redis.call/pcall can only be called inside a script invocation", false);
			return -1;
		}
		int argc = natives.lua_gettop(l);
		if (argc == 0) {
			pushError(lua, l, "Please specify at least one argument for this redis lib call", false);
			return raise ? -1 : 1;
		}
		byte[][] args = new byte[argc][];
		for (int j = 0; j < argc; j++) {
			int type = natives.lua_type(l, j + 1);
			if (type == LUA_TNUMBER) {
				args[j] = Reply.formatDouble(natives.lua_tonumber(l, j + 1)).getBytes(StandardCharsets.US_ASCII);
			}
			else if (type == LUA_TSTRING) {
				args[j] = bytes().bytes(lua, j + 1);
			}
			else {
				natives.lua_settop(l, 0);
				pushError(lua, l, "Lua redis lib command arguments must be strings or integers", false);
				return raise ? -1 : 1;
			}
		}
		natives.lua_settop(l, 0);
		String refused = refusal(run, args);
		if (refused != null) {
			pushError(lua, l, refused, true);
			return raise ? -1 : 1;
		}
		if (run.slot != -2) {
			String remote = nonLocal(run, args);
			if (remote != null) {
				pushError(lua, l, remote, true);
				return raise ? -1 : 1;
			}
		}
		Reply reply = RespCommands.runForScript(run.session, args);
		run.session.protocol = run.resp;
		push(lua, l, (reply != null) ? reply : Reply.NIL, run.resp);
		return (raise && reply instanceof Reply.Error) ? -1 : 1;
	}

	/**
	 * With cluster rules, the refusal of a command whose keys are not in the script's
	 * slot, as a Redis Cluster node refuses a key another node serves
	 * (scriptVerifyClusterState): every other slot counts as another node's, so a test
	 * finds what some cluster would refuse; else null.
	 */
	private static @Nullable String nonLocal(Run run, byte[][] args) {
		List<byte[]> argv = Arrays.asList(args);
		CommandSpec command = RespCommands.TABLE.lookup(argv);
		if (command == null) {
			return null;
		}
		for (io.redipy.command.CommandTable.KeyPosition key : RespCommands.TABLE.keys(command, argv)) {
			int slot = io.redipy.command.Slots.of(args[key.index()]);
			if (run.slot == -1) {
				run.slot = slot;
			}
			else if (slot != run.slot) {
				return "Script attempted to access a non local key in a cluster node";
			}
		}
		return null;
	}

	/** What scriptCall refuses before it runs a command, or null. */
	private static @Nullable String refusal(Run run, byte[][] args) {
		List<byte[]> argv = Arrays.asList(args);
		CommandSpec command = RespCommands.TABLE.lookup(argv);
		if (command == null || !RespCommands.serves(command)) {
			return "Unknown Redis command called from script";
		}
		if (!command.acceptsArgumentCount(args.length)) {
			return "Wrong number of args calling Redis command from script";
		}
		if (command.has(CommandFlag.NOSCRIPT)) {
			return "This Redis command is not allowed from script";
		}
		boolean write = command.has(CommandFlag.WRITE);
		if (run.readOnly && (write || command.has(CommandFlag.MAY_REPLICATE))) {
			return "Write commands are not allowed from read-only scripts.";
		}
		if (write) {
			run.dirty = true;
		}
		return null;
	}

	private int sha1hex(Lua lua) {
		Lua51Natives natives = natives();
		long l = lua.getPointer();
		if (natives.lua_gettop(l) != 1) {
			pushError(lua, l, "wrong number of arguments", false);
			return -1;
		}
		byte[] text = (natives.lua_isstring(l, 1) != 0) ? bytes().bytes(lua, 1) : new byte[0];
		natives.lua_settop(l, 0);
		natives.luaJ_pushstring(l, sha1hex(text));
		return 1;
	}

	private int log(Lua lua) {
		Lua51Natives natives = natives();
		long l = lua.getPointer();
		int argc = natives.lua_gettop(l);
		if (argc < 2) {
			pushError(lua, l, "redis.log() requires two arguments or more.", false);
			return -1;
		}
		if (natives.lua_isnumber(l, 1) == 0) {
			pushError(lua, l, "First argument must be a number (log level).", false);
			return -1;
		}
		double level = natives.lua_tonumber(l, 1);
		int intLevel = (int) level;
		if (intLevel < 0 || intLevel > 3) {
			pushError(lua, l, "Invalid debug level.", false);
			return -1;
		}
		StringBuilder message = new StringBuilder();
		for (int j = 2; j <= argc; j++) {
			if (natives.lua_isstring(l, j) != 0) {
				natives.lua_pushvalue(l, j);
				if (j != 2) {
					message.append(' ');
				}
				message.append(text(bytes().bytes(lua, -1)));
				natives.lua_settop(l, -2);
			}
		}
		switch (intLevel) {
			case 0 -> logger.debug("{}", message);
			case 1 -> logger.info("{}", message);
			case 2 -> logger.info("{}", message);
			default -> logger.warn("{}", message);
		}
		natives.lua_settop(l, 0);
		return 0;
	}

	private int setresp(Lua lua) {
		Lua51Natives natives = natives();
		long l = lua.getPointer();
		Run run = this.running;
		if (run == null) {
			pushError(lua, l, "redis.setresp can only be called inside a script invocation", false);
			return -1;
		}
		if (natives.lua_gettop(l) != 1) {
			pushError(lua, l, "redis.setresp() requires one argument.", false);
			return -1;
		}
		int resp = (int) natives.lua_tonumber(l, 1);
		if (resp != 2 && resp != 3) {
			pushError(lua, l, "RESP version must be 2 or 3.", false);
			return -1;
		}
		run.resp = resp;
		run.session.protocol = resp;
		natives.lua_settop(l, 0);
		return 0;
	}

	private int setRepl(Lua lua) {
		Lua51Natives natives = natives();
		long l = lua.getPointer();
		if (this.running == null) {
			pushError(lua, l, "redis.set_repl can only be called inside a script invocation", false);
			return -1;
		}
		if (natives.lua_gettop(l) != 1) {
			pushError(lua, l, "redis.set_repl() requires two arguments.", false);
			return -1;
		}
		int flags = (int) natives.lua_tonumber(l, -1);
		if ((flags & ~3) != 0) {
			pushError(lua, l, "Invalid replication flags. Use REPL_AOF, REPL_REPLICA, REPL_ALL or REPL_NONE.", false);
			return -1;
		}
		natives.lua_settop(l, 0);
		return 0;
	}

	private int aclCheckCmd(Lua lua) {
		Lua51Natives natives = natives();
		long l = lua.getPointer();
		if (this.running == null) {
			pushError(lua, l, "redis.acl_check_cmd can only be called inside a script invocation", false);
			return -1;
		}
		int argc = natives.lua_gettop(l);
		if (argc == 0) {
			pushError(lua, l, "Please specify at least one argument for this redis lib call", false);
			return -1;
		}
		List<byte[]> argv = new ArrayList<>();
		for (int j = 1; j <= argc; j++) {
			int type = natives.lua_type(l, j);
			if (type == LUA_TNUMBER) {
				argv.add(Reply.formatDouble(natives.lua_tonumber(l, j)).getBytes(StandardCharsets.US_ASCII));
			}
			else if (type == LUA_TSTRING) {
				argv.add(bytes().bytes(lua, j));
			}
			else {
				natives.lua_settop(l, 0);
				pushError(lua, l, "Lua redis lib command arguments must be strings or integers", false);
				return -1;
			}
		}
		natives.lua_settop(l, 0);
		if (RespCommands.TABLE.lookup(argv) == null) {
			pushError(lua, l, "Invalid command passed to redis.acl_check_cmd()", false);
			return -1;
		}
		// the default user may run every command
		natives.lua_pushboolean(l, 1);
		return 1;
	}

	/**
	 * The count hook's question (scriptInterrupt): marks the script timed out once it ran
	 * past the busy threshold, and answers whether it was killed.
	 */
	private int interrupt(Lua lua) {
		Lua51Natives natives = natives();
		long l = lua.getPointer();
		Run run = this.running;
		boolean killed = false;
		if (this.loadStarted != 0 && System.nanoTime() - this.loadStarted > LOAD_TIMEOUT_NANOS) {
			natives.lua_settop(l, 0);
			natives.lua_pushnumber(l, 2);
			return 1;
		}
		if (run != null) {
			if (!run.timedOut && this.store.clock().millis() - run.startMillis >= busyThresholdMillis()) {
				logger.warn(
						"Slow script detected: still in execution after {} milliseconds. "
								+ "You can try killing the script using the {} command. Script name is: {}.",
						this.store.clock().millis() - run.startMillis, run.eval ? "SCRIPT KILL" : "FUNCTION KILL",
						run.name);
				run.timedOut = true;
				synchronized (this) {
					notifyAll();
				}
			}
			killed = run.killed;
		}
		natives.lua_settop(l, 0);
		natives.lua_pushnumber(l, killed ? 1 : 0);
		return 1;
	}

	private long busyThresholdMillis() {
		return this.store.scriptTimeLimitNanos() / 1_000_000;
	}

	/**
	 * Kills the script that runs, as SCRIPT KILL and FUNCTION KILL do; waits until it ran
	 * past its time limit (until then Redis would not read the command).
	 * @param eval whether SCRIPT KILL (else FUNCTION KILL) asks
	 * @return the reply
	 */
	Reply kill(boolean eval) {
		Run run;
		synchronized (this) {
			while ((run = this.running) != null && !run.timedOut) {
				try {
					wait(10);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return Reply.error("ERR interrupted");
				}
			}
		}
		if (run == null) {
			return Reply.error("NOTBUSY No scripts in execution right now.");
		}
		if (run.dirty) {
			return Reply.error("UNKILLABLE Sorry the script already executed write commands against the dataset. "
					+ "You can either wait the script termination or kill the server in a hard way using the "
					+ "SHUTDOWN NOSAVE command.");
		}
		if (eval && !run.eval) {
			return Reply.error(BUSY_FUNCTION);
		}
		if (!eval && run.eval) {
			return Reply.error(BUSY_EVAL);
		}
		run.killed = true;
		return Reply.OK;
	}

	/**
	 * Ends the script that runs, whether or not it wrote, as {@code SHUTDOWN NOSAVE} ends
	 * Redis's: for the store's owner (a server that stops), since a script that wrote and
	 * never ends could not be stopped otherwise.
	 */
	void abort() {
		Run run = this.running;
		if (run != null) {
			run.killed = true;
		}
	}

	/** Redis's reply to other clients while an EVAL script runs past its time limit. */
	static final String BUSY_EVAL = "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.";

	/** The same while a function runs. */
	static final String BUSY_FUNCTION = "BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.";

	/**
	 * Returns the BUSY error for another client's command, or null when it may run: while
	 * a script runs within its time limit the command waits (Redis reads it only once the
	 * script ended or timed out), so that it gets BUSY rather than wait for the store's
	 * lock until the script ends.
	 */
	@Nullable String busy() {
		Run run = this.running;
		if (run == null) {
			return null;
		}
		synchronized (this) {
			while ((run = this.running) != null && !run.timedOut) {
				try {
					wait(10);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return null;
				}
			}
		}
		if (run == null) {
			return null;
		}
		return run.eval ? BUSY_EVAL : BUSY_FUNCTION;
	}

	// math.random with Redis's own generator (rand.c), the same sequence everywhere

	private long x0 = 0x330E;

	private long x1 = 0xABCD;

	private long x2 = 0x1234;

	private int lrand48() {
		long x = (this.x2 << 32) | (this.x1 << 16) | this.x0;
		x = (x * 0x5DEECE66DL + 0xB) & 0xFFFF_FFFF_FFFFL;
		this.x0 = x & 0xFFFF;
		this.x1 = (x >>> 16) & 0xFFFF;
		this.x2 = (x >>> 32) & 0xFFFF;
		return (int) ((this.x2 << 15) + (this.x1 >>> 1));
	}

	private int random(Lua lua) {
		Lua51Natives natives = natives();
		long l = lua.getPointer();
		double r = (double) (lrand48() % 2147483647) / 2147483647.0;
		int argc = natives.lua_gettop(l);
		switch (argc) {
			case 0 -> natives.lua_pushnumber(l, r);
			case 1 -> {
				int u = checkInt(natives, l, 1);
				if (u < 1) {
					return argError(lua, l, 1, "random", "interval is empty");
				}
				natives.lua_pushnumber(l, Math.floor(r * u) + 1);
			}
			case 2 -> {
				int lo = checkInt(natives, l, 1);
				int u = checkInt(natives, l, 2);
				if (lo > u) {
					return argError(lua, l, 2, "random", "interval is empty");
				}
				natives.lua_pushnumber(l, Math.floor(r * (u - lo + 1)) + lo);
			}
			default -> {
				natives.lua_settop(l, 0);
				natives.luaJ_pushstring(l, "wrong number of arguments");
				return -1;
			}
		}
		return 1;
	}

	private int randomseed(Lua lua) {
		Lua51Natives natives = natives();
		long l = lua.getPointer();
		int seed = checkInt(natives, l, 1);
		this.x0 = 0x330E;
		this.x1 = seed & 0xFFFF;
		this.x2 = (seed >>> 16) & 0xFFFF;
		natives.lua_settop(l, 0);
		return 0;
	}

	private static int checkInt(Lua51Natives natives, long l, int index) {
		return (int) (long) natives.lua_tonumber(l, index);
	}

	private int argError(Lua lua, long l, int arg, String name, String message) {
		Lua51Natives natives = natives();
		natives.lua_settop(l, 0);
		// luaL_argerror: the caller's position first
		natives.luaL_where(l, 1);
		String where = text(bytes().bytes(lua, -1));
		natives.lua_settop(l, 0);
		natives.luaJ_pushstring(l, where + "bad argument #" + arg + " to '" + name + "' (" + message + ")");
		return -1;
	}

	// functions (Redis's functions.c and function_lua.c)

	/** A library: its name, its code as loaded (with the shebang) and its functions. */
	record Library(String name, byte[] code, List<Function> functions) {
	}

	/** A function of a library; its callback is in the registry. */
	record Function(String name, byte @Nullable [] description, int flags, int ref, String library) {
	}

	/** Libraries and their functions, by name (Redis's functionsLibCtx). */
	static final class Functions {

		final Map<String, Library> libraries = new java.util.LinkedHashMap<>();

		final Map<String, Function> functions = new java.util.LinkedHashMap<>();

		void link(Library library) {
			this.libraries.put(library.name(), library);
			for (Function function : library.functions()) {
				this.functions.put(key(function.name()), function);
			}
		}

		void unlink(Library library) {
			this.libraries.remove(library.name());
			for (Function function : library.functions()) {
				this.functions.remove(key(function.name()));
			}
		}

		/**
		 * Functions are found whatever the case of their names (Redis's
		 * functionDictType).
		 */
		static String key(String name) {
			return name.toLowerCase(Locale.ROOT);
		}

	}

	/** The loaded libraries; guarded by the store's lock. */
	private Functions functions = new Functions();

	private static final String[] FLAG_STATUS = { "no-writes", "allow-oom", "allow-stale", "no-cluster", null,
			"allow-cross-slot-keys" };

	private static final String BAD_LIBRARY_NAME = "Library names can only contain letters, numbers, or underscores(_) and must be at least one character long";

	/**
	 * Loads a library as FUNCTION LOAD does.
	 * @return the library's name
	 * @throws io.redipy.CommandException with Redis's error
	 */
	String functionLoad(byte[] code, boolean replace) {
		return createLibrary(code, replace, this.functions);
	}

	/**
	 * functionsCreateWithLibraryCtx: a library from its code, into a set of libraries.
	 */
	private String createLibrary(byte[] code, boolean replace, Functions into) {
		if (code.length < 2 || code[0] != '#' || code[1] != '!') {
			throw Errors.error("ERR Missing library metadata");
		}
		int end = -1;
		for (int i = 0; i < code.length && code[i] != 0; i++) {
			if (code[i] == '\n') {
				end = i;
				break;
			}
		}
		if (end < 0) {
			throw Errors.error("ERR Invalid library metadata");
		}
		List<String> parts = Wire.splitArgs(new String(code, 0, end, StandardCharsets.ISO_8859_1));
		if (parts == null || parts.isEmpty()) {
			throw Errors.error("ERR Invalid library metadata");
		}
		String engine = parts.get(0).substring(2);
		String name = null;
		for (int i = 1; i < parts.size(); i++) {
			String part = parts.get(i);
			if (part.regionMatches(true, 0, "name=", 0, 5)) {
				if (name != null) {
					throw Errors.error("ERR Invalid metadata value, name argument was given multiple times");
				}
				name = part.substring(5);
				continue;
			}
			throw Errors.error("ERR Invalid metadata value given: " + latin1ToText(part));
		}
		if (name == null) {
			throw Errors.error("ERR Library name was not given");
		}
		if (!validName(name)) {
			throw Errors.error("ERR " + BAD_LIBRARY_NAME);
		}
		if (!engine.equalsIgnoreCase("lua")) {
			throw Errors.error("ERR Engine '" + latin1ToText(engine) + "' not found");
		}
		Library old = into.libraries.get(name);
		if (old != null && !replace) {
			throw Errors.error("ERR Library '" + name + "' already exists");
		}
		if (old != null) {
			into.unlink(old);
		}
		Library created = null;
		try {
			created = compileLibrary(name, code, end);
			for (Function function : created.functions()) {
				if (into.functions.containsKey(Functions.key(function.name()))) {
					throw Errors.error("ERR Function " + function.name() + " already exists");
				}
			}
			into.link(created);
		}
		catch (RuntimeException ex) {
			if (created != null) {
				free(created);
			}
			if (old != null) {
				into.link(old);
			}
			throw ex;
		}
		if (old != null) {
			free(old);
		}
		return name;
	}

	private static boolean validName(String name) {
		if (name.isEmpty()) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
				return false;
			}
		}
		return true;
	}

	/** luaEngineCreate: compiles the code after the shebang and runs it to register. */
	private Library compileLibrary(String name, byte[] code, int shebangEnd) {
		State state = functionState();
		Lua51 lua = state.lua;
		Lua51Natives natives = natives();
		long l = lua.getPointer();
		int length = code.length - shebangEnd;
		ByteBuffer chunk = ByteBuffer.allocateDirect(Math.max(length, 1));
		chunk.put(code, shebangEnd, length).flip();
		natives.lua_settop(l, 0);
		if (natives.luaJ_loadbuffer(l, chunk, length, "@user_function") != 0) {
			String error = text(bytes().bytes(lua, -1));
			natives.lua_settop(l, 0);
			throw Errors.error("ERR Error compiling function: " + oneLine(error));
		}
		if (state.hookChanged) {
			lua.refGet(state.rehookRef);
			natives.lua_pcall(l, 0, 0, 0);
			state.hookChanged = false;
		}
		lua.refGet(state.loadLibraryRef);
		natives.lua_insert(l, -2);
		this.loadStarted = Math.max(1, System.nanoTime());
		try {
			natives.lua_pcall(l, 1, 2, 0);
		}
		finally {
			this.loadStarted = 0;
		}
		// a timeout left the line hook on
		state.hookChanged = true;
		try {
			if (natives.lua_toboolean(l, 1) == 0) {
				String message;
				if (natives.lua_isstring(l, 2) != 0) {
					message = "ERR " + text(bytes().bytes(lua, 2));
				}
				else if (natives.lua_type(l, 2) == LUA_TTABLE) {
					natives.lua_settop(l, 2);
					String err = field(lua, l, "err");
					message = (err != null) ? err : "(null)";
				}
				else {
					message = "(null)";
				}
				throw Errors.error("ERR Error registering functions: " + oneLine(message));
			}
			natives.lua_settop(l, 2);
			List<Function> registered = new ArrayList<>();
			int count = natives.luaJ_len(l, 2) / 4;
			for (int i = 0; i < count; i++) {
				natives.lua_rawgeti(l, 2, 4 * i + 1);
				String fname = text(bytes().bytes(lua, -1));
				natives.lua_rawgeti(l, 2, 4 * i + 3);
				int flags = (int) natives.lua_tonumber(l, -1);
				natives.lua_rawgeti(l, 2, 4 * i + 4);
				byte[] description = (natives.lua_type(l, -1) == LUA_TSTRING) ? bytes().bytes(lua, -1) : null;
				natives.lua_settop(l, 2);
				natives.lua_rawgeti(l, 2, 4 * i + 2);
				int ref = lua.ref();
				registered.add(new Function(fname, description, flags, ref, name));
			}
			if (registered.isEmpty()) {
				throw Errors.error("ERR No functions registered");
			}
			return new Library(name, code, registered);
		}
		finally {
			natives.lua_settop(l, 0);
		}
	}

	private void free(Library library) {
		State state = this.functionState;
		if (state != null) {
			for (Function function : library.functions()) {
				state.lua.unref(function.ref());
			}
		}
	}

	/** FUNCTION DELETE. */
	void functionDelete(String name) {
		Library library = this.functions.libraries.get(name);
		if (library == null) {
			throw Errors.error("ERR Library not found");
		}
		this.functions.unlink(library);
		free(library);
	}

	/** FUNCTION FLUSH. */
	void functionFlush() {
		for (Library library : this.functions.libraries.values()) {
			free(library);
		}
		this.functions = new Functions();
	}

	/** FUNCTION DUMP. */
	byte[] functionDump() {
		List<byte[]> codes = new ArrayList<>();
		for (Library library : this.functions.libraries.values()) {
			codes.add(library.code());
		}
		return Rdb.dumpFunctions(codes);
	}

	/**
	 * FUNCTION RESTORE.
	 * @param policy FLUSH, APPEND or REPLACE
	 */
	void functionRestore(byte[] payload, String policy) {
		if (!Rdb.verify(payload)) {
			throw Errors.error("ERR DUMP payload version or checksum are wrong");
		}
		List<byte[]> codes = Rdb.loadFunctions(payload);
		Functions restored = new Functions();
		try {
			for (byte[] code : codes) {
				createLibrary(code, false, restored);
			}
		}
		catch (RuntimeException ex) {
			for (Library library : restored.libraries.values()) {
				free(library);
			}
			throw ex;
		}
		if (policy.equals("FLUSH")) {
			functionFlush();
			this.functions = restored;
			return;
		}
		// libraryJoin
		List<Library> replaced = new ArrayList<>();
		String error = null;
		for (Library library : restored.libraries.values()) {
			Library old = this.functions.libraries.get(library.name());
			if (old != null) {
				if (!policy.equals("REPLACE")) {
					error = "ERR Library " + library.name() + " already exists";
					break;
				}
				this.functions.unlink(old);
				replaced.add(old);
			}
		}
		if (error == null) {
			for (Function function : restored.functions.values()) {
				if (this.functions.functions.containsKey(Functions.key(function.name()))) {
					error = "ERR Function " + function.name() + " already exists";
					break;
				}
			}
		}
		if (error != null) {
			for (Library old : replaced) {
				this.functions.link(old);
			}
			for (Library library : restored.libraries.values()) {
				free(library);
			}
			throw Errors.error(error);
		}
		for (Library library : restored.libraries.values()) {
			this.functions.link(library);
		}
		for (Library old : replaced) {
			free(old);
		}
	}

	/** FUNCTION LIST. */
	Reply functionList(boolean withCode, @Nullable String pattern) {
		Glob glob = (pattern != null) ? new Glob(pattern.toLowerCase(Locale.ROOT)) : null;
		List<Reply> libraries = new ArrayList<>();
		for (Library library : this.functions.libraries.values()) {
			if (glob != null && !glob.matches(library.name().toLowerCase(Locale.ROOT))) {
				continue;
			}
			List<Reply> map = new ArrayList<>();
			map.add(RespCommands.bulk("library_name"));
			map.add(RespCommands.bulk(library.name()));
			map.add(RespCommands.bulk("engine"));
			map.add(RespCommands.bulk("LUA"));
			map.add(RespCommands.bulk("functions"));
			List<Reply> functions = new ArrayList<>();
			for (Function function : library.functions()) {
				List<Reply> flags = new ArrayList<>();
				for (int k = 0; k < FLAG_STATUS.length; k++) {
					if (FLAG_STATUS[k] != null && (function.flags() & (1 << k)) != 0) {
						flags.add(new Reply.Simple(FLAG_STATUS[k]));
					}
				}
				functions.add(new Reply.Map(List.of(RespCommands.bulk("name"), RespCommands.bulk(function.name()),
						RespCommands.bulk("description"),
						(function.description() != null) ? new Reply.Bulk(function.description()) : Reply.NIL,
						RespCommands.bulk("flags"), new Reply.Set(flags))));
			}
			map.add(new Reply.Array(functions));
			if (withCode) {
				map.add(RespCommands.bulk("library_code"));
				map.add(new Reply.Bulk(library.code()));
			}
			libraries.add(new Reply.Map(map));
		}
		return new Reply.Array(libraries);
	}

	/** FUNCTION STATS (reads no lock: it may run while a script is busy). */
	Reply functionStats() {
		Run run = this.running;
		if (run != null && run.eval) {
			return Reply.error(BUSY_EVAL);
		}
		Reply script = Reply.NIL;
		if (run != null) {
			List<Reply> command = new ArrayList<>();
			for (byte[] arg : run.command) {
				command.add(new Reply.Bulk(arg));
			}
			script = new Reply.Map(List.of(RespCommands.bulk("name"), RespCommands.bulk(run.name),
					RespCommands.bulk("command"), new Reply.Array(command), RespCommands.bulk("duration_ms"),
					new Reply.Int(this.store.clock().millis() - run.startMillis)));
		}
		Functions functions = this.functions;
		return new Reply.Map(List.of(RespCommands.bulk("running_script"), script, RespCommands.bulk("engines"),
				new Reply.Map(List.of(RespCommands.bulk("LUA"),
						new Reply.Map(List.of(RespCommands.bulk("libraries_count"),
								new Reply.Int(functions.libraries.size()), RespCommands.bulk("functions_count"),
								new Reply.Int(functions.functions.size())))))));
	}

	/**
	 * Calls a function as FCALL and FCALL_RO do.
	 * @param command the caller's command, for FUNCTION STATS
	 */
	Reply fcall(int db, String name, boolean readOnly, byte[][] keys, byte[][] args, byte[][] command) {
		Function function = this.functions.functions.get(Functions.key(name));
		if (function == null) {
			return Reply.error("ERR Function not found");
		}
		int flags = function.flags();
		if ((flags & FLAG_NO_CLUSTER) != 0 && this.store.clusterRules()) {
			return Reply.error("ERR Can not run script on cluster, 'no-cluster' flag is set.");
		}
		if ((flags & FLAG_NO_WRITES) == 0 && readOnly) {
			return Reply.error("ERR Can not execute a script with write flag using *_ro command.");
		}
		this.command = command;
		return run(function.ref(), name, false, db, readOnly || (flags & FLAG_NO_WRITES) != 0, keys, args);
	}

	private static final byte[][] NO_COMMAND = new byte[0][];

	/** The command of the function about to run, for its {@link Run}. */
	private byte[][] command = NO_COMMAND;

	/** Whether a function of that name exists (for FCALL's order of errors). */
	boolean functionExists(String name) {
		return this.functions.functions.containsKey(Functions.key(name));
	}

	// text

	/** Bytes as store-form text (bytes that are not UTF-8 kept as they are). */
	private static String text(byte[] bytes) {
		return Wire.text(bytes);
	}

	/** Text as C reads it: up to the first NUL. */
	private static @Nullable String cStringOrNull(@Nullable String text) {
		return (text != null) ? cString(text) : null;
	}

	private static String cString(String text) {
		int nul = text.indexOf('\0');
		return (nul < 0) ? text : text.substring(0, nul);
	}

	/** Redis's error replies cannot hold line breaks: they become spaces. */
	private static String oneLine(String text) {
		return text.replace('\r', ' ').replace('\n', ' ');
	}

}
