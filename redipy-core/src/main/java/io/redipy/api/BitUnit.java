package io.redipy.api;

/**
 * What the range of {@code BITCOUNT} and {@code BITPOS} counts in (Redis 7.0).
 */
public enum BitUnit {

	/** Bytes ({@code BYTE}, Redis's default). */
	BYTE,
	/** Bits ({@code BIT}): bit 0 is the most significant bit of the first byte. */
	BIT

}
