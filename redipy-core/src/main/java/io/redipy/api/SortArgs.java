package io.redipy.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@code SORT} and {@code SORT_RO}: what to sort by ({@code BY}), which part
 * to return ({@code LIMIT}), what to return for each element ({@code GET}), the order
 * ({@code ASC}/{@code DESC}) and whether to compare as strings ({@code ALPHA}).
 *
 * <p>
 * Patterns name keys: the first {@code *} stands for the element, and {@code key*->field}
 * reads a hash field; {@code #} in a {@code GET} is the element itself. A {@code BY}
 * pattern without {@code *} (such as {@code nosort}) means "do not sort" (lists and
 * sorted sets keep their order, which {@code DESC} reverses). With a key prefix, patterns
 * with a {@code *} get the prefix; {@code #} and patterns without {@code *} do not. Redis
 * Cluster refuses a {@code BY} pattern with {@code *} and every {@code GET}.
 *
 * @param by the {@code BY} pattern, or null to sort by the elements themselves
 * @param offset the first element to return ({@code LIMIT}'s offset; 0 for the first)
 * @param count how many to return ({@code LIMIT}'s count; negative for all)
 * @param get the {@code GET} patterns in order (empty to return the elements)
 * @param desc whether to sort from the largest
 * @param alpha whether to compare as byte strings instead of numbers
 */
public record SortArgs(@Nullable String by, long offset, long count, List<String> get, boolean desc, boolean alpha) {

	private static final SortArgs NONE = new SortArgs(null, 0, -1, List.of(), false, false);

	/**
	 * Copies the patterns.
	 * @param by the BY pattern or null
	 * @param offset the offset
	 * @param count the count
	 * @param get the GET patterns
	 * @param desc whether descending
	 * @param alpha whether by bytes
	 */
	public SortArgs {
		get = List.copyOf(get);
	}

	/**
	 * Returns the default options: numbers, ascending, every element.
	 * @return the options
	 */
	public static SortArgs none() {
		return NONE;
	}

	/**
	 * Returns options that sort by the keys a pattern names ({@code BY pattern}).
	 * @param pattern the pattern
	 * @return the options
	 */
	public static SortArgs by(String pattern) {
		return NONE.withBy(pattern);
	}

	/**
	 * Returns options that do not sort ({@code BY nosort}): a list or sorted set in its
	 * order (reversed with {@link #descending()}).
	 * @return the options
	 */
	public static SortArgs noSort() {
		return NONE.withBy("nosort");
	}

	/**
	 * Returns a copy with a {@code BY} pattern.
	 * @param pattern the pattern
	 * @return new options
	 */
	public SortArgs withBy(String pattern) {
		return new SortArgs(Objects.requireNonNull(pattern, "pattern"), this.offset, this.count, this.get, this.desc,
				this.alpha);
	}

	/**
	 * Returns a copy with a {@code LIMIT}.
	 * @param offset the first element to return
	 * @param count how many (negative for all)
	 * @return new options
	 */
	public SortArgs withLimit(long offset, long count) {
		return new SortArgs(this.by, offset, count, this.get, this.desc, this.alpha);
	}

	/**
	 * Returns a copy with more {@code GET} patterns after those it has.
	 * @param patterns the patterns ({@code #} for the element)
	 * @return new options
	 */
	public SortArgs withGet(String... patterns) {
		List<String> all = new ArrayList<>(this.get);
		for (String pattern : patterns) {
			all.add(Objects.requireNonNull(pattern, "pattern"));
		}
		return new SortArgs(this.by, this.offset, this.count, all, this.desc, this.alpha);
	}

	/**
	 * Returns a copy that sorts from the largest ({@code DESC}).
	 * @return new options
	 */
	public SortArgs descending() {
		return new SortArgs(this.by, this.offset, this.count, this.get, true, this.alpha);
	}

	/**
	 * Returns a copy that sorts from the smallest ({@code ASC}).
	 * @return new options
	 */
	public SortArgs ascending() {
		return new SortArgs(this.by, this.offset, this.count, this.get, false, this.alpha);
	}

	/**
	 * Returns a copy that compares as byte strings ({@code ALPHA}).
	 * @return new options
	 */
	public SortArgs withAlpha() {
		return new SortArgs(this.by, this.offset, this.count, this.get, this.desc, true);
	}

	/**
	 * Returns whether the options carry a {@code LIMIT} (an offset other than 0 or a
	 * count of at least 0).
	 * @return whether they do
	 */
	public boolean limited() {
		return this.offset != 0 || this.count >= 0;
	}

}
