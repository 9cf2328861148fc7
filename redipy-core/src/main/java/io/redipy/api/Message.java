package io.redipy.api;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A message received by a {@link Subscription}.
 *
 * @param channel the channel it was published to (without the client's key prefix)
 * @param pattern the pattern it matched, for a pattern subscription; null for a channel
 * subscription
 * @param message the message
 * @param sharded whether it came on a shard channel ({@code SPUBLISH} to a channel the
 * subscription {@linkplain Subscription#ssubscribe(String...) shard-subscribed} to),
 * which is apart from the channels of the same name
 */
public record Message(String channel, @Nullable String pattern, String message, boolean sharded) {

	/**
	 * Validates the parts.
	 * @param channel the channel
	 * @param pattern the pattern, or null
	 * @param message the message
	 * @param sharded whether it came on a shard channel
	 */
	public Message {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(message, "message");
		if (sharded && pattern != null) {
			throw new IllegalArgumentException("a shard channel's message matches no pattern");
		}
	}

	/**
	 * A message of a channel or pattern subscription.
	 * @param channel the channel
	 * @param pattern the pattern, or null
	 * @param message the message
	 */
	public Message(String channel, @Nullable String pattern, String message) {
		this(channel, pattern, message, false);
	}

}
