package io.redipy.api;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Publish/subscribe messaging ({@code PUBLISH}, {@code SUBSCRIBE}, {@code PSUBSCRIBE}),
 * and Redis 7.0's sharded pub/sub ({@code SPUBLISH}, {@code SSUBSCRIBE}).
 *
 * <p>
 * On a Redis Cluster, {@code PUBLISH} goes to one node, which forwards the message to the
 * subscribers of every other node a moment later; its count is that node's subscribers
 * only, as Redis counts. A shard channel lives on the node of its slot instead, as a key
 * does: {@code SPUBLISH} reaches that node's subscribers only, and scales with the
 * cluster.
 *
 * <p>
 * Channels live in the same namespace as keys: the client's key prefix is added to every
 * channel, and patterns match only channels below the prefix, so applications that share
 * a Redis through prefixes do not hear each other. Received messages carry the channel
 * without the prefix.
 */
public interface PubSubCommands {

	/** How many messages a subscription buffers before it drops new ones. */
	int DEFAULT_CAPACITY = 10_000;

	/**
	 * Publishes a message ({@code PUBLISH}).
	 * @param channel the channel
	 * @param message the message
	 * @return how many subscriptions received it (one per matching channel subscription
	 * and one per matching pattern, as Redis counts)
	 */
	long publish(String channel, String message);

	/**
	 * Publishes a message on a shard channel ({@code SPUBLISH}).
	 * @param shardChannel the shard channel
	 * @param message the message
	 * @return how many subscribers received it
	 */
	long spublish(String shardChannel, String message);

	/**
	 * Subscribes to shard channels; messages are taken with
	 * {@link Subscription#poll(Duration)}.
	 * @param shardChannels the shard channels, in one slot on a cluster (see
	 * {@link Subscription#ssubscribe(String...)})
	 * @return the subscription, confirmed
	 */
	default Subscription ssubscribe(String... shardChannels) {
		return adding(subscribe(null, DEFAULT_CAPACITY), (s) -> s.ssubscribe(shardChannels));
	}

	/**
	 * Subscribes to shard channels with a listener.
	 * @param listener receives every message on the subscription's delivery thread
	 * @param shardChannels the shard channels, in one slot on a cluster
	 * @return the subscription, confirmed
	 */
	default Subscription ssubscribe(MessageListener listener, String... shardChannels) {
		return adding(subscribe(Objects.requireNonNull(listener, "listener"), DEFAULT_CAPACITY),
				(s) -> s.ssubscribe(shardChannels));
	}

	/**
	 * Subscribes to channels; messages are taken with
	 * {@link Subscription#poll(Duration)}.
	 * @param channels the channels (none is allowed: add some later)
	 * @return the subscription, confirmed
	 */
	default Subscription subscribe(String... channels) {
		return subscribe(null, DEFAULT_CAPACITY, channels);
	}

	/**
	 * Subscribes to channels with a listener.
	 * @param listener receives every message on the subscription's delivery thread
	 * @param channels the channels
	 * @return the subscription, confirmed
	 */
	default Subscription subscribe(MessageListener listener, String... channels) {
		return subscribe(Objects.requireNonNull(listener, "listener"), DEFAULT_CAPACITY, channels);
	}

	/**
	 * Subscribes to glob patterns with a listener.
	 * @param listener receives every message on the subscription's delivery thread
	 * @param patterns the patterns
	 * @return the subscription, confirmed
	 */
	default Subscription psubscribe(MessageListener listener, String... patterns) {
		return adding(subscribe(Objects.requireNonNull(listener, "listener"), DEFAULT_CAPACITY),
				(s) -> s.psubscribe(patterns));
	}

	/**
	 * Subscribes to glob patterns; messages are taken with
	 * {@link Subscription#poll(Duration)}.
	 * @param patterns the patterns
	 * @return the subscription, confirmed
	 */
	default Subscription psubscribe(String... patterns) {
		return adding(subscribe(null, DEFAULT_CAPACITY), (s) -> s.psubscribe(patterns));
	}

	/** Adds to a new subscription, which is closed if that fails. */
	private static Subscription adding(Subscription subscription, java.util.function.Consumer<Subscription> add) {
		try {
			add.accept(subscription);
			return subscription;
		}
		catch (RuntimeException ex) {
			subscription.close();
			throw ex;
		}
	}

	/**
	 * Subscribes to channels with a given queue capacity.
	 * @param listener receives every message, or null to take them with
	 * {@link Subscription#poll(Duration)}
	 * @param capacity how many messages to buffer before dropping new ones (at least 1)
	 * @param channels the channels (none is allowed)
	 * @return the subscription, confirmed
	 */
	Subscription subscribe(@Nullable MessageListener listener, int capacity, String... channels);

	/**
	 * Waits until a condition holds, checking it once at the start and again after every
	 * message on a channel (the notify side publishes after making the condition true),
	 * and at least once a second in case a notification was lost (Redis pub/sub does not
	 * redeliver across a reconnect). The subscription is made before the first check, so
	 * a notification sent in between is not missed.
	 * @param channel the channel that announces changes
	 * @param condition the condition, for example that a key exists
	 * @param timeout how long to wait at most
	 * @return whether the condition held before the timeout passed
	 */
	default boolean waitFor(String channel, BooleanSupplier condition, Duration timeout) {
		Objects.requireNonNull(condition, "condition");
		long deadline = System.nanoTime() + Objects.requireNonNull(timeout, "timeout").toNanos();
		try (Subscription subscription = subscribe(channel)) {
			while (true) {
				if (condition.getAsBoolean()) {
					return true;
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				subscription.poll(Duration.ofNanos(Math.min(left, TimeUnit.SECONDS.toNanos(1))));
			}
		}
	}

}
