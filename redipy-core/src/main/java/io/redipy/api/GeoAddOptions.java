package io.redipy.api;

import java.util.Objects;

/**
 * The options of {@code GEOADD}: whether members may be only added ({@code NX}) or only
 * updated ({@code XX}), and whether the reply counts changed members too ({@code CH}).
 * Immutable: {@code GeoAddOptions.none().nx().ch()}.
 *
 * @param existence {@code ANY}, {@code NX} or {@code XX}
 * @param changed whether to count updated members ({@code CH})
 */
public record GeoAddOptions(ZAddOptions.Existence existence, boolean changed) {

	private static final GeoAddOptions NONE = new GeoAddOptions(ZAddOptions.Existence.ANY, false);

	/**
	 * Validates the parts.
	 * @param existence the existence condition, not null
	 * @param changed whether to count updates
	 */
	public GeoAddOptions {
		Objects.requireNonNull(existence, "existence");
	}

	/**
	 * No options: add new members, update existing ones, count the added.
	 * @return the options
	 */
	public static GeoAddOptions none() {
		return NONE;
	}

	/**
	 * Only adds new members ({@code NX}).
	 * @return new options
	 */
	public GeoAddOptions nx() {
		return new GeoAddOptions(ZAddOptions.Existence.NX, this.changed);
	}

	/**
	 * Only updates existing members ({@code XX}).
	 * @return new options
	 */
	public GeoAddOptions xx() {
		return new GeoAddOptions(ZAddOptions.Existence.XX, this.changed);
	}

	/**
	 * Counts updated members too ({@code CH}).
	 * @return new options
	 */
	public GeoAddOptions ch() {
		return new GeoAddOptions(this.existence, true);
	}

}
