package io.redipy.server;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link RedipyServer} listens and what it allows its clients: immutable; start
 * from {@link #defaults()} and change values with the {@code with*} methods.
 *
 * <p>
 * The defaults are Redis 7.0's: loopback only, at most 10,000 clients, no idle timeout,
 * 64 KB inline requests, 512 MB bulk strings, and the output-buffer limits of
 * {@code client-output-buffer-limit pubsub 32mb 8mb 60} for clients that receive pushes.
 *
 * @param bindAddress the address to listen on; anything but loopback needs an engine that
 * requires authentication
 * @param port the port, {@code 0} for an ephemeral one
 * @param maxClients the most connections at once; one more is answered
 * {@code -ERR max number of clients reached} and closed
 * @param idleTimeout how long a connection may stay idle before it is closed,
 * {@link Duration#ZERO} for never; blocked clients and clients that receive pushes are
 * exempt
 * @param maxInlineRequest the longest inline request, and the longest line of a multibulk
 * length or bulk length, in bytes
 * @param maxBulkLength the longest bulk string a request may hold, in bytes
 * @param pushHardLimit pending output, in bytes, at which a client that receives pushes
 * is disconnected at once; {@code 0} for no limit
 * @param pushSoftLimit pending output, in bytes, that a client that receives pushes may
 * exceed only for {@code pushSoftDuration}; {@code 0} for no limit
 * @param pushSoftDuration how long pending output may stay above the soft limit
 * @param eventLoopThreads the number of event-loop threads that serve all connections
 */
public record ServerOptions(InetAddress bindAddress, int port, int maxClients, Duration idleTimeout,
		int maxInlineRequest, int maxBulkLength, long pushHardLimit, long pushSoftLimit, Duration pushSoftDuration,
		int eventLoopThreads) {

	private static final ServerOptions DEFAULTS = new ServerOptions(InetAddress.getLoopbackAddress(), 0, 10_000,
			Duration.ZERO, 64 * 1024, 512 * 1024 * 1024, 32L * 1024 * 1024, 8L * 1024 * 1024, Duration.ofSeconds(60),
			1);

	/**
	 * Checks the values.
	 * @param bindAddress the address to listen on
	 * @param port the port
	 * @param maxClients the most connections at once
	 * @param idleTimeout the idle timeout
	 * @param maxInlineRequest the longest inline request
	 * @param maxBulkLength the longest bulk string
	 * @param pushHardLimit the hard output limit for clients that receive pushes
	 * @param pushSoftLimit the soft output limit for clients that receive pushes
	 * @param pushSoftDuration how long the soft limit may be exceeded
	 * @param eventLoopThreads the number of event-loop threads
	 * @throws IllegalArgumentException if a value is out of range
	 */
	public ServerOptions {
		Objects.requireNonNull(bindAddress, "bindAddress");
		Objects.requireNonNull(idleTimeout, "idleTimeout");
		Objects.requireNonNull(pushSoftDuration, "pushSoftDuration");
		// each message made only when its check fails: a concatenation run at every start
		// costs a fresh JVM its invokedynamic bootstrap (a few milliseconds of the
		// server's first start)
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
		}
		if (maxClients <= 0) {
			throw new IllegalArgumentException("maxClients must be positive: " + maxClients);
		}
		if (idleTimeout.isNegative()) {
			throw new IllegalArgumentException("idleTimeout must not be negative: " + idleTimeout);
		}
		if (maxInlineRequest <= 0) {
			throw new IllegalArgumentException("maxInlineRequest must be positive: " + maxInlineRequest);
		}
		if (maxBulkLength < 0) {
			throw new IllegalArgumentException("maxBulkLength must not be negative: " + maxBulkLength);
		}
		if (pushHardLimit < 0 || pushSoftLimit < 0) {
			throw new IllegalArgumentException("output limits must not be negative");
		}
		if (pushSoftDuration.isNegative()) {
			throw new IllegalArgumentException("pushSoftDuration must not be negative: " + pushSoftDuration);
		}
		if (eventLoopThreads <= 0) {
			throw new IllegalArgumentException("eventLoopThreads must be positive: " + eventLoopThreads);
		}
	}

	/**
	 * Returns the defaults: loopback, an ephemeral port, Redis 7.0's limits, one
	 * event-loop thread.
	 * @return the defaults
	 */
	public static ServerOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Returns these options with another bind address.
	 * @param bindAddress the address to listen on
	 * @return the new options
	 */
	public ServerOptions withBindAddress(InetAddress bindAddress) {
		return new ServerOptions(bindAddress, this.port, this.maxClients, this.idleTimeout, this.maxInlineRequest,
				this.maxBulkLength, this.pushHardLimit, this.pushSoftLimit, this.pushSoftDuration,
				this.eventLoopThreads);
	}

	/**
	 * Returns these options with another port.
	 * @param port the port, {@code 0} for an ephemeral one
	 * @return the new options
	 */
	public ServerOptions withPort(int port) {
		return new ServerOptions(this.bindAddress, port, this.maxClients, this.idleTimeout, this.maxInlineRequest,
				this.maxBulkLength, this.pushHardLimit, this.pushSoftLimit, this.pushSoftDuration,
				this.eventLoopThreads);
	}

	/**
	 * Returns these options with another client limit.
	 * @param maxClients the most connections at once
	 * @return the new options
	 */
	public ServerOptions withMaxClients(int maxClients) {
		return new ServerOptions(this.bindAddress, this.port, maxClients, this.idleTimeout, this.maxInlineRequest,
				this.maxBulkLength, this.pushHardLimit, this.pushSoftLimit, this.pushSoftDuration,
				this.eventLoopThreads);
	}

	/**
	 * Returns these options with another idle timeout.
	 * @param idleTimeout the timeout, {@link Duration#ZERO} for never
	 * @return the new options
	 */
	public ServerOptions withIdleTimeout(Duration idleTimeout) {
		return new ServerOptions(this.bindAddress, this.port, this.maxClients, idleTimeout, this.maxInlineRequest,
				this.maxBulkLength, this.pushHardLimit, this.pushSoftLimit, this.pushSoftDuration,
				this.eventLoopThreads);
	}

	/**
	 * Returns these options with other request limits.
	 * @param maxInlineRequest the longest inline request or length line, in bytes
	 * @param maxBulkLength the longest bulk string, in bytes
	 * @return the new options
	 */
	public ServerOptions withRequestLimits(int maxInlineRequest, int maxBulkLength) {
		return new ServerOptions(this.bindAddress, this.port, this.maxClients, this.idleTimeout, maxInlineRequest,
				maxBulkLength, this.pushHardLimit, this.pushSoftLimit, this.pushSoftDuration, this.eventLoopThreads);
	}

	/**
	 * Returns these options with other output-buffer limits for clients that receive
	 * pushes ({@code client-output-buffer-limit pubsub}).
	 * @param hardLimit bytes at which the client is disconnected at once, {@code 0} for
	 * none
	 * @param softLimit bytes the client may exceed only for {@code softDuration},
	 * {@code 0} for none
	 * @param softDuration how long the soft limit may be exceeded
	 * @return the new options
	 */
	public ServerOptions withPushLimits(long hardLimit, long softLimit, Duration softDuration) {
		return new ServerOptions(this.bindAddress, this.port, this.maxClients, this.idleTimeout, this.maxInlineRequest,
				this.maxBulkLength, hardLimit, softLimit, softDuration, this.eventLoopThreads);
	}

	/**
	 * Returns these options with another number of event-loop threads.
	 * @param eventLoopThreads the number of threads
	 * @return the new options
	 */
	public ServerOptions withEventLoopThreads(int eventLoopThreads) {
		return new ServerOptions(this.bindAddress, this.port, this.maxClients, this.idleTimeout, this.maxInlineRequest,
				this.maxBulkLength, this.pushHardLimit, this.pushSoftLimit, this.pushSoftDuration, eventLoopThreads);
	}

}
