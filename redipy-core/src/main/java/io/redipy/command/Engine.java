package io.redipy.command;

import java.net.SocketAddress;

/**
 * A command engine a server can carry: the memory store's Redis endpoint.
 */
public interface Engine {

	/**
	 * Opens a session for a new connection.
	 * @param output where the session's replies go
	 * @param peer the client's address, for {@code CLIENT LIST}
	 * @param local the address the client connected to
	 * @return the session
	 */
	Session open(Output output, SocketAddress peer, SocketAddress local);

	/**
	 * Returns whether clients must authenticate before they may run commands. A server
	 * binds an address other than loopback only for an engine that requires it, so that
	 * an unprotected store is never reachable from the network.
	 * @return {@code false} unless the engine checks passwords
	 */
	default boolean requiresAuthentication() {
		return false;
	}

	/**
	 * Does the engine's periodic work, which Redis does in its {@code serverCron} whether
	 * or not clients send commands: a server calls it about ten times a second (Redis's
	 * default {@code hz}) from one of its threads. The memory store's engine removes keys
	 * whose time has passed (Redis's active expiry), so that their {@code expired}
	 * notifications are sent even when no command touches them.
	 */
	default void cron() {
	}

}
