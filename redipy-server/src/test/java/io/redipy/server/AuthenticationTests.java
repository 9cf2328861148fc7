package io.redipy.server;

import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password-protected memory store's server against a password-protected redis-server:
 * commands before {@code AUTH}, wrong passwords, and Redis's limits on what an
 * unauthenticated client may send (more than 10 arguments, an argument over 16 KB), after
 * which the connection closes.
 */
class AuthenticationTests {

	private static final String PASSWORD = "s3cret-for-tests";

	@Test
	void unauthenticatedClientsAreRefusedAsRedisRefusesThem() throws Exception {
		RedisServer redis = RedisServer.startLocal(PASSWORD);
		try (RedipyServer server = RedipyServer.start(new MemoryStore().engine(PASSWORD), ServerOptions.defaults())) {
			for (int port : new int[] { redis.port(), server.port() }) {
				try (RawClient client = new RawClient(port)) {
					assertThat(client.call("GET", "k").strip()).isEqualTo("-NOAUTH Authentication required.");
					assertThat(client.call("AUTH", "wrong")).startsWith("-WRONGPASS");
					assertThat(client.call("AUTH", "nobody", PASSWORD)).startsWith("-WRONGPASS");
					assertThat(client.call("PING").strip()).isEqualTo("-NOAUTH Authentication required.");
					// what a client such as Lettuce sees when it connects without a
					// password
					assertThat(client.call("HELLO", "3").strip())
						.isEqualTo("-NOAUTH HELLO must be called with the client already authenticated, otherwise "
								+ "the HELLO AUTH <user> <pass> option can be used to authenticate the client and "
								+ "select the RESP protocol version at the same time");
					String[] many = new String[11];
					java.util.Arrays.fill(many, "x");
					many[0] = "DEL";
					client.command(many);
					assertThat(client.reply().strip())
						.isEqualTo("-ERR Protocol error: unauthenticated multibulk length");
					assertThat(client.closedByServer()).isTrue();
				}
				try (RawClient client = new RawClient(port)) {
					client.command("ECHO", "y".repeat(16385));
					assertThat(client.reply().strip()).isEqualTo("-ERR Protocol error: unauthenticated bulk length");
					assertThat(client.closedByServer()).isTrue();
				}
				try (RawClient client = new RawClient(port)) {
					assertThat(client.call("AUTH", PASSWORD).strip()).isEqualTo("+OK");
					String[] many = new String[11];
					java.util.Arrays.fill(many, "x");
					many[0] = "DEL";
					assertThat(client.call(many).strip()).isEqualTo(":0");
					assertThat(client.call("ECHO", "y".repeat(16385))).startsWith("$16385\r\nyyy");
				}
				try (RawClient client = new RawClient(port)) {
					assertThat(client.call("HELLO", "3", "AUTH", "default", PASSWORD)).startsWith("%7");
				}
			}
		}
		finally {
			redis.stop();
		}
	}

}
