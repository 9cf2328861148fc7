package io.redipy.server;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import io.redipy.memory.MemoryStore;
import org.jspecify.annotations.Nullable;

/**
 * The memory store as a standalone Redis server, for programs outside the JVM:
 * {@code java -jar redipy-server-VERSION-standalone.jar [options]}.
 *
 * <pre>
 *   --port N           the port (6379 by default, 0 for any free one)
 *   --bind ADDRESS     the address to listen on (127.0.0.1 by default); another than
 *                      loopback needs a password
 *   --requirepass P    the password clients must give (AUTH); the environment variable
 *                      REDIPY_PASSWORD keeps it out of the process list
 *   --maxclients N     the most connections at once (10000)
 *   --timeout S        closes connections idle for S seconds (0, never)
 * </pre>
 *
 * It prints the address it listens on (never the password) and runs until stopped.
 */
public final class StandaloneServer {

	private StandaloneServer() {
	}

	/**
	 * Starts the server and waits until the process is stopped.
	 * @param args the options above
	 * @throws InterruptedException if the waiting thread is interrupted
	 */
	public static void main(String[] args) throws InterruptedException {
		RedipyServer server;
		try {
			server = start(args, System.getenv("REDIPY_PASSWORD"), System.out);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			System.err.println("redipy-server: " + ex.getMessage());
			System.exit(2);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			stopped.countDown();
		}, "redipy-server-shutdown"));
		stopped.await();
	}

	/**
	 * Starts a server on a new memory store from command-line options.
	 * @param args the options
	 * @param environmentPassword the password from the environment, or null
	 * @param out where to print the address
	 * @return the running server
	 * @throws IllegalArgumentException for an unknown or malformed option
	 */
	static RedipyServer start(String[] args, @Nullable String environmentPassword, PrintStream out) {
		ServerOptions options = ServerOptions.defaults().withPort(6379);
		String password = (environmentPassword != null && !environmentPassword.isEmpty()) ? environmentPassword : null;
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if (option.equals("--help") || option.equals("-h")) {
				throw new IllegalArgumentException(
						"options: --port N, --bind ADDRESS, --requirepass PASSWORD, --maxclients N, --timeout SECONDS");
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("option " + option + " needs a value");
			}
			String value = args[++i];
			switch (option) {
				case "--port" -> options = options.withPort(number(option, value));
				case "--bind" -> options = options.withBindAddress(address(value));
				case "--requirepass" -> password = value;
				case "--maxclients" -> options = options.withMaxClients(number(option, value));
				case "--timeout" -> options = options.withIdleTimeout(Duration.ofSeconds(number(option, value)));
				default -> throw new IllegalArgumentException("unknown option " + option + " (try --help)");
			}
		}
		long started = System.nanoTime();
		RedipyServer server = RedipyServer.start(new MemoryStore().engine(password), options);
		long millis = (System.nanoTime() - started) / 1_000_000;
		out.println("redipy-server ready on " + options.bindAddress().getHostAddress() + ":" + server.port() + " ("
				+ ((password != null) ? "password required" : "no password") + ", started in " + millis + " ms)");
		out.flush();
		return server;
	}

	private static int number(String option, String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(option + " needs a number, was '" + value + "'");
		}
	}

	private static InetAddress address(String value) {
		try {
			return InetAddress.getByName(value);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("--bind: unknown address '" + value + "'");
		}
	}

}
