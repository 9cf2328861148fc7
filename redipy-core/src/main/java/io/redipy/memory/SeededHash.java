package io.redipy.memory;

import java.security.SecureRandom;

/**
 * A keyed hash of strings (SipHash-2-4 over their UTF-16 code units, with a random key)
 * for the store's own hash tables once one of them meets a long chain.
 *
 * <p>
 * The keyspace and the sorted sets' member tables hash with {@link String#hashCode},
 * which is cached and so costs nothing per lookup; but strings that share a hash code are
 * easy to make, and keys or members chosen that way would turn every lookup among them
 * into a walk of one long chain (Redis seeds its SipHash with a random key for the same
 * reason). A table that finds a chain longer than {@link #LONG_CHAIN} after an insert
 * switches to this hash for good: nobody who does not know the key can make many strings
 * collide under it.
 */
final class SeededHash {

	/**
	 * The chain length at which a table switches: far beyond what {@code hashCode} gives
	 * keys that were not chosen to collide (a table is at most full, so chains average
	 * one entry).
	 */
	static final int LONG_CHAIN = 32;

	private static final SecureRandom SEEDS = new SecureRandom();

	private final long k0;

	private final long k1;

	SeededHash(long k0, long k1) {
		this.k0 = k0;
		this.k1 = k1;
	}

	/**
	 * Returns a hash with a fresh random key.
	 * @return the hash
	 */
	static SeededHash random() {
		return new SeededHash(SEEDS.nextLong(), SEEDS.nextLong());
	}

	/**
	 * Returns the hash of a string, folded to an int.
	 * @param text the string
	 * @return its hash
	 */
	int hash(String text) {
		long h = sipHash(this.k0, this.k1, text);
		return (int) (h ^ (h >>> 32));
	}

	/**
	 * SipHash-2-4 of a string's UTF-16 code units taken as little-endian bytes.
	 * @param k0 the key's first half
	 * @param k1 the key's second half
	 * @param text the string
	 * @return the 64-bit hash
	 */
	static long sipHash(long k0, long k1, String text) {
		long[] v = { 0x736f6d6570736575L ^ k0, 0x646f72616e646f6dL ^ k1, 0x6c7967656e657261L ^ k0,
				0x7465646279746573L ^ k1 };
		int length = text.length();
		int i = 0;
		for (; i + 4 <= length; i += 4) {
			compress(v, text.charAt(i) | ((long) text.charAt(i + 1) << 16) | ((long) text.charAt(i + 2) << 32)
					| ((long) text.charAt(i + 3) << 48));
		}
		// the last block: the remaining code units and the length in bytes (mod 256)
		long last = (long) (2 * length) << 56;
		for (int shift = 0; i < length; i++, shift += 16) {
			last |= (long) text.charAt(i) << shift;
		}
		compress(v, last);
		v[2] ^= 0xff;
		rounds(v, 4);
		return v[0] ^ v[1] ^ v[2] ^ v[3];
	}

	/** Takes in one 8-byte block: two rounds. */
	private static void compress(long[] v, long block) {
		v[3] ^= block;
		rounds(v, 2);
		v[0] ^= block;
	}

	private static void rounds(long[] v, int count) {
		long v0 = v[0];
		long v1 = v[1];
		long v2 = v[2];
		long v3 = v[3];
		for (int round = 0; round < count; round++) {
			v0 += v1;
			v1 = Long.rotateLeft(v1, 13) ^ v0;
			v0 = Long.rotateLeft(v0, 32);
			v2 += v3;
			v3 = Long.rotateLeft(v3, 16) ^ v2;
			v0 += v3;
			v3 = Long.rotateLeft(v3, 21) ^ v0;
			v2 += v1;
			v1 = Long.rotateLeft(v1, 17) ^ v2;
			v2 = Long.rotateLeft(v2, 32);
		}
		v[0] = v0;
		v[1] = v1;
		v[2] = v2;
		v[3] = v3;
	}

}
