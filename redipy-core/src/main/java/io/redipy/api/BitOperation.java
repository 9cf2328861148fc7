package io.redipy.api;

/**
 * The bitwise operation of {@code BITOP}.
 */
public enum BitOperation {

	/** The bits set in every source ({@code AND}). */
	AND,
	/** The bits set in any source ({@code OR}). */
	OR,
	/** The bits set in an odd number of sources ({@code XOR}). */
	XOR,
	/** The bits of a single source, inverted ({@code NOT}). */
	NOT

}
