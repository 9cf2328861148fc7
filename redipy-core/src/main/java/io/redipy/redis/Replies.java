package io.redipy.redis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.redipy.api.ExpireTime;
import io.redipy.api.HashEntry;
import io.redipy.api.KeyType;
import io.redipy.api.ScanPage;
import io.redipy.api.ScoredMember;
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

	static IllegalStateException unexpected(@Nullable Object reply) {
		String shape = (reply != null) ? reply.getClass().getSimpleName() : "nil";
		return new IllegalStateException("Unexpected reply from Redis: " + shape);
	}

}
