package io.redipy.command;

/**
 * Where a {@link Session} sends what it has to say to its client; implemented by the
 * server that carries the session. Thread-safe: a blocked command's reply comes from the
 * thread that served it.
 */
public interface Output {

	/**
	 * Sends a reply. Replies reach the client in the order they are sent; a command sends
	 * one reply (or, like {@code SUBSCRIBE a b}, one per argument), at once or, when it
	 * blocks, later.
	 * @param reply the reply
	 */
	void reply(Reply reply);

	/**
	 * Sends a message that answers no command: a pub/sub message, or a keyspace event. A
	 * RESP3 client reads it as a push; a RESP2 client, which is in subscriber mode then,
	 * as an array.
	 * @param message the message
	 */
	void push(Reply.Push message);

	/**
	 * Closes the connection once the replies sent so far are written ({@code QUIT},
	 * {@code CLIENT KILL}, a protocol error).
	 */
	void close();

	/**
	 * Runs a task on the connection's own thread, after what that thread is doing: how a
	 * blocked command's reply, made on the thread that served it, comes back to its
	 * session. A server with event loops runs it there; this default runs it at once,
	 * which a session also accepts.
	 * @param task the task
	 */
	default void execute(Runnable task) {
		task.run();
	}

}
