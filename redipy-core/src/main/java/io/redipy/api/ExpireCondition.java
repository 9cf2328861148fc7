package io.redipy.api;

/**
 * When an {@code EXPIRE}-family command may change a key's time to live.
 */
public enum ExpireCondition {

	/** Always (no flag). */
	ALWAYS,
	/** Only if the key has no expiry ({@code NX}). */
	NX,
	/** Only if the key has an expiry ({@code XX}). */
	XX,
	/**
	 * Only if the new expiry is later than the current one ({@code GT}); a key without
	 * expiry counts as expiring never.
	 */
	GT,
	/**
	 * Only if the new expiry is earlier than the current one ({@code LT}); a key without
	 * expiry counts as expiring never.
	 */
	LT

}
