package io.redipy.memory;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of {@code INFO}, {@code CLIENT INFO} and {@code CLIENT LIST}: the fields
 * clients and Spring Boot's health indicator read, with the values the memory store has.
 */
final class Info {

	/** The Redis version the endpoint answers as: the one whose semantics it has. */
	static final String REDIS_VERSION = "7.0.15";

	private static final List<String> DEFAULT_SECTIONS = List.of("server", "clients", "memory", "persistence", "stats",
			"replication", "cpu", "keyspace");

	private Info() {
	}

	/** {@code INFO [section ...]}. */
	static String info(Endpoint endpoint, String[] sections) {
		List<String> wanted = new ArrayList<>();
		for (String section : sections) {
			wanted.add(section.toLowerCase(Locale.ROOT));
		}
		boolean all = wanted.isEmpty() || wanted.contains("all") || wanted.contains("everything")
				|| wanted.contains("default");
		StringBuilder out = new StringBuilder();
		for (String section : DEFAULT_SECTIONS) {
			if (all || wanted.contains(section)) {
				if (out.length() > 0) {
					out.append("\r\n");
				}
				section(out, endpoint, section);
			}
		}
		return out.toString();
	}

	private static void section(StringBuilder out, Endpoint endpoint, String section) {
		long now = System.currentTimeMillis();
		Runtime runtime = Runtime.getRuntime();
		switch (section) {
			case "server" -> {
				out.append("# Server\r\n");
				field(out, "redis_version", REDIS_VERSION);
				field(out, "redis_mode", "standalone");
				field(out, "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
				field(out, "arch_bits", "64");
				field(out, "process_id", Long.toString(ProcessHandle.current().pid()));
				field(out, "run_id", endpoint.runId);
				field(out, "uptime_in_seconds", Long.toString((now - endpoint.started) / 1000));
				field(out, "uptime_in_days", Long.toString((now - endpoint.started) / 86_400_000));
				field(out, "executable", "redipy");
			}
			case "clients" -> {
				out.append("# Clients\r\n");
				field(out, "connected_clients", Integer.toString(endpoint.sessions.size()));
				field(out, "maxclients", endpoint.config.value("maxclients"));
				field(out, "blocked_clients", Integer.toString(endpoint.store.blockedCalls()));
			}
			case "memory" -> {
				out.append("# Memory\r\n");
				long used = runtime.totalMemory() - runtime.freeMemory();
				field(out, "used_memory", Long.toString(used));
				field(out, "used_memory_human", human(used));
				field(out, "maxmemory", endpoint.config.value("maxmemory"));
				field(out, "maxmemory_policy", endpoint.config.value("maxmemory-policy"));
			}
			case "persistence" -> {
				out.append("# Persistence\r\n");
				field(out, "loading", "0");
				field(out, "rdb_changes_since_last_save", "0");
				field(out, "rdb_bgsave_in_progress", "0");
				field(out, "aof_enabled", "0");
			}
			case "stats" -> {
				out.append("# Stats\r\n");
				field(out, "total_connections_received", Long.toString(endpoint.connectionsReceived.get()));
				field(out, "total_commands_processed", Long.toString(endpoint.commandsProcessed.get()));
			}
			case "replication" -> {
				out.append("# Replication\r\n");
				field(out, "role", "master");
				field(out, "connected_slaves", "0");
			}
			case "cpu" -> {
				out.append("# CPU\r\n");
			}
			case "keyspace" -> {
				out.append("# Keyspace\r\n");
				for (int i = 0; i < MemoryStore.DATABASES; i++) {
					int index = i;
					long[] counts = endpoint.store.execute(i, (db) -> KeyOps.counts(db));
					if (counts[0] > 0) {
						field(out, "db" + index, "keys=" + counts[0] + ",expires=" + counts[1] + ",avg_ttl=0");
					}
				}
			}
			default -> {
			}
		}
	}

	private static void field(StringBuilder out, String name, String value) {
		out.append(name).append(':').append(value).append("\r\n");
	}

	private static String human(long bytes) {
		if (bytes < 1024) {
			return bytes + "B";
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.2fK", bytes / 1024.0);
		}
		return String.format(Locale.ROOT, "%.2fM", bytes / (1024.0 * 1024));
	}

	/** One line of {@code CLIENT LIST}, as Redis 7.0 writes it. */
	static String client(RespSession session) {
		long now = System.currentTimeMillis();
		String name = session.name;
		String lib = session.libName;
		String version = session.libVersion;
		return "id=" + session.id + " addr=" + address(session.peer) + " laddr=" + address(session.local)
				+ " fd=8 name=" + ((name != null) ? name : "") + " age=" + (now - session.createdMillis) / 1000
				+ " idle=" + (now - session.lastCommandMillis) / 1000 + " flags=" + flags(session) + " db=" + session.db
				+ " sub=" + session.channels.size() + " psub=" + session.patterns.size() + " ssub="
				+ session.shardChannels.size() + " multi=" + ((session.queued != null) ? session.queued.size() : -1)
				+ " qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=0 events=r cmd="
				+ session.lastCommand + " user=default redir=-1 resp=" + session.protocol + " lib-name="
				+ ((lib != null) ? lib : "") + " lib-ver=" + ((version != null) ? version : "");
	}

	/** A client's flags as {@code CLIENT LIST} writes them: P subscriber, x in MULTI. */
	private static String flags(RespSession session) {
		String flags = ((session.subscriptions() > 0) ? "P" : "") + ((session.queued != null) ? "x" : "");
		return flags.isEmpty() ? "N" : flags;
	}

	/** An address as Redis writes it: {@code ip:port}. */
	static String address(SocketAddress address) {
		if (address instanceof InetSocketAddress inet) {
			return inet.getAddress().getHostAddress() + ":" + inet.getPort();
		}
		return address.toString();
	}

}
