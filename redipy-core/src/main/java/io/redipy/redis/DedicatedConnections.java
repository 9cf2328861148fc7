package io.redipy.redis;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.data.redis.connection.RedisConnection;

/**
 * The connections batches and blocking calls run on, kept for reuse. A Spring
 * {@code LettuceConnection} opens its own dedicated Redis connection for a transaction or
 * a pipeline and keeps it until it is closed; without a pool configured on the factory,
 * closing it after every batch would open a new TCP connection (and its handshake) for
 * the next one. So connections are returned here when they end clean, up to
 * {@link #MAX_IDLE} of them, and closed otherwise.
 */
final class DedicatedConnections {

	/** Idle connections kept at most; more are closed when returned. */
	static final int MAX_IDLE = 8;

	private final Supplier<RedisConnection> opener;

	private final ConcurrentLinkedDeque<RedisConnection> idle = new ConcurrentLinkedDeque<>();

	private final AtomicInteger idleCount = new AtomicInteger();

	private volatile boolean closed;

	DedicatedConnections(Supplier<RedisConnection> opener) {
		this.opener = opener;
	}

	/** Takes an idle connection, or opens one. */
	RedisConnection borrow() {
		RedisConnection connection;
		while ((connection = this.idle.pollFirst()) != null) {
			this.idleCount.decrementAndGet();
			if (!connection.isClosed()) {
				return connection;
			}
		}
		return this.opener.get();
	}

	/**
	 * Returns a connection: kept if it ended clean and there is room, closed otherwise.
	 * @param connection the connection
	 * @param clean whether the call on it ended normally (no transaction or pipeline left
	 * open, no reply left unread)
	 */
	void release(RedisConnection connection, boolean clean) {
		if (clean && !this.closed) {
			if (this.idleCount.incrementAndGet() <= MAX_IDLE) {
				this.idle.offerFirst(connection);
				if (this.closed) {
					// close() ran meanwhile and may have drained before the offer
					drain();
				}
				return;
			}
			this.idleCount.decrementAndGet();
		}
		closeQuietly(connection);
	}

	/** Closes the idle connections and every connection returned from now on. */
	void close() {
		this.closed = true;
		drain();
	}

	private void drain() {
		RedisConnection connection;
		while ((connection = this.idle.pollFirst()) != null) {
			this.idleCount.decrementAndGet();
			closeQuietly(connection);
		}
	}

	private static void closeQuietly(RedisConnection connection) {
		try {
			connection.close();
		}
		catch (RuntimeException ignored) {
			// closing a broken connection: nothing more to do
		}
	}

}
