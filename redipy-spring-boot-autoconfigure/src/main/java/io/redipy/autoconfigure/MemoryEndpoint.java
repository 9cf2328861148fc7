package io.redipy.autoconfigure;

import io.redipy.server.RedipyServer;

/**
 * The memory store's Redis endpoint in a Spring application: a RESP2/RESP3 server on
 * loopback that serves the same store as the application's
 * {@link io.redipy.RedipyClient}, and that Spring Boot's Redis auto-configuration (and so
 * {@code RedisTemplate}, the Redis cache, Spring Session) connects to on the memory
 * backend. Clients must give its password, which is generated at every start unless
 * {@code redipy.memory.server.password} sets one, and which this type never shows: the
 * connection details that Boot's connection factory reads carry it.
 *
 * <p>
 * Closing the application context closes the endpoint and frees its port.
 */
public final class MemoryEndpoint implements AutoCloseable {

	private static final String HOST = "127.0.0.1";

	private final RedipyServer server;

	private final String password;

	private final boolean generatedPassword;

	MemoryEndpoint(RedipyServer server, String password, boolean generatedPassword) {
		this.server = server;
		this.password = password;
		this.generatedPassword = generatedPassword;
	}

	/**
	 * Returns the host the endpoint listens on: always the loopback address.
	 * @return {@code 127.0.0.1}
	 */
	public String host() {
		return HOST;
	}

	/**
	 * Returns the port the endpoint listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.port();
	}

	/**
	 * Returns whether the password was generated at this start (rather than configured).
	 * @return whether it was generated
	 */
	public boolean generatedPassword() {
		return this.generatedPassword;
	}

	/** The server behind the port, for the in-process door. */
	RedipyServer server() {
		return this.server;
	}

	/** The password, for the connection details only. */
	String password() {
		return this.password;
	}

	/**
	 * Stops the endpoint: it closes its connections and frees the port.
	 */
	@Override
	public void close() {
		this.server.close();
	}

	@Override
	public String toString() {
		return "MemoryEndpoint[" + HOST + ":" + port() + "]";
	}

}
