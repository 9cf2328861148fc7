package io.redipy.autoconfigure;

/**
 * {@code redipy.backend=redis} was chosen, but Spring Data Redis is not on the classpath.
 */
class RedisBackendUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	RedisBackendUnavailableException() {
		super("redipy.backend=redis, but Spring Data Redis is not on the classpath");
	}

}
