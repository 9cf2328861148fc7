package io.redipy.api;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The options of {@code XCLAIM}: the claimed entries' idle time ({@code IDLE}) or last
 * delivery time ({@code TIME}), their delivery count ({@code RETRYCOUNT}), whether ids
 * missing from the pending list are claimed too ({@code FORCE}), and a group's last id to
 * move forward to ({@code LASTID}).
 *
 * @param idle the idle time to set, or null
 * @param time the delivery time to set, or null
 * @param retryCount the delivery count to set, or -1 to leave it
 * @param forced whether entries that are in the stream but not pending are claimed
 * @param lastId the group's new last id if larger than its own, or null
 */
public record ClaimOptions(@Nullable Duration idle, @Nullable Instant time, long retryCount, boolean forced,
		@Nullable String lastId) {

	private static final ClaimOptions NONE = new ClaimOptions(null, null, -1, false, null);

	/**
	 * No options: the claimed entries' idle time restarts and their delivery count grows
	 * by one.
	 * @return the options
	 */
	public static ClaimOptions none() {
		return NONE;
	}

	/**
	 * The same options with the claimed entries' idle time ({@code IDLE}).
	 * @param idle the idle time, whole milliseconds
	 * @return the options
	 */
	public ClaimOptions idle(Duration idle) {
		return new ClaimOptions(idle, this.time, this.retryCount, this.forced, this.lastId);
	}

	/**
	 * The same options with the claimed entries' last delivery time ({@code TIME}).
	 * @param time the time, whole milliseconds
	 * @return the options
	 */
	public ClaimOptions time(Instant time) {
		return new ClaimOptions(this.idle, time, this.retryCount, this.forced, this.lastId);
	}

	/**
	 * The same options with the claimed entries' delivery count ({@code RETRYCOUNT}).
	 * @param retryCount the count
	 * @return the options
	 */
	public ClaimOptions retryCount(long retryCount) {
		return new ClaimOptions(this.idle, this.time, retryCount, this.forced, this.lastId);
	}

	/**
	 * The same options, also claiming entries of the stream that are not pending
	 * ({@code FORCE}).
	 * @return the options
	 */
	public ClaimOptions force() {
		return new ClaimOptions(this.idle, this.time, this.retryCount, true, this.lastId);
	}

	/**
	 * The same options with the group's last id moved forward to an id ({@code LASTID}).
	 * @param lastId the id
	 * @return the options
	 */
	public ClaimOptions lastId(String lastId) {
		return new ClaimOptions(this.idle, this.time, this.retryCount, this.forced, lastId);
	}

}
