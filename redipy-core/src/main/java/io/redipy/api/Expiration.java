package io.redipy.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An expiry to set with {@code SET} or {@code GETEX}: a relative time in seconds
 * ({@code EX}) or milliseconds ({@code PX}), an absolute time in seconds ({@code EXAT})
 * or milliseconds ({@code PXAT}), keeping the current expiry ({@code KEEPTTL},
 * {@code SET} only) or removing it ({@code PERSIST}, {@code GETEX} only).
 *
 * @param kind which flag to send
 * @param amount seconds or milliseconds, relative or since the epoch, as the flag says
 */
public record Expiration(Kind kind, long amount) {

	/** The flags. */
	public enum Kind {

		/** {@code EX seconds}. */
		EX,
		/** {@code PX milliseconds}. */
		PX,
		/** {@code EXAT unix-time-seconds}. */
		EXAT,
		/** {@code PXAT unix-time-milliseconds}. */
		PXAT,
		/** {@code KEEPTTL}. */
		KEEPTTL,
		/** {@code PERSIST}. */
		PERSIST

	}

	/**
	 * Validates the parts.
	 * @param kind which flag to send
	 * @param amount the amount the flag takes
	 */
	public Expiration {
		Objects.requireNonNull(kind, "kind");
	}

	/**
	 * Expires after whole seconds ({@code EX}).
	 * @param ttl a duration of whole seconds
	 * @return the expiration
	 * @throws IllegalArgumentException if {@code ttl} has a fraction of a second (use
	 * {@link #px(Duration)})
	 */
	public static Expiration ex(Duration ttl) {
		return new Expiration(Kind.EX, Durations.wholeSeconds(ttl, "ttl"));
	}

	/**
	 * Expires after milliseconds ({@code PX}).
	 * @param ttl a duration of whole milliseconds
	 * @return the expiration
	 */
	public static Expiration px(Duration ttl) {
		return new Expiration(Kind.PX, Durations.wholeMillis(ttl, "ttl"));
	}

	/**
	 * Expires at a whole second ({@code EXAT}).
	 * @param at an instant on a whole second
	 * @return the expiration
	 */
	public static Expiration exAt(Instant at) {
		return new Expiration(Kind.EXAT, Durations.epochSeconds(at, "at"));
	}

	/**
	 * Expires at a millisecond ({@code PXAT}).
	 * @param at an instant on a whole millisecond
	 * @return the expiration
	 */
	public static Expiration pxAt(Instant at) {
		return new Expiration(Kind.PXAT, Durations.epochMillis(at, "at"));
	}

	/**
	 * Keeps the key's current expiry ({@code KEEPTTL}, for {@code SET}).
	 * @return the expiration
	 */
	public static Expiration keepTtl() {
		return new Expiration(Kind.KEEPTTL, 0);
	}

	/**
	 * Removes the key's expiry ({@code PERSIST}, for {@code GETEX}).
	 * @return the expiration
	 */
	public static Expiration persist() {
		return new Expiration(Kind.PERSIST, 0);
	}

}
