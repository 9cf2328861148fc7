package io.redipy.api;

/**
 * The options of {@code XREAD} and {@code XREADGROUP}: how many entries to read per
 * stream at most ({@code COUNT}, 0 for no limit) and, for a group, whether the entries
 * read are left out of the pending list ({@code NOACK}). How long to wait is a parameter
 * of the blocking forms ({@link BlockingCommands#xreadBlock}).
 *
 * @param count the most entries per stream, 0 for no limit
 * @param withoutAck whether a group read leaves the entries out of the pending list
 */
public record StreamReadOptions(long count, boolean withoutAck) {

	private static final StreamReadOptions NONE = new StreamReadOptions(0, false);

	/**
	 * No limit, and group reads add to the pending list.
	 * @return the options
	 */
	public static StreamReadOptions none() {
		return NONE;
	}

	/**
	 * The same options with a limit per stream ({@code COUNT}).
	 * @param count the limit, 0 for none (Redis reads a negative one as 0)
	 * @return the options
	 */
	public StreamReadOptions count(long count) {
		return new StreamReadOptions(count, this.withoutAck);
	}

	/**
	 * The same options, with group reads acknowledged at once ({@code NOACK}).
	 * @return the options
	 */
	public StreamReadOptions noAck() {
		return new StreamReadOptions(this.count, true);
	}

}
