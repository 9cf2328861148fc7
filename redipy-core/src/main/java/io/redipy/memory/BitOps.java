package io.redipy.memory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.redipy.memory.Keyspace.Entry;
import org.jspecify.annotations.Nullable;

/**
 * Bitmap commands on string values, as Redis 7.0's {@code bitops.c} runs them:
 * {@code SETBIT}, {@code GETBIT}, {@code BITCOUNT}, {@code BITPOS}, {@code BITOP},
 * {@code BITFIELD} and {@code BITFIELD_RO}. Bit 0 is the most significant bit of the
 * first byte. A value that changes is replaced by a new one (a copy of its bytes), never
 * edited in place: readers without the lock and {@code WATCH} compare values by identity.
 */
final class BitOps {

	static final String BIT_OFFSET = "ERR bit offset is not an integer or out of range";

	static final String BIT_VALUE = "ERR bit is not an integer or out of range";

	static final String BITPOS_BIT = "ERR The bit argument must be 1 or 0.";

	static final String BITOP_NOT = "ERR BITOP NOT must be called with a single source key.";

	static final String BITFIELD_TYPE = "ERR Invalid bitfield type. Use something like i16 u8. "
			+ "Note that u64 is not supported but i64 is.";

	static final String BITFIELD_OVERFLOW = "ERR Invalid OVERFLOW type specified";

	static final String BITFIELD_RO = "ERR BITFIELD_RO only supports the GET subcommand";

	private static final byte[] EMPTY = new byte[0];

	private BitOps() {
	}

	// arguments

	/**
	 * Reads a bit offset as Redis's {@code getBitOffsetFromArgument} does: an integer
	 * ({@code string2ll}), with {@code hash} and a width also {@code #N} for N times the
	 * width; negative offsets and offsets past the 512 MB a string may have are errors.
	 */
	static long bitOffset(byte[] arg, boolean hash, int bits) {
		boolean useHash = hash && bits > 0 && arg.length > 0 && arg[0] == '#';
		int from = useHash ? 1 : 0;
		Long value = StringOps.parseLong(new String(arg, from, arg.length - from, StandardCharsets.ISO_8859_1));
		if (value == null) {
			throw Errors.error(BIT_OFFSET);
		}
		long offset = value;
		if (useHash) {
			offset *= bits; // wraps as Redis's does
		}
		if (offset < 0 || (offset >> 3) >= StringOps.MAX_STRING) {
			throw Errors.error(BIT_OFFSET);
		}
		return offset;
	}

	/** A bitfield type: {@code i1} to {@code i64}, {@code u1} to {@code u63}. */
	record Type(boolean signed, int bits) {
	}

	/**
	 * Reads a bitfield type as Redis's {@code getBitfieldTypeFromArgument} does: the
	 * width is read up to a NUL byte (with {@code strlen}).
	 */
	static Type bitfieldType(byte[] arg) {
		if (arg.length == 0 || (arg[0] != 'i' && arg[0] != 'u')) {
			throw Errors.error(BITFIELD_TYPE);
		}
		boolean signed = arg[0] == 'i';
		int end = 1;
		while (end < arg.length && arg[end] != 0) {
			end++;
		}
		Long bits = StringOps.parseLong(new String(arg, 1, end - 1, StandardCharsets.ISO_8859_1));
		if (bits == null || bits < 1 || (signed && bits > 64) || (!signed && bits > 63)) {
			throw Errors.error(BITFIELD_TYPE);
		}
		return new Type(signed, bits.intValue());
	}

	// SETBIT, GETBIT

	/** {@code SETBIT}: returns the previous bit. */
	static long setbit(Db db, String key, long offset, boolean on) {
		Entry e = db.entry(key);
		if (e != null && !Strings.isString(e.value)) {
			throw Errors.wrongType();
		}
		byte[] old = (e != null) ? Strings.bytes(e.value) : EMPTY;
		int index = (int) (offset >>> 3);
		int shift = 7 - (int) (offset & 7);
		int previous = (index < old.length) ? (old[index] >> shift) & 1 : 0;
		boolean grows = e == null || index >= old.length;
		if (grows || previous != (on ? 1 : 0)) {
			byte[] bytes = Arrays.copyOf(old, Math.max(old.length, index + 1));
			bytes[index] = (byte) ((bytes[index] & ~(1 << shift)) | ((on ? 1 : 0) << shift));
			store(db, key, e, bytes);
			db.notify(KeyEvents.STRING, "setbit", key);
		}
		return previous;
	}

	/** {@code GETBIT}: a missing key reads as zeros. */
	static long getbit(Db db, String key, long offset) {
		Object value = readString(db, key);
		if (value == null) {
			return 0;
		}
		byte[] bytes = Strings.bytes(value);
		long index = offset >>> 3;
		return (index < bytes.length) ? (bytes[(int) index] >> (7 - (int) (offset & 7))) & 1 : 0;
	}

	/**
	 * A string value looked up for reading (a key miss is noted), or null if missing.
	 */
	static @Nullable Object readString(Db db, String key) {
		Entry e = db.readEntry(key);
		if (e == null) {
			return null;
		}
		if (!Strings.isString(e.value)) {
			throw Errors.wrongType();
		}
		return e.value;
	}

	/** Stores new bytes as a key's value (a new key if there was no entry). */
	private static void store(Db db, String key, @Nullable Entry e, byte[] bytes) {
		Object value = db.fromBytes(bytes);
		if (e == null) {
			db.keyspace.add(key, value);
		}
		else {
			e.value = value;
		}
	}

	// BITCOUNT, BITPOS

	/**
	 * A range of BITCOUNT or BITPOS made absolute and clamped, as {@code bitops.c} does
	 * for both: in bytes, with the bits to leave out of its first and last bytes when it
	 * was given in bits.
	 */
	private record Span(long start, long end, int firstMask, int lastMask) {
	}

	private static Span span(long start, long end, long total, boolean bit) {
		long from = (start < 0) ? Math.max(total + start, 0) : start;
		long to = (end < 0) ? Math.max(total + end, 0) : end;
		if (to >= total) {
			to = total - 1;
		}
		if (bit && from <= to) {
			return new Span(from >> 3, to >> 3, ~((1 << (8 - (int) (from & 7))) - 1) & 0xFF,
					(1 << (7 - (int) (to & 7))) - 1);
		}
		return new Span(from, to, 0, 0);
	}

	/**
	 * {@code BITCOUNT} of a value's bytes, with or without a range ({@code start} and
	 * {@code end} in bytes, or with {@code bit} in bits; negative ones count from the
	 * end).
	 */
	static long bitcount(byte[] p, boolean ranged, long start, long end, boolean bit) {
		int firstMask = 0;
		int lastMask = 0;
		if (ranged) {
			if (start < 0 && end < 0 && start > end) {
				return 0;
			}
			long total = bit ? ((long) p.length) << 3 : p.length;
			Span span = span(start, end, total, bit);
			start = span.start();
			end = span.end();
			firstMask = span.firstMask();
			lastMask = span.lastMask();
		}
		else {
			start = 0;
			end = p.length - 1;
		}
		if (start > end) {
			return 0;
		}
		long count = 0;
		for (int i = (int) start; i <= (int) end; i++) {
			count += Integer.bitCount(p[i] & 0xFF);
		}
		count -= Integer.bitCount(p[(int) start] & firstMask);
		count -= Integer.bitCount(p[(int) end] & lastMask);
		return count;
	}

	/**
	 * {@code BITPOS} in a value's bytes: the first bit equal to {@code bit}, or -1.
	 * Without a start the whole value is looked at; without an end, clear bits are looked
	 * for past the value's end too (it reads as padded with zeros), so that the position
	 * after it is found when all its bits are set.
	 */
	static long bitpos(byte[] p, int bit, boolean startGiven, long start, boolean endGiven, long end, boolean isBit) {
		int firstMask = 0;
		int lastMask = 0;
		if (startGiven) {
			long total = p.length;
			if (!endGiven) {
				end = isBit ? (total << 3) + 7 : total - 1;
			}
			if (isBit) {
				total <<= 3;
			}
			Span span = span(start, end, total, isBit);
			start = span.start();
			end = span.end();
			firstMask = span.firstMask();
			lastMask = span.lastMask();
		}
		else {
			start = 0;
			end = p.length - 1;
		}
		if (start > end) {
			return -1;
		}
		long bytes = end - start + 1;
		long pos;
		result: {
			if (firstMask != 0) {
				int c = p[(int) start] & 0xFF;
				c = (bit == 1) ? c & ~firstMask : c | firstMask;
				if (lastMask != 0 && bytes == 1) {
					c = (bit == 1) ? c & ~lastMask : c | lastMask;
				}
				pos = scan(new byte[] { (byte) c }, 0, 1, bit);
				if (bytes == 1 || (pos != -1 && pos != 8)) {
					break result;
				}
				start++;
				bytes--;
			}
			long current = bytes - ((lastMask != 0) ? 1 : 0);
			if (current > 0) {
				pos = scan(p, (int) start, (int) current, bit);
				if (bytes == current || (pos != -1 && pos != current << 3)) {
					break result;
				}
				start += current;
				bytes -= current;
			}
			int c = p[(int) end] & 0xFF;
			c = (bit == 1) ? c & ~lastMask : c | lastMask;
			pos = scan(new byte[] { (byte) c }, 0, 1, bit);
		}
		if (endGiven && bit == 0 && pos == bytes << 3) {
			return -1;
		}
		if (pos != -1) {
			pos += start << 3;
		}
		return pos;
	}

	/**
	 * Redis's {@code redisBitpos}: the position of the first bit equal to {@code bit} in
	 * {@code count} bytes; when there is none, -1 for a set bit and {@code count * 8} for
	 * a clear one (the bytes read as padded with zeros).
	 */
	private static long scan(byte[] p, int from, int count, int bit) {
		int skip = (bit == 1) ? 0 : 0xFF;
		for (int i = 0; i < count; i++) {
			int c = p[from + i] & 0xFF;
			if (c != skip) {
				for (int j = 0; j < 8; j++) {
					if (((c >> (7 - j)) & 1) == bit) {
						return ((long) i << 3) + j;
					}
				}
			}
		}
		return (bit == 1) ? -1 : ((long) count) << 3;
	}

	// BITOP

	/** The operations of {@code BITOP}. */
	enum BitOp {

		AND, OR, XOR, NOT

	}

	/**
	 * {@code BITOP}: stores the result in the destination (or deletes it when every
	 * source is empty or missing) and returns the result's length. Sources that are
	 * missing read as empty; shorter ones as padded with zeros.
	 */
	static long bitop(Db db, BitOp op, String destination, String[] sources) {
		byte[][] values = new byte[sources.length][];
		int max = 0;
		for (int i = 0; i < sources.length; i++) {
			Object value = readString(db, sources[i]);
			values[i] = (value != null) ? Strings.bytes(value) : EMPTY;
			max = Math.max(max, values[i].length);
		}
		if (max == 0) {
			if (db.delete(destination)) {
				db.notify(KeyEvents.GENERIC, "del", destination);
			}
			return 0;
		}
		byte[] result = new byte[max];
		for (int j = 0; j < max; j++) {
			int output = (j < values[0].length) ? values[0][j] : 0;
			if (op == BitOp.NOT) {
				output = ~output;
			}
			for (int i = 1; i < values.length; i++) {
				int b = (j < values[i].length) ? values[i][j] : 0;
				switch (op) {
					case AND -> output &= b;
					case OR -> output |= b;
					case XOR -> output ^= b;
					case NOT -> {
					}
				}
			}
			result[j] = (byte) output;
		}
		db.replace(destination, db.fromBytes(result));
		db.notify(KeyEvents.STRING, "set", destination);
		return max;
	}

	// BITFIELD

	/** What {@code BITFIELD} does when a SET or INCRBY does not fit its type. */
	enum Overflow {

		WRAP, SAT, FAIL

	}

	/**
	 * One subcommand of {@code BITFIELD}: a GET (no value), a SET of a value or an INCRBY
	 * of an increment, with the overflow rule in force where it stands.
	 *
	 * @param kind GET, SET or INCRBY
	 * @param type the integer's type
	 * @param offset the bit offset
	 * @param value the value to set or the increment
	 * @param overflow the overflow rule
	 */
	record Field(Kind kind, Type type, long offset, long value, Overflow overflow) {

		/** The kinds of subcommands that touch an integer. */
		enum Kind {

			GET, SET, INCRBY

		}

	}

	/**
	 * {@code BITFIELD} whose subcommands are all GETs (or none): reads the key as a
	 * reader does. Returns a value per subcommand.
	 */
	static List<@Nullable Long> bitfieldRead(Db db, String key, List<Field> fields) {
		Object value = readString(db, key);
		byte[] bytes = (value != null) ? Strings.bytes(value) : EMPTY;
		List<@Nullable Long> replies = new ArrayList<>(fields.size());
		for (Field field : fields) {
			replies.add(get(bytes, field.offset, field.type));
		}
		return replies;
	}

	/**
	 * {@code BITFIELD} with SETs or INCRBYs: the value grows to hold the farthest integer
	 * written, then the subcommands run in order. Returns a value per subcommand, null
	 * for one that failed with {@code OVERFLOW FAIL}.
	 */
	static List<@Nullable Long> bitfield(Db db, String key, List<Field> fields) {
		long highest = 0;
		for (Field field : fields) {
			if (field.kind != Field.Kind.GET) {
				highest = Math.max(highest, field.offset + field.type.bits - 1);
			}
		}
		Entry e = db.entry(key);
		if (e != null && !Strings.isString(e.value)) {
			throw Errors.wrongType();
		}
		byte[] old = (e != null) ? Strings.bytes(e.value) : EMPTY;
		int needed = (int) (highest >>> 3) + 1;
		boolean grows = e == null || old.length < needed;
		byte[] bytes = Arrays.copyOf(old, Math.max(old.length, needed));
		List<@Nullable Long> replies = new ArrayList<>(fields.size());
		int changes = 0;
		for (Field field : fields) {
			Type type = field.type;
			if (field.kind == Field.Kind.GET) {
				replies.add(get(bytes, field.offset, type));
				continue;
			}
			long oldValue = get(bytes, field.offset, type);
			long newValue;
			long reply;
			int overflow;
			long[] limit = new long[1];
			if (field.kind == Field.Kind.INCRBY) {
				overflow = type.signed ? signedOverflow(oldValue, field.value, type.bits, field.overflow, limit)
						: unsignedOverflow(oldValue, field.value, type.bits, field.overflow, limit);
				newValue = (overflow != 0) ? limit[0] : oldValue + field.value;
				reply = newValue;
			}
			else {
				newValue = field.value;
				overflow = type.signed ? signedOverflow(newValue, 0, type.bits, field.overflow, limit)
						: unsignedOverflow(newValue, 0, type.bits, field.overflow, limit);
				if (overflow != 0) {
					newValue = limit[0];
				}
				reply = oldValue;
			}
			if (overflow != 0 && field.overflow == Overflow.FAIL) {
				replies.add(null);
				continue;
			}
			replies.add(reply);
			set(bytes, field.offset, type.bits, newValue);
			if (grows || oldValue != newValue) {
				changes++;
			}
		}
		if (grows || changes > 0) {
			store(db, key, e, bytes);
		}
		if (changes > 0) {
			db.notify(KeyEvents.STRING, "setbit", key);
		}
		return replies;
	}

	/**
	 * Reads an integer of a type at a bit offset; bits past the end read as zeros.
	 */
	private static long get(byte[] p, long offset, Type type) {
		long value = 0;
		for (int j = 0; j < type.bits; j++) {
			long at = offset + j;
			long index = at >>> 3;
			int bit = (index < p.length) ? (p[(int) index] >> (7 - (int) (at & 7))) & 1 : 0;
			value = (value << 1) | bit;
		}
		if (type.signed && type.bits < 64 && (value & (1L << (type.bits - 1))) != 0) {
			value |= -1L << type.bits;
		}
		return value;
	}

	/** Writes the low {@code bits} bits of a value at a bit offset. */
	private static void set(byte[] p, long offset, int bits, long value) {
		for (int j = 0; j < bits; j++) {
			int bit = (int) ((value >>> (bits - 1 - j)) & 1);
			long at = offset + j;
			int index = (int) (at >>> 3);
			int shift = 7 - (int) (at & 7);
			p[index] = (byte) ((p[index] & ~(1 << shift)) | (bit << shift));
		}
	}

	/**
	 * Redis's {@code checkUnsignedBitfieldOverflow}: 1 for an overflow, -1 for an
	 * underflow, 0 when the value plus the increment fits; on overflow {@code limit[0]}
	 * is what WRAP or SAT leaves.
	 */
	private static int unsignedOverflow(long value, long incr, int bits, Overflow rule, long[] limit) {
		long max = (bits == 64) ? -1L : (1L << bits) - 1;
		long maxIncr = max - value;
		long minIncr = -value;
		if (Long.compareUnsigned(value, max) > 0 || (incr > 0 && incr > maxIncr)) {
			if (rule == Overflow.WRAP) {
				limit[0] = wrapUnsigned(value, incr, bits);
			}
			else if (rule == Overflow.SAT) {
				limit[0] = max;
			}
			return 1;
		}
		if (incr < 0 && incr < minIncr) {
			if (rule == Overflow.WRAP) {
				limit[0] = wrapUnsigned(value, incr, bits);
			}
			else if (rule == Overflow.SAT) {
				limit[0] = 0;
			}
			return -1;
		}
		return 0;
	}

	private static long wrapUnsigned(long value, long incr, int bits) {
		long mask = -1L << bits;
		return (value + incr) & ~mask;
	}

	/**
	 * Redis's {@code checkSignedBitfieldOverflow}: 1 for an overflow, -1 for an
	 * underflow, 0 when the value plus the increment fits; on overflow {@code limit[0]}
	 * is what WRAP or SAT leaves.
	 */
	private static int signedOverflow(long value, long incr, int bits, Overflow rule, long[] limit) {
		long max = (bits == 64) ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
		long min = -max - 1;
		long maxIncr = max - value;
		long minIncr = min - value;
		if (value > max || (bits != 64 && incr > maxIncr) || (value >= 0 && incr > 0 && incr > maxIncr)) {
			if (rule == Overflow.WRAP) {
				limit[0] = wrapSigned(value, incr, bits);
			}
			else if (rule == Overflow.SAT) {
				limit[0] = max;
			}
			return 1;
		}
		if (value < min || (bits != 64 && incr < minIncr) || (value < 0 && incr < 0 && incr < minIncr)) {
			if (rule == Overflow.WRAP) {
				limit[0] = wrapSigned(value, incr, bits);
			}
			else if (rule == Overflow.SAT) {
				limit[0] = min;
			}
			return -1;
		}
		return 0;
	}

	private static long wrapSigned(long value, long incr, int bits) {
		long c = value + incr;
		if (bits < 64) {
			long mask = -1L << bits;
			if ((c & (1L << (bits - 1))) != 0) {
				c |= mask;
			}
			else {
				c &= ~mask;
			}
		}
		return c;
	}

}
