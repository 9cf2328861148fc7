package io.redipy.memory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.redipy.api.ScoredMember;
import io.redipy.api.ZAddOptions;
import io.redipy.command.Reply;
import io.redipy.memory.GeoOps.Point;
import io.redipy.memory.Geohash.Shape;
import io.redipy.memory.RespCommands.Call;
import io.redipy.memory.RespCommands.Handler;
import org.jspecify.annotations.Nullable;

import static io.redipy.memory.RespCommands.add;
import static io.redipy.memory.RespCommands.bulk;
import static io.redipy.memory.RespCommands.integer;

/**
 * The endpoint's geo commands (see {@link RespCommands}), as Redis 7.0's {@code geo.c}
 * runs them: {@code GEOADD} is {@code ZADD} of geohash scores; the searches
 * ({@code GEOSEARCH}, {@code GEOSEARCHSTORE} and the older {@code GEORADIUS} family) read
 * their arguments in {@code georadiusGeneric}'s order, with its checks in its order, so
 * that a command with several faults reports the one Redis reports.
 */
final class RespGeo {

	private static final int RADIUS_COORDS = 1;

	private static final int RADIUS_MEMBER = 1 << 1;

	private static final int RADIUS_NOSTORE = 1 << 2;

	private static final int GEOSEARCH = 1 << 3;

	private static final int GEOSEARCHSTORE = 1 << 4;

	private RespGeo() {
	}

	/** The family's handlers, one constant per command (see {@link Handler}). */
	private enum Handlers implements Handler {

		GEOADD, GEOPOS, GEODIST, GEOHASH, GEOSEARCH, GEOSEARCHSTORE, GEORADIUS, GEORADIUS_RO, GEORADIUSBYMEMBER,
		GEORADIUSBYMEMBER_RO;

		@Override
		public @Nullable Reply run(Call c) {
			return switch (this) {
				case GEOADD -> geoadd(c);
				case GEOPOS -> geopos(c);
				case GEODIST -> geodist(c);
				case GEOHASH -> geohash(c);
				case GEOSEARCH -> search(c, 1, RespGeo.GEOSEARCH);
				case GEOSEARCHSTORE -> search(c, 2, RespGeo.GEOSEARCH | RespGeo.GEOSEARCHSTORE);
				case GEORADIUS -> search(c, 1, RADIUS_COORDS);
				case GEORADIUS_RO -> search(c, 1, RADIUS_COORDS | RADIUS_NOSTORE);
				case GEORADIUSBYMEMBER -> search(c, 1, RADIUS_MEMBER);
				case GEORADIUSBYMEMBER_RO -> search(c, 1, RADIUS_MEMBER | RADIUS_NOSTORE);
			};
		}

	}

	/** Adds the commands to the endpoint's table. */
	static void register() {
		add(Handlers.values());
	}

	/** {@code extractLongLatOrReply}: a longitude and a latitude from two arguments. */
	private static void lonLat(Call c, int at, double[] xy) {
		xy[0] = RespSetsAndSortedSets.decimal(c, at, Errors.NOT_FLOAT);
		xy[1] = RespSetsAndSortedSets.decimal(c, at + 1, Errors.NOT_FLOAT);
		if (!GeoOps.validPair(xy[0], xy[1])) {
			throw Errors.error(GeoOps.invalidPair(xy[0], xy[1]));
		}
	}

	private static double unit(Call c, int at) {
		double unit = GeoOps.unit(c.args[at]);
		if (unit < 0) {
			throw Errors.error(GeoOps.UNIT_ERROR);
		}
		return unit;
	}

	private static Reply geoadd(Call c) {
		boolean nx = false;
		boolean xx = false;
		boolean ch = false;
		int longidx = 2;
		while (longidx < c.size()) {
			byte[] opt = c.args[longidx];
			if (RespBitmaps.is(opt, "NX")) {
				nx = true;
			}
			else if (RespBitmaps.is(opt, "XX")) {
				xx = true;
			}
			else if (RespBitmaps.is(opt, "CH")) {
				ch = true;
			}
			else {
				break;
			}
			longidx++;
		}
		if ((c.size() - longidx) % 3 != 0 || (xx && nx)) {
			throw Errors.error(Errors.SYNTAX);
		}
		int elements = (c.size() - longidx) / 3;
		List<ScoredMember> members = new ArrayList<>(elements);
		double[] xy = new double[2];
		for (int i = 0; i < elements; i++) {
			lonLat(c, longidx + i * 3, xy);
			members.add(new ScoredMember(c.text(longidx + i * 3 + 2), GeoOps.score(xy[0], xy[1])));
		}
		if (elements == 0) {
			// ZADD with options and no pair
			throw Errors.error(Errors.SYNTAX);
		}
		ZAddOptions options = new ZAddOptions(
				nx ? ZAddOptions.Existence.NX : (xx ? ZAddOptions.Existence.XX : ZAddOptions.Existence.ANY),
				ZAddOptions.Comparison.ANY, ch);
		return integer(c.client().zadd(c.text(1), options, members));
	}

	private static Reply geopos(Call c) {
		String key = c.text(1);
		String[] members = c.texts(2);
		return c.read((db) -> {
			ZSetValue zset = db.read(key, ZSetValue.class);
			List<Reply> replies = new ArrayList<>(members.length);
			double[] xy = new double[2];
			for (String member : members) {
				Double score = GeoOps.scoreOf(zset, member);
				if (score == null) {
					replies.add(Reply.NIL_ARRAY);
					continue;
				}
				Geohash.decodeScore(score, xy);
				replies.add(new Reply.Array(List.of(coordinate(xy[0]), coordinate(xy[1]))));
			}
			return new Reply.Array(replies);
		});
	}

	private static Reply coordinate(double value) {
		// the value a client reads from the text (17 decimals may round it)
		String text = GeoOps.human(value);
		return new Reply.Double(Double.parseDouble(text), text);
	}

	private static Reply geodist(Call c) {
		double toMeter = 1;
		if (c.size() == 5) {
			toMeter = unit(c, 4);
		}
		else if (c.size() > 5) {
			throw Errors.error(Errors.SYNTAX);
		}
		double conversion = toMeter;
		String key = c.text(1);
		String member1 = c.text(2);
		String member2 = c.text(3);
		return c.read((db) -> {
			ZSetValue zset = db.read(key, ZSetValue.class);
			if (zset == null) {
				return Reply.NIL;
			}
			Double score1 = GeoOps.scoreOf(zset, member1);
			Double score2 = GeoOps.scoreOf(zset, member2);
			if (score1 == null || score2 == null) {
				return Reply.NIL;
			}
			double[] a = new double[2];
			double[] b = new double[2];
			Geohash.decodeScore(score1, a);
			Geohash.decodeScore(score2, b);
			return bulk(GeoOps.distance(Geohash.distance(a[0], a[1], b[0], b[1]) / conversion));
		});
	}

	private static Reply geohash(Call c) {
		String key = c.text(1);
		String[] members = c.texts(2);
		return c.read((db) -> {
			ZSetValue zset = db.read(key, ZSetValue.class);
			List<Reply> replies = new ArrayList<>(members.length);
			for (String member : members) {
				Double score = GeoOps.scoreOf(zset, member);
				replies.add((score != null) ? bulk(GeoOps.hash(score)) : Reply.NIL);
			}
			return new Reply.Array(replies);
		});
	}

	/** {@code georadiusGeneric}. */
	private static Reply search(Call c, int srcKeyIndex, int flags) {
		String source = c.text(srcKeyIndex);
		boolean writes = (flags & (RADIUS_NOSTORE | GEOSEARCH)) == 0 || (flags & GEOSEARCHSTORE) != 0;
		if (writes) {
			return c.run((db) -> search(c, db, source, flags));
		}
		return c.read((db) -> search(c, db, source, flags));
	}

	private static Reply search(Call c, Db db, String source, int flags) {
		@Nullable String storekey = null;
		boolean storedist = false;
		ZSetValue zobj = db.read(source, ZSetValue.class);
		int baseArgs;
		Shape shape = new Shape();
		if ((flags & RADIUS_COORDS) != 0) {
			baseArgs = 6;
			double[] xy = new double[2];
			lonLat(c, 2, xy);
			shape.lon = xy[0];
			shape.lat = xy[1];
			distance(c, baseArgs - 2, shape);
		}
		else if ((flags & RADIUS_MEMBER) != 0 && zobj == null) {
			baseArgs = 5;
		}
		else if ((flags & RADIUS_MEMBER) != 0) {
			baseArgs = 5;
			fromMember(zobj, c.text(2), shape);
			distance(c, baseArgs - 2, shape);
		}
		else {
			baseArgs = 2;
			if ((flags & GEOSEARCHSTORE) != 0) {
				baseArgs = 3;
				storekey = c.text(1);
			}
		}
		boolean withdist = false;
		boolean withhash = false;
		boolean withcoords = false;
		boolean frommember = false;
		boolean fromloc = false;
		boolean byradius = false;
		boolean bybox = false;
		int sort = GeoOps.SORT_NONE;
		boolean any = false;
		long count = 0;
		boolean geosearch = (flags & GEOSEARCH) != 0;
		boolean nostore = (flags & RADIUS_NOSTORE) != 0;
		int remaining = c.size() - baseArgs;
		for (int i = 0; i < remaining; i++) {
			byte[] arg = c.args[baseArgs + i];
			if (RespBitmaps.is(arg, "WITHDIST")) {
				withdist = true;
			}
			else if (RespBitmaps.is(arg, "WITHHASH")) {
				withhash = true;
			}
			else if (RespBitmaps.is(arg, "WITHCOORD")) {
				withcoords = true;
			}
			else if (RespBitmaps.is(arg, "ANY")) {
				any = true;
			}
			else if (RespBitmaps.is(arg, "ASC")) {
				sort = GeoOps.SORT_ASC;
			}
			else if (RespBitmaps.is(arg, "DESC")) {
				sort = GeoOps.SORT_DESC;
			}
			else if (RespBitmaps.is(arg, "COUNT") && i + 1 < remaining) {
				count = c.integer(baseArgs + i + 1);
				if (count <= 0) {
					throw Errors.error("ERR COUNT must be > 0");
				}
				i++;
			}
			else if (RespBitmaps.is(arg, "STORE") && i + 1 < remaining && !nostore && !geosearch) {
				storekey = c.text(baseArgs + i + 1);
				storedist = false;
				i++;
			}
			else if (RespBitmaps.is(arg, "STOREDIST") && i + 1 < remaining && !nostore && !geosearch) {
				storekey = c.text(baseArgs + i + 1);
				storedist = true;
				i++;
			}
			else if (RespBitmaps.is(arg, "STOREDIST") && geosearch && (flags & GEOSEARCHSTORE) != 0) {
				storedist = true;
			}
			else if (RespBitmaps.is(arg, "FROMMEMBER") && i + 1 < remaining && geosearch && !fromloc) {
				if (zobj != null) {
					fromMember(zobj, c.text(baseArgs + i + 1), shape);
				}
				frommember = true;
				i++;
			}
			else if (RespBitmaps.is(arg, "FROMLONLAT") && i + 2 < remaining && geosearch && !frommember) {
				double[] xy = new double[2];
				lonLat(c, baseArgs + i + 1, xy);
				shape.lon = xy[0];
				shape.lat = xy[1];
				fromloc = true;
				i += 2;
			}
			else if (RespBitmaps.is(arg, "BYRADIUS") && i + 2 < remaining && geosearch && !bybox) {
				distance(c, baseArgs + i + 1, shape);
				shape.box = false;
				byradius = true;
				i += 2;
			}
			else if (RespBitmaps.is(arg, "BYBOX") && i + 3 < remaining && geosearch && !byradius) {
				double w = RespSetsAndSortedSets.decimal(c, baseArgs + i + 1, "ERR need numeric width");
				double h = RespSetsAndSortedSets.decimal(c, baseArgs + i + 2, "ERR need numeric height");
				if (h < 0 || w < 0) {
					throw Errors.error("ERR height or width cannot be negative");
				}
				shape.height = h;
				shape.width = w;
				shape.conversion = unit(c, baseArgs + i + 3);
				shape.box = true;
				bybox = true;
				i += 3;
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		if (storekey != null && (withdist || withhash || withcoords)) {
			throw Errors
				.error("ERR " + (((flags & GEOSEARCHSTORE) != 0) ? "GEOSEARCHSTORE" : "STORE option in GEORADIUS")
						+ " is not compatible with WITHDIST, WITHHASH and WITHCOORD options");
		}
		if (geosearch && !(frommember || fromloc)) {
			throw Errors.error("ERR exactly one of FROMMEMBER or FROMLONLAT can be specified for " + commandName(c));
		}
		if (geosearch && !(byradius || bybox)) {
			throw Errors.error("ERR exactly one of BYRADIUS and BYBOX can be specified for " + commandName(c));
		}
		if (any && count == 0) {
			throw Errors.error("ERR the ANY argument requires COUNT argument");
		}
		if (zobj == null) {
			if (storekey != null) {
				if (db.delete(storekey)) {
					db.notify(KeyEvents.GENERIC, "del", storekey);
				}
				return integer(0);
			}
			return Reply.EMPTY_ARRAY;
		}
		List<Point> points = GeoOps.search(zobj, shape, count, any, sort);
		if (storekey == null) {
			List<Reply> replies = new ArrayList<>(points.size());
			int optionLength = (withdist ? 1 : 0) + (withcoords ? 1 : 0) + (withhash ? 1 : 0);
			for (Point point : points) {
				if (optionLength == 0) {
					replies.add(bulk(point.member));
					continue;
				}
				List<Reply> item = new ArrayList<>(optionLength + 1);
				item.add(bulk(point.member));
				if (withdist) {
					item.add(bulk(GeoOps.distance(point.dist)));
				}
				if (withhash) {
					item.add(integer(Geohash.cvttsd2si(point.score)));
				}
				if (withcoords) {
					item.add(new Reply.Array(List.of(coordinate(point.lon), coordinate(point.lat))));
				}
				replies.add(new Reply.Array(item));
			}
			return new Reply.Array(replies);
		}
		return integer(GeoOps.store(db, storekey, points, storedist, geosearch ? "geosearchstore" : "georadiusstore"));
	}

	/** {@code extractDistanceOrReply}: a radius and its unit. */
	private static void distance(Call c, int at, Shape shape) {
		double distance = RespSetsAndSortedSets.decimal(c, at, "ERR need numeric radius");
		if (distance < 0) {
			throw Errors.error("ERR radius cannot be negative");
		}
		shape.radius = distance;
		shape.conversion = unit(c, at + 1);
	}

	private static void fromMember(ZSetValue zset, String member, Shape shape) {
		Double score = GeoOps.scoreOf(zset, member);
		if (score == null) {
			throw Errors.error(GeoOps.MEMBER_ERROR);
		}
		double[] xy = new double[2];
		Geohash.decodeScore(score, xy);
		shape.lon = xy[0];
		shape.lat = xy[1];
	}

	private static String commandName(Call c) {
		return new String(c.args[0], StandardCharsets.ISO_8859_1);
	}

}
