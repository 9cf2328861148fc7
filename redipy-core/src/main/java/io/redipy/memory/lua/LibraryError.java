package io.redipy.memory.lua;

/**
 * An error a library function raises, as Lua's {@code luaL_error} or
 * {@code luaL_argerror} raises it from C: thrown inside a {@link LibraryFunction} and
 * turned into the Lua error there (the position of the calling Lua code and, for an
 * argument, the function's name as the caller calls it are added then). The text holds
 * one byte per char (Latin-1).
 */
final class LibraryError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** {@link #argument} of an error raised without a position. */
	static final int RAW = -2;

	/**
	 * The argument's position for {@code luaL_argerror}, -1 for {@code luaL_error}, or
	 * {@link #RAW}.
	 */
	final int argument;

	/** The message ({@code luaL_error}) or the extra message ({@code luaL_argerror}). */
	final String text;

	private LibraryError(int argument, String text) {
		super(text, null, false, false);
		this.argument = argument;
		this.text = text;
	}

	/**
	 * An error as {@code luaL_error(L, text)} raises it.
	 * @param text the message, one byte per char
	 * @return the error
	 */
	static LibraryError error(String text) {
		return new LibraryError(-1, text);
	}

	/**
	 * An error as the Lua core raises it inside a C function ({@code luaG_runerror}, for
	 * example "table index is nil"): no position is added, since the running function is
	 * not Lua code.
	 * @param text the message, one byte per char
	 * @return the error
	 */
	static LibraryError raw(String text) {
		return new LibraryError(RAW, text);
	}

	/**
	 * An error as {@code luaL_argerror(L, argument, text)} raises it.
	 * @param argument the argument's position (0 is allowed, as C allows it)
	 * @param text the extra message, one byte per char
	 * @return the error
	 */
	static LibraryError argument(int argument, String text) {
		return new LibraryError(argument, text);
	}

}
