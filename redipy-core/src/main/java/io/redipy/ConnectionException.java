package io.redipy;

/**
 * The Redis backend could not reach its server, or the server did not answer in time.
 *
 * <p>
 * A command that fails this way may or may not have been applied by the server (the reply
 * was lost); a batch is either applied whole or not at all. The client keeps working once
 * the server is reachable again.
 */
public class ConnectionException extends RedipyException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message what failed (never a password)
	 * @param cause the driver's exception
	 */
	public ConnectionException(String message, Throwable cause) {
		super(message, cause);
	}

}
