package io.redipy.script.ir;

/**
 * The texts of the errors the script language itself raises, the same on both backends
 * (the Lua prelude is generated from these).
 */
public final class ScriptErrors {

	/** An integer result outside ±(2^53 - 1), which Lua's numbers cannot hold exactly. */
	public static final String INTEGER_OUT_OF_RANGE = "integer out of range (beyond 2^53 - 1)";

	/** Division or modulo by zero. */
	public static final String DIVISION_BY_ZERO = "division by zero";

	/** A list index outside the list. */
	public static final String INDEX_OUT_OF_RANGE = "list index out of range";

	/** A double that is not finite where a finite one is needed. */
	public static final String NOT_FINITE = "number is not finite";

	/** A null where a value was asserted. */
	public static final String NULL_VALUE = "value is null";

	/** JSON text that is not of the type it is read as. */
	public static final String JSON_MISMATCH = "json does not match the type";

	/**
	 * A script of the memory backend that ran past its time limit (Redis would keep
	 * running it and answer other clients BUSY).
	 */
	public static final String TIME_LIMIT = "script ran past its time limit and was stopped (effects so far stay)";

	/**
	 * A command call with more arguments than {@link #MAX_COMMAND_ARGUMENTS} (Lua's
	 * {@code unpack} has a limit; the memory backend applies the same one).
	 */
	public static final String TOO_MANY_ARGUMENTS = "too many command arguments";

	/** The most arguments (with the command's name) a command in a script may have. */
	public static final int MAX_COMMAND_ARGUMENTS = 7000;

	/** Redis's error for a command called from a script with too few arguments. */
	public static final String WRONG_ARITY = "ERR Wrong number of args calling Redis command from script";

	/** The largest integer a script holds exactly. */
	public static final long MAX_INTEGER = (1L << 53) - 1;

	private ScriptErrors() {
	}

}
