package io.redipy.memory;

import java.util.ArrayList;
import java.util.List;

import io.redipy.CommandException;
import io.redipy.api.ExpireCondition;
import io.redipy.api.ExpireTime;
import io.redipy.api.KeyType;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.api.Ttl;
import io.redipy.memory.Keyspace.Entry;
import org.jspecify.annotations.Nullable;

/**
 * Commands on keys of any type, as Redis 7.0 runs them.
 */
final class KeyOps {

	private static final long DEFAULT_SCAN_COUNT = 10;

	private KeyOps() {
	}

	static long del(Db db, String[] keys) {
		long deleted = 0;
		for (String key : keys) {
			if (db.delete(key)) {
				db.notify(KeyEvents.GENERIC, "del", key);
				deleted++;
			}
		}
		return deleted;
	}

	static long exists(Db db, String[] keys) {
		long count = 0;
		for (String key : keys) {
			if (db.readExists(key)) {
				count++;
			}
		}
		return count;
	}

	static KeyType type(Db db, String key) {
		Entry e = db.readEntry(key);
		return (e == null) ? KeyType.NONE : typeOf(e.value);
	}

	static KeyType typeOf(Object value) {
		if (Strings.isString(value)) {
			return KeyType.STRING;
		}
		if (value instanceof ListValue) {
			return KeyType.LIST;
		}
		if (value instanceof HashValue) {
			return KeyType.HASH;
		}
		if (value instanceof SetValue) {
			return KeyType.SET;
		}
		if (value instanceof ZSetValue) {
			return KeyType.ZSET;
		}
		if (value instanceof StreamValue) {
			return KeyType.STREAM;
		}
		throw new IllegalStateException("unknown value " + value.getClass());
	}

	/**
	 * {@code EXPIRE}, {@code PEXPIRE}, {@code EXPIREAT}, {@code PEXPIREAT}: the amount is
	 * in units of {@code unit} milliseconds, relative or absolute.
	 */
	static boolean expire(Db db, String key, long amount, long unit, boolean absolute, ExpireCondition condition,
			String command) {
		return expire(db, key, amount, unit, absolute, condition, false, command);
	}

	/**
	 * {@code EXPIRE} and its kin, where {@code volatileOnly} adds {@code XX} to
	 * {@code LT} (Redis takes both at once; {@code GT} implies it).
	 */
	static boolean expire(Db db, String key, long amount, long unit, boolean absolute, ExpireCondition condition,
			boolean volatileOnly, String command) {
		long when = amount;
		if (unit == 1000) {
			if (when > Long.MAX_VALUE / 1000 || when < Long.MIN_VALUE / 1000) {
				throw Errors.invalidExpireTime(command);
			}
			when *= 1000;
		}
		long base = absolute ? 0 : db.now();
		if (when > Long.MAX_VALUE - base) {
			throw Errors.invalidExpireTime(command);
		}
		when += base;
		Entry e = db.entry(key);
		if (e == null) {
			return false;
		}
		long current = e.expireAt;
		if (volatileOnly && current == 0) {
			return false;
		}
		switch (condition) {
			case NX -> {
				if (current != 0) {
					return false;
				}
			}
			case XX -> {
				if (current == 0) {
					return false;
				}
			}
			case GT -> {
				if (current == 0 || when <= current) {
					return false;
				}
			}
			case LT -> {
				if (current != 0 && when >= current) {
					return false;
				}
			}
			case ALWAYS -> {
			}
		}
		if (when <= db.now()) {
			db.keyspace.remove(e);
			db.notify(KeyEvents.GENERIC, "del", key);
			return true;
		}
		db.keyspace.setExpireAt(e, when);
		db.notify(KeyEvents.GENERIC, "expire", key);
		return true;
	}

	static Ttl ttl(Db db, String key, boolean millis) {
		Entry e = db.readEntry(key);
		if (e == null) {
			return Ttl.missing();
		}
		if (e.expireAt == 0) {
			return Ttl.persistent();
		}
		long remaining = Math.max(0, e.expireAt - db.now());
		return Ttl.fromReply(millis ? remaining : (remaining + 500) / 1000, millis);
	}

	/**
	 * {@code EXPIRETIME}/{@code PEXPIRETIME}: the absolute expiry, seconds rounded to the
	 * nearest as Redis 7.0 rounds them.
	 */
	static ExpireTime expiretime(Db db, String key, boolean millis) {
		Entry e = db.readEntry(key);
		if (e == null) {
			return ExpireTime.missing();
		}
		if (e.expireAt == 0) {
			return ExpireTime.persistent();
		}
		return ExpireTime.fromReply(millis ? e.expireAt : (e.expireAt + 500) / 1000, millis);
	}

	static boolean persist(Db db, String key) {
		Entry e = db.entry(key);
		if (e == null || e.expireAt == 0) {
			return false;
		}
		db.keyspace.setExpireAt(e, 0);
		db.notify(KeyEvents.GENERIC, "persist", key);
		return true;
	}

	static boolean rename(Db db, String key, String newKey, boolean nx) {
		Entry source = db.entry(key);
		if (source == null) {
			throw Errors.error(Errors.NO_SUCH_KEY);
		}
		if (key.equals(newKey)) {
			return !nx;
		}
		if (nx && db.exists(newKey)) {
			return false;
		}
		long expireAt = source.expireAt;
		Object value = source.value;
		// Redis deletes an existing target silently
		db.delete(newKey);
		db.keyspace.remove(source);
		Entry target = db.keyspace.add(newKey, value);
		db.keyspace.setExpireAt(target, expireAt);
		db.notify(KeyEvents.GENERIC, "rename_from", key);
		db.notify(KeyEvents.GENERIC, "rename_to", newKey);
		return true;
	}

	static boolean copy(Db db, String source, String destination, boolean replace) {
		if (source.equals(destination)) {
			throw Errors.error("ERR source and destination objects are the same");
		}
		Entry from = db.readEntry(source);
		if (from == null) {
			return false;
		}
		if (db.exists(destination)) {
			if (!replace) {
				return false;
			}
			db.delete(destination);
		}
		Entry to = db.keyspace.add(destination, copyOf(from.value));
		db.keyspace.setExpireAt(to, from.expireAt);
		db.notify(KeyEvents.GENERIC, "copy_to", destination);
		return true;
	}

	/** Returns how many keys a database has, and how many of them expire. */
	static long[] counts(Db db) {
		db.keyspace.removeExpired(db.now(), -1);
		long[] counts = new long[2];
		db.keyspace.forEach((e) -> {
			counts[0]++;
			if (e.expireAt != 0) {
				counts[1]++;
			}
		});
		return counts;
	}

	/**
	 * {@code COPY ... DB}: copies a key into another database.
	 */
	static boolean copy(Db db, Db target, String source, String destination, boolean replace) {
		Entry from = db.readEntry(source);
		if (from == null) {
			return false;
		}
		if (target.exists(destination)) {
			if (!replace) {
				return false;
			}
			target.delete(destination);
		}
		Entry to = target.keyspace.add(destination, copyOf(from.value));
		target.keyspace.setExpireAt(to, from.expireAt);
		target.notify(KeyEvents.GENERIC, "copy_to", destination);
		return true;
	}

	/**
	 * {@code MOVE}: moves a key, with its expiry, into another database where it does not
	 * exist.
	 */
	static boolean move(Db db, Db target, String key) {
		Entry from = db.entry(key);
		if (from == null || target.exists(key)) {
			return false;
		}
		long expireAt = from.expireAt;
		Object value = from.value;
		db.keyspace.remove(from);
		Entry to = target.keyspace.add(key, value);
		target.keyspace.setExpireAt(to, expireAt);
		db.notify(KeyEvents.GENERIC, "move_from", key);
		target.notify(KeyEvents.GENERIC, "move_to", key);
		return true;
	}

	static Object copyOf(Object value) {
		if (value instanceof String) {
			return value;
		}
		if (value instanceof byte[] bytes) {
			return bytes.clone();
		}
		if (value instanceof IntValue number) {
			// changed in place by INCR: each key its own
			return new IntValue(number.value);
		}
		if (value instanceof ListValue list) {
			return list.copy();
		}
		if (value instanceof HashValue hash) {
			return new HashValue(hash);
		}
		if (value instanceof SetValue set) {
			return set.copy();
		}
		if (value instanceof ZSetValue zset) {
			return zset.copy();
		}
		if (value instanceof StreamValue stream) {
			return stream.copy();
		}
		throw new IllegalStateException("unknown value " + value.getClass());
	}

	/**
	 * Parses a cursor as Redis does, with C's {@code strtoul}: an optional sign, decimal
	 * digits, no leading space; a negative number wraps around, the empty text is 0.
	 */
	static long parseCursor(String cursor) {
		if (cursor.isEmpty()) {
			return 0;
		}
		if (Character.isWhitespace(cursor.charAt(0))) {
			throw CommandException.of("ERR invalid cursor");
		}
		boolean negative = cursor.charAt(0) == '-';
		String digits = (negative || cursor.charAt(0) == '+') ? cursor.substring(1) : cursor;
		if (digits.isEmpty() || !digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw CommandException.of("ERR invalid cursor");
		}
		try {
			long value = Long.parseUnsignedLong(digits);
			return negative ? -value : value;
		}
		catch (NumberFormatException ex) {
			throw CommandException.of("ERR invalid cursor");
		}
	}

	static void requireNoType(ScanOptions options) {
		if (options == null) {
			throw new NullPointerException("options");
		}
		if (options.type() != null) {
			throw new IllegalArgumentException("TYPE applies to SCAN only");
		}
	}

	static ScanPage<String> scan(Db db, long cursor, ScanOptions options, String prefix) {
		long count = (options.count() != null) ? options.count() : DEFAULT_SCAN_COUNT;
		Glob glob = (options.match() != null) ? new Glob(options.match()) : null;
		KeyType type = options.type();
		long now = db.now();
		List<Entry> visited = new ArrayList<>();
		long next = db.keyspace.scan(cursor, count, visited::add);
		List<String> keys = new ArrayList<>();
		for (Entry e : visited) {
			if (!e.key.startsWith(prefix)) {
				continue;
			}
			String name = e.key.substring(prefix.length());
			if (glob != null && !glob.matches(name)) {
				continue;
			}
			if (e.expireAt != 0 && e.expireAt <= now) {
				// Redis deletes a due key of the page that matched: with TYPE by a read
				// lookup (expired, then keymiss), else as it expires any key (expired)
				if (type != null) {
					db.readEntry(e.key);
				}
				else {
					db.entry(e.key);
				}
				continue;
			}
			if (type == null || typeOf(e.value) == type) {
				keys.add(name);
			}
		}
		return new ScanPage<>(Long.toUnsignedString(next), keys);
	}

	static List<String> keys(Db db, String pattern, String prefix) {
		Glob glob = new Glob(pattern);
		List<String> keys = new ArrayList<>();
		for (Entry e : live(db, prefix)) {
			String name = e.key.substring(prefix.length());
			if (glob.matches(name)) {
				keys.add(name);
			}
		}
		return keys;
	}

	static long dbsize(Db db, String prefix) {
		db.keyspace.removeExpired(db.now(), -1);
		return prefix.isEmpty() ? db.keyspace.size() : live(db, prefix).size();
	}

	static @Nullable Void flushall(Db db, String prefix) {
		if (prefix.isEmpty()) {
			db.keyspace.clear();
		}
		else {
			for (Entry e : live(db, prefix)) {
				db.keyspace.remove(e);
			}
		}
		return null;
	}

	static @Nullable String randomkey(Db db, String prefix) {
		db.keyspace.removeExpired(db.now(), -1);
		if (prefix.isEmpty()) {
			Entry e = db.keyspace.random(db.random);
			return (e != null) ? e.key : null;
		}
		List<Entry> candidates = live(db, prefix);
		if (candidates.isEmpty()) {
			return null;
		}
		return candidates.get(db.random.nextInt(candidates.size())).key.substring(prefix.length());
	}

	/** The live entries whose key starts with the prefix, after removing due keys. */
	private static List<Entry> live(Db db, String prefix) {
		db.keyspace.removeExpired(db.now(), -1);
		List<Entry> result = new ArrayList<>();
		db.keyspace.forEach((e) -> {
			if (e.key.startsWith(prefix)) {
				result.add(e);
			}
		});
		return result;
	}

}
