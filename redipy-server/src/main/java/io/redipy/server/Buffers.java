package io.redipy.server;

import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.buffer.ByteBufAllocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which allocator a connection's buffers come from: Netty's default (pooled) one once it
 * has been prepared off the serving path, plain heap arrays until then.
 *
 * <p>
 * The pooled allocators of Netty 4.2 set up the Flight Recorder events they emit when
 * they take their first chunk: in a fresh JVM that cost the first PONG more than any
 * other single step (about 140 ms of thread CPU of 660 on a loaded 2-core machine). The
 * pooled allocator still serves pipelined traffic with large replies markedly better than
 * heap arrays (LRANGE_100 with 16 requests in flight), so the first server of a JVM has a
 * daemon thread take a buffer from it while the server binds and answers its first
 * clients with heap buffers; connections move to the pooled allocator at their next read
 * once it is ready. In a JVM where Netty already allocated (Lettuce, say), the thread
 * finds it ready at once.
 */
final class Buffers {

	private static final Logger logger = LoggerFactory.getLogger(Buffers.class);

	private static final AtomicBoolean preparing = new AtomicBoolean();

	private static volatile boolean pooledReady;

	private Buffers() {
	}

	/** Prepares the pooled allocator on a daemon thread, the first time only. */
	static void prepare() {
		if (preparing.compareAndSet(false, true)) {
			Thread thread = new Thread(Buffers::takeFirstBuffers, "redipy-server-buffers");
			thread.setDaemon(true);
			thread.start();
		}
	}

	private static void takeFirstBuffers() {
		try {
			ByteBufAllocator pooled = ByteBufAllocator.DEFAULT;
			pooled.heapBuffer(64).release();
			pooled.ioBuffer(64).release();
			pooled.directBuffer(64).release();
			pooledReady = true;
		}
		catch (RuntimeException | LinkageError ex) {
			// connections keep heap buffers, which work, only slower under load
			logger.warn("Netty's pooled allocator could not be prepared; the server uses heap buffers", ex);
		}
	}

	/**
	 * Returns the allocator new buffers should come from now.
	 * @return the pooled allocator once it is ready, else heap arrays
	 */
	static ByteBufAllocator current() {
		return pooledReady ? ByteBufAllocator.DEFAULT : HeapAllocator.INSTANCE;
	}

}
