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
