package io.redipy.memory;

import java.util.Arrays;

import io.redipy.memory.Keyspace.Entry;
import io.redipy.script.ir.RawText;
import org.jspecify.annotations.Nullable;

/**
 * HyperLogLog commands on string values, as Redis 7.0's {@code hyperloglog.c} runs them:
 * {@code PFADD}, {@code PFCOUNT} and {@code PFMERGE}. A HyperLogLog is a string value
 * holding Redis's own bytes: a 16-byte header ({@code "HYLL"}, the encoding, three unused
 * bytes and the cached estimate, little endian, whose top bit marks it stale), then 16384
 * registers of 6 bits, either sparse (runs of ZERO, XZERO and VAL opcodes) or dense. So
 * {@code GET} of a HyperLogLog answers the bytes Redis holds, and bytes copied from Redis
 * work here. A value that changes is replaced by a new array, never edited in place:
 * readers without the lock and {@code WATCH} compare values by identity.
 */
final class HllOps {

	static final String INVALID = "WRONGTYPE Key is not a valid HyperLogLog string value.";

	static final String CORRUPTED = "INVALIDOBJ Corrupted HLL object detected";

	/** Redis's default {@code hll-sparse-max-bytes}. */
	static final int SPARSE_MAX_BYTES = 3000;

	private static final int HEADER = 16;

	private static final int P = 14;

	private static final int Q = 64 - P;

	private static final int REGISTERS = 1 << P;

	private static final int P_MASK = REGISTERS - 1;

	private static final int REGISTER_MAX = 63;

	static final int DENSE_SIZE = HEADER + (REGISTERS * 6 + 7) / 8;

	private static final int DENSE = 0;

	private static final int SPARSE = 1;

	private static final int VAL_MAX_VALUE = 32;

	private static final int VAL_MAX_LEN = 4;

	private static final int ZERO_MAX_LEN = 64;

	private static final int XZERO_MAX_LEN = 16384;

	private static final double ALPHA_INF = 0.721347520444481703680;

	private static final long SEED = 0xadc83b19L;

	private HllOps() {
	}

	// hashing

	/** MurmurHash64A as {@code hyperloglog.c} has it, reading words little endian. */
	static long murmurHash64A(byte[] key, long seed) {
		final long m = 0xc6a4a7935bd1e995L;
		final int r = 47;
		int len = key.length;
		long h = seed ^ ((long) len * m);
		int end = len - (len & 7);
		int i = 0;
		while (i != end) {
			long k = (key[i] & 0xffL) | (key[i + 1] & 0xffL) << 8 | (key[i + 2] & 0xffL) << 16
					| (key[i + 3] & 0xffL) << 24 | (key[i + 4] & 0xffL) << 32 | (key[i + 5] & 0xffL) << 40
					| (key[i + 6] & 0xffL) << 48 | (key[i + 7] & 0xffL) << 56;
			k *= m;
			k ^= k >>> r;
			k *= m;
			h ^= k;
			h *= m;
			i += 8;
		}
		switch (len & 7) {
			case 7:
				h ^= (key[i + 6] & 0xffL) << 48;
			case 6:
				h ^= (key[i + 5] & 0xffL) << 40;
			case 5:
				h ^= (key[i + 4] & 0xffL) << 32;
			case 4:
				h ^= (key[i + 3] & 0xffL) << 24;
			case 3:
				h ^= (key[i + 2] & 0xffL) << 16;
			case 2:
				h ^= (key[i + 1] & 0xffL) << 8;
			case 1:
				h ^= (key[i] & 0xffL);
				h *= m;
			default:
		}
		h ^= h >>> r;
		h *= m;
		h ^= h >>> r;
		return h;
	}

	/**
	 * {@link #murmurHash64A(byte[], long)} of text in store form that is all ASCII (its
	 * bytes are its chars), without encoding it; callers check {@link #ascii(String)}
	 * first.
	 */
	static long murmurHash64A(String key, long seed) {
		final long m = 0xc6a4a7935bd1e995L;
		final int r = 47;
		int len = key.length();
		long h = seed ^ ((long) len * m);
		int end = len - (len & 7);
		int i = 0;
		while (i != end) {
			long k = key.charAt(i) | (long) key.charAt(i + 1) << 8 | (long) key.charAt(i + 2) << 16
					| (long) key.charAt(i + 3) << 24 | (long) key.charAt(i + 4) << 32 | (long) key.charAt(i + 5) << 40
					| (long) key.charAt(i + 6) << 48 | (long) key.charAt(i + 7) << 56;
			k *= m;
			k ^= k >>> r;
			k *= m;
			h ^= k;
			h *= m;
			i += 8;
		}
		switch (len & 7) {
			case 7:
				h ^= (long) key.charAt(i + 6) << 48;
			case 6:
				h ^= (long) key.charAt(i + 5) << 40;
			case 5:
				h ^= (long) key.charAt(i + 4) << 32;
			case 4:
				h ^= (long) key.charAt(i + 3) << 24;
			case 3:
				h ^= (long) key.charAt(i + 2) << 16;
			case 2:
				h ^= (long) key.charAt(i + 1) << 8;
			case 1:
				h ^= key.charAt(i);
				h *= m;
			default:
		}
		h ^= h >>> r;
		h *= m;
		h ^= h >>> r;
		return h;
	}

	/** Whether text is all ASCII, so that its UTF-8 bytes are its chars. */
	static boolean ascii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/**
	 * {@code hllPatLen}: the register an element falls in (low 14 bits) and the length of
	 * its run of zeros plus one, packed as {@code index << 8 | count}.
	 */
	static int patLen(byte[] element) {
		return patLen(murmurHash64A(element, SEED));
	}

	/** {@link #patLen(byte[])} of an element in store form. */
	static int patLen(String element) {
		return patLen(ascii(element) ? murmurHash64A(element, SEED) : murmurHash64A(RawText.encode(element), SEED));
	}

	private static int patLen(long hashed) {
		long hash = hashed;
		int index = (int) (hash & P_MASK);
		hash >>>= P;
		hash |= 1L << Q;
		int count = Long.numberOfTrailingZeros(hash) + 1;
		return (index << 8) | count;
	}

	// registers

	private static int denseGet(byte[] p, int regnum) {
		int at = HEADER + regnum * 6 / 8;
		int fb = (regnum * 6) & 7;
		int b0 = p[at] & 0xff;
		int b1 = (at + 1 < p.length) ? p[at + 1] & 0xff : 0;
		return ((b0 >>> fb) | (b1 << (8 - fb))) & REGISTER_MAX;
	}

	private static void denseSet(byte[] p, int regnum, int value) {
		int at = HEADER + regnum * 6 / 8;
		int fb = (regnum * 6) & 7;
		int fb8 = 8 - fb;
		p[at] = (byte) ((p[at] & ~(REGISTER_MAX << fb)) | (value << fb));
		if (at + 1 < p.length) {
			// Redis writes the sds terminator here for the last register: nothing of it
			p[at + 1] = (byte) ((p[at + 1] & ~(REGISTER_MAX >>> fb8)) | (value >>> fb8));
		}
	}

	private static boolean isZero(int op) {
		return (op & 0xc0) == 0;
	}

	private static boolean isXzero(int op) {
		return (op & 0xc0) == 0x40;
	}

	private static boolean isVal(int op) {
		return (op & 0x80) != 0;
	}

	private static int zeroLen(int op) {
		return (op & 0x3f) + 1;
	}

	private static int xzeroLen(int op, int next) {
		return (((op & 0x3f) << 8) | next) + 1;
	}

	private static int valValue(int op) {
		return ((op >>> 2) & 0x1f) + 1;
	}

	private static int valLen(int op) {
		return (op & 0x3) + 1;
	}

	private static byte val(int value, int len) {
		return (byte) (((value - 1) << 2 | (len - 1)) | 0x80);
	}

	/**
	 * A HyperLogLog being changed: its bytes (the first {@code len} of {@code b}), copied
	 * before the first change so that the stored value stays as it was until replaced.
	 */
	static final class Hll {

		byte[] b;

		int len;

		/** Whether {@code b} is this object's own copy (something changed). */
		boolean changed;

		Hll(byte[] bytes, boolean own) {
			this.b = bytes;
			this.len = bytes.length;
			this.changed = own;
		}

		int encoding() {
			return this.b[4];
		}

		private void own(int room) {
			if (!this.changed || this.b.length < this.len + room) {
				this.b = Arrays.copyOf(this.b, this.len + Math.max(room, (this.changed ? this.len : 0)));
				this.changed = true;
			}
		}

		byte[] bytes() {
			return (this.b.length == this.len) ? this.b : Arrays.copyOf(this.b, this.len);
		}

		void invalidateCache() {
			own(0);
			this.b[15] |= (byte) 0x80;
		}

		/** {@code hllAdd}: 1 if a register grew, 0 if not, -1 if the value is corrupt. */
		int add(byte[] element) {
			int pat = patLen(element);
			return set(pat >>> 8, pat & 0xff);
		}

		int add(String element) {
			int pat = patLen(element);
			return set(pat >>> 8, pat & 0xff);
		}

		int set(int index, int count) {
			if (encoding() == DENSE) {
				return denseSetIfGreater(index, count);
			}
			return sparseSet(index, count);
		}

		private int denseSetIfGreater(int index, int count) {
			if (count > denseGet(this.b, index)) {
				own(0);
				denseSet(this.b, index, count);
				return 1;
			}
			return 0;
		}

		/** {@code hllSparseToDense}: false if the sparse form is corrupt. */
		boolean toDense() {
			if (encoding() == DENSE) {
				return true;
			}
			byte[] dense = new byte[DENSE_SIZE];
			System.arraycopy(this.b, 0, dense, 0, HEADER);
			dense[4] = DENSE;
			if (!forEachValue((index, value) -> denseSet(dense, index, value))) {
				return false;
			}
			this.b = dense;
			this.len = DENSE_SIZE;
			this.changed = true;
			return true;
		}

		/** {@code hllSparseSet}, promoting to dense as Redis does. */
		int sparseSet(int index, int count) {
			if (count > VAL_MAX_VALUE) {
				return promote(index, count);
			}
			int sparse = HEADER;
			int p = sparse;
			int end = this.len;
			int first = 0;
			int prev = -1;
			int span = 0;
			while (p < end) {
				int op = this.b[p] & 0xff;
				int oplen = 1;
				if (isZero(op)) {
					span = zeroLen(op);
				}
				else if (isVal(op)) {
					span = valLen(op);
				}
				else {
					span = xzeroLen(op, (p + 1 < end) ? this.b[p + 1] & 0xff : 0);
					oplen = 2;
				}
				if (index <= first + span - 1) {
					break;
				}
				prev = p;
				p += oplen;
				first += span;
			}
			if (span == 0 || p >= end) {
				return -1;
			}
			int op = this.b[p] & 0xff;
			int next = isXzero(op) ? p + 2 : p + 1;
			if (next >= end) {
				next = -1;
			}
			boolean isZero = false;
			boolean isXzero = false;
			boolean isVal = false;
			int runlen;
			if (isZero(op)) {
				isZero = true;
				runlen = zeroLen(op);
			}
			else if (isXzero(op)) {
				isXzero = true;
				runlen = xzeroLen(op, (p + 1 < end) ? this.b[p + 1] & 0xff : 0);
			}
			else {
				isVal = true;
				runlen = valLen(op);
			}
			boolean updated = false;
			if (isVal) {
				int oldcount = valValue(op);
				if (oldcount >= count) {
					return 0;
				}
				if (runlen == 1) {
					own(0);
					this.b[p] = val(count, 1);
					updated = true;
				}
			}
			if (!updated && isZero && runlen == 1) {
				own(0);
				this.b[p] = val(count, 1);
				updated = true;
			}
			if (!updated) {
				byte[] seq = new byte[5];
				int n = 0;
				int last = first + span - 1;
				if (isZero || isXzero) {
					if (index != first) {
						n = zeros(seq, n, index - first);
					}
					seq[n++] = val(count, 1);
					if (index != last) {
						n = zeros(seq, n, last - index);
					}
				}
				else {
					int curval = valValue(op);
					if (index != first) {
						seq[n++] = val(curval, index - first);
					}
					seq[n++] = val(count, 1);
					if (index != last) {
						seq[n++] = val(curval, last - index);
					}
				}
				int seqlen = n;
				int oldlen = isXzero ? 2 : 1;
				int deltalen = seqlen - oldlen;
				if (deltalen > 0 && this.len + deltalen > SPARSE_MAX_BYTES) {
					return promote(index, count);
				}
				own(Math.max(deltalen, 0));
				if (deltalen != 0 && next >= 0) {
					System.arraycopy(this.b, next, this.b, next + deltalen, end - next);
				}
				this.len += deltalen;
				System.arraycopy(seq, 0, this.b, p, seqlen);
				end += deltalen;
			}
			// merge adjacent VAL opcodes of one value, scanning up to 5 from prev
			p = (prev >= 0) ? prev : sparse;
			int scanlen = 5;
			while (p < end && scanlen-- > 0) {
				int o = this.b[p] & 0xff;
				if (isXzero(o)) {
					p += 2;
					continue;
				}
				else if (isZero(o)) {
					p++;
					continue;
				}
				if (p + 1 < end && isVal(this.b[p + 1] & 0xff)) {
					int v1 = valValue(o);
					int v2 = valValue(this.b[p + 1] & 0xff);
					if (v1 == v2) {
						int merged = valLen(o) + valLen(this.b[p + 1] & 0xff);
						if (merged <= VAL_MAX_LEN) {
							this.b[p + 1] = val(v1, merged);
							System.arraycopy(this.b, p + 1, this.b, p, end - p - 1);
							this.len--;
							end--;
							continue;
						}
					}
				}
				p++;
			}
			invalidateCache();
			return 1;
		}

		private int promote(int index, int count) {
			if (!toDense()) {
				return -1;
			}
			denseSetIfGreater(index, count);
			return 1;
		}

		private static int zeros(byte[] seq, int n, int len) {
			if (len > ZERO_MAX_LEN) {
				int l = len - 1;
				seq[n] = (byte) ((l >>> 8) | 0x40);
				seq[n + 1] = (byte) (l & 0xff);
				return n + 2;
			}
			seq[n] = (byte) (len - 1);
			return n + 1;
		}

		/**
		 * {@code hllMerge}: raises {@code max[i]} to register i; false if a sparse form
		 * is corrupt.
		 */
		boolean mergeInto(byte[] max) {
			if (encoding() == DENSE) {
				for (int i = 0; i < REGISTERS; i++) {
					int v = denseGet(this.b, i);
					if (v > max[i]) {
						max[i] = (byte) v;
					}
				}
				return true;
			}
			return forEachValue((index, value) -> {
				if (value > max[index]) {
					max[index] = (byte) value;
				}
			});
		}

		/** Receives a register of a sparse form that is not zero. */
		@FunctionalInterface
		private interface RegisterVisitor {

			void visit(int index, int value);

		}

		/**
		 * Walks the runs of a sparse form as hllSparseToDense and hllMerge do, calling
		 * the visitor for each register a VAL run sets; false if the runs do not cover
		 * the registers exactly. A VAL run past the last register is corruption, as in
		 * Redis patched for CVE-2025-32023 (Debian's 7.0.15 too); 7.0.9 stopped reading
		 * there.
		 */
		private boolean forEachValue(RegisterVisitor visitor) {
			int i = 0;
			int p = HEADER;
			while (p < this.len) {
				int op = this.b[p] & 0xff;
				if (isZero(op)) {
					i += zeroLen(op);
					p++;
				}
				else if (isXzero(op)) {
					i += xzeroLen(op, (p + 1 < this.len) ? this.b[p + 1] & 0xff : 0);
					p += 2;
				}
				else {
					int runlen = valLen(op);
					int regval = valValue(op);
					if (runlen + i > REGISTERS) {
						return false;
					}
					while (runlen-- > 0) {
						visitor.visit(i, regval);
						i++;
					}
					p++;
				}
			}
			return i == REGISTERS;
		}

	}

	/** {@code createHLLObject}: an empty sparse HyperLogLog (one XZERO of 16384). */
	static byte[] create() {
		byte[] s = new byte[HEADER + 2];
		s[0] = 'H';
		s[1] = 'Y';
		s[2] = 'L';
		s[3] = 'L';
		s[4] = SPARSE;
		s[HEADER] = (byte) (((XZERO_MAX_LEN - 1) >>> 8) | 0x40);
		s[HEADER + 1] = (byte) ((XZERO_MAX_LEN - 1) & 0xff);
		return s;
	}

	/**
	 * {@code isHLLObjectOrReply}: the bytes of a string value that is a HyperLogLog (its
	 * header looks right, a dense one has the exact size), or the errors Redis answers.
	 */
	static byte[] hllBytes(Object value) {
		if (!Strings.isString(value)) {
			throw Errors.wrongType();
		}
		if (value instanceof IntValue) {
			throw Errors.error(INVALID);
		}
		byte[] bytes = Strings.bytes(value);
		if (bytes.length < HEADER || bytes[0] != 'H' || bytes[1] != 'Y' || bytes[2] != 'L' || bytes[3] != 'L'
				|| (bytes[4] & 0xff) > SPARSE || (bytes[4] == DENSE && bytes.length != DENSE_SIZE)) {
			throw Errors.error(INVALID);
		}
		return bytes;
	}

	// estimate

	/** {@code hllCount}: the estimate from a histogram of register values. */
	static long estimate(int[] reghisto) {
		double m = REGISTERS;
		double z = m * tau((m - reghisto[Q + 1]) / m);
		for (int j = Q; j >= 1; --j) {
			z += reghisto[j];
			z *= 0.5;
		}
		z += m * sigma(reghisto[0] / m);
		return llround(ALPHA_INF * m * m / z);
	}

	/**
	 * C's {@code llroundl} on x86-64: half away from zero, and the "invalid" result
	 * {@code LLONG_MIN} for NaN or a value outside a long.
	 */
	private static long llround(double v) {
		if (Double.isNaN(v) || v >= 0x1p63 || v < -0x1p63) {
			return Long.MIN_VALUE;
		}
		return (v >= 0) ? Math.round(v) : -Math.round(-v);
	}

	private static double sigma(double x) {
		if (x == 1.) {
			return Double.POSITIVE_INFINITY;
		}
		double zPrime;
		double y = 1;
		double z = x;
		do {
			x *= x;
			zPrime = z;
			z += x * y;
			y += y;
		}
		while (zPrime != z);
		return z;
	}

	private static double tau(double x) {
		if (x == 0. || x == 1.) {
			return 0.;
		}
		double zPrime;
		double y = 1.0;
		double z = 1 - x;
		do {
			x = Math.sqrt(x);
			zPrime = z;
			y *= 0.5;
			double d = 1 - x;
			z -= (d * d) * y;
		}
		while (zPrime != z);
		return z / 3;
	}

	/**
	 * The histogram of a HyperLogLog's registers; for a sparse form whose runs do not
	 * cover the registers exactly, null (Redis's {@code invalid}).
	 */
	static int @Nullable [] histogram(byte[] b) {
		int[] reghisto = new int[64];
		if (b[4] == DENSE) {
			int p = HEADER;
			for (int j = 0; j < REGISTERS / 4; j++) {
				int b0 = b[p] & 0xff;
				int b1 = b[p + 1] & 0xff;
				int b2 = b[p + 2] & 0xff;
				reghisto[b0 & 63]++;
				reghisto[(b0 >>> 6 | b1 << 2) & 63]++;
				reghisto[(b1 >>> 4 | b2 << 4) & 63]++;
				reghisto[(b2 >>> 2) & 63]++;
				p += 3;
			}
			return reghisto;
		}
		int idx = 0;
		int p = HEADER;
		int end = b.length;
		while (p < end) {
			int op = b[p] & 0xff;
			if (isZero(op)) {
				int runlen = zeroLen(op);
				idx += runlen;
				reghisto[0] += runlen;
				p++;
			}
			else if (isXzero(op)) {
				int runlen = xzeroLen(op, (p + 1 < end) ? b[p + 1] & 0xff : 0);
				idx += runlen;
				reghisto[0] += runlen;
				p += 2;
			}
			else {
				int runlen = valLen(op);
				idx += runlen;
				reghisto[valValue(op)] += runlen;
				p++;
			}
		}
		return (idx == REGISTERS) ? reghisto : null;
	}

	private static long readCard(byte[] b) {
		long card = 0;
		for (int i = 7; i >= 0; i--) {
			card = (card << 8) | (b[8 + i] & 0xffL);
		}
		return card;
	}

	private static boolean validCache(byte[] b) {
		return (b[15] & 0x80) == 0;
	}

	// commands

	/**
	 * {@code PFADD}: creates the key if missing, adds the elements; true if the key was
	 * created or a register grew. A corrupt sparse form fails with {@link #CORRUPTED}
	 * after keeping what the earlier elements changed, as Redis changes it in place.
	 */
	static boolean pfadd(Db db, String key, byte[][] elements, int from) {
		return pfadd(db, key, elements, null, from);
	}

	/** {@code PFADD} of elements in store form (the API's and scripts'). */
	static boolean pfadd(Db db, String key, String[] elements) {
		return pfadd(db, key, null, elements, 0);
	}

	private static boolean pfadd(Db db, String key, byte @Nullable [][] bytes, String @Nullable [] texts, int from) {
		int count = (bytes != null) ? bytes.length : texts.length;
		Entry e = db.entry(key);
		Hll hll;
		int updated = 0;
		if (e == null) {
			hll = new Hll(create(), true);
			updated++;
		}
		else {
			hll = new Hll(hllBytes(e.value), false);
		}
		for (int j = from; j < count; j++) {
			int result = (bytes != null) ? hll.add(bytes[j]) : hll.add(texts[j]);
			if (result == 1) {
				updated++;
			}
			else if (result < 0) {
				if (hll.changed) {
					store(db, key, e, hll.bytes());
				}
				throw Errors.error(CORRUPTED);
			}
		}
		if (updated > 0) {
			hll.invalidateCache();
			store(db, key, e, hll.bytes());
			db.notify(KeyEvents.STRING, "pfadd", key);
		}
		return updated > 0;
	}

	/**
	 * {@code PFCOUNT}: one key answers its cached estimate, or computes it and writes it
	 * into the value (a change, as Redis's {@code signalModifiedKey} makes it); several
	 * keys are merged into registers of their own and nothing is written.
	 */
	static long pfcount(Db db, String[] keys) {
		if (keys.length > 1) {
			byte[] max = new byte[REGISTERS];
			for (String key : keys) {
				Entry e = db.readEntry(key);
				if (e == null) {
					continue;
				}
				if (!new Hll(hllBytes(e.value), false).mergeInto(max)) {
					throw Errors.error(CORRUPTED);
				}
			}
			int[] reghisto = new int[64];
			for (byte v : max) {
				reghisto[v]++;
			}
			return estimate(reghisto);
		}
		Entry e = db.readEntry(keys[0]);
		if (e == null) {
			return 0;
		}
		byte[] b = hllBytes(e.value);
		if (validCache(b)) {
			return readCard(b);
		}
		int[] reghisto = histogram(b);
		if (reghisto == null) {
			throw Errors.error(CORRUPTED);
		}
		long card = estimate(reghisto);
		byte[] cached = b.clone();
		for (int i = 0; i < 8; i++) {
			cached[8 + i] = (byte) (card >>> (8 * i));
		}
		db.noteRaw();
		db.put(keys[0], cached);
		return card;
	}

	/**
	 * {@code PFMERGE}: the registers' maximum over the destination and the sources,
	 * written into the destination (created sparse if missing, made dense first if any
	 * input is dense), with a {@code pfadd} event.
	 */
	static void pfmerge(Db db, String destination, String[] sources) {
		byte[] max = new byte[REGISTERS];
		boolean useDense = false;
		for (int j = -1; j < sources.length; j++) {
			Entry e = db.readEntry((j < 0) ? destination : sources[j]);
			if (e == null) {
				continue;
			}
			Hll hll = new Hll(hllBytes(e.value), false);
			if (hll.encoding() == DENSE) {
				useDense = true;
			}
			if (!hll.mergeInto(max)) {
				throw Errors.error(CORRUPTED);
			}
		}
		Entry e = db.entry(destination);
		Hll hll;
		if (e == null) {
			hll = new Hll(create(), true);
		}
		else {
			hll = new Hll(Strings.bytes(e.value), false);
		}
		if (useDense && !hll.toDense()) {
			throw Errors.error(CORRUPTED);
		}
		for (int j = 0; j < REGISTERS; j++) {
			if (max[j] == 0) {
				continue;
			}
			if (hll.encoding() == DENSE) {
				hll.denseSetIfGreater(j, max[j]);
			}
			else {
				hll.sparseSet(j, max[j]);
			}
		}
		hll.invalidateCache();
		store(db, destination, e, hll.bytes());
		db.notify(KeyEvents.STRING, "pfadd", destination);
	}

	/** Stores new bytes as a key's value (a new key if there was no entry). */
	private static void store(Db db, String key, @Nullable Entry e, byte[] bytes) {
		db.noteRaw();
		if (e == null) {
			db.keyspace.add(key, bytes);
		}
		else {
			e.value = bytes;
		}
	}

}
