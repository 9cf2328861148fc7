package io.redipy;

import org.jspecify.annotations.Nullable;

/**
 * A value or argument is not a number, is out of range, or an operation would overflow or
 * produce NaN or infinity (e.g. Redis's
 * {@code ERR value is not an integer or out of range}).
 */
public class NotANumberException extends CommandException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message Redis's error reply
	 * @param cause the driver's exception, if any
	 */
	public NotANumberException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
