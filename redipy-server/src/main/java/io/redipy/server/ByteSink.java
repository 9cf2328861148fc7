package io.redipy.server;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array that replies are encoded into: plain array copies, no reference
 * counting, reused by its event loop from one batch of replies to the next. Not
 * thread-safe.
 */
final class ByteSink {

	private byte[] bytes;

	private int size;

	ByteSink(int capacity) {
		this.bytes = new byte[capacity];
	}

	/** Returns the array that holds the bytes written; valid until the next write. */
	byte[] array() {
		return this.bytes;
	}

	/** Returns how many bytes were written. */
	int size() {
		return this.size;
	}

	/** Forgets what was written after the first {@code size} bytes. */
	void truncate(int size) {
		this.size = size;
	}

	/**
	 * Forgets everything, and drops an array that one large batch grew, so that an event
	 * loop does not keep it for good.
	 */
	void reset(int keep) {
		this.size = 0;
		if (this.bytes.length > keep) {
			this.bytes = new byte[keep];
		}
	}

	ByteSink writeByte(int b) {
		if (this.size == this.bytes.length) {
			grow(1);
		}
		this.bytes[this.size++] = (byte) b;
		return this;
	}

	ByteSink writeBytes(byte[] src) {
		return writeBytes(src, 0, src.length);
	}

	ByteSink writeBytes(byte[] src, int offset, int length) {
		if (length > this.bytes.length - this.size) {
			grow(length);
		}
		System.arraycopy(src, offset, this.bytes, this.size, length);
		this.size += length;
		return this;
	}

	/** Writes text as US-ASCII, a character from 128 on as {@code ?}. */
	ByteSink writeAscii(String text) {
		int length = text.length();
		if (length > this.bytes.length - this.size) {
			grow(length);
		}
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			this.bytes[this.size++] = (c < 0x80) ? (byte) c : (byte) '?';
		}
		return this;
	}

	/**
	 * Writes text whose chars are all ASCII as those bytes.
	 * @return false, with an unknown part of the text written, at its first char from 128
	 * on (the caller truncates)
	 */
	boolean writeIfAscii(String text) {
		int length = text.length();
		if (length > this.bytes.length - this.size) {
			grow(length);
		}
		byte[] into = this.bytes;
		int at = this.size;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				return false;
			}
			into[at + i] = (byte) c;
		}
		this.size = at + length;
		return true;
	}

	/**
	 * Writes text as UTF-8, a lone surrogate as {@code ?} (as the JDK's encoder replaces
	 * it).
	 */
	ByteSink writeUtf8(String text) {
		int start = this.size;
		if (!writeIfAscii(text)) {
			truncate(start);
			writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}
		return this;
	}

	@Override
	public String toString() {
		return toString(StandardCharsets.ISO_8859_1);
	}

	String toString(Charset charset) {
		return new String(this.bytes, 0, this.size, charset);
	}

	private void grow(int needed) {
		long wanted = Math.max((long) this.size + needed, 2L * this.bytes.length);
		if ((long) this.size + needed > Integer.MAX_VALUE - 8) {
			throw new IllegalStateException("A reply batch over 2 GB cannot be written");
		}
		this.bytes = Arrays.copyOf(this.bytes, (int) Math.min(wanted, Integer.MAX_VALUE - 8));
	}

}
