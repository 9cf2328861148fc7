package io.redipy.command;

import io.redipy.script.ir.RawText;

/**
 * Redis Cluster's hash slots: a key's slot is the CRC16 (XMODEM) of the key, or of its
 * hash tag (the bytes between the first {@code {}} and the next {@code }}, when there are
 * any), modulo 16384, exactly as Redis's {@code keyHashSlot} computes it.
 */
public final class Slots {

	/** How many slots a cluster has. */
	public static final int COUNT = 16384;

	private static final int[] TABLE = new int[256];

	static {
		for (int i = 0; i < 256; i++) {
			int crc = i << 8;
			for (int bit = 0; bit < 8; bit++) {
				crc = ((crc & 0x8000) != 0) ? ((crc << 1) ^ 0x1021) : (crc << 1);
			}
			TABLE[i] = crc & 0xFFFF;
		}
	}

	private Slots() {
	}

	/**
	 * Returns the slot of a key given as bytes.
	 * @param key the key
	 * @return the slot, 0 to 16383
	 */
	public static int of(byte[] key) {
		int open = -1;
		for (int i = 0; i < key.length; i++) {
			if (key[i] == '{') {
				open = i;
				break;
			}
		}
		if (open >= 0) {
			for (int close = open + 1; close < key.length; close++) {
				if (key[close] == '}') {
					if (close > open + 1) {
						return crc16(key, open + 1, close) & (COUNT - 1);
					}
					break;
				}
			}
		}
		return crc16(key, 0, key.length) & (COUNT - 1);
	}

	/**
	 * Returns the slot of a key given as text: its UTF-8 bytes, a lone surrogate U+DC80 +
	 * b standing for the byte 0x80 + b, as redipy's {@code String} API sends it.
	 * @param key the key
	 * @return the slot, 0 to 16383
	 */
	public static int of(String key) {
		return of(RawText.encode(key));
	}

	private static int crc16(byte[] bytes, int from, int to) {
		int crc = 0;
		for (int i = from; i < to; i++) {
			crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ bytes[i]) & 0xFF]) & 0xFFFF;
		}
		return crc;
	}

	/**
	 * Returns whether keys given as text all hash to one slot (true for none).
	 * @param keys the keys
	 * @return whether they share a slot
	 */
	public static boolean shareOne(java.util.Collection<String> keys) {
		int slot = -1;
		for (String key : keys) {
			int next = of(key);
			if (slot >= 0 && next != slot) {
				return false;
			}
			slot = next;
		}
		return true;
	}

	/**
	 * Returns whether a text has a hash tag: a non-empty part between its first
	 * {@code {}} and the next {@code }}. A key prefix with one puts all of a client's
	 * keys in the tag's slot.
	 * @param text the text, such as a key prefix
	 * @return whether it has a hash tag
	 */
	public static boolean hasTag(String text) {
		int open = text.indexOf('{');
		return open >= 0 && text.indexOf('}', open + 1) > open + 1;
	}

}
