package io.redipy.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.redipy.api.AutoClaim;
import io.redipy.api.HashEntry;
import io.redipy.api.KeyValue;
import io.redipy.api.KeyValues;
import io.redipy.api.KeyedScoredMember;
import io.redipy.api.KeyedScoredMembers;
import io.redipy.api.PendingEntry;
import io.redipy.api.ScanPage;
import io.redipy.api.ScoredMember;
import io.redipy.api.StreamConsumerInfo;
import io.redipy.api.StreamEntry;
import io.redipy.api.StreamFullInfo;
import io.redipy.api.StreamGroupInfo;
import io.redipy.api.StreamInfo;
import io.redipy.api.StreamPending;
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
	@SuppressWarnings("unchecked")
	static @Nullable Object of(@Nullable Object result) {
		// the common results that hold no text, before the chain of interface checks (a
		// Boolean went through every one: a quarter of a PFADD's time once the store held
		// a HyperLogLog's bytes)
		if (result == null || result instanceof Boolean || result instanceof Long || result instanceof Double) {
			return result;
		}
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
		if (result instanceof KeyValues popped) {
			List<?> values = list(popped.values());
			String key = RawText.toClient(popped.key());
			return (values == popped.values() && key == popped.key()) ? popped
					: new KeyValues(key, (List<String>) values);
		}
		if (result instanceof KeyedScoredMembers popped) {
			List<?> members = list(popped.members());
			String key = RawText.toClient(popped.key());
			return (members == popped.members() && key == popped.key()) ? popped
					: new KeyedScoredMembers(key, (List<ScoredMember>) members);
		}
		if (result instanceof ScanPage<?> page) {
			List<?> items = list(page.items());
			return (items == page.items()) ? page : new ScanPage<>(page.cursor(), items);
		}
		if (result instanceof Map.Entry<?, ?> pair) {
			Object key = of(pair.getKey());
			Object value = of(pair.getValue());
			return (key == pair.getKey() && value == pair.getValue()) ? pair : Map.entry(key, value);
		}
		return streams(result);
	}

	/** The stream replies: entries, claims and descriptions, with the names they hold. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static @Nullable Object streams(@Nullable Object result) {
		if (result instanceof StreamEntry<?, ?> entry) {
			if (entry.pairs() == null) {
				return entry;
			}
			List<?> pairs = list(entry.pairs());
			return (pairs == entry.pairs()) ? entry : new StreamEntry(entry.id(), pairs);
		}
		if (result instanceof AutoClaim<?> claim) {
			List<?> claimed = list(claim.claimed());
			return (claimed == claim.claimed()) ? claim : new AutoClaim(claim.nextStart(), claimed, claim.deleted());
		}
		if (result instanceof StreamPending pending) {
			Map<?, ?> consumers = map(pending.consumers());
			return (consumers == pending.consumers()) ? pending : new StreamPending(pending.count(), pending.lowest(),
					pending.highest(), (Map<String, Long>) consumers);
		}
		if (result instanceof PendingEntry entry) {
			return new PendingEntry(entry.id(), RawText.toClient(entry.consumer()), entry.idle(), entry.deliveries());
		}
		if (result instanceof StreamGroupInfo group) {
			return new StreamGroupInfo(RawText.toClient(group.name()), group.consumers(), group.pending(),
					group.lastDeliveredId(), group.entriesRead(), group.lag());
		}
		if (result instanceof StreamConsumerInfo consumer) {
			return new StreamConsumerInfo(RawText.toClient(consumer.name()), consumer.pending(), consumer.idle());
		}
		if (result instanceof StreamInfo<?, ?> info) {
			return new StreamInfo(info.length(), info.radixTreeKeys(), info.radixTreeNodes(), info.lastGeneratedId(),
					info.maxDeletedEntryId(), info.entriesAdded(), info.recordedFirstEntryId(), info.groups(),
					(StreamEntry) streams(info.firstEntry()), (StreamEntry) streams(info.lastEntry()));
		}
		if (result instanceof StreamFullInfo<?, ?> info) {
			List<StreamFullInfo.Group> groups = new ArrayList<>();
			for (StreamFullInfo.Group g : info.groups()) {
				List<StreamFullInfo.Pending> pending = new ArrayList<>();
				for (StreamFullInfo.Pending p : g.pending()) {
					pending.add(new StreamFullInfo.Pending(p.id(), RawText.toClient(p.consumer()), p.deliveryTime(),
							p.deliveryCount()));
				}
				List<StreamFullInfo.Consumer> consumers = new ArrayList<>();
				for (StreamFullInfo.Consumer c : g.consumers()) {
					consumers.add(new StreamFullInfo.Consumer(RawText.toClient(c.name()), c.seenTime(), c.pelCount(),
							c.pending()));
				}
				groups.add(new StreamFullInfo.Group(RawText.toClient(g.name()), g.lastDeliveredId(), g.entriesRead(),
						g.lag(), g.pelCount(), pending, consumers));
			}
			return new StreamFullInfo(info.length(), info.radixTreeKeys(), info.radixTreeNodes(),
					info.lastGeneratedId(), info.maxDeletedEntryId(), info.entriesAdded(), info.recordedFirstEntryId(),
					list(info.entries()), groups);
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
