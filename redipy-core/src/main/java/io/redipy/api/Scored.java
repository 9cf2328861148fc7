package io.redipy.api;

import java.util.Objects;

/**
 * A member of a sorted set with its score, in the typed view ({@link TypedCommands}): the
 * generic form of {@link ScoredMember}.
 *
 * <p>
 * {@code equals} compares the member with its own {@code equals}: for {@code byte[]}
 * members that is identity, as for Spring's binary connection; compare
 * {@link java.util.Arrays#equals(byte[], byte[])} of the members instead.
 *
 * @param <V> the member type
 * @param member the member
 * @param score the score
 */
public record Scored<V>(V member, double score) {

	/**
	 * Validates the parts.
	 * @param member the member
	 * @param score the score
	 */
	public Scored {
		Objects.requireNonNull(member, "member");
	}

	/**
	 * Creates a scored member.
	 * @param <V> the member type
	 * @param member the member
	 * @param score the score
	 * @return the scored member
	 */
	public static <V> Scored<V> of(V member, double score) {
		return new Scored<>(member, score);
	}

}
