package io.redipy.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.redipy.command.Engine;

/**
 * A Redis endpoint: a TCP server that speaks RESP2 and RESP3 (and Redis's inline
 * commands) and hands each command to a session of an {@link Engine}, so that any Redis
 * client — redis-cli, Lettuce, Jedis, Spring's {@code RedisTemplate} — can use the
 * engine's store.
 *
 * <p>
 * A server listens on loopback unless its {@link ServerOptions#bindAddress()} says
 * otherwise, and it binds another address only for an engine that
 * {@linkplain Engine#requiresAuthentication() requires authentication}. Its transport is
 * the JDK's own ({@code java.nio.channels}): {@link ServerOptions#eventLoopThreads()}
 * daemon threads named {@code redipy-server-N}, each a selector over the connections it
 * owns, the first also accepting. Thread-safe; {@link #close()} stops it and closes its
 * connections.
 */
public final class RedipyServer implements AutoCloseable {

	/** The read array of a connection on another module's transport. */
	private static final int TRANSPORT_READ_SIZE = 16 * 1024;

	/** Redis's default {@code tcp-backlog}. */
	private static final int BACKLOG = 511;

	private final Engine engine;

	private final ServerOptions options;

	private final AtomicInteger clients = new AtomicInteger();

	private final AtomicBoolean closed = new AtomicBoolean();

	private final List<EventLoop> loops = new ArrayList<>();

	private final AtomicInteger nextLoop = new AtomicInteger();

	private InetSocketAddress address = new InetSocketAddress(0);

	private RedipyServer(Engine engine, ServerOptions options) {
		this.engine = engine;
		this.options = options;
	}

	/**
	 * Starts a server for an engine; it listens when this method returns.
	 * @param engine the engine whose sessions serve the connections
	 * @param options where to listen and the limits to apply
	 * @return the running server
	 * @throws IllegalStateException if the bind address is not a loopback address and the
	 * engine does not require authentication, or if the address cannot be bound
	 */
	public static RedipyServer start(Engine engine, ServerOptions options) {
		Objects.requireNonNull(engine, "engine");
		Objects.requireNonNull(options, "options");
		if (!options.bindAddress().isLoopbackAddress() && !engine.requiresAuthentication()) {
			throw new IllegalStateException("Refusing to listen on " + options.bindAddress().getHostAddress()
					+ ": the engine does not require authentication, so its data would be open to the network."
					+ " Listen on a loopback address or configure a password.");
		}
		RedipyServer server = new RedipyServer(engine, options);
		ServerSocketChannel listener = null;
		try {
			listener = ServerSocketChannel.open();
			listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
			listener.bind(new InetSocketAddress(options.bindAddress(), options.port()), BACKLOG);
			listener.configureBlocking(false);
			server.address = (InetSocketAddress) listener.getLocalAddress();
			for (int i = 0; i < options.eventLoopThreads(); i++) {
				server.loops.add(new EventLoop(server, i + 1));
			}
			server.loops.get(0).accept(listener);
		}
		catch (IOException ex) {
			if (listener != null) {
				EventLoop.closeQuietly(listener);
			}
			for (EventLoop loop : server.loops) {
				loop.shutdown();
				loop.start();
			}
			throw new IllegalStateException("Could not listen on " + options.bindAddress().getHostAddress() + ":"
					+ options.port() + ": " + ex.getMessage(), ex);
		}
		for (EventLoop loop : server.loops) {
			loop.start();
		}
		return server;
	}

	/**
	 * Returns the port the server listens on (the one chosen when the options said 0).
	 * @return the port
	 */
	public int port() {
		return this.address.getPort();
	}

	/**
	 * Returns the address the server listens on.
	 * @return the address and port
	 */
	public InetSocketAddress address() {
		return this.address;
	}

	/**
	 * Opens a client connection on a transport another module brings, such as an
	 * in-process channel: the connection gets its own session of the server's engine, as
	 * one accepted on the server's socket does, and the same limits apply to it (the
	 * client count, the sizes of requests, the output limits of subscribers), except
	 * {@link ServerOptions#idleTimeout() the idle timeout}, which only the server's
	 * sockets keep. Call it on the transport's thread; the transport then tells the
	 * returned connection, on that thread, what happens. Closing the server does not
	 * close the connection: the transport's owner does.
	 * @param transport what carries the connection's bytes, and the thread it runs on
	 * @return the connection, open
	 * @throws IllegalStateException if the server is closed
	 */
	public ServerConnection connect(Transport transport) {
		Objects.requireNonNull(transport, "transport");
		if (this.closed.get()) {
			throw new IllegalStateException("The server is closed");
		}
		Connection connection = new Connection(transport, new Workspace(TRANSPORT_READ_SIZE), this);
		connection.open();
		return connection;
	}

	Engine engine() {
		return this.engine;
	}

	ServerOptions options() {
		return this.options;
	}

	AtomicInteger clients() {
		return this.clients;
	}

	/** Picks the loop that owns the next connection, in turn. */
	EventLoop nextLoop() {
		return this.loops.get(Math.floorMod(this.nextLoop.getAndIncrement(), this.loops.size()));
	}

	/** Returns the server's event-loop threads. */
	List<Thread> threads() {
		List<Thread> threads = new ArrayList<>();
		for (EventLoop loop : this.loops) {
			threads.add(loop.thread());
		}
		return threads;
	}

	/** Returns how many connections are open, refused ones included until they close. */
	int connections() {
		return this.clients.get();
	}

	/**
	 * Returns the open connections, asked of each loop on its own thread; for tests.
	 */
	List<Connection> openConnections() {
		List<Connection> all = new ArrayList<>();
		for (EventLoop loop : this.loops) {
			all.addAll(ask(loop, loop::connections));
		}
		return all;
	}

	/** Asks a question on the first loop's thread and waits for the answer; for tests. */
	<T> T ask(Supplier<T> question) {
		return ask(this.loops.get(0), question);
	}

	private static <T> T ask(EventLoop loop, Supplier<T> question) {
		CompletableFuture<T> answer = new CompletableFuture<>();
		loop.execute(() -> answer.complete(question.get()));
		try {
			return answer.get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Stops listening, closes every connection (their sessions end) and stops the
	 * server's threads. Does nothing the second time.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		for (EventLoop loop : this.loops) {
			loop.shutdown();
		}
		for (EventLoop loop : this.loops) {
			if (loop.inLoop()) {
				// closed from a command on one of its own threads: that loop ends after
				// it
				continue;
			}
			try {
				loop.thread().join(TimeUnit.SECONDS.toMillis(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
