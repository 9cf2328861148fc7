package io.redipy.memory;

import io.redipy.CommandException;

/**
 * Redis's error replies, word for word, so the memory store fails as Redis fails.
 */
final class Errors {

	static final String WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value";

	static final String NOT_INTEGER = "ERR value is not an integer or out of range";

	static final String NOT_FLOAT = "ERR value is not a valid float";

	static final String OVERFLOW = "ERR increment or decrement would overflow";

	static final String NAN_OR_INFINITY = "ERR increment would produce NaN or Infinity";

	static final String NO_SUCH_KEY = "ERR no such key";

	static final String INDEX_OUT_OF_RANGE = "ERR index out of range";

	static final String SYNTAX = "ERR syntax error";

	static final String STRING_TOO_LONG = "ERR string exceeds maximum allowed size (proto-max-bulk-len)";

	static final String OFFSET_OUT_OF_RANGE = "ERR offset is out of range";

	static final String HASH_NOT_INTEGER = "ERR hash value is not an integer";

	static final String HASH_NOT_FLOAT = "ERR hash value is not a float";

	static final String MUST_BE_POSITIVE = "ERR value is out of range, must be positive";

	static final String LPOS_RANK_ZERO = "ERR RANK can't be zero: use 1 to start from the first match, "
			+ "2 from the second ... or use negative to start from the end of the list";

	static final String LPOS_COUNT_NEGATIVE = "ERR COUNT can't be negative";

	static final String LPOS_MAXLEN_NEGATIVE = "ERR MAXLEN can't be negative";

	static final String VALUE_NAN_OR_INFINITY = "ERR value is NaN or Infinity";

	static final String OUT_OF_RANGE = "ERR value is out of range";

	/** A count outside {@code -LONG_MAX..LONG_MAX} (HRANDFIELD, SRANDMEMBER). */
	static final String COUNT_OUT_OF_RANGE = "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807";

	static final String LIMIT_NEGATIVE = "ERR LIMIT can't be negative";

	static final String ZADD_XX_NX = "ERR XX and NX options at the same time are not compatible";

	static final String ZADD_GT_LT_NX = "ERR GT, LT, and/or NX options at the same time are not compatible";

	static final String SCORE_NAN = "ERR resulting score is not a number (NaN)";

	static final String WEIGHT_NOT_FLOAT = "ERR weight value is not a float";

	static final String WITHSCORES_BYLEX = "ERR syntax error, WITHSCORES not supported in combination with BYLEX";

	private Errors() {
	}

	static CommandException error(String message) {
		return CommandException.of(message);
	}

	static CommandException wrongType() {
		return CommandException.of(WRONGTYPE);
	}

	static CommandException invalidExpireTime(String command) {
		return CommandException.of("ERR invalid expire time in '" + command + "' command");
	}

}
