package io.redipy.memory;

import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.redipy.command.Engine;
import io.redipy.command.Output;
import io.redipy.command.Session;
import org.jspecify.annotations.Nullable;

/**
 * The memory store as a Redis endpoint: the command engine a RESP server carries. Each
 * connection gets a {@link RespSession}; commands end in the same store operations as the
 * typed API, on the store's 16 databases.
 */
final class Endpoint implements Engine {

	/**
	 * How many due keys one {@link #cron()} removes per database at most: the lock is
	 * held for about a millisecond at worst, and ten runs a second keep up with ten
	 * thousand keys expiring per second (commands reclaim more on the side).
	 */
	private static final int CRON_EXPIRY_BUDGET = 1000;

	final MemoryStore store;

	private final @Nullable String password;

	private final AtomicLong ids = new AtomicLong();

	/** The open sessions by client id, for {@code CLIENT LIST}, {@code CLIENT KILL}. */
	final Map<Long, RespSession> sessions = new ConcurrentHashMap<>();

	/**
	 * The configuration parameters {@code CONFIG GET} reports and {@code CONFIG SET}
	 * changes.
	 */
	final EndpointConfig config;

	/** A random id for {@code INFO}'s {@code run_id}. */
	final String runId = java.util.HexFormat.of()
		.formatHex(java.nio.ByteBuffer.allocate(20)
			.putLong(java.util.concurrent.ThreadLocalRandom.current().nextLong())
			.putLong(java.util.concurrent.ThreadLocalRandom.current().nextLong())
			.putInt(java.util.concurrent.ThreadLocalRandom.current().nextInt())
			.array());

	/** When the endpoint was made, for {@code INFO}'s uptime. */
	final long started = System.currentTimeMillis();

	/** Counters for {@code INFO stats}. */
	final AtomicLong commandsProcessed = new AtomicLong();

	final AtomicLong connectionsReceived = new AtomicLong();

	Endpoint(MemoryStore store, @Nullable String password) {
		this.store = store;
		this.password = password;
		this.config = new EndpointConfig(store);
	}

	@Override
	public Session open(Output output, SocketAddress peer, SocketAddress local) {
		RespSession session = new RespSession(this, this.ids.incrementAndGet(), output, peer, local);
		this.sessions.put(session.id, session);
		this.connectionsReceived.incrementAndGet();
		return session;
	}

	@Override
	public boolean requiresAuthentication() {
		return this.password != null;
	}

	@Override
	public void cron() {
		this.store.expireDue(CRON_EXPIRY_BUDGET);
	}

	/**
	 * Returns whether a password is the endpoint's, in time independent of where it
	 * differs.
	 */
	boolean passwordMatches(byte[] given) {
		if (this.password == null) {
			return true;
		}
		return java.security.MessageDigest.isEqual(this.password.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				given);
	}

	/** Returns whether clients must authenticate. */
	boolean needsPassword() {
		return this.password != null;
	}

	void closed(RespSession session) {
		this.sessions.remove(session.id);
	}

}
