package io.redipy.autoconfigure;

/**
 * Redis could not be reached when the application started with
 * {@code redipy.backend=redis}.
 */
class RedisUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String address;

	RedisUnavailableException(String address, Throwable cause) {
		super("redipy.backend=redis, but Redis at " + address + " cannot be reached", cause);
		this.address = address;
	}

	String address() {
		return this.address;
	}

}
