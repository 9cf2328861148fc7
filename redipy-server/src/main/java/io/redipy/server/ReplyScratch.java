package io.redipy.server;

import java.util.Arrays;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.concurrent.FastThreadLocal;
import org.jspecify.annotations.Nullable;

/**
 * One event-loop thread's scratch buffer, where a connection encodes the replies of a
 * read batch before they go out in one write.
 *
 * <p>
 * A fresh buffer per batch cost more than anything else the server did under pipelined
 * load: the JVM zeroes every new array, and a batch buffer big enough for most batches (8
 * KB) was zeroed to carry a few dozen bytes. With the scratch, a batch costs one exactly
 * sized array, filled by one copy. Only one connection holds the scratch at a time (a
 * reply that another connection's command unblocks is encoded while the first one's batch
 * is open); the others take a small buffer of their own. A batch that grew the scratch
 * past {@value #KEEP} bytes takes the scratch itself with it, so a thread keeps no large
 * buffer after a large reply.
 */
final class ReplyScratch {

	/** The largest scratch a thread keeps between batches. */
	static final int KEEP = 64 * 1024;

	private static final int INITIAL = 8 * 1024;

	private static final FastThreadLocal<ReplyScratch> SCRATCH = new FastThreadLocal<>() {
		@Override
		protected ReplyScratch initialValue() {
			return new ReplyScratch();
		}
	};

	private ByteBuf buffer = newBuffer();

	private @Nullable Object owner;

	private ReplyScratch() {
	}

	/** Returns the calling thread's scratch. */
	static ReplyScratch current() {
		return SCRATCH.get();
	}

	/**
	 * Lends the scratch, empty, to an owner.
	 * @param owner who encodes into it until {@link #finish} or {@link #abandon}
	 * @return the scratch, or null while another owner holds it
	 */
	@Nullable ByteBuf take(Object owner) {
		if (this.owner != null) {
			return null;
		}
		this.owner = owner;
		return this.buffer;
	}

	/**
	 * Ends a loan: returns what the owner encoded as a buffer of its own, which the
	 * caller writes (and the channel releases), and empties the scratch.
	 * @return the encoded bytes; empty if nothing was encoded
	 */
	ByteBuf finish() {
		ByteBuf full = this.buffer;
		this.owner = null;
		if (full.capacity() > KEEP) {
			this.buffer = newBuffer();
			return full;
		}
		int length = full.readableBytes();
		ByteBuf out = (length == 0) ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(Arrays.copyOfRange(full.array(),
				full.arrayOffset() + full.readerIndex(), full.arrayOffset() + full.writerIndex()));
		full.clear();
		return out;
	}

	/** Ends a loan whose bytes are not wanted (the connection closed). */
	void abandon() {
		this.owner = null;
		if (this.buffer.capacity() > KEEP) {
			this.buffer = newBuffer();
		}
		else {
			this.buffer.clear();
		}
	}

	private static ByteBuf newBuffer() {
		return HeapAllocator.INSTANCE.heapBuffer(INITIAL);
	}

}
