package io.redipy.api;

/**
 * Receives the messages of a {@link Subscription}, one at a time, on the subscription's
 * own delivery thread (never while a backend holds a lock). An exception it throws is
 * logged and delivery goes on with the next message.
 */
@FunctionalInterface
public interface MessageListener {

	/**
	 * Handles one message.
	 * @param message the message
	 */
	void onMessage(Message message);

}
