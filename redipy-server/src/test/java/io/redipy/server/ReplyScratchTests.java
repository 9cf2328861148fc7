package io.redipy.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.redipy.memory.MemoryStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-thread scratch a connection encodes a read batch into: one owner at a time,
 * exactly the encoded bytes handed out, no large buffer kept.
 */
class ReplyScratchTests {

	@Test
	void oneOwnerAtATimeAndTheBytesComeOutExactly() {
		ReplyScratch scratch = ReplyScratch.current();
		Object first = new Object();
		ByteBuf lent = scratch.take(first);
		assertThat(lent).isNotNull();
		assertThat(scratch.take(new Object())).as("held by the first owner").isNull();
		lent.writeBytes("+OK\r\n".getBytes(StandardCharsets.US_ASCII));
		ByteBuf out = scratch.finish();
		assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("+OK\r\n");
		assertThat(out.capacity()).isEqualTo(5);
		out.release();
		ByteBuf again = scratch.take(new Object());
		assertThat(again).as("free again, and empty").isNotNull();
		assertThat(again.readableBytes()).isZero();
		assertThat(scratch.finish().readableBytes()).isZero();
	}

	@Test
	void aBatchThatGrewTheScratchTakesItAlong() {
		ReplyScratch scratch = ReplyScratch.current();
		ByteBuf lent = scratch.take(this);
		assertThat(lent).isNotNull();
		lent.writeZero(ReplyScratch.KEEP + 1);
		ByteBuf out = scratch.finish();
		assertThat(out).isSameAs(lent);
		assertThat(out.readableBytes()).isEqualTo(ReplyScratch.KEEP + 1);
		ByteBuf next = scratch.take(this);
		assertThat(next).isNotSameAs(lent);
		assertThat(next.capacity()).isLessThanOrEqualTo(ReplyScratch.KEEP);
		scratch.abandon();
	}

	@Test
	void anAbandonedLoanLeavesNothingBehind() {
		ReplyScratch scratch = ReplyScratch.current();
		ByteBuf lent = scratch.take(this);
		assertThat(lent).isNotNull();
		lent.writeBytes(new byte[] { 1, 2, 3 });
		scratch.abandon();
		ByteBuf next = scratch.take(this);
		assertThat(next).isNotNull();
		assertThat(next.readableBytes()).isZero();
		scratch.abandon();
	}

	/**
	 * On one event loop, a PUBLISH in A's batch pushes a message to B, encoded while A
	 * holds the scratch: B writes from a buffer of its own, and neither stream takes the
	 * other's bytes.
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
