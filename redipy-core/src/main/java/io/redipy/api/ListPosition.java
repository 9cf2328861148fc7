package io.redipy.api;

/**
 * Where {@code LINSERT} puts the new element relative to the pivot.
 */
public enum ListPosition {

	/** Before the pivot. */
	BEFORE,
	/** After the pivot. */
	AFTER

}
