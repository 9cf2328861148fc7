package io.redipy.api;

import java.util.Objects;

/**
 * A member of a sorted set with its score.
 *
 * @param member the member
 * @param score the score
 */
public record ScoredMember(String member, double score) {

	/**
	 * Validates the parts.
	 * @param member the member
	 * @param score the score
	 */
	public ScoredMember {
		Objects.requireNonNull(member, "member");
	}

	/**
	 * Creates a scored member.
	 * @param member the member
	 * @param score the score
	 * @return the scored member
	 */
	public static ScoredMember of(String member, double score) {
		return new ScoredMember(member, score);
	}

}
