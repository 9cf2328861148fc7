package io.redipy.api;

import java.util.List;
import java.util.Objects;

/**
 * Elements taken from a key: the reply of {@code LMPOP} and {@code BLMPOP}.
 *
 * @param key the key they came from
 * @param values the elements, in the order they were popped
 */
public record KeyValues(String key, List<String> values) {

	/**
	 * Checks the key and freezes the elements.
	 * @param key the key
	 * @param values the elements
	 */
	public KeyValues {
		Objects.requireNonNull(key, "key");
		values = List.copyOf(values);
	}

}
