package io.redipy.memory;

import java.util.function.LongSupplier;

import io.redipy.memory.Keyspace.Entry;
import org.jspecify.annotations.Nullable;

/**
 * {@code DUMP} and {@code RESTORE} on the store, as Redis 7.0's {@code dumpCommand} and
 * {@code restoreCommand} run them (the payload itself is {@link Rdb}'s).
 */
final class DumpOps {

	static final String BUSY_KEY = "BUSYKEY Target key name already exists.";

	static final String NEGATIVE_TTL = "ERR Invalid TTL value, must be >= 0";

	static final String NEGATIVE_IDLETIME = "ERR Invalid IDLETIME value, must be >= 0";

	static final String FREQ_RANGE = "ERR Invalid FREQ value, must be >= 0 and <= 255";

	private DumpOps() {
	}

	/** DUMP: the payload of a key's value, or null if the key does not exist. */
	static byte @Nullable [] dump(Db db, String key) {
		Entry e = db.readEntry(key);
		return (e != null) ? Rdb.dump(e.value) : null;
	}

	/**
	 * RESTORE, after its options were read: the existing key unless {@code replace}, then
	 * the TTL (read only then, as Redis reads it), then the payload's footer and value.
	 * The idle time and frequency are not kept: the store tracks neither.
	 * @param ttl reads the TTL argument, in milliseconds (an epoch time with
	 * {@code absttl}), 0 for none; may throw Redis's integer error
	 * @return whether the key was created (a TTL already past creates none)
	 */
	static boolean restore(Db db, String key, LongSupplier ttl, byte[] payload, boolean replace, boolean absttl) {
		if (!replace && db.exists(key)) {
			throw Errors.error(BUSY_KEY);
		}
		long at = ttl.getAsLong();
		if (at < 0) {
			throw Errors.error(NEGATIVE_TTL);
		}
		Rdb.Loaded loaded = Rdb.restore(payload);
		if (loaded.raw()) {
			db.noteRaw();
		}
		boolean deleted = replace && db.delete(key);
		if (at != 0 && !absttl) {
			at += db.now();
		}
		if (at != 0 && at <= db.now()) {
			if (deleted) {
				db.notify(KeyEvents.GENERIC, "del", key);
			}
			return false;
		}
		Entry e = db.keyspace.add(key, loaded.value());
		if (at != 0) {
			db.keyspace.setExpireAt(e, at);
		}
		db.notify(KeyEvents.GENERIC, "restore", key);
		return true;
	}

}
