package io.redipy.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.redipy.api.HashEntry;
import io.redipy.api.Numbers;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import org.jspecify.annotations.Nullable;

/**
 * Commands on hashes, as Redis 7.0 runs them.
 */
final class HashOps {

	/** The largest {@code |count|} of {@code HRANDFIELD ... WITHVALUES}. */
	private static final long MAX_COUNT_WITH_VALUES = Long.MAX_VALUE / 2;

	private HashOps() {
	}

	private static HashValue writable(Db db, String key) {
		return db.getOrCreate(key, HashValue.class, HashValue::new);
	}

	static long hset(Db db, String key, Map<String, String> fields) {
		HashValue hash = writable(db, key);
		long created = 0;
		for (Map.Entry<String, String> field : fields.entrySet()) {
			if (hash.put(field.getKey(), field.getValue()) == null) {
				created++;
			}
		}
		db.notify(KeyEvents.HASH, "hset", key);
		return created;
	}

	static long hset(Db db, String key, String field, String value) {
		long created = (writable(db, key).put(field, value) == null) ? 1 : 0;
		db.notify(KeyEvents.HASH, "hset", key);
		return created;
	}

	static boolean hsetnx(Db db, String key, String field, String value) {
		HashValue hash = db.get(key, HashValue.class);
		if (hash != null && hash.containsKey(field)) {
			return false;
		}
		writable(db, key).put(field, value);
		db.notify(KeyEvents.HASH, "hset", key);
		return true;
	}

	static @Nullable String hget(Db db, String key, String field) {
		HashValue hash = db.read(key, HashValue.class);
		return (hash != null) ? hash.get(field) : null;
	}

	static List<@Nullable String> hmget(Db db, String key, String[] fields) {
		HashValue hash = db.read(key, HashValue.class);
		List<@Nullable String> values = new ArrayList<>(fields.length);
		for (String field : fields) {
			values.add((hash != null) ? hash.get(field) : null);
		}
		return values;
	}

	static long hdel(Db db, String key, String[] fields) {
		HashValue hash = db.get(key, HashValue.class);
		if (hash == null) {
			return 0;
		}
		long deleted = 0;
		for (String field : fields) {
			if (hash.remove(field) != null) {
				deleted++;
			}
		}
		if (deleted > 0) {
			db.notifyAndDeleteIfEmpty(KeyEvents.HASH, "hdel", key, hash.size());
		}
		return deleted;
	}

	static long hlen(Db db, String key) {
		HashValue hash = db.read(key, HashValue.class);
		return (hash != null) ? hash.size() : 0;
	}

	static List<String> hkeys(Db db, String key) {
		HashValue hash = db.read(key, HashValue.class);
		return (hash != null) ? new ArrayList<>(hash.keySet()) : new ArrayList<>();
	}

	static List<String> hvals(Db db, String key) {
		HashValue hash = db.read(key, HashValue.class);
		return (hash != null) ? new ArrayList<>(hash.values()) : new ArrayList<>();
	}

	static Map<String, String> hgetall(Db db, String key) {
		HashValue hash = db.read(key, HashValue.class);
		return (hash != null) ? new LinkedHashMap<>(hash) : new LinkedHashMap<>();
	}

	static long hincrby(Db db, String key, String field, long increment) {
		HashValue hash = db.get(key, HashValue.class);
		String text = (hash != null) ? hash.get(field) : null;
		long result = StringOps.addIntegers(text, increment, Errors.HASH_NOT_INTEGER);
		writable(db, key).put(field, Long.toString(result));
		db.notify(KeyEvents.HASH, "hincrby", key);
		return result;
	}

	static double hincrbyfloat(Db db, String key, String field, double increment) {
		// Redis checks the increment before it looks at the key
		if (Double.isNaN(increment)) {
			throw Errors.error(Errors.NOT_FLOAT);
		}
		if (Double.isInfinite(increment)) {
			throw Errors.error(Errors.VALUE_NAN_OR_INFINITY);
		}
		return Double.parseDouble(hincrbyfloat(db, key, field, Numbers.formatDouble(increment)));
	}

	/**
	 * {@code HINCRBYFLOAT} with the increment as text, as Redis parses it (a long
	 * double): returns the new value as stored.
	 */
	static String hincrbyfloat(Db db, String key, String field, String increment) {
		// Redis checks the increment before it looks at the key
		LongDouble.Parsed parsed = LongDouble.parse(increment);
		if (parsed == null) {
			throw Errors.error(Errors.NOT_FLOAT);
		}
		if (!parsed.isFinite()) {
			throw Errors.error(Errors.VALUE_NAN_OR_INFINITY);
		}
		HashValue hash = db.get(key, HashValue.class);
		String text = (hash != null) ? hash.get(field) : null;
		String current = (text != null) ? text : "0";
		String result = StringOps.addLongDoubles(current, increment, Errors.HASH_NOT_FLOAT, Errors.NOT_FLOAT);
		writable(db, key).put(field, result);
		db.notify(KeyEvents.HASH, "hincrbyfloat", key);
		return result;
	}

	static long hstrlen(Db db, String key, String field) {
		String value = hget(db, key, field);
		return (value != null) ? Strings.utf8Length(value) : 0;
	}

	/** Checks the count of {@code HRANDFIELD key count} as Redis does. */
	static void checkRandomCount(long count) {
		if (count == Long.MIN_VALUE) {
			throw Errors.error(Errors.COUNT_OUT_OF_RANGE);
		}
	}

	/**
	 * HRANDFIELD key count WITHVALUES: checks the narrower count range of WITHVALUES,
	 * then picks.
	 */
	static List<HashEntry> hrandfieldWithValues(Db db, String key, long count) {
		checkRandomCount(count);
		if (count < -MAX_COUNT_WITH_VALUES || count > MAX_COUNT_WITH_VALUES) {
			throw Errors.error(Errors.OUT_OF_RANGE);
		}
		return hrandfield(db, key, count);
	}

	/** HRANDFIELD key count WITHVALUES (the other forms take what they need). */
	static List<HashEntry> hrandfield(Db db, String key, long count) {
		checkRandomCount(count);
		HashValue hash = db.read(key, HashValue.class);
		if (hash == null || count == 0) {
			return new ArrayList<>();
		}
		List<HashEntry> entries = new ArrayList<>(hash.size());
		hash.forEach((field, value) -> entries.add(new HashEntry(field, value)));
		int size = entries.size();
		List<HashEntry> picked = new ArrayList<>();
		if (count < 0) {
			// repeats allowed: exactly |count| picks
			for (long i = 0; i < -count; i++) {
				picked.add(entries.get(db.random.nextInt(size)));
			}
			return picked;
		}
		if (count >= size) {
			return entries;
		}
		for (int index : distinctIndexes(db, size, (int) count)) {
			picked.add(entries.get(index));
		}
		return picked;
	}

	/** Picks {@code count} distinct positions in {@code [0, size)}, in random order. */
	static List<Integer> distinctIndexes(Db db, int size, int count) {
		List<Integer> result = new ArrayList<>(count);
		if ((long) count * 3 > size) {
			// a partial Fisher-Yates shuffle over all positions
			int[] positions = new int[size];
			for (int i = 0; i < size; i++) {
				positions[i] = i;
			}
			for (int i = 0; i < count; i++) {
				int j = i + db.random.nextInt(size - i);
				int swap = positions[i];
				positions[i] = positions[j];
				positions[j] = swap;
				result.add(positions[i]);
			}
			return result;
		}
		Set<Integer> seen = new HashSet<>();
		while (result.size() < count) {
			int index = db.random.nextInt(size);
			if (seen.add(index)) {
				result.add(index);
			}
		}
		return result;
	}

	/**
	 * HSCAN: the whole hash in one page with cursor 0, as Redis replies for small hashes
	 * (whatever the cursor).
	 */
	static ScanPage<HashEntry> hscan(Db db, String key, long cursor, ScanOptions options) {
		HashValue hash = db.read(key, HashValue.class);
		if (hash == null) {
			return new ScanPage<>(ScanPage.START, Collections.emptyList());
		}
		Glob glob = (options.match() != null) ? new Glob(options.match()) : null;
		List<HashEntry> entries = new ArrayList<>();
		hash.forEach((field, value) -> {
			if (glob == null || glob.matches(field)) {
				entries.add(new HashEntry(field, value));
			}
		});
		return new ScanPage<>(ScanPage.START, entries);
	}

}
