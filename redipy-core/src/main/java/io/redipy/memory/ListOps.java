package io.redipy.memory;

import java.util.ArrayList;
import java.util.List;

import io.redipy.api.LposOptions;
import org.jspecify.annotations.Nullable;

/**
 * Commands on lists, as Redis 7.0 runs them.
 */
final class ListOps {

	private ListOps() {
	}

	/** LPUSH/RPUSH/LPUSHX/RPUSHX. */
	static long push(Db db, String key, String[] values, boolean left, boolean onlyIfExists) {
		ListValue list = onlyIfExists ? db.get(key, ListValue.class)
				: db.getOrCreate(key, ListValue.class, ListValue::new);
		if (list == null) {
			return 0;
		}
		for (String value : values) {
			if (left) {
				list.addFirst(value);
			}
			else {
				list.addLast(value);
			}
		}
		db.notify(KeyEvents.LIST, left ? "lpush" : "rpush", key);
		return list.size();
	}

	/** LPOP/RPOP without count. */
	static @Nullable String pop(Db db, String key, boolean left) {
		ListValue list = db.get(key, ListValue.class);
		if (list == null) {
			return null;
		}
		String value = left ? list.removeFirst() : list.removeLast();
		db.notifyAndDeleteIfEmpty(KeyEvents.LIST, left ? "lpop" : "rpop", key, list.size());
		return value;
	}

	/** LPOP/RPOP with count. */
	static List<String> pop(Db db, String key, long count, boolean left) {
		// Redis parses the count before it looks the key up.
		if (count < 0) {
			throw Errors.error(Errors.MUST_BE_POSITIVE);
		}
		ListValue list = db.get(key, ListValue.class);
		if (list == null || count == 0) {
			return new ArrayList<>();
		}
		int n = (int) Math.min(count, list.size());
		List<String> popped = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			popped.add(left ? list.removeFirst() : list.removeLast());
		}
		db.notifyAndDeleteIfEmpty(KeyEvents.LIST, left ? "lpop" : "rpop", key, list.size());
		return popped;
	}

	static List<String> lrange(Db db, String key, long start, long stop) {
		ListValue list = db.read(key, ListValue.class);
		if (list == null) {
			return new ArrayList<>();
		}
		long length = list.size();
		long from = (start < 0) ? Math.max(0, length + start) : start;
		long to = (stop < 0) ? length + stop : stop;
		if (from > to || from >= length) {
			return new ArrayList<>();
		}
		to = Math.min(to, length - 1);
		return list.range((int) from, (int) to);
	}

	static @Nullable String lindex(Db db, String key, long index) {
		ListValue list = db.read(key, ListValue.class);
		if (list == null) {
			return null;
		}
		int i = position(list, index);
		return (i < 0) ? null : list.get(i);
	}

	static @Nullable Void lset(Db db, String key, long index, String value) {
		ListValue list = db.get(key, ListValue.class);
		if (list == null) {
			throw Errors.error(Errors.NO_SUCH_KEY);
		}
		int i = position(list, index);
		if (i < 0) {
			throw Errors.error(Errors.INDEX_OUT_OF_RANGE);
		}
		list.set(i, value);
		db.notify(KeyEvents.LIST, "lset", key);
		return null;
	}

	static long llen(Db db, String key) {
		ListValue list = db.read(key, ListValue.class);
		return (list == null) ? 0 : list.size();
	}

	static long lrem(Db db, String key, long count, String value) {
		ListValue list = db.get(key, ListValue.class);
		if (list == null) {
			return 0;
		}
		// As in Redis, -Long.MIN_VALUE stays negative, so that count removes every match.
		long limit = (count < 0) ? -count : count;
		int size = list.size();
		boolean[] removing = new boolean[size];
		long removed = 0;
		for (int step = 0; step < size; step++) {
			int i = (count < 0) ? size - 1 - step : step;
			if (list.get(i).equals(value)) {
				removing[i] = true;
				removed++;
				if (limit != 0 && removed == limit) {
					break;
				}
			}
		}
		if (removed > 0) {
			list.retain((i) -> !removing[i]);
			db.notifyAndDeleteIfEmpty(KeyEvents.LIST, "lrem", key, list.size());
		}
		return removed;
	}

	static @Nullable Void ltrim(Db db, String key, long start, long stop) {
		ListValue list = db.get(key, ListValue.class);
		if (list == null) {
			return null;
		}
		long length = list.size();
		long from = (start < 0) ? Math.max(0, length + start) : start;
		long to = (stop < 0) ? length + stop : stop;
		if (from > to || from >= length) {
			db.notifyAndDeleteIfEmpty(KeyEvents.LIST, "ltrim", key, 0);
			return null;
		}
		to = Math.min(to, length - 1);
		list.removeLast((int) (length - to - 1));
		list.removeFirst((int) from);
		db.notifyAndDeleteIfEmpty(KeyEvents.LIST, "ltrim", key, list.size());
		return null;
	}

	static long linsert(Db db, String key, boolean before, String pivot, String value) {
		ListValue list = db.get(key, ListValue.class);
		if (list == null) {
			return 0;
		}
		int at = list.indexOf(pivot);
		if (at < 0) {
			return -1;
		}
		list.insert(before ? at : at + 1, value);
		db.notify(KeyEvents.LIST, "linsert", key);
		return list.size();
	}

	/** LPOS with COUNT (count 0 = all); the single form asks for count 1. */
	static List<Long> lpos(Db db, String key, String element, long count, LposOptions options) {
		// Redis checks the options in the order the client sends them: RANK, MAXLEN,
		// COUNT; all before it looks the key up.
		long rank = (options.rank() != null) ? options.rank() : 1;
		if (rank == 0) {
			throw Errors.error(Errors.LPOS_RANK_ZERO);
		}
		long maxLen = (options.maxLen() != null) ? options.maxLen() : 0;
		if (maxLen < 0) {
			throw Errors.error(Errors.LPOS_MAXLEN_NEGATIVE);
		}
		if (count < 0) {
			throw Errors.error(Errors.LPOS_COUNT_NEGATIVE);
		}
		List<Long> found = new ArrayList<>();
		ListValue list = db.read(key, ListValue.class);
		if (list == null) {
			return found;
		}
		boolean fromTail = rank < 0;
		if (fromTail) {
			// Like Redis, a rank of Long.MIN_VALUE stays negative: it then matches from
			// the first occurrence on.
			rank = -rank;
		}
		long size = list.size();
		long matches = 0;
		for (long scanned = 0; scanned < size && (maxLen == 0 || scanned < maxLen); scanned++) {
			long index = fromTail ? size - scanned - 1 : scanned;
			if (!list.get((int) index).equals(element)) {
				continue;
			}
			matches++;
			if (matches >= rank) {
				found.add(index);
				if (count != 0 && matches - rank + 1 >= count) {
					break;
				}
			}
		}
		return found;
	}

	static @Nullable String lmove(Db db, String source, String destination, boolean fromLeft, boolean toLeft) {
		ListValue from = db.get(source, ListValue.class);
		if (from == null) {
			return null;
		}
		// Checks the destination's type before popping, so a failure changes nothing.
		db.get(destination, ListValue.class);
		String value = fromLeft ? from.removeFirst() : from.removeLast();
		ListValue to = db.getOrCreate(destination, ListValue.class, ListValue::new);
		if (toLeft) {
			to.addFirst(value);
		}
		else {
			to.addLast(value);
		}
		db.notify(KeyEvents.LIST, toLeft ? "lpush" : "rpush", destination);
		db.notifyAndDeleteIfEmpty(KeyEvents.LIST, fromLeft ? "lpop" : "rpop", source, from.size());
		return value;
	}

	/** Returns the 0-based position of a Redis index, or -1 if it is out of range. */
	private static int position(ListValue list, long index) {
		long i = (index < 0) ? list.size() + index : index;
		return (i < 0 || i >= list.size()) ? -1 : (int) i;
	}

}
