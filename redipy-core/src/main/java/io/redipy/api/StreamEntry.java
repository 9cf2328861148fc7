package io.redipy.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a stream: its id and its field-value pairs, in the order they were added.
 * Redis keeps repeated fields, so the pairs are a list; {@link #fields()} gives them as a
 * map. A consumer group's history may name an entry that was deleted while it was
 * pending: then the pairs are {@code null} ({@link #deleted()}).
 *
 * @param <F> the type of the field names (String in the {@code String} API)
 * @param <V> the type of the values
 * @param id the entry's id, such as {@code "1700000000000-0"}
 * @param pairs the field-value pairs, or {@code null} for an entry that no longer exists
 */
public record StreamEntry<F, V>(String id, @Nullable List<Map.Entry<F, V>> pairs) {

	/**
	 * Checks the id and freezes the pairs.
	 * @param id the id
	 * @param pairs the pairs, or null
	 */
	public StreamEntry {
		Objects.requireNonNull(id, "id");
		pairs = (pairs != null) ? List.copyOf(pairs) : null;
	}

	/**
	 * An entry with pairs from a map, in its iteration order.
	 * @param <F> the field type
	 * @param <V> the value type
	 * @param id the id
	 * @param fields the fields and values
	 * @return the entry
	 */
	public static <F, V> StreamEntry<F, V> of(String id, Map<F, V> fields) {
		List<Map.Entry<F, V>> pairs = new ArrayList<>(fields.size());
		fields.forEach((field, value) -> pairs.add(Map.entry(field, value)));
		return new StreamEntry<>(id, pairs);
	}

	/**
	 * Whether the entry was deleted while it was pending in a consumer group (only
	 * {@code XREADGROUP} history reads return such entries).
	 * @return true if the entry has no pairs
	 */
	public boolean deleted() {
		return this.pairs == null;
	}

	/**
	 * The fields and values as a map in their order; a field given twice keeps its last
	 * value (see {@link #pairs()} for all of them).
	 * @return an unmodifiable map, empty for a deleted entry
	 */
	public Map<F, V> fields() {
		if (this.pairs == null) {
			return Map.of();
		}
		Map<F, V> fields = new LinkedHashMap<>();
		for (Map.Entry<F, V> pair : this.pairs) {
			fields.put(pair.getKey(), pair.getValue());
		}
		return Collections.unmodifiableMap(fields);
	}

	/**
	 * The value of a field (its last value if it is given twice).
	 * @param field the field
	 * @return the value, or null if the entry has no such field
	 */
	public @Nullable V get(F field) {
		V found = null;
		if (this.pairs != null) {
			for (Map.Entry<F, V> pair : this.pairs) {
				if (pair.getKey().equals(field)) {
					found = pair.getValue();
				}
			}
		}
		return found;
	}

}
