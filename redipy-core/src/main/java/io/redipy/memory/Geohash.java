package io.redipy.memory;

import org.jspecify.annotations.Nullable;

/**
 * Redis 7.0's geohash arithmetic ({@code geohash.c} and {@code geohash_helper.c}), step
 * for step and double for double: the 52-bit interleaved hash a geo set keeps as a sorted
 * set score, its decoding to the centre of its cell, the nine cells that cover a search
 * area, the bounding-box and great-circle distance tests. C's unsigned 64-bit integers
 * are {@code long}s here, shifted with {@code >>>}.
 */
final class Geohash {

	/** {@code GEO_STEP_MAX}: 26 steps, 52 bits. */
	static final int STEP_MAX = 26;

	static final double LAT_MIN = -85.05112878;

	static final double LAT_MAX = 85.05112878;

	static final double LONG_MIN = -180;

	static final double LONG_MAX = 180;

	/** {@code D_R}, degrees to radians. */
	private static final double D_R = Math.PI / 180.0;

	/** {@code EARTH_RADIUS_IN_METERS}. */
	static final double EARTH_RADIUS_IN_METERS = 6372797.560856;

	private static final double MERCATOR_MAX = 20037726.37;

	private static final double TWO_TO_63 = 0x1p63;

	private Geohash() {
	}

	/** A hash of {@code step * 2} bits; both zero is Redis's "zero" hash. */
	record Bits(long bits, int step) {

		boolean isZero() {
			return this.bits == 0 && this.step == 0;
		}

	}

	/** A decoded cell: its longitude and latitude ranges. */
	record Area(double lonMin, double lonMax, double latMin, double latMax) {
	}

	/**
	 * A search shape ({@code GeoShape}): a circle of a radius, or a box of a width and
	 * height, in the unit the conversion factor turns into meters; around a centre.
	 */
	static final class Shape {

		boolean box;

		double lon;

		double lat;

		double radius;

		double width;

		double height;

		double conversion;

		/** {@code bounds}: min longitude, min latitude, max longitude, max latitude. */
		final double[] bounds = new double[4];

	}

	/** The cell that holds the centre and its eight neighbours (some zero). */
	record Radius(Bits hash, Bits[] neighbors) {
	}

	// geohash.c

	private static long interleave64(long xlo, long ylo) {
		long x = xlo & 0xFFFFFFFFL;
		long y = ylo & 0xFFFFFFFFL;
		x = (x | (x << 16)) & 0x0000FFFF0000FFFFL;
		y = (y | (y << 16)) & 0x0000FFFF0000FFFFL;
		x = (x | (x << 8)) & 0x00FF00FF00FF00FFL;
		y = (y | (y << 8)) & 0x00FF00FF00FF00FFL;
		x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0FL;
		y = (y | (y << 4)) & 0x0F0F0F0F0F0F0F0FL;
		x = (x | (x << 2)) & 0x3333333333333333L;
		y = (y | (y << 2)) & 0x3333333333333333L;
		x = (x | (x << 1)) & 0x5555555555555555L;
		y = (y | (y << 1)) & 0x5555555555555555L;
		return x | (y << 1);
	}

	private static long deinterleave64(long interleaved) {
		long x = interleaved;
		long y = interleaved >>> 1;
		x = x & 0x5555555555555555L;
		y = y & 0x5555555555555555L;
		x = (x | (x >>> 1)) & 0x3333333333333333L;
		y = (y | (y >>> 1)) & 0x3333333333333333L;
		x = (x | (x >>> 2)) & 0x0F0F0F0F0F0F0F0FL;
		y = (y | (y >>> 2)) & 0x0F0F0F0F0F0F0F0FL;
		x = (x | (x >>> 4)) & 0x00FF00FF00FF00FFL;
		y = (y | (y >>> 4)) & 0x00FF00FF00FF00FFL;
		x = (x | (x >>> 8)) & 0x0000FFFF0000FFFFL;
		y = (y | (y >>> 8)) & 0x0000FFFF0000FFFFL;
		x = (x | (x >>> 16)) & 0x00000000FFFFFFFFL;
		y = (y | (y >>> 16)) & 0x00000000FFFFFFFFL;
		return x | (y << 32);
	}

	/**
	 * {@code geohashEncode}: the hash of a point in ranges, or {@code null} where Redis
	 * returns 0 (a point outside the supported or the given ranges).
	 */
	static @Nullable Bits encode(double lonMin, double lonMax, double latMin, double latMax, double longitude,
			double latitude, int step) {
		if (longitude > LONG_MAX || longitude < LONG_MIN || latitude > LAT_MAX || latitude < LAT_MIN) {
			return null;
		}
		if (latitude < latMin || latitude > latMax || longitude < lonMin || longitude > lonMax) {
			return new Bits(0, step);
		}
		double latOffset = (latitude - latMin) / (latMax - latMin);
		double longOffset = (longitude - lonMin) / (lonMax - lonMin);
		latOffset *= (double) (1L << step);
		longOffset *= (double) (1L << step);
		return new Bits(interleave64(toUint32(latOffset), toUint32(longOffset)), step);
	}

	/** The hash of a point in Redis's ranges ({@code geohashEncodeWGS84}). */
	static @Nullable Bits encode(double longitude, double latitude, int step) {
		return encode(LONG_MIN, LONG_MAX, LAT_MIN, LAT_MAX, longitude, latitude, step);
	}

	/** C's conversion of a non-negative double below 2^32 to {@code uint32_t}. */
	private static long toUint32(double value) {
		return ((long) value) & 0xFFFFFFFFL;
	}

	/** {@code geohashDecode} in Redis's ranges; {@code null} for the zero hash. */
	static @Nullable Area decode(Bits hash) {
		if (hash.isZero()) {
			return null;
		}
		int step = hash.step();
		long hashSep = deinterleave64(hash.bits());
		double latScale = LAT_MAX - LAT_MIN;
		double longScale = LONG_MAX - LONG_MIN;
		long ilato = hashSep & 0xFFFFFFFFL;
		long ilono = (hashSep >>> 32) & 0xFFFFFFFFL;
		double scale = (double) (1L << step);
		double latMin = LAT_MIN + (ilato * 1.0 / scale) * latScale;
		double latMax = LAT_MIN + (((ilato + 1) & 0xFFFFFFFFL) * 1.0 / scale) * latScale;
		double lonMin = LONG_MIN + (ilono * 1.0 / scale) * longScale;
		double lonMax = LONG_MIN + (((ilono + 1) & 0xFFFFFFFFL) * 1.0 / scale) * longScale;
		return new Area(lonMin, lonMax, latMin, latMax);
	}

	/**
	 * {@code decodeGeohash}: the longitude and latitude of a geo set score (the centre of
	 * its cell, clamped to the ranges).
	 */
	static void decodeScore(double score, double[] xy) {
		Area area = decode(new Bits(toUint64(score), STEP_MAX));
		double x = (area.lonMin() + area.lonMax()) / 2;
		if (x > LONG_MAX) {
			x = LONG_MAX;
		}
		if (x < LONG_MIN) {
			x = LONG_MIN;
		}
		double y = (area.latMin() + area.latMax()) / 2;
		if (y > LAT_MAX) {
			y = LAT_MAX;
		}
		if (y < LAT_MIN) {
			y = LAT_MIN;
		}
		xy[0] = x;
		xy[1] = y;
	}

	/**
	 * C's {@code (uint64_t)} of a double as x86-64 code computes it ({@code cvttsd2si},
	 * with 2^63 subtracted first from values at least that large): what a score that is
	 * no geohash decodes from.
	 */
	static long toUint64(double value) {
		if (value >= TWO_TO_63) {
			return cvttsd2si(value - TWO_TO_63) ^ Long.MIN_VALUE;
		}
		return cvttsd2si(value);
	}

	/** x86-64's truncating conversion: out of range or NaN gives 2^63. */
	static long cvttsd2si(double value) {
		if (Double.isNaN(value) || value >= TWO_TO_63 || value < -TWO_TO_63) {
			return Long.MIN_VALUE;
		}
		return (long) value;
	}

	private static long moveX(long bits, int step, int d) {
		if (d == 0) {
			return bits;
		}
		long x = bits & 0xaaaaaaaaaaaaaaaaL;
		long y = bits & 0x5555555555555555L;
		long zz = 0x5555555555555555L >>> (64 - step * 2);
		if (d > 0) {
			x = x + (zz + 1);
		}
		else {
			x = x | zz;
			x = x - (zz + 1);
		}
		x &= (0xaaaaaaaaaaaaaaaaL >>> (64 - step * 2));
		return x | y;
	}

	private static long moveY(long bits, int step, int d) {
		if (d == 0) {
			return bits;
		}
		long x = bits & 0xaaaaaaaaaaaaaaaaL;
		long y = bits & 0x5555555555555555L;
		long zz = 0xaaaaaaaaaaaaaaaaL >>> (64 - step * 2);
		if (d > 0) {
			y = y + (zz + 1);
		}
		else {
			y = y | zz;
			y = y - (zz + 1);
		}
		y &= (0x5555555555555555L >>> (64 - step * 2));
		return x | y;
	}

	private static Bits move(Bits hash, int dx, int dy) {
		return new Bits(moveY(moveX(hash.bits(), hash.step(), dx), hash.step(), dy), hash.step());
	}

	// geohash_helper.c

	private static double degRad(double ang) {
		return ang * D_R;
	}

	private static double radDeg(double ang) {
		return ang / D_R;
	}

	/** {@code geohashEstimateStepsByRadius}. */
	static int estimateStepsByRadius(double rangeMeters, double lat) {
		if (rangeMeters == 0) {
			return 26;
		}
		int step = 1;
		while (rangeMeters < MERCATOR_MAX) {
			rangeMeters *= 2;
			step++;
		}
		step -= 2;
		if (lat > 66 || lat < -66) {
			step--;
			if (lat > 80 || lat < -80) {
				step--;
			}
		}
		if (step < 1) {
			step = 1;
		}
		if (step > 26) {
			step = 26;
		}
		return step;
	}

	/** {@code geohashBoundingBox}: fills the shape's bounds. */
	static void boundingBox(Shape shape) {
		double longitude = shape.lon;
		double latitude = shape.lat;
		double height = shape.conversion * (!shape.box ? shape.radius : shape.height / 2);
		double width = shape.conversion * (!shape.box ? shape.radius : shape.width / 2);
		double latDelta = radDeg(height / EARTH_RADIUS_IN_METERS);
		double longDeltaTop = radDeg(width / EARTH_RADIUS_IN_METERS / Math.cos(degRad(latitude + latDelta)));
		double longDeltaBottom = radDeg(width / EARTH_RADIUS_IN_METERS / Math.cos(degRad(latitude - latDelta)));
		boolean southern = latitude < 0;
		shape.bounds[0] = southern ? longitude - longDeltaBottom : longitude - longDeltaTop;
		shape.bounds[2] = southern ? longitude + longDeltaBottom : longitude + longDeltaTop;
		shape.bounds[1] = latitude - latDelta;
		shape.bounds[3] = latitude + latDelta;
	}

	/**
	 * {@code geohashCalculateAreasByShapeWGS84}: the centre's cell at the estimated step
	 * (one coarser if a neighbour does not reach the bounding box) and its neighbours,
	 * the useless ones zeroed. Neighbours in Redis's order: north, south, east, west,
	 * north-east, north-west, south-east, south-west.
	 */
	static Radius areas(Shape shape) {
		boundingBox(shape);
		double minLon = shape.bounds[0];
		double minLat = shape.bounds[1];
		double maxLon = shape.bounds[2];
		double maxLat = shape.bounds[3];
		double radiusMeters = !shape.box ? shape.radius
				: Math.sqrt((shape.width / 2) * (shape.width / 2) + (shape.height / 2) * (shape.height / 2));
		radiusMeters *= shape.conversion;
		int steps = estimateStepsByRadius(radiusMeters, shape.lat);
		Bits hash = encode(shape.lon, shape.lat, steps);
		Bits[] neighbors = neighbors(hash);
		Area area = decode(hash);
		boolean decreaseStep = false;
		Area north = decode(neighbors[0]);
		Area south = decode(neighbors[1]);
		Area east = decode(neighbors[2]);
		Area west = decode(neighbors[3]);
		if (north.latMax() < maxLat) {
			decreaseStep = true;
		}
		if (south.latMin() > minLat) {
			decreaseStep = true;
		}
		if (east.lonMax() < maxLon) {
			decreaseStep = true;
		}
		if (west.lonMin() > minLon) {
			decreaseStep = true;
		}
		if (steps > 1 && decreaseStep) {
			steps--;
			hash = encode(shape.lon, shape.lat, steps);
			neighbors = neighbors(hash);
			area = decode(hash);
		}
		if (steps >= 2) {
			Bits zero = new Bits(0, 0);
			if (area.latMin() < minLat) {
				neighbors[1] = zero;
				neighbors[7] = zero;
				neighbors[6] = zero;
			}
			if (area.latMax() > maxLat) {
				neighbors[0] = zero;
				neighbors[4] = zero;
				neighbors[5] = zero;
			}
			if (area.lonMin() < minLon) {
				neighbors[3] = zero;
				neighbors[7] = zero;
				neighbors[5] = zero;
			}
			if (area.lonMax() > maxLon) {
				neighbors[2] = zero;
				neighbors[6] = zero;
				neighbors[4] = zero;
			}
		}
		return new Radius(hash, neighbors);
	}

	/**
	 * {@code geohashNeighbors}, in the order north, south, east, west, north-east,
	 * north-west, south-east, south-west.
	 */
	private static Bits[] neighbors(Bits hash) {
		return new Bits[] { move(hash, 0, 1), move(hash, 0, -1), move(hash, 1, 0), move(hash, -1, 0), move(hash, 1, 1),
				move(hash, -1, 1), move(hash, 1, -1), move(hash, -1, -1) };
	}

	/** {@code geohashAlign52Bits}. */
	static long align52Bits(Bits hash) {
		return hash.bits() << (52 - hash.step() * 2);
	}

	/** {@code geohashGetLatDistance}. */
	static double latDistance(double lat1d, double lat2d) {
		return EARTH_RADIUS_IN_METERS * Math.abs(degRad(lat2d) - degRad(lat1d));
	}

	/** {@code geohashGetDistance}: the haversine great-circle distance in meters. */
	static double distance(double lon1d, double lat1d, double lon2d, double lat2d) {
		double lon1r = degRad(lon1d);
		double lon2r = degRad(lon2d);
		double v = Math.sin((lon2r - lon1r) / 2);
		if (v == 0.0) {
			return latDistance(lat1d, lat2d);
		}
		double lat1r = degRad(lat1d);
		double lat2r = degRad(lat2d);
		double u = Math.sin((lat2r - lat1r) / 2);
		double a = u * u + Math.cos(lat1r) * Math.cos(lat2r) * v * v;
		return 2.0 * EARTH_RADIUS_IN_METERS * GeoMath.asin(Math.sqrt(a));
	}

	/**
	 * {@code geoWithinShape}: decodes a score into {@code xy}, puts the distance to the
	 * shape's centre in meters into {@code distance[0]} and returns whether the point is
	 * inside the shape (a NaN distance is inside a circle, as in Redis).
	 */
	static boolean within(Shape shape, double score, double[] xy, double[] distance) {
		decodeScore(score, xy);
		if (!shape.box) {
			double d = distance(shape.lon, shape.lat, xy[0], xy[1]);
			distance[0] = d;
			return !(d > shape.radius * shape.conversion);
		}
		double widthM = shape.width * shape.conversion;
		double heightM = shape.height * shape.conversion;
		double latDistance = latDistance(xy[1], shape.lat);
		if (latDistance > heightM / 2) {
			return false;
		}
		double lonDistance = distance(xy[0], xy[1], shape.lon, xy[1]);
		if (lonDistance > widthM / 2) {
			return false;
		}
		distance[0] = distance(shape.lon, shape.lat, xy[0], xy[1]);
		return true;
	}

}
