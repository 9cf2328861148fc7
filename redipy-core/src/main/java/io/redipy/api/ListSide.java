package io.redipy.api;

/**
 * An end of a list, for {@code LMOVE}.
 */
public enum ListSide {

	/** The head ({@code LEFT}). */
	LEFT,
	/** The tail ({@code RIGHT}). */
	RIGHT

}
