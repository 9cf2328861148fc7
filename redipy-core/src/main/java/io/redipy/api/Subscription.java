package io.redipy.api;

import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A live subscription to channels, glob patterns and shard channels: Redis's
 * {@code SUBSCRIBE}, {@code PSUBSCRIBE} and {@code SSUBSCRIBE} for one subscriber.
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
	 * Adds shard channels (Redis 7.0's sharded pub/sub): they receive what
	 * {@link PubSubCommands#spublish(String, String)} sends, and are apart from the
	 * channels of the same name. On a Redis Cluster a shard channel lives on the node of
	 * its slot, as a key does, so messages stay on that node; one call's channels must
	 * share a slot (else {@link io.redipy.CrossSlotException}, also on the memory backend
	 * with cluster rules), and channels of other slots take calls of their own.
	 * @param shardChannels the shard channels (the client's key prefix is added)
	 */
	void ssubscribe(String... shardChannels);

	/**
	 * Removes shard channels; shard channels not subscribed are ignored.
	 * @param shardChannels the shard channels
	 */
	void sunsubscribe(String... shardChannels);

	/**
	 * Returns the shard channels subscribed to.
	 * @return the shard channels, without the key prefix
	 */
	Set<String> shardChannels();

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
