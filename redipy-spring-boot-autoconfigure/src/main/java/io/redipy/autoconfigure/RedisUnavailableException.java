package io.redipy.autoconfigure;

import java.util.Locale;

import io.redipy.ConnectionException;

/**
 * The connection to Redis failed when the application started with
 * {@code redipy.backend=redis}; {@link #reason()} says why.
 */
class RedisUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String address;

	private final ConnectionException.Reason reason;

	RedisUnavailableException(String address, ConnectionException cause) {
		super("redipy.backend=redis, but the connection to Redis at " + address + " failed ("
				+ cause.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")", cause);
		this.address = address;
		this.reason = cause.reason();
	}

	ConnectionException.Reason reason() {
		return this.reason;
	}

	String address() {
		return this.address;
	}

}
