package io.redipy.server;

import io.netty.buffer.AbstractByteBufAllocator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledDirectByteBuf;
import io.netty.buffer.UnpooledHeapByteBuf;

/**
 * Plain heap arrays, for reads from the socket too: the buffers of connections made
 * before Netty's pooled allocator is ready (see {@link Buffers}). Netty's own
 * {@code UnpooledByteBufAllocator} would give each socket read a fresh direct buffer
 * (native memory, allocated and freed per read); a heap array is cheaper to get, and the
 * JDK copies it through its cached direct buffer anyway.
 */
final class HeapAllocator extends AbstractByteBufAllocator {

	/** The one instance; stateless, so shared by every server and thread. */
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
