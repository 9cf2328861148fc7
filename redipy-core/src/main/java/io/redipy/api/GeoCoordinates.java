package io.redipy.api;

/**
 * A position on a geo set: a longitude and a latitude in degrees, as Redis returns them
 * (the centre of the 52-bit geohash cell the member was stored in, read back from the 17
 * decimals Redis prints).
 *
 * @param longitude the longitude, -180 to 180
 * @param latitude the latitude, -85.05112878 to 85.05112878
 */
public record GeoCoordinates(double longitude, double latitude) {

	/**
	 * Creates coordinates.
	 * @param longitude the longitude
	 * @param latitude the latitude
	 * @return the coordinates
	 */
	public static GeoCoordinates of(double longitude, double latitude) {
		return new GeoCoordinates(longitude, latitude);
	}

}
