package io.redipy.script.ir;

/**
 * The built-in functions of the script language, defined the same on both backends.
 * String positions count characters (Unicode code points), so that no operation can cut a
 * character in two; the Redis commands ({@code STRLEN}, {@code GETRANGE}) count bytes. In
 * bytes that are not valid UTF-8, each byte but a continuation byte starts a character
 * (see {@link RawText}).
 */
public enum Builtin {

	/** Length of a string in characters (code points). */
	STRLEN,
	/**
	 * Characters {@code [start, end)} of a string, both clamped to {@code [0, length]}.
	 */
	SUBSTRING,
	/**
	 * Index of the first plain occurrence of a needle at or after a byte index, or -1.
	 */
	FIND,
	/** An integer as decimal text. */
	INT_TO_STRING,
	/**
	 * A double as the shortest text that reads back as the same double ({@code %.17g} at
	 * most).
	 */
	DOUBLE_TO_STRING,
	/** Decimal text as an integer, or null ({@code -?[0-9]+} within ±(2^53 - 1)). */
	PARSE_INTEGER,
	/** Decimal text as a finite double, or null ({@code -?d+(.d+)?(e[+-]?d+)?}). */
	PARSE_DOUBLE,
	/** An integer as a double. */
	INT_TO_DOUBLE,
	/** A double truncated toward zero; an error outside ±(2^53 - 1). */
	DOUBLE_TO_INT,
	/** Number of elements of a list or entries of a map. */
	SIZE,
	/** Element of a list at an index (negative from the end); an error out of range. */
	GET,
	/** Value of a map at a key, or null. */
	GET_KEY,
	/** Whether a list contains a value (deep equality). */
	CONTAINS,
	/** Whether a map has a key. */
	HAS_KEY,
	/** The keys of a map, in UTF-8 byte order. */
	KEYS,
	/** The server's time in milliseconds since the epoch. */
	TIME,
	/** The member of a scored member. */
	MEMBER,
	/** The score of a scored member. */
	SCORE,
	/** The value itself, or an error if it is null. */
	NON_NULL,
	/** A value as JSON text (map keys in UTF-8 byte order, doubles as {@code %.17g}). */
	JSON_ENCODE,
	/**
	 * JSON text as a value of the call's type; an error if the text is not JSON of that
	 * type.
	 */
	JSON_DECODE

}
