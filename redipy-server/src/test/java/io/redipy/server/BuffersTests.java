package io.redipy.server;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a connection's buffers come from: heap arrays (socket reads included) until
 * Netty's pooled allocator has been prepared off the serving path, then the pooled one.
 */
class BuffersTests {

	@Test
	void heapAllocatorGivesHeapBuffersForSocketReadsToo() {
		ByteBuf read = HeapAllocator.INSTANCE.ioBuffer(2048);
		ByteBuf reply = HeapAllocator.INSTANCE.buffer(64);
		try {
			assertThat(read.hasArray()).isTrue();
			assertThat(read.capacity()).isEqualTo(2048);
			assertThat(reply.hasArray()).isTrue();
			assertThat(HeapAllocator.INSTANCE.isDirectBufferPooled()).isFalse();
		}
		finally {
			read.release();
			reply.release();
		}
	}

	@Test
	void connectionMovesToThePooledAllocatorAtItsNextReadOnceItIsReady() throws InterruptedException {
		ServerOptions options = ServerOptions.defaults();
		EmbeddedChannel channel = new EmbeddedChannel(
				new RespDecoder(options.maxInlineRequest(), options.maxBulkLength()),
				new Connection(new FakeEngine(), options, new AtomicInteger()));
		channel.config().setAllocator(HeapAllocator.INSTANCE);
		Buffers.prepare();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (Buffers.current() != ByteBufAllocator.DEFAULT && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(Buffers.current()).as("the pooled allocator, prepared by then").isSameAs(ByteBufAllocator.DEFAULT);
		channel.writeInbound(Unpooled.copiedBuffer("PING\r\n", StandardCharsets.US_ASCII));
		ByteBuf written = channel.readOutbound();
		assertThat(written.toString(StandardCharsets.US_ASCII)).isEqualTo("+PONG\r\n");
		written.release();
		assertThat(channel.config().getAllocator()).isSameAs(ByteBufAllocator.DEFAULT);
		channel.finishAndReleaseAll();
	}

}
