package io.redipy.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import org.jspecify.annotations.Nullable;

/**
 * Commands on sets, as Redis 7.0 runs them.
 */
final class SetOps {

	/** The set algebra operations. */
	enum Kind {

		INTER, UNION, DIFF

	}

	private SetOps() {
	}

	static long sadd(Db db, String key, String[] members) {
		SetValue set = db.getOrCreate(key, SetValue.class, SetValue::new);
		long added = 0;
		for (String member : members) {
			if (set.add(member)) {
				added++;
			}
		}
		if (added > 0) {
			db.notify(KeyEvents.SET, "sadd", key);
		}
		return added;
	}

	static long srem(Db db, String key, String[] members) {
		SetValue set = db.get(key, SetValue.class);
		if (set == null) {
			return 0;
		}
		long removed = 0;
		for (String member : members) {
			if (set.remove(member)) {
				removed++;
			}
		}
		if (removed > 0) {
			db.notifyAndDeleteIfEmpty(KeyEvents.SET, "srem", key, set.size());
		}
		return removed;
	}

	static List<Boolean> smismember(Db db, String key, String[] members) {
		SetValue set = db.read(key, SetValue.class);
		List<Boolean> answers = new ArrayList<>(members.length);
		for (String member : members) {
			answers.add(set != null && set.contains(member));
		}
		return answers;
	}

	static long scard(Db db, String key) {
		SetValue set = db.read(key, SetValue.class);
		return (set != null) ? set.size() : 0;
	}

	static Set<String> smembers(Db db, String key) {
		SetValue set = db.read(key, SetValue.class);
		return (set != null) ? set.toSet() : new LinkedHashSet<>();
	}

	static Set<String> spop(Db db, String key, long count) {
		// Redis checks the count before it looks at the key
		if (count < 0) {
			throw Errors.error(Errors.MUST_BE_POSITIVE);
		}
		SetValue set = db.get(key, SetValue.class);
		if (set == null || count == 0) {
			return new LinkedHashSet<>();
		}
		if (count >= set.size()) {
			// Redis replies with the union of the one set: a new set, an intset if it can
			// be
			Set<String> all = new SetValue(set.toList()).toSet();
			db.notifyAndDeleteIfEmpty(KeyEvents.SET, "spop", key, 0);
			return all;
		}
		Set<String> popped = new LinkedHashSet<>();
		for (int i = 0; i < count; i++) {
			String member = set.random(db.random);
			set.remove(member);
			popped.add(member);
		}
		db.notify(KeyEvents.SET, "spop", key);
		return popped;
	}

	static List<String> srandmember(Db db, String key, long count) {
		if (count == Long.MIN_VALUE) {
			throw Errors.error(Errors.COUNT_OUT_OF_RANGE);
		}
		SetValue set = db.read(key, SetValue.class);
		List<String> picked = new ArrayList<>();
		if (set == null || count == 0) {
			return picked;
		}
		int size = set.size();
		if (count < 0) {
			// repeats allowed: exactly |count| picks
			for (long i = 0; i < -count; i++) {
				picked.add(set.random(db.random));
			}
			return picked;
		}
		if (count >= size) {
			// unlike SPOP, Redis lists the set itself
			return set.toList();
		}
		for (int index : HashOps.distinctIndexes(db, size, (int) count)) {
			picked.add(set.at(index));
		}
		return picked;
	}

	static boolean smove(Db db, String source, String destination, String member) {
		// as Redis: a missing source answers 0 before any type check
		if (!db.exists(source)) {
			return false;
		}
		SetValue from = db.get(source, SetValue.class);
		SetValue to = db.get(destination, SetValue.class);
		if (source.equals(destination)) {
			return from.contains(member);
		}
		if (!from.remove(member)) {
			return false;
		}
		db.notifyAndDeleteIfEmpty(KeyEvents.SET, "srem", source, from.size());
		if (to == null) {
			to = db.getOrCreate(destination, SetValue.class, SetValue::new);
		}
		if (to.add(member)) {
			db.notify(KeyEvents.SET, "sadd", destination);
		}
		return true;
	}

	/** Looks up every key (missing ones as {@code null}), failing on any other type. */
	private static List<@Nullable SetValue> lookup(Db db, String[] keys) {
		List<@Nullable SetValue> sets = new ArrayList<>(keys.length);
		for (String key : keys) {
			sets.add(db.read(key, SetValue.class));
		}
		return sets;
	}

	/** SINTER/SUNION/SDIFF into a new set value (not stored). */
	static SetValue combine(Db db, Kind kind, String[] keys) {
		List<@Nullable SetValue> sets = lookup(db, keys);
		return switch (kind) {
			case INTER -> intersect(sets, 0);
			case UNION -> {
				SetValue result = new SetValue();
				for (SetValue set : sets) {
					if (set != null) {
						for (int i = 0; i < set.size(); i++) {
							result.add(set.at(i));
						}
					}
				}
				yield result;
			}
			case DIFF -> {
				SetValue result = new SetValue();
				SetValue first = sets.get(0);
				if (first == null) {
					yield result;
				}
				for (int i = 0; i < first.size(); i++) {
					String member = first.at(i);
					boolean elsewhere = false;
					for (int j = 1; j < sets.size() && !elsewhere; j++) {
						SetValue other = sets.get(j);
						elsewhere = other != null && other.contains(member);
					}
					if (!elsewhere) {
						result.add(member);
					}
				}
				yield result;
			}
		};
	}

	/** The intersection, stopping at {@code limit} members unless it is 0. */
	private static SetValue intersect(List<@Nullable SetValue> sets, long limit) {
		SetValue result = new SetValue();
		SetValue smallest = null;
		for (SetValue set : sets) {
			if (set == null) {
				return result;
			}
			if (smallest == null || set.size() < smallest.size()) {
				smallest = set;
			}
		}
		for (int i = 0; i < smallest.size(); i++) {
			String member = smallest.at(i);
			boolean everywhere = true;
			for (SetValue set : sets) {
				if (set != smallest && !set.contains(member)) {
					everywhere = false;
					break;
				}
			}
			if (everywhere) {
				result.add(member);
				if (limit != 0 && result.size() >= limit) {
					break;
				}
			}
		}
		return result;
	}

	static long store(Db db, String destination, Kind kind, String[] keys) {
		SetValue result = combine(db, kind, keys);
		if (result.size() == 0) {
			if (db.delete(destination)) {
				db.notify(KeyEvents.GENERIC, "del", destination);
			}
			return 0;
		}
		db.replace(destination, result);
		db.notify(KeyEvents.SET, switch (kind) {
			case INTER -> "sinterstore";
			case UNION -> "sunionstore";
			case DIFF -> "sdiffstore";
		}, destination);
		return result.size();
	}

	static long sintercard(Db db, long limit, String[] keys) {
		if (limit < 0) {
			throw Errors.error(Errors.LIMIT_NEGATIVE);
		}
		return intersect(lookup(db, keys), limit).size();
	}

	/**
	 * SSCAN: the whole set in one page with cursor 0, as Redis replies for small sets
	 * (whatever the cursor).
	 */
	static ScanPage<String> sscan(Db db, String key, long cursor, ScanOptions options) {
		SetValue set = db.read(key, SetValue.class);
		if (set == null) {
			return new ScanPage<>(ScanPage.START, Collections.emptyList());
		}
		Glob glob = (options.match() != null) ? new Glob(options.match()) : null;
		List<String> members = new ArrayList<>();
		for (String member : set.toList()) {
			if (glob == null || glob.matches(member)) {
				members.add(member);
			}
		}
		return new ScanPage<>(ScanPage.START, members);
	}

}
