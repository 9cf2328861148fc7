package io.redipy.memory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.redipy.api.Expiration;
import io.redipy.api.Numbers;
import io.redipy.api.SetOptions;
import io.redipy.memory.Keyspace.Entry;
import io.redipy.script.ir.RawText;
import org.jspecify.annotations.Nullable;

/**
 * Commands on string values, as Redis 7.0 runs them.
 */
final class StringOps {

	/** Redis's default {@code proto-max-bulk-len}: 512 MiB. */
	static final long MAX_STRING = 512L * 1024 * 1024;

	private StringOps() {
	}

	/**
	 * {@code SET}: returns whether it wrote, or with {@code get} the previous value.
	 */
	static @Nullable Object set(Db db, String key, String value, SetOptions options, boolean get) {
		Object result = setValue(db, key, value, options, get);
		return (get && result != null) ? Strings.text(result) : result;
	}

	/**
	 * {@code SET} of a value as stored ({@link String}, or {@code byte[]} for bytes that
	 * are not UTF-8): returns whether it wrote, or with {@code get} the previous value as
	 * stored.
	 */
	static @Nullable Object setValue(Db db, String key, Object value, SetOptions options, boolean get) {
		long deadline = deadline(db, options.expiration(), "set");
		// with GET Redis reads the key first (getGenericCommand), a read lookup
		Entry e = get ? db.readEntry(key) : db.entry(key);
		Object previous = null;
		if (get && e != null) {
			if (!Strings.isString(e.value)) {
				throw Errors.wrongType();
			}
			previous = Strings.stored(e.value);
		}
		boolean found = e != null;
		if ((options.condition() == SetOptions.Condition.NX && found)
				|| (options.condition() == SetOptions.Condition.XX && !found)) {
			return get ? previous : Boolean.FALSE;
		}
		boolean keepTtl = options.expiration() != null && options.expiration().kind() == Expiration.Kind.KEEPTTL;
		Entry written = keepTtl ? db.put(key, value) : db.replace(key, value);
		db.notify(KeyEvents.STRING, "set", key);
		if (deadline != 0) {
			boolean past = deadline <= db.now();
			db.expireAt(written, deadline);
			db.notify(KeyEvents.GENERIC, "expire", key);
			if (past) {
				// Redis keeps the key until it is touched or swept, then sends this; the
				// store drops it at once, so it sends it at once
				db.notify(KeyEvents.EXPIRED, "expired", key);
			}
		}
		return get ? previous : Boolean.TRUE;
	}

	/**
	 * Validates an expiration and returns its deadline in epoch milliseconds, 0 for none.
	 */
	static long deadline(Db db, @Nullable Expiration expiration, String command) {
		if (expiration == null) {
			return 0;
		}
		long amount = expiration.amount();
		return switch (expiration.kind()) {
			case KEEPTTL, PERSIST -> 0;
			case EX, EXAT, PX, PXAT -> {
				boolean seconds = expiration.kind() == Expiration.Kind.EX || expiration.kind() == Expiration.Kind.EXAT;
				if (amount <= 0 || (seconds && amount > Long.MAX_VALUE / 1000)) {
					throw Errors.invalidExpireTime(command);
				}
				long millis = seconds ? amount * 1000 : amount;
				boolean relative = expiration.kind() == Expiration.Kind.EX || expiration.kind() == Expiration.Kind.PX;
				if (relative) {
					millis += db.now();
				}
				if (millis <= 0) {
					throw Errors.invalidExpireTime(command);
				}
				yield millis;
			}
		};
	}

	static @Nullable String getdel(Db db, String key) {
		String value = db.getString(key);
		if (value != null) {
			db.delete(key);
			db.notify(KeyEvents.GENERIC, "del", key);
		}
		return value;
	}

	static @Nullable String getex(Db db, String key, Expiration expiration) {
		Object value = getexValue(db, key, expiration);
		return (value != null) ? Strings.text(value) : null;
	}

	/** {@code GETEX}: the value as stored, or null. */
	static @Nullable Object getexValue(Db db, String key, Expiration expiration) {
		if (expiration.kind() == Expiration.Kind.KEEPTTL) {
			throw Errors.error(Errors.SYNTAX);
		}
		// Redis 7.0 looks the key up and checks its type before it validates the time
		Entry e = db.readEntry(key);
		if (e == null) {
			return null;
		}
		if (!Strings.isString(e.value)) {
			throw Errors.wrongType();
		}
		Object value = Strings.stored(e.value);
		long deadline = deadline(db, expiration, "getex");
		if (expiration.kind() == Expiration.Kind.PERSIST) {
			if (e.expireAt != 0) {
				db.keyspace.setExpireAt(e, 0);
				db.notify(KeyEvents.GENERIC, "persist", key);
			}
		}
		else {
			boolean past = deadline <= db.now();
			db.expireAt(e, deadline);
			db.notify(KeyEvents.GENERIC, past ? "del" : "expire", key);
		}
		return value;
	}

	static List<@Nullable String> mget(Db db, String[] keys) {
		List<@Nullable String> values = new ArrayList<>(keys.length);
		for (String key : keys) {
			Entry e = db.readEntry(key);
			values.add((e != null && Strings.isString(e.value)) ? Strings.text(e.value) : null);
		}
		return values;
	}

	static boolean mset(Db db, Map<String, String> values, boolean nx) {
		return mset(db, values.keySet().toArray(new String[0]), values.values().toArray(), nx);
	}

	/**
	 * {@code MSET}/{@code MSETNX} with keys and values (as stored) in the order given: a
	 * key given twice is set twice, as Redis sets it (the last value stays; each set is
	 * an event).
	 */
	static boolean mset(Db db, String[] keys, Object[] values, boolean nx) {
		if (nx) {
			for (String key : keys) {
				if (db.exists(key)) {
					return false;
				}
			}
		}
		for (int i = 0; i < keys.length; i++) {
			db.replace(keys[i], values[i]);
			db.notify(KeyEvents.STRING, "set", keys[i]);
		}
		return true;
	}

	/** Parses a stored value as Redis's {@code string2ll} does. */
	static @Nullable Long parseLong(String text) {
		int n = text.length();
		if (n == 0 || n > 20) {
			return null;
		}
		if (n == 1 && text.charAt(0) == '0') {
			return 0L;
		}
		int i = 0;
		boolean negative = text.charAt(0) == '-';
		if (negative) {
			i++;
			if (i == n) {
				return null;
			}
		}
		char first = text.charAt(i);
		if (first < '1' || first > '9') {
			return null;
		}
		long value = 0;
		for (; i < n; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
			int digit = c - '0';
			// accumulate negatively: the negative range is one larger
			if (value < (Long.MIN_VALUE + digit) / 10) {
				return null;
			}
			value = value * 10 - digit;
		}
		if (!negative) {
			if (value == Long.MIN_VALUE) {
				return null;
			}
			value = -value;
		}
		return value;
	}

	/**
	 * {@code INCRBY}: the result is stored as an {@link IntValue}, which the next
	 * {@code INCRBY} changes in place, so that counting parses no text, formats none and
	 * allocates nothing; a value held as text is parsed once.
	 */
	static long incrby(Db db, String key, long increment) {
		Entry e = db.entry(key);
		long result;
		if (e != null && e.value instanceof IntValue number) {
			result = addExact(number.value, increment);
			number.set(result);
			db.keyspace.noteStored(key);
		}
		else {
			result = addIntegers((e != null) ? Strings.text(e.value) : null, increment, Errors.NOT_INTEGER);
			db.put(key, new IntValue(result));
		}
		db.notify(KeyEvents.STRING, "incrby", key);
		return result;
	}

	/**
	 * Adds an increment to a stored integer (missing counts as 0), or throws Redis's
	 * errors: {@code notInteger} for a value {@code string2ll} rejects, overflow.
	 */
	static long addIntegers(@Nullable String current, long increment, String notInteger) {
		long value = 0;
		if (current != null) {
			Long parsed = parseLong(current);
			if (parsed == null) {
				throw Errors.error(notInteger);
			}
			value = parsed;
		}
		return addExact(value, increment);
	}

	/** Adds two integers, or throws Redis's overflow error. */
	private static long addExact(long value, long increment) {
		try {
			return Math.addExact(value, increment);
		}
		catch (ArithmeticException ex) {
			throw Errors.error(Errors.OVERFLOW);
		}
	}

	static long decrby(Db db, String key, long decrement) {
		if (decrement == Long.MIN_VALUE) {
			throw Errors.error("ERR decrement would overflow");
		}
		return incrby(db, key, -decrement);
	}

	static double incrbyfloat(Db db, String key, double increment) {
		return Double.parseDouble(incrbyfloat(db, key, Numbers.formatDouble(increment)));
	}

	/**
	 * {@code INCRBYFLOAT} with the increment as text, as Redis parses it (a long double):
	 * returns the new value as stored.
	 */
	static String incrbyfloat(Db db, String key, String increment) {
		Entry e = db.entry(key);
		String current = (e != null) ? Strings.text(e.value) : "0";
		String result = addLongDoubles(current, increment, Errors.NOT_FLOAT, Errors.NOT_FLOAT);
		db.put(key, result);
		db.notify(KeyEvents.STRING, "incrbyfloat", key);
		return result;
	}

	/**
	 * Adds two numbers as Redis's long doubles and formats the sum, or throws Redis's
	 * errors.
	 */
	static String addLongDoubles(String current, String increment, String currentError, String incrementError) {
		LongDouble.Parsed value = LongDouble.parse(current);
		if (value == null) {
			throw Errors.error(currentError);
		}
		LongDouble.Parsed incr = LongDouble.parse(increment);
		if (incr == null) {
			throw Errors.error(incrementError);
		}
		if (!value.isFinite() || !incr.isFinite()) {
			// inf + x, inf - inf: never finite
			throw Errors.error(Errors.NAN_OR_INFINITY);
		}
		LongDouble.Parsed sum = LongDouble.add(value.value(), incr.value());
		if (!sum.isFinite()) {
			throw Errors.error(Errors.NAN_OR_INFINITY);
		}
		BigDecimal exact = sum.value();
		return LongDouble.format(exact);
	}

	static long append(Db db, String key, String value) {
		Entry e = db.entry(key);
		if (e == null) {
			db.keyspace.add(key, value);
			db.notify(KeyEvents.STRING, "append", key);
			return Strings.utf8Length(value);
		}
		if (!Strings.isString(e.value)) {
			throw Errors.wrongType();
		}
		long length = Strings.length(e.value);
		long added = Strings.utf8Length(value);
		checkStringLength(length, added);
		Object current = Strings.stored(e.value);
		if (current instanceof String text) {
			// the seam may join escaped bytes into a character: one form for one byte
			// string
			e.value = RawText.concat(text, value);
		}
		else {
			byte[] old = (byte[]) current;
			byte[] tail = RawText.encode(value);
			byte[] joined = java.util.Arrays.copyOf(old, old.length + tail.length);
			System.arraycopy(tail, 0, joined, old.length, tail.length);
			e.value = db.fromBytes(joined);
		}
		db.notify(KeyEvents.STRING, "append", key);
		return length + added;
	}

	static long strlen(Db db, String key) {
		Entry e = db.readEntry(key);
		if (e == null) {
			return 0;
		}
		if (!Strings.isString(e.value)) {
			throw Errors.wrongType();
		}
		return Strings.length(e.value);
	}

	static String getrange(Db db, String key, long start, long end) {
		return RawText.decode(getrangeBytes(db, key, start, end));
	}

	/** {@code GETRANGE}'s bytes. */
	static byte[] getrangeBytes(Db db, String key, long start, long end) {
		Entry e = db.readEntry(key);
		if (e == null) {
			return new byte[0];
		}
		byte[] bytes = Strings.bytes(e.value);
		long length = bytes.length;
		if (start < 0 && end < 0 && start > end) {
			return new byte[0];
		}
		if (start < 0) {
			start = length + start;
		}
		if (end < 0) {
			end = length + end;
		}
		if (start < 0) {
			start = 0;
		}
		if (end < 0) {
			end = 0;
		}
		if (end >= length) {
			end = length - 1;
		}
		if (start > end || length == 0) {
			return new byte[0];
		}
		return java.util.Arrays.copyOfRange(bytes, (int) start, (int) end + 1);
	}

	/**
	 * Rejects a string of {@code size + append} bytes over Redis's maximum, as Redis's
	 * {@code checkStringLength} does; written so that the sum cannot overflow.
	 */
	static void checkStringLength(long size, long append) {
		if (size > MAX_STRING - append) {
			throw Errors.error(Errors.STRING_TOO_LONG);
		}
	}

	static long setrange(Db db, String key, long offset, String value) {
		return setrangeBytes(db, key, offset, RawText.encode(value));
	}

	/** {@code SETRANGE} with the patch's bytes. */
	static long setrangeBytes(Db db, String key, long offset, byte[] patch) {
		if (offset < 0) {
			throw Errors.error(Errors.OFFSET_OUT_OF_RANGE);
		}
		Entry e = db.entry(key);
		if (e == null) {
			if (patch.length == 0) {
				return 0;
			}
			checkStringLength(offset, patch.length);
			byte[] bytes = new byte[(int) offset + patch.length];
			System.arraycopy(patch, 0, bytes, (int) offset, patch.length);
			db.keyspace.add(key, db.fromBytes(bytes));
			db.notify(KeyEvents.STRING, "setrange", key);
			return bytes.length;
		}
		if (!Strings.isString(e.value)) {
			throw Errors.wrongType();
		}
		byte[] old = Strings.bytes(e.value);
		if (patch.length == 0) {
			return old.length;
		}
		checkStringLength(offset, patch.length);
		byte[] bytes = java.util.Arrays.copyOf(old, (int) Math.max(old.length, offset + patch.length));
		System.arraycopy(patch, 0, bytes, (int) offset, patch.length);
		e.value = db.fromBytes(bytes);
		db.notify(KeyEvents.STRING, "setrange", key);
		return bytes.length;
	}

}
