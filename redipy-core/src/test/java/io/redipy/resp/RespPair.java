package io.redipy.resp;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import io.redipy.command.Output;
import io.redipy.command.Reply;
import io.redipy.command.Session;
import io.redipy.memory.MemoryStore;

/**
 * One connection to a real redis-server (raw RESP over a socket) and one session of a
 * memory store's endpoint, side by side: the same command goes to both, and their replies
 * are compared as a client of the chosen protocol reads them. The oracle for the
 * endpoint's commands, independent of any server transport.
 */
public final class RespPair implements AutoCloseable {

	private final Socket socket;

	private final OutputStream out;

	private final RespReader in;

	private final @org.jspecify.annotations.Nullable Session session;

	/** The memory side as a socket to its server, instead of a session of its engine. */
	private final @org.jspecify.annotations.Nullable Socket memorySocket;

	private final @org.jspecify.annotations.Nullable RespReader memoryIn;

	private final Deque<Reply> replies = new ArrayDeque<>();

	private boolean closedByEngine;

	private final int protocol;

	/**
	 * Connects to a redis-server and opens a session on a store; selects the protocol on
	 * both with {@code HELLO}.
	 * @param host the server's host
	 * @param port the server's port
	 * @param store the memory store
	 * @param protocol 2 or 3
	 */
	public RespPair(String host, int port, MemoryStore store, int protocol) {
		try {
			this.socket = new Socket(host, port);
			this.out = this.socket.getOutputStream();
			this.in = new RespReader(new BufferedInputStream(this.socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.memorySocket = null;
		this.memoryIn = null;
		InetSocketAddress address = new InetSocketAddress("127.0.0.1", 1);
		this.session = engine(store).open(new Output() {

			@Override
			public void reply(Reply reply) {
				synchronized (RespPair.this.replies) {
					RespPair.this.replies.add(reply);
				}
			}

			@Override
			public void push(Reply.Push message) {
				synchronized (RespPair.this.replies) {
					RespPair.this.replies.add(message);
				}
			}

			@Override
			public void close() {
				RespPair.this.closedByEngine = true;
			}

		}, address, address);
		this.protocol = protocol;
		if (protocol == 3) {
			redis("HELLO", "3");
			memory("HELLO", "3");
		}
	}

	/**
	 * Connects to a redis-server and to a server of the memory store (through its
	 * transport, byte for byte); selects the protocol on both with {@code HELLO}.
	 * @param host the redis-server's host
	 * @param port the redis-server's port
	 * @param memoryHost the memory store's server's host
	 * @param memoryPort the memory store's server's port
	 * @param protocol 2 or 3
	 */
	public RespPair(String host, int port, String memoryHost, int memoryPort, int protocol) {
		try {
			this.socket = new Socket(host, port);
			this.out = this.socket.getOutputStream();
			this.in = new RespReader(new BufferedInputStream(this.socket.getInputStream()));
			this.memorySocket = new Socket(memoryHost, memoryPort);
			this.memoryIn = new RespReader(new BufferedInputStream(this.memorySocket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.session = null;
		this.protocol = protocol;
		if (protocol == 3) {
			redis("HELLO", "3");
			memory("HELLO", "3");
		}
	}

	private static final java.util.Map<MemoryStore, io.redipy.command.Engine> ENGINES = new java.util.WeakHashMap<>();

	/** One engine per store, as one server has: its sessions see each other. */
	private static synchronized io.redipy.command.Engine engine(MemoryStore store) {
		return ENGINES.computeIfAbsent(store, (s) -> s.engine(null));
	}

	/** Sends a command to redis-server and returns its reply. */
	public Reply redis(Object... args) {
		try {
			this.out.write(frame(args(args)));
			this.out.flush();
			return this.in.read();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs a command on the memory session and returns its reply as the client reads it.
	 */
	public Reply memory(Object... args) {
		if (this.memorySocket != null) {
			try {
				this.memorySocket.getOutputStream().write(frame(args(args)));
				return this.memoryIn.read();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		this.session.execute(args(args));
		synchronized (this.replies) {
			if (this.replies.isEmpty()) {
				throw new AssertionError("the engine sent no reply to " + Arrays.toString(args));
			}
			return downgrade(this.replies.poll(), this.session.protocol());
		}
	}

	/**
	 * Sends a command to both and returns both replies, neutralised for comparison.
	 * @return {redis, memory}
	 */
	public String[] both(Object... args) {
		String name = new String(args(args)[0], StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
		Reply redis = redis(args);
		Reply memory = memory(args);
		if (UNORDERED.contains(name)) {
			return new String[] { showUnordered(redis), showUnordered(memory) };
		}
		if (args.length == 2 && new String(args(args)[1], StandardCharsets.UTF_8).equalsIgnoreCase("HELP")
				&& redis instanceof Reply.Array help && !help.elements().isEmpty()
				&& help.elements().get(0) instanceof Reply.Simple first
				&& first.text().startsWith(name + " <subcommand>")) {
			// the help is in our own words: its first line and the kind of its lines only
			return new String[] { showHelp(redis), showHelp(memory) };
		}
		if (SCRIPTS.contains(name)) {
			// a script's map and set replies list a Lua table in its own order
			return new String[] { showSorted(redis, false), showSorted(memory, false) };
		}
		if (name.equals("FUNCTION") && args.length > 1
				&& new String(args(args)[1], StandardCharsets.UTF_8).equalsIgnoreCase("LIST")) {
			// libraries and their functions in the order of Redis's dictionaries
			return new String[] { showSorted(redis, true), showSorted(memory, true) };
		}
		if (name.equals("SCAN") && redis instanceof Reply.Array r && memory instanceof Reply.Array m
				&& r.elements().size() == 2 && m.elements().size() == 2) {
			// a page of keys lists them in the hash table's order
			return new String[] { show(r.elements().get(0)) + showUnordered(r.elements().get(1)),
					show(m.elements().get(0)) + showUnordered(m.elements().get(1)) };
		}
		return new String[] { show(redis), show(memory) };
	}

	/**
	 * Commands whose replies list elements in the order of a hash table, which differs
	 * between implementations: compared as multisets (pairs kept together).
	 */
	static final java.util.Set<String> UNORDERED = java.util.Set.of("KEYS", "SMEMBERS", "HKEYS", "HVALS", "HGETALL",
			"SINTER", "SUNION", "SDIFF", "CONFIG", "PUBSUB", "HRANDFIELD", "SPOP", "SRANDMEMBER", "ZRANDMEMBER");

	/**
	 * A help reply as its first line and whether all its lines are status replies, as
	 * Redis's are.
	 */
	private static String showHelp(Reply reply) {
		if (!(reply instanceof Reply.Array array) || array.elements().isEmpty()) {
			return show(reply);
		}
		boolean simple = array.elements().stream().allMatch(Reply.Simple.class::isInstance);
		return "help[" + show(array.elements().get(0)) + (simple ? ", status lines]" : ", not all status lines]");
	}

	/**
	 * Commands that run a script, whose replies can hold maps and sets made of Lua
	 * tables.
	 */
	static final java.util.Set<String> SCRIPTS = java.util.Set.of("EVAL", "EVALSHA", "EVAL_RO", "EVALSHA_RO", "FCALL",
			"FCALL_RO");

	/**
	 * A reply as comparable text with the elements of its maps and sets (and, if
	 * {@code arrays}, of its arrays) sorted at every depth; map entries stay pairs.
	 */
	static String showSorted(Reply reply, boolean arrays) {
		List<Reply> elements;
		int group = 1;
		String open;
		if (reply instanceof Reply.Set set) {
			elements = set.elements();
			open = "set[";
		}
		else if (reply instanceof Reply.Map map) {
			elements = map.keysAndValues();
			group = 2;
			open = "map[";
		}
		else if (reply instanceof Reply.Array array) {
			elements = array.elements();
			open = "[";
		}
		else {
			return show(reply);
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i + group <= elements.size(); i += group) {
			StringBuilder part = new StringBuilder(showSorted(elements.get(i), arrays));
			if (group == 2) {
				part.append("=").append(showSorted(elements.get(i + 1), arrays));
			}
			parts.add(part.toString());
		}
		if (arrays || !(reply instanceof Reply.Array)) {
			java.util.Collections.sort(parts);
		}
		return open + String.join(", ", parts) + "]";
	}

	private static String showUnordered(Reply reply) {
		List<Reply> elements;
		int group = 1;
		if (reply instanceof Reply.Array array) {
			elements = array.elements();
		}
		else if (reply instanceof Reply.Set set) {
			elements = set.elements();
		}
		else if (reply instanceof Reply.Map map) {
			elements = map.keysAndValues();
			group = 2;
		}
		else {
			return show(reply);
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i + group <= elements.size(); i += group) {
			StringBuilder part = new StringBuilder(show(elements.get(i)));
			if (group == 2) {
				part.append("=").append(show(elements.get(i + 1)));
			}
			parts.add(part.toString());
		}
		java.util.Collections.sort(parts);
		return reply.getClass().getSimpleName() + parts;
	}

	/** Sends a command to redis-server without reading its reply. */
	public void redisSend(Object... args) {
		try {
			this.out.write(frame(args(args)));
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs a command on the memory session without taking its reply. */
	public void memorySend(Object... args) {
		this.session.execute(args(args));
	}

	/** Whether the engine has sent a reply that was not taken yet. */
	public boolean memoryHasMore() {
		synchronized (this.replies) {
			return !this.replies.isEmpty();
		}
	}

	/** Reads redis-server's next reply or push, sent without a command. */
	public Reply redisNext() {
		try {
			return this.in.read();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Takes the engine's next reply or push, waiting up to five seconds for it. */
	public Reply memoryNext() {
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (System.nanoTime() < deadline) {
			synchronized (this.replies) {
				if (!this.replies.isEmpty()) {
					return downgrade(this.replies.poll(), this.session.protocol());
				}
			}
			Thread.onSpinWait();
		}
		throw new AssertionError("the engine sent nothing more");
	}

	/** Whether the engine asked to close the connection. */
	public boolean closedByEngine() {
		return this.closedByEngine;
	}

	@Override
	public void close() {
		if (this.session != null) {
			this.session.close();
		}
		if (this.memorySocket != null) {
			try {
				this.memorySocket.close();
			}
			catch (IOException ex) {
				// closing
			}
		}
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// closing
		}
	}

	static byte[][] args(Object... args) {
		byte[][] result = new byte[args.length][];
		for (int i = 0; i < args.length; i++) {
			Object arg = args[i];
			result[i] = (arg instanceof byte[] bytes) ? bytes : String.valueOf(arg).getBytes(StandardCharsets.UTF_8);
		}
		return result;
	}

	static byte[] frame(byte[][] args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
		for (byte[] arg : args) {
			out.writeBytes(("$" + arg.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.writeBytes(arg);
			out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		return out.toByteArray();
	}

	/**
	 * A reply as a client of a protocol reads it: RESP3 types become their RESP2 forms
	 * for a RESP2 client, and both nulls are one in RESP3.
	 */
	static Reply downgrade(Reply reply, int protocol) {
		if (reply instanceof Reply.Texts texts) {
			return texts.asArray();
		}
		if (protocol == 3) {
			if (reply instanceof Reply.Null) {
				return Reply.NIL;
			}
			return map(reply, protocol);
		}
		if (reply instanceof Reply.Map map) {
			return new Reply.Array(all(map.keysAndValues(), protocol));
		}
		if (reply instanceof Reply.Set set) {
			return new Reply.Array(all(set.elements(), protocol));
		}
		if (reply instanceof Reply.Push push) {
			return new Reply.Array(all(push.elements(), protocol));
		}
		if (reply instanceof Reply.Bool bool) {
			return new Reply.Int(bool.value() ? 1 : 0);
		}
		if (reply instanceof Reply.Verbatim verbatim) {
			return new Reply.Bulk(verbatim.text());
		}
		if (reply instanceof Reply.BigNumber number) {
			return Reply.bulk(number.digits());
		}
		if (reply instanceof Reply.Double number) {
			return Reply.bulk((number.text() != null) ? number.text() : g17(number.value()));
		}
		return map(reply, protocol);
	}

	/**
	 * A double as C's {@code printf("%.17g")} writes it, as Redis 7.0 replies it in
	 * RESP2.
	 */
	static String g17(double value) {
		if (Double.isInfinite(value)) {
			return (value > 0) ? "inf" : "-inf";
		}
		if (value == 0) {
			return (1 / value < 0) ? "-0" : "0";
		}
		java.math.BigDecimal rounded = new java.math.BigDecimal(value)
			.round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN));
		int exponent = rounded.precision() - rounded.scale() - 1;
		if (exponent < -4 || exponent >= 17) {
			String digits = rounded.unscaledValue().abs().toString().replaceAll("0+$", "");
			String mantissa = digits.substring(0, 1) + ((digits.length() > 1) ? "." + digits.substring(1) : "");
			String sign = (value < 0) ? "-" : "";
			String exp = String.format(Locale.ROOT, "%s%02d", (exponent < 0) ? "-" : "+", Math.abs(exponent));
			return sign + mantissa + "e" + exp;
		}
		return rounded.stripTrailingZeros().toPlainString();
	}

	private static Reply map(Reply reply, int protocol) {
		if (reply instanceof Reply.Array array) {
			return new Reply.Array(all(array.elements(), protocol));
		}
		if (reply instanceof Reply.Map map) {
			return new Reply.Map(all(map.keysAndValues(), protocol));
		}
		if (reply instanceof Reply.Set set) {
			return new Reply.Set(all(set.elements(), protocol));
		}
		if (reply instanceof Reply.Push push) {
			return new Reply.Push(all(push.elements(), protocol));
		}
		return reply;
	}

	private static List<Reply> all(List<Reply> replies, int protocol) {
		List<Reply> result = new ArrayList<>(replies.size());
		for (Reply reply : replies) {
			result.add(downgrade(reply, protocol));
		}
		return result;
	}

	/**
	 * A reply as comparable text: bulk strings as escaped bytes, doubles (or a RESP2 bulk
	 * that holds one) by value.
	 */
	public static String show(Reply reply) {
		StringBuilder out = new StringBuilder();
		show(reply, out);
		return out.toString();
	}

	private static void show(Reply reply, StringBuilder out) {
		if (reply instanceof Reply.Bulk bulk) {
			out.append('"').append(escape(bulk.bytes())).append('"');
		}
		else if (reply instanceof Reply.Double number) {
			out.append("double:").append(number.value());
		}
		else if (reply instanceof Reply.Simple simple) {
			out.append('+').append(escape(io.redipy.script.ir.RawText.encode(simple.text())));
		}
		else if (reply instanceof Reply.Error error) {
			// bytes as bytes (an error can quote an argument), escaped like a bulk's
			out.append('-').append(escape(io.redipy.script.ir.RawText.encode(error.message())));
		}
		else if (reply instanceof Reply.Int number) {
			out.append(':').append(number.value());
		}
		else if (reply instanceof Reply.Null nil) {
			out.append(nil.array() ? "nil-array" : "nil");
		}
		else if (reply instanceof Reply.Bool bool) {
			out.append('#').append(bool.value());
		}
		else if (reply instanceof Reply.Verbatim verbatim) {
			out.append("verbatim:").append(verbatim.format()).append(':').append(escape(verbatim.text()));
		}
		else if (reply instanceof Reply.BigNumber number) {
			out.append('(').append(number.digits());
		}
		else {
			List<Reply> elements;
			String open;
			if (reply instanceof Reply.Array array) {
				elements = array.elements();
				open = "[";
			}
			else if (reply instanceof Reply.Map map) {
				elements = map.keysAndValues();
				open = "map[";
			}
			else if (reply instanceof Reply.Set set) {
				elements = set.elements();
				open = "set[";
			}
			else {
				elements = ((Reply.Push) reply).elements();
				open = "push[";
			}
			out.append(open);
			for (int i = 0; i < elements.size(); i++) {
				if (i > 0) {
					out.append(", ");
				}
				show(elements.get(i), out);
			}
			out.append(']');
		}
	}

	/** Bytes as text: printable ASCII as is, every other byte as {@code \xHH}. */
	public static String escape(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		for (byte b : bytes) {
			int v = b & 0xff;
			if (v >= 0x20 && v < 0x7f && v != '\\' && v != '"') {
				out.append((char) v);
			}
			else {
				out.append(String.format(Locale.ROOT, "\\x%02x", v));
			}
		}
		return out.toString();
	}

	/**
	 * Runs cases against a redis-server and a fresh memory store each, as a client of a
	 * protocol, and returns the commands whose replies differ.
	 * @param redis the server
	 * @param protocol 2 or 3
	 * @param cases blocks of command lines separated by empty lines; each block starts
	 * from empty databases on both; a line is split at spaces, with double quotes and
	 * {@code \xHH} escapes for bytes
	 * @return a description of each difference
	 */
	public static List<String> divergences(io.redipy.test.RedisServer redis, int protocol, String cases) {
		List<String> divergences = new ArrayList<>();
		for (String block : cases.split("\\n\\s*\\n")) {
			MemoryStore store = new MemoryStore();
			try (RespPair pair = new RespPair(redis.host(), redis.port(), store, protocol)) {
				pair.redis("FLUSHALL");
				// scripts and functions outlive FLUSHALL; the memory store is new
				pair.redis("SCRIPT", "FLUSH");
				pair.redis("FUNCTION", "FLUSH");
				for (String line : block.strip().split("\\n")) {
					Object[] args = split(line.strip());
					String[] replies = pair.both(args);
					if (!replies[0].equals(replies[1])) {
						divergences.add("RESP" + protocol + " " + line + "\n  redis:  " + replies[0] + "\n  memory: "
								+ replies[1]);
					}
				}
			}
		}
		return divergences;
	}

	/** Splits a command line at spaces, honouring double quotes and \xHH escapes. */
	public static Object[] split(String line) {
		List<Object> args = new ArrayList<>();
		java.io.ByteArrayOutputStream current = new java.io.ByteArrayOutputStream();
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
				any = true;
			}
			else if (c == ' ' && !quoted) {
				if (any) {
					args.add(current.toByteArray());
					current.reset();
					any = false;
				}
			}
			else if (c == '\\' && i + 3 < line.length() && line.charAt(i + 1) == 'x') {
				current.write(Integer.parseInt(line.substring(i + 2, i + 4), 16));
				i += 3;
				any = true;
			}
			else {
				current.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
				any = true;
			}
		}
		if (any) {
			args.add(current.toByteArray());
		}
		return args.toArray();
	}

}
