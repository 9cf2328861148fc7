package io.redipy.script;

import java.util.Objects;

import io.redipy.api.GeoAddOptions;
import io.redipy.api.GeoSearch;
import io.redipy.api.GeoUnit;
import io.redipy.script.ir.ScriptCommand;

/**
 * Commands on a geo set: {@code GEOADD}, {@code GEOPOS}, {@code GEODIST},
 * {@code GEOHASH}, {@code GEOSEARCH} (members only) and {@code GEOSEARCHSTORE}. Numbers
 * are read from the texts Redis prints (17 decimals for positions, four for distances),
 * on both backends.
 */
public final class GeoHandle {

	private final StringExpr key;

	GeoHandle(StringExpr key) {
		this.key = key;
	}

	/**
	 * Adds a member at a position ({@code GEOADD}); 1 if it is new.
	 * @param longitude the longitude
	 * @param latitude the latitude
	 * @param member the member
	 * @return the result
	 */
	public IntExpr geoadd(DoubleExpr longitude, DoubleExpr latitude, StringExpr member) {
		return geoadd(GeoAddOptions.none(), longitude, latitude, member);
	}

	/**
	 * Adds or moves a member ({@code GEOADD [NX|XX] [CH]}).
	 * @param options the options, fixed when the script is built
	 * @param longitude the longitude
	 * @param latitude the latitude
	 * @param member the member
	 * @return 1 if added (or with CH changed), else 0
	 */
	public IntExpr geoadd(GeoAddOptions options, DoubleExpr longitude, DoubleExpr latitude, StringExpr member) {
		Objects.requireNonNull(options, "options");
		return new IntExpr(Dsl.commandWith(ScriptCommand.GEOADD, options, this.key, longitude, latitude, member));
	}

	/**
	 * A member's position ({@code GEOPOS}).
	 * @param member the member
	 * @return [longitude, latitude], or empty if absent
	 */
	public ListExpr<DoubleExpr> geopos(StringExpr member) {
		return new ListExpr<>(Dsl.command(ScriptCommand.GEOPOS, this.key, member), Kind.DOUBLE);
	}

	/**
	 * The distance between two members ({@code GEODIST}).
	 * @param member1 a member
	 * @param member2 another
	 * @param unit the unit, fixed when the script is built
	 * @return the distance to four decimals, or null if one is absent
	 */
	public DoubleExpr geodist(StringExpr member1, StringExpr member2, GeoUnit unit) {
		Objects.requireNonNull(unit, "unit");
		return new DoubleExpr(Dsl.commandWith(ScriptCommand.GEODIST, unit, this.key, member1, member2));
	}

	/**
	 * A member's 11-character geohash ({@code GEOHASH}).
	 * @param member the member
	 * @return the geohash, or null if absent
	 */
	public StringExpr geohash(StringExpr member) {
		return new StringExpr(Dsl.command(ScriptCommand.GEOHASH, this.key, member));
	}

	/**
	 * The members in a circle or a box ({@code GEOSEARCH}).
	 * @param search the search, fixed when the script is built; without
	 * {@code WITHCOORD}, {@code WITHDIST} or {@code WITHHASH}
	 * @return the members, in Redis's order
	 */
	public ListExpr<StringExpr> geosearch(GeoSearch search) {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.GEOSEARCH, check(search), this.key), Kind.STRING);
	}

	/**
	 * Stores the members of another geo set in a circle or a box in this key
	 * ({@code GEOSEARCHSTORE}).
	 * @param source the geo set searched (gets the client's prefix)
	 * @param search the search, fixed when the script is built
	 * @param storeDist whether the scores are the distances ({@code STOREDIST})
	 * @return the members stored
	 */
	public IntExpr geosearchstore(StringExpr source, GeoSearch search, boolean storeDist) {
		return new IntExpr(Dsl.commandWith(storeDist ? ScriptCommand.GEOSEARCHSTORE_DIST : ScriptCommand.GEOSEARCHSTORE,
				check(search), this.key, source));
	}

	private static GeoSearch check(GeoSearch search) {
		Objects.requireNonNull(search, "search");
		search.requireShape();
		if (search.coord() || search.dist() || search.hash()) {
			throw new IllegalArgumentException("a script's geosearch returns members only");
		}
		return search;
	}

}
