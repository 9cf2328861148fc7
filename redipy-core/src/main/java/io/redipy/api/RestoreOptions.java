package io.redipy.api;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The options of {@code RESTORE}: an expiry, relative ({@code ttl}) or absolute
 * ({@code ABSTTL}); whether to replace an existing key ({@code REPLACE}); and the idle
 * time ({@code IDLETIME}) or access frequency ({@code FREQ}) an eviction policy reads.
 *
 * <p>
 * Immutable: start from {@link #none()}, {@link #ttl(Duration)} or
 * {@link #expireAt(Instant)} and add with the withers, e.g.
 * {@code RestoreOptions.ttl(Duration.ofMinutes(5)).replacing()}. Values Redis would
 * refuse (a negative time, a frequency outside 0 to 255, both an idle time and a
 * frequency) are refused here with {@link IllegalArgumentException}, on every backend
 * alike.
 *
 * @param ttl the time to live from now, whole milliseconds, or null
 * @param expireAt the instant the key expires, a whole millisecond, or null; an instant
 * already past restores nothing (and with {@code replace} deletes the existing key), as
 * Redis does
 * @param replace whether an existing key is replaced (else RESTORE fails with Redis's
 * {@code BUSYKEY} error)
 * @param idleTime the idle time to record, whole seconds, or null (the memory backend
 * tracks no idle time and ignores it)
 * @param frequency the access frequency to record (0 to 255), or null (the memory backend
 * tracks no frequency and ignores it)
 */
public record RestoreOptions(@Nullable Duration ttl, @Nullable Instant expireAt, boolean replace,
		@Nullable Duration idleTime, @Nullable Integer frequency) {

	private static final RestoreOptions NONE = new RestoreOptions(null, null, false, null, null);

	/**
	 * Validates the options.
	 * @param ttl the time to live, or null
	 * @param expireAt the expiry instant, or null
	 * @param replace whether to replace
	 * @param idleTime the idle time, or null
	 * @param frequency the frequency, or null
	 * @throws IllegalArgumentException for values Redis refuses, or both a ttl and an
	 * instant, or both an idle time and a frequency
	 */
	public RestoreOptions {
		if (ttl != null && expireAt != null) {
			throw new IllegalArgumentException("a ttl or an expiry instant, not both");
		}
		if (idleTime != null && frequency != null) {
			throw new IllegalArgumentException("Redis takes an idle time or a frequency, not both");
		}
		if (ttl != null && (ttl.isNegative() || Durations.wholeMillis(ttl, "ttl") < 0)) {
			throw new IllegalArgumentException("ttl " + ttl + " is negative");
		}
		if (expireAt != null && Durations.epochMillis(expireAt, "expireAt") < 0) {
			throw new IllegalArgumentException("expireAt " + expireAt + " is before the epoch");
		}
		if (idleTime != null && (idleTime.isNegative() || Durations.wholeSeconds(idleTime, "idleTime") < 0)) {
			throw new IllegalArgumentException("idleTime " + idleTime + " is negative");
		}
		if (frequency != null && (frequency < 0 || frequency > 255)) {
			throw new IllegalArgumentException("frequency " + frequency + " is not between 0 and 255");
		}
	}

	/**
	 * No expiry, no replacing.
	 * @return the options
	 */
	public static RestoreOptions none() {
		return NONE;
	}

	/**
	 * An expiry after a time to live.
	 * @param ttl whole milliseconds, not negative; zero means no expiry, as in Redis
	 * @return the options
	 */
	public static RestoreOptions ttl(Duration ttl) {
		return NONE.withTtl(ttl);
	}

	/**
	 * An expiry at an instant ({@code ABSTTL}).
	 * @param at a whole millisecond after the epoch
	 * @return the options
	 */
	public static RestoreOptions expireAt(Instant at) {
		return NONE.withExpireAt(at);
	}

	/**
	 * These options with a time to live instead of any expiry set before.
	 * @param ttl whole milliseconds, not negative
	 * @return the options
	 */
	public RestoreOptions withTtl(Duration ttl) {
		return new RestoreOptions(java.util.Objects.requireNonNull(ttl, "ttl"), null, this.replace, this.idleTime,
				this.frequency);
	}

	/**
	 * These options with an expiry instant instead of any expiry set before.
	 * @param at a whole millisecond after the epoch
	 * @return the options
	 */
	public RestoreOptions withExpireAt(Instant at) {
		return new RestoreOptions(null, java.util.Objects.requireNonNull(at, "at"), this.replace, this.idleTime,
				this.frequency);
	}

	/**
	 * These options, replacing an existing key ({@code REPLACE}).
	 * @return the options
	 */
	public RestoreOptions replacing() {
		return withReplace(true);
	}

	/**
	 * These options with {@code REPLACE} on or off.
	 * @param replace whether to replace an existing key
	 * @return the options
	 */
	public RestoreOptions withReplace(boolean replace) {
		return new RestoreOptions(this.ttl, this.expireAt, replace, this.idleTime, this.frequency);
	}

	/**
	 * These options with an idle time ({@code IDLETIME}) instead of a frequency.
	 * @param idleTime whole seconds, not negative
	 * @return the options
	 */
	public RestoreOptions withIdleTime(Duration idleTime) {
		return new RestoreOptions(this.ttl, this.expireAt, this.replace,
				java.util.Objects.requireNonNull(idleTime, "idleTime"), null);
	}

	/**
	 * These options with an access frequency ({@code FREQ}) instead of an idle time.
	 * @param frequency 0 to 255
	 * @return the options
	 */
	public RestoreOptions withFrequency(int frequency) {
		return new RestoreOptions(this.ttl, this.expireAt, this.replace, null, frequency);
	}

	/**
	 * The TTL argument: milliseconds from now, or since the epoch with {@code ABSTTL}; 0
	 * for none.
	 * @return the argument
	 */
	public long ttlArgument() {
		if (this.ttl != null) {
			return Durations.wholeMillis(this.ttl, "ttl");
		}
		return (this.expireAt != null) ? Durations.epochMillis(this.expireAt, "expireAt") : 0;
	}

	/**
	 * Whether the TTL argument is absolute ({@code ABSTTL}).
	 * @return whether an expiry instant is set
	 */
	public boolean absolute() {
		return this.expireAt != null;
	}

}
