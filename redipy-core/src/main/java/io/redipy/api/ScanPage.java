package io.redipy.api;

import java.util.List;
import java.util.Objects;

/**
 * One reply of a {@code SCAN}-family command: the cursor to continue with and the
 * elements found.
 *
 * @param <T> the element type
 * @param cursor the cursor for the next call; {@code "0"} when the iteration is complete
 * @param items the elements of this page (may contain elements already returned)
 */
public record ScanPage<T>(String cursor, List<T> items) {

	/** The cursor that starts an iteration and that ends it. */
	public static final String START = "0";

	/**
	 * Copies the items.
	 * @param cursor the cursor
	 * @param items the elements
	 */
	public ScanPage {
		Objects.requireNonNull(cursor, "cursor");
		items = List.copyOf(items);
	}

	/**
	 * Returns whether the iteration is complete.
	 * @return {@code true} if the cursor is {@code "0"}
	 */
	public boolean isFinished() {
		return START.equals(this.cursor);
	}

}
