package io.redipy.server;

import java.io.IOException;

import io.netty.buffer.ByteBuf;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's allocator gives heap arrays for everything, socket reads included, and
 * servers use it.
 */
class HeapAllocatorTests {

	@Test
	void socketReadsAndRepliesGetHeapBuffers() {
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
	void connectionsTakeTheirBuffersFromIt() throws IOException {
		try (RedipyServer server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults());
				RawClient client = new RawClient(server.port())) {
			assertThat(client.call("PING")).isEqualTo("+PONG\r\n");
			assertThat(server.allocators()).containsExactly(HeapAllocator.INSTANCE);
		}
	}

}
