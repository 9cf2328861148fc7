package io.redipy.api;

/**
 * A unit of distance of the geo commands ({@code M}, {@code KM}, {@code FT}, {@code MI}).
 */
public enum GeoUnit {

	/** Meters. */
	M,

	/** Kilometers. */
	KM,

	/** Feet (0.3048 m). */
	FT,

	/** Miles (1609.34 m, as Redis counts them). */
	MI

}
