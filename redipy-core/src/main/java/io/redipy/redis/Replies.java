package io.redipy.redis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.redipy.api.AutoClaim;
import io.redipy.api.ExpireTime;
import io.redipy.api.HashEntry;
import io.redipy.api.KeyType;
import io.redipy.api.GeoCoordinates;
import io.redipy.api.GeoResult;
import io.redipy.api.LcsMatches;
import io.redipy.api.PendingEntry;
import io.redipy.api.ScanPage;
import io.redipy.api.ScoredMember;
import io.redipy.api.StreamConsumerInfo;
import io.redipy.api.StreamEntry;
import io.redipy.api.StreamFullInfo;
import io.redipy.api.StreamGroupInfo;
import io.redipy.api.StreamInfo;
import io.redipy.api.StreamPending;
import io.redipy.api.Ttl;
import io.redipy.script.ir.RawText;
import org.jspecify.annotations.Nullable;

/**
 * Decoders from the reply trees of {@link RawOutput} to the API's Java types.
 */
final class Replies {

	private Replies() {
	}

	static @Nullable String string(@Nullable Object reply) {
		if (reply == null) {
			return null;
		}
		if (reply instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return String.valueOf(reply);
	}

	static String nonNullString(@Nullable Object reply) {
		String value = string(reply);
		return (value != null) ? value : "";
	}

	static long integer(@Nullable Object reply) {
		if (reply instanceof Long value) {
			return value;
		}
		if (reply instanceof Boolean value) {
			return value ? 1 : 0;
		}
		if (reply instanceof byte[] bytes) {
			return Long.parseLong(new String(bytes, StandardCharsets.US_ASCII));
		}
		throw unexpected(reply);
	}

	/** A {@code DUMP} payload: the bulk string's bytes as they came, or null. */
	static byte @Nullable [] payload(@Nullable Object reply) {
		if (reply == null || reply instanceof byte[]) {
			return (byte[]) reply;
		}
		throw unexpected(reply);
	}

	static @Nullable Long nullableInteger(@Nullable Object reply) {
		return (reply == null) ? null : integer(reply);
	}

	static boolean bool(@Nullable Object reply) {
		return integer(reply) != 0;
	}

	/** An {@code OK} status or nil (a {@code SET} whose condition failed). */
	static boolean ok(@Nullable Object reply) {
		return reply != null;
	}

	static double number(@Nullable Object reply) {
		if (reply instanceof Double value) {
			return value;
		}
		if (reply instanceof Long value) {
			return value;
		}
		if (reply instanceof byte[] bytes) {
			return parseDouble(new String(bytes, StandardCharsets.US_ASCII));
		}
		throw unexpected(reply);
	}

	static @Nullable Double nullableNumber(@Nullable Object reply) {
		return (reply == null) ? null : number(reply);
	}

	static double parseDouble(String text) {
		return switch (text) {
			case "inf", "+inf" -> Double.POSITIVE_INFINITY;
			case "-inf" -> Double.NEGATIVE_INFINITY;
			case "nan" -> Double.NaN;
			default -> Double.parseDouble(text);
		};
	}

	static List<@Nullable Object> list(@Nullable Object reply) {
		if (reply == null) {
			return List.of();
		}
		if (reply instanceof List<?> list) {
			@SuppressWarnings("unchecked")
			List<@Nullable Object> items = (List<@Nullable Object>) list;
			return items;
		}
		throw unexpected(reply);
	}

	static List<@Nullable String> strings(@Nullable Object reply) {
		List<@Nullable String> result = new ArrayList<>();
		for (Object item : list(reply)) {
			result.add(string(item));
		}
		return result;
	}

	@SuppressWarnings("NullAway")
	static List<String> nonNullStrings(@Nullable Object reply) {
		List<String> result = new ArrayList<>();
		for (Object item : list(reply)) {
			result.add(string(item));
		}
		return result;
	}

	static Set<String> stringSet(@Nullable Object reply) {
		return new LinkedHashSet<>(nonNullStrings(reply));
	}

	static List<Long> integers(@Nullable Object reply) {
		List<Long> result = new ArrayList<>();
		for (Object item : list(reply)) {
			result.add(integer(item));
		}
		return result;
	}

	static List<Boolean> bools(@Nullable Object reply) {
		List<Boolean> result = new ArrayList<>();
		for (Object item : list(reply)) {
			result.add(bool(item));
		}
		return result;
	}

	static List<@Nullable Double> nullableNumbers(@Nullable Object reply) {
		List<@Nullable Double> result = new ArrayList<>();
		for (Object item : list(reply)) {
			result.add(nullableNumber(item));
		}
		return result;
	}

	/** Pairs, flat (RESP2) or nested (RESP3), as a flat list. */
	static List<@Nullable Object> flatPairs(@Nullable Object reply) {
		List<@Nullable Object> items = list(reply);
		if (items.isEmpty() || !(items.get(0) instanceof List)) {
			return items;
		}
		List<@Nullable Object> flat = new ArrayList<>(items.size() * 2);
		for (Object pair : items) {
			flat.addAll(list(pair));
		}
		return flat;
	}

	static List<ScoredMember> scored(@Nullable Object reply) {
		List<@Nullable Object> flat = flatPairs(reply);
		List<ScoredMember> result = new ArrayList<>(flat.size() / 2);
		for (int i = 0; i + 1 < flat.size(); i += 2) {
			result.add(new ScoredMember(nonNullString(flat.get(i)), number(flat.get(i + 1))));
		}
		return result;
	}

	static @Nullable ScoredMember firstScored(@Nullable Object reply) {
		List<ScoredMember> members = scored(reply);
		return members.isEmpty() ? null : members.get(0);
	}

	static Map<String, String> map(@Nullable Object reply) {
		List<@Nullable Object> flat = flatPairs(reply);
		Map<String, String> result = new LinkedHashMap<>();
		for (int i = 0; i + 1 < flat.size(); i += 2) {
			result.put(nonNullString(flat.get(i)), nonNullString(flat.get(i + 1)));
		}
		return result;
	}

	static List<HashEntry> entries(@Nullable Object reply) {
		List<@Nullable Object> flat = flatPairs(reply);
		List<HashEntry> result = new ArrayList<>(flat.size() / 2);
		for (int i = 0; i + 1 < flat.size(); i += 2) {
			result.add(new HashEntry(nonNullString(flat.get(i)), nonNullString(flat.get(i + 1))));
		}
		return result;
	}

	static KeyType type(@Nullable Object reply) {
		return KeyType.fromRedisName(nonNullString(reply));
	}

	static Function<@Nullable Object, Ttl> ttl(boolean millis) {
		return (reply) -> Ttl.fromReply(integer(reply), millis);
	}

	static Function<@Nullable Object, ExpireTime> expireTime(boolean millis) {
		return (reply) -> ExpireTime.fromReply(integer(reply), millis);
	}

	static <T> ScanPage<T> scanPage(@Nullable Object reply, Function<List<@Nullable Object>, List<T>> items) {
		List<@Nullable Object> parts = list(reply);
		return new ScanPage<>(nonNullString(parts.get(0)), items.apply(list(parts.get(1))));
	}

	/**
	 * Returns a reply tree as a store-form client reads it (see {@link RawText}): each
	 * bulk string that is not UTF-8 becomes its store-form {@link String}, which every
	 * decoder here takes as it is, so that one pass before the command's decoder gives
	 * every command the exact bytes. Valid UTF-8 stays {@code byte[]} (its decoding is
	 * the same either way), and a tree without such strings is returned as it is.
	 * @param reply the reply tree of {@link RawOutput}
	 * @return the tree with non-UTF-8 bulk strings in store form
	 */
	static @Nullable Object storeForm(@Nullable Object reply) {
		if (reply instanceof byte[] bytes) {
			return RawText.isUtf8(bytes) ? bytes : RawText.decode(bytes);
		}
		if (reply instanceof List<?> items) {
			List<@Nullable Object> copy = null;
			for (int i = 0; i < items.size(); i++) {
				Object item = items.get(i);
				Object converted = storeForm(item);
				if (converted != item && copy == null) {
					copy = new ArrayList<>(items);
				}
				if (copy != null) {
					copy.set(i, converted);
				}
			}
			return (copy != null) ? copy : reply;
		}
		return reply;
	}

	/**
	 * A stream entry: {@code [id, [field, value, ...]]}, the pairs nil for a deleted one.
	 */
	static StreamEntry<String, String> streamEntry(@Nullable Object reply) {
		List<@Nullable Object> parts = list(reply);
		String id = nonNullString(parts.get(0));
		if (parts.get(1) == null) {
			return new StreamEntry<>(id, null);
		}
		List<@Nullable Object> flat = list(parts.get(1));
		List<Map.Entry<String, String>> pairs = new ArrayList<>(flat.size() / 2);
		for (int i = 0; i + 1 < flat.size(); i += 2) {
			pairs.add(Map.entry(nonNullString(flat.get(i)), nonNullString(flat.get(i + 1))));
		}
		return new StreamEntry<>(id, pairs);
	}

	static @Nullable StreamEntry<String, String> nullableStreamEntry(@Nullable Object reply) {
		return (reply != null) ? streamEntry(reply) : null;
	}

	static List<StreamEntry<String, String>> streamEntries(@Nullable Object reply) {
		List<StreamEntry<String, String>> result = new ArrayList<>();
		for (Object item : list(reply)) {
			result.add(streamEntry(item));
		}
		return result;
	}

	/**
	 * XREAD's reply: [[key, entries], ...] in RESP2, a map flattened to key, entries, ...
	 * in RESP3; nil for none.
	 */
	static Map<String, List<StreamEntry<String, String>>> streams(@Nullable Object reply,
			Function<String, String> key) {
		Map<String, List<StreamEntry<String, String>>> result = new LinkedHashMap<>();
		List<@Nullable Object> flat = flatPairs(reply);
		for (int i = 0; i + 1 < flat.size(); i += 2) {
			result.put(key.apply(nonNullString(flat.get(i))), streamEntries(flat.get(i + 1)));
		}
		return result;
	}

	/** A map reply (flattened) by its keys. */
	static Map<String, @Nullable Object> fields(@Nullable Object reply) {
		List<@Nullable Object> flat = list(reply);
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		for (int i = 0; i + 1 < flat.size(); i += 2) {
			result.put(nonNullString(flat.get(i)), flat.get(i + 1));
		}
		return result;
	}

	static StreamPending streamPending(@Nullable Object reply) {
		List<@Nullable Object> parts = list(reply);
		Map<String, Long> consumers = new LinkedHashMap<>();
		for (Object consumer : list(parts.get(3))) {
			List<@Nullable Object> pair = list(consumer);
			consumers.put(nonNullString(pair.get(0)), integer(pair.get(1)));
		}
		return new StreamPending(integer(parts.get(0)), string(parts.get(1)), string(parts.get(2)), consumers);
	}

	static List<PendingEntry> pendingEntries(@Nullable Object reply) {
		List<PendingEntry> result = new ArrayList<>();
		for (Object item : list(reply)) {
			List<@Nullable Object> parts = list(item);
			result.add(new PendingEntry(nonNullString(parts.get(0)), nonNullString(parts.get(1)),
					java.time.Duration.ofMillis(integer(parts.get(2))), integer(parts.get(3))));
		}
		return result;
	}

	static <T> AutoClaim<T> autoClaim(@Nullable Object reply, Function<@Nullable Object, T> claimed) {
		List<@Nullable Object> parts = list(reply);
		List<T> items = new ArrayList<>();
		for (Object item : list(parts.get(1))) {
			items.add(claimed.apply(item));
		}
		List<String> deleted = (parts.size() > 2) ? nonNullStrings(parts.get(2)) : List.of();
		return new AutoClaim<>(nonNullString(parts.get(0)), items, deleted);
	}

	static StreamInfo<String, String> streamInfo(@Nullable Object reply) {
		Map<String, @Nullable Object> f = fields(reply);
		return new StreamInfo<>(integer(f.get("length")), integer(f.get("radix-tree-keys")),
				integer(f.get("radix-tree-nodes")), nonNullString(f.get("last-generated-id")),
				nonNullString(f.get("max-deleted-entry-id")), integer(f.get("entries-added")),
				nonNullString(f.get("recorded-first-entry-id")), integer(f.get("groups")),
				nullableStreamEntry(f.get("first-entry")), nullableStreamEntry(f.get("last-entry")));
	}

	static StreamFullInfo<String, String> streamFullInfo(@Nullable Object reply) {
		Map<String, @Nullable Object> f = fields(reply);
		List<StreamFullInfo.Group> groups = new ArrayList<>();
		for (Object item : list(f.get("groups"))) {
			Map<String, @Nullable Object> g = fields(item);
			List<StreamFullInfo.Pending> pending = new ArrayList<>();
			for (Object p : list(g.get("pending"))) {
				List<@Nullable Object> parts = list(p);
				pending.add(new StreamFullInfo.Pending(nonNullString(parts.get(0)), nonNullString(parts.get(1)),
						java.time.Instant.ofEpochMilli(integer(parts.get(2))), integer(parts.get(3))));
			}
			List<StreamFullInfo.Consumer> consumers = new ArrayList<>();
			for (Object c : list(g.get("consumers"))) {
				Map<String, @Nullable Object> cf = fields(c);
				List<StreamFullInfo.ConsumerPending> own = new ArrayList<>();
				for (Object p : list(cf.get("pending"))) {
					List<@Nullable Object> parts = list(p);
					own.add(new StreamFullInfo.ConsumerPending(nonNullString(parts.get(0)),
							java.time.Instant.ofEpochMilli(integer(parts.get(1))), integer(parts.get(2))));
				}
				consumers.add(new StreamFullInfo.Consumer(nonNullString(cf.get("name")),
						java.time.Instant.ofEpochMilli(integer(cf.get("seen-time"))), integer(cf.get("pel-count")),
						own));
			}
			groups.add(new StreamFullInfo.Group(nonNullString(g.get("name")), nonNullString(g.get("last-delivered-id")),
					nullableInteger(g.get("entries-read")), nullableInteger(g.get("lag")), integer(g.get("pel-count")),
					pending, consumers));
		}
		return new StreamFullInfo<>(integer(f.get("length")), integer(f.get("radix-tree-keys")),
				integer(f.get("radix-tree-nodes")), nonNullString(f.get("last-generated-id")),
				nonNullString(f.get("max-deleted-entry-id")), integer(f.get("entries-added")),
				nonNullString(f.get("recorded-first-entry-id")), streamEntries(f.get("entries")), groups);
	}

	static List<StreamGroupInfo> streamGroups(@Nullable Object reply) {
		List<StreamGroupInfo> result = new ArrayList<>();
		for (Object item : list(reply)) {
			Map<String, @Nullable Object> g = fields(item);
			result.add(new StreamGroupInfo(nonNullString(g.get("name")), integer(g.get("consumers")),
					integer(g.get("pending")), nonNullString(g.get("last-delivered-id")),
					nullableInteger(g.get("entries-read")), nullableInteger(g.get("lag"))));
		}
		return result;
	}

	static List<StreamConsumerInfo> streamConsumers(@Nullable Object reply) {
		List<StreamConsumerInfo> result = new ArrayList<>();
		for (Object item : list(reply)) {
			Map<String, @Nullable Object> c = fields(item);
			result.add(new StreamConsumerInfo(nonNullString(c.get("name")), integer(c.get("pending")),
					java.time.Duration.ofMillis(integer(c.get("idle")))));
		}
		return result;
	}

	/**
	 * LCS's IDX reply: a map of the matches ([[a, b], [c, d], len] each) and the length.
	 */
	static LcsMatches lcsMatches(@Nullable Object reply) {
		Map<String, @Nullable Object> f = fields(reply);
		List<LcsMatches.Match> matches = new ArrayList<>();
		for (Object item : list(f.get("matches"))) {
			List<@Nullable Object> parts = list(item);
			List<@Nullable Object> first = list(parts.get(0));
			List<@Nullable Object> second = list(parts.get(1));
			matches.add(new LcsMatches.Match(integer(first.get(0)), integer(first.get(1)), integer(second.get(0)),
					integer(second.get(1)), integer(parts.get(2))));
		}
		return new LcsMatches(matches, integer(f.get("len")));
	}

	/** GEOPOS's reply: a pair of numbers per member, or nil. */
	static List<@Nullable GeoCoordinates> geoCoordinates(@Nullable Object reply) {
		List<@Nullable GeoCoordinates> result = new ArrayList<>();
		for (Object item : list(reply)) {
			result.add((item != null) ? coordinates(item) : null);
		}
		return result;
	}

	private static GeoCoordinates coordinates(Object item) {
		List<@Nullable Object> pair = list(item);
		return new GeoCoordinates(number(pair.get(0)), number(pair.get(1)));
	}

	/**
	 * GEOSEARCH's reply: members, or [member, distance?, hash?, [lon, lat]?] with what
	 * was asked.
	 */
	static List<GeoResult<String>> geoResults(@Nullable Object reply, boolean dist, boolean hash, boolean coord) {
		List<GeoResult<String>> result = new ArrayList<>();
		boolean nested = dist || hash || coord;
		for (Object item : list(reply)) {
			if (!nested) {
				result.add(new GeoResult<>(nonNullString(item), null, null, null));
				continue;
			}
			List<@Nullable Object> parts = list(item);
			int at = 1;
			Double distance = dist ? number(parts.get(at++)) : null;
			Long geohash = hash ? integer(parts.get(at++)) : null;
			GeoCoordinates coordinates = coord ? coordinates(parts.get(at)) : null;
			result.add(new GeoResult<>(nonNullString(parts.get(0)), distance, geohash, coordinates));
		}
		return result;
	}

	static IllegalStateException unexpected(@Nullable Object reply) {
		String shape = (reply != null) ? reply.getClass().getSimpleName() : "nil";
		return new IllegalStateException("Unexpected reply from Redis: " + shape);
	}

}
