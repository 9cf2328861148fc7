package io.redipy.api;

import java.util.List;
import java.util.Objects;

/**
 * Members taken from a sorted set with their scores: the reply of {@code ZMPOP} and
 * {@code BZMPOP}.
 *
 * @param key the key they came from
 * @param members the members, in the order they were popped
 */
public record KeyedScoredMembers(String key, List<ScoredMember> members) {

	/**
	 * Checks the key and freezes the members.
	 * @param key the key
	 * @param members the members
	 */
	public KeyedScoredMembers {
		Objects.requireNonNull(key, "key");
		members = List.copyOf(members);
	}

}
