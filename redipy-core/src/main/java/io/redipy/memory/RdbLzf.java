package io.redipy.memory;

import org.jspecify.annotations.Nullable;

/**
 * LZF as Redis 7.0 builds it ({@code lzf_c.c}, {@code lzf_d.c} with {@code HLOG} 16,
 * {@code VERY_FAST}): the same hash, the same match search and the same output, so that a
 * compressed string is byte for byte what Redis writes. Redis leaves its hash table
 * uninitialised; this one starts empty, which is what a table without stale entries
 * gives.
 */
final class RdbLzf {

	private static final int HLOG = 16;

	private static final int HSIZE = 1 << HLOG;

	private static final int MAX_LIT = 1 << 5;

	private static final int MAX_OFF = 1 << 13;

	private static final int MAX_REF = (1 << 8) + (1 << 3);

	private RdbLzf() {
	}

	private static int idx(int h) {
		return ((h >>> (3 * 8 - HLOG)) - h * 5) & (HSIZE - 1);
	}

	private static int first(byte[] in, int p) {
		return ((in[p] & 0xff) << 8) | (in[p + 1] & 0xff);
	}

	private static int next(int v, byte[] in, int p) {
		return (v << 8) | (in[p + 2] & 0xff);
	}

	/**
	 * Compresses as {@code lzf_compress(in, in.length, out, outLength)}.
	 * @return the compressed bytes, or null when they do not fit in {@code outLength}
	 */
	static byte @Nullable [] compress(byte[] in, int outLength) {
		int inLength = in.length;
		if (inLength == 0 || outLength == 0 || inLength < 3) {
			return null;
		}
		// a slot holds the position + 1, 0 for none (Redis's NULL)
		int[] htab = new int[HSIZE];
		byte[] out = new byte[outLength + 8];
		int ip = 0;
		int op = 0;
		int lit = 0;
		op++;
		int hval = first(in, ip);
		while (ip < inLength - 2) {
			hval = next(hval, in, ip);
			int slot = idx(hval);
			int ref = htab[slot] - 1;
			htab[slot] = ip + 1;
			int off = ip - ref - 1;
			if (ref > 0 && ref < ip && off < MAX_OFF && in[ref + 2] == in[ip + 2] && in[ref] == in[ip]
					&& in[ref + 1] == in[ip + 1]) {
				int len = 2;
				int maxlen = inLength - ip - len;
				maxlen = Math.min(maxlen, MAX_REF);
				if (op + 3 + 1 >= outLength && op - ((lit == 0) ? 1 : 0) + 3 + 1 >= outLength) {
					return null;
				}
				out[op - lit - 1] = (byte) (lit - 1);
				op -= (lit == 0) ? 1 : 0;
				boolean done = false;
				if (maxlen > 16) {
					for (int i = 0; i < 16; i++) {
						len++;
						if (in[ref + len] != in[ip + len]) {
							done = true;
							break;
						}
					}
				}
				if (!done) {
					do {
						len++;
					}
					while (len < maxlen && in[ref + len] == in[ip + len]);
				}
				len -= 2;
				ip++;
				if (len < 7) {
					out[op++] = (byte) ((off >> 8) + (len << 5));
				}
				else {
					out[op++] = (byte) ((off >> 8) + (7 << 5));
					out[op++] = (byte) (len - 7);
				}
				out[op++] = (byte) off;
				lit = 0;
				op++;
				ip += len + 1;
				if (ip >= inLength - 2) {
					break;
				}
				ip -= 2;
				hval = first(in, ip);
				hval = next(hval, in, ip);
				htab[idx(hval)] = ip + 1;
				ip++;
				hval = next(hval, in, ip);
				htab[idx(hval)] = ip + 1;
				ip++;
			}
			else {
				if (op >= outLength) {
					return null;
				}
				lit++;
				out[op++] = in[ip++];
				if (lit == MAX_LIT) {
					out[op - lit - 1] = (byte) (lit - 1);
					lit = 0;
					op++;
				}
			}
		}
		if (op + 3 > outLength) {
			return null;
		}
		while (ip < inLength) {
			lit++;
			out[op++] = in[ip++];
			if (lit == MAX_LIT) {
				out[op - lit - 1] = (byte) (lit - 1);
				lit = 0;
				op++;
			}
		}
		out[op - lit - 1] = (byte) (lit - 1);
		op -= (lit == 0) ? 1 : 0;
		return java.util.Arrays.copyOf(out, op);
	}

	/**
	 * Decompresses as {@code lzf_decompress}, expecting exactly {@code length} bytes.
	 * @return the bytes, or null if the input is not valid LZF of that length
	 */
	static byte @Nullable [] decompress(byte[] in, int length) {
		byte[] out = new byte[length];
		int ip = 0;
		int op = 0;
		int end = in.length;
		while (ip < end) {
			int ctrl = in[ip++] & 0xff;
			if (ctrl < (1 << 5)) {
				ctrl++;
				if (op + ctrl > length || ip + ctrl > end) {
					return null;
				}
				System.arraycopy(in, ip, out, op, ctrl);
				ip += ctrl;
				op += ctrl;
			}
			else {
				int len = ctrl >> 5;
				int ref = op - ((ctrl & 0x1f) << 8) - 1;
				if (ip >= end) {
					return null;
				}
				if (len == 7) {
					len += in[ip++] & 0xff;
					if (ip >= end) {
						return null;
					}
				}
				ref -= in[ip++] & 0xff;
				if (op + len + 2 > length || ref < 0) {
					return null;
				}
				for (int i = 0; i < len + 2; i++) {
					out[op++] = out[ref++];
				}
			}
		}
		return (op == length) ? out : null;
	}

}
