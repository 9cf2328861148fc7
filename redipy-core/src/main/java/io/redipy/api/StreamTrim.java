package io.redipy.api;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How {@code XADD} and {@code XTRIM} trim a stream: to a length ({@code MAXLEN}) or to a
 * lowest id ({@code MINID}), exactly ({@code =}) or approximately ({@code ~}, whole nodes
 * only, as Redis does it), with an optional {@code LIMIT} on the entries removed
 * (approximate trimming only).
 *
 * @param maxLen the length to trim to (with {@link #minId()} null)
 * @param minId the lowest id to keep, or null when trimming by length
 * @param approx whether to trim only whole nodes ({@code ~})
 * @param limit the most entries to remove, 0 for Redis's default
 */
public record StreamTrim(long maxLen, @Nullable String minId, boolean approx, long limit) {

	/**
	 * Whether the trim is by id ({@code MINID}) rather than by length.
	 * @return true for {@code MINID}
	 */
	public boolean byId() {
		return this.minId != null;
	}

	/**
	 * Trims to at most a length ({@code MAXLEN = n}).
	 * @param maxLen the length (Redis refuses a negative one)
	 * @return the trim
	 */
	public static StreamTrim maxLen(long maxLen) {
		return new StreamTrim(maxLen, null, false, 0);
	}

	/**
	 * Removes the entries with ids below an id ({@code MINID = id}).
	 * @param minId the lowest id to keep
	 * @return the trim
	 */
	public static StreamTrim minId(String minId) {
		return new StreamTrim(0, Objects.requireNonNull(minId, "minId"), false, 0);
	}

	/**
	 * The same trim, approximate ({@code ~}): Redis removes only whole nodes of its
	 * internal layout, so a few more entries may stay.
	 * @return the trim
	 */
	public StreamTrim approximate() {
		return new StreamTrim(this.maxLen, this.minId, true, this.limit);
	}

	/**
	 * The same trim with a limit on the entries it removes ({@code LIMIT}; only with
	 * {@link #approximate()}, as Redis requires).
	 * @param limit the limit, 0 for none
	 * @return the trim
	 */
	public StreamTrim limit(long limit) {
		return new StreamTrim(this.maxLen, this.minId, this.approx, limit);
	}

}
