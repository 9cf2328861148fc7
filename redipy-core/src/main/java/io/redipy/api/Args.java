package io.redipy.api;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Argument checks that every backend makes before a command runs, so that misuse fails
 * the same way everywhere (and never aborts a whole Redis transaction).
 */
public final class Args {

	private Args() {
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
			Objects.requireNonNull(value, name + " must not contain null");
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
			Objects.requireNonNull(value, name + " must not contain null");
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
		values.forEach((k, v) -> {
			Objects.requireNonNull(k, name + " must not contain a null key");
			Objects.requireNonNull(v, name + " must not contain a null value");
		});
		if (values.isEmpty()) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
		return values;
	}

}
