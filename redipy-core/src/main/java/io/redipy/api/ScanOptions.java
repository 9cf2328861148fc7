package io.redipy.api;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@code SCAN}, {@code HSCAN}, {@code SSCAN} and {@code ZSCAN}: a glob pattern
 * ({@code MATCH}), a work hint ({@code COUNT}) and, for {@code SCAN} only, a key type
 * ({@code TYPE}).
 *
 * @param match the glob pattern, or {@code null} for all
 * @param count the number of elements to look at per call, or {@code null} for Redis's
 * default (10)
 * @param type the key type to keep, or {@code null} for all; {@code SCAN} only
 */
public record ScanOptions(@Nullable String match, @Nullable Long count, @Nullable KeyType type) {

	private static final ScanOptions ALL = new ScanOptions(null, null, null);

	/**
	 * Validates the options.
	 * @param match the pattern
	 * @param count the count hint
	 * @param type the type filter
	 */
	public ScanOptions {
		if (count != null && count < 1) {
			throw new IllegalArgumentException("count must be positive, was " + count);
		}
		if (type == KeyType.NONE) {
			throw new IllegalArgumentException("type NONE matches no key");
		}
	}

	/**
	 * Returns options that match everything.
	 * @return the options
	 */
	public static ScanOptions all() {
		return ALL;
	}

	/**
	 * Returns options that keep the keys or elements matching a glob pattern.
	 * @param pattern a Redis glob pattern ({@code * ? [abc] [^a] [a-z] \x})
	 * @return the options
	 */
	public static ScanOptions match(String pattern) {
		return new ScanOptions(java.util.Objects.requireNonNull(pattern, "pattern"), null, null);
	}

	/**
	 * Returns a copy with a count hint.
	 * @param count how many elements to look at per call
	 * @return new options
	 */
	public ScanOptions withCount(long count) {
		return new ScanOptions(this.match, count, this.type);
	}

	/**
	 * Returns a copy that keeps only keys of a type ({@code SCAN} only).
	 * @param type the key type
	 * @return new options
	 */
	public ScanOptions withType(KeyType type) {
		return new ScanOptions(this.match, this.count, java.util.Objects.requireNonNull(type, "type"));
	}

}
