package io.redipy.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.jspecify.annotations.Nullable;

/**
 * A protocol-neutral form of replies, for comparing ours with a live server's: strings
 * (simple or bulk), longs, doubles, booleans, null, lists (arrays), {@link NSet}s,
 * {@link NMap}s and {@link Err}ors; rendered canonically (sets and maps sorted) by
 * {@link #render(Object)}.
 */
final class Neutral {

	private Neutral() {
	}

	/** A RESP3 set. */
	record NSet(List<@Nullable Object> elements) {
	}

	/** A RESP3 map. */
	record NMap(Map<Object, @Nullable Object> entries) {

		static NMap of(List<@Nullable Object> keysAndValues) {
			Map<Object, @Nullable Object> entries = new LinkedHashMap<>();
			for (int i = 0; i < keysAndValues.size(); i += 2) {
				entries.put(String.valueOf(keysAndValues.get(i)), keysAndValues.get(i + 1));
			}
			return new NMap(entries);
		}

	}

	/** An error reply. */
	record Err(String message) {
	}

	static List<byte[]> bytes(String... argv) {
		List<byte[]> bytes = new ArrayList<>();
		for (String arg : argv) {
			bytes.add(arg.getBytes(StandardCharsets.UTF_8));
		}
		return bytes;
	}

	/**
	 * Converts our reply as a RESP3 client sees it, or (protocol 2) with the scalars a
	 * RESP2 client gets (maps and sets keep their kind, see {@link #guided}).
	 */
	static @Nullable Object of(Reply reply, int protocol) {
		if (reply instanceof Reply.Simple simple) {
			return simple.text();
		}
		if (reply instanceof Reply.Error error) {
			return new Err(error.message());
		}
		if (reply instanceof Reply.Int integer) {
			return integer.value();
		}
		if (reply instanceof Reply.Bulk bulk) {
			return new String(bulk.bytes(), StandardCharsets.UTF_8);
		}
		if (reply instanceof Reply.Null) {
			return null;
		}
		if (reply instanceof Reply.Array array) {
			return all(array.elements(), protocol);
		}
		if (reply instanceof Reply.Texts texts) {
			return all(texts.asArray().elements(), protocol);
		}
		if (reply instanceof Reply.Push push) {
			return all(push.elements(), protocol);
		}
		if (reply instanceof Reply.Set set) {
			return new NSet(all(set.elements(), protocol));
		}
		if (reply instanceof Reply.Map map) {
			return NMap.of(all(map.keysAndValues(), protocol));
		}
		if (reply instanceof Reply.Bool bool) {
			return (protocol == 2) ? (Object) (bool.value() ? 1L : 0L) : bool.value();
		}
		if (reply instanceof Reply.Double number) {
			if (protocol == 2 && number.text() != null) {
				return number.text();
			}
			return (protocol == 2) ? io.redipy.api.Numbers.formatDouble(number.value()) : number.value();
		}
		if (reply instanceof Reply.BigNumber big) {
			return big.digits();
		}
		if (reply instanceof Reply.Verbatim verbatim) {
			return new String(verbatim.text(), StandardCharsets.UTF_8);
		}
		throw new IllegalArgumentException(String.valueOf(reply));
	}

	private static List<@Nullable Object> all(List<Reply> replies, int protocol) {
		List<@Nullable Object> values = new ArrayList<>();
		for (Reply reply : replies) {
			values.add(of(reply, protocol));
		}
		return values;
	}

	/**
	 * Reads a RESP2 value with the shape of a RESP3 one as a guide: where the guide has a
	 * map, the flat array is read as keys and values; where it has a set, as a set (its
	 * elements guided by the guide's first element).
	 */
	static @Nullable Object guided(@Nullable Object resp2, @Nullable Object guide) {
		if (guide instanceof NMap map && resp2 instanceof List<?> flat && flat.size() % 2 == 0) {
			Map<Object, @Nullable Object> entries = new LinkedHashMap<>();
			for (int i = 0; i < flat.size(); i += 2) {
				Object key = String.valueOf(flat.get(i));
				entries.put(key, guided(flat.get(i + 1), map.entries().get(key)));
			}
			return new NMap(entries);
		}
		if (guide instanceof NSet set && resp2 instanceof List<?> list) {
			Object first = set.elements().isEmpty() ? null : set.elements().get(0);
			List<@Nullable Object> elements = new ArrayList<>();
			for (Object element : list) {
				elements.add(guided(element, first));
			}
			return new NSet(elements);
		}
		if (guide instanceof List<?> guides && resp2 instanceof List<?> list) {
			List<@Nullable Object> elements = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				Object elementGuide = (i < guides.size()) ? guides.get(i) : null;
				// entries named by their first element (subcommands) may come in another
				// order
				if (list.get(i) instanceof List<?> entry && !entry.isEmpty() && entry.get(0) instanceof String name) {
					for (Object candidate : guides) {
						if (candidate instanceof List<?> named && !named.isEmpty() && name.equals(named.get(0))) {
							elementGuide = candidate;
						}
					}
				}
				elements.add(guided(list.get(i), elementGuide));
			}
			return elements;
		}
		return resp2;
	}

	/**
	 * Returns a copy without the map entries a predicate drops (at any depth), and
	 * without the set or list elements another drops.
	 */
	static @Nullable Object without(@Nullable Object value, BiPredicate<Object, @Nullable Object> dropEntry,
			java.util.function.Predicate<@Nullable Object> dropElement) {
		if (value instanceof NMap map) {
			Map<Object, @Nullable Object> entries = new LinkedHashMap<>();
			map.entries().forEach((key, entry) -> {
				if (!dropEntry.test(key, entry)) {
					entries.put(key, without(entry, dropEntry, dropElement));
				}
			});
			return new NMap(entries);
		}
		if (value instanceof NSet set) {
			return new NSet(elements(set.elements(), dropEntry, dropElement));
		}
		if (value instanceof List<?> list) {
			return elements(list, dropEntry, dropElement);
		}
		return value;
	}

	private static List<@Nullable Object> elements(List<?> list, BiPredicate<Object, @Nullable Object> dropEntry,
			java.util.function.Predicate<@Nullable Object> dropElement) {
		List<@Nullable Object> kept = new ArrayList<>();
		for (Object element : list) {
			if (!dropElement.test(element)) {
				kept.add(without(element, dropEntry, dropElement));
			}
		}
		return kept;
	}

	/**
	 * Renders a value canonically: sets and maps sorted, so equal content reads equal.
	 */
	static String render(@Nullable Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			return "\"" + text + "\"";
		}
		if (value instanceof NSet set) {
			return "~" + sorted(set.elements().stream().map(Neutral::render).toList());
		}
		if (value instanceof NMap map) {
			List<String> entries = new ArrayList<>();
			map.entries().forEach((key, entry) -> entries.add(render(key) + ": " + render(entry)));
			return "%{" + String.join(", ", sorted(entries)) + "}";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Neutral::render).toList().toString();
		}
		if (value instanceof Err err) {
			return "-" + err.message();
		}
		return String.valueOf(value);
	}

	private static List<String> sorted(List<String> texts) {
		List<String> copy = new ArrayList<>(texts);
		copy.sort(Comparator.naturalOrder());
		return copy;
	}

	static Set<String> keysOf(NMap map) {
		Set<String> keys = new java.util.TreeSet<>();
		map.entries().keySet().forEach((key) -> keys.add(String.valueOf(key)));
		return keys;
	}

}
