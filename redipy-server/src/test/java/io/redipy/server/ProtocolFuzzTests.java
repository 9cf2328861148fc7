package io.redipy.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and truncated frames — huge and negative declared lengths, nested aggregates,
 * binary garbage, quoting, half frames followed by a disconnect — sent to a real
 * redis-server and to the server: the server never fails, another connection keeps
 * answering PING throughout, and each frame gets as many replies, and the same protocol
 * error and closing, as from Redis.
 *
 * <p>
 * Seeded: {@code -Dredipy.fuzz.seed=...} repeats a run, {@code -Dredipy.fuzz.frames=...}
 * changes its size (10,000 by default).
 */
@ExtendWith(RedisExtension.class)
class ProtocolFuzzTests {

	private static final int BATCH = 500;

	private static final byte[] ALPHABET = "*$\r\n\r\n0123456789-+\"'\\ \tax:%~>_\0\u00ff"
		.getBytes(StandardCharsets.ISO_8859_1);

	@Test
	void randomFramesNeverHurtTheServerAndFailAsRedisFails(RedisServer redis) throws Exception {
		long seed = Long.getLong("redipy.fuzz.seed", System.nanoTime());
		int count = Integer.getInteger("redipy.fuzz.frames", 10_000);
		System.out.println("ProtocolFuzzTests seed " + seed + " (-Dredipy.fuzz.seed=" + seed + ")");
		SplittableRandom random = new SplittableRandom(seed);
		List<String> mismatches = new ArrayList<>();
		int protocolErrors = 0;
		int accepted = 0;
		try (RedipyServer server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults());
				Watcher watcher = new Watcher(server.port())) {
			ProtocolDifferentialTests.warmUp(server);
			for (int done = 0; done < count; done += BATCH) {
				List<byte[]> frames = new ArrayList<>();
				boolean[] disconnect = new boolean[Math.min(BATCH, count - done)];
				for (int i = 0; i < disconnect.length; i++) {
					frames.add(frame(random));
					disconnect[i] = random.nextInt(10) == 0;
				}
				List<FrameProbe.Outcome> expected = FrameProbe.probe(redis.port(), frames, disconnect);
				List<FrameProbe.Outcome> actual = FrameProbe.probe(server.port(), frames, disconnect, expected);
				for (int i = 0; i < frames.size(); i++) {
					FrameProbe.Outcome want = expected.get(i);
					FrameProbe.Outcome got = actual.get(i);
					boolean same = same(want, got);
					for (int retry = 0; !same && retry < 2; retry++) {
						// a loaded machine can stall either server past the probe's quiet
						// period: a difference counts only if the frame alone shows it
						// again
						List<byte[]> alone = List.of(frames.get(i));
						boolean[] disconnectAlone = { disconnect[i] };
						want = FrameProbe.probe(redis.port(), alone, disconnectAlone).get(0);
						got = FrameProbe.probe(server.port(), alone, disconnectAlone, List.of(want)).get(0);
						same = same(want, got);
					}
					if (!same && mismatches.size() < 10) {
						mismatches.add("frame " + (done + i) + " " + show(frames.get(i)) + "\n  redis:  " + want
								+ "\n  server: " + got);
					}
					protocolErrors += want.protocolError() ? 1 : 0;
					accepted += (!disconnect[i] && !want.closed()) ? 1 : 0;
				}
				assertThat(watcher.failure()).as("PING on another connection").isNull();
			}
			assertThat(mismatches).as("seed %d", seed).isEmpty();
			assertThat(watcher.pings()).isPositive();
			// The frames must exercise both sides, or the comparison proves little.
			assertThat(protocolErrors).isGreaterThan(count / 20);
			assertThat(accepted).isGreaterThan(count / 20);
			awaitConnections(server, 1);
		}
	}

	private static boolean same(FrameProbe.Outcome want, FrameProbe.Outcome got) {
		return want.closed() == got.closed() && want.replies().size() == got.replies().size() && got.rest().isEmpty()
				&& (!want.protocolError() || want.last().equals(got.last()));
	}

	private static void awaitConnections(RedipyServer server, int expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (server.connections() != expected && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(server.connections()).as("connections left open").isEqualTo(expected);
	}

	static byte[] frame(SplittableRandom random) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int kind = random.nextInt(100);
		if (kind < 10) {
			validCommands(random, out);
		}
		else if (kind < 20) {
			inline(random, out);
		}
		else if (kind < 30) {
			write(out, "*" + pick(random, COUNTS) + "\r\n");
			if (random.nextBoolean()) {
				validArgs(random, out);
			}
		}
		else if (kind < 40) {
			write(out, "*" + (1 + random.nextInt(3)) + "\r\n$" + pick(random, LENGTHS) + "\r\n");
			if (random.nextBoolean()) {
				write(out, "PING\r\n");
			}
		}
		else if (kind < 48) {
			// Another type where a bulk string must come: nested or RESP3 aggregates,
			// garbage.
			write(out, "*2\r\n");
			out.write(pick(random, "*%~>+-:_,#$x\0\r".getBytes(StandardCharsets.ISO_8859_1)));
			write(out, random.nextBoolean() ? "1\r\n$4\r\nPING\r\n" : "\r\n");
		}
		else if (kind < 58) {
			byte[] garbage = new byte[1 + random.nextInt(300)];
			random.nextBytes(garbage);
			out.writeBytes(garbage);
		}
		else if (kind < 68) {
			ByteArrayOutputStream whole = new ByteArrayOutputStream();
			validCommands(random, whole);
			byte[] bytes = whole.toByteArray();
			out.write(bytes, 0, random.nextInt(bytes.length));
		}
		else if (kind < 88) {
			int length = 1 + random.nextInt(60);
			for (int i = 0; i < length; i++) {
				out.write(pick(random, ALPHABET));
			}
		}
		else if (kind < 93) {
			validCommands(random, out);
			byte[] tail = frame(random);
			out.writeBytes(tail);
		}
		else if (kind < 99) {
			// A huge declared length, and less than it of data.
			if (random.nextBoolean()) {
				write(out, "*1\r\n$" + (32 * 1024 + random.nextInt(512 * 1024 * 1024 - 32 * 1024)) + "\r\n");
				byte[] data = new byte[random.nextInt(2000)];
				random.nextBytes(data);
				out.writeBytes(data);
			}
			else {
				write(out, "*" + (1 + random.nextInt(Integer.MAX_VALUE)) + "\r\n");
				validArgs(random, out);
			}
		}
		else {
			// A line longer than the limit with no end: too big inline request, or count
			// string.
			String prefix = pick(random, new String[] { "", "*", "*1\r\n$" });
			write(out, prefix);
			int length = 66_000 + random.nextInt(4000);
			for (int i = 0; i < length; i++) {
				out.write('0' + random.nextInt(10));
			}
		}
		return out.toByteArray();
	}

	private static final String[] COUNTS = { "-1", "0", "1", "2", "abc", "", "+1", " 1", "01", "-0", "2147483647",
			"2147483648", "99999999999999999999", "-9223372036854775808", "1\0", "1\n" };

	private static final String[] LENGTHS = { "-1", "0", "4", "abc", "", "+4", "04", "536870912", "536870913",
			"99999999999999999999", "4\0", "4 " };

	private static void validCommands(SplittableRandom random, ByteArrayOutputStream out) {
		int commands = 1 + random.nextInt(5);
		for (int i = 0; i < commands; i++) {
			if (random.nextBoolean()) {
				write(out, "*2\r\n$4\r\nECHO\r\n");
				validArgs(random, out);
			}
			else {
				write(out, random.nextBoolean() ? "*1\r\n$4\r\nPING\r\n" : "PING\r\n");
			}
		}
	}

	private static void validArgs(SplittableRandom random, ByteArrayOutputStream out) {
		byte[] arg = new byte[random.nextInt(20)];
		random.nextBytes(arg);
		write(out, "$" + arg.length + "\r\n");
		out.writeBytes(arg);
		write(out, "\r\n");
	}

	private static void inline(SplittableRandom random, ByteArrayOutputStream out) {
		write(out, "ECHO ");
		String[] pieces = { "a", "b c", "\"q q\"", "'s s'", "\"\\x4a\\n\"", "'\\''", "\"", "'", "\\", "\"x\"y", "\t",
				"\u00e9", "\"\\x4\"", "\"\\\"\"" };
		int length = 1 + random.nextInt(4);
		for (int i = 0; i < length; i++) {
			write(out, pick(random, pieces));
		}
		write(out, random.nextBoolean() ? "\r\n" : "\n");
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static String pick(SplittableRandom random, String[] choices) {
		return choices[random.nextInt(choices.length)];
	}

	private static byte pick(SplittableRandom random, byte[] choices) {
		return choices[random.nextInt(choices.length)];
	}

	/** Shows a frame as a Java string literal, shortened, to repeat a failure by hand. */
	static String show(byte[] frame) {
		StringBuilder text = new StringBuilder("\"");
		for (int i = 0; i < Math.min(frame.length, 200); i++) {
			int b = frame[i] & 0xff;
			if (b == '\r') {
				text.append("\\r");
			}
			else if (b == '\n') {
				text.append("\\n");
			}
			else if (b == '"' || b == '\\') {
				text.append('\\').append((char) b);
			}
			else if (b < 32 || b > 126) {
				text.append(String.format("\\u%04x", b));
			}
			else {
				text.append((char) b);
			}
		}
		return text.append((frame.length > 200) ? "\"... (" + frame.length + " bytes)" : "\"").toString();
	}

	/**
	 * PINGs the server from its own connection, all the time, and remembers the first
	 * failure.
	 */
	static final class Watcher implements AutoCloseable {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicInteger pings = new AtomicInteger();

		private volatile String failure;

		private final Thread thread;

		Watcher(int port) {
			this.thread = new Thread(() -> {
				try (RawClient client = new RawClient(port)) {
					while (this.running.get()) {
						String reply = client.call("PING");
						if (!reply.equals("+PONG\r\n")) {
							this.failure = "PING answered " + reply;
							return;
						}
						this.pings.incrementAndGet();
						Thread.sleep(5);
					}
				}
				catch (IOException | RuntimeException ex) {
					this.failure = ex.toString();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, "ping-watcher");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		String failure() {
			return this.failure;
		}

		int pings() {
			return this.pings.get();
		}

		@Override
		public void close() {
			this.running.set(false);
			try {
				this.thread.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
