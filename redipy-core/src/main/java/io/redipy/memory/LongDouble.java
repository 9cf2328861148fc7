package io.redipy.memory;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Redis's {@code INCRBYFLOAT} arithmetic: x87 80-bit long doubles (64-bit mantissa),
 * parsed like {@code strtold}, added with one rounding, and printed like {@code "%.17Lf"}
 * with trailing zeros removed. Values are kept as exact {@link BigDecimal}s of the binary
 * value, so nothing is lost between steps.
 */
final class LongDouble {

	private static final int MANTISSA_BITS = 64;

	/** Largest finite 80-bit value is just below 2^16384. */
	private static final int MAX_EXPONENT = 16384;

	/** Values below 2^-16445 (the smallest subnormal) underflow to zero. */
	private static final int MIN_EXPONENT = -16445;

	private static final BigInteger TEN = BigInteger.TEN;

	private LongDouble() {
	}

	/** Redis's {@code MAX_LONG_DOUBLE_CHARS}: texts this long or longer are no number. */
	static final int MAX_CHARS = 5 * 1024;

	/** The outcome of parsing: a finite value, an infinity, or a rejection. */
	record Parsed(@Nullable BigDecimal value, int infinity) {

		boolean isFinite() {
			return this.value != null;
		}

	}

	/**
	 * Parses text as Redis's {@code string2ld} does: no leading space, the whole text a
	 * number, no NaN, no overflow or underflow to zero.
	 * @return the value, or {@code null} if Redis would reject the text
	 */
	static @Nullable Parsed parse(String text) {
		// string2ld copies the text into a buffer of MAX_LONG_DOUBLE_CHARS (5 KiB) and
		// refuses longer texts; a number's text is ASCII, so chars count its bytes
		if (text.isEmpty() || text.length() >= MAX_CHARS || isSpace(text.charAt(0))) {
			return null;
		}
		String s = text;
		boolean negative = false;
		if (s.charAt(0) == '+' || s.charAt(0) == '-') {
			negative = s.charAt(0) == '-';
			s = s.substring(1);
		}
		String lower = s.toLowerCase(Locale.ROOT);
		if (lower.equals("inf") || lower.equals("infinity")) {
			return new Parsed(null, negative ? -1 : 1);
		}
		BigDecimal exact;
		if (lower.startsWith("0x")) {
			exact = parseHex(lower.substring(2));
		}
		else {
			exact = parseDecimal(s);
		}
		if (exact == null) {
			return null;
		}
		if (negative) {
			exact = exact.negate();
		}
		Parsed rounded = round(exact);
		// overflow to infinity or underflow to zero: strtold reports ERANGE and Redis
		// rejects
		// the text (only the literal "inf" is an accepted infinity)
		return (rounded.value() == null) ? null : rounded;
	}

	/**
	 * Adds two finite values with one rounding.
	 */
	static Parsed add(BigDecimal a, BigDecimal b) {
		return round(a.add(b));
	}

	/**
	 * Formats a finite value as {@code "%.17Lf"} with trailing zeros (and a trailing
	 * point) removed, and {@code -0} shown as {@code 0}.
	 */
	static String format(BigDecimal value) {
		return trimmed(value.setScale(17, RoundingMode.HALF_EVEN).toPlainString());
	}

	/**
	 * Fixed-point text without its trailing zeros (and a trailing point), {@code -0} as
	 * {@code 0}: how Redis prints a {@code "%.17Lf"} number for humans.
	 */
	static String trimmed(String text) {
		int end = text.length();
		while (text.charAt(end - 1) == '0') {
			end--;
		}
		if (text.charAt(end - 1) == '.') {
			end--;
		}
		text = text.substring(0, end);
		return text.equals("-0") ? "0" : text;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
	}

	private static @Nullable BigDecimal parseDecimal(String s) {
		// digits [. digits] [e|E [+|-] digits], at least one digit in the mantissa
		int i = 0;
		int n = s.length();
		int digits = 0;
		while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 0x80) {
			i++;
			digits++;
		}
		if (i < n && s.charAt(i) == '.') {
			i++;
			while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
				i++;
				digits++;
			}
		}
		if (digits == 0) {
			return null;
		}
		int mantissaEnd = i;
		if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
			int j = i + 1;
			if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
				j++;
			}
			int expDigits = 0;
			while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
				j++;
				expDigits++;
			}
			if (expDigits > 0) {
				i = j;
			}
		}
		if (i != n) {
			return null;
		}
		String mantissa = s.substring(0, mantissaEnd);
		if (mantissa.equals(".")) {
			return null;
		}
		if (mantissa.endsWith(".")) {
			mantissa = mantissa + "0";
		}
		if (mantissa.startsWith(".")) {
			mantissa = "0" + mantissa;
		}
		long exponent = 0;
		if (mantissaEnd < n) {
			String exp = s.substring(mantissaEnd + 1);
			try {
				exponent = Long.parseLong(exp.startsWith("+") ? exp.substring(1) : exp);
			}
			catch (NumberFormatException ex) {
				exponent = exp.startsWith("-") ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
			}
		}
		BigDecimal value = new BigDecimal(mantissa);
		if (value.signum() == 0) {
			return BigDecimal.ZERO;
		}
		// clamp absurd exponents: they overflow or underflow anyway
		if (exponent > 10_000) {
			exponent = 10_000;
		}
		else if (exponent < -10_000) {
			exponent = -10_000;
		}
		return value.scaleByPowerOfTen((int) exponent);
	}

	private static @Nullable BigDecimal parseHex(String s) {
		// hex digits [. hex digits] [p [+|-] digits]
		int p = s.indexOf('p');
		String mantissa = (p < 0) ? s : s.substring(0, p);
		int exponent = 0;
		if (p >= 0) {
			String exp = s.substring(p + 1);
			if (!exp.matches("[+-]?[0-9]+")) {
				return null;
			}
			try {
				exponent = Integer.parseInt(exp.startsWith("+") ? exp.substring(1) : exp);
			}
			catch (NumberFormatException ex) {
				exponent = exp.startsWith("-") ? -100_000 : 100_000;
			}
		}
		int dot = mantissa.indexOf('.');
		String digits = (dot < 0) ? mantissa : mantissa.substring(0, dot) + mantissa.substring(dot + 1);
		if (digits.isEmpty() || !digits.matches("[0-9a-f]+")) {
			return null;
		}
		int fractionDigits = (dot < 0) ? 0 : mantissa.length() - dot - 1;
		BigInteger m = new BigInteger(digits, 16);
		int binaryExponent = exponent - 4 * fractionDigits;
		return scaleByPowerOfTwo(new BigDecimal(m), Math.max(-100_000, Math.min(100_000, binaryExponent)));
	}

	private static BigDecimal scaleByPowerOfTwo(BigDecimal value, int exponent) {
		if (exponent >= 0) {
			return value.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(exponent)));
		}
		// 2^-k = 5^k / 10^k, exact
		return value.multiply(new BigDecimal(BigInteger.valueOf(5).pow(-exponent), -exponent));
	}

	/** Rounds an exact value to the nearest 80-bit long double (ties to even). */
	private static Parsed round(BigDecimal exact) {
		int sign = exact.signum();
		if (sign == 0) {
			return new Parsed(BigDecimal.ZERO, 0);
		}
		BigDecimal abs = exact.abs();
		// abs = num / den
		BigInteger num;
		BigInteger den;
		if (abs.scale() > 0) {
			num = abs.unscaledValue();
			den = TEN.pow(abs.scale());
		}
		else {
			num = abs.unscaledValue().multiply(TEN.pow(-abs.scale()));
			den = BigInteger.ONE;
		}
		int e = num.bitLength() - den.bitLength() - MANTISSA_BITS;
		if (e < MIN_EXPONENT) {
			e = MIN_EXPONENT;
		}
		BigInteger[] qr;
		while (true) {
			BigInteger n = (e >= 0) ? num : num.shiftLeft(-e);
			BigInteger d = (e >= 0) ? den.shiftLeft(e) : den;
			qr = n.divideAndRemainder(d);
			int bits = qr[0].bitLength();
			if (bits > MANTISSA_BITS) {
				e++;
				continue;
			}
			if (bits < MANTISSA_BITS && e > MIN_EXPONENT) {
				e--;
				continue;
			}
			BigInteger twice = qr[1].shiftLeft(1);
			int cmp = twice.compareTo(d);
			BigInteger m = qr[0];
			if (cmp > 0 || (cmp == 0 && m.testBit(0))) {
				m = m.add(BigInteger.ONE);
				if (m.bitLength() > MANTISSA_BITS) {
					m = m.shiftRight(1);
					e++;
				}
			}
			if (m.signum() == 0) {
				// underflow to zero: strtold reports ERANGE and Redis rejects it
				return new Parsed(null, 0);
			}
			if (e + MANTISSA_BITS > MAX_EXPONENT) {
				return new Parsed(null, sign);
			}
			BigDecimal value = scaleByPowerOfTwo(new BigDecimal(m), e);
			return new Parsed((sign < 0) ? value.negate() : value, 0);
		}
	}

}
