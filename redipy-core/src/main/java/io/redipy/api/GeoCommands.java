package io.redipy.api;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The geo commands: a geo set is a sorted set whose scores are 52-bit geohashes of its
 * members' positions (so the sorted set commands read and change it too, as on Redis).
 * Distances are great-circle distances on a sphere of Redis's radius (6372797.560856 m).
 * Implementations are thread-safe.
 */
public interface GeoCommands {

	/**
	 * Adds members at positions, or moves them ({@code GEOADD [NX|XX] [CH]}).
	 * @param key the key
	 * @param options NX, XX, CH
	 * @param members the members with their positions, at least one
	 * @return the members added (and with {@code CH} updated)
	 * @throws io.redipy.RedipyException Redis's error for a position out of range
	 * ({@code ERR invalid longitude,latitude pair ...}) or another type
	 */
	long geoadd(String key, GeoAddOptions options, Collection<GeoMember<String>> members);

	/**
	 * Returns members' positions ({@code GEOPOS}).
	 * @param key the key
	 * @param members the members
	 * @return a position per member, {@code null} for a missing one
	 */
	List<@Nullable GeoCoordinates> geopos(String key, String... members);

	/**
	 * Returns the distance between two members ({@code GEODIST}), as Redis prints it
	 * (four decimals).
	 * @param key the key
	 * @param member1 a member
	 * @param member2 another
	 * @param unit the unit
	 * @return the distance, or {@code null} if the key or a member is missing
	 */
	@Nullable Double geodist(String key, String member1, String member2, GeoUnit unit);

	/**
	 * Returns members' standard 11-character geohashes ({@code GEOHASH}).
	 * @param key the key
	 * @param members the members
	 * @return a geohash per member, {@code null} for a missing one
	 */
	List<@Nullable String> geohash(String key, String... members);

	/**
	 * Finds the members in a circle or a box ({@code GEOSEARCH}).
	 * @param key the key
	 * @param search the centre, shape, order, count and what to return
	 * @return the members found, with what the search asked for, in Redis's order
	 * @throws IllegalArgumentException if the search has no shape
	 * @throws io.redipy.RedipyException Redis's error for a missing centre member
	 * ({@code ERR could not decode requested zset member}), a negative size, a count
	 * below 1, or another type
	 */
	List<GeoResult<String>> geosearch(String key, GeoSearch search);

	/**
	 * Stores the members in a circle or a box as a sorted set ({@code GEOSEARCHSTORE}),
	 * with their geohashes as scores (a geo set), or their distances ({@code STOREDIST});
	 * an empty result deletes the destination.
	 * @param destination the key to store into
	 * @param source the geo set
	 * @param search the centre, shape, order and count (not what to return: Redis refuses
	 * that)
	 * @param storeDist whether the scores are the distances
	 * @return the members stored
	 */
	long geosearchstore(String destination, String source, GeoSearch search, boolean storeDist);

}
