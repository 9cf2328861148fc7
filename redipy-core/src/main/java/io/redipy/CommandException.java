package io.redipy;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A command was rejected by Redis, or by the memory store acting as Redis.
 *
 * <p>
 * The message is Redis's own error reply (for example
 * {@code "WRONGTYPE Operation against a key holding the wrong kind of value"}); the
 * memory backend produces the same text. {@link #of(String)} maps an error reply to the
 * most specific subtype, so both backends share one mapping.
 */
public class CommandException extends RedipyException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception for an error reply.
	 * @param message Redis's error reply
	 */
	public CommandException(String message) {
		super(message);
	}

	/**
	 * Creates an exception for an error reply with the exception that carried it.
	 * @param message Redis's error reply
	 * @param cause the driver's exception
	 */
	public CommandException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

	/**
	 * Returns the error code of the reply: its first word, such as {@code ERR} or
	 * {@code WRONGTYPE}.
	 * @return the error code
	 */
	public String errorCode() {
		String message = getMessage();
		int space = message.indexOf(' ');
		return (space < 0) ? message : message.substring(0, space);
	}

	/**
	 * Maps a Redis error reply to the matching exception type.
	 * @param message the error reply, without the leading {@code -}
	 * @return the exception to throw
	 */
	public static CommandException of(String message) {
		return of(message, null);
	}

	/**
	 * Maps a Redis error reply to the matching exception type.
	 * @param message the error reply, without the leading {@code -}
	 * @param cause the driver's exception, if any
	 * @return the exception to throw
	 */
	public static CommandException of(String message, @Nullable Throwable cause) {
		if (message.startsWith("WRONGTYPE")) {
			return new WrongTypeException(message, cause);
		}
		String lower = message.toLowerCase(Locale.ROOT);
		if (lower.startsWith("err no such key")) {
			return new NoSuchKeyException(message, cause);
		}
		if (lower.contains("not an integer") || lower.contains("not a valid float") || lower.contains("not a float")
				|| lower.contains("would overflow") || lower.contains("nan or infinity")
				|| lower.contains("not a number")) {
			return new NotANumberException(message, cause);
		}
		if (lower.startsWith("err")) {
			return new InvalidArgumentException(message, cause);
		}
		return new CommandException(message, cause);
	}

}
