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
 */
public record Message(String channel, @Nullable String pattern, String message) {

	/**
	 * Validates the parts.
	 * @param channel the channel
	 * @param pattern the pattern, or null
	 * @param message the message
	 */
	public Message {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(message, "message");
	}

}
