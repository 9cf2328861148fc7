package io.redipy;

import io.redipy.api.Args;

/**
 * Options of a Redis-backend client.
 *
 * @param keyPrefix the prefix of every key the client touches, empty for none
 */
public record RedisOptions(String keyPrefix) {

	/**
	 * Validates the options.
	 * @param keyPrefix the key prefix
	 */
	public RedisOptions {
		Args.keyPrefix(keyPrefix);
	}

	/**
	 * Returns the defaults: no prefix.
	 * @return the options
	 */
	public static RedisOptions defaults() {
		return new RedisOptions("");
	}

	/**
	 * Returns a copy with a key prefix.
	 * @param keyPrefix the prefix, such as {@code "app:"}
	 * @return new options
	 */
	public RedisOptions withKeyPrefix(String keyPrefix) {
		return new RedisOptions(keyPrefix);
	}

}
