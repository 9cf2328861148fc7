package io.redipy.script.ir;

import io.redipy.api.BitFieldArgs;
import io.redipy.api.BitFieldType;
import io.redipy.api.GeoUnit;
import io.redipy.api.GeoSearch;
import io.redipy.api.GeoMember;
import io.redipy.api.GeoCoordinates;
import io.redipy.api.GeoAddOptions;
import io.redipy.api.BitOperation;
import io.redipy.api.BitUnit;
import io.redipy.api.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.redipy.CommandException;
import io.redipy.api.Commands;
import io.redipy.api.ExpireTime;
import io.redipy.api.Expiration;
import io.redipy.api.ExpireCondition;
import io.redipy.api.HashEntry;
import io.redipy.api.LexRange;
import io.redipy.api.ListPosition;
import io.redipy.api.ListSide;
import io.redipy.api.LposOptions;
import io.redipy.api.Numbers;
import io.redipy.api.ScoreRange;
import io.redipy.api.ScoreSide;
import io.redipy.api.ScoredMember;
import io.redipy.api.SetOptions;
import io.redipy.api.SortArgs;
import io.redipy.api.ClaimOptions;
import io.redipy.api.StreamAddOptions;
import io.redipy.api.StreamEntry;
import io.redipy.api.StreamReadOptions;
import io.redipy.api.StreamTrim;
import io.redipy.api.Ttl;
import io.redipy.api.ZAddOptions;
import io.redipy.api.ZRange;
import io.redipy.api.ZStoreOptions;
import org.jspecify.annotations.Nullable;

/**
 * The Redis commands a script can call, each with its parameters, its result type, the
 * Lua helper that turns Redis's raw reply into the script's value, the arguments Redis
 * gets (a template, computed from the command's build-time options) and how the memory
 * interpreter runs it through the {@link Commands} API. Results mean what the client
 * API's results mean: a missing value is null, membership is a boolean, integers stay
 * integers; where Redis gives no order (set members, hash fields and values, keys) the
 * script sees them sorted by UTF-8 bytes on both backends. Results that the client API
 * gives as lists with nulls ({@code MGET}, {@code HMGET}, {@code ZMSCORE}) are maps of
 * the present entries only.
 * <p>
 * Every parameter with the role {@link Role#KEY} (a key, a list of keys, or a map whose
 * keys are keys) gets the client's key prefix on both backends.
 */
public enum ScriptCommand {

	// keys
	/** {@code EXISTS key}: whether the key exists. */
	EXISTS("EXISTS", Type.BOOLEAN, "bool", p(k()), (c, a, o) -> c.exists(str(a, 0)) == 1),
	/** {@code EXISTS key...}: how many of the keys exist (repeats count again). */
	EXISTS_ALL("EXISTS", Type.INTEGER, "int", p(ks()), (c, a, o) -> c.exists(strs(a, 0))),
	/** {@code DEL key}: whether the key existed. */
	DEL("DEL", Type.BOOLEAN, "bool", p(k()), (c, a, o) -> c.del(str(a, 0)) == 1),
	/** {@code DEL key...}: how many keys were deleted. */
	DEL_ALL("DEL", Type.INTEGER, "int", p(ks()), (c, a, o) -> c.del(strs(a, 0))),
	/** {@code UNLINK key...}: how many keys were removed. */
	UNLINK("UNLINK", Type.INTEGER, "int", p(ks()), (c, a, o) -> c.unlink(strs(a, 0))),
	/** {@code TYPE key}: the type's name, {@code "none"} for a missing key. */
	TYPE("TYPE", Type.STRING, "status", p(k()), (c, a, o) -> c.type(str(a, 0)).redisName()),
	/** {@code EXPIRE key seconds [NX|XX|GT|LT]}: whether the expiry was set. */
	EXPIRE("EXPIRE", Type.BOOLEAN, "bool", p(k(), i()), optional(ExpireCondition.class),
			(o) -> t("$1", "$2", conditionTokens(o)),
			(c, a, o) -> c.expire(str(a, 0), Duration.ofSeconds(lng(a, 1)), condition(o))),
	/** {@code PEXPIRE key milliseconds [NX|XX|GT|LT]}: whether the expiry was set. */
	PEXPIRE("PEXPIRE", Type.BOOLEAN, "bool", p(k(), i()), optional(ExpireCondition.class),
			(o) -> t("$1", "$2", conditionTokens(o)),
			(c, a, o) -> c.pexpire(str(a, 0), Duration.ofMillis(lng(a, 1)), condition(o))),
	/** {@code EXPIREAT key unix-seconds [NX|XX|GT|LT]}: whether the expiry was set. */
	EXPIREAT("EXPIREAT", Type.BOOLEAN, "bool", p(k(), i()), optional(ExpireCondition.class),
			(o) -> t("$1", "$2", conditionTokens(o)),
			(c, a, o) -> c.expireat(str(a, 0), Instant.ofEpochSecond(lng(a, 1)), condition(o))),
	/**
	 * {@code PEXPIREAT key unix-milliseconds [NX|XX|GT|LT]}: whether the expiry was set.
	 */
	PEXPIREAT("PEXPIREAT", Type.BOOLEAN, "bool", p(k(), i()), optional(ExpireCondition.class),
			(o) -> t("$1", "$2", conditionTokens(o)),
			(c, a, o) -> c.pexpireat(str(a, 0), Instant.ofEpochMilli(lng(a, 1)), condition(o))),
	/** {@code TTL key}: remaining seconds, or null without expiry or key. */
	TTL("TTL", Type.INTEGER.orNull(), "ttl", p(k()), (c, a, o) -> seconds(c.ttl(str(a, 0)))),
	/** {@code PTTL key}: remaining milliseconds, or null without expiry or key. */
	PTTL("PTTL", Type.INTEGER.orNull(), "ttl", p(k()), (c, a, o) -> millis(c.pttl(str(a, 0)))),
	/**
	 * {@code EXPIRETIME key}: the Unix time in seconds, or null without expiry or key.
	 */
	EXPIRETIME("EXPIRETIME", Type.INTEGER.orNull(), "ttl", p(k()), (c, a, o) -> epochSeconds(c.expiretime(str(a, 0)))),
	/**
	 * {@code PEXPIRETIME key}: the Unix time in milliseconds, or null without expiry or
	 * key.
	 */
	PEXPIRETIME("PEXPIRETIME", Type.INTEGER.orNull(), "ttl", p(k()),
			(c, a, o) -> epochMillis(c.pexpiretime(str(a, 0)))),
	/** {@code TOUCH key}: whether the key exists (it is marked as just used). */
	TOUCH("TOUCH", Type.BOOLEAN, "bool", p(k()), (c, a, o) -> c.touch(str(a, 0)) == 1),
	/**
	 * {@code TOUCH key...}: how many of the keys exist (a key named twice counts twice).
	 */
	TOUCH_ALL("TOUCH", Type.INTEGER, "int", p(ks()), (c, a, o) -> c.touch(strs(a, 0))),
	/**
	 * {@code DUMP key}: the payload (bytes, carried as a script string is), or null.
	 */
	DUMP("DUMP", Type.STRING.orNull(), "nilf", p(k()), (c, a, o) -> {
		byte[] payload = c.dump(str(a, 0));
		return (payload != null) ? RawText.decode(payload) : null;
	}),
	/**
	 * {@code RESTORE key ttl payload [REPLACE]} (options: whether to replace): true.
	 */
	RESTORE("RESTORE", Type.BOOLEAN, "okb", p(k(), i(), s()), optional(Boolean.class),
			(o) -> t("$1", "$2", "$3", Boolean.TRUE.equals(o) ? "REPLACE" : null),
			(c, a, o) -> restore(c, str(a, 0), lng(a, 1), str(a, 2), Boolean.TRUE.equals(o))),
	/** {@code PERSIST key}: whether an expiry was removed. */
	PERSIST("PERSIST", Type.BOOLEAN, "bool", p(k()), (c, a, o) -> c.persist(str(a, 0))),
	/** {@code RENAME key newkey}: true (an error if the key is missing). */
	RENAME("RENAME", Type.BOOLEAN, "okb", p(k(), k()), (c, a, o) -> {
		c.rename(str(a, 0), str(a, 1));
		return true;
	}),
	/** {@code RENAMENX key newkey}: whether it was renamed. */
	RENAMENX("RENAMENX", Type.BOOLEAN, "bool", p(k(), k()), (c, a, o) -> c.renamenx(str(a, 0), str(a, 1))),
	/** {@code COPY source destination [REPLACE]} (options: whether to replace). */
	COPY("COPY", Type.BOOLEAN, "bool", p(k(), k()), optional(Boolean.class),
			(o) -> t("$1", "$2", Boolean.TRUE.equals(o) ? "REPLACE" : null),
			(c, a, o) -> c.copy(str(a, 0), str(a, 1), Boolean.TRUE.equals(o))),
	/**
	 * {@code SORT key [BY] [LIMIT] [GET]... [DESC] [ALPHA]} (options: {@link SortArgs}):
	 * the elements or GET values, a missing GET value as the empty string (as
	 * {@code STORE} stores it); a set asked not to be sorted is sorted by bytes, as Redis
	 * does in scripts.
	 */
	SORT("SORT", Type.listOf(Type.STRING), "sortlist", p(k()), required(SortArgs.class), (o) -> t("$1", sortTokens(o)),
			(c, a, o) -> sortList(c.sort(str(a, 0), (SortArgs) o))),
	/** {@code SORT_RO key ...} (options: {@link SortArgs}): as {@link #SORT}. */
	SORT_RO("SORT_RO", Type.listOf(Type.STRING), "sortlist", p(k()), required(SortArgs.class),
			(o) -> t("$1", sortTokens(o)), (c, a, o) -> sortList(c.sortRo(str(a, 0), (SortArgs) o))),
	/**
	 * {@code SORT key ... STORE destination} (options: {@link SortArgs}): the stored
	 * list's length.
	 */
	SORT_STORE("SORT", Type.INTEGER, "int", p(k(), k()), required(SortArgs.class),
			(o) -> t("$1", sortTokens(o), "STORE", "$2"), (c, a, o) -> c.sortStore(str(a, 0), (SortArgs) o, str(a, 1))),
	/** {@code KEYS prefix+pattern}: the client's keys, without prefix, sorted. */
	KEYS("KEYS", Type.listOf(Type.STRING), "keys", p(pattern()), (c, a, o) -> sorted(c.keys(str(a, 0)))),
	/** The number of the client's keys (all keys without a prefix). */
	DBSIZE("KEYS", Type.INTEGER, "count", p(), null, (o) -> t("^*"), (c, a, o) -> c.dbsize()),
	/** {@code RANDOMKEY}: one of the client's keys, or null if it has none. */
	RANDOMKEY("RANDOMKEY", Type.STRING.orNull(), "rkey", p(), (c, a, o) -> c.randomkey()),
	/**
	 * Every key of the client matching a pattern, by a complete {@code SCAN}: names
	 * without the prefix, once each, sorted.
	 */
	SCAN("SCAN", Type.listOf(Type.STRING), "scanall", p(pattern()), (c, a, o) -> {
		java.util.Set<String> names = new java.util.HashSet<>();
		c.scanAll(io.redipy.api.ScanOptions.match(str(a, 0))).forEach(names::add);
		return sorted(names);
	}),
	/** Deletes every key of the client ({@code FLUSHDB}, or the prefix's keys): true. */
	FLUSHALL("FLUSHALL", Type.BOOLEAN, "flushall", p(), (c, a, o) -> {
		c.flushall();
		return true;
	}),
	/** {@code PING}: {@code "PONG"}. */
	PING("PING", Type.STRING, "status", p(), (c, a, o) -> c.ping()),

	// strings
	/** {@code GET key}: the value or null. */
	GET("GET", Type.STRING.orNull(), "nilf", p(k()), (c, a, o) -> c.get(str(a, 0))),
	/** {@code SET key value [options]}: whether it was set. */
	SET("SET", Type.BOOLEAN, "okb", p(k(), s()), optional(SetOptions.class), (o) -> t("$1", "$2", setTokens(o)),
			(c, a, o) -> {
				if (o == null) {
					c.set(str(a, 0), str(a, 1));
					return true;
				}
				return c.set(str(a, 0), str(a, 1), (SetOptions) o);
			}),
	/** {@code SET key value NX}: whether it was set. */
	SETNX("SET", Type.BOOLEAN, "okb", p(k(), s()), null, (o) -> t("$1", "$2", "NX"),
			(c, a, o) -> c.set(str(a, 0), str(a, 1), SetOptions.ifMissing())),
	/** {@code SET key value PX milliseconds}: always true. */
	SET_PX("SET", Type.BOOLEAN, "okb", p(k(), s(), i()), null, (o) -> t("$1", "$2", "PX", "$3"),
			(c, a, o) -> c.set(str(a, 0), str(a, 1), SetOptions.always().px(Duration.ofMillis(lng(a, 2))))),
	/** {@code SET key value [options] GET}: the old value or null. */
	SET_GET("SET", Type.STRING.orNull(), "nilf", p(k(), s()), optional(SetOptions.class),
			(o) -> t("$1", "$2", setTokens(o), "GET"),
			(c, a, o) -> c.setGet(str(a, 0), str(a, 1), (o != null) ? (SetOptions) o : SetOptions.always())),
	/** {@code SETNX key value}: whether it was set. */
	SETNX_COMMAND("SETNX", Type.BOOLEAN, "bool", p(k(), s()), (c, a, o) -> c.setnx(str(a, 0), str(a, 1))),
	/** {@code GETDEL key}: the value or null. */
	GETDEL("GETDEL", Type.STRING.orNull(), "nilf", p(k()), (c, a, o) -> c.getdel(str(a, 0))),
	/** {@code GETEX key expiration}: the value or null. */
	GETEX("GETEX", Type.STRING.orNull(), "nilf", p(k()), required(Expiration.class),
			(o) -> t("$1", expirationTokens((Expiration) o)), (c, a, o) -> c.getex(str(a, 0), (Expiration) o)),
	/** {@code GETSET key value}: the old value or null. */
	GETSET("GETSET", Type.STRING.orNull(), "nilf", p(k(), s()), (c, a, o) -> c.getset(str(a, 0), str(a, 1))),
	/** {@code MGET key...}: the present values by key. */
	MGET("MGET", Type.mapOf(Type.STRING), "zip", p(ks()), (c, a, o) -> zip(list(a, 0), c.mget(strs(a, 0)))),
	/** {@code MSET key value...}: true. */
	MSET("MSET", Type.BOOLEAN, "okb", p(km()), (c, a, o) -> {
		c.mset(map(a, 0));
		return true;
	}),
	/** {@code MSETNX key value...}: whether all were set. */
	MSETNX("MSETNX", Type.BOOLEAN, "bool", p(km()), (c, a, o) -> c.msetnx(map(a, 0))),
	/** {@code INCR key}: the new value. */
	INCR("INCR", Type.INTEGER, "int", p(k()), (c, a, o) -> c.incr(str(a, 0))),
	/** {@code INCRBY key increment}: the new value. */
	INCRBY("INCRBY", Type.INTEGER, "int", p(k(), i()), (c, a, o) -> c.incrby(str(a, 0), lng(a, 1))),
	/** {@code DECR key}: the new value. */
	DECR("DECR", Type.INTEGER, "int", p(k()), (c, a, o) -> c.decr(str(a, 0))),
	/** {@code DECRBY key decrement}: the new value. */
	DECRBY("DECRBY", Type.INTEGER, "int", p(k(), i()), (c, a, o) -> c.decrby(str(a, 0), lng(a, 1))),
	/** {@code INCRBYFLOAT key increment}: the new value. */
	INCRBYFLOAT("INCRBYFLOAT", Type.DOUBLE, "num", p(k(), decimal()), (c, a, o) -> c.incrbyfloat(str(a, 0), dbl(a, 1))),
	/** {@code APPEND key value}: the new length in bytes. */
	APPEND("APPEND", Type.INTEGER, "int", p(k(), s()), (c, a, o) -> c.append(str(a, 0), str(a, 1))),
	/** {@code STRLEN key}: the length in bytes. */
	STRLEN("STRLEN", Type.INTEGER, "int", p(k()), (c, a, o) -> c.strlen(str(a, 0))),
	/** {@code LCS key1 key2}: the longest common subsequence. */
	LCS("LCS", Type.STRING, "id", p(k(), k()), (c, a, o) -> c.lcs(str(a, 0), str(a, 1))),
	/** {@code LCS key1 key2 LEN}: its length. */
	LCS_LEN("LCS", Type.INTEGER, "int", p(k(), k()), null, (o) -> t("$1", "$2", "LEN"),
			(c, a, o) -> c.lcsLen(str(a, 0), str(a, 1))),

	// geo
	/**
	 * {@code GEOADD key [NX|XX] [CH] longitude latitude member}: 1 if added (or changed).
	 */
	GEOADD("GEOADD", Type.INTEGER, "int", p(k(), d(), d(), s()), optional(GeoAddOptions.class),
			(o) -> t("$1", geoaddTokens(o), "$2", "$3", "$4"),
			(c, a, o) -> c.geoadd(str(a, 0), (o != null) ? (GeoAddOptions) o : GeoAddOptions.none(),
					List.of(GeoMember.of(dbl(a, 1), dbl(a, 2), str(a, 3))))),
	/** {@code GEOPOS key member}: [longitude, latitude], or empty if absent. */
	GEOPOS("GEOPOS", Type.listOf(Type.DOUBLE), "geopos", p(k(), s()), (c, a, o) -> {
		GeoCoordinates position = c.geopos(str(a, 0), str(a, 1)).get(0);
		return (position != null) ? new ArrayList<Object>(List.of(position.longitude(), position.latitude()))
				: new ArrayList<Object>();
	}),
	/**
	 * {@code GEODIST key member1 member2 unit}: the distance (four decimals), or null.
	 */
	GEODIST("GEODIST", Type.DOUBLE.orNull(), "num", p(k(), s(), s()), required(GeoUnit.class),
			(o) -> t("$1", "$2", "$3", ((GeoUnit) o).name()),
			(c, a, o) -> c.geodist(str(a, 0), str(a, 1), str(a, 2), (GeoUnit) o)),
	/** {@code GEOHASH key member}: the 11-character geohash, or null. */
	GEOHASH("GEOHASH", Type.STRING.orNull(), "first_nilf", p(k(), s()),
			(c, a, o) -> c.geohash(str(a, 0), str(a, 1)).get(0)),
	/** {@code GEOSEARCH key FROMLONLAT|FROMMEMBER BYRADIUS|BYBOX ...}: the members. */
	GEOSEARCH("GEOSEARCH", Type.listOf(Type.STRING), "list", p(k()), required(GeoSearch.class),
			(o) -> t("$1", geosearchTokens((GeoSearch) o)), (c, a, o) -> {
				List<Object> members = new ArrayList<>();
				c.geosearch(str(a, 0), (GeoSearch) o).forEach((r) -> members.add(r.member()));
				return members;
			}),
	/** {@code GEOSEARCHSTORE destination source ...}: the members stored, by geohash. */
	GEOSEARCHSTORE("GEOSEARCHSTORE", Type.INTEGER, "int", p(k(), k()), required(GeoSearch.class),
			(o) -> t("$1", "$2", geosearchTokens((GeoSearch) o)),
			(c, a, o) -> c.geosearchstore(str(a, 0), str(a, 1), (GeoSearch) o, false)),
	/** {@code GEOSEARCHSTORE destination source ... STOREDIST}: the members stored. */
	GEOSEARCHSTORE_DIST("GEOSEARCHSTORE", Type.INTEGER, "int", p(k(), k()), required(GeoSearch.class),
			(o) -> t("$1", "$2", geosearchTokens((GeoSearch) o), "STOREDIST"),
			(c, a, o) -> c.geosearchstore(str(a, 0), str(a, 1), (GeoSearch) o, true)),
	/** {@code GETRANGE key start end}: the bytes in the range. */
	GETRANGE("GETRANGE", Type.STRING, "id", p(k(), i(), i()), (c, a, o) -> c.getrange(str(a, 0), lng(a, 1), lng(a, 2))),
	/** {@code SETRANGE key offset value}: the new length in bytes. */
	SETRANGE("SETRANGE", Type.INTEGER, "int", p(k(), i(), s()),
			(c, a, o) -> c.setrange(str(a, 0), lng(a, 1), str(a, 2))),

	// bitmaps
	/** {@code SETBIT key offset value}: the bit's previous value. */
	SETBIT("SETBIT", Type.INTEGER, "int", p(k(), i(), i()),
			(c, a, o) -> c.setbit(str(a, 0), lng(a, 1), bitArgument(lng(a, 2)))),
	/** {@code GETBIT key offset}: the bit. */
	GETBIT("GETBIT", Type.INTEGER, "int", p(k(), i()), (c, a, o) -> c.getbit(str(a, 0), lng(a, 1))),
	/** {@code BITCOUNT key}: the number of set bits. */
	BITCOUNT("BITCOUNT", Type.INTEGER, "int", p(k()), (c, a, o) -> c.bitcount(str(a, 0))),
	/** {@code BITCOUNT key start end [BYTE|BIT]}: the number of set bits in the range. */
	BITCOUNT_RANGE("BITCOUNT", Type.INTEGER, "int", p(k(), i(), i()), optional(BitUnit.class),
			(o) -> t("$1", "$2", "$3", (o != null) ? ((BitUnit) o).name() : null),
			(c, a, o) -> (o != null) ? c.bitcount(str(a, 0), lng(a, 1), lng(a, 2), (BitUnit) o)
					: c.bitcount(str(a, 0), lng(a, 1), lng(a, 2))),
	/** {@code BITPOS key bit}: the first bit equal to the bit, or -1. */
	BITPOS("BITPOS", Type.INTEGER, "int", p(k(), i()), (c, a, o) -> c.bitpos(str(a, 0), bitArgument(lng(a, 1)))),
	/**
	 * {@code BITPOS key bit start}: the first bit equal to the bit from a byte, or -1.
	 */
	BITPOS_FROM("BITPOS", Type.INTEGER, "int", p(k(), i(), i()),
			(c, a, o) -> c.bitpos(str(a, 0), bitArgument(lng(a, 1)), lng(a, 2))),
	/** {@code BITPOS key bit start end [BYTE|BIT]}: the first bit in the range, or -1. */
	BITPOS_RANGE("BITPOS", Type.INTEGER, "int", p(k(), i(), i(), i()), optional(BitUnit.class),
			(o) -> t("$1", "$2", "$3", "$4", (o != null) ? ((BitUnit) o).name() : null),
			(c, a, o) -> (o != null) ? c.bitpos(str(a, 0), bitArgument(lng(a, 1)), lng(a, 2), lng(a, 3), (BitUnit) o)
					: c.bitpos(str(a, 0), bitArgument(lng(a, 1)), lng(a, 2), lng(a, 3))),
	/** {@code BITOP operation destination key...}: the length of the result. */
	BITOP("BITOP", Type.INTEGER, "int", p(k(), ks()), required(BitOperation.class),
			(o) -> t(((BitOperation) o).name(), "$1", "$2"),
			(c, a, o) -> c.bitop((BitOperation) o, str(a, 0), strs(a, 1))),
	/** {@code BITFIELD key GET type offset} (options: the type): the integer. */
	BITFIELD_GET("BITFIELD", Type.INTEGER, "bf", p(k(), i()), required(BitFieldType.class),
			(o) -> t("$1", "GET", o.toString(), "$2"),
			(c, a, o) -> c.bitfield(str(a, 0), BitFieldArgs.none().get((BitFieldType) o, lng(a, 1))).get(0)),
	/** {@code BITFIELD_RO key GET type offset} (options: the type): the integer. */
	BITFIELD_RO_GET("BITFIELD_RO", Type.INTEGER, "bf", p(k(), i()), required(BitFieldType.class),
			(o) -> t("$1", "GET", o.toString(), "$2"),
			(c, a, o) -> c.bitfieldRo(str(a, 0), BitFieldArgs.Get.of((BitFieldType) o, lng(a, 1))).get(0)),
	/**
	 * {@code BITFIELD key [OVERFLOW rule] SET type offset value} (options: the type and
	 * rule): the previous value, or null when {@code OVERFLOW FAIL} refused the write.
	 */
	BITFIELD_SET("BITFIELD", Type.INTEGER.orNull(), "bf", p(k(), i(), i()), required(BitFieldWrite.class),
			(o) -> t("$1", ((BitFieldWrite) o).overflowTokens(), "SET", ((BitFieldWrite) o).type().toString(), "$2",
					"$3"),
			(c, a, o) -> c
				.bitfield(str(a, 0), ((BitFieldWrite) o).start().set(((BitFieldWrite) o).type(), lng(a, 1), lng(a, 2)))
				.get(0)),
	/**
	 * {@code BITFIELD key [OVERFLOW rule] INCRBY type offset increment} (options: the
	 * type and rule): the new value, or null when {@code OVERFLOW FAIL} refused it.
	 */
	BITFIELD_INCRBY("BITFIELD", Type.INTEGER.orNull(), "bf", p(k(), i(), i()), required(BitFieldWrite.class),
			(o) -> t("$1", ((BitFieldWrite) o).overflowTokens(), "INCRBY", ((BitFieldWrite) o).type()
				.toString(), "$2", "$3"),
			(c, a, o) -> c
				.bitfield(str(a, 0),
						((BitFieldWrite) o).start().incrby(((BitFieldWrite) o).type(), lng(a, 1), lng(a, 2)))
				.get(0)),

	// HyperLogLog
	/**
	 * {@code PFADD key element...}: whether the key was created or a register changed.
	 */
	PFADD("PFADD", Type.BOOLEAN, "bool", p(k(), ss()), (c, a, o) -> c.pfadd(str(a, 0), strs(a, 1))),
	/** {@code PFCOUNT key}: the estimate (cached in the value if it was not). */
	PFCOUNT("PFCOUNT", Type.INTEGER, "int", p(k()), (c, a, o) -> c.pfcount(str(a, 0))),
	/** {@code PFCOUNT key...}: the estimate of the union. */
	PFCOUNT_ALL("PFCOUNT", Type.INTEGER, "int", p(ks()), (c, a, o) -> c.pfcount(strs(a, 0))),
	/** {@code PFMERGE destination source...}: true. */
	PFMERGE("PFMERGE", Type.BOOLEAN, "okb", p(k(), ks()), (c, a, o) -> {
		c.pfmerge(str(a, 0), strs(a, 1));
		return true;
	}),

	// lists
	/** {@code LPUSH key value}: the new length. */
	LPUSH("LPUSH", Type.INTEGER, "int", p(k(), s()), (c, a, o) -> c.lpush(str(a, 0), str(a, 1))),
	/** {@code RPUSH key value}: the new length. */
	RPUSH("RPUSH", Type.INTEGER, "int", p(k(), s()), (c, a, o) -> c.rpush(str(a, 0), str(a, 1))),
	/** {@code LPUSH key value...}: the new length. */
	LPUSH_ALL("LPUSH", Type.INTEGER, "int", p(k(), ss()), (c, a, o) -> c.lpush(str(a, 0), strs(a, 1))),
	/** {@code RPUSH key value...}: the new length. */
	RPUSH_ALL("RPUSH", Type.INTEGER, "int", p(k(), ss()), (c, a, o) -> c.rpush(str(a, 0), strs(a, 1))),
	/** {@code LPUSHX key value...}: the new length, 0 if the list is missing. */
	LPUSHX("LPUSHX", Type.INTEGER, "int", p(k(), ss()), (c, a, o) -> c.lpushx(str(a, 0), strs(a, 1))),
	/** {@code RPUSHX key value...}: the new length, 0 if the list is missing. */
	RPUSHX("RPUSHX", Type.INTEGER, "int", p(k(), ss()), (c, a, o) -> c.rpushx(str(a, 0), strs(a, 1))),
	/** {@code LPOP key}: the head or null. */
	LPOP("LPOP", Type.STRING.orNull(), "nilf", p(k()), (c, a, o) -> c.lpop(str(a, 0))),
	/** {@code RPOP key}: the tail or null. */
	RPOP("RPOP", Type.STRING.orNull(), "nilf", p(k()), (c, a, o) -> c.rpop(str(a, 0))),
	/** {@code LPOP key count}: up to count elements from the head. */
	LPOP_COUNT("LPOP", Type.listOf(Type.STRING), "arr", p(k(), i()),
			(c, a, o) -> new ArrayList<Object>(c.lpop(str(a, 0), lng(a, 1)))),
	/** {@code RPOP key count}: up to count elements from the tail. */
	RPOP_COUNT("RPOP", Type.listOf(Type.STRING), "arr", p(k(), i()),
			(c, a, o) -> new ArrayList<Object>(c.rpop(str(a, 0), lng(a, 1)))),
	/** {@code LLEN key}: the length. */
	LLEN("LLEN", Type.INTEGER, "int", p(k()), (c, a, o) -> c.llen(str(a, 0))),
	/** {@code LRANGE key start stop}: the elements. */
	LRANGE("LRANGE", Type.listOf(Type.STRING), "list", p(k(), i(), i()),
			(c, a, o) -> new ArrayList<Object>(c.lrange(str(a, 0), lng(a, 1), lng(a, 2)))),
	/** {@code LINDEX key index}: the element or null. */
	LINDEX("LINDEX", Type.STRING.orNull(), "nilf", p(k(), i()), (c, a, o) -> c.lindex(str(a, 0), lng(a, 1))),
	/** {@code LSET key index value}: true. */
	LSET("LSET", Type.BOOLEAN, "okb", p(k(), i(), s()), (c, a, o) -> {
		c.lset(str(a, 0), lng(a, 1), str(a, 2));
		return true;
	}),
	/** {@code LREM key count value}: how many were removed. */
	LREM("LREM", Type.INTEGER, "int", p(k(), i(), s()), (c, a, o) -> c.lrem(str(a, 0), lng(a, 1), str(a, 2))),
	/** {@code LTRIM key start stop}: true. */
	LTRIM("LTRIM", Type.BOOLEAN, "okb", p(k(), i(), i()), (c, a, o) -> {
		c.ltrim(str(a, 0), lng(a, 1), lng(a, 2));
		return true;
	}),
	/** {@code LINSERT key BEFORE|AFTER pivot value}: the new length, -1 or 0. */
	LINSERT("LINSERT", Type.INTEGER, "int", p(k(), s(), s()), required(ListPosition.class),
			(o) -> t("$1", ((ListPosition) o).name(), "$2", "$3"),
			(c, a, o) -> c.linsert(str(a, 0), (ListPosition) o, str(a, 1), str(a, 2))),
	/** {@code LPOS key element [RANK r] [MAXLEN m]}: the index or null. */
	LPOS("LPOS", Type.INTEGER.orNull(), "nilf", p(k(), s()), optional(LposOptions.class),
			(o) -> t("$1", "$2", lposTokens(o)), (c, a, o) -> c.lpos(str(a, 0), str(a, 1), lpos(o))),
	/** {@code LPOS key element [RANK r] COUNT n [MAXLEN m]}: the indexes. */
	LPOS_COUNT("LPOS", Type.listOf(Type.INTEGER), "arr", p(k(), s(), i()), optional(LposOptions.class),
			(o) -> t("$1", "$2", lposTokens(o), "COUNT", "$3"),
			(c, a, o) -> new ArrayList<Object>(c.lpos(str(a, 0), str(a, 1), lng(a, 2), lpos(o)))),
	/** {@code LMOVE source destination LEFT|RIGHT LEFT|RIGHT}: the element or null. */
	LMOVE("LMOVE", Type.STRING.orNull(), "nilf", p(k(), k()), required(Sides.class),
			(o) -> t("$1", "$2", ((Sides) o).from().name(), ((Sides) o).to().name()),
			(c, a, o) -> c.lmove(str(a, 0), str(a, 1), ((Sides) o).from(), ((Sides) o).to())),
	/** {@code RPOPLPUSH source destination}: the element or null. */
	RPOPLPUSH("RPOPLPUSH", Type.STRING.orNull(), "nilf", p(k(), k()), (c, a, o) -> c.rpoplpush(str(a, 0), str(a, 1))),

	// hashes
	/** {@code HSET key field value}: 1 if the field is new. */
	HSET("HSET", Type.INTEGER, "int", p(k(), s(), s()), (c, a, o) -> c.hset(str(a, 0), str(a, 1), str(a, 2))),
	/** {@code HSET key field value...}: how many fields are new. */
	HSET_ALL("HSET", Type.INTEGER, "int", p(k(), sm()), (c, a, o) -> c.hset(str(a, 0), map(a, 1))),
	/** {@code HSETNX key field value}: whether it was set. */
	HSETNX("HSETNX", Type.BOOLEAN, "bool", p(k(), s(), s()), (c, a, o) -> c.hsetnx(str(a, 0), str(a, 1), str(a, 2))),
	/** {@code HGET key field}: the value or null. */
	HGET("HGET", Type.STRING.orNull(), "nilf", p(k(), s()), (c, a, o) -> c.hget(str(a, 0), str(a, 1))),
	/** {@code HMGET key field...}: the present values by field. */
	HMGET("HMGET", Type.mapOf(Type.STRING), "zip", p(k(), ss()),
			(c, a, o) -> zip(list(a, 1), c.hmget(str(a, 0), strs(a, 1)))),
	/** {@code HDEL key field}: 1 if it existed. */
	HDEL("HDEL", Type.INTEGER, "int", p(k(), s()), (c, a, o) -> c.hdel(str(a, 0), str(a, 1))),
	/** {@code HDEL key field...}: how many existed. */
	HDEL_ALL("HDEL", Type.INTEGER, "int", p(k(), ss()), (c, a, o) -> c.hdel(str(a, 0), strs(a, 1))),
	/** {@code HEXISTS key field}: whether it exists. */
	HEXISTS("HEXISTS", Type.BOOLEAN, "bool", p(k(), s()), (c, a, o) -> c.hexists(str(a, 0), str(a, 1))),
	/** {@code HLEN key}: the number of fields. */
	HLEN("HLEN", Type.INTEGER, "int", p(k()), (c, a, o) -> c.hlen(str(a, 0))),
	/** {@code HGETALL key}: the fields and values. */
	HGETALL("HGETALL", Type.mapOf(Type.STRING), "pairs_map", p(k()), (c, a, o) -> sortedMap(c.hgetall(str(a, 0)))),
	/** The fields matching a pattern and their values, by a complete {@code HSCAN}. */
	HSCAN("HSCAN", Type.mapOf(Type.STRING), "scanall", p(k(), s()), (c, a, o) -> {
		Map<String, Object> map = new TreeMap<>(ByteOrder::compare);
		String cursor = io.redipy.api.ScanPage.START;
		do {
			var page = c.hscan(str(a, 0), cursor, io.redipy.api.ScanOptions.match(str(a, 1)));
			page.items().forEach((entry) -> map.put(entry.field(), entry.value()));
			cursor = page.cursor();
		}
		while (!cursor.equals(io.redipy.api.ScanPage.START));
		return map;
	}),
	/** {@code HKEYS key}: the fields, sorted. */
	HKEYS("HKEYS", Type.listOf(Type.STRING), "sorted", p(k()), (c, a, o) -> sorted(c.hkeys(str(a, 0)))),
	/** {@code HVALS key}: the values, sorted. */
	HVALS("HVALS", Type.listOf(Type.STRING), "sorted", p(k()), (c, a, o) -> sorted(c.hvals(str(a, 0)))),
	/** {@code HINCRBY key field increment}: the new value. */
	HINCRBY("HINCRBY", Type.INTEGER, "int", p(k(), s(), i()), (c, a, o) -> c.hincrby(str(a, 0), str(a, 1), lng(a, 2))),
	/** {@code HINCRBYFLOAT key field increment}: the new value. */
	HINCRBYFLOAT("HINCRBYFLOAT", Type.DOUBLE, "num", p(k(), s(), decimal()),
			(c, a, o) -> c.hincrbyfloat(str(a, 0), str(a, 1), dbl(a, 2))),
	/** {@code HSTRLEN key field}: the value's length in bytes. */
	HSTRLEN("HSTRLEN", Type.INTEGER, "int", p(k(), s()), (c, a, o) -> c.hstrlen(str(a, 0), str(a, 1))),
	/** {@code HRANDFIELD key}: a random field or null. */
	HRANDFIELD("HRANDFIELD", Type.STRING.orNull(), "nilf", p(k()), (c, a, o) -> c.hrandfield(str(a, 0))),
	/** {@code HRANDFIELD key count}: random fields. */
	HRANDFIELD_COUNT("HRANDFIELD", Type.listOf(Type.STRING), "arr", p(k(), i()),
			(c, a, o) -> new ArrayList<Object>(c.hrandfield(str(a, 0), lng(a, 1)))),
	/** {@code HRANDFIELD key count WITHVALUES}: random [field, value] pairs. */
	HRANDFIELD_WITHVALUES("HRANDFIELD", Type.listOf(Type.listOf(Type.STRING)), "pairs_list", p(k(), i()), null,
			(o) -> t("$1", "$2", "WITHVALUES"), (c, a, o) -> entries(c.hrandfieldWithValues(str(a, 0), lng(a, 1)))),

	// sets
	/** {@code SADD key member}: 1 if it is new. */
	SADD("SADD", Type.INTEGER, "int", p(k(), s()), (c, a, o) -> c.sadd(str(a, 0), str(a, 1))),
	/** {@code SADD key member...}: how many are new. */
	SADD_ALL("SADD", Type.INTEGER, "int", p(k(), ss()), (c, a, o) -> c.sadd(str(a, 0), strs(a, 1))),
	/** {@code SREM key member}: 1 if it was removed. */
	SREM("SREM", Type.INTEGER, "int", p(k(), s()), (c, a, o) -> c.srem(str(a, 0), str(a, 1))),
	/** {@code SREM key member...}: how many were removed. */
	SREM_ALL("SREM", Type.INTEGER, "int", p(k(), ss()), (c, a, o) -> c.srem(str(a, 0), strs(a, 1))),
	/** {@code SISMEMBER key member}: whether it is a member. */
	SISMEMBER("SISMEMBER", Type.BOOLEAN, "bool", p(k(), s()), (c, a, o) -> c.sismember(str(a, 0), str(a, 1))),
	/** {@code SMISMEMBER key member...}: whether each is a member. */
	SMISMEMBER("SMISMEMBER", Type.listOf(Type.BOOLEAN), "bools", p(k(), ss()),
			(c, a, o) -> new ArrayList<Object>(c.smismember(str(a, 0), strs(a, 1)))),
	/** The members matching a pattern, by a complete {@code SSCAN}: once each, sorted. */
	SSCAN("SSCAN", Type.listOf(Type.STRING), "scanall", p(k(), s()), (c, a, o) -> {
		java.util.Set<String> members = new java.util.HashSet<>();
		String cursor = io.redipy.api.ScanPage.START;
		do {
			var page = c.sscan(str(a, 0), cursor, io.redipy.api.ScanOptions.match(str(a, 1)));
			members.addAll(page.items());
			cursor = page.cursor();
		}
		while (!cursor.equals(io.redipy.api.ScanPage.START));
		return sorted(members);
	}),
	/** {@code SCARD key}: the number of members. */
	SCARD("SCARD", Type.INTEGER, "int", p(k()), (c, a, o) -> c.scard(str(a, 0))),
	/** {@code SMEMBERS key}: the members, sorted. */
	SMEMBERS("SMEMBERS", Type.listOf(Type.STRING), "sorted", p(k()), (c, a, o) -> sorted(c.smembers(str(a, 0)))),
	/** {@code SPOP key}: a random member, removed, or null. */
	SPOP("SPOP", Type.STRING.orNull(), "nilf", p(k()), (c, a, o) -> c.spop(str(a, 0))),
	/** {@code SPOP key count}: up to count random members, removed, sorted. */
	SPOP_COUNT("SPOP", Type.listOf(Type.STRING), "sorted", p(k(), i()),
			(c, a, o) -> sorted(c.spop(str(a, 0), lng(a, 1)))),
	/** {@code SRANDMEMBER key}: a random member or null. */
	SRANDMEMBER("SRANDMEMBER", Type.STRING.orNull(), "nilf", p(k()), (c, a, o) -> c.srandmember(str(a, 0))),
	/** {@code SRANDMEMBER key count}: random members. */
	SRANDMEMBER_COUNT("SRANDMEMBER", Type.listOf(Type.STRING), "arr", p(k(), i()),
			(c, a, o) -> new ArrayList<Object>(c.srandmember(str(a, 0), lng(a, 1)))),
	/** {@code SMOVE source destination member}: whether it was moved. */
	SMOVE("SMOVE", Type.BOOLEAN, "bool", p(k(), k(), s()), (c, a, o) -> c.smove(str(a, 0), str(a, 1), str(a, 2))),
	/** {@code SINTER key...}: the intersection, sorted. */
	SINTER("SINTER", Type.listOf(Type.STRING), "sorted", p(ks()), (c, a, o) -> sorted(c.sinter(strs(a, 0)))),
	/** {@code SUNION key...}: the union, sorted. */
	SUNION("SUNION", Type.listOf(Type.STRING), "sorted", p(ks()), (c, a, o) -> sorted(c.sunion(strs(a, 0)))),
	/** {@code SDIFF key...}: the difference, sorted. */
	SDIFF("SDIFF", Type.listOf(Type.STRING), "sorted", p(ks()), (c, a, o) -> sorted(c.sdiff(strs(a, 0)))),
	/** {@code SINTERSTORE destination key...}: the size of the result. */
	SINTERSTORE("SINTERSTORE", Type.INTEGER, "int", p(k(), ks()), (c, a, o) -> c.sinterstore(str(a, 0), strs(a, 1))),
	/** {@code SUNIONSTORE destination key...}: the size of the result. */
	SUNIONSTORE("SUNIONSTORE", Type.INTEGER, "int", p(k(), ks()), (c, a, o) -> c.sunionstore(str(a, 0), strs(a, 1))),
	/** {@code SDIFFSTORE destination key...}: the size of the result. */
	SDIFFSTORE("SDIFFSTORE", Type.INTEGER, "int", p(k(), ks()), (c, a, o) -> c.sdiffstore(str(a, 0), strs(a, 1))),
	/** {@code SINTERCARD numkeys key... LIMIT limit}: the size of the intersection. */
	SINTERCARD("SINTERCARD", Type.INTEGER, "int", p(ks(), i()), null, (o) -> t("#1", "LIMIT", "$2"), (c, a, o) -> {
		if (list(a, 0).isEmpty()) {
			throw CommandException.of("ERR numkeys should be greater than 0");
		}
		return c.sintercard(lng(a, 1), strs(a, 0));
	}),

	// sorted sets
	/** {@code ZADD key [options] score member}: 1 if it is new (or changed, with CH). */
	ZADD("ZADD", Type.INTEGER, "int", p(k(), d(), s()), optional(ZAddOptions.class),
			(o) -> t("$1", zaddTokens(o, false), "$2", "$3"),
			(c, a, o) -> c.zadd(str(a, 0), zadd(o), List.of(ScoredMember.of(str(a, 2), dbl(a, 1))))),
	/** {@code ZADD key [options] score member...}: how many are new (or changed). */
	ZADD_ALL("ZADD", Type.INTEGER, "int", p(k(), zs()), optional(ZAddOptions.class),
			(o) -> t("$1", zaddTokens(o, false), "$2"), (c, a, o) -> {
				List<ScoredMember> members = new ArrayList<>();
				list(a, 1).forEach((m) -> members.add((ScoredMember) m));
				if (members.isEmpty()) {
					throw CommandException.of("ERR syntax error");
				}
				return c.zadd(str(a, 0), zadd(o), members);
			}),
	/** {@code ZADD key [options] INCR increment member}: the new score or null. */
	ZADD_INCR("ZADD", Type.DOUBLE.orNull(), "num", p(k(), d(), s()), optional(ZAddOptions.class),
			(o) -> t("$1", zaddTokens(o, true), "$2", "$3"),
			(c, a, o) -> c.zaddIncr(str(a, 0), zadd(o), dbl(a, 1), str(a, 2))),
	/** {@code ZREM key member}: 1 if it was removed. */
	ZREM("ZREM", Type.INTEGER, "int", p(k(), s()), (c, a, o) -> c.zrem(str(a, 0), str(a, 1))),
	/** {@code ZREM key member...}: how many were removed. */
	ZREM_ALL("ZREM", Type.INTEGER, "int", p(k(), ss()), (c, a, o) -> c.zrem(str(a, 0), strs(a, 1))),
	/** {@code ZSCORE key member}: the score or null. */
	ZSCORE("ZSCORE", Type.DOUBLE.orNull(), "num", p(k(), s()), (c, a, o) -> c.zscore(str(a, 0), str(a, 1))),
	/** {@code ZMSCORE key member...}: the present members' scores. */
	ZMSCORE("ZMSCORE", Type.mapOf(Type.DOUBLE), "zipnum", p(k(), ss()),
			(c, a, o) -> zip(list(a, 1), c.zmscore(str(a, 0), strs(a, 1)))),
	/** {@code ZINCRBY key increment member}: the new score. */
	ZINCRBY("ZINCRBY", Type.DOUBLE, "num", p(k(), d(), s()), (c, a, o) -> c.zincrby(str(a, 0), dbl(a, 1), str(a, 2))),
	/**
	 * The members matching a pattern with their scores, by a complete {@code ZSCAN}: once
	 * each, sorted by member.
	 */
	ZSCAN("ZSCAN", Type.listOf(Type.SCORED), "scanall", p(k(), s()), (c, a, o) -> {
		Map<String, Object> members = new TreeMap<>(ByteOrder::compare);
		String cursor = io.redipy.api.ScanPage.START;
		do {
			var page = c.zscan(str(a, 0), cursor, io.redipy.api.ScanOptions.match(str(a, 1)));
			page.items().forEach((member) -> members.put(member.member(), member));
			cursor = page.cursor();
		}
		while (!cursor.equals(io.redipy.api.ScanPage.START));
		return new ArrayList<>(members.values());
	}),
	/** {@code ZCARD key}: the number of members. */
	ZCARD("ZCARD", Type.INTEGER, "int", p(k()), (c, a, o) -> c.zcard(str(a, 0))),
	/** {@code ZCOUNT key min max}: how many scores are in the range. */
	ZCOUNT("ZCOUNT", Type.INTEGER, "int", p(k()), required(ScoreRange.class),
			(o) -> t("$1", ((ScoreRange) o).min().toArgument(), ((ScoreRange) o).max().toArgument()),
			(c, a, o) -> c.zcount(str(a, 0), (ScoreRange) o)),
	/** {@code ZLEXCOUNT key min max}: how many members are in the range. */
	ZLEXCOUNT("ZLEXCOUNT", Type.INTEGER, "int", p(k()), required(LexRange.class),
			(o) -> t("$1", ((LexRange) o).min().toArgument(), ((LexRange) o).max().toArgument()),
			(c, a, o) -> c.zlexcount(str(a, 0), (LexRange) o)),
	/** {@code ZRANK key member}: the rank or null. */
	ZRANK("ZRANK", Type.INTEGER.orNull(), "nilf", p(k(), s()), (c, a, o) -> c.zrank(str(a, 0), str(a, 1))),
	/** {@code ZREVRANK key member}: the rank from the highest score, or null. */
	ZREVRANK("ZREVRANK", Type.INTEGER.orNull(), "nilf", p(k(), s()), (c, a, o) -> c.zrevrank(str(a, 0), str(a, 1))),
	/** {@code ZRANGE key start stop}: the members by rank. */
	ZRANGE("ZRANGE", Type.listOf(Type.STRING), "list", p(k(), i(), i()),
			(c, a, o) -> new ArrayList<Object>(c.zrange(str(a, 0), lng(a, 1), lng(a, 2)))),
	/** {@code ZRANGE key range...}: the members in a range. */
	ZRANGE_BY("ZRANGE", Type.listOf(Type.STRING), "list", p(k()), required(ZRange.class),
			(o) -> t("$1", rangeTokens((ZRange) o)),
			(c, a, o) -> new ArrayList<Object>(c.zrange(str(a, 0), (ZRange) o))),
	/** {@code ZRANGE key range... WITHSCORES}: the members in a range with scores. */
	ZRANGE_WITHSCORES("ZRANGE", Type.listOf(Type.SCORED), "scored", p(k()), required(ZRange.class),
			(o) -> t("$1", rangeTokens((ZRange) o), "WITHSCORES"),
			(c, a, o) -> new ArrayList<Object>(c.zrangeWithScores(str(a, 0), (ZRange) o))),
	/** {@code ZRANGESTORE destination source range...}: the size of the result. */
	ZRANGESTORE("ZRANGESTORE", Type.INTEGER, "int", p(k(), k()), required(ZRange.class),
			(o) -> t("$1", "$2", rangeTokens((ZRange) o)),
			(c, a, o) -> c.zrangestore(str(a, 0), str(a, 1), (ZRange) o)),
	/** {@code ZPOPMAX key count}: the members with the highest scores, highest first. */
	ZPOPMAX("ZPOPMAX", Type.listOf(Type.SCORED), "scored", p(k(), i()),
			(c, a, o) -> new ArrayList<Object>(c.zpopmax(str(a, 0), lng(a, 1)))),
	/** {@code ZPOPMIN key count}: the members with the lowest scores, lowest first. */
	ZPOPMIN("ZPOPMIN", Type.listOf(Type.SCORED), "scored", p(k(), i()),
			(c, a, o) -> new ArrayList<Object>(c.zpopmin(str(a, 0), lng(a, 1)))),
	/** {@code ZPOPMAX key}: the member with the highest score, or null. */
	ZPOPMAX_ONE("ZPOPMAX", Type.SCORED.orNull(), "scored1", p(k()), (c, a, o) -> c.zpopmax(str(a, 0))),
	/** {@code ZPOPMIN key}: the member with the lowest score, or null. */
	ZPOPMIN_ONE("ZPOPMIN", Type.SCORED.orNull(), "scored1", p(k()), (c, a, o) -> c.zpopmin(str(a, 0))),
	/** {@code ZREMRANGEBYRANK key start stop}: how many were removed. */
	ZREMRANGEBYRANK("ZREMRANGEBYRANK", Type.INTEGER, "int", p(k(), i(), i()),
			(c, a, o) -> c.zremrangebyrank(str(a, 0), lng(a, 1), lng(a, 2))),
	/** {@code ZREMRANGEBYSCORE key min max}: how many were removed. */
	ZREMRANGEBYSCORE("ZREMRANGEBYSCORE", Type.INTEGER, "int", p(k()), required(ScoreRange.class),
			(o) -> t("$1", ((ScoreRange) o).min().toArgument(), ((ScoreRange) o).max().toArgument()),
			(c, a, o) -> c.zremrangebyscore(str(a, 0), (ScoreRange) o)),
	/** {@code ZREMRANGEBYLEX key min max}: how many were removed. */
	ZREMRANGEBYLEX("ZREMRANGEBYLEX", Type.INTEGER, "int", p(k()), required(LexRange.class),
			(o) -> t("$1", ((LexRange) o).min().toArgument(), ((LexRange) o).max().toArgument()),
			(c, a, o) -> c.zremrangebylex(str(a, 0), (LexRange) o)),
	/**
	 * {@code ZUNIONSTORE destination numkeys key... [options]}: the size of the result.
	 */
	ZUNIONSTORE("ZUNIONSTORE", Type.INTEGER, "int", p(k(), ks()), optional(ZStoreOptions.class),
			(o) -> t("$1", "#2", storeTokens(o)), (c, a, o) -> {
				needKeys(list(a, 1), "zunionstore");
				return c.zunionstore(str(a, 0), store(o), strs(a, 1));
			}),
	/**
	 * {@code ZINTERSTORE destination numkeys key... [options]}: the size of the result.
	 */
	ZINTERSTORE("ZINTERSTORE", Type.INTEGER, "int", p(k(), ks()), optional(ZStoreOptions.class),
			(o) -> t("$1", "#2", storeTokens(o)), (c, a, o) -> {
				needKeys(list(a, 1), "zinterstore");
				return c.zinterstore(str(a, 0), store(o), strs(a, 1));
			}),
	/** {@code ZDIFFSTORE destination numkeys key...}: the size of the result. */
	ZDIFFSTORE("ZDIFFSTORE", Type.INTEGER, "int", p(k(), ks()), null, (o) -> t("$1", "#2"),
			(c, a, o) -> c.zdiffstore(str(a, 0), strs(a, 1))),
	/** {@code ZUNION numkeys key... [options]}: the members, from the lowest score. */
	ZUNION("ZUNION", Type.listOf(Type.STRING), "arr", p(ks()), optional(ZStoreOptions.class),
			(o) -> t("#1", storeTokens(o)), (c, a, o) -> {
				needKeys(list(a, 0), "zunion");
				return new ArrayList<Object>(c.zunion(store(o), strs(a, 0)));
			}),
	/** {@code ZUNION numkeys key... [options] WITHSCORES}: the members with scores. */
	ZUNION_WITHSCORES("ZUNION", Type.listOf(Type.SCORED), "scored", p(ks()), optional(ZStoreOptions.class),
			(o) -> t("#1", storeTokens(o), "WITHSCORES"), (c, a, o) -> {
				needKeys(list(a, 0), "zunion");
				return new ArrayList<Object>(c.zunionWithScores(store(o), strs(a, 0)));
			}),
	/** {@code ZINTER numkeys key... [options]}: the members, from the lowest score. */
	ZINTER("ZINTER", Type.listOf(Type.STRING), "arr", p(ks()), optional(ZStoreOptions.class),
			(o) -> t("#1", storeTokens(o)), (c, a, o) -> {
				needKeys(list(a, 0), "zinter");
				return new ArrayList<Object>(c.zinter(store(o), strs(a, 0)));
			}),
	/** {@code ZINTER numkeys key... [options] WITHSCORES}: the members with scores. */
	ZINTER_WITHSCORES("ZINTER", Type.listOf(Type.SCORED), "scored", p(ks()), optional(ZStoreOptions.class),
			(o) -> t("#1", storeTokens(o), "WITHSCORES"), (c, a, o) -> {
				needKeys(list(a, 0), "zinter");
				return new ArrayList<Object>(c.zinterWithScores(store(o), strs(a, 0)));
			}),
	/** {@code ZDIFF numkeys key...}: the members, from the lowest score. */
	ZDIFF("ZDIFF", Type.listOf(Type.STRING), "arr", p(ks()), null, (o) -> t("#1"), (c, a, o) -> {
		needKeys(list(a, 0), "zdiff");
		return new ArrayList<Object>(c.zdiff(strs(a, 0)));
	}),
	/** {@code ZDIFF numkeys key... WITHSCORES}: the members with scores. */
	ZDIFF_WITHSCORES("ZDIFF", Type.listOf(Type.SCORED), "scored", p(ks()), null, (o) -> t("#1", "WITHSCORES"),
			(c, a, o) -> {
				needKeys(list(a, 0), "zdiff");
				return new ArrayList<Object>(c.zdiffWithScores(strs(a, 0)));
			}),
	/** {@code ZINTERCARD numkeys key... LIMIT limit}: the size of the intersection. */
	ZINTERCARD("ZINTERCARD", Type.INTEGER, "int", p(ks(), i()), null, (o) -> t("#1", "LIMIT", "$2"), (c, a, o) -> {
		needKeys(list(a, 0), "zintercard");
		return c.zintercard(lng(a, 1), strs(a, 0));
	}),
	/** {@code ZRANDMEMBER key}: a random member or null. */
	ZRANDMEMBER("ZRANDMEMBER", Type.STRING.orNull(), "nilf", p(k()), (c, a, o) -> c.zrandmember(str(a, 0))),
	/** {@code ZRANDMEMBER key count}: random members. */
	ZRANDMEMBER_COUNT("ZRANDMEMBER", Type.listOf(Type.STRING), "arr", p(k(), i()),
			(c, a, o) -> new ArrayList<Object>(c.zrandmember(str(a, 0), lng(a, 1)))),
	/** {@code ZRANDMEMBER key count WITHSCORES}: random members with their scores. */
	ZRANDMEMBER_WITHSCORES("ZRANDMEMBER", Type.listOf(Type.SCORED), "scored", p(k(), i()), null,
			(o) -> t("$1", "$2", "WITHSCORES"),
			(c, a, o) -> new ArrayList<Object>(c.zrandmemberWithScores(str(a, 0), lng(a, 1)))),

	/**
	 * {@code LMPOP numkeys key... LEFT|RIGHT COUNT count}: [key, element...], or empty.
	 */
	LMPOP("LMPOP", Type.listOf(Type.STRING), "mpop", p(ks(), i()), required(ListSide.class),
			(o) -> t("#1", ((ListSide) o).name(), "COUNT", "$2"), (c, a, o) -> {
				if (list(a, 0).isEmpty()) {
					throw CommandException.of("ERR numkeys should be greater than 0");
				}
				io.redipy.api.KeyValues popped = c.lmpop((ListSide) o, lng(a, 1), strs(a, 0));
				List<Object> result = new ArrayList<>();
				if (popped != null) {
					result.add(popped.key());
					result.addAll(popped.values());
				}
				return result;
			}),
	/** {@code ZMPOP numkeys key... MIN|MAX COUNT count}: the members popped, or empty. */
	ZMPOP("ZMPOP", Type.listOf(Type.SCORED), "zmpop", p(ks(), i()), required(ScoreSide.class),
			(o) -> t("#1", ((ScoreSide) o).name(), "COUNT", "$2"), (c, a, o) -> {
				if (list(a, 0).isEmpty()) {
					throw CommandException.of("ERR numkeys should be greater than 0");
				}
				io.redipy.api.KeyedScoredMembers popped = c.zmpop((ScoreSide) o, lng(a, 1), strs(a, 0));
				return (popped != null) ? new ArrayList<Object>(popped.members()) : new ArrayList<Object>();
			}),

	// streams: entries are lists [id, field, value, ...] (just [id] for one deleted while
	// pending), fields in byte order
	/**
	 * {@code XADD key [NOMKSTREAM] [MAXLEN|MINID ...] id field value...}: the id, or
	 * null.
	 */
	XADD("XADD", Type.STRING.orNull(), "nilf", p(k(), sm()), optional(StreamAddOptions.class),
			(o) -> t("$1", addTokens(o), "$2"),
			(c, a, o) -> c.xadd(str(a, 0), (o != null) ? (StreamAddOptions) o : StreamAddOptions.none(), map(a, 1))),
	/** {@code XLEN key}: the number of entries. */
	XLEN("XLEN", Type.INTEGER, "int", p(k()), (c, a, o) -> c.xlen(str(a, 0))),
	/** {@code XRANGE key start end}: the entries, lowest first. */
	XRANGE("XRANGE", Type.listOf(Type.listOf(Type.STRING)), "entries", p(k(), s(), s()),
			(c, a, o) -> streamEntries(c.xrange(str(a, 0), str(a, 1), str(a, 2)))),
	/** {@code XRANGE key start end COUNT count}: at most count entries, lowest first. */
	XRANGE_COUNT("XRANGE", Type.listOf(Type.listOf(Type.STRING)), "entries", p(k(), s(), s(), i()), null,
			(o) -> t("$1", "$2", "$3", "COUNT", "$4"),
			(c, a, o) -> streamEntries(c.xrange(str(a, 0), str(a, 1), str(a, 2), lng(a, 3)))),
	/** {@code XREVRANGE key end start}: the entries, highest first. */
	XREVRANGE("XREVRANGE", Type.listOf(Type.listOf(Type.STRING)), "entries", p(k(), s(), s()),
			(c, a, o) -> streamEntries(c.xrevrange(str(a, 0), str(a, 1), str(a, 2)))),
	/**
	 * {@code XREVRANGE key end start COUNT count}: at most count entries, highest first.
	 */
	XREVRANGE_COUNT("XREVRANGE", Type.listOf(Type.listOf(Type.STRING)), "entries", p(k(), s(), s(), i()), null,
			(o) -> t("$1", "$2", "$3", "COUNT", "$4"),
			(c, a, o) -> streamEntries(c.xrevrange(str(a, 0), str(a, 1), str(a, 2), lng(a, 3)))),
	/** {@code XDEL key id...}: how many were deleted. */
	XDEL("XDEL", Type.INTEGER, "int", p(k(), ss()), (c, a, o) -> c.xdel(str(a, 0), strs(a, 1))),
	/** {@code XTRIM key MAXLEN|MINID [~] n [LIMIT l]}: how many were removed. */
	XTRIM("XTRIM", Type.INTEGER, "int", p(k()), required(StreamTrim.class), (o) -> t("$1", trimTokens((StreamTrim) o)),
			(c, a, o) -> c.xtrim(str(a, 0), (StreamTrim) o)),
	/** {@code XSETID key id}: true. */
	XSETID("XSETID", Type.BOOLEAN, "okb", p(k(), s()), (c, a, o) -> {
		c.xsetid(str(a, 0), str(a, 1));
		return true;
	}),
	/** {@code XREAD COUNT count STREAMS key id}: the entries after the id. */
	XREAD("XREAD", Type.listOf(Type.listOf(Type.STRING)), "read_entries", p(k(), s(), i()), null,
			(o) -> t("COUNT", "$3", "STREAMS", "$1", "$2"),
			(c, a, o) -> readEntries(c.xread(StreamReadOptions.none().count(lng(a, 2)), Map.of(str(a, 0), str(a, 1))),
					str(a, 0))),
	/**
	 * {@code XREADGROUP GROUP group consumer COUNT count STREAMS key id}: the entries
	 * read as the consumer.
	 */
	XREADGROUP("XREADGROUP", Type.listOf(Type.listOf(Type.STRING)), "read_entries", p(k(), s(), s(), s(), i()),
			optional(Boolean.class), (o) -> t("GROUP", "$2", "$3", "COUNT", "$5",
					Boolean.TRUE.equals(o) ? "NOACK" : null, "STREAMS", "$1", "$4"),
			(c, a, o) -> {
				StreamReadOptions options = StreamReadOptions.none().count(lng(a, 4));
				return readEntries(c.xreadgroup(str(a, 1), str(a, 2),
						Boolean.TRUE.equals(o) ? options.noAck() : options, Map.of(str(a, 0), str(a, 3))), str(a, 0));
			}),
	/** {@code XGROUP CREATE key group id [MKSTREAM]}: true. */
	XGROUP_CREATE("XGROUP", Type.BOOLEAN, "okb", p(k(), s(), s()), optional(Boolean.class),
			(o) -> t("CREATE", "$1", "$2", "$3", Boolean.TRUE.equals(o) ? "MKSTREAM" : null), (c, a, o) -> {
				c.xgroupCreate(str(a, 0), str(a, 1), str(a, 2), Boolean.TRUE.equals(o), -1);
				return true;
			}),
	/** {@code XGROUP SETID key group id}: true. */
	XGROUP_SETID("XGROUP", Type.BOOLEAN, "okb", p(k(), s(), s()), null, (o) -> t("SETID", "$1", "$2", "$3"),
			(c, a, o) -> {
				c.xgroupSetid(str(a, 0), str(a, 1), str(a, 2));
				return true;
			}),
	/** {@code XGROUP DESTROY key group}: whether it existed. */
	XGROUP_DESTROY("XGROUP", Type.BOOLEAN, "bool", p(k(), s()), null, (o) -> t("DESTROY", "$1", "$2"),
			(c, a, o) -> c.xgroupDestroy(str(a, 0), str(a, 1))),
	/** {@code XGROUP CREATECONSUMER key group consumer}: whether it was created. */
	XGROUP_CREATECONSUMER("XGROUP", Type.BOOLEAN, "bool", p(k(), s(), s()), null,
			(o) -> t("CREATECONSUMER", "$1", "$2", "$3"),
			(c, a, o) -> c.xgroupCreateconsumer(str(a, 0), str(a, 1), str(a, 2))),
	/** {@code XGROUP DELCONSUMER key group consumer}: its number of pending entries. */
	XGROUP_DELCONSUMER("XGROUP", Type.INTEGER, "int", p(k(), s(), s()), null, (o) -> t("DELCONSUMER", "$1", "$2", "$3"),
			(c, a, o) -> c.xgroupDelconsumer(str(a, 0), str(a, 1), str(a, 2))),
	/** {@code XACK key group id...}: how many were pending. */
	XACK("XACK", Type.INTEGER, "int", p(k(), s(), ss()), (c, a, o) -> c.xack(str(a, 0), str(a, 1), strs(a, 2))),
	/** {@code XPENDING key group}: the number of pending entries. */
	XPENDING("XPENDING", Type.INTEGER, "first", p(k(), s()), (c, a, o) -> c.xpending(str(a, 0), str(a, 1)).count()),
	/** {@code XCLAIM key group consumer min-idle id... JUSTID}: the ids claimed. */
	XCLAIM("XCLAIM", Type.listOf(Type.STRING), "arr", p(k(), s(), s(), i(), ss()), null,
			(o) -> t("$1", "$2", "$3", "$4", "$5", "JUSTID"),
			(c, a, o) -> new ArrayList<Object>(c.xclaimJustId(str(a, 0), str(a, 1), str(a, 2),
					Duration.ofMillis(lng(a, 3)), ClaimOptions.none(), strs(a, 4)))),
	/**
	 * {@code XAUTOCLAIM key group consumer min-idle start COUNT count JUSTID}: the ids
	 * claimed.
	 */
	XAUTOCLAIM("XAUTOCLAIM", Type.listOf(Type.STRING), "second", p(k(), s(), s(), i(), s(), i()), null,
			(o) -> t("$1", "$2", "$3", "$4", "$5", "COUNT", "$6", "JUSTID"),
			(c, a, o) -> new ArrayList<Object>(c
				.xautoclaimJustId(str(a, 0), str(a, 1), str(a, 2), Duration.ofMillis(lng(a, 3)), str(a, 4), lng(a, 5))
				.claimed())),
	/**
	 * {@code XINFO STREAM key}: the stream's counters and ids, integers as decimal text,
	 * by Redis's field names (its first and last entries left out: {@code XRANGE} reads
	 * them).
	 */
	XINFO_STREAM("XINFO", Type.mapOf(Type.STRING), "info_map", p(k()), null, (o) -> t("STREAM", "$1"),
			(c, a, o) -> streamInfo(c.xinfoStream(str(a, 0)))),
	/**
	 * {@code XINFO GROUPS key}: one map per group, as {@link #XINFO_STREAM}'s (an unknown
	 * {@code entries-read} or {@code lag} left out).
	 */
	XINFO_GROUPS("XINFO", Type.listOf(Type.mapOf(Type.STRING)), "info_maps", p(k()), null, (o) -> t("GROUPS", "$1"),
			(c, a, o) -> {
				List<Object> groups = new ArrayList<>();
				for (io.redipy.api.StreamGroupInfo group : c.xinfoGroups(str(a, 0))) {
					groups.add(info("name", group.name(), "consumers", group.consumers(), "pending", group.pending(),
							"last-delivered-id", group.lastDeliveredId(), "entries-read", group.entriesRead(), "lag",
							group.lag()));
				}
				return groups;
			}),
	/**
	 * {@code XINFO CONSUMERS key group}: one map per consumer (name, pending, idle in
	 * milliseconds).
	 */
	XINFO_CONSUMERS("XINFO", Type.listOf(Type.mapOf(Type.STRING)), "info_maps", p(k(), s()), null,
			(o) -> t("CONSUMERS", "$1", "$2"), (c, a, o) -> {
				List<Object> consumers = new ArrayList<>();
				for (io.redipy.api.StreamConsumerInfo consumer : c.xinfoConsumers(str(a, 0), str(a, 1))) {
					consumers.add(info("name", consumer.name(), "pending", consumer.pending(), "idle",
							consumer.idle().toMillis()));
				}
				return consumers;
			});

	/**
	 * The type and overflow rule of a script's {@code BITFIELD} write, fixed when the
	 * script is built.
	 *
	 * @param type the integer's type
	 * @param overflow what happens when the result does not fit the type
	 */
	public record BitFieldWrite(BitFieldType type, BitFieldArgs.Overflow overflow) {

		/**
		 * Checks the parts.
		 * @param type the type
		 * @param overflow the rule
		 */
		public BitFieldWrite {
			Objects.requireNonNull(type, "type");
			Objects.requireNonNull(overflow, "overflow");
		}

		/** The {@code OVERFLOW} arguments: none for Redis's default, {@code WRAP}. */
		List<String> overflowTokens() {
			return (this.overflow != BitFieldArgs.Overflow.WRAP) ? List.of("OVERFLOW", this.overflow.name())
					: List.of();
		}

		/** The API's arguments up to the write: the rule, unless it is the default. */
		BitFieldArgs start() {
			return (this.overflow != BitFieldArgs.Overflow.WRAP) ? BitFieldArgs.none().overflow(this.overflow)
					: BitFieldArgs.none();
		}

	}

	/** Runs a command through the client API for the memory interpreter. */
	@FunctionalInterface
	public interface Invoker {

		/**
		 * Runs the command.
		 * @param commands the API to run it on (the client's view, with its key prefix)
		 * @param args the arguments as script values, keys without prefix
		 * @param options the command's build-time options, or null
		 * @return the result as a script value
		 */
		@Nullable Object invoke(Commands commands, Object[] args, @Nullable Object options);

	}

	/** What a parameter is to Redis. */
	public enum Role {

		/** A plain value. */
		VALUE,
		/** A key, a list of keys or a map keyed by keys: gets the client's prefix. */
		KEY,
		/** A glob pattern over the client's keys: the (escaped) prefix goes first. */
		PATTERN,
		/**
		 * A double that Redis adds as a long double: sent as the shortest text that reads
		 * back as the double, as the client API sends it.
		 */
		DECIMAL

	}

	/**
	 * A parameter of a command.
	 *
	 * @param type its type; a list or a map is spread into several arguments
	 * @param role what it is to Redis
	 */
	public record Param(Type type, Role role) {

		/**
		 * Whether the parameter stands for several arguments.
		 * @return whether it is a list or a map
		 */
		public boolean spread() {
			return this.type.kind() == Type.Kind.LIST || this.type.kind() == Type.Kind.MAP;
		}

	}

	/**
	 * The build-time options of {@code LMOVE}.
	 *
	 * @param from the side to pop from
	 * @param to the side to push to
	 */
	public record Sides(ListSide from, ListSide to) {

		/**
		 * Checks the sides.
		 * @param from the side to pop from
		 * @param to the side to push to
		 */
		public Sides {
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(to, "to");
		}

	}

	private record OptionsSpec(Class<?> type, boolean required) {
	}

	private static final Pattern ARGUMENT = Pattern.compile("[$#][0-9]+");

	private final String redisName;

	private final Type result;

	private final String reply;

	private final List<Param> parameters;

	private final @Nullable OptionsSpec options;

	private final Function<@Nullable Object, List<String>> template;

	private final Invoker invoker;

	ScriptCommand(String redisName, Type result, String reply, List<Param> parameters, Invoker invoker) {
		this(redisName, result, reply, parameters, null, null, invoker);
	}

	ScriptCommand(String redisName, Type result, String reply, List<Param> parameters, @Nullable OptionsSpec options,
			@Nullable Function<@Nullable Object, List<String>> template, Invoker invoker) {
		this.redisName = redisName;
		this.result = result;
		this.reply = reply;
		this.parameters = parameters;
		this.options = options;
		this.template = (template != null) ? template : (o) -> {
			List<String> all = new ArrayList<>();
			for (int i = 1; i <= parameters.size(); i++) {
				all.add("$" + i);
			}
			return all;
		};
		this.invoker = invoker;
	}

	/**
	 * Returns the Redis command's name.
	 * @return the name
	 */
	public String redisName() {
		return this.redisName;
	}

	/**
	 * Returns the arguments after the command's name as Redis takes them, for the given
	 * options: {@code $n} stands for the n-th parameter (1-based; a list or map is
	 * spread), {@code #n} for the n-th parameter (a list) preceded by its size,
	 * {@code ^*} for the escaped key prefix followed by {@code *}, {@code ^+text} for the
	 * key prefix followed by the text (unescaped: SORT's patterns), {@code ^=text} for
	 * the text itself whatever it looks like; anything else is a literal argument.
	 * @param options the options (checked with {@link #checkOptions})
	 * @return the argument template
	 */
	public List<String> template(@Nullable Object options) {
		return this.template.apply(options);
	}

	/**
	 * Returns whether a template token stands for a parameter.
	 * @param token a token of {@link #template}
	 * @return whether it is {@code $n} or {@code #n}
	 */
	public static boolean isArgument(String token) {
		return ARGUMENT.matcher(token).matches();
	}

	/**
	 * Checks a command's options at build time.
	 * @param options the options, or null
	 * @throws IllegalArgumentException if the command takes no such options
	 */
	public void checkOptions(@Nullable Object options) {
		if (options == null) {
			if (this.options != null && this.options.required()) {
				throw new IllegalArgumentException(
						this.redisName + " needs options of type " + this.options.type().getSimpleName());
			}
			return;
		}
		if (this.options == null || !this.options.type().isInstance(options)) {
			throw new IllegalArgumentException(this.redisName + " takes no options " + options);
		}
	}

	/**
	 * Returns the result type.
	 * @return the type
	 */
	public Type result() {
		return this.result;
	}

	/**
	 * Returns the name of the Lua helper that turns the raw reply into the result. The
	 * helpers {@code zip} and {@code zipnum} also get the last parameter's list, the
	 * helpers {@code keys} and {@code rkey} the key prefix.
	 * @return the helper's name in the prelude
	 */
	public String reply() {
		return this.reply;
	}

	/**
	 * Returns the parameters, the key (if any) first.
	 * @return the parameters
	 */
	public List<Param> parameters() {
		return this.parameters;
	}

	/**
	 * Returns whether the reply helper gets the last parameter's list too.
	 * @return whether the reply is zipped with the names asked for
	 */
	public boolean zipsReply() {
		return this.reply.startsWith("zip");
	}

	/**
	 * Returns whether the reply helper gets the key prefix too.
	 * @return whether the reply needs the prefix
	 */
	public boolean replyNeedsPrefix() {
		return this.reply.equals("keys") || this.reply.equals("rkey") || this.reply.equals("mpop");
	}

	/**
	 * Returns whether some parameter is spread into a variable number of arguments.
	 * @return whether the command is variadic in a script
	 */
	public boolean variadic() {
		return this.parameters.stream().anyMatch(Param::spread);
	}

	/**
	 * Returns Redis's least number of arguments (with the command's name) for a variadic
	 * command; fewer make Redis fail with {@link ScriptErrors#WRONG_ARITY}.
	 * @return the minimum, or 0 if the command is not variadic
	 */
	public int minArguments() {
		return switch (this) {
			case EXISTS_ALL, TOUCH_ALL, DEL_ALL, UNLINK, MGET, SINTER, SUNION, SDIFF -> 2;
			case PFADD, PFCOUNT_ALL, PFMERGE -> 2;
			case ZUNION, ZUNION_WITHSCORES, ZINTER, ZINTER_WITHSCORES, ZDIFF, ZDIFF_WITHSCORES, ZINTERCARD -> 3;
			case LMPOP, ZMPOP, BITOP -> 4;
			case MSET, MSETNX, LPUSH_ALL, RPUSH_ALL, LPUSHX, RPUSHX, HMGET, HDEL_ALL, SADD_ALL, SREM_ALL, SMISMEMBER,
					ZREM_ALL, ZMSCORE, SINTERSTORE, SUNIONSTORE, SDIFFSTORE, SINTERCARD ->
				3;
			case HSET_ALL, ZADD_ALL, ZUNIONSTORE, ZINTERSTORE, ZDIFFSTORE, XACK -> 4;
			case XADD -> 5;
			case XDEL -> 3;
			case XCLAIM -> 6;
			default -> 0;
		};
	}

	/**
	 * Counts the arguments Redis gets (with the command's name) for argument values.
	 * @param options the options
	 * @param args the argument values
	 * @return the number of arguments
	 */
	public int countArguments(@Nullable Object options, Object[] args) {
		int count = 1;
		for (String token : template(options)) {
			if (isArgument(token)) {
				int index = Integer.parseInt(token.substring(1)) - 1;
				Param param = this.parameters.get(index);
				int size = param.spread()
						? ((args[index] instanceof Map<?, ?> m) ? m.size() : ((List<?>) args[index]).size()) : 1;
				boolean pairs = param.type().kind() == Type.Kind.MAP
						|| (param.spread() && param.type().element().kind() == Type.Kind.SCORED);
				count += (pairs ? 2 * size : size) + (token.startsWith("#") ? 1 : 0);
			}
			else {
				count++;
			}
		}
		return count;
	}

	/**
	 * Returns how the interpreter runs the command.
	 * @return the invoker
	 */
	public Invoker invoker() {
		return this.invoker;
	}

	// parameters

	private static List<Param> p(Param... params) {
		return List.of(params);
	}

	private static Param k() {
		return new Param(Type.STRING, Role.KEY);
	}

	private static Param ks() {
		return new Param(Type.listOf(Type.STRING), Role.KEY);
	}

	private static Param km() {
		return new Param(Type.mapOf(Type.STRING), Role.KEY);
	}

	private static Param pattern() {
		return new Param(Type.STRING, Role.PATTERN);
	}

	private static Param s() {
		return new Param(Type.STRING, Role.VALUE);
	}

	private static Param ss() {
		return new Param(Type.listOf(Type.STRING), Role.VALUE);
	}

	private static Param sm() {
		return new Param(Type.mapOf(Type.STRING), Role.VALUE);
	}

	private static Param zs() {
		return new Param(Type.listOf(Type.SCORED), Role.VALUE);
	}

	private static Param i() {
		return new Param(Type.INTEGER, Role.VALUE);
	}

	private static Param d() {
		return new Param(Type.DOUBLE, Role.VALUE);
	}

	private static Param decimal() {
		return new Param(Type.DOUBLE, Role.DECIMAL);
	}

	private static OptionsSpec optional(Class<?> type) {
		return new OptionsSpec(type, false);
	}

	private static OptionsSpec required(Class<?> type) {
		return new OptionsSpec(type, true);
	}

	/**
	 * A bit argument (SETBIT's value, BITPOS's bit) as an {@code int}: one out of range
	 * stays out of range, so that the command fails as Redis does, after the checks Redis
	 * makes first.
	 */
	private static int bitArgument(long value) {
		return (int) Math.max(-1, Math.min(2, value));
	}

	// templates

	/** Flattens strings and lists of strings, skipping nulls. */
	private static List<String> t(@Nullable Object... parts) {
		List<String> tokens = new ArrayList<>();
		for (Object part : parts) {
			if (part instanceof List<?> list) {
				list.forEach((x) -> tokens.add((String) x));
			}
			else if (part != null) {
				tokens.add((String) part);
			}
		}
		return tokens;
	}

	/**
	 * SORT's options as template tokens: a pattern with a {@code *} (before any NUL)
	 * names keys and gets the key prefix ({@code ^+}), others are literal ({@code ^=}).
	 */
	private static List<String> sortTokens(@Nullable Object options) {
		SortArgs args = (SortArgs) options;
		List<String> tokens = new ArrayList<>();
		if (args.by() != null) {
			tokens.add("BY");
			tokens.add(sortPattern(args.by()));
		}
		if (args.limited()) {
			tokens.add("LIMIT");
			tokens.add(Long.toString(args.offset()));
			tokens.add(Long.toString(args.count()));
		}
		for (String get : args.get()) {
			tokens.add("GET");
			tokens.add(sortPattern(get));
		}
		if (args.desc()) {
			tokens.add("DESC");
		}
		if (args.alpha()) {
			tokens.add("ALPHA");
		}
		return tokens;
	}

	private static String sortPattern(String pattern) {
		int nul = pattern.indexOf('\0');
		int star = pattern.indexOf('*');
		return ((star >= 0 && (nul < 0 || star < nul)) ? "^+" : "^=") + pattern;
	}

	/** A sort's result for a script: a missing GET value is the empty string. */
	private static List<Object> sortList(List<@Nullable String> values) {
		List<Object> result = new ArrayList<>(values.size());
		for (String value : values) {
			result.add((value != null) ? value : "");
		}
		return result;
	}

	private static ExpireCondition condition(@Nullable Object options) {
		return (options != null) ? (ExpireCondition) options : ExpireCondition.ALWAYS;
	}

	private static List<String> conditionTokens(@Nullable Object options) {
		ExpireCondition condition = condition(options);
		return (condition != ExpireCondition.ALWAYS) ? List.of(condition.name()) : List.of();
	}

	private static List<String> setTokens(@Nullable Object options) {
		if (options == null) {
			return List.of();
		}
		SetOptions set = (SetOptions) options;
		List<String> tokens = new ArrayList<>();
		if (set.condition() != SetOptions.Condition.ALWAYS) {
			tokens.add(set.condition().name());
		}
		if (set.expiration() != null) {
			tokens.addAll(expirationTokens(set.expiration()));
		}
		return tokens;
	}

	private static List<String> expirationTokens(Expiration expiration) {
		if (expiration.kind() == Expiration.Kind.KEEPTTL || expiration.kind() == Expiration.Kind.PERSIST) {
			return List.of(expiration.kind().name());
		}
		return List.of(expiration.kind().name(), Long.toString(expiration.amount()));
	}

	private static LposOptions lpos(@Nullable Object options) {
		return (options != null) ? (LposOptions) options : LposOptions.none();
	}

	private static List<String> trimTokens(@Nullable StreamTrim trim) {
		List<String> tokens = new ArrayList<>();
		if (trim == null) {
			return tokens;
		}
		tokens.add(trim.byId() ? "MINID" : "MAXLEN");
		if (trim.approx()) {
			tokens.add("~");
		}
		tokens.add(trim.byId() ? trim.minId() : Long.toString(trim.maxLen()));
		if (trim.limit() != 0) {
			tokens.add("LIMIT");
			tokens.add(Long.toString(trim.limit()));
		}
		return tokens;
	}

	private static List<String> addTokens(@Nullable Object options) {
		StreamAddOptions add = (options != null) ? (StreamAddOptions) options : StreamAddOptions.none();
		List<String> tokens = new ArrayList<>();
		if (!add.mkStream()) {
			tokens.add("NOMKSTREAM");
		}
		tokens.addAll(trimTokens(add.trim()));
		tokens.add(add.id());
		return tokens;
	}

	/**
	 * Stream entries as a script holds them: [id, field, value, ...], [id] if deleted.
	 */
	private static List<Object> streamEntries(List<StreamEntry<String, String>> entries) {
		List<Object> result = new ArrayList<>(entries.size());
		for (StreamEntry<String, String> entry : entries) {
			List<Object> one = new ArrayList<>();
			one.add(entry.id());
			if (entry.pairs() != null) {
				for (Map.Entry<String, String> pair : entry.pairs()) {
					one.add(pair.getKey());
					one.add(pair.getValue());
				}
			}
			result.add(one);
		}
		return result;
	}

	private static List<Object> readEntries(Map<String, List<StreamEntry<String, String>>> read, String key) {
		List<StreamEntry<String, String>> entries = read.get(key);
		return (entries != null) ? streamEntries(entries) : new ArrayList<>();
	}

	private static List<String> lposTokens(@Nullable Object options) {
		LposOptions lpos = lpos(options);
		List<String> tokens = new ArrayList<>();
		if (lpos.rank() != null) {
			tokens.add("RANK");
			tokens.add(Long.toString(lpos.rank()));
		}
		if (lpos.maxLen() != null) {
			tokens.add("MAXLEN");
			tokens.add(Long.toString(lpos.maxLen()));
		}
		return tokens;
	}

	private static List<String> geoaddTokens(@Nullable Object options) {
		GeoAddOptions geo = (options != null) ? (GeoAddOptions) options : GeoAddOptions.none();
		List<String> tokens = new ArrayList<>();
		if (geo.existence() != ZAddOptions.Existence.ANY) {
			tokens.add(geo.existence().name());
		}
		if (geo.changed()) {
			tokens.add("CH");
		}
		return tokens;
	}

	/** GEOSEARCH's arguments after the keys, as the Redis backend sends them. */
	private static List<String> geosearchTokens(GeoSearch search) {
		GeoUnit unit = search.requireShape();
		List<String> tokens = new ArrayList<>();
		if (search.fromMember() != null) {
			tokens.add("FROMMEMBER");
			tokens.add(search.fromMember());
		}
		else {
			tokens.add("FROMLONLAT");
			tokens.add(Numbers.formatDouble(search.longitude()));
			tokens.add(Numbers.formatDouble(search.latitude()));
		}
		if (search.box()) {
			tokens.add("BYBOX");
			tokens.add(Numbers.formatDouble(search.width()));
			tokens.add(Numbers.formatDouble(search.height()));
		}
		else {
			tokens.add("BYRADIUS");
			tokens.add(Numbers.formatDouble(search.radius()));
		}
		tokens.add(unit.name());
		if (search.order() != null) {
			tokens.add(search.order().name());
		}
		if (search.count() != null) {
			tokens.add("COUNT");
			tokens.add(Long.toString(search.count()));
			if (search.any()) {
				tokens.add("ANY");
			}
		}
		return tokens;
	}

	private static ZAddOptions zadd(@Nullable Object options) {
		return (options != null) ? (ZAddOptions) options : ZAddOptions.none();
	}

	private static List<String> zaddTokens(@Nullable Object options, boolean incr) {
		ZAddOptions zadd = zadd(options);
		List<String> tokens = new ArrayList<>();
		if (zadd.existence() != ZAddOptions.Existence.ANY) {
			tokens.add(zadd.existence().name());
		}
		if (zadd.comparison() != ZAddOptions.Comparison.ANY) {
			tokens.add(zadd.comparison().name());
		}
		if (zadd.changed()) {
			tokens.add("CH");
		}
		if (incr) {
			tokens.add("INCR");
		}
		return tokens;
	}

	/** The range part of ZRANGE and ZRANGESTORE, ends swapped where REV wants it. */
	private static List<String> rangeTokens(ZRange range) {
		List<String> tokens = new ArrayList<>();
		String min;
		String max;
		switch (range.by()) {
			case RANK -> {
				min = Long.toString(range.start());
				max = Long.toString(range.stop());
			}
			case SCORE -> {
				min = range.scores().min().toArgument();
				max = range.scores().max().toArgument();
			}
			default -> {
				min = range.lex().min().toArgument();
				max = range.lex().max().toArgument();
			}
		}
		boolean swap = range.rev() && range.by() != ZRange.By.RANK;
		tokens.add(swap ? max : min);
		tokens.add(swap ? min : max);
		if (range.by() != ZRange.By.RANK) {
			tokens.add("BY" + range.by().name());
		}
		if (range.rev()) {
			tokens.add("REV");
		}
		if (range.offset() != null) {
			tokens.add("LIMIT");
			tokens.add(Long.toString(range.offset()));
			tokens.add(Long.toString(range.count()));
		}
		return tokens;
	}

	private static ZStoreOptions store(@Nullable Object options) {
		return (options != null) ? (ZStoreOptions) options : ZStoreOptions.none();
	}

	private static List<String> storeTokens(@Nullable Object options) {
		ZStoreOptions store = store(options);
		List<String> tokens = new ArrayList<>();
		if (store.weights() != null) {
			tokens.add("WEIGHTS");
			store.weights().forEach((w) -> tokens.add(Numbers.formatDouble(w)));
		}
		if (store.aggregate() != ZStoreOptions.Aggregate.SUM) {
			tokens.add("AGGREGATE");
			tokens.add(store.aggregate().name());
		}
		return tokens;
	}

	// invokers

	private static String str(Object[] args, int index) {
		return (String) args[index];
	}

	/**
	 * RESTORE through the API, with Redis's errors where the API's options refuse a
	 * value: a negative TTL is checked after an existing key, as {@code restoreCommand}
	 * does.
	 */
	private static boolean restore(Commands c, String key, long ttl, String payload, boolean replace) {
		if (ttl < 0) {
			if (!replace && c.exists(key) > 0) {
				throw CommandException.of("BUSYKEY Target key name already exists.");
			}
			throw CommandException.of("ERR Invalid TTL value, must be >= 0");
		}
		c.restore(key, RawText.encode(payload),
				io.redipy.api.RestoreOptions.ttl(Duration.ofMillis(ttl)).withReplace(replace));
		return true;
	}

	private static long lng(Object[] args, int index) {
		return (Long) args[index];
	}

	private static double dbl(Object[] args, int index) {
		return (Double) args[index];
	}

	private static List<?> list(Object[] args, int index) {
		return (List<?>) args[index];
	}

	private static String[] strs(Object[] args, int index) {
		return list(args, index).toArray(String[]::new);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> map(Object[] args, int index) {
		return (Map<String, String>) args[index];
	}

	private static void needKeys(List<?> keys, String command) {
		if (keys.isEmpty()) {
			throw CommandException.of("ERR at least 1 input key is needed for '" + command + "' command");
		}
	}

	/** The present values by name: a list with nulls as a map without them. */
	private static Map<String, Object> zip(List<?> names, List<?> values) {
		Map<String, Object> map = new TreeMap<>(ByteOrder::compare);
		for (int i = 0; i < names.size(); i++) {
			if (values.get(i) != null) {
				map.put((String) names.get(i), values.get(i));
			}
		}
		return map;
	}

	private static List<Object> entries(List<HashEntry> entries) {
		List<Object> pairs = new ArrayList<>();
		for (HashEntry entry : entries) {
			pairs.add(new ArrayList<Object>(Arrays.asList(entry.field(), entry.value())));
		}
		return pairs;
	}

	private static @Nullable Long seconds(Ttl ttl) {
		return ttl.expires() ? ttl.remaining().toSeconds() : null;
	}

	private static @Nullable Long millis(Ttl ttl) {
		return ttl.expires() ? ttl.remaining().toMillis() : null;
	}

	private static @Nullable Long epochSeconds(ExpireTime time) {
		return time.expires() ? time.instant().getEpochSecond() : null;
	}

	private static @Nullable Long epochMillis(ExpireTime time) {
		return time.expires() ? time.instant().toEpochMilli() : null;
	}

	private static List<Object> sorted(Collection<String> values) {
		List<String> copy = new ArrayList<>(values);
		copy.sort(ByteOrder::compare);
		return new ArrayList<>(copy);
	}

	/** The interpreter's view of a map result, in key order. */
	private static Map<String, Object> streamInfo(io.redipy.api.StreamInfo<String, String> info) {
		return info("length", info.length(), "radix-tree-keys", info.radixTreeKeys(), "radix-tree-nodes",
				info.radixTreeNodes(), "last-generated-id", info.lastGeneratedId(), "max-deleted-entry-id",
				info.maxDeletedEntryId(), "entries-added", info.entriesAdded(), "recorded-first-entry-id",
				info.recordedFirstEntryId(), "groups", info.groups());
	}

	/**
	 * An {@code XINFO} reply as a script's map: names and values in pairs, numbers as
	 * decimal text, a null value left out.
	 */
	private static Map<String, Object> info(@Nullable Object... pairs) {
		Map<String, Object> map = new TreeMap<>(ByteOrder::compare);
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				map.put((String) pairs[i], pairs[i + 1].toString());
			}
		}
		return map;
	}

	static Map<String, Object> sortedMap(Map<String, String> map) {
		TreeMap<String, Object> sorted = new TreeMap<>(ByteOrder::compare);
		sorted.putAll(map);
		return sorted;
	}

	/**
	 * Returns whether the command works on the whole keyspace (KEYS, SCAN, DBSIZE,
	 * RANDOMKEY, FLUSHALL), which a script on a Redis Cluster cannot: it runs on one
	 * node.
	 * @return whether it does
	 */
	public boolean keyspaceWide() {
		return this == KEYS || this == SCAN || this == DBSIZE || this == RANDOMKEY || this == FLUSHALL;
	}

}
