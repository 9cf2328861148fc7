package io.redipy.server;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What a server allows its clients, and what it holds for them: output limits for clients
 * that receive pushes, back-pressure for clients that do not read, many idle connections,
 * the client limit, the idle timeout, the bind rule.
 */
class ConnectionLimitsTests {

	private static final long MB = 1024 * 1024;

	@Test
	void slowReaderFloodedWithPushesIsDisconnectedAtTheHardLimit() throws Exception {
		FakeEngine engine = new FakeEngine();
		ServerOptions options = ServerOptions.defaults().withPushLimits(MB, 0, Duration.ZERO);
		try (RedipyServer server = RedipyServer.start(engine, options); Socket socket = slowSocket(server.port())) {
			long before = memoryInUse();
			// 200 MB of pushes to a client that reads nothing.
			send(socket, "PUSHES 200000 1000\r\n");
			assertThat(readOk(socket)).isEqualTo("+OK\r\n");
			await(() -> engine.pushesSent.get() == 200_000, "all pushes sent");
			await(() -> server.connections() == 0, "the slow reader disconnected");
			assertThat(memoryInUse() - before).as("heap and direct memory held").isLessThan(32 * MB);
			long received = drain(socket);
			// the limit may strike before any push was flushed: none, or some, reach it
			assertThat(received).as("bytes that reached the client").isLessThan(32 * MB);
		}
	}

	@Test
	void readerThatStaysAboveTheSoftLimitIsDisconnectedAfterItsTime() throws Exception {
		FakeEngine engine = new FakeEngine();
		ServerOptions options = ServerOptions.defaults().withPushLimits(0, 256 * 1024, Duration.ofMillis(300));
		try (RedipyServer server = RedipyServer.start(engine, options); Socket socket = slowSocket(server.port())) {
			// 4,000 pushes of 4 KB over about 8 s; the client reads nothing.
			send(socket, "PUSHES 4000 4096 2\r\n");
			assertThat(readOk(socket)).isEqualTo("+OK\r\n");
			assertThat(server.connections()).isEqualTo(1);
			await(() -> server.connections() == 0, "the slow reader disconnected");
			int sent = engine.pushesSent.get();
			// Over the soft limit for 300 ms, not over a hard one: some pushes went out
			// first.
			assertThat(sent).as("pushes sent before the disconnect").isBetween(64, 3999);
		}
	}

	@Test
	void clientThatDoesNotReadStopsBeingReadUntilItReads() throws Exception {
		FakeEngine engine = new FakeEngine();
		try (RedipyServer server = RedipyServer.start(engine, ServerOptions.defaults());
				RawClient client = new RawClient(server.port())) {
			byte[] value = "v".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
			byte[] command = ("*2\r\n$4\r\nECHO\r\n$" + value.length + "\r\n"
					+ new String(value, StandardCharsets.US_ASCII) + "\r\n")
				.getBytes(StandardCharsets.US_ASCII);
			int commands = 1600;
			AtomicBoolean written = new AtomicBoolean();
			Thread writer = new Thread(() -> {
				try {
					for (int i = 0; i < commands; i++) {
						client.send(command);
					}
					written.set(true);
				}
				catch (IOException ex) {
					// The assertions below tell.
				}
			});
			long before = memoryInUse();
			writer.start();
			Thread.sleep(2000);
			// 100 MB of replies would be held if the server kept reading the 100 MB of
			// requests.
			assertThat(written).as("the server stopped reading").isFalse();
			assertThat(memoryInUse() - before).as("memory held for the client").isLessThan(48 * MB);
			for (int i = 0; i < commands; i++) {
				String reply = client.reply();
				assertThat(reply.length()).as("reply %d", i).isEqualTo(value.length + 10);
				assertThat(reply).as("reply %d", i).startsWith("$65536\r\nvvv").endsWith("vvv\r\n");
			}
			writer.join(10_000);
			assertThat(written).isTrue();
			assertThat(client.call("PING")).isEqualTo("+PONG\r\n");
		}
	}

	@Test
	void hugeDeclaredLengthsAllocateNothingAhead() throws Exception {
		try (RedipyServer server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults());
				RawClient watcher = new RawClient(server.port())) {
			long before = memoryInUse();
			List<RawClient> clients = new ArrayList<>();
			try {
				// 40 x 512 MB declared: 20 GB if the server allocated ahead.
				for (int i = 0; i < 40; i++) {
					RawClient client = new RawClient(server.port());
					clients.add(client);
					client.send("*2\r\n$4\r\nECHO\r\n$536870912\r\n" + "x".repeat(40_000));
				}
				assertThat(watcher.call("PING")).isEqualTo("+PONG\r\n");
				assertThat(memoryInUse() - before).isLessThan(64 * MB);
			}
			finally {
				for (RawClient client : clients) {
					client.close();
				}
			}
		}
	}

	@Test
	void thousandIdleConnectionsAreServedCountedAndClosed() throws Exception {
		FakeEngine engine = new FakeEngine();
		try (RedipyServer server = RedipyServer.start(engine, ServerOptions.defaults())) {
			List<RawClient> clients = new ArrayList<>();
			try {
				for (int i = 0; i < 1000; i++) {
					clients.add(new RawClient(server.port()));
				}
				for (RawClient client : clients) {
					assertThat(client.call("PING")).isEqualTo("+PONG\r\n");
				}
				assertThat(server.connections()).isEqualTo(1000);
				assertThat(engine.openSessions.get()).isEqualTo(1000);
			}
			finally {
				for (RawClient client : clients) {
					client.close();
				}
			}
			await(() -> server.connections() == 0, "all connections gone");
			await(() -> engine.closedSessions.get() == 1000, "all sessions closed");
		}
	}

	@Test
	void clientOverTheLimitIsToldAndClosed() throws Exception {
		try (RedipyServer server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults().withMaxClients(2));
				RawClient first = new RawClient(server.port());
				RawClient second = new RawClient(server.port())) {
			assertThat(first.call("PING")).isEqualTo("+PONG\r\n");
			assertThat(second.call("PING")).isEqualTo("+PONG\r\n");
			try (RawClient third = new RawClient(server.port())) {
				assertThat(third.reply()).isEqualTo("-ERR max number of clients reached\r\n");
				assertThat(third.closedByServer()).isTrue();
			}
			first.socket().close();
			await(() -> server.connections() == 1, "the first client gone");
			try (RawClient fourth = new RawClient(server.port())) {
				assertThat(fourth.call("PING")).isEqualTo("+PONG\r\n");
			}
		}
	}

	@Test
	void idleConnectionsAreClosedButBlockedAndPushedOnesAreNot() throws Exception {
		ServerOptions options = ServerOptions.defaults().withIdleTimeout(Duration.ofMillis(300));
		try (RedipyServer server = RedipyServer.start(new FakeEngine(), options);
				RawClient idle = new RawClient(server.port());
				RawClient blocked = new RawClient(server.port());
				RawClient subscriber = new RawClient(server.port())) {
			assertThat(idle.call("PING")).isEqualTo("+PONG\r\n");
			assertThat(subscriber.call("PUSHES", "1", "1")).isEqualTo("+OK\r\n");
			assertThat(subscriber.reply()).startsWith("*3\r\n");
			blocked.command("LATER", "1500", "done");
			assertThat(idle.closedByServer()).isTrue();
			assertThat(blocked.reply()).isEqualTo("$4\r\ndone\r\n");
			assertThat(subscriber.call("PING")).isEqualTo("+PONG\r\n");
		}
	}

	@Test
	void listeningBeyondLoopbackWithoutAuthenticationIsRefused() throws Exception {
		ServerOptions wildcard = ServerOptions.defaults().withBindAddress(InetAddress.getByName("0.0.0.0"));
		assertThatIllegalStateException().isThrownBy(() -> RedipyServer.start(new FakeEngine(), wildcard))
			.withMessageContaining("does not require authentication");
		try (RedipyServer server = RedipyServer.start(new FakeEngine(true), ServerOptions.defaults())) {
			assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
		}
	}

	@Test
	void closingTheServerClosesConnectionsAndSessions() throws Exception {
		FakeEngine engine = new FakeEngine();
		RedipyServer server = RedipyServer.start(engine, ServerOptions.defaults());
		try (RawClient client = new RawClient(server.port())) {
			assertThat(client.call("PING")).isEqualTo("+PONG\r\n");
			server.close();
			assertThat(client.closedByServer()).isTrue();
			await(() -> engine.closedSessions.get() == 1, "the session closed");
		}
	}

	@Test
	void startupTime() {
		// Measured for the record, not asserted: timing on a shared machine is noise.
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			try (RedipyServer server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults())) {
				long micros = (System.nanoTime() - start) / 1000;
				System.out.println("RedipyServer start #" + (i + 1) + ": " + micros + " us, port " + server.port());
				assertThat(server.port()).isPositive();
			}
		}
	}

	/**
	 * A client socket with a small receive buffer, so that what it does not read stays in
	 * the server.
	 */
	private static Socket slowSocket(int port) throws IOException {
		Socket socket = new Socket();
		socket.setReceiveBufferSize(4096);
		socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
		socket.setSoTimeout(5000);
		return socket;
	}

	private static void send(Socket socket, String text) throws IOException {
		socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
	}

	/**
	 * Reads the first reply, {@code +OK}, byte by byte so that nothing after it is read.
	 */
	private static String readOk(Socket socket) throws IOException {
		byte[] reply = new byte[5];
		int read = 0;
		while (read < reply.length) {
			int n = socket.getInputStream().read(reply, read, reply.length - read);
			if (n < 0) {
				break;
			}
			read += n;
		}
		return new String(reply, 0, read, StandardCharsets.US_ASCII);
	}

	private static long drain(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		byte[] buffer = new byte[65536];
		long total = 0;
		int read;
		try {
			while ((read = in.read(buffer)) >= 0) {
				total += read;
			}
		}
		catch (IOException ex) {
			// A reset after the server gave up on the client ends the stream too.
		}
		return total;
	}

	/** Heap in use after a collection, plus the direct (native) buffers in use. */
	private static long memoryInUse() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		long direct = 0;
		for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
			if (pool.getName().equals("direct")) {
				direct += pool.getMemoryUsed();
			}
		}
		return runtime.totalMemory() - runtime.freeMemory() + direct;
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting: " + what);
			}
			Thread.sleep(10);
		}
	}

}
