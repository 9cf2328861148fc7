package io.redipy.memory;

import java.util.LinkedHashMap;

/**
 * A Redis hash: fields to values, in the order they were added, which is the order of
 * Redis's listpack encoding (a field set again keeps its place).
 */
final class HashValue extends LinkedHashMap<String, String> {

	private static final long serialVersionUID = 1L;

	HashValue() {
	}

	HashValue(HashValue other) {
		super(other);
	}

	/**
	 * Grows with every change, so that {@code WATCH} can tell a changed value from an
	 * unchanged one without copying it.
	 */
	long version;

	@Override
	public String put(String field, String value) {
		this.version++;
		return super.put(field, value);
	}

	@Override
	public String remove(Object field) {
		String removed = super.remove(field);
		if (removed != null) {
			this.version++;
		}
		return removed;
	}

	@Override
	public void clear() {
		this.version++;
		super.clear();
	}

}
