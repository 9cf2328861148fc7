package io.redipy.server;

import io.netty.buffer.AbstractByteBufAllocator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledDirectByteBuf;
import io.netty.buffer.UnpooledHeapByteBuf;

/**
 * The server's buffers: plain heap arrays, for reads from the socket too.
 *
 * <p>
 * Netty 4.2's pooled allocators set up the Flight Recorder events they emit when they
 * take their first chunk: in a fresh JVM that cost the first PONG more than any other
 * single step (about 140 ms of thread CPU of 660 on a loaded 2-core machine). Pooling
 * buys a RESP server little: requests and replies are small and short-lived, and with
 * redis-benchmark ({@code -c 50 -P 16}) the server used about as much CPU per request
 * with heap arrays as with the pooled allocator (LRANGE_100, SET and GET, within the
 * run-to-run spread). Netty's own {@code UnpooledByteBufAllocator} would give each socket
 * read a fresh direct buffer (native memory, allocated and freed per read), which cost
 * LRANGE_100 more; a heap array is cheaper to get, and the JDK copies it through its
 * cached direct buffer anyway. Stateless and thread-safe.
 */
final class HeapAllocator extends AbstractByteBufAllocator {

	/** The one instance, shared by every server and thread. */
	static final HeapAllocator INSTANCE = new HeapAllocator();

	private HeapAllocator() {
		super(false);
	}

	@Override
	public ByteBuf ioBuffer() {
		return heapBuffer();
	}

	@Override
	public ByteBuf ioBuffer(int initialCapacity) {
		return heapBuffer(initialCapacity);
	}

	@Override
	public ByteBuf ioBuffer(int initialCapacity, int maxCapacity) {
		return heapBuffer(initialCapacity, maxCapacity);
	}

	@Override
	protected ByteBuf newHeapBuffer(int initialCapacity, int maxCapacity) {
		return new UnpooledHeapByteBuf(this, initialCapacity, maxCapacity);
	}

	/** Only asked for when a caller insists on a direct buffer; the server does not. */
	@Override
	protected ByteBuf newDirectBuffer(int initialCapacity, int maxCapacity) {
		return new UnpooledDirectByteBuf(this, initialCapacity, maxCapacity);
	}

	@Override
	public boolean isDirectBufferPooled() {
		return false;
	}

}
