package io.redipy.api;

import java.util.Objects;

/**
 * A field of a hash and its value.
 *
 * @param field the field
 * @param value the value
 */
public record HashEntry(String field, String value) {

	/**
	 * Validates the parts.
	 * @param field the field
	 * @param value the value
	 */
	public HashEntry {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(value, "value");
	}

}
