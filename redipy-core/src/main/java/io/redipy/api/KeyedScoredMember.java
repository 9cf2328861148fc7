package io.redipy.api;

import java.util.Objects;

/**
 * A sorted-set member popped by a blocking command, with the key it came from.
 *
 * @param key the key (without the client's prefix)
 * @param member the member
 * @param score its score
 */
public record KeyedScoredMember(String key, String member, double score) {

	/**
	 * Validates the parts.
	 * @param key the key
	 * @param member the member
	 * @param score its score
	 */
	public KeyedScoredMember {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(member, "member");
	}

}
