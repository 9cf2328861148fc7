package io.redipy.memory;

/**
 * Keyspace notifications of a store, as Redis 7.0 sends them: the classes of events
 * {@code notify-keyspace-events} turned on, and the publishing of an event on
 * {@code __keyspace@<db>__:<key>} and {@code __keyevent@<db>__:<event>}.
 *
 * <p>
 * The flags are written and read under the store's lock, so that a command that runs with
 * notifications off pays one field read for each place it could notify.
 */
final class KeyEvents {

	/** {@code K}: events on {@code __keyspace@<db>__:<key>}. */
	static final int KEYSPACE = 1;

	/** {@code E}: events on {@code __keyevent@<db>__:<event>}. */
	static final int KEYEVENT = 1 << 1;

	/** {@code g}: commands on keys of any type ({@code del}, {@code expire}, ...). */
	static final int GENERIC = 1 << 2;

	/** {@code $}: string commands. */
	static final int STRING = 1 << 3;

	/** {@code l}: list commands. */
	static final int LIST = 1 << 4;

	/** {@code s}: set commands. */
	static final int SET = 1 << 5;

	/** {@code h}: hash commands. */
	static final int HASH = 1 << 6;

	/** {@code z}: sorted set commands. */
	static final int ZSET = 1 << 7;

	/** {@code x}: keys that expired. */
	static final int EXPIRED = 1 << 8;

	/** {@code e}: evicted keys (a memory store never evicts). */
	static final int EVICTED = 1 << 9;

	/** {@code t}: stream commands (the memory store has no streams). */
	static final int STREAM = 1 << 10;

	/** {@code m}: reads of missing keys (not part of {@code A}, as in Redis). */
	static final int KEY_MISS = 1 << 11;

	/** {@code d}: module events (the memory store has no modules). */
	static final int MODULE = 1 << 13;

	/** {@code n}: keys that were created. */
	static final int NEW = 1 << 14;

	/** {@code A}: the classes Redis 7.0 groups under it. */
	static final int ALL = GENERIC | STRING | LIST | SET | HASH | ZSET | EXPIRED | EVICTED | STREAM | MODULE;

	/** Redis's error for a value with a character that is no class. */
	static final String INVALID = "Invalid event class character. Use 'Ag$lshzxeKEtmdn'.";

	private final PubSub pubSub;

	/** The classes turned on; 0 (Redis's default) sends nothing. Guarded by the lock. */
	private int flags;

	KeyEvents(PubSub pubSub) {
		this.pubSub = pubSub;
	}

	/** Returns the classes turned on; call under the store's lock. */
	int flags() {
		return this.flags;
	}

	/** Turns classes on and the others off; call under the store's lock. */
	void flags(int flags) {
		this.flags = flags;
	}

	/**
	 * Parses a value of {@code notify-keyspace-events} as Redis 7.0 does.
	 * @param classes the value
	 * @return the flags, or -1 when a character is no class
	 */
	static int parse(String classes) {
		int flags = 0;
		for (int i = 0; i < classes.length(); i++) {
			flags |= switch (classes.charAt(i)) {
				case 'A' -> ALL;
				case 'g' -> GENERIC;
				case '$' -> STRING;
				case 'l' -> LIST;
				case 's' -> SET;
				case 'h' -> HASH;
				case 'z' -> ZSET;
				case 'x' -> EXPIRED;
				case 'e' -> EVICTED;
				case 'K' -> KEYSPACE;
				case 'E' -> KEYEVENT;
				case 't' -> STREAM;
				case 'm' -> KEY_MISS;
				case 'd' -> MODULE;
				case 'n' -> NEW;
				default -> -1;
			};
			if (flags == -1) {
				return -1;
			}
		}
		return flags;
	}

	/** Formats flags as Redis 7.0's {@code CONFIG GET} shows them. */
	static String format(int flags) {
		StringBuilder text = new StringBuilder();
		if ((flags & ALL) == ALL) {
			text.append('A');
		}
		else {
			append(text, flags, GENERIC, 'g');
			append(text, flags, STRING, '$');
			append(text, flags, LIST, 'l');
			append(text, flags, SET, 's');
			append(text, flags, HASH, 'h');
			append(text, flags, ZSET, 'z');
			append(text, flags, EXPIRED, 'x');
			append(text, flags, EVICTED, 'e');
			append(text, flags, STREAM, 't');
			append(text, flags, MODULE, 'd');
			append(text, flags, NEW, 'n');
		}
		append(text, flags, KEYSPACE, 'K');
		append(text, flags, KEYEVENT, 'E');
		append(text, flags, KEY_MISS, 'm');
		return text.toString();
	}

	private static void append(StringBuilder text, int flags, int flag, char c) {
		if ((flags & flag) != 0) {
			text.append(c);
		}
	}

	/**
	 * Publishes an event of a class that is on (callers checked {@code type}); under the
	 * lock, so that subscribers see events in the order the commands ran; publishing only
	 * queues messages, it never waits for a subscriber.
	 * @param db the database's number
	 * @param event the event's name
	 * @param key the key, in store form
	 */
	void publish(int db, String event, String key) {
		int on = this.flags;
		if ((on & KEYSPACE) != 0) {
			this.pubSub.publish("__keyspace@" + db + "__:" + key, event);
		}
		if ((on & KEYEVENT) != 0) {
			this.pubSub.publish("__keyevent@" + db + "__:" + event, key);
		}
	}

}
