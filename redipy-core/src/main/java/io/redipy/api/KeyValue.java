package io.redipy.api;

import java.util.Objects;

/**
 * An element popped by a blocking command, with the key it came from.
 *
 * @param key the key (without the client's prefix)
 * @param value the element
 */
public record KeyValue(String key, String value) {

	/**
	 * Validates the parts.
	 * @param key the key
	 * @param value the element
	 */
	public KeyValue {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(value, "value");
	}

}
