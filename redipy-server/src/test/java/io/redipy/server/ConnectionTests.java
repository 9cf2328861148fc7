package io.redipy.server;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection over a real socket: how its replies are written and when it stops reading.
 */
class ConnectionTests {

	@Test
	void repliesToOneReadAreWrittenInOneWrite() throws Exception {
		try (RedipyServer server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults());
				RawClient client = new RawClient(server.port())) {
			assertThat(client.call("PING")).isEqualTo("+PONG\r\n");
			Connection connection = only(server);
			long before = writes(server, connection);
			// 600 bytes in one write arrive in one read on loopback
			client.send("PING\r\n".repeat(100));
			for (int i = 0; i < 100; i++) {
				assertThat(client.reply()).isEqualTo("+PONG\r\n");
			}
			assertThat(writes(server, connection) - before).as("socket writes for 100 replies").isEqualTo(1);
		}
	}

	@Test
	void blockedSessionStopsTheReadingOfInput() throws Exception {
		try (RedipyServer server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults());
				RawClient client = new RawClient(server.port())) {
			assertThat(client.call("PING")).isEqualTo("+PONG\r\n");
			Connection connection = only(server);
			assertThat(reading(server, connection)).isTrue();
			client.send("LATER 1000 x\r\nPING\r\n");
			await(() -> !reading(server, connection), "the connection stopped reading");
			assertThat(client.reply()).isEqualTo("$1\r\nx\r\n");
			assertThat(client.reply()).isEqualTo("+PONG\r\n");
			await(() -> reading(server, connection), "the connection reads again");
		}
	}

	@Test
	void sessionIsClosedWithItsConnection() throws Exception {
		FakeEngine engine = new FakeEngine();
		try (RedipyServer server = RedipyServer.start(engine, ServerOptions.defaults())) {
			RawClient client = new RawClient(server.port());
			assertThat(client.call("PING")).isEqualTo("+PONG\r\n");
			assertThat(engine.openSessions.get()).isEqualTo(1);
			client.close();
			await(() -> engine.closedSessions.get() == 1, "the session closed");
			assertThat(server.connections()).isZero();
		}
	}

	@Test
	void clientThatDisconnectsWhileBlockedEndsItsSession() throws Exception {
		FakeEngine engine = new FakeEngine();
		try (RedipyServer server = RedipyServer.start(engine, ServerOptions.defaults())) {
			RawClient client = new RawClient(server.port());
			client.command("LATER", "300", "late");
			await(() -> !reading(server, only(server)), "the session blocked");
			client.close();
			await(() -> engine.closedSessions.get() == 1, "the session closed");
			// the blocked command's reply comes after its connection is gone; nothing
			// breaks
			Thread.sleep(500);
			try (RawClient next = new RawClient(server.port())) {
				assertThat(next.call("PING")).isEqualTo("+PONG\r\n");
			}
		}
	}

	static Connection only(RedipyServer server) {
		List<Connection> connections = server.openConnections();
		assertThat(connections).hasSize(1);
		return connections.get(0);
	}

	static boolean reading(RedipyServer server, Connection connection) {
		return onLoop(server, () -> connection.reading());
	}

	static long writes(RedipyServer server, Connection connection) {
		return onLoop(server, () -> connection.socketWrites());
	}

	/** Asks on the server's (only) loop, where a connection's state is kept. */
	static <T> T onLoop(RedipyServer server, java.util.function.Supplier<T> question) {
		return server.ask(question);
	}

	static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting: " + what);
			}
			Thread.sleep(5);
		}
	}

}
