package io.redipy;

import org.jspecify.annotations.Nullable;

/**
 * The command's arguments were rejected (a syntax error, an index out of range, an
 * invalid expire time and the like).
 */
public class InvalidArgumentException extends CommandException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message Redis's error reply
	 * @param cause the driver's exception, if any
	 */
	public InvalidArgumentException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
