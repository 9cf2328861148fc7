package io.redipy.memory;

/**
 * The CRC-64 of Redis's {@code crc64.c} (Jones polynomial {@code 0xad93d23594c935a9},
 * reflected input and output, initial value 0, no final xor): what seals a {@code DUMP}
 * payload.
 */
final class RdbCrc64 {

	/** The Jones polynomial, bit-reversed for the reflected computation. */
	private static final long POLY = 0x95ac9329ac4bc9b5L;

	private static final long[] TABLE = new long[256];

	static {
		for (int i = 0; i < 256; i++) {
			long crc = i;
			for (int bit = 0; bit < 8; bit++) {
				crc = ((crc & 1) != 0) ? (crc >>> 1) ^ POLY : crc >>> 1;
			}
			TABLE[i] = crc;
		}
	}

	private RdbCrc64() {
	}

	/** Returns the CRC-64 of {@code length} bytes from {@code offset}, starting at 0. */
	static long crc(byte[] data, int offset, int length) {
		long crc = 0;
		for (int i = offset; i < offset + length; i++) {
			crc = TABLE[(int) ((crc ^ data[i]) & 0xff)] ^ (crc >>> 8);
		}
		return crc;
	}

}
