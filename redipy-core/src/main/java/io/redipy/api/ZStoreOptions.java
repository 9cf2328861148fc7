package io.redipy.api;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@code ZUNIONSTORE} and {@code ZINTERSTORE}: a weight per input key
 * ({@code WEIGHTS}) and how scores combine ({@code AGGREGATE}).
 *
 * @param weights one weight per input key, or {@code null} for all 1
 * @param aggregate how the scores of a member combine
 */
public record ZStoreOptions(@Nullable List<Double> weights, Aggregate aggregate) {

	private static final ZStoreOptions NONE = new ZStoreOptions(null, Aggregate.SUM);

	/** How scores combine. */
	public enum Aggregate {

		/** The sum (default). */
		SUM,
		/** The least. */
		MIN,
		/** The greatest. */
		MAX

	}

	/**
	 * Copies the weights.
	 * @param weights the weights
	 * @param aggregate the aggregate
	 */
	public ZStoreOptions {
		weights = (weights != null) ? List.copyOf(weights) : null;
		Objects.requireNonNull(aggregate, "aggregate");
	}

	/**
	 * Returns the default options.
	 * @return the options
	 */
	public static ZStoreOptions none() {
		return NONE;
	}

	/**
	 * Returns a copy with weights.
	 * @param weights one weight per input key
	 * @return new options
	 */
	public ZStoreOptions weights(double... weights) {
		return new ZStoreOptions(java.util.Arrays.stream(weights).boxed().toList(), this.aggregate);
	}

	/**
	 * Returns a copy with an aggregate.
	 * @param aggregate how scores combine
	 * @return new options
	 */
	public ZStoreOptions aggregate(Aggregate aggregate) {
		return new ZStoreOptions(this.weights, aggregate);
	}

}
