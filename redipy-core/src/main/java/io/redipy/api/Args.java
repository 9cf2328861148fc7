package io.redipy.api;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks that every backend makes before a command runs, so that misuse fails
 * the same way everywhere (and never aborts a whole Redis transaction).
 */
public final class Args {

	private Args() {
	}

	/**
	 * Checks a key prefix: not {@code null} and well-formed Unicode. A lone surrogate has
	 * no UTF-8 encoding (an encoder writes {@code '?'} instead, a glob wildcard), so such
	 * a prefix would not name the keys it seems to.
	 * @param keyPrefix the prefix
	 * @return the prefix
	 * @throws IllegalArgumentException if the prefix holds a lone surrogate
	 */
	public static String keyPrefix(String keyPrefix) {
		Objects.requireNonNull(keyPrefix, "keyPrefix");
		for (int i = 0; i < keyPrefix.length(); i++) {
			char c = keyPrefix.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < keyPrefix.length()
					&& Character.isLowSurrogate(keyPrefix.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				throw new IllegalArgumentException(
						"keyPrefix must be well-formed Unicode, but has a lone surrogate at index " + i);
			}
		}
		return keyPrefix;
	}

	/**
	 * Checks that an array and its elements are not {@code null} and that it has at least
	 * one element.
	 * @param <T> the element type
	 * @param values the array
	 * @param name the argument's name for messages
	 * @return the array
	 */
	@SafeVarargs
	public static <T> T[] some(String name, T... values) {
		all(name, values);
		if (values.length == 0) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
		return values;
	}

	/**
	 * Checks that an array and its elements are not {@code null}.
	 * @param <T> the element type
	 * @param values the array
	 * @param name the argument's name for messages
	 * @return the array
	 */
	@SafeVarargs
	public static <T> T[] all(String name, T... values) {
		Objects.requireNonNull(values, name);
		for (T value : values) {
			notNull(value, name);
		}
		return values;
	}

	/**
	 * Checks that a collection and its elements are not {@code null} and that it is not
	 * empty.
	 * @param <C> the collection type
	 * @param values the collection
	 * @param name the argument's name for messages
	 * @return the collection
	 */
	public static <C extends Collection<?>> C some(String name, C values) {
		Objects.requireNonNull(values, name);
		for (Object value : values) {
			notNull(value, name);
		}
		if (values.isEmpty()) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
		return values;
	}

	/**
	 * Checks that a map, its keys and its values are not {@code null} and that it is not
	 * empty.
	 * @param <M> the map type
	 * @param values the map
	 * @param name the argument's name for messages
	 * @return the map
	 */
	public static <M extends Map<String, String>> M some(String name, M values) {
		Objects.requireNonNull(values, name);
		for (Map.Entry<String, String> entry : values.entrySet()) {
			if (entry.getKey() == null) {
				throw new NullPointerException(name + " must not contain a null key");
			}
			if (entry.getValue() == null) {
				throw new NullPointerException(name + " must not contain a null value");
			}
		}
		if (values.isEmpty()) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
		return values;
	}

	/**
	 * Checks one element; the message is made only when it is thrown, as these checks run
	 * on every call.
	 */
	private static void notNull(@Nullable Object value, String name) {
		if (value == null) {
			throw new NullPointerException(name + " must not contain null");
		}
	}

}
