package io.redipy.api;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code EXPIRETIME} or {@code PEXPIRETIME}: the key is missing, the key
 * has no expiry, or the key expires at an instant.
 *
 * <p>
 * Replaces Redis's {@code -2} and {@code -1} sentinels with explicit states, as
 * {@link Ttl} does for the remaining time.
 */
public final class ExpireTime {

	private static final ExpireTime MISSING = new ExpireTime(null, false);

	private static final ExpireTime PERSISTENT = new ExpireTime(null, true);

	private final @Nullable Instant at;

	private final boolean exists;

	private ExpireTime(@Nullable Instant at, boolean exists) {
		this.at = at;
		this.exists = exists;
	}

	/**
	 * Returns the answer for a key that does not exist.
	 * @return the shared instance
	 */
	public static ExpireTime missing() {
		return MISSING;
	}

	/**
	 * Returns the answer for a key without expiry.
	 * @return the shared instance
	 */
	public static ExpireTime persistent() {
		return PERSISTENT;
	}

	/**
	 * Returns the answer for a key that expires at an instant.
	 * @param at the instant (Redis keeps milliseconds)
	 * @return the answer
	 */
	public static ExpireTime at(Instant at) {
		return new ExpireTime(Objects.requireNonNull(at, "at"), true);
	}

	/**
	 * Decodes Redis's integer reply ({@code -2}, {@code -1} or the Unix time).
	 * @param reply the reply of {@code EXPIRETIME} or {@code PEXPIRETIME}
	 * @param millis whether the reply is in milliseconds ({@code PEXPIRETIME}) or seconds
	 * @return the answer
	 */
	public static ExpireTime fromReply(long reply, boolean millis) {
		if (reply == -2) {
			return MISSING;
		}
		if (reply == -1) {
			return PERSISTENT;
		}
		return at(millis ? Instant.ofEpochMilli(reply) : Instant.ofEpochSecond(reply));
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
	 * @return {@code true} if {@link #instant()} is not {@code null}
	 */
	public boolean expires() {
		return this.at != null;
	}

	/**
	 * Returns when the key expires.
	 * @return the instant (whole seconds for {@code EXPIRETIME}), or {@code null} if the
	 * key is missing or has no expiry
	 */
	public @Nullable Instant instant() {
		return this.at;
	}

	@Override
	public boolean equals(Object obj) {
		return (obj instanceof ExpireTime other) && this.exists == other.exists && Objects.equals(this.at, other.at);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.exists, this.at);
	}

	@Override
	public String toString() {
		if (!this.exists) {
			return "ExpireTime[missing]";
		}
		return (this.at != null) ? "ExpireTime[" + this.at + "]" : "ExpireTime[persistent]";
	}

}
