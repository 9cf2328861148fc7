package io.redipy;

/**
 * Root of every exception that redipy throws for a failed command, on every backend.
 *
 * <p>
 * Both backends throw the same subtype, with the same message, for the same failure: a
 * {@link CommandException} when Redis (or the memory store acting as Redis) rejects a
 * command, a {@link ConnectionException} when the Redis backend cannot reach its server.
 * Client-side misuse of the API (a {@code null} key, an impossible argument) is reported
 * with the standard {@link NullPointerException} or {@link IllegalArgumentException}
 * before anything is sent or changed.
 */
public class RedipyException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception with a message.
	 * @param message what went wrong
	 */
	public RedipyException(String message) {
		super(message);
	}

	/**
	 * Creates an exception with a message and a cause.
	 * @param message what went wrong
	 * @param cause the underlying failure, if any
	 */
	public RedipyException(String message, Throwable cause) {
		super(message, cause);
	}

}
