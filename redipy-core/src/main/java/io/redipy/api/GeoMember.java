package io.redipy.api;

import java.util.Objects;

/**
 * A member to add to a geo set with its position ({@code GEOADD}'s
 * {@code longitude latitude member}).
 *
 * @param <V> the member type
 * @param longitude the longitude in degrees, -180 to 180
 * @param latitude the latitude in degrees, -85.05112878 to 85.05112878 (Redis answers an
 * error outside these)
 * @param member the member
 */
public record GeoMember<V>(double longitude, double latitude, V member) {

	/**
	 * Validates the parts.
	 * @param longitude the longitude
	 * @param latitude the latitude
	 * @param member the member, not null
	 */
	public GeoMember {
		Objects.requireNonNull(member, "member");
	}

	/**
	 * Creates a member at a position.
	 * @param <V> the member type
	 * @param longitude the longitude
	 * @param latitude the latitude
	 * @param member the member
	 * @return the member
	 */
	public static <V> GeoMember<V> of(double longitude, double latitude, V member) {
		return new GeoMember<>(longitude, latitude, member);
	}

}
