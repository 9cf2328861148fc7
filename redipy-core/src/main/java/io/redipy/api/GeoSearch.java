package io.redipy.api;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What {@code GEOSEARCH} and {@code GEOSEARCHSTORE} look for, immutable: a centre (a
 * member of the set, {@code FROMMEMBER}, or a point, {@code FROMLONLAT}), a shape (a
 * circle, {@code BYRADIUS}, or a box, {@code BYBOX}) in a unit, an order, a count (with
 * {@code ANY}: the first found, not the nearest) and, for {@code GEOSEARCH}, what to
 * return with each member.
 * {@code GeoSearch.fromLonLat(15, 37).byRadius(200, GeoUnit.KM).asc().count(5).withDist()}.
 * A search needs a shape; Redis checks the values (its errors for a missing member, a
 * negative radius, a count below 1, ...).
 *
 * @param fromMember the member at the centre, or {@code null} for a point
 * @param longitude the centre's longitude (without a member)
 * @param latitude the centre's latitude (without a member)
 * @param box whether the shape is a box
 * @param radius the circle's radius
 * @param width the box's width
 * @param height the box's height
 * @param unit the unit of the shape's sizes and of the distances, or {@code null} before
 * a shape is given
 * @param order the order, or {@code null} for the order found (nearest first if a count
 * is given without {@code ANY})
 * @param count the most members to return, or {@code null} for all
 * @param any whether to stop at the first {@code count} found ({@code ANY})
 * @param coord whether to return positions ({@code WITHCOORD})
 * @param dist whether to return distances ({@code WITHDIST})
 * @param hash whether to return geohashes ({@code WITHHASH})
 */
public record GeoSearch(@Nullable String fromMember, double longitude, double latitude, boolean box, double radius,
		double width, double height, @Nullable GeoUnit unit, @Nullable Order order, @Nullable Long count, boolean any,
		boolean coord, boolean dist, boolean hash) {

	/** The order of a search's results. */
	public enum Order {

		/** Nearest first. */
		ASC,

		/** Farthest first. */
		DESC

	}

	/**
	 * A search around a member of the set ({@code FROMMEMBER}).
	 * @param member the member
	 * @return the search, still without a shape
	 */
	public static GeoSearch fromMember(String member) {
		Objects.requireNonNull(member, "member");
		return new GeoSearch(member, 0, 0, false, 0, 0, 0, null, null, null, false, false, false, false);
	}

	/**
	 * A search around a point ({@code FROMLONLAT}).
	 * @param longitude the longitude
	 * @param latitude the latitude
	 * @return the search, still without a shape
	 */
	public static GeoSearch fromLonLat(double longitude, double latitude) {
		return new GeoSearch(null, longitude, latitude, false, 0, 0, 0, null, null, null, false, false, false, false);
	}

	/**
	 * Searches a circle ({@code BYRADIUS}).
	 * @param radius the radius
	 * @param unit its unit (and the distances')
	 * @return the new search
	 */
	public GeoSearch byRadius(double radius, GeoUnit unit) {
		Objects.requireNonNull(unit, "unit");
		return new GeoSearch(this.fromMember, this.longitude, this.latitude, false, radius, 0, 0, unit, this.order,
				this.count, this.any, this.coord, this.dist, this.hash);
	}

	/**
	 * Searches a box ({@code BYBOX}).
	 * @param width the width
	 * @param height the height
	 * @param unit their unit (and the distances')
	 * @return the new search
	 */
	public GeoSearch byBox(double width, double height, GeoUnit unit) {
		Objects.requireNonNull(unit, "unit");
		return new GeoSearch(this.fromMember, this.longitude, this.latitude, true, 0, width, height, unit, this.order,
				this.count, this.any, this.coord, this.dist, this.hash);
	}

	/**
	 * Nearest first ({@code ASC}).
	 * @return the new search
	 */
	public GeoSearch asc() {
		return order(Order.ASC);
	}

	/**
	 * Farthest first ({@code DESC}).
	 * @return the new search
	 */
	public GeoSearch desc() {
		return order(Order.DESC);
	}

	private GeoSearch order(Order order) {
		return new GeoSearch(this.fromMember, this.longitude, this.latitude, this.box, this.radius, this.width,
				this.height, this.unit, order, this.count, this.any, this.coord, this.dist, this.hash);
	}

	/**
	 * Returns at most the nearest {@code count} ({@code COUNT}).
	 * @param count the most members
	 * @return the new search
	 */
	public GeoSearch count(long count) {
		return count(count, false);
	}

	/**
	 * Returns at most {@code count}; with {@code any}, the first found ({@code COUNT n
	 * ANY}).
	 * @param count the most members
	 * @param any whether to stop at the first found
	 * @return the new search
	 */
	public GeoSearch count(long count, boolean any) {
		return new GeoSearch(this.fromMember, this.longitude, this.latitude, this.box, this.radius, this.width,
				this.height, this.unit, this.order, count, any, this.coord, this.dist, this.hash);
	}

	/**
	 * Returns positions ({@code WITHCOORD}); not for {@code GEOSEARCHSTORE}.
	 * @return the new search
	 */
	public GeoSearch withCoord() {
		return new GeoSearch(this.fromMember, this.longitude, this.latitude, this.box, this.radius, this.width,
				this.height, this.unit, this.order, this.count, this.any, true, this.dist, this.hash);
	}

	/**
	 * Returns distances in the unit ({@code WITHDIST}); not for {@code GEOSEARCHSTORE}.
	 * @return the new search
	 */
	public GeoSearch withDist() {
		return new GeoSearch(this.fromMember, this.longitude, this.latitude, this.box, this.radius, this.width,
				this.height, this.unit, this.order, this.count, this.any, this.coord, true, this.hash);
	}

	/**
	 * Returns geohashes ({@code WITHHASH}); not for {@code GEOSEARCHSTORE}.
	 * @return the new search
	 */
	public GeoSearch withHash() {
		return new GeoSearch(this.fromMember, this.longitude, this.latitude, this.box, this.radius, this.width,
				this.height, this.unit, this.order, this.count, this.any, this.coord, this.dist, true);
	}

	/**
	 * Returns the unit, checking that the search has a shape.
	 * @return the unit
	 * @throws IllegalArgumentException without {@link #byRadius} or {@link #byBox}
	 */
	public GeoUnit requireShape() {
		if (this.unit == null) {
			throw new IllegalArgumentException("a geo search needs byRadius or byBox");
		}
		return this.unit;
	}

}
