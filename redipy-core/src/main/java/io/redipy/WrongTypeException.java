package io.redipy;

import org.jspecify.annotations.Nullable;

/**
 * The key holds a value of another type than the command works on (Redis's
 * {@code WRONGTYPE} error).
 */
public class WrongTypeException extends CommandException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message Redis's error reply
	 * @param cause the driver's exception, if any
	 */
	public WrongTypeException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
