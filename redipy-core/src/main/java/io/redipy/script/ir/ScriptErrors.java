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

	/** The largest integer a script holds exactly. */
	public static final long MAX_INTEGER = (1L << 53) - 1;

	private ScriptErrors() {
	}

}
