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

	static final String OUT_OF_RANGE = "ERR value is out of range";

	static final String ZADD_XX_NX = "ERR XX and NX options at the same time are not compatible";

	static final String ZADD_GT_LT_NX = "ERR GT, LT, and/or NX options at the same time are not compatible";

	static final String SCORE_NAN = "ERR resulting score is not a number (NaN)";

	static final String WEIGHT_NOT_FLOAT = "ERR weight value is not a float";

	static final String WITHSCORES_BYLEX = "ERR syntax error, WITHSCORES not supported in combination with BYLEX";

	static final String RANDOM_COUNT_RANGE = "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807";

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
