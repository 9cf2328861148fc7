package io.redipy.memory;

import java.util.List;
import java.util.Map;

import io.redipy.api.HashEntry;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import org.jspecify.annotations.Nullable;

/**
 * Commands on hashes, as Redis 7.0 runs them.
 */
final class HashOps {

	private HashOps() {
	}

	static long hset(Db db, String key, Map<String, String> fields) {
		throw new UnsupportedOperationException("TODO");
	}

	static boolean hsetnx(Db db, String key, String field, String value) {
		throw new UnsupportedOperationException("TODO");
	}

	static @Nullable String hget(Db db, String key, String field) {
		throw new UnsupportedOperationException("TODO");
	}

	static List<@Nullable String> hmget(Db db, String key, String[] fields) {
		throw new UnsupportedOperationException("TODO");
	}

	static long hdel(Db db, String key, String[] fields) {
		throw new UnsupportedOperationException("TODO");
	}

	static long hlen(Db db, String key) {
		throw new UnsupportedOperationException("TODO");
	}

	static List<String> hkeys(Db db, String key) {
		throw new UnsupportedOperationException("TODO");
	}

	static List<String> hvals(Db db, String key) {
		throw new UnsupportedOperationException("TODO");
	}

	static Map<String, String> hgetall(Db db, String key) {
		throw new UnsupportedOperationException("TODO");
	}

	static long hincrby(Db db, String key, String field, long increment) {
		throw new UnsupportedOperationException("TODO");
	}

	static double hincrbyfloat(Db db, String key, String field, double increment) {
		throw new UnsupportedOperationException("TODO");
	}

	static long hstrlen(Db db, String key, String field) {
		throw new UnsupportedOperationException("TODO");
	}

	/** HRANDFIELD key count WITHVALUES (the other forms take what they need). */
	static List<HashEntry> hrandfield(Db db, String key, long count) {
		throw new UnsupportedOperationException("TODO");
	}

	static ScanPage<HashEntry> hscan(Db db, String key, long cursor, ScanOptions options) {
		throw new UnsupportedOperationException("TODO");
	}

}
