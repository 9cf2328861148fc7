package io.redipy.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many commands in one write are all run, in order, and their replies come in order, also
 * when one of them blocks and replies from another thread.
 */
class PipeliningTests {

	private static FakeEngine engine;

	private static RedipyServer server;

	@BeforeAll
	static void start() {
		engine = new FakeEngine();
		server = RedipyServer.start(engine, ServerOptions.defaults());
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void tenThousandCommandsInOneWriteAreAnsweredInOrder() throws IOException {
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		for (int i = 0; i < 10_000; i++) {
			String command = (i % 3 == 0) ? "PING\r\n"
					: (i % 3 == 1) ? "*2\r\n$4\r\nECHO\r\n$" + Integer.toString(i).length() + "\r\n" + i + "\r\n"
							: "ECHO \"" + i + "\"\r\n";
			frame.writeBytes(command.getBytes(StandardCharsets.US_ASCII));
		}
		try (RawClient client = new RawClient(server.port())) {
			client.send(frame.toByteArray());
			for (int i = 0; i < 10_000; i++) {
				String expected = (i % 3 == 0) ? "+PONG\r\n" : "$" + Integer.toString(i).length() + "\r\n" + i + "\r\n";
				assertThat(client.reply()).as("reply %d", i).isEqualTo(expected);
			}
		}
	}

	@Test
	void aReplyFromAnotherThreadKeepsItsPlace() throws IOException {
		try (RawClient client = new RawClient(server.port())) {
			client.send("PING\r\nLATER 100 late\r\nPING\r\nECHO after\r\n");
			assertThat(client.reply()).isEqualTo("+PONG\r\n");
			assertThat(client.reply()).isEqualTo("$4\r\nlate\r\n");
			assertThat(client.reply()).isEqualTo("+PONG\r\n");
			assertThat(client.reply()).isEqualTo("$5\r\nafter\r\n");
		}
	}

	@Test
	void inputWaitsWhileTheSessionIsBlockedAndResumesAfterItsReply() throws IOException {
		try (RawClient client = new RawClient(server.port())) {
			client.send("LATER 200 one\r\nLATER 50 two\r\nECHO three\r\n");
			assertThat(client.reply()).isEqualTo("$3\r\none\r\n");
			assertThat(client.reply()).isEqualTo("$3\r\ntwo\r\n");
			assertThat(client.reply()).isEqualTo("$5\r\nthree\r\n");
			assertThat(client.call("PING")).isEqualTo("+PONG\r\n");
		}
	}

	@Test
	void quitClosesAfterItsReplyAndRunsNothingAfterIt() throws IOException {
		try (RawClient client = new RawClient(server.port())) {
			client.send("PING\r\nQUIT\r\nPING\r\n");
			assertThat(client.reply()).isEqualTo("+PONG\r\n");
			assertThat(client.reply()).isEqualTo("+OK\r\n");
			assertThat(client.closedByServer()).isTrue();
		}
	}

	@Test
	void pushesFromAnotherThreadInterleaveWholeAndInOrderWithReplies() throws IOException {
		try (RawClient client = new RawClient(server.port())) {
			StringBuilder pings = new StringBuilder("NUMBERED 5000\r\n");
			for (int i = 0; i < 5000; i++) {
				pings.append("ECHO ").append(i).append("\r\n");
			}
			client.send(pings.toString());
			assertThat(client.reply()).isEqualTo("+OK\r\n");
			int nextPush = 0;
			int nextEcho = 0;
			while (nextPush < 5000 || nextEcho < 5000) {
				String reply = client.reply();
				if (reply.startsWith("*3\r\n$7\r\nmessage\r\n")) {
					String number = Integer.toString(nextPush++);
					assertThat(reply).endsWith("$" + number.length() + "\r\n" + number + "\r\n");
				}
				else {
					String number = Integer.toString(nextEcho++);
					assertThat(reply).isEqualTo("$" + number.length() + "\r\n" + number + "\r\n");
				}
			}
		}
	}

	@Test
	void protocolErrorBehindABlockedCommandComesAfterTheRepliesBeforeIt() throws IOException {
		// Redis answers "BLPOP nokey 0.3\r\nPING\r\n*x\r\nPING\r\n" with *-1, +PONG, the
		// error, and closes.
		try (RawClient client = new RawClient(server.port())) {
			client.send("LATER 200 late\r\nPING\r\n*x\r\nPING\r\n");
			assertThat(client.reply()).isEqualTo("$4\r\nlate\r\n");
			assertThat(client.reply()).isEqualTo("+PONG\r\n");
			assertThat(client.reply()).isEqualTo("-ERR Protocol error: invalid multibulk length\r\n");
			assertThat(client.closedByServer()).isTrue();
		}
	}

}
