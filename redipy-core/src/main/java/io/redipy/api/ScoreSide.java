package io.redipy.api;

/**
 * Which end of a sorted set {@code ZMPOP} and {@code BZMPOP} pop from.
 */
public enum ScoreSide {

	/** The lowest scores ({@code MIN}). */
	MIN,
	/** The highest scores ({@code MAX}). */
	MAX

}
