package io.redipy.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.redipy.memory.MemoryStore;
import org.slf4j.LoggerFactory;

/**
 * The child JVM of {@link ServerStartupTests}: sets up logging, then starts the memory
 * store's server as an application would, sends it PING over a socket and prints
 * {@code REPLY} and the reply.
 */
final class ServerStartupProbe {

	private ServerStartupProbe() {
	}

	/**
	 * Starts the server and pings it once.
	 * @param args none
	 * @throws IOException if the socket fails
	 */
	public static void main(String[] args) throws IOException {
		// an application's logging is up before it starts a server (as in the benchmarks'
		// cold start); its set-up spins classes of its own
		LoggerFactory.getILoggerFactory();
		try (RedipyServer server = RedipyServer.start(new MemoryStore().engine(null), ServerOptions.defaults());
				Socket socket = new Socket(server.address().getAddress(), server.port())) {
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] reply = new byte[7];
			int read = 0;
			while (read < reply.length) {
				int n = in.read(reply, read, reply.length - read);
				if (n < 0) {
					break;
				}
				read += n;
			}
			// printed after the classes the reply needed were logged; no concatenation,
			// whose first use would spin classes of its own
			System.out.print("REPLY ");
			System.out.println(new String(reply, 0, read, StandardCharsets.US_ASCII).strip());
		}
	}

}
