package io.redipy.command;

/**
 * One client connection's state in a command engine: its protocol, its selected database,
 * its transaction, its subscriptions and its blocked command. A server makes one per
 * connection and hands it each command it decodes, in order.
 */
public interface Session {

	/**
	 * Runs one command; its replies go to the session's {@link Output}. A command that
	 * blocks replies later; the session holds back the commands that arrive meanwhile and
	 * runs them, in order, once it replied.
	 * @param args the command name and its arguments, as the client sent them
	 */
	void execute(byte[][] args);

	/**
	 * Returns the protocol the session's replies are written in: 2 until the client sent
	 * {@code HELLO 3}. A server reads it before it writes each reply; {@code HELLO}'s own
	 * reply is already in the protocol it chose.
	 * @return 2 or 3
	 */
	int protocol();

	/**
	 * Returns whether the session is blocked and holds back further commands: a server
	 * may stop reading the client's input until a reply comes, so that a client that
	 * pipelines behind a blocked command cannot make the server buffer without bound.
	 * @return whether input should wait
	 */
	boolean paused();

	/**
	 * Returns whether the client has authenticated (or needs not): until then a server
	 * refuses requests of more than 10 arguments or arguments over 16 KB, as Redis does,
	 * so that an unauthenticated peer cannot make it buffer much.
	 * @return whether the client may send large requests
	 */
	default boolean authenticated() {
		return true;
	}

	/**
	 * Ends the session because its connection closed: its blocked command, its
	 * subscriptions and its transaction end without a reply.
	 */
	void close();

}
