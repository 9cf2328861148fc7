package io.redipy.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration parameters the endpoint answers {@code CONFIG GET} and
 * {@code CONFIG SET} for: the ones clients and Spring read or set. Values are held as
 * Redis reports them, except {@code notify-keyspace-events}: the store holds it, since it
 * decides which events every command of the store sends, whichever endpoint or typed
 * client runs it.
 */
final class EndpointConfig {

	/** The parameter the store holds. */
	private static final String NOTIFY = "notify-keyspace-events";

	private final MemoryStore store;

	private final Map<String, String> values = new LinkedHashMap<>();

	/** Parameters {@code CONFIG SET} may not change (Redis: immutable config). */
	private static final List<String> IMMUTABLE = List.of("databases", "port", "bind", "daemonize");

	EndpointConfig(MemoryStore store) {
		this.store = store;
		this.values.put("databases", Integer.toString(MemoryStore.DATABASES));
		this.values.put("notify-keyspace-events", "");
		this.values.put("maxmemory", "0");
		this.values.put("maxmemory-policy", "noeviction");
		this.values.put("save", "");
		this.values.put("appendonly", "no");
		this.values.put("timeout", "0");
		this.values.put("port", "0");
		this.values.put("bind", "127.0.0.1");
		this.values.put("daemonize", "no");
		this.values.put("maxclients", "10000");
		this.values.put("proto-max-bulk-len", "536870912");
		this.values.put("lua-time-limit", "5000");
		this.values.put("busy-reply-threshold", "5000");
		this.values.put("hz", "10");
	}

	/** Returns the parameters whose names match a glob, with their values. */
	synchronized List<String> get(String pattern) {
		Glob glob = new Glob(pattern.toLowerCase(java.util.Locale.ROOT));
		List<String> result = new ArrayList<>();
		this.values.forEach((name, value) -> {
			if (glob.matches(name)) {
				result.add(name);
				result.add(name.equals(NOTIFY) ? this.store.notifyKeyspaceEvents() : value);
			}
		});
		return result;
	}

	/**
	 * Sets parameters, all or none, as Redis 7.0 does.
	 * @param pairs names and values, alternating
	 * @return null, or the error message
	 */
	synchronized String set(List<String> pairs) {
		for (int i = 0; i < pairs.size(); i += 2) {
			String name = pairs.get(i).toLowerCase(java.util.Locale.ROOT);
			if (!this.values.containsKey(name)) {
				return "ERR Unknown option or number of arguments for CONFIG SET - '" + pairs.get(i) + "'";
			}
			if (IMMUTABLE.contains(name)) {
				return "ERR CONFIG SET failed (possibly related to argument '" + pairs.get(i)
						+ "') - can't set immutable config";
			}
		}
		int notify = -1;
		for (int i = 0; i < pairs.size(); i += 2) {
			if (pairs.get(i).toLowerCase(java.util.Locale.ROOT).equals(NOTIFY)) {
				notify = KeyEvents.parse(pairs.get(i + 1));
				if (notify < 0) {
					return "ERR CONFIG SET failed (possibly related to argument '" + pairs.get(i) + "') - "
							+ KeyEvents.INVALID;
				}
			}
		}
		for (int i = 0; i < pairs.size(); i += 2) {
			this.values.put(pairs.get(i).toLowerCase(java.util.Locale.ROOT), pairs.get(i + 1));
		}
		if (notify >= 0) {
			this.store.notifyKeyspaceEvents(notify);
		}
		return null;
	}

	/** Returns a parameter's value. */
	synchronized String value(String name) {
		return this.values.getOrDefault(name, "");
	}

}
