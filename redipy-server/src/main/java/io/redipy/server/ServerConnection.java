package io.redipy.server;

/**
 * A client connection that {@link RedipyServer#connect(Transport)} opened on a transport
 * another module brings: the transport tells it, on the transport's thread, what
 * happened.
 */
public interface ServerConnection {

	/**
	 * Bytes arrived: the connection reads them with {@link Transport#read}, runs the
	 * commands they complete and writes the replies.
	 */
	void readable();

	/** The transport takes output again: the connection offers what it kept. */
	void writable();

	/** The peer is gone: the connection closes and its session ends. */
	void disconnected();

}
