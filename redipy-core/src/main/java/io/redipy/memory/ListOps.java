package io.redipy.memory;

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
		throw new UnsupportedOperationException("TODO");
	}

	/** LPOP/RPOP without count. */
	static @Nullable String pop(Db db, String key, boolean left) {
		throw new UnsupportedOperationException("TODO");
	}

	/** LPOP/RPOP with count. */
	static List<String> pop(Db db, String key, long count, boolean left) {
		throw new UnsupportedOperationException("TODO");
	}

	static List<String> lrange(Db db, String key, long start, long stop) {
		throw new UnsupportedOperationException("TODO");
	}

	static @Nullable String lindex(Db db, String key, long index) {
		throw new UnsupportedOperationException("TODO");
	}

	static @Nullable Void lset(Db db, String key, long index, String value) {
		throw new UnsupportedOperationException("TODO");
	}

	static long llen(Db db, String key) {
		throw new UnsupportedOperationException("TODO");
	}

	static long lrem(Db db, String key, long count, String value) {
		throw new UnsupportedOperationException("TODO");
	}

	static @Nullable Void ltrim(Db db, String key, long start, long stop) {
		throw new UnsupportedOperationException("TODO");
	}

	static long linsert(Db db, String key, boolean before, String pivot, String value) {
		throw new UnsupportedOperationException("TODO");
	}

	/** LPOS with COUNT (count 0 = all); the single form asks for count 1. */
	static List<Long> lpos(Db db, String key, String element, long count, LposOptions options) {
		throw new UnsupportedOperationException("TODO");
	}

	static @Nullable String lmove(Db db, String source, String destination, boolean fromLeft, boolean toLeft) {
		throw new UnsupportedOperationException("TODO");
	}

}
