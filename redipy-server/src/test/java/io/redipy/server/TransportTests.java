package io.redipy.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static io.redipy.server.ConnectionTests.await;
import static io.redipy.server.ConnectionTests.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the NIO transport adds: frames that arrive a byte at a time, output larger than
 * the socket takes, replies from other threads while input is being read, and its
 * threads.
 */
class TransportTests {

	@Test
	void frameSplitAcrossManyReadsByteByByte() throws Exception {
		try (RedipyServer server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults());
				RawClient client = new RawClient(server.port())) {
			client.socket().setTcpNoDelay(true);
			assertThat(client.call("PING")).isEqualTo("+PONG\r\n");
			Connection connection = only(server);
			byte[] frame = "*2\r\n$4\r\nECHO\r\n$12\r\nhello\r\nworld\r\n".getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < frame.length - 1; i++) {
				client.send(new byte[] { frame[i] });
				int held = held(frame, i + 1);
				// the connection holds the frame's bytes not decoded yet, and only them
				await(() -> server.ask(connection::heldInput) == held, "byte " + (i + 1) + " held");
			}
			client.send(new byte[] { frame[frame.length - 1] });
			assertThat(client.reply()).isEqualTo("$12\r\nhello\r\nworld\r\n");
			assertThat(server.ask(connection::heldInput)).isZero();
		}
	}

	@Test
	void outputLargerThanTheSocketTakesWaitsForASlowReader() throws Exception {
		try (RedipyServer server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults());
				Socket socket = new Socket()) {
			socket.setReceiveBufferSize(4096);
			socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
			socket.setSoTimeout(10_000);
			byte[] value = new byte[8 * 1024 * 1024];
			for (int i = 0; i < value.length; i++) {
				value[i] = (byte) ('a' + i % 26);
			}
			String header = "*2\r\n$4\r\nECHO\r\n$" + value.length + "\r\n";
			socket.getOutputStream().write(header.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().write(value);
			socket.getOutputStream().write("\r\n*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			Connection connection = only(server);
			// the reply waits in the server, which stops reading the client meanwhile
			await(() -> server.ask(connection::unwrittenBytes) > 1024 * 1024, "output waiting");
			assertThat(server.ask(connection::reading)).isFalse();
			byte[] expected = concat(("$" + value.length + "\r\n").getBytes(StandardCharsets.US_ASCII), value,
					"\r\n+PONG\r\n".getBytes(StandardCharsets.US_ASCII));
			byte[] received = new byte[expected.length];
			InputStream in = socket.getInputStream();
			int read = 0;
			while (read < received.length) {
				int n = in.read(received, read, Math.min(8192, received.length - read));
				assertThat(n).as("bytes after %d", read).isPositive();
				read += n;
				if (read < 64 * 1024) {
					// slowly at first
					Thread.sleep(1);
				}
			}
			assertThat(received).isEqualTo(expected);
			await(() -> server.ask(connection::unwrittenBytes) == 0, "output written");
			await(() -> server.ask(connection::reading), "reading again");
		}
	}

	@Test
	void repliesFromAnotherThreadWhileABatchIsReadKeepTheirOrder() throws Exception {
		try (RedipyServer server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults());
				RawClient client = new RawClient(server.port())) {
			int pushes = 5000;
			int pings = 5000;
			// pushes start from another thread while the PINGs behind it are read
			client.send("NUMBERED " + pushes + "\r\n" + "PING\r\n".repeat(pings));
			assertThat(client.reply()).isEqualTo("+OK\r\n");
			int pongs = 0;
			int next = 0;
			while (pongs < pings || next < pushes) {
				String reply = client.reply();
				if (reply.equals("+PONG\r\n")) {
					pongs++;
				}
				else {
					String number = Integer.toString(next);
					assertThat(reply).as("push %d", next)
						.isEqualTo(
								"*3\r\n$7\r\nmessage\r\n$4\r\nchan\r\n$" + number.length() + "\r\n" + number + "\r\n");
					next++;
				}
			}
			assertThat(client.call("PING")).isEqualTo("+PONG\r\n");
		}
	}

	@Test
	void connectionsAreSpreadOverNamedDaemonThreads() throws Exception {
		try (RedipyServer server = RedipyServer.start(new FakeEngine(),
				ServerOptions.defaults().withEventLoopThreads(3))) {
			assertThat(server.threads()).extracting(Thread::getName)
				.containsExactly("redipy-server-1", "redipy-server-2", "redipy-server-3");
			assertThat(server.threads()).allMatch(Thread::isDaemon);
			List<RawClient> clients = new ArrayList<>();
			try {
				for (int i = 0; i < 6; i++) {
					clients.add(new RawClient(server.port()));
				}
				for (RawClient client : clients) {
					assertThat(client.call("PING")).isEqualTo("+PONG\r\n");
				}
				assertThat(server.openConnections()).hasSize(6);
			}
			finally {
				for (RawClient client : clients) {
					client.close();
				}
			}
			await(() -> server.connections() == 0, "all closed");
		}
		Set<String> alive = new HashSet<>();
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			alive.add(thread.getName());
		}
		// close() waits for its threads (another server may run its own meanwhile)
		assertThat(alive).doesNotContain("redipy-server-3");
	}

	@Test
	void closedServerFreesItsPort() throws Exception {
		RedipyServer first = RedipyServer.start(new FakeEngine(), ServerOptions.defaults());
		int port = first.port();
		first.close();
		first.close();
		try (RedipyServer second = RedipyServer.start(new FakeEngine(), ServerOptions.defaults().withPort(port));
				RawClient client = new RawClient(port)) {
			assertThat(client.call("PING")).isEqualTo("+PONG\r\n");
		}
	}

	/** What a decoder holds of a frame's first bytes once it decoded what it could. */
	private static int held(byte[] frame, int length) {
		RespDecoder decoder = new RespDecoder(64 * 1024, 1024);
		decoder.feed(frame, length);
		assertThat(decoder.next()).isNull();
		decoder.keepTail();
		return decoder.held();
	}

	private static byte[] concat(byte[]... parts) throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.write(part);
		}
		return out.toByteArray();
	}

}
