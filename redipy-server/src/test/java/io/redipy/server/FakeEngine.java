package io.redipy.server;

import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.redipy.command.Engine;
import io.redipy.command.Output;
import io.redipy.command.Reply;
import io.redipy.command.Session;

/**
 * A small engine for the server's tests: PING, ECHO, HELLO 2|3, QUIT, CLIENT (accepted),
 * LATER ms text (blocks, then replies from another thread), PUSHES n size [pause ms] and
 * NUMBERED n (pushes from another thread), REPLY type (one reply of each kind); anything
 * else is an unknown command. One reply per command, as Redis gives, so reply counts can
 * be compared.
 */
final class FakeEngine implements Engine {

	private final boolean authentication;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "fake-engine");
		thread.setDaemon(true);
		return thread;
	});

	final AtomicInteger openSessions = new AtomicInteger();

	final AtomicInteger closedSessions = new AtomicInteger();

	/** The protocol the last HELLO asked for, 0 before any. */
	volatile int lastHello;

	/** Pushes the engine tried to send, whether or not the connection still took them. */
	final AtomicInteger pushesSent = new AtomicInteger();

	FakeEngine() {
		this(false);
	}

	FakeEngine(boolean authentication) {
		this.authentication = authentication;
	}

	@Override
	public Session open(Output output, SocketAddress peer, SocketAddress local) {
		this.openSessions.incrementAndGet();
		return new FakeSession(output);
	}

	@Override
	public boolean requiresAuthentication() {
		return this.authentication;
	}

	static Reply sample(String type) {
		switch (type) {
			case "simple":
				return Reply.OK;
			case "error":
				return Reply.error("ERR bad thing");
			case "int":
				return Reply.integer(-42);
			case "bulk":
				return new Reply.Bulk(new byte[] { 'a', '\r', '\n', 0, (byte) 0xff });
			case "emptybulk":
				return new Reply.Bulk(new byte[0]);
			case "nil":
				return Reply.NIL;
			case "nilarray":
				return Reply.NIL_ARRAY;
			case "array":
				return new Reply.Array(List.of(Reply.integer(1), Reply.bulk("x"), Reply.EMPTY_ARRAY));
			case "map":
				return new Reply.Map(List.of(Reply.bulk("k"), new Reply.Double(1.5), Reply.bulk("n"), Reply.NIL));
			case "set":
				return new Reply.Set(List.of(Reply.bulk("a"), new Reply.Bool(true)));
			case "double":
				return new Reply.Double(0.1);
			case "inf":
				return new Reply.Double(Double.NEGATIVE_INFINITY);
			case "true":
				return new Reply.Bool(true);
			case "false":
				return new Reply.Bool(false);
			case "big":
				return new Reply.BigNumber("-12345678901234567890");
			case "verbatim":
				return new Reply.Verbatim("txt", "hi".getBytes(StandardCharsets.UTF_8));
			case "push":
				return new Reply.Push(List.of(Reply.bulk("message"), Reply.bulk("c"), Reply.bulk("m")));
			default:
				return Reply.error("ERR no such sample");
		}
	}

	private final class FakeSession implements Session {

		private final Output output;

		private final Queue<byte[][]> held = new ArrayDeque<>();

		private volatile int protocol = 2;

		private volatile boolean paused;

		FakeSession(Output output) {
			this.output = output;
		}

		@Override
		public synchronized void execute(byte[][] args) {
			if (this.paused) {
				this.held.add(args);
				return;
			}
			run(args);
		}

		private void run(byte[][] args) {
			String name = text(args[0]).toUpperCase(Locale.ROOT);
			switch (name) {
				case "PING":
					this.output.reply((args.length > 1) ? new Reply.Bulk(args[1]) : new Reply.Simple("PONG"));
					break;
				case "ECHO":
					this.output.reply((args.length == 2) ? new Reply.Bulk(args[1])
							: Reply.error("ERR wrong number of arguments for 'echo' command"));
					break;
				case "HELLO":
					if (args.length > 1) {
						this.protocol = Integer.parseInt(text(args[1]));
						FakeEngine.this.lastHello = this.protocol;
					}
					this.output
						.reply(new Reply.Map(List.of(Reply.bulk("server"), Reply.bulk("redis"), Reply.bulk("version"),
								Reply.bulk("7.0.15"), Reply.bulk("proto"), Reply.integer(this.protocol),
								Reply.bulk("id"), Reply.integer(1), Reply.bulk("mode"), Reply.bulk("standalone"),
								Reply.bulk("role"), Reply.bulk("master"), Reply.bulk("modules"), Reply.EMPTY_ARRAY)));
					break;
				case "QUIT":
					this.output.reply(Reply.OK);
					this.output.close();
					break;
				case "CLIENT":
					this.output.reply(Reply.OK);
					break;
				case "LATER":
					this.paused = true;
					String answer = text(args[2]);
					FakeEngine.this.timer.schedule(() -> resume(answer), Long.parseLong(text(args[1])),
							TimeUnit.MILLISECONDS);
					break;
				case "PUSHES":
					int count = Integer.parseInt(text(args[1]));
					byte[] payload = new byte[Integer.parseInt(text(args[2]))];
					long pause = (args.length > 3) ? Long.parseLong(text(args[3])) : 0;
					this.output.reply(Reply.OK);
					Thread pusher = new Thread(() -> {
						for (int i = 0; i < count; i++) {
							this.output.push(new Reply.Push(
									List.of(Reply.bulk("message"), Reply.bulk("chan"), new Reply.Bulk(payload))));
							FakeEngine.this.pushesSent.incrementAndGet();
							if (pause > 0) {
								try {
									Thread.sleep(pause);
								}
								catch (InterruptedException ex) {
									return;
								}
							}
						}
					}, "fake-pusher");
					pusher.setDaemon(true);
					pusher.start();
					break;
				case "NUMBERED":
					// NUMBERED n: n pushes from another thread, each carrying its number.
					int numbered = Integer.parseInt(text(args[1]));
					this.output.reply(Reply.OK);
					Thread counter = new Thread(() -> {
						for (int i = 0; i < numbered; i++) {
							this.output.push(new Reply.Push(List.of(Reply.bulk("message"), Reply.bulk("chan"),
									Reply.bulk(Integer.toString(i)))));
						}
					}, "fake-numbered");
					counter.setDaemon(true);
					counter.start();
					break;
				case "REPLY":
					this.output.reply(sample(text(args[1])));
					break;
				default:
					this.output.reply(unknown(args));
			}
		}

		private synchronized void resume(String answer) {
			this.output.reply(Reply.bulk(answer));
			this.paused = false;
			while (!this.paused && !this.held.isEmpty()) {
				run(this.held.poll());
			}
		}

		@Override
		public int protocol() {
			return this.protocol;
		}

		@Override
		public boolean paused() {
			return this.paused;
		}

		@Override
		public void close() {
			FakeEngine.this.closedSessions.incrementAndGet();
		}

	}

	/** Redis 7.0's words for an unknown command (for arguments without NUL bytes). */
	private static Reply unknown(byte[][] args) {
		StringBuilder list = new StringBuilder();
		for (int i = 1; i < args.length && list.length() < 128; i++) {
			String arg = latin1(args[i]);
			int room = 128 - list.length();
			list.append('\'').append(arg, 0, Math.min(arg.length(), room)).append("' ");
		}
		String name = latin1(args[0]);
		return Reply.error("ERR unknown command '" + name.substring(0, Math.min(name.length(), 128))
				+ "', with args beginning with: " + list);
	}

	private static String latin1(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
