package io.redipy.memory;

import java.util.HashMap;

/**
 * A Redis hash: fields to values.
 */
final class HashValue extends HashMap<String, String> {

	private static final long serialVersionUID = 1L;

	HashValue() {
	}

	HashValue(HashValue other) {
		super(other);
	}

}
