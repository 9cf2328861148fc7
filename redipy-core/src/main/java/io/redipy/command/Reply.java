package io.redipy.command;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import io.redipy.script.ir.RawText;
import org.jspecify.annotations.Nullable;

/**
 * A reply as a Redis command produces it, before it is written in a protocol: the RESP3
 * types, which a server writes as they are to a RESP3 client and downgraded, as Redis
 * downgrades them, to a RESP2 client (a map becomes a flat array, a set an array, a
 * double a bulk string, a boolean an integer, a push an array, a verbatim string a bulk
 * string).
 *
 * <p>
 * Internal: the memory store's endpoint is its only user.
 */
public sealed interface Reply {

	/** {@code +OK}. */
	Reply OK = new Simple("OK");

	/** {@code +QUEUED}, the reply to a command queued in a transaction. */
	Reply QUEUED = new Simple("QUEUED");

	/** The null bulk string ({@code $-1} in RESP2, {@code _} in RESP3). */
	Reply NIL = new Null(false);

	/** The null array ({@code *-1} in RESP2, {@code _} in RESP3). */
	Reply NIL_ARRAY = new Null(true);

	/** The empty array. */
	Reply EMPTY_ARRAY = new Array(List.of());

	/**
	 * Formats a double as Redis 7.0's {@code addReplyDouble}: {@code inf} and
	 * {@code -inf}, else C's {@code %.17g} (17 significant digits, rounded half-even from
	 * the exact binary value, trailing zeros dropped, exponent form below 1e-4 and from
	 * 1e17, with at least two exponent digits): also C's {@code %.17g} of any double.
	 * @param value the value
	 * @return its text
	 */
	static String formatDouble(double value) {
		if (java.lang.Double.isInfinite(value)) {
			return (value > 0) ? "inf" : "-inf";
		}
		if (java.lang.Double.isNaN(value)) {
			return ((java.lang.Double.doubleToRawLongBits(value) < 0) ? "-" : "") + "nan";
		}
		if (value == 0) {
			return ((java.lang.Double.doubleToRawLongBits(value) < 0) ? "-" : "") + "0";
		}
		if (value == (long) value && Math.abs(value) < 0x1p53) {
			// an integer of at most 16 digits prints as itself (the common case: scores)
			return Long.toString((long) value);
		}
		java.math.BigDecimal rounded = new java.math.BigDecimal(value)
			.round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN));
		// The decimal exponent of the first significant digit, after rounding (9.99...
		// may become 10).
		int exponent = rounded.precision() - rounded.scale() - 1;
		String digits = rounded.unscaledValue().abs().toString();
		StringBuilder text = new StringBuilder(32);
		if (value < 0) {
			text.append('-');
		}
		if (exponent < -4 || exponent >= 17) {
			int end = digits.length();
			while (end > 1 && digits.charAt(end - 1) == '0') {
				end--;
			}
			String mantissa = digits.substring(0, end);
			text.append(mantissa.charAt(0));
			if (mantissa.length() > 1) {
				text.append('.').append(mantissa, 1, mantissa.length());
			}
			text.append('e').append((exponent < 0) ? '-' : '+');
			int magnitude = Math.abs(exponent);
			if (magnitude < 10) {
				text.append('0');
			}
			text.append(magnitude);
		}
		else {
			text.append(stripZeros(rounded.abs().toPlainString()));
		}
		return text.toString();
	}

	/**
	 * Drops trailing zeros of a fraction, and then a bare point; integers stay as they
	 * are.
	 */
	private static String stripZeros(String number) {
		if (number.indexOf('.') < 0) {
			return number;
		}
		int end = number.length();
		while (number.charAt(end - 1) == '0') {
			end--;
		}
		if (number.charAt(end - 1) == '.') {
			end--;
		}
		return number.substring(0, end);
	}

	/**
	 * Returns a bulk string of the UTF-8 bytes of a text.
	 * @param text the text
	 * @return the reply
	 */
	static Reply bulk(String text) {
		return new Bulk(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Returns an error reply.
	 * @param message the whole message, starting with its code ({@code ERR ...},
	 * {@code WRONGTYPE ...})
	 * @return the reply
	 */
	static Reply error(String message) {
		return new Error(message);
	}

	/**
	 * Returns an integer reply.
	 * @param value the value
	 * @return the reply
	 */
	static Reply integer(long value) {
		return new Int(value);
	}

	/**
	 * A simple string ({@code +}): a status such as {@code OK} or {@code PONG}.
	 *
	 * @param text the text, without CR or LF
	 */
	record Simple(String text) implements Reply {

		/**
		 * Checks the text.
		 * @param text the text
		 */
		public Simple {
			Objects.requireNonNull(text, "text");
			if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
				throw new IllegalArgumentException("a simple string holds no CR or LF");
			}
		}

	}

	/**
	 * An error ({@code -}).
	 *
	 * @param message the whole message, starting with its code, without CR or LF (Redis
	 * replaces them with spaces)
	 */
	record Error(String message) implements Reply {

		/**
		 * Replaces CR and LF with spaces, as Redis does.
		 * @param message the message
		 */
		public Error {
			message = message.replace('\r', ' ').replace('\n', ' ');
		}

		/**
		 * Returns the message as it goes on the wire: UTF-8, except that bytes an error
		 * quotes from an argument that are not UTF-8 (held in store form, see
		 * {@code RawText}) are written as the bytes they are.
		 * @return the message's bytes
		 */
		public byte[] bytes() {
			return io.redipy.script.ir.RawText.encode(this.message);
		}

	}

	/**
	 * An integer ({@code :}).
	 *
	 * @param value the value
	 */
	record Int(long value) implements Reply {
	}

	/**
	 * A bulk string ({@code $}): any bytes.
	 *
	 * @param bytes the bytes, not copied
	 */
	record Bulk(byte[] bytes) implements Reply {
	}

	/**
	 * An array of bulk strings given as the memory store's strings: what a command
	 * replies with its stored elements (LRANGE, HVALS, MGET, …), written without a byte
	 * array and a {@link Bulk} per element. The same on the wire as an {@link Array} of
	 * {@link Bulk}s (and {@link #NIL} for a null element).
	 *
	 * @param texts the elements in store form (a lone surrogate U+DC80 + b stands for the
	 * byte 0x80 + b that is not UTF-8), owned by the reply; a null element is a null bulk
	 * string
	 */
	record Texts(List<? extends @Nullable String> texts) implements Reply {

		/**
		 * Returns the bytes an element stands for.
		 * @param text an element
		 * @return its bytes: UTF-8, with store-form escapes as the bytes they stand for
		 */
		public static byte[] bytes(String text) {
			return RawText.encode(text);
		}

		/**
		 * Returns the same reply as an array of bulk strings (and nulls).
		 * @return the array
		 */
		public Array asArray() {
			List<Reply> elements = new java.util.ArrayList<>(this.texts.size());
			for (String text : this.texts) {
				elements.add((text != null) ? new Bulk(bytes(text)) : NIL);
			}
			return new Array(elements);
		}

	}

	/**
	 * A null ({@code _} in RESP3).
	 *
	 * @param array whether RESP2 writes it as the null array ({@code *-1}) rather than
	 * the null bulk string ({@code $-1})
	 */
	record Null(boolean array) implements Reply {
	}

	/**
	 * An array ({@code *}).
	 *
	 * @param elements the elements
	 */
	record Array(List<Reply> elements) implements Reply {
	}

	/**
	 * A map ({@code %}); a flat array of keys and values in RESP2.
	 *
	 * @param keysAndValues keys and values, alternating
	 */
	record Map(List<Reply> keysAndValues) implements Reply {

		/**
		 * Checks that keys and values pair up.
		 * @param keysAndValues keys and values, alternating
		 */
		public Map {
			if (keysAndValues.size() % 2 != 0) {
				throw new IllegalArgumentException("a map needs as many values as keys");
			}
		}

	}

	/**
	 * A set ({@code ~}); an array in RESP2.
	 *
	 * @param elements the elements
	 */
	record Set(List<Reply> elements) implements Reply {
	}

	/**
	 * A double ({@code ,}); a bulk string in RESP2, formatted as Redis 7.0 formats it.
	 *
	 * @param value the value
	 * @param text the text to write in both protocols, or {@code null} for
	 * {@code "%.17g"} (Redis's {@code addReplyDouble}); the geo commands' coordinates are
	 * written as {@code addReplyHumanLongDouble} prints them
	 */
	record Double(double value, @Nullable String text) implements Reply {

		/**
		 * A double written as {@code addReplyDouble} writes it.
		 * @param value the value
		 */
		public Double(double value) {
			this(value, null);
		}

	}

	/**
	 * A boolean ({@code #}); the integer 1 or 0 in RESP2.
	 *
	 * @param value the value
	 */
	record Bool(boolean value) implements Reply {
	}

	/**
	 * A big number ({@code (}); a bulk string in RESP2.
	 *
	 * @param digits the decimal digits, with an optional leading minus
	 */
	record BigNumber(String digits) implements Reply {
	}

	/**
	 * A verbatim string ({@code =}); a bulk string of the text alone in RESP2.
	 *
	 * @param format three characters, {@code txt} or {@code mkd}
	 * @param text the text's bytes
	 */
	record Verbatim(String format, byte[] text) implements Reply {

		/**
		 * Checks the format.
		 * @param format the format
		 * @param text the text
		 */
		public Verbatim {
			if (format.length() != 3) {
				throw new IllegalArgumentException("a verbatim format has three characters");
			}
		}

	}

	/**
	 * An out-of-band message ({@code >}): a pub/sub message or subscription change; an
	 * array in RESP2.
	 *
	 * @param elements the elements, the first one its kind ({@code message},
	 * {@code subscribe}, ...)
	 */
	record Push(List<Reply> elements) implements Reply {
	}

}
