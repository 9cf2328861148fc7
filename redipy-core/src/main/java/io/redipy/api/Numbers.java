package io.redipy.api;

/**
 * The one place where numbers become Redis arguments, so that every backend sees the same
 * text for the same number.
 */
public final class Numbers {

	private Numbers() {
	}

	/**
	 * Formats a double as an argument Redis parses back to the same value: the shortest
	 * decimal that round-trips, {@code inf} and {@code -inf} for the infinities, and
	 * {@code nan} for NaN (which Redis rejects where it matters).
	 * @param value the number
	 * @return the argument text
	 */
	public static String formatDouble(double value) {
		if (Double.isInfinite(value)) {
			return (value > 0) ? "inf" : "-inf";
		}
		if (Double.isNaN(value)) {
			return "nan";
		}
		if (value == 0 && 1 / value < 0) {
			return "-0";
		}
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return shortest(value);
	}

	/**
	 * Returns the shortest C {@code %.Ng} text (N from 1 to 17) that reads back as the
	 * same double. Both backends and the Lua prelude write doubles this way, so that
	 * Redis (which parses increments as long doubles) always sees the same text.
	 * @param value a finite double
	 * @return the text
	 */
	public static String shortest(double value) {
		for (int precision = 1; precision <= 17; precision++) {
			String text = formatG(value, precision);
			if (Double.parseDouble(text) == value) {
				return text;
			}
		}
		return formatG(value, 17);
	}

	/**
	 * Formats like C's {@code printf("%.Ng")}: N significant digits, trailing zeros
	 * removed, an exponent of at least two digits where C uses one.
	 * @param value a finite double
	 * @param precision the significant digits (1 to 17)
	 * @return the text
	 */
	public static String formatG(double value, int precision) {
		if (value == 0 && 1 / value < 0) {
			// BigDecimal has no negative zero; C prints its sign
			return "-0";
		}
		java.math.BigDecimal rounded = new java.math.BigDecimal(value)
			.round(new java.math.MathContext(precision, java.math.RoundingMode.HALF_EVEN));
		int exponent = rounded.precision() - rounded.scale() - 1;
		if (exponent < -4 || exponent >= precision) {
			String digits = stripZeros(rounded.movePointLeft(exponent).toPlainString());
			int abs = Math.abs(exponent);
			return digits + "e" + ((exponent < 0) ? "-" : "+") + ((abs < 10) ? "0" : "") + abs;
		}
		return stripZeros(rounded.setScale(Math.max(0, precision - 1 - exponent), java.math.RoundingMode.HALF_EVEN)
			.toPlainString());
	}

	private static String stripZeros(String text) {
		if (text.indexOf('.') < 0) {
			return text;
		}
		int end = text.length();
		while (text.charAt(end - 1) == '0') {
			end--;
		}
		if (text.charAt(end - 1) == '.') {
			end--;
		}
		return text.substring(0, end);
	}

}
