package io.redipy.memory;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import io.redipy.command.Output;
import io.redipy.command.Reply;
import io.redipy.command.Session;

/**
 * The start of a memory endpoint in a fresh JVM, up to its first reply:
 * {@link EndpointStartupTests} runs it in a child JVM that logs the classes it loads.
 */
final class StartupProbe {

	private StartupProbe() {
	}

	public static void main(String[] args) {
		Session session = new MemoryStore().engine(null).open(new Output() {

			@Override
			public void reply(Reply reply) {
				// printed after the classes that the reply needed were logged; no
				// concatenation, whose first use would load classes of its own
				System.out.print("REPLY ");
				System.out.println((reply instanceof Reply.Simple simple) ? simple.text() : "?");
			}

			@Override
			public void push(Reply.Push message) {
			}

			@Override
			public void close() {
			}

		}, new InetSocketAddress("127.0.0.1", 1), new InetSocketAddress("127.0.0.1", 2));
		session.execute(new byte[][] { "PING".getBytes(StandardCharsets.US_ASCII) });
	}

}
