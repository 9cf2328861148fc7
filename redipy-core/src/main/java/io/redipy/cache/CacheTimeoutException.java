package io.redipy.cache;

import io.redipy.RedipyException;

/**
 * Thrown when a {@link SharedCache} caller waited longer than its wait timeout for
 * another caller's computation.
 */
public class CacheTimeoutException extends RedipyException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message what was waited for
	 */
	public CacheTimeoutException(String message) {
		super(message);
	}

}
