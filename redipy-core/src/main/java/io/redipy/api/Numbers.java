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
		return Double.toString(value);
	}

}
