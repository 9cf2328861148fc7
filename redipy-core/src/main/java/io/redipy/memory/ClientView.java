package io.redipy.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.redipy.api.HashEntry;
import io.redipy.api.KeyValue;
import io.redipy.api.KeyedScoredMember;
import io.redipy.api.ScanPage;
import io.redipy.api.ScoredMember;
import io.redipy.script.ir.RawText;
import org.jspecify.annotations.Nullable;

/**
 * Turns results in store form (see {@link Strings}) into what the {@code String} API
 * returns: the UTF-8 view, in which bytes that are not UTF-8 read as U+FFFD, as Lettuce's
 * and Spring's string codecs decode them from a real Redis. Only needed once the store
 * holds such bytes ({@link Keyspace#holdsRaw()}); results that hold none come back as
 * they are, without a copy.
 */
final class ClientView {

	private ClientView() {
	}

	/**
	 * Returns a result as the {@code String} API shows it.
	 * @param result a command's result (or a batch's failed outcome, returned as is)
	 * @return the same object when nothing in it changes, else a converted copy
	 */
	static @Nullable Object of(@Nullable Object result) {
		if (result instanceof String text) {
			return RawText.toClient(text);
		}
		if (result instanceof List<?> list) {
			return list(list);
		}
		if (result instanceof Set<?> set) {
			List<?> items = new ArrayList<>(set);
			List<?> converted = list(items);
			return (converted == items) ? set : new LinkedHashSet<>(converted);
		}
		if (result instanceof Map<?, ?> map) {
			return map(map);
		}
		if (result instanceof ScoredMember member) {
			String text = RawText.toClient(member.member());
			return (text == member.member()) ? member : new ScoredMember(text, member.score());
		}
		if (result instanceof HashEntry entry) {
			String field = RawText.toClient(entry.field());
			String value = RawText.toClient(entry.value());
			return (field == entry.field() && value == entry.value()) ? entry : new HashEntry(field, value);
		}
		if (result instanceof KeyValue pair) {
			String key = RawText.toClient(pair.key());
			String value = RawText.toClient(pair.value());
			return (key == pair.key() && value == pair.value()) ? pair : new KeyValue(key, value);
		}
		if (result instanceof KeyedScoredMember keyed) {
			String key = RawText.toClient(keyed.key());
			String member = RawText.toClient(keyed.member());
			return (key == keyed.key() && member == keyed.member()) ? keyed
					: new KeyedScoredMember(key, member, keyed.score());
		}
		if (result instanceof ScanPage<?> page) {
			List<?> items = list(page.items());
			return (items == page.items()) ? page : new ScanPage<>(page.cursor(), items);
		}
		return result;
	}

	private static List<?> list(List<?> list) {
		List<@Nullable Object> copy = null;
		for (int i = 0; i < list.size(); i++) {
			Object item = list.get(i);
			Object converted = of(item);
			if (converted != item && copy == null) {
				copy = new ArrayList<>(list);
			}
			if (copy != null) {
				copy.set(i, converted);
			}
		}
		return (copy != null) ? copy : list;
	}

	private static Map<?, ?> map(Map<?, ?> map) {
		boolean changes = false;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			changes |= of(entry.getKey()) != entry.getKey() || of(entry.getValue()) != entry.getValue();
		}
		if (!changes) {
			return map;
		}
		// distinct fields may read alike once their bytes are replaced: the last one
		// wins,
		// as in a map a client builds from Redis's reply
		Map<@Nullable Object, @Nullable Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> copy.put(of(key), of(value)));
		return copy;
	}

}
