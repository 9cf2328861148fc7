package io.redipy.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of a server's threads: a {@link Selector} over the connections it owns (and, for
 * the first, the listening socket), the tasks other threads hand it, its timers, and the
 * buffers its connections share: a direct buffer the socket reads into, the heap array
 * the decoder reads from, the scratch replies are encoded into and a direct buffer they
 * are written from. Sharing them is safe because a connection uses them only while the
 * loop handles it, and leaves in them nothing another connection could see.
 */
final class EventLoop implements Runnable {

	private static final Logger logger = LoggerFactory.getLogger(EventLoop.class);

	/** The size of the buffers reads and writes go through, as Netty's largest read. */
	static final int IO_BUFFER = 64 * 1024;

	/** How often the engine's cron runs: Redis's default {@code hz} of 10. */
	static final long CRON_PERIOD_MILLIS = 100;

	/** Reads per ready connection before the loop turns to others, as Netty's 16. */
	static final int READS_PER_EVENT = 16;

	private final RedipyServer server;

	private final Selector selector;

	private final Dispatch dispatch = new Dispatch(this);

	private final Thread thread;

	private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

	/** Set when a wakeup was asked since the loop last looked at its tasks. */
	private final AtomicBoolean wakeupPending = new AtomicBoolean();

	/** Loop thread only. */
	private final PriorityQueue<Timer> timers = new PriorityQueue<>();

	/** The connections this loop owns; loop thread only. */
	private final Set<Connection> connections = new java.util.HashSet<>();

	/** Where the socket reads go; loop thread only. */
	final ByteBuffer readBuffer = ByteBuffer.allocateDirect(IO_BUFFER);

	/** Where replies are written from, in pieces of its size; loop thread only. */
	final ByteBuffer writeBuffer = ByteBuffer.allocateDirect(IO_BUFFER);

	/** The arrays its connections decode from and encode into; loop thread only. */
	final Workspace workspace = new Workspace(IO_BUFFER);

	private @Nullable ServerSocketChannel acceptor;

	private volatile boolean running = true;

	private long timerSequence;

	EventLoop(RedipyServer server, int index) throws IOException {
		this.server = server;
		this.selector = Selector.open();
		this.thread = new Thread(this, new StringBuilder("redipy-server-").append(index).toString());
		this.thread.setDaemon(true);
	}

	void start() {
		this.thread.start();
	}

	Thread thread() {
		return this.thread;
	}

	boolean inLoop() {
		return Thread.currentThread() == this.thread;
	}

	/** Makes this loop accept connections on a listening socket; before it starts. */
	void accept(ServerSocketChannel channel) throws IOException {
		this.acceptor = channel;
		channel.register(this.selector, SelectionKey.OP_ACCEPT);
	}

	/**
	 * Runs a task on this loop, after what it is doing; from any thread. A task handed
	 * over once the loop stopped is dropped.
	 */
	void execute(Runnable task) {
		this.tasks.add(task);
		if (!inLoop() && this.wakeupPending.compareAndSet(false, true)) {
			this.selector.wakeup();
		}
	}

	/** Runs a task on this loop after a delay; loop thread only. */
	void schedule(Runnable task, long delayMillis) {
		this.timers
			.add(new Timer(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis), this.timerSequence++, task));
	}

	/** Registers a connection accepted by any loop; loop thread only. */
	void register(SocketChannel channel) {
		SocketTransport transport = new SocketTransport(this, channel);
		Connection connection = new Connection(transport, this.workspace, this.server);
		try {
			SelectionKey key = channel.register(this.selector, SelectionKey.OP_READ, connection);
			transport.registered(key, connection);
			this.connections.add(connection);
			connection.open();
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not register a connection", ex);
			closeQuietly(channel);
		}
	}

	/** Forgets a connection that closed; loop thread only. */
	void closed(Connection connection) {
		this.connections.remove(connection);
	}

	/** Returns this loop's open connections; loop thread only. */
	List<Connection> connections() {
		return new ArrayList<>(this.connections);
	}

	/** Stops the loop: it closes its connections and its selector; from any thread. */
	void shutdown() {
		execute(new Shutdown());
	}

	@Override
	public void run() {
		long idleMillis = this.server.options().idleTimeout().toMillis();
		if (idleMillis > 0) {
			// A sweep a few times per timeout (Redis checks its clients' timeouts in
			// clientsCron, about ten times a second) rather than a timer per connection.
			schedule(new IdleSweep(Math.max(1, Math.min(idleMillis / 8, 1000)), idleMillis), 1);
		}
		if (this.acceptor != null) {
			// one loop, the accepting one, runs the engine's cron for the whole server
			schedule(new Cron(), CRON_PERIOD_MILLIS);
		}
		try {
			while (this.running) {
				this.wakeupPending.set(false);
				// ready keys are handled as the selector reports them, in the kernel's
				// order (as Redis's event loop does), not in the order of a hash set: a
				// client's UNSUBSCRIBE or EOF that arrived before another client's
				// PUBLISH is handled first
				if (!this.tasks.isEmpty()) {
					this.selector.selectNow(this.dispatch);
				}
				else {
					Timer next = this.timers.peek();
					if (next == null) {
						this.selector.select(this.dispatch);
					}
					else {
						long millis = TimeUnit.NANOSECONDS.toMillis(next.deadline() - System.nanoTime() + 999_999);
						if (millis > 0) {
							this.selector.select(this.dispatch, millis);
						}
						else {
							this.selector.selectNow(this.dispatch);
						}
					}
				}
				runTimers();
				runTasks();
			}
		}
		catch (IOException | ClosedSelectorException ex) {
			logger.error("The server's event loop stopped", ex);
		}
		finally {
			closeAll();
		}
	}

	/** Handles one ready key; a named class rather than a lambda, for a cheap start. */
	private static final class Dispatch implements Consumer<SelectionKey> {

		private final EventLoop loop;

		Dispatch(EventLoop loop) {
			this.loop = loop;
		}

		@Override
		public void accept(SelectionKey key) {
			this.loop.handle(key);
		}

	}

	private void handle(SelectionKey key) {
		if (!key.isValid()) {
			return;
		}
		Object attachment = key.attachment();
		if (attachment instanceof Connection connection) {
			try {
				connection.ready(key.readyOps());
			}
			catch (RuntimeException ex) {
				logger.warn("Closing a connection after an unexpected error", ex);
				connection.closeNow();
			}
		}
		else {
			acceptAll();
		}
	}

	private void acceptAll() {
		ServerSocketChannel channel = this.acceptor;
		if (channel == null) {
			return;
		}
		// a bounded number per wakeup, so that a flood of connects cannot starve reads
		for (int i = 0; i < 64; i++) {
			SocketChannel accepted;
			try {
				accepted = channel.accept();
			}
			catch (IOException ex) {
				// Running out of file descriptors, say: the client is refused, the server
				// goes on (Netty logs and goes on too).
				logger.warn("Could not accept a connection", ex);
				return;
			}
			if (accepted == null) {
				return;
			}
			try {
				accepted.configureBlocking(false);
				accepted.socket().setTcpNoDelay(true);
			}
			catch (IOException ex) {
				closeQuietly(accepted);
				continue;
			}
			EventLoop owner = this.server.nextLoop();
			if (owner == this) {
				register(accepted);
			}
			else {
				owner.execute(new Register(owner, accepted));
			}
		}
	}

	private void runTimers() {
		long now = System.nanoTime();
		Timer timer;
		while ((timer = this.timers.peek()) != null && timer.deadline() - now <= 0) {
			this.timers.poll();
			runSafely(timer.task());
		}
	}

	private void runTasks() {
		Runnable task;
		// Tasks added while these run wait for the next round, after the sockets.
		int count = this.tasks.size();
		while (count-- > 0 && (task = this.tasks.poll()) != null) {
			runSafely(task);
		}
	}

	private static void runSafely(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			logger.warn("A task on the server's event loop failed", ex);
		}
	}

	private void closeAll() {
		this.running = false;
		ServerSocketChannel channel = this.acceptor;
		if (channel != null) {
			closeQuietly(channel);
		}
		for (Connection connection : connections()) {
			connection.closeNow();
		}
		Runnable task;
		while ((task = this.tasks.poll()) != null) {
			if (task instanceof Register register) {
				// accepted but never registered: nothing else would close it
				closeQuietly(register.channel());
			}
		}
		this.timers.clear();
		try {
			this.selector.close();
		}
		catch (IOException ex) {
			logger.debug("Could not close a selector", ex);
		}
	}

	static void closeQuietly(java.nio.channels.Channel channel) {
		try {
			channel.close();
		}
		catch (IOException ex) {
			// closing anyway: nothing to tell
		}
	}

	/**
	 * A task due at a time; ties keep the order they were scheduled in.
	 */
	private record Timer(long deadline, long sequence, Runnable task) implements Comparable<Timer> {

		@Override
		public int compareTo(Timer other) {
			int byTime = Long.compare(this.deadline - other.deadline, 0);
			return (byTime != 0) ? byTime : Long.compare(this.sequence, other.sequence);
		}

	}

	/** Hands an accepted socket to the loop that will own it. */
	private record Register(EventLoop loop, SocketChannel channel) implements Runnable {

		@Override
		public void run() {
			this.loop.register(this.channel);
		}

	}

	/** Closes the connections idle for longer than the timeout, then comes back. */
	private final class IdleSweep implements Runnable {

		private final long periodMillis;

		private final long idleNanos;

		IdleSweep(long periodMillis, long idleMillis) {
			this.periodMillis = periodMillis;
			this.idleNanos = TimeUnit.MILLISECONDS.toNanos(idleMillis);
		}

		@Override
		public void run() {
			long now = System.nanoTime();
			for (Connection connection : connections()) {
				connection.closeIfIdle(now, this.idleNanos);
			}
			schedule(this, this.periodMillis);
		}

	}

	/** Runs the engine's periodic work, then comes back. */
	private final class Cron implements Runnable {

		@Override
		public void run() {
			try {
				EventLoop.this.server.engine().cron();
			}
			catch (RuntimeException ex) {
				logger.warn("The engine's periodic work failed", ex);
			}
			schedule(this, CRON_PERIOD_MILLIS);
		}

	}

	/** Ends the loop after its current round. */
	private final class Shutdown implements Runnable {

		@Override
		public void run() {
			EventLoop.this.running = false;
		}

	}

}
