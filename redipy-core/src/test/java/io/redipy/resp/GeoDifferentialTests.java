package io.redipy.resp;

import java.util.Locale;
import java.util.Random;

import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's geo commands against a real redis-server, in RESP2 and RESP3: scores,
 * positions, distances and hashes printed byte for byte, searches by radius and box from
 * members and points (poles, the antimeridian, the limits, radius 0, huge radii), sorted
 * and not, with COUNT and ANY, stores, and the errors in Redis's order; then thousands of
 * seeded random lines.
 */
@ExtendWith(RedisExtension.class)
class GeoDifferentialTests {

	static final String BASICS = """
			GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
			ZRANGE Sicily 0 -1 WITHSCORES
			GEOPOS Sicily Palermo Catania NonExisting
			GEOPOS Sicily
			GEOPOS nokey a b
			GEODIST Sicily Palermo Catania
			GEODIST Sicily Palermo Catania km
			GEODIST Sicily Palermo Catania MI
			GEODIST Sicily Palermo Catania fT
			GEODIST Sicily Palermo Catania m
			GEODIST Sicily Palermo Catania yd
			GEODIST Sicily Palermo Catania km extra
			GEODIST Sicily Palermo nope
			GEODIST Sicily Palermo Palermo
			GEODIST nokey a b
			GEODIST nokey a b furlong
			GEOHASH Sicily Palermo Catania nope
			GEOHASH nokey a
			GEOHASH Sicily
			GEORADIUS Sicily 15 37 200 km WITHDIST WITHCOORD
			GEORADIUS Sicily 15 37 200 km WITHDIST WITHCOORD WITHHASH ASC
			GEORADIUS Sicily 15 37 200 km DESC COUNT 1
			GEORADIUS Sicily 15 37 200 km COUNT 1 ANY
			GEORADIUS_RO Sicily 15 37 200 km WITHHASH
			GEORADIUSBYMEMBER Sicily Palermo 200 km WITHDIST
			GEORADIUSBYMEMBER_RO Sicily Palermo 200 km WITHDIST DESC
			GEOSEARCH Sicily FROMLONLAT 15 37 BYRADIUS 200 km ASC WITHCOORD WITHDIST WITHHASH
			GEOSEARCH Sicily FROMMEMBER Palermo BYBOX 400 400 km ASC WITHDIST
			GEOSEARCH Sicily FROMLONLAT 15 37 BYBOX 400 400 km DESC
			GEOSEARCHSTORE dst Sicily FROMLONLAT 15 37 BYBOX 400 400 km ASC COUNT 3
			ZRANGE dst 0 -1 WITHSCORES
			GEOSEARCHSTORE dst Sicily FROMLONLAT 15 37 BYBOX 400 400 km ASC COUNT 3 STOREDIST
			ZRANGE dst 0 -1 WITHSCORES
			GEORADIUS Sicily 15 37 200 km STORE dst2
			ZRANGE dst2 0 -1 WITHSCORES
			GEORADIUS Sicily 15 37 200 km STOREDIST dst2
			ZRANGE dst2 0 -1 WITHSCORES
			GEORADIUSBYMEMBER Sicily Catania 10 mi STORE dst3 STOREDIST dst4
			EXISTS dst3 dst4
			ZRANGE dst4 0 -1 WITHSCORES
			GEOSEARCHSTORE dst Sicily FROMLONLAT 0 0 BYRADIUS 1 m
			EXISTS dst
			SET str x
			GEOSEARCHSTORE str Sicily FROMLONLAT 15 37 BYRADIUS 200 km
			TYPE str
			EXPIRE dst2 100
			GEOSEARCHSTORE dst2 Sicily FROMLONLAT 15 37 BYRADIUS 200 km
			TTL dst2

			GEOADD k 0 0 a
			GEOADD k CH 0 0 a
			GEOADD k CH 0 0.0001 a
			GEOADD k NX 1 1 a 2 2 b
			GEOADD k XX 3 3 a 4 4 c
			GEOADD k XX CH 3 3 a 4 4 c
			GEOADD k nx ch 5 5 d
			GEOADD k ch xx nx 5 5 d
			GEOADD k nx xx 5 5 d
			GEOADD k nx 5 5
			GEOADD k nx ch ch
			GEOADD k nx ch xx
			GEOADD k 1 2
			GEOADD k 1 2 a 3
			GEOADD k 181 0 a
			GEOADD k -180.0001 0 a
			GEOADD k 0 85.05112879 a
			GEOADD k 0 -85.05112879 a
			GEOADD k 0 90 a
			GEOADD k 200 1e300 a
			GEOADD k -1e-9 -100 a
			GEOADD k -0 -100 a
			GEOADD k inf 0 a
			GEOADD k -inf 0 a
			GEOADD k nan 0 a
			GEOADD k abc 0 a
			GEOADD k 0 abc a
			GEOADD k "" 0 a
			GEOADD k " 1" 0 a
			GEOADD k 0x10 0 a
			GEOADD k 1e1 1E1 e
			GEOADD k 0 0 ok 500 0 bad
			ZRANGE k 0 -1 WITHSCORES
			GEOADD k 180 85.05112878 ne -180 -85.05112878 sw 180 -85.05112878 se -180 85.05112878 nw
			ZRANGE k 0 -1 WITHSCORES
			GEOPOS k ne sw se nw a b c d e
			GEOHASH k ne sw se nw a b c d e
			GEODIST k ne sw
			GEODIST k ne nw km
			GEODIST k se sw mi
			RPUSH list x
			GEOADD list 0 0 a
			GEOADD list 500 0 a
			GEOADD list nx xx 0 0 a
			GEOPOS list a
			GEOHASH list a
			GEODIST list a b
			GEODIST list a b furlong
			GEOSEARCH list FROMLONLAT 0 0 BYRADIUS 1 km
			GEOSEARCH list garbage
			GEORADIUS list 0 0 1 km
			GEORADIUS_RO list 500 0 1 km
			GEOSEARCHSTORE dst list FROMLONLAT 0 0 BYRADIUS 1 km
			GEOSEARCHSTORE list k FROMLONLAT 0 0 BYRADIUS 1000 km
			TYPE list
			ZRANGE list 0 -1 WITHSCORES
			""";

	static final String ERRORS = """
			GEOADD k 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
			GEOSEARCH k
			GEOSEARCH k FROMLONLAT 0 0
			GEOSEARCH k BYRADIUS 1 km
			GEOSEARCH k FROMLONLAT 0 0 BYRADIUS 1 km BYBOX 1 1 km
			GEOSEARCH k FROMLONLAT 0 0 BYBOX 1 1 km BYRADIUS 1 km
			GEOSEARCH k FROMLONLAT 0 0 FROMMEMBER Palermo BYRADIUS 1 km
			GEOSEARCH k FROMMEMBER Palermo FROMLONLAT 0 0 BYRADIUS 1 km
			GEOSEARCH k FROMMEMBER Palermo FROMMEMBER Catania BYRADIUS 100 km WITHDIST
			GEOSEARCH k FROMMEMBER nope BYRADIUS 100 km
			GEOSEARCH k FROMMEMBER nope BYRADIUS -1 km
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS -1 km
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS x km
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 1 yd
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 1
			GEOSEARCH k FROMMEMBER Palermo BYBOX 1 1
			GEOSEARCH k FROMMEMBER Palermo BYBOX x 1 km
			GEOSEARCH k FROMMEMBER Palermo BYBOX 1 x km
			GEOSEARCH k FROMMEMBER Palermo BYBOX -1 1 km
			GEOSEARCH k FROMMEMBER Palermo BYBOX 1 -1 km
			GEOSEARCH k FROMMEMBER Palermo BYBOX 1 1 yd
			GEOSEARCH k FROMLONLAT 200 0 BYBOX 1 1 km
			GEOSEARCH k FROMLONLAT 0 x BYBOX 1 1 km
			GEOSEARCH k FROMLONLAT 0 BYBOX 1 1 km
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 100 km COUNT 0
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 100 km COUNT -1
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 100 km COUNT x
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 100 km COUNT
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 100 km ANY
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 500 km ANY COUNT 1
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 500 km COUNT 1 ANY DESC
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 500 km COUNT 1 DESC
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 500 km STORE x
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 500 km STOREDIST
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 500 km STOREDIST x
			GEOSEARCH k FROMMEMBER Palermo BYRADIUS 500 km garbage
			GEOSEARCH nokey FROMMEMBER nope BYRADIUS 500 km
			GEOSEARCH nokey FROMMEMBER nope
			GEOSEARCH nokey FROMLONLAT 0 0
			GEOSEARCH nokey BYRADIUS 1 m
			GEOSEARCH nokey FROMLONLAT 0 0 BYRADIUS 1 m ANY
			geosearch k frommember Palermo byradius 500 KM withdist withcoord withhash asc count 2
			geosearch k
			GeoSearch k byradius 1 m
			GEOSEARCHSTORE d k FROMMEMBER Palermo BYRADIUS 500 km WITHDIST
			GEOSEARCHSTORE d k FROMMEMBER Palermo BYRADIUS 500 km WITHCOORD STOREDIST
			GEOSEARCHSTORE d k FROMMEMBER Palermo BYRADIUS 500 km STORE x
			GEOSEARCHSTORE d k BYRADIUS 500 km
			geosearchstore d k FROMLONLAT 0 0
			GEOSEARCHSTORE d nokey FROMMEMBER x BYRADIUS 500 km STOREDIST
			GEOSEARCHSTORE d k FROMMEMBER Palermo BYRADIUS 500 km STOREDIST STOREDIST
			ZRANGE d 0 -1 WITHSCORES
			GEOSEARCHSTORE d nokey FROMMEMBER x BYRADIUS 500 km
			EXISTS d
			GEORADIUS k 15 37 200 km STORE
			GEORADIUS k 15 37 200 km STORE d WITHDIST
			GEORADIUS k 15 37 200 km STOREDIST d WITHHASH
			GEORADIUS k 15 37 200 km FROMLONLAT 0 0
			GEORADIUS k 15 37 200 km BYRADIUS 1 km
			GEORADIUS k 15 37 -1 km
			GEORADIUS k 15 37 x km
			GEORADIUS k 15 37 1 yd
			GEORADIUS k 200 37 1 km
			GEORADIUS k 15 37 200 km COUNT 0
			GEORADIUS k 15 37 200 km ANY
			GEORADIUS nokey 15 37 200 km STORE d
			GEORADIUS nokey 200 37 200 km
			GEORADIUS nokey 15 37 200 yd
			GEORADIUS_RO k 15 37 200 km STORE d
			GEORADIUS_RO k 15 37 200 km STOREDIST d
			GEORADIUSBYMEMBER k nope 200 km
			GEORADIUSBYMEMBER k Palermo -200 km
			GEORADIUSBYMEMBER k Palermo 200 yd
			GEORADIUSBYMEMBER nokey nope -200 yd
			GEORADIUSBYMEMBER nokey nope -200 yd STORE d
			GEORADIUSBYMEMBER nokey nope -200 yd garbage
			GEORADIUSBYMEMBER nokey nope -200 yd ANY
			GEORADIUSBYMEMBER_RO k Palermo 200 km STORE d
			GEORADIUSBYMEMBER_RO k Palermo 200 km COUNT 1 ANY WITHDIST
			GEORADIUSBYMEMBER k Palermo 200 km COUNT 1 ANY STOREDIST d2
			ZRANGE d2 0 -1 WITHSCORES
			GEOADD k
			GEOPOS
			GEODIST k a
			GEOSEARCH k FROMMEMBER Palermo
			GEOSEARCHSTORE d k FROMMEMBER Palermo
			GEORADIUS k 1 2 3
			GEORADIUSBYMEMBER k a 1
			""";

	/**
	 * Points at the limits and around the poles and the antimeridian, members at equal
	 * places (equal distances: the sorts' tie orders), and searches of every size.
	 */
	static final String EDGES = """
			GEOADD e 180 0 am1 -180 0 am2 179.9999 0 am3 -179.9999 0 am4 0 85.05112878 np 0 -85.05112878 sp 0 0 o1 0 0 o2 0 0 o3 0 0 o0 1 1 p1 -1 -1 p2 1 -1 p3 -1 1 p4
			ZRANGE e 0 -1 WITHSCORES
			GEOPOS e am1 am2 am3 am4 np sp o1 p1 p2
			GEOHASH e am1 am2 am3 am4 np sp o1 p1 p2
			GEOSEARCH e FROMLONLAT 180 0 BYRADIUS 50 km WITHDIST WITHCOORD ASC
			GEOSEARCH e FROMLONLAT -180 0 BYRADIUS 50 km WITHDIST WITHCOORD DESC
			GEOSEARCH e FROMLONLAT 180 0 BYBOX 100 100 km WITHDIST
			GEOSEARCH e FROMLONLAT 0 85.05112878 BYRADIUS 500 km WITHDIST WITHHASH
			GEOSEARCH e FROMLONLAT 0 -85.05112878 BYBOX 1000 1000 km WITHDIST
			GEOSEARCH e FROMLONLAT 0 0 BYRADIUS 0 m WITHDIST
			GEOSEARCH e FROMLONLAT 0 0 BYBOX 0 0 m WITHDIST
			GEOSEARCH e FROMMEMBER o1 BYRADIUS 0 km WITHDIST ASC
			GEOSEARCH e FROMMEMBER o1 BYRADIUS 200 km WITHDIST ASC
			GEOSEARCH e FROMMEMBER o1 BYRADIUS 200 km WITHDIST DESC
			GEOSEARCH e FROMMEMBER o1 BYRADIUS 200 km WITHDIST ASC COUNT 2
			GEOSEARCH e FROMMEMBER o1 BYRADIUS 200 km WITHDIST ASC COUNT 5
			GEOSEARCH e FROMMEMBER o1 BYRADIUS 200 km WITHDIST DESC COUNT 5
			GEOSEARCH e FROMMEMBER o1 BYRADIUS 200 km WITHDIST COUNT 3 ANY
			GEOSEARCH e FROMMEMBER o1 BYRADIUS 200 km WITHDIST COUNT 3 ANY ASC
			GEOSEARCH e FROMMEMBER o1 BYRADIUS 200 km WITHDIST COUNT 3 ANY DESC
			GEOSEARCH e FROMMEMBER o1 BYRADIUS 200 km WITHDIST COUNT 100
			GEOSEARCH e FROMMEMBER o1 BYRADIUS 20000 km WITHDIST
			GEOSEARCH e FROMMEMBER o1 BYRADIUS 20000 km WITHDIST ASC
			GEOSEARCH e FROMMEMBER o1 BYRADIUS 1e30 km WITHDIST ASC
			GEOSEARCH e FROMMEMBER o1 BYRADIUS inf km WITHDIST ASC
			GEOSEARCH e FROMMEMBER np BYRADIUS 20000 km WITHDIST ASC
			GEOSEARCH e FROMMEMBER am1 BYBOX 40000 40000 km WITHDIST ASC
			GEOSEARCH e FROMMEMBER am1 BYBOX 1e20 1e20 ft WITHDIST ASC
			GEOSEARCH e FROMMEMBER p1 BYBOX 250 10 km WITHDIST ASC
			GEOSEARCH e FROMMEMBER p1 BYBOX 10 250 km WITHDIST ASC
			GEOSEARCH e FROMMEMBER p1 BYBOX 10 250 mi WITHDIST ASC
			GEOSEARCH e FROMMEMBER p1 BYBOX 1000 1000 ft WITHDIST ASC
			GEODIST e am1 am2
			GEODIST e am3 am4
			GEODIST e np sp
			GEODIST e np sp km
			GEODIST e o1 o2
			GEODIST e o1 np ft
			GEODIST e am1 o1 mi
			ZADD e -inf ninf inf pinf -1 neg 0 zero 4503599627370496 big 9007199254740993 big2 1e300 huge 3.5 frac
			GEOPOS e ninf pinf neg zero big big2 huge frac
			GEOHASH e ninf pinf neg zero big big2 huge frac
			GEODIST e ninf pinf
			GEODIST e neg huge km
			GEOSEARCH e FROMMEMBER zero BYRADIUS 1000 km WITHDIST WITHHASH WITHCOORD ASC
			GEOSEARCH e FROMMEMBER frac BYRADIUS 1 km WITHDIST WITHHASH WITHCOORD ASC
			GEOSEARCH e FROMLONLAT -180 -85.05112878 BYRADIUS 1 km WITHDIST WITHHASH WITHCOORD
			GEOSEARCH e FROMMEMBER big BYRADIUS 10 km WITHDIST WITHHASH WITHCOORD
			""";

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void commandsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, BASICS)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void errorsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, ERRORS)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void edgesAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, EDGES)).isEmpty();
	}

	/**
	 * Seeded random geo sets (uniform points, clusters, members at equal places, the
	 * limits) searched at random: 6 blocks of 400 lines each protocol.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void randomSearchesAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		long seed = 20261207L + protocol;
		System.out.println("GeoDifferentialTests seed " + seed);
		assertThat(RespPair.divergences(redis, protocol, randomLines(seed, 6, 400))).isEmpty();
	}

	static String randomLines(long seed, int blocks, int searches) {
		Random random = new Random(seed);
		StringBuilder out = new StringBuilder();
		for (int b = 0; b < blocks; b++) {
			int members = 1 + random.nextInt((b % 2 == 0) ? 40 : 300);
			double clusterLon = -180 + 360 * random.nextDouble();
			double clusterLat = -85 + 170 * random.nextDouble();
			double spread = Math.pow(10, -3 + 5 * random.nextDouble());
			for (int i = 0; i < members;) {
				StringBuilder line = new StringBuilder("GEOADD g");
				int batch = Math.min(members - i, 1 + random.nextInt(20));
				for (int j = 0; j < batch; j++, i++) {
					double[] point = point(random, clusterLon, clusterLat, spread);
					line.append(' ')
						.append(coordinate(random, point[0]))
						.append(' ')
						.append(coordinate(random, point[1]));
					line.append(" m").append(random.nextInt(members + 5));
				}
				out.append(line).append('\n');
			}
			out.append("ZRANGE g 0 -1 WITHSCORES\n");
			for (int s = 0; s < searches; s++) {
				out.append(randomCommand(random, members, clusterLon, clusterLat, spread)).append('\n');
			}
			out.append('\n');
		}
		return out.toString();
	}

	/**
	 * Reads a stored search back: geohash scores exactly; distances by their order and to
	 * four decimals only through the replies above, because the unrounded distance can
	 * differ from Redis's in its last bit (see the README's geo notes: glibc's
	 * {@code sin} and {@code cos} are not Java's).
	 */
	private static String stored(boolean dist) {
		return dist ? "ZRANGE dst 0 -1" : "ZRANGE dst 0 -1 WITHSCORES";
	}

	private static double[] point(Random random, double clusterLon, double clusterLat, double spread) {
		switch (random.nextInt(10)) {
			case 0:
				return new double[] { -180 + 360 * random.nextDouble(),
						-85.05112878 + 170.10225756 * random.nextDouble() };
			case 1: {
				double[][] edges = { { 180, 0 }, { -180, 0 }, { 0, 85.05112878 }, { 0, -85.05112878 },
						{ 180, 85.05112878 }, { -180, -85.05112878 }, { 0, 0 }, { clusterLon, clusterLat } };
				return edges[random.nextInt(edges.length)];
			}
			default: {
				double lon = clusterLon + (random.nextGaussian() * spread / 111);
				double lat = clusterLat + (random.nextGaussian() * spread / 111);
				if (lon > 180) {
					lon -= 360;
				}
				if (lon < -180) {
					lon += 360;
				}
				lat = Math.max(-85.05112878, Math.min(85.05112878, lat));
				return new double[] { lon, lat };
			}
		}
	}

	private static String coordinate(Random random, double value) {
		return switch (random.nextInt(4)) {
			case 0 -> String.format(Locale.ROOT, "%.6f", value);
			case 1 -> String.format(Locale.ROOT, "%.2f", value);
			case 2 -> Double.toString(value);
			default -> String.format(Locale.ROOT, "%.9f", value);
		};
	}

	private static String randomCommand(Random random, int members, double clusterLon, double clusterLat,
			double spread) {
		String member = "m" + random.nextInt(members + 5);
		String[] units = { "m", "km", "ft", "mi", "KM", "Mi" };
		String unit = units[random.nextInt(units.length)];
		double meters = spread * 1000 * Math.pow(10, -2 + 4 * random.nextDouble());
		if (random.nextInt(20) == 0) {
			meters = 0;
		}
		if (random.nextInt(20) == 0) {
			meters = 2e7 * random.nextDouble() * 2;
		}
		double factor = switch (unit.toLowerCase(Locale.ROOT)) {
			case "km" -> 1000;
			case "ft" -> 0.3048;
			case "mi" -> 1609.34;
			default -> 1;
		};
		String size = String.format(Locale.ROOT, "%.3f", meters / factor);
		String size2 = String.format(Locale.ROOT, "%.3f", meters / factor * (0.2 + 2 * random.nextDouble()));
		int kind = random.nextInt(12);
		if (kind == 0) {
			return "GEODIST g " + member + " m" + random.nextInt(members + 5)
					+ (random.nextBoolean() ? " " + unit : "");
		}
		if (kind == 1) {
			return "GEOPOS g " + member + " m" + random.nextInt(members + 5);
		}
		if (kind == 2) {
			return "GEOHASH g " + member + " m" + random.nextInt(members + 5);
		}
		StringBuilder from = new StringBuilder();
		boolean byMember = random.nextInt(3) == 0;
		String lon = String.format(Locale.ROOT, "%.5f",
				Math.max(-180, Math.min(180, clusterLon + random.nextGaussian() * spread / 111)));
		String lat = String.format(Locale.ROOT, "%.5f",
				Math.max(-85.05, Math.min(85.05, clusterLat + random.nextGaussian() * spread / 111)));
		if (random.nextInt(15) == 0) {
			lon = random.nextBoolean() ? "180" : "-180";
		}
		if (random.nextInt(15) == 0) {
			lat = random.nextBoolean() ? "85.05112878" : "-85.05112878";
		}
		StringBuilder options = new StringBuilder();
		boolean any = false;
		if (random.nextInt(3) == 0) {
			options.append(" COUNT ").append(1 + random.nextInt(random.nextBoolean() ? 5 : 200));
			if (random.nextInt(3) == 0) {
				options.append(" ANY");
				any = true;
			}
		}
		switch (random.nextInt(3)) {
			case 0 -> options.append(" ASC");
			case 1 -> options.append(" DESC");
			default -> {
			}
		}
		boolean store = kind >= 10;
		if (!store) {
			if (random.nextBoolean()) {
				options.append(" WITHDIST");
			}
			if (random.nextInt(3) == 0) {
				options.append(" WITHCOORD");
			}
			if (random.nextInt(3) == 0) {
				options.append(" WITHHASH");
			}
		}
		if (kind >= 8 && kind <= 9) {
			// the older forms
			String command = byMember ? "GEORADIUSBYMEMBER" : "GEORADIUS";
			if (random.nextBoolean()) {
				command += "_RO";
			}
			String center = byMember ? member : lon + " " + lat;
			return command + " g " + center + " " + size + " " + unit + options;
		}
		from.append(byMember ? " FROMMEMBER " + member : " FROMLONLAT " + lon + " " + lat);
		String by = random.nextBoolean() ? " BYRADIUS " + size + " " + unit
				: " BYBOX " + size + " " + size2 + " " + unit;
		if (store) {
			boolean dist = random.nextBoolean();
			if (kind == 11 && !any) {
				String command = byMember ? "GEORADIUSBYMEMBER g " + member : "GEORADIUS g " + lon + " " + lat;
				return command + " " + size + " " + unit + options + (dist ? " STOREDIST" : " STORE") + " dst\n"
						+ stored(dist);
			}
			return "GEOSEARCHSTORE dst g" + from + by + options + (dist ? " STOREDIST" : "") + "\n" + stored(dist);
		}
		return "GEOSEARCH g" + from + by + options;
	}

}
