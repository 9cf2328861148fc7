package io.redipy;

import org.jspecify.annotations.Nullable;

/**
 * The command needs a key that does not exist (Redis's {@code ERR no such key}, e.g. from
 * {@code RENAME}).
 */
public class NoSuchKeyException extends CommandException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message Redis's error reply
	 * @param cause the driver's exception, if any
	 */
	public NoSuchKeyException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
