package io.redipy.memory;

import java.util.List;
import java.util.Set;

import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;

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
		throw new UnsupportedOperationException("TODO");
	}

	static long srem(Db db, String key, String[] members) {
		throw new UnsupportedOperationException("TODO");
	}

	static List<Boolean> smismember(Db db, String key, String[] members) {
		throw new UnsupportedOperationException("TODO");
	}

	static long scard(Db db, String key) {
		throw new UnsupportedOperationException("TODO");
	}

	static Set<String> smembers(Db db, String key) {
		throw new UnsupportedOperationException("TODO");
	}

	static Set<String> spop(Db db, String key, long count) {
		throw new UnsupportedOperationException("TODO");
	}

	static List<String> srandmember(Db db, String key, long count) {
		throw new UnsupportedOperationException("TODO");
	}

	static boolean smove(Db db, String source, String destination, String member) {
		throw new UnsupportedOperationException("TODO");
	}

	/** SINTER/SUNION/SDIFF into a new set value (not stored). */
	static SetValue combine(Db db, Kind kind, String[] keys) {
		throw new UnsupportedOperationException("TODO");
	}

	static long store(Db db, String destination, Kind kind, String[] keys) {
		throw new UnsupportedOperationException("TODO");
	}

	static long sintercard(Db db, long limit, String[] keys) {
		throw new UnsupportedOperationException("TODO");
	}

	static ScanPage<String> sscan(Db db, String key, long cursor, ScanOptions options) {
		throw new UnsupportedOperationException("TODO");
	}

}
