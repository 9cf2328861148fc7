package io.redipy.api;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code TTL} or {@code PTTL}: the key is missing, the key has no expiry,
 * or the key expires after a remaining time.
 *
 * <p>
 * Replaces Redis's {@code -2} and {@code -1} sentinels with explicit states.
 */
public final class Ttl {

	private static final Ttl MISSING = new Ttl(null, false);

	private static final Ttl PERSISTENT = new Ttl(null, true);

	private final @Nullable Duration remaining;

	private final boolean exists;

	private Ttl(@Nullable Duration remaining, boolean exists) {
		this.remaining = remaining;
		this.exists = exists;
	}

	/**
	 * Returns the answer for a key that does not exist.
	 * @return the shared instance
	 */
	public static Ttl missing() {
		return MISSING;
	}

	/**
	 * Returns the answer for a key without expiry.
	 * @return the shared instance
	 */
	public static Ttl persistent() {
		return PERSISTENT;
	}

	/**
	 * Returns the answer for a key that expires after {@code remaining}.
	 * @param remaining the remaining time, zero or more
	 * @return the answer
	 */
	public static Ttl expiresIn(Duration remaining) {
		Objects.requireNonNull(remaining, "remaining");
		if (remaining.isNegative()) {
			throw new IllegalArgumentException("remaining must not be negative");
		}
		return new Ttl(remaining, true);
	}

	/**
	 * Decodes Redis's integer reply ({@code -2}, {@code -1} or the remaining time).
	 * @param reply the reply of {@code TTL} or {@code PTTL}
	 * @param millis whether the reply is in milliseconds ({@code PTTL}) or seconds
	 * @return the answer
	 */
	public static Ttl fromReply(long reply, boolean millis) {
		if (reply == -2) {
			return MISSING;
		}
		if (reply == -1) {
			return PERSISTENT;
		}
		return expiresIn(millis ? Duration.ofMillis(reply) : Duration.ofSeconds(reply));
	}

	/**
	 * Returns whether the key exists.
	 * @return {@code false} for a missing key
	 */
	public boolean exists() {
		return this.exists;
	}

	/**
	 * Returns whether the key exists and has an expiry.
	 * @return {@code true} if {@link #remaining()} is not {@code null}
	 */
	public boolean expires() {
		return this.remaining != null;
	}

	/**
	 * Returns the remaining time to live.
	 * @return the remaining time, or {@code null} if the key is missing or has no expiry
	 */
	public @Nullable Duration remaining() {
		return this.remaining;
	}

	@Override
	public boolean equals(Object obj) {
		return (obj instanceof Ttl other) && this.exists == other.exists
				&& Objects.equals(this.remaining, other.remaining);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.exists, this.remaining);
	}

	@Override
	public String toString() {
		if (!this.exists) {
			return "Ttl[missing]";
		}
		return (this.remaining != null) ? "Ttl[" + this.remaining + "]" : "Ttl[persistent]";
	}

}
