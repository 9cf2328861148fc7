package io.redipy;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The Redis backend could not reach its server, the server did not answer in time, or it
 * refused the connection's credentials; {@link #reason()} tells which.
 *
 * <p>
 * A command that fails this way may or may not have been applied by the server (the reply
 * was lost); a batch is either applied whole or not at all. The client keeps working once
 * the server is reachable again.
 */
public class ConnectionException extends RedipyException {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	/**
	 * Creates the exception for a failure of no particular {@link Reason}.
	 * @param message what failed (never a password)
	 * @param cause the driver's exception
	 */
	public ConnectionException(String message, @Nullable Throwable cause) {
		this(message, Reason.OTHER, cause);
	}

	/**
	 * Creates the exception.
	 * @param message what failed (never a password)
	 * @param reason why the connection failed
	 * @param cause the driver's exception
	 */
	public ConnectionException(String message, Reason reason, @Nullable Throwable cause) {
		super(message, cause);
		this.reason = Objects.requireNonNull(reason, "reason");
	}

	/**
	 * Returns why the connection failed, so that a caller can say what to change: the
	 * credentials, the TLS settings, the host name, or whether the server runs at all.
	 * @return the reason, never {@code null}
	 */
	public Reason reason() {
		return this.reason;
	}

	/** Why a connection to the server failed. */
	public enum Reason {

		/**
		 * The server refused the credentials, or asked for some that were not sent
		 * ({@code WRONGPASS}, {@code NOAUTH}).
		 */
		AUTHENTICATION,
		/**
		 * The TLS handshake failed (for example TLS against a plain port, or an untrusted
		 * certificate).
		 */
		TLS,
		/** The host name could not be resolved. */
		UNKNOWN_HOST,
		/** Nothing accepted the connection at the address (connection refused). */
		REFUSED,
		/**
		 * The server did not answer, or the connection was not made, within the timeout.
		 */
		TIMEOUT,
		/** Any other failure, such as a connection closed by the server. */
		OTHER

	}

}
