package io.redipy.server;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A connection on a transport another module brings ({@link RedipyServer#connect}): the
 * same protocol, blocking, output keeping and closing as on the server's sockets, driven
 * by a fake transport whose thread is a single-thread executor.
 */
class ExternalTransportTests {

	private volatile @Nullable Thread loop;

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread created = new Thread(task, "fake-transport");
		this.loop = created;
		return created;
	});

	@AfterEach
	void stop() {
		this.thread.shutdownNow();
	}

	@Test
	void commandsAreAnsweredThroughTheTransport() throws Exception {
		FakeEngine engine = new FakeEngine();
		try (RedipyServer server = RedipyServer.start(engine, ServerOptions.defaults())) {
			FakeTransport transport = new FakeTransport(Integer.MAX_VALUE);
			ServerConnection connection = on(() -> server.connect(transport));
			assertThat(server.connections()).isEqualTo(1);
			send(transport, connection, "PING\r\nPING\r\n");
			await(() -> transport.output().equals("+PONG\r\n+PONG\r\n"), "two replies");
			assertThat(transport.writes).as("one write for the replies of one read").isEqualTo(1);
			on(() -> {
				connection.disconnected();
				return null;
			});
			assertThat(transport.closed).isTrue();
			assertThat(engine.closedSessions.get()).isEqualTo(1);
			assertThat(server.connections()).isZero();
		}
	}

	@Test
	void aBlockedSessionStopsTheInputAndItsReplyComesFromAnotherThread() throws Exception {
		try (RedipyServer server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults())) {
			FakeTransport transport = new FakeTransport(Integer.MAX_VALUE);
			ServerConnection connection = on(() -> server.connect(transport));
			send(transport, connection, "LATER 200 x\r\nPING\r\n");
			await(() -> !transport.reading, "input stopped while the session is blocked");
			await(() -> transport.output().equals("$1\r\nx\r\n+PONG\r\n"), "the late reply, then the next one");
			await(() -> transport.reading, "input taken again");
		}
	}

	@Test
	void outputTheTransportDoesNotTakeIsOfferedAgainWhenItIsWritable() throws Exception {
		try (RedipyServer server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults())) {
			FakeTransport transport = new FakeTransport(3);
			ServerConnection connection = on(() -> server.connect(transport));
			send(transport, connection, "PING\r\n");
			await(() -> transport.wantsWrite, "the rest kept");
			assertThat(transport.output()).isEqualTo("+PO");
			transport.room = Integer.MAX_VALUE;
			on(() -> {
				connection.writable();
				return null;
			});
			assertThat(transport.output()).isEqualTo("+PONG\r\n");
			assertThat(transport.wantsWrite).isFalse();
		}
	}

	@Test
	void theEndOfInputClosesTheConnection() throws Exception {
		FakeEngine engine = new FakeEngine();
		try (RedipyServer server = RedipyServer.start(engine, ServerOptions.defaults())) {
			FakeTransport transport = new FakeTransport(Integer.MAX_VALUE);
			ServerConnection connection = on(() -> server.connect(transport));
			send(transport, connection, "PING\r\n");
			assertThat(transport.output()).isEqualTo("+PONG\r\n");
			assertThat(transport.closed).isFalse();
			transport.ended = true;
			on(() -> {
				connection.readable();
				return null;
			});
			assertThat(transport.closed).isTrue();
			assertThat(engine.closedSessions.get()).isEqualTo(1);
		}
	}

	@Test
	void aClosedServerRefusesNewConnections() {
		RedipyServer server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults());
		server.close();
		assertThatIllegalStateException().isThrownBy(() -> server.connect(new FakeTransport(1)))
			.withMessage("The server is closed");
	}

	private void send(FakeTransport transport, ServerConnection connection, String text) throws Exception {
		on(() -> {
			transport.input.add(text.getBytes(StandardCharsets.US_ASCII));
			connection.readable();
			return null;
		});
	}

	private <T> T on(Callable<T> task) throws Exception {
		return this.thread.submit(task).get(10, TimeUnit.SECONDS);
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime() < deadline).as(what).isTrue();
			Thread.sleep(5);
		}
	}

	/** A transport whose peer is the test: input it queues, output it collects. */
	private final class FakeTransport implements Transport {

		final ArrayDeque<byte[]> input = new ArrayDeque<>();

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		/** How many bytes the next writes take. */
		volatile int room;

		volatile boolean ended;

		volatile boolean reading = true;

		volatile boolean wantsWrite;

		volatile boolean closed;

		volatile int writes;

		FakeTransport(int room) {
			this.room = room;
		}

		synchronized String output() {
			return this.out.toString(StandardCharsets.US_ASCII);
		}

		@Override
		public int read(byte[] into) {
			byte[] next = this.input.poll();
			if (next == null) {
				return this.ended ? -1 : 0;
			}
			System.arraycopy(next, 0, into, 0, next.length);
			return next.length;
		}

		@Override
		public synchronized int write(byte[] bytes, int offset, int length) {
			int taken = Math.min(length, this.room);
			this.room -= taken;
			this.out.write(bytes, offset, taken);
			this.writes++;
			return taken;
		}

		@Override
		public void interest(boolean read, boolean write) {
			this.reading = read;
			this.wantsWrite = write;
		}

		@Override
		public void close() {
			this.closed = true;
		}

		@Override
		public @Nullable SocketAddress remoteAddress() {
			return new InetSocketAddress("127.0.0.1", 1);
		}

		@Override
		public @Nullable SocketAddress localAddress() {
			return new InetSocketAddress("127.0.0.1", 2);
		}

		@Override
		public boolean inLoop() {
			return Thread.currentThread() == ExternalTransportTests.this.loop;
		}

		@Override
		public void execute(Runnable task) {
			ExternalTransportTests.this.thread.execute(task);
		}

		@Override
		public void schedule(Runnable task, long delayMillis) {
			ExternalTransportTests.this.thread.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
		}

	}

}
