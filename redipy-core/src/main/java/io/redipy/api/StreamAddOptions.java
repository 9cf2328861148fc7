package io.redipy.api;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The options of {@code XADD}: the new entry's id ({@code *} for one from the clock,
 * {@code <ms>-*} for a sequence number from the stream, or an explicit id), whether a
 * missing stream is created, and a trim to apply after the add.
 *
 * @param id the id argument
 * @param mkStream whether a missing stream is created (else {@code NOMKSTREAM})
 * @param trim the trim, or null for none
 */
public record StreamAddOptions(String id, boolean mkStream, @Nullable StreamTrim trim) {

	private static final StreamAddOptions NONE = new StreamAddOptions("*", true, null);

	/**
	 * Checks the id.
	 * @param id the id
	 * @param mkStream whether missing streams are created
	 * @param trim the trim
	 */
	public StreamAddOptions {
		Objects.requireNonNull(id, "id");
	}

	/**
	 * No options: an id from the clock, the stream created if missing, no trim.
	 * @return the options
	 */
	public static StreamAddOptions none() {
		return NONE;
	}

	/**
	 * The same options with an id: explicit ({@code "5-1"}), {@code "5-*"} or
	 * {@code "*"}.
	 * @param id the id argument
	 * @return the options
	 */
	public StreamAddOptions id(String id) {
		return new StreamAddOptions(id, this.mkStream, this.trim);
	}

	/**
	 * The same options, leaving a missing stream missing ({@code NOMKSTREAM}; then
	 * {@code xadd} returns null).
	 * @return the options
	 */
	public StreamAddOptions noMkStream() {
		return new StreamAddOptions(this.id, false, this.trim);
	}

	/**
	 * The same options with a trim after the add.
	 * @param trim the trim
	 * @return the options
	 */
	public StreamAddOptions trim(StreamTrim trim) {
		return new StreamAddOptions(this.id, this.mkStream, Objects.requireNonNull(trim, "trim"));
	}

}
