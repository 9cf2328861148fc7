package io.redipy.api;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A member found by {@code GEOSEARCH}, with what the search asked for.
 *
 * @param <V> the member type
 * @param member the member
 * @param distance its distance from the centre in the search's unit, as Redis prints it
 * (four decimals), or {@code null} without {@code WITHDIST}
 * @param hash its sorted set score (the 52-bit geohash), or {@code null} without
 * {@code WITHHASH}
 * @param coordinates its position, or {@code null} without {@code WITHCOORD}
 */
public record GeoResult<V>(V member, @Nullable Double distance, @Nullable Long hash,
		@Nullable GeoCoordinates coordinates) {

	/**
	 * Validates the parts.
	 * @param member the member, not null
	 * @param distance the distance or null
	 * @param hash the hash or null
	 * @param coordinates the coordinates or null
	 */
	public GeoResult {
		Objects.requireNonNull(member, "member");
	}

}
