package io.redipy.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Turns a client's bytes into commands ({@code byte[][]}) as Redis 7.0 parses them:
 * multibulk requests when the first byte is {@code *}, inline requests otherwise, with
 * Redis's protocol errors, which are passed on as a {@link ProtocolError} after which all
 * further input is dropped.
 *
 * <p>
 * The rules follow {@code processInlineBuffer} and {@code processMultibulkBuffer} of
 * Redis's {@code networking.c}, including their quirks, so that a frame Redis accepts is
 * accepted here and a frame it rejects is rejected with the same words: a line ends at
 * the first {@code \r} (multibulk) or {@code \n} (inline) and the byte after a {@code \r}
 * is skipped unchecked, as are the two bytes after a bulk string; a NUL byte ends the
 * search for a line end (Redis searches with {@code strchr}), so such a line completes
 * only by growing past the limit.
 *
 * <p>
 * Bytes are {@linkplain #feed fed} as the socket gives them, decoded in place from the
 * array they came in (the event loop's read array, which the next connection reuses), and
 * only an incomplete frame's tail is {@linkplain #keepTail() copied} to the decoder's own
 * array. One decoder per connection, used on its event loop only.
 */
final class RespDecoder {

	/**
	 * Bulk strings at least this long are collected as they arrive (Redis's big-arg
	 * threshold).
	 */
	static final int BIG_ARG = 32 * 1024;

	/**
	 * The most one command may hold, as Redis's {@code client-query-buffer-limit} (1 GB):
	 * a client that declares two billion arguments and sends them must not fill the heap.
	 */
	static final long QUERY_LIMIT = 1024L * 1024 * 1024;

	/**
	 * What {@link #next()} returns when a command passed the query limit: Redis closes
	 * such a client without a reply.
	 */
	static final Object OVERSIZED = new Object();

	/** What an argument costs besides its bytes: the array object and its reference. */
	private static final int ARG_OVERHEAD = 24;

	private static final int NONE = 0;

	private static final int INLINE = 1;

	private static final int MULTIBULK = 2;

	private static final byte[][] NO_ARGS = new byte[0][];

	private static final byte[] EMPTY = new byte[0];

	private final int maxInline;

	private final int maxBulk;

	/** The most a command's arguments may take, counting a little for each argument. */
	private final long maxQuery;

	/** The bytes being decoded: a caller's array between feeds, else {@link #own}. */
	private byte[] in = EMPTY;

	/** Where the next undecoded byte is in {@link #in}. */
	private int readerIndex;

	/** Where the bytes in {@link #in} end. */
	private int writerIndex;

	/** The decoder's own array, which holds an incomplete frame between reads. */
	private byte[] own = EMPTY;

	/** What the arguments of the command being read take so far, by the same count. */
	private long queryBytes;

	private int requestType = NONE;

	/** Arguments of the multibulk request still to come; 0 before its count is read. */
	private long pendingArgs;

	/** Length of the bulk string being read, -1 before its length line is read. */
	private long bulkLength = -1;

	private byte[][] args = NO_ARGS;

	/** How many of {@link #args} have arrived. */
	private int argc;

	/**
	 * Bytes from the reader index already searched for a line end without finding one.
	 */
	private int scanned;

	/**
	 * A big bulk string collected as it arrives, so that its declared length is never
	 * allocated ahead.
	 */
	private byte @Nullable [] big;

	private int bigSize;

	private boolean failed;

	/** Whether the connection's client authenticated; set once its session exists. */
	private BooleanSupplier authenticated = Authenticated.ALWAYS;

	RespDecoder(int maxInline, int maxBulk) {
		this(maxInline, maxBulk, QUERY_LIMIT);
	}

	RespDecoder(int maxInline, int maxBulk, long maxQuery) {
		this.maxInline = maxInline;
		this.maxBulk = maxBulk;
		this.maxQuery = maxQuery;
	}

	/**
	 * Tells the decoder how to learn whether the client authenticated, for Redis's limits
	 * on unauthenticated requests.
	 * @param authenticated asked on the event loop as requests arrive
	 */
	void authenticatedBy(BooleanSupplier authenticated) {
		this.authenticated = authenticated;
	}

	/**
	 * Adds bytes that arrived. Without an incomplete frame held, they are decoded from
	 * {@code bytes} itself, so a caller that reuses the array must call
	 * {@link #keepTail()} first.
	 * @param bytes the array the bytes are in
	 * @param length how many bytes, from index 0
	 */
	void feed(byte[] bytes, int length) {
		if (this.failed) {
			return;
		}
		if (this.readerIndex == this.writerIndex) {
			this.in = bytes;
			this.readerIndex = 0;
			this.writerIndex = length;
			return;
		}
		// an incomplete frame is held in the decoder's own array: the new bytes join it
		int held = this.writerIndex - this.readerIndex;
		byte[] target = this.own;
		if (target.length - held < length) {
			target = new byte[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(2L * held, (long) held + length))];
		}
		if (target != this.in || this.readerIndex != 0) {
			System.arraycopy(this.in, this.readerIndex, target, 0, held);
		}
		System.arraycopy(bytes, 0, target, held, length);
		this.own = target;
		this.in = target;
		this.readerIndex = 0;
		this.writerIndex = held + length;
	}

	/**
	 * Copies what was not decoded (an incomplete frame's tail) into the decoder's own
	 * array, so that the array last fed may be reused; drops the own array when nothing
	 * is held.
	 */
	void keepTail() {
		int held = this.writerIndex - this.readerIndex;
		if (held == 0) {
			this.in = EMPTY;
			this.own = EMPTY;
			this.readerIndex = 0;
			this.writerIndex = 0;
			return;
		}
		if (this.in == this.own && this.readerIndex == 0) {
			return;
		}
		// the own array is reused (an overlapping copy is safe) unless it is too small
		byte[] target = (this.own.length >= held) ? this.own : new byte[Math.max(held, 256)];
		System.arraycopy(this.in, this.readerIndex, target, 0, held);
		this.own = target;
		this.in = target;
		this.readerIndex = 0;
		this.writerIndex = held;
	}

	/** Returns how many bytes of an incomplete frame the decoder holds. */
	int held() {
		return this.writerIndex - this.readerIndex;
	}

	/**
	 * Decodes the next request.
	 * @return a command ({@code byte[][]}, never empty), a {@link ProtocolError} (after
	 * which nothing more is decoded), {@link #OVERSIZED}, or {@code null} when more bytes
	 * are needed
	 */
	@Nullable Object next() {
		while (!this.failed && this.readerIndex < this.writerIndex) {
			if (this.requestType == NONE) {
				this.requestType = (this.in[this.readerIndex] == '*') ? MULTIBULK : INLINE;
			}
			Object request = (this.requestType == INLINE) ? inline() : multibulk();
			if (request == null) {
				if (this.queryBytes > this.maxQuery) {
					fail();
					return OVERSIZED;
				}
				return null;
			}
			if (request instanceof ProtocolError) {
				// Redis stops reading a client after a protocol error; so does this
				// decoder.
				fail();
				return request;
			}
			byte[][] command = (byte[][]) request;
			reset();
			if (command.length > 0) {
				return command;
			}
		}
		return null;
	}

	private void fail() {
		this.failed = true;
		this.in = EMPTY;
		this.own = EMPTY;
		this.readerIndex = 0;
		this.writerIndex = 0;
		this.args = NO_ARGS;
		this.big = null;
	}

	private void reset() {
		this.requestType = NONE;
		this.pendingArgs = 0;
		this.bulkLength = -1;
		this.args = NO_ARGS;
		this.argc = 0;
		this.queryBytes = 0;
		this.scanned = 0;
		this.big = null;
		this.bigSize = 0;
	}

	private @Nullable Object inline() {
		int start = this.readerIndex;
		int newline = find((byte) '\n');
		if (newline < 0) {
			return (readable() > this.maxInline) ? ProtocolError.of("too big inline request") : null;
		}
		int end = (newline > start && this.in[newline - 1] == '\r') ? newline - 1 : newline;
		byte[][] split = InlineSplitter.split(this.in, start, end);
		if (split == null) {
			return ProtocolError.of("unbalanced quotes in request");
		}
		this.readerIndex = newline + 1;
		return split;
	}

	private @Nullable Object multibulk() {
		if (this.pendingArgs == 0) {
			int cr = find((byte) '\r');
			if (cr < 0) {
				return (readable() > this.maxInline) ? ProtocolError.of("too big mbulk count string") : null;
			}
			if (cr == this.writerIndex - 1) {
				return null;
			}
			long count = parseLong(this.in, this.readerIndex + 1, cr);
			if (count == INVALID || count > Integer.MAX_VALUE) {
				return ProtocolError.of("invalid multibulk length");
			}
			if (count > 10 && !this.authenticated.getAsBoolean()) {
				return ProtocolError.of("unauthenticated multibulk length");
			}
			this.readerIndex = cr + 2;
			this.scanned = 0;
			if (count <= 0) {
				return NO_ARGS;
			}
			this.pendingArgs = count;
			// Room grows with the arguments that arrive, not with the count a client
			// declares.
			this.args = new byte[(int) Math.min(count, 1024)][];
			this.argc = 0;
		}
		while (this.pendingArgs > 0) {
			if (this.bulkLength == -1) {
				int cr = find((byte) '\r');
				if (cr < 0) {
					return (readable() > this.maxInline) ? ProtocolError.of("too big bulk count string") : null;
				}
				if (cr == this.writerIndex - 1) {
					return null;
				}
				byte first = this.in[this.readerIndex];
				if (first != '$') {
					return ProtocolError.expectedDollar(first);
				}
				long length = parseLong(this.in, this.readerIndex + 1, cr);
				if (length == INVALID || length < 0 || length > this.maxBulk) {
					return ProtocolError.of("invalid bulk length");
				}
				if (length > 16384 && !this.authenticated.getAsBoolean()) {
					return ProtocolError.of("unauthenticated bulk length");
				}
				this.readerIndex = cr + 2;
				this.scanned = 0;
				this.bulkLength = length;
				if (length >= BIG_ARG) {
					this.big = new byte[(int) Math.min(length, Math.max(BIG_ARG, readable()))];
					this.bigSize = 0;
				}
			}
			byte[] arg = (this.big != null) ? readBig() : readSmall();
			if (arg == null) {
				return null;
			}
			if (this.argc == this.args.length) {
				this.args = Arrays.copyOf(this.args,
						(int) Math.min(2L * this.args.length, this.argc + this.pendingArgs));
			}
			this.args[this.argc++] = arg;
			this.bulkLength = -1;
			this.pendingArgs--;
			this.queryBytes += arg.length + ARG_OVERHEAD;
			if (this.queryBytes > this.maxQuery) {
				return null;
			}
		}
		return this.args;
	}

	private byte @Nullable [] readSmall() {
		if (readable() < this.bulkLength + 2) {
			return null;
		}
		byte[] arg = Arrays.copyOfRange(this.in, this.readerIndex, this.readerIndex + (int) this.bulkLength);
		this.readerIndex += arg.length + 2;
		return arg;
	}

	private byte @Nullable [] readBig() {
		byte[] buffer = this.big;
		int length = (int) this.bulkLength;
		int wanted = Math.min(readable(), length - this.bigSize);
		if (wanted > 0) {
			if (this.bigSize + wanted > buffer.length) {
				// Grow with the bytes that came, never beyond the declared length, so the
				// full buffer is exactly the argument.
				buffer = Arrays.copyOf(buffer,
						(int) Math.min(length, Math.max(2L * buffer.length, this.bigSize + wanted)));
				this.big = buffer;
			}
			System.arraycopy(this.in, this.readerIndex, buffer, this.bigSize, wanted);
			this.readerIndex += wanted;
			this.bigSize += wanted;
		}
		if (this.bigSize < length || readable() < 2) {
			return null;
		}
		this.readerIndex += 2;
		this.big = null;
		return buffer;
	}

	/**
	 * Returns the index of the first {@code target} byte from the reader index, or -1 if
	 * none came yet or a NUL byte comes first (as {@code strchr} stops there). Bytes
	 * searched before are not searched again.
	 */
	private int find(byte target) {
		byte[] bytes = this.in;
		int from = this.readerIndex + this.scanned;
		int to = this.writerIndex;
		for (int i = from; i < to; i++) {
			byte b = bytes[i];
			if (b == target) {
				return i;
			}
			if (b == 0) {
				// A NUL stays where it is: the line can only end by outgrowing the
				// limit.
				this.scanned = i - this.readerIndex;
				return -1;
			}
		}
		this.scanned = to - this.readerIndex;
		return -1;
	}

	private int readable() {
		return this.writerIndex - this.readerIndex;
	}

	static final long INVALID = Long.MIN_VALUE;

	/**
	 * Parses a decimal integer as Redis's {@code string2ll} does: no sign but a leading
	 * minus, no leading zeros, no spaces, at most 20 characters, within a long.
	 * @return the value, or {@link #INVALID}
	 */
	static long parseLong(byte[] in, int from, int to) {
		int length = to - from;
		if (length <= 0 || length >= 21) {
			return INVALID;
		}
		int i = from;
		boolean negative = false;
		if (in[i] == '-') {
			negative = true;
			i++;
			if (i == to) {
				return INVALID;
			}
		}
		else if (length == 1 && in[i] == '0') {
			return 0;
		}
		byte first = in[i];
		if (first < '1' || first > '9') {
			return INVALID;
		}
		long value = first - '0';
		for (i++; i < to; i++) {
			byte digit = in[i];
			if (digit < '0' || digit > '9') {
				return INVALID;
			}
			if (Long.compareUnsigned(value, Long.divideUnsigned(-1L, 10)) > 0) {
				return INVALID;
			}
			long shifted = value * 10;
			if (Long.compareUnsigned(shifted, -1L - (digit - '0')) > 0) {
				return INVALID;
			}
			value = shifted + (digit - '0');
		}
		if (negative) {
			if (Long.compareUnsigned(value, Long.MIN_VALUE) > 0) {
				return INVALID;
			}
			// -2^63 is valid but is the INVALID marker; callers treat both the same as
			// any negative number, so one above it stands in for it.
			return (value == Long.MIN_VALUE) ? Long.MIN_VALUE + 1 : -value;
		}
		return (value < 0) ? INVALID : value;
	}

	/** The supplier for a connection whose session is not there yet. */
	private enum Authenticated implements BooleanSupplier {

		ALWAYS;

		@Override
		public boolean getAsBoolean() {
			return true;
		}

	}

	/**
	 * A protocol error: the whole reply line to write before the connection closes.
	 *
	 * @param line the reply, {@code -ERR Protocol error: ...\r\n}
	 */
	record ProtocolError(byte[] line) {

		static ProtocolError of(String what) {
			return new ProtocolError(("-ERR Protocol error: " + what + "\r\n").getBytes(StandardCharsets.US_ASCII));
		}

		/**
		 * Redis writes the offending byte as it is ({@code %c}), a CR or LF as a space.
		 */
		static ProtocolError expectedDollar(byte got) {
			byte shown = (got == '\r' || got == '\n') ? (byte) ' ' : got;
			byte[] head = "-ERR Protocol error: expected '$', got '".getBytes(StandardCharsets.US_ASCII);
			byte[] line = Arrays.copyOf(head, head.length + 4);
			line[head.length] = shown;
			line[head.length + 1] = '\'';
			line[head.length + 2] = '\r';
			line[head.length + 3] = '\n';
			return new ProtocolError(line);
		}

		/**
		 * Returns the error text without the leading {@code -} and the line end.
		 * @return the text
		 */
		String text() {
			return new String(this.line, 1, this.line.length - 3, StandardCharsets.ISO_8859_1);
		}

	}

}
