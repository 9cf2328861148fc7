package io.redipy.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@code SET}: a condition ({@code NX}/{@code XX}) and an expiration.
 *
 * <p>
 * Immutable; start from {@link #always()}, {@link #ifMissing()} or {@link #ifExists()}
 * and add an expiry with the withers, e.g.
 * {@code SetOptions.ifMissing().ex(Duration.ofSeconds(5))}.
 *
 * @param condition when the value is written
 * @param expiration the expiry to set, or {@code null} to remove any expiry (Redis's
 * default)
 */
public record SetOptions(Condition condition, @Nullable Expiration expiration) {

	/** When {@code SET} writes. */
	public enum Condition {

		/** Always. */
		ALWAYS,
		/** Only if the key does not exist ({@code NX}). */
		NX,
		/** Only if the key exists ({@code XX}). */
		XX

	}

	/**
	 * Validates the options.
	 * @param condition when the value is written
	 * @param expiration the expiry to set, or {@code null}
	 */
	public SetOptions {
		Objects.requireNonNull(condition, "condition");
		if (expiration != null && expiration.kind() == Expiration.Kind.PERSIST) {
			throw new IllegalArgumentException("SET has no PERSIST option; omit the expiration instead");
		}
	}

	/**
	 * Writes unconditionally.
	 * @return the options
	 */
	public static SetOptions always() {
		return new SetOptions(Condition.ALWAYS, null);
	}

	/**
	 * Writes only if the key does not exist ({@code NX}).
	 * @return the options
	 */
	public static SetOptions ifMissing() {
		return new SetOptions(Condition.NX, null);
	}

	/**
	 * Writes only if the key exists ({@code XX}).
	 * @return the options
	 */
	public static SetOptions ifExists() {
		return new SetOptions(Condition.XX, null);
	}

	/**
	 * Returns a copy with an expiration.
	 * @param expiration the expiration
	 * @return new options
	 */
	public SetOptions expiration(Expiration expiration) {
		return new SetOptions(this.condition, Objects.requireNonNull(expiration, "expiration"));
	}

	/**
	 * Returns a copy that expires after whole seconds ({@code EX}).
	 * @param ttl whole seconds
	 * @return new options
	 */
	public SetOptions ex(Duration ttl) {
		return expiration(Expiration.ex(ttl));
	}

	/**
	 * Returns a copy that expires after milliseconds ({@code PX}).
	 * @param ttl whole milliseconds
	 * @return new options
	 */
	public SetOptions px(Duration ttl) {
		return expiration(Expiration.px(ttl));
	}

	/**
	 * Returns a copy that expires at a whole second ({@code EXAT}).
	 * @param at the instant
	 * @return new options
	 */
	public SetOptions exAt(Instant at) {
		return expiration(Expiration.exAt(at));
	}

	/**
	 * Returns a copy that expires at a millisecond ({@code PXAT}).
	 * @param at the instant
	 * @return new options
	 */
	public SetOptions pxAt(Instant at) {
		return expiration(Expiration.pxAt(at));
	}

	/**
	 * Returns a copy that keeps the key's current expiry ({@code KEEPTTL}).
	 * @return new options
	 */
	public SetOptions keepTtl() {
		return expiration(Expiration.keepTtl());
	}

}
