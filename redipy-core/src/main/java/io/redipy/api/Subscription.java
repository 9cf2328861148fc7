package io.redipy.api;

import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A live subscription to channels and glob patterns: Redis's {@code SUBSCRIBE} and
 * {@code PSUBSCRIBE} for one subscriber.
 *
 * <p>
 * Messages are buffered in a bounded queue ({@link PubSubCommands#DEFAULT_CAPACITY} by
 * default). When the queue is full, a new message is dropped and counted in
 * {@link #dropped()}: a slow subscriber never blocks publishers nor other subscribers.
 * Messages are either taken with {@link #poll(Duration)} or, when the subscription was
 * made with a {@link MessageListener}, handed to it on a delivery thread of its own.
 *
 * <p>
 * Each call that changes the subscription returns once the backend has confirmed it, so a
 * message published afterwards is received. Closing ends the subscription and wakes a
 * thread blocked in {@link #poll(Duration)}.
 */
public interface Subscription extends AutoCloseable {

	/**
	 * Adds channels.
	 * @param channels the channels (the client's key prefix is added)
	 */
	void subscribe(String... channels);

	/**
	 * Adds glob patterns.
	 * @param patterns the patterns (matched below the client's key prefix)
	 */
	void psubscribe(String... patterns);

	/**
	 * Removes channels; channels not subscribed are ignored.
	 * @param channels the channels
	 */
	void unsubscribe(String... channels);

	/**
	 * Removes patterns; patterns not subscribed are ignored.
	 * @param patterns the patterns
	 */
	void punsubscribe(String... patterns);

	/**
	 * Returns the channels subscribed to.
	 * @return the channels, without the key prefix
	 */
	Set<String> channels();

	/**
	 * Returns the patterns subscribed to.
	 * @return the patterns, as given
	 */
	Set<String> patterns();

	/**
	 * Takes the next message, waiting for one.
	 * @param timeout how long to wait; zero returns at once
	 * @return the message, or null when none came in time or the subscription is closed
	 * @throws IllegalStateException if the subscription delivers to a listener
	 */
	@Nullable Message poll(Duration timeout);

	/**
	 * Returns how many messages were dropped because the queue was full.
	 * @return the count
	 */
	long dropped();

	/**
	 * Returns whether the subscription is open.
	 * @return false once closed
	 */
	boolean isOpen();

	/**
	 * Unsubscribes from everything and stops delivery; messages still queued are
	 * discarded. Closing twice does nothing.
	 */
	@Override
	void close();

}
