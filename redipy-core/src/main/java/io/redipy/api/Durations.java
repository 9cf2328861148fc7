package io.redipy.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Converts {@link Duration} and {@link Instant} arguments to the whole units Redis takes,
 * refusing values that would lose precision or overflow.
 */
public final class Durations {

	private Durations() {
	}

	/**
	 * Returns a duration in whole seconds.
	 * @param duration the duration
	 * @param name the argument's name for messages
	 * @return the seconds
	 * @throws IllegalArgumentException if the duration has a fraction of a second
	 */
	public static long wholeSeconds(Duration duration, String name) {
		Objects.requireNonNull(duration, name);
		if (duration.getNano() != 0) {
			throw new IllegalArgumentException(
					name + " " + duration + " is not a whole number of seconds; use the millisecond variant");
		}
		return duration.getSeconds();
	}

	/**
	 * Returns a duration in whole milliseconds.
	 * @param duration the duration
	 * @param name the argument's name for messages
	 * @return the milliseconds
	 * @throws IllegalArgumentException if the duration has a fraction of a millisecond or
	 * does not fit a long
	 */
	public static long wholeMillis(Duration duration, String name) {
		Objects.requireNonNull(duration, name);
		if (duration.getNano() % 1_000_000 != 0) {
			throw new IllegalArgumentException(name + " " + duration + " is not a whole number of milliseconds");
		}
		try {
			return duration.toMillis();
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException(name + " " + duration + " is out of range", ex);
		}
	}

	/**
	 * Returns the timeout of a blocking command in whole milliseconds.
	 * @param timeout the timeout; zero means wait forever
	 * @return the milliseconds
	 * @throws IllegalArgumentException if the timeout is negative or has a fraction of a
	 * millisecond
	 */
	public static long blockingTimeoutMillis(Duration timeout) {
		long millis = wholeMillis(timeout, "timeout");
		if (millis < 0) {
			throw new IllegalArgumentException("timeout " + timeout + " is negative");
		}
		return millis;
	}

	/**
	 * Returns an instant as whole seconds since the epoch.
	 * @param at the instant
	 * @param name the argument's name for messages
	 * @return the seconds since the epoch
	 * @throws IllegalArgumentException if the instant has a fraction of a second
	 */
	public static long epochSeconds(Instant at, String name) {
		Objects.requireNonNull(at, name);
		if (at.getNano() != 0) {
			throw new IllegalArgumentException(
					name + " " + at + " is not on a whole second; use the millisecond variant");
		}
		return at.getEpochSecond();
	}

	/**
	 * Returns an instant as whole milliseconds since the epoch.
	 * @param at the instant
	 * @param name the argument's name for messages
	 * @return the milliseconds since the epoch
	 * @throws IllegalArgumentException if the instant has a fraction of a millisecond or
	 * does not fit a long
	 */
	public static long epochMillis(Instant at, String name) {
		Objects.requireNonNull(at, name);
		if (at.getNano() % 1_000_000 != 0) {
			throw new IllegalArgumentException(name + " " + at + " is not on a whole millisecond");
		}
		try {
			return at.toEpochMilli();
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException(name + " " + at + " is out of range", ex);
		}
	}

}
