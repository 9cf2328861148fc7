package io.redipy.memory;

/**
 * A string value that holds a 64-bit integer, as Redis's {@code int} encoding does: what
 * {@code INCR} and its kin store, so that counting neither parses nor formats decimal
 * text. Every string command sees it as its decimal text (see {@link Strings}).
 *
 * <p>
 * Mutable: {@code INCR} on a key that holds one changes it in place, as Redis changes an
 * unshared integer object, so that counting allocates nothing. Guarded by the store's
 * lock like the entry that holds it; a reader without the lock may see it change, which
 * its stamp's validation then rejects. It therefore never leaves a command: what returns
 * a stored value returns its text ({@link Strings#stored(Object)}), and a copied key gets
 * a copy.
 */
final class IntValue {

	long value;

	/**
	 * Grows with every change in place, so that {@code WATCH} can tell a changed value
	 * from an unchanged one (the object stays the same).
	 */
	long version;

	IntValue(long value) {
		this.value = value;
	}

	/** Sets a new value in place. */
	void set(long value) {
		this.value = value;
		this.version++;
	}

	/** Returns the decimal text, as Redis's {@code ll2string} writes it. */
	String text() {
		return Long.toString(this.value);
	}

	/** Returns how many bytes the decimal text has, without writing it. */
	int length() {
		long v = this.value;
		int length = (v < 0) ? 2 : 1;
		// the negative range holds every magnitude
		long n = (v < 0) ? v : -v;
		while (n <= -10) {
			n /= 10;
			length++;
		}
		return length;
	}

	@Override
	public String toString() {
		return text();
	}

}
