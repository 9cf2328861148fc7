package io.redipy.server;

import java.io.IOException;
import java.net.SocketAddress;

import org.jspecify.annotations.Nullable;

/**
 * What carries one client connection's bytes, and the thread that connection runs on: the
 * server's own sockets, or a transport another module brings (an in-process channel, for
 * example) and hands to {@link RedipyServer#connect(Transport)}.
 *
 * <p>
 * The connection calls {@link #read}, {@link #write}, {@link #interest} and
 * {@link #close} only on the transport's thread, where {@link #inLoop()} is true; it
 * hands work to that thread with {@link #execute} and {@link #schedule}, which any thread
 * may call. One transport carries one connection.
 */
public interface Transport {

	/**
	 * Moves the bytes that arrived into the array, as many as fit.
	 * @param into where the bytes go, from index 0
	 * @return how many bytes were moved, 0 when none are waiting, -1 once the peer ended
	 * its output and nothing is left
	 * @throws IOException if the transport failed; the connection then closes
	 */
	int read(byte[] into) throws IOException;

	/**
	 * Offers bytes to the peer.
	 * @param bytes the array that holds them; it is reused once this method returns
	 * @param offset where they start
	 * @param length how many there are
	 * @return how many the transport took; the connection keeps the rest and offers them
	 * again once it is told the transport is writable
	 * @throws IOException if the transport failed; the connection then closes
	 */
	int write(byte[] bytes, int offset, int length) throws IOException;

	/**
	 * Says what the connection waits for; the transport then calls
	 * {@link ServerConnection#readable()} or {@link ServerConnection#writable()} when it
	 * happens.
	 * @param read whether the connection wants input: false while its output backs up or
	 * its session is blocked, so that the transport stops taking bytes from the peer
	 * @param write whether the connection has output the transport did not take
	 */
	void interest(boolean read, boolean write);

	/** Closes the transport; the connection is gone. Called once. */
	void close();

	/**
	 * Returns the peer's address, as {@code CLIENT LIST} shows it.
	 * @return the address, or {@code null} if there is none
	 */
	@Nullable SocketAddress remoteAddress();

	/**
	 * Returns this end's address.
	 * @return the address, or {@code null} if there is none
	 */
	@Nullable SocketAddress localAddress();

	/**
	 * Returns whether the caller runs on the transport's thread.
	 * @return whether it does
	 */
	boolean inLoop();

	/**
	 * Runs a task on the transport's thread, after what runs there now; from any thread.
	 * @param task the task
	 */
	void execute(Runnable task);

	/**
	 * Runs a task on the transport's thread after a delay; from the transport's thread.
	 * @param task the task
	 * @param delayMillis the delay in milliseconds
	 */
	void schedule(Runnable task, long delayMillis);

}
