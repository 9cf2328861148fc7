package io.redipy.server;

import java.io.IOException;

import io.redipy.memory.MemoryStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-thread scratch a connection encodes a read batch into is shared by the
 * connections of its thread: one's replies never reach another.
 */
class SharedScratchTests {

	/**
	 * On one event loop, a PUBLISH in A's batch pushes a message to B, encoded while A's
	 * replies are in the scratch: B gets only its message, A only its replies.
	 */
	@Test
	void aPushMadeDuringAnotherConnectionsBatchGoesToItsOwnClient() throws IOException {
		ServerOptions options = ServerOptions.defaults().withEventLoopThreads(1);
		try (RedipyServer server = RedipyServer.start(new MemoryStore().engine(null), options);
				RawClient subscriber = new RawClient(server.port());
				RawClient publisher = new RawClient(server.port())) {
			assertThat(subscriber.call("SUBSCRIBE", "news")).isEqualTo("*3\r\n$9\r\nsubscribe\r\n$4\r\nnews\r\n:1\r\n");
			for (int round = 0; round < 20; round++) {
				String message = "m" + round;
				publisher.send("ECHO before\r\nPUBLISH news " + message + "\r\nECHO after\r\n");
				assertThat(publisher.reply()).isEqualTo("$6\r\nbefore\r\n");
				assertThat(publisher.reply()).isEqualTo(":1\r\n");
				assertThat(publisher.reply()).isEqualTo("$5\r\nafter\r\n");
				assertThat(subscriber.reply())
					.isEqualTo("*3\r\n$7\r\nmessage\r\n$4\r\nnews\r\n$" + message.length() + "\r\n" + message + "\r\n");
			}
		}
	}

}
