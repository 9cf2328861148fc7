package io.redipy.memory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.redipy.api.GeoAddOptions;
import io.redipy.api.GeoCoordinates;
import io.redipy.api.GeoMember;
import io.redipy.api.GeoResult;
import io.redipy.api.GeoSearch;
import io.redipy.api.GeoUnit;
import io.redipy.api.ScoredMember;
import io.redipy.api.ZAddOptions;
import io.redipy.memory.Geohash.Bits;
import io.redipy.memory.Geohash.Radius;
import io.redipy.memory.Geohash.Shape;
import io.redipy.memory.ZSetValue.Node;
import org.jspecify.annotations.Nullable;

/**
 * Redis 7.0's {@code geo.c} on the memory store's sorted sets: the search over the nine
 * cells (with {@code COUNT ANY}'s early stop), its sort ({@code qsort}, which glibc runs
 * as a stable merge sort, or Redis's partial {@code pqsort} when fewer are returned than
 * found), the store of a search, and the texts Redis prints for coordinates and
 * distances.
 */
final class GeoOps {

	/** No sort. */
	static final int SORT_NONE = 0;

	/** Nearest first. */
	static final int SORT_ASC = 1;

	/** Farthest first. */
	static final int SORT_DESC = 2;

	static final String UNIT_ERROR = "ERR unsupported unit provided. please use M, KM, FT, MI";

	static final String MEMBER_ERROR = "ERR could not decode requested zset member";

	private GeoOps() {
	}

	/** A point found ({@code geoPoint}). */
	static final class Point {

		final String member;

		final double lon;

		final double lat;

		double dist;

		final double score;

		Point(String member, double lon, double lat, double dist, double score) {
			this.member = member;
			this.lon = lon;
			this.lat = lat;
			this.dist = dist;
			this.score = score;
		}

	}

	/**
	 * {@code extractUnitOrReply}: the factor that turns a unit into meters, or -1 for no
	 * unit Redis knows.
	 */
	static double unit(byte[] unit) {
		if (RespBitmaps.is(unit, "M")) {
			return 1;
		}
		if (RespBitmaps.is(unit, "KM")) {
			return 1000;
		}
		if (RespBitmaps.is(unit, "FT")) {
			return 0.3048;
		}
		if (RespBitmaps.is(unit, "MI")) {
			return 1609.34;
		}
		return -1;
	}

	/** Whether a longitude and latitude are a pair Redis indexes. */
	static boolean validPair(double lon, double lat) {
		return !(lon < Geohash.LONG_MIN || lon > Geohash.LONG_MAX || lat < Geohash.LAT_MIN || lat > Geohash.LAT_MAX);
	}

	/** The error {@code extractLongLatOrReply} answers for a pair out of range. */
	static String invalidPair(double lon, double lat) {
		return "ERR invalid longitude,latitude pair " + fixed(lon, 6) + "," + fixed(lat, 6);
	}

	/** The sorted set score of a point ({@code GEOADD}). */
	static double score(double lon, double lat) {
		return Geohash.align52Bits(Geohash.encode(lon, lat, Geohash.STEP_MAX));
	}

	/** The geohash string {@code GEOHASH} answers for a score. */
	static String hash(double score) {
		double[] xy = new double[2];
		Geohash.decodeScore(score, xy);
		Bits hash = Geohash.encode(-180, 180, -90, 90, xy[0], xy[1], 26);
		String alphabet = "0123456789bcdefghjkmnpqrstuvwxyz";
		char[] buf = new char[11];
		for (int i = 0; i < 11; i++) {
			int idx = (i == 10) ? 0 : (int) ((hash.bits() >>> (52 - ((i + 1) * 5))) & 0x1f);
			buf[i] = alphabet.charAt(idx);
		}
		return new String(buf);
	}

	/**
	 * {@code membersOfAllNeighbors} and the sort of {@code georadiusGeneric}: the points
	 * of a search, the first {@code count} (0: all) in the order Redis returns them,
	 * their distances in the shape's unit.
	 */
	static List<Point> search(ZSetValue zset, Shape shape, long count, boolean any, int sort) {
		if (count != 0 && sort == SORT_NONE && !any) {
			sort = SORT_ASC;
		}
		Radius radius = Geohash.areas(shape);
		List<Point> found = new ArrayList<>();
		long limit = any ? count : 0;
		Bits[] boxes = new Bits[9];
		boxes[0] = radius.hash();
		System.arraycopy(radius.neighbors(), 0, boxes, 1, 8);
		int lastProcessed = 0;
		for (int i = 0; i < boxes.length; i++) {
			if (boxes[i].isZero()) {
				continue;
			}
			if (lastProcessed != 0 && boxes[i].bits() == boxes[lastProcessed].bits()
					&& boxes[i].step() == boxes[lastProcessed].step()) {
				continue;
			}
			if (!found.isEmpty() && limit != 0 && found.size() >= limit) {
				break;
			}
			membersOfBox(zset, boxes[i], shape, found, limit);
			lastProcessed = i;
		}
		int resultLength = found.size();
		int returned = (count == 0 || resultLength < count) ? resultLength : (int) count;
		Point[] points = found.toArray(new Point[0]);
		if (sort != SORT_NONE) {
			Comparator<Point> comparator = (sort == SORT_ASC) ? GeoOps::ascending : (a, b) -> -ascending(a, b);
			if (returned == resultLength) {
				mergeSort(points, comparator);
			}
			else {
				pqsort(points, 0, points.length, comparator, 0, returned - 1);
			}
		}
		List<Point> result = new ArrayList<>(returned);
		for (int i = 0; i < returned; i++) {
			points[i].dist /= shape.conversion;
			result.add(points[i]);
		}
		return result;
	}

	/** {@code membersOfGeoHashBox}: the points scored in a cell's range. */
	private static void membersOfBox(ZSetValue zset, Bits hash, Shape shape, List<Point> found, long limit) {
		double min = Geohash.align52Bits(hash);
		double max = Geohash.align52Bits(new Bits(hash.bits() + 1, hash.step()));
		if (zset.size() == 0 || zset.last().score() < min) {
			return;
		}
		Node node = zset.firstFrom(min, false);
		double[] xy = new double[2];
		double[] distance = new double[1];
		while (node != null) {
			if (!(node.score() < max)) {
				break;
			}
			distance[0] = 0;
			if (Geohash.within(shape, node.score(), xy, distance)) {
				found.add(new Point(node.member(), xy[0], xy[1], distance[0], node.score()));
			}
			if (!found.isEmpty() && limit != 0 && found.size() >= limit) {
				break;
			}
			node = node.next();
		}
	}

	/** {@code sort_gp_asc}. */
	private static int ascending(Point a, Point b) {
		if (a.dist > b.dist) {
			return 1;
		}
		if (a.dist == b.dist) {
			return 0;
		}
		return -1;
	}

	/**
	 * glibc's {@code qsort} as it runs on Redis's servers: {@code msort}, a top-down
	 * stable merge sort (exact also for the comparator's answers on NaN distances).
	 */
	static <T> void mergeSort(T[] a, Comparator<? super T> cmp) {
		if (a.length > 1) {
			msort(a, 0, a.length, cmp, Arrays.copyOf(a, a.length));
		}
	}

	private static <T> void msort(T[] b, int from, int n, Comparator<? super T> cmp, T[] tmp) {
		if (n <= 1) {
			return;
		}
		int n1 = n / 2;
		int n2 = n - n1;
		int b1 = from;
		int b2 = from + n1;
		msort(b, b1, n1, cmp, tmp);
		msort(b, b2, n2, cmp, tmp);
		int t = 0;
		while (n1 > 0 && n2 > 0) {
			if (cmp.compare(b[b1], b[b2]) <= 0) {
				tmp[t++] = b[b1++];
				n1--;
			}
			else {
				tmp[t++] = b[b2++];
				n2--;
			}
		}
		if (n1 > 0) {
			System.arraycopy(b, b1, tmp, t, n1);
		}
		System.arraycopy(tmp, 0, b, from, n - n2);
	}

	/**
	 * Redis's {@code pqsort} (Bentley and McIlroy's quicksort that only recurses into
	 * parts overlapping the range {@code lrange..rrange}), on elements {@code [a, a+n)}.
	 */
	static <T> void pqsort(T[] x, int a, int n, Comparator<? super T> cmp, int lrange, int rrange) {
		while (true) {
			if (n < 7) {
				for (int pm = a + 1; pm < a + n; pm++) {
					for (int pl = pm; pl > a && cmp.compare(x[pl - 1], x[pl]) > 0; pl--) {
						swap(x, pl, pl - 1);
					}
				}
				return;
			}
			int pm = a + (n / 2);
			if (n > 7) {
				int pl = a;
				int pn = a + (n - 1);
				if (n > 40) {
					int d = n / 8;
					pl = med3(x, pl, pl + d, pl + 2 * d, cmp);
					pm = med3(x, pm - d, pm, pm + d, cmp);
					pn = med3(x, pn - 2 * d, pn - d, pn, cmp);
				}
				pm = med3(x, pl, pm, pn, cmp);
			}
			swap(x, a, pm);
			int pa = a + 1;
			int pb = pa;
			int pc = a + (n - 1);
			int pd = pc;
			for (;;) {
				int result;
				while (pb <= pc && (result = cmp.compare(x[pb], x[a])) <= 0) {
					if (result == 0) {
						swap(x, pa, pb);
						pa++;
					}
					pb++;
				}
				while (pb <= pc && (result = cmp.compare(x[pc], x[a])) >= 0) {
					if (result == 0) {
						swap(x, pc, pd);
						pd--;
					}
					pc--;
				}
				if (pb > pc) {
					break;
				}
				swap(x, pb, pc);
				pb++;
				pc--;
			}
			int pn = a + n;
			int r = Math.min(pa - a, pb - pa);
			vecswap(x, a, pb - r, r);
			r = Math.min(pd - pc, pn - pd - 1);
			vecswap(x, pb, pn - r, r);
			r = pb - pa;
			if (r > 1) {
				if (!((lrange < a && rrange < a) || (lrange >= a + r && rrange >= a + r))) {
					pqsort(x, a, r, cmp, lrange, rrange);
				}
			}
			r = pd - pc;
			if (r > 1) {
				a = pn - r;
				n = r;
				if (!((lrange < a && rrange < a) || (lrange >= a + r && rrange >= a + r))) {
					continue;
				}
			}
			return;
		}
	}

	private static <T> int med3(T[] x, int a, int b, int c, Comparator<? super T> cmp) {
		return (cmp.compare(x[a], x[b]) < 0)
				? ((cmp.compare(x[b], x[c]) < 0) ? b : ((cmp.compare(x[a], x[c]) < 0) ? c : a))
				: ((cmp.compare(x[b], x[c]) > 0) ? b : ((cmp.compare(x[a], x[c]) < 0) ? a : c));
	}

	private static <T> void swap(T[] x, int i, int j) {
		T t = x[i];
		x[i] = x[j];
		x[j] = t;
	}

	private static <T> void vecswap(T[] x, int a, int b, int n) {
		for (int i = 0; i < n; i++) {
			swap(x, a + i, b + i);
		}
	}

	/**
	 * Stores the points of a search as {@code GEOSEARCHSTORE} and the {@code STORE}
	 * options do: a new sorted set of their scores (or distances), or the destination
	 * deleted if there are none.
	 */
	static long store(Db db, String destination, List<Point> points, boolean storeDist, String event) {
		if (points.isEmpty()) {
			if (db.delete(destination)) {
				db.notify(KeyEvents.GENERIC, "del", destination);
			}
			return 0;
		}
		ZSetValue zset = new ZSetValue(false);
		for (Point point : points) {
			zset.put(point.member, storeDist ? point.dist : point.score);
		}
		zset.compactIfFits();
		db.replace(destination, zset);
		db.notify(KeyEvents.ZSET, event, destination);
		return points.size();
	}

	// texts

	/**
	 * A distance as {@code addReplyDoubleDistance} prints it ({@code fixedpoint_d2string}
	 * with four decimals: the value times 10^4 rounded by {@code llrint}).
	 */
	static String distance(double d) {
		if (d == 0) {
			return "0.0000";
		}
		double scaled = Math.rint(d * 10000.0);
		long svalue = Geohash.cvttsd2si(scaled);
		String digits;
		boolean negative = svalue < 0;
		if (svalue == Long.MIN_VALUE) {
			digits = "9223372036854775808";
		}
		else {
			digits = Long.toString(Math.abs(svalue));
		}
		StringBuilder out = new StringBuilder(24);
		if (negative) {
			out.append('-');
		}
		if (digits.length() <= 4) {
			out.append("0.");
			out.append("0000", 0, 4 - digits.length());
			out.append(digits);
		}
		else {
			out.append(digits, 0, digits.length() - 4).append('.').append(digits, digits.length() - 4, digits.length());
		}
		return out.toString();
	}

	/**
	 * A coordinate as {@code addReplyHumanLongDouble} prints it: {@code "%.17Lf"} of the
	 * exact value, trailing zeros and a trailing dot removed, {@code -0} as {@code 0}.
	 */
	static String human(double value) {
		if (Double.isInfinite(value)) {
			return (value > 0) ? "inf" : "-inf";
		}
		return LongDouble.trimmed(fixed(value, 17));
	}

	/** C's {@code "%.<digits>f"} of a double (its exact value rounded half to even). */
	static String fixed(double value, int digits) {
		if (Double.isNaN(value)) {
			return (Double.doubleToRawLongBits(value) < 0) ? "-nan" : "nan";
		}
		if (Double.isInfinite(value)) {
			return (value > 0) ? "inf" : "-inf";
		}
		String text = new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
		boolean negative = (Double.doubleToRawLongBits(value) < 0);
		if (negative && text.charAt(0) != '-') {
			text = "-" + text;
		}
		return text;
	}

	// the typed API: Redis's checks in the order Redis meets them in the arguments the
	// Redis backend sends

	/** The factor of a unit. */
	static double factor(GeoUnit unit) {
		return switch (unit) {
			case M -> 1;
			case KM -> 1000;
			case FT -> 0.3048;
			case MI -> 1609.34;
		};
	}

	private static void checkPair(double lon, double lat) {
		if (Double.isNaN(lon) || Double.isNaN(lat)) {
			throw Errors.error(Errors.NOT_FLOAT);
		}
		if (!validPair(lon, lat)) {
			throw Errors.error(invalidPair(lon, lat));
		}
	}

	/** {@code GEOADD}: the positions checked, then {@code ZADD} of their scores. */
	static long geoadd(Db db, String key, GeoAddOptions options, List<GeoMember<String>> members) {
		List<ScoredMember> scored = new ArrayList<>(members.size());
		for (GeoMember<String> member : members) {
			checkPair(member.longitude(), member.latitude());
			scored.add(new ScoredMember(member.member(), score(member.longitude(), member.latitude())));
		}
		return ZSetOps.zadd(db, key,
				new ZAddOptions(options.existence(), ZAddOptions.Comparison.ANY, options.changed()), scored);
	}

	/** A coordinate as a client reads Redis's text of it. */
	static double readCoordinate(double value) {
		return Double.parseDouble(human(value));
	}

	/** {@code GEOPOS}. */
	static List<@Nullable GeoCoordinates> geopos(Db db, String key, String[] members) {
		ZSetValue zset = db.read(key, ZSetValue.class);
		List<@Nullable GeoCoordinates> result = new ArrayList<>(members.length);
		double[] xy = new double[2];
		for (String member : members) {
			Double score = scoreOf(zset, member);
			if (score == null) {
				result.add(null);
				continue;
			}
			Geohash.decodeScore(score, xy);
			result.add(new GeoCoordinates(readCoordinate(xy[0]), readCoordinate(xy[1])));
		}
		return result;
	}

	/** {@code GEODIST}, as a client reads Redis's four decimals. */
	static @Nullable Double geodist(Db db, String key, String member1, String member2, GeoUnit unit) {
		ZSetValue zset = db.read(key, ZSetValue.class);
		Double score1 = scoreOf(zset, member1);
		Double score2 = scoreOf(zset, member2);
		if (score1 == null || score2 == null) {
			return null;
		}
		double[] a = new double[2];
		double[] b = new double[2];
		Geohash.decodeScore(score1, a);
		Geohash.decodeScore(score2, b);
		return Double.parseDouble(distance(Geohash.distance(a[0], a[1], b[0], b[1]) / factor(unit)));
	}

	/** {@code GEOHASH}. */
	static List<@Nullable String> geohash(Db db, String key, String[] members) {
		ZSetValue zset = db.read(key, ZSetValue.class);
		List<@Nullable String> result = new ArrayList<>(members.length);
		for (String member : members) {
			Double score = scoreOf(zset, member);
			result.add((score != null) ? hash(score) : null);
		}
		return result;
	}

	/**
	 * {@code GEOSEARCH} and {@code GEOSEARCHSTORE} of an API search: {@code null} if the
	 * source is missing, else the points.
	 */
	static @Nullable List<Point> search(Db db, String source, GeoSearch search, @Nullable String member,
			boolean store) {
		ZSetValue zset = db.read(source, ZSetValue.class);
		Shape shape = new Shape();
		if (member != null) {
			if (zset != null) {
				Double score = scoreOf(zset, member);
				if (score == null) {
					throw Errors.error(MEMBER_ERROR);
				}
				double[] xy = new double[2];
				Geohash.decodeScore(score, xy);
				shape.lon = xy[0];
				shape.lat = xy[1];
			}
		}
		else {
			checkPair(search.longitude(), search.latitude());
			shape.lon = search.longitude();
			shape.lat = search.latitude();
		}
		if (search.box()) {
			if (Double.isNaN(search.width())) {
				throw Errors.error("ERR need numeric width");
			}
			if (Double.isNaN(search.height())) {
				throw Errors.error("ERR need numeric height");
			}
			if (search.height() < 0 || search.width() < 0) {
				throw Errors.error("ERR height or width cannot be negative");
			}
			shape.box = true;
			shape.width = search.width();
			shape.height = search.height();
		}
		else {
			if (Double.isNaN(search.radius())) {
				throw Errors.error("ERR need numeric radius");
			}
			if (search.radius() < 0) {
				throw Errors.error("ERR radius cannot be negative");
			}
			shape.radius = search.radius();
		}
		shape.conversion = factor(search.requireShape());
		long count = 0;
		if (search.count() != null) {
			count = search.count();
			if (count <= 0) {
				throw Errors.error("ERR COUNT must be > 0");
			}
		}
		if (store && (search.coord() || search.dist() || search.hash())) {
			throw Errors.error("ERR GEOSEARCHSTORE is not compatible with WITHDIST, WITHHASH and WITHCOORD options");
		}
		boolean any = search.any() && count != 0;
		if (zset == null) {
			return null;
		}
		int sort = (search.order() == null) ? SORT_NONE
				: (search.order() == GeoSearch.Order.ASC) ? SORT_ASC : SORT_DESC;
		return search(zset, shape, count, any, sort);
	}

	/** The API's results of points. */
	static List<GeoResult<String>> results(@Nullable List<Point> points, GeoSearch search) {
		if (points == null) {
			return List.of();
		}
		List<GeoResult<String>> results = new ArrayList<>(points.size());
		for (Point point : points) {
			Double dist = search.dist() ? Double.parseDouble(distance(point.dist)) : null;
			Long hash = search.hash() ? Geohash.cvttsd2si(point.score) : null;
			GeoCoordinates coordinates = search.coord()
					? new GeoCoordinates(readCoordinate(point.lon), readCoordinate(point.lat)) : null;
			results.add(new GeoResult<>(point.member, dist, hash, coordinates));
		}
		return results;
	}

	/** {@code GEOSEARCHSTORE} of an API search. */
	static long geosearchstore(Db db, String destination, String source, GeoSearch search, @Nullable String member,
			boolean storeDist) {
		List<Point> points = search(db, source, search, member, true);
		if (points == null) {
			if (db.delete(destination)) {
				db.notify(KeyEvents.GENERIC, "del", destination);
			}
			return 0;
		}
		return store(db, destination, points, storeDist, "geosearchstore");
	}

	/** A member's score, or {@code null} (a read of a sorted set). */
	static @Nullable Double scoreOf(@Nullable ZSetValue zset, String member) {
		if (zset == null) {
			return null;
		}
		Node node = zset.find(member);
		return (node != null) ? node.score() : null;
	}

}
