package io.redipy.server;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.redipy.command.Engine;
import io.redipy.command.Output;
import io.redipy.command.Reply;
import io.redipy.command.Session;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: reads and decodes its transport's bytes, hands the commands to
 * its {@link Session} on the transport's thread (the connection's event loop), and writes
 * what the session sends, from any thread, in order. The transport is one of the server's
 * sockets or one another module brings ({@link RedipyServer#connect(Transport)}); the
 * connection behaves the same on either.
 *
 * <p>
 * Everything the session sends goes through one queue that only the event loop drains, so
 * replies from other threads (a blocked command's, a push) keep their order with the
 * replies of commands run on the event loop. Replies made while a read batch is being
 * handled are written once at its end; others at once. What the socket does not take
 * waits in the connection, and the connection stops reading while it waits (or while its
 * session is blocked), so a client that does not read cannot make the server buffer
 * without bound.
 */
final class Connection implements Output, ServerConnection {

	private static final Logger logger = LoggerFactory.getLogger(Connection.class);

	private static final Object CLOSE = new Object();

	private static final byte[] MAX_CLIENTS = "-ERR max number of clients reached\r\n"
		.getBytes(StandardCharsets.US_ASCII);

	/**
	 * Unwritten output above which the connection stops reading, as Netty's default
	 * high-water mark.
	 */
	static final int WRITE_HIGH_WATER = 64 * 1024;

	/** The smallest piece unwritten output is kept in. */
	private static final int CHUNK = 16 * 1024;

	/**
	 * First delay after a reply at which a still-paused session is asked again; it
	 * doubles.
	 */
	private static final long PAUSE_RECHECK_MILLIS = 5;

	/** How many times a still-paused session is asked again after a reply. */
	private static final int PAUSE_RECHECKS = 6;

	private final Transport transport;

	private final Workspace workspace;

	private final RedipyServer server;

	private final ServerOptions options;

	private final RespDecoder decoder;

	private final Queue<Object> queue = new ConcurrentLinkedQueue<>();

	/** Estimated bytes of pushes queued but not yet encoded, for the output limits. */
	private final AtomicLong queuedPushBytes = new AtomicLong();

	private final AtomicBoolean drainScheduled = new AtomicBoolean();

	/** Output the socket did not take yet, oldest first; event loop only. */
	private final ArrayDeque<ByteBuffer> unwritten = new ArrayDeque<>();

	/** The bytes in {@link #unwritten}; read by pushing threads for the output limits. */
	private volatile long unwrittenBytes;

	/** Set once nothing more is written: closing after a reply, killed, or gone. */
	private volatile boolean closed;

	private volatile boolean receivesPushes;

	/** When pending output first exceeded the soft limit, 0 while it is below. */
	private volatile long softLimitSince;

	private @Nullable Session session;

	/** Whether the socket is closed and the session ended; event loop only. */
	private boolean gone;

	/** Whether the connection closes once its unwritten output is written. */
	private boolean closeWhenWritten;

	/**
	 * Where this connection's replies start in the loop's scratch, -1 while it has none
	 * there.
	 */
	private int batchStart = -1;

	/** Whether replies wait for the end of a batch; event loop only. */
	private boolean batching;

	/** A protocol error held back while the session is blocked (event loop only). */
	private byte @Nullable [] pendingError;

	/** Rechecks of a paused session left after the last reply; event loop only. */
	private int rechecksLeft;

	private boolean recheckScheduled;

	/** When the socket was last read or written, for the idle timeout. */
	private long lastActivity = System.nanoTime();

	/** How many times the connection wrote to its socket, for tests. */
	private long socketWrites;

	/** Whether the transport was last told to take input; event loop only. */
	private boolean reading = true;

	Connection(Transport transport, Workspace workspace, RedipyServer server) {
		this.transport = transport;
		this.workspace = workspace;
		this.server = server;
		this.options = server.options();
		this.decoder = new RespDecoder(this.options.maxInlineRequest(), this.options.maxBulkLength());
	}

	/** Counts the client and opens its session, or refuses it; on the event loop. */
	void open() {
		if (this.server.clients().incrementAndGet() > this.options.maxClients()) {
			this.closed = true;
			writeOut(MAX_CLIENTS, 0, MAX_CLIENTS.length);
			closeAfterWriting();
			return;
		}
		Engine engine = this.server.engine();
		try {
			Session opened = engine.open(this, address(true), address(false));
			this.session = opened;
			this.decoder.authenticatedBy(new Authenticated(opened));
		}
		catch (RuntimeException ex) {
			logger.warn("The engine could not open a session for {}", address(true), ex);
			closeNow();
		}
	}

	private @Nullable SocketAddress address(boolean remote) {
		return remote ? this.transport.remoteAddress() : this.transport.localAddress();
	}

	/** Handles what the selector found ready; on the event loop. */
	void ready(int ops) {
		if ((ops & SelectionKey.OP_WRITE) != 0) {
			writable();
		}
		if ((ops & SelectionKey.OP_READ) != 0) {
			readable();
		}
	}

	@Override
	public void writable() {
		if (!this.gone) {
			writeUnwritten();
		}
	}

	@Override
	public void disconnected() {
		closeNow();
	}

	@Override
	public void readable() {
		if (this.gone) {
			return;
		}
		byte[] array = this.workspace.readArray;
		boolean eof = false;
		this.batching = true;
		try {
			for (int i = 0; i < EventLoop.READS_PER_EVENT && !this.gone; i++) {
				int read;
				try {
					read = this.transport.read(array);
				}
				catch (IOException ex) {
					// a reset by the peer: as an end of input
					eof = true;
					break;
				}
				if (read < 0) {
					eof = true;
					break;
				}
				if (read == 0) {
					break;
				}
				this.lastActivity = System.nanoTime();
				this.decoder.feed(array, read);
				handleInput();
				this.decoder.keepTail();
				if (read < array.length || !wantsInput()) {
					break;
				}
			}
		}
		finally {
			this.batching = false;
		}
		flushBatch();
		if (eof) {
			// Like Netty without half-closure, and Redis: a client that ends its output
			// is gone; what the batch answered was offered to the socket first.
			closeNow();
			return;
		}
		updateInterest();
	}

	private void handleInput() {
		Object request;
		while (!this.gone && (request = this.decoder.next()) != null) {
			Session current = this.session;
			if (this.closed || current == null) {
				return;
			}
			if (request == RespDecoder.OVERSIZED) {
				// Redis closes such a client without a reply; so does this server.
				logger.warn("Closing the connection of {}: its command passed {} bytes", address(true),
						RespDecoder.QUERY_LIMIT);
				closeNow();
				return;
			}
			if (request instanceof RespDecoder.ProtocolError error) {
				if (current.paused()) {
					// Redis reads nothing while a client is blocked, so its protocol
					// error comes after the replies to the commands before it.
					this.pendingError = error.line();
				}
				else {
					enqueue(error.line(), 0);
					close();
				}
				return;
			}
			try {
				current.execute((byte[][]) request);
			}
			catch (RuntimeException ex) {
				// An engine bug must not take the connection's order of replies with it:
				// the client gets an error for this command and the next ones still run.
				logger.warn("The engine failed on a command", ex);
				reply(Reply.error("ERR internal error: " + ex));
			}
		}
	}

	@Override
	public void reply(Reply reply) {
		enqueue(reply, 0);
	}

	@Override
	public void push(Reply.Push message) {
		this.receivesPushes = true;
		if (this.closed) {
			return;
		}
		long size = ReplyEncoder.estimateSize(message);
		if (overLimit(size)) {
			kill();
			return;
		}
		enqueue(new PendingPush(message, size), size);
	}

	@Override
	public void close() {
		enqueue(CLOSE, 0);
	}

	/**
	 * Runs a task on the connection's event loop (a blocked command's reply and the
	 * commands held behind it), then reads input again if the session no longer waits.
	 */
	@Override
	public void execute(Runnable task) {
		this.transport.execute(new Resume(task));
	}

	/**
	 * Applies Redis's {@code client-output-buffer-limit pubsub}: pending output counts
	 * pushes not yet encoded and bytes not yet taken by the socket.
	 */
	private boolean overLimit(long adding) {
		long pending = this.queuedPushBytes.get() + adding + this.unwrittenBytes;
		long hard = this.options.pushHardLimit();
		if (hard > 0 && pending > hard) {
			return true;
		}
		long soft = this.options.pushSoftLimit();
		if (soft > 0 && pending > soft) {
			long now = System.nanoTime() | 1;
			long since = this.softLimitSince;
			if (since == 0) {
				this.softLimitSince = now;
				return false;
			}
			return now - since >= this.options.pushSoftDuration().toNanos();
		}
		this.softLimitSince = 0;
		return false;
	}

	private void kill() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		this.queue.clear();
		this.queuedPushBytes.set(0);
		logger.warn("Closing the connection of {}: its output passed the limit for clients that receive pushes",
				address(true));
		if (this.transport.inLoop()) {
			closeNow();
		}
		else {
			this.transport.execute(new CloseNow(this));
		}
	}

	private void enqueue(Object item, long pushBytes) {
		if (this.closed) {
			return;
		}
		boolean inLoop = this.transport.inLoop();
		if (inLoop && this.queue.isEmpty()) {
			// the common case, a reply made on the event loop with nothing before it:
			// encoded at once, without a trip through the queue
			Session current = this.session;
			if (current != null && encode(item, current)) {
				afterEncoding();
			}
			return;
		}
		this.queue.add(item);
		if (pushBytes > 0) {
			this.queuedPushBytes.addAndGet(pushBytes);
		}
		if (inLoop) {
			drain();
		}
		else if (this.drainScheduled.compareAndSet(false, true)) {
			this.transport.execute(new Drain(this));
		}
	}

	/** Encodes what is queued; on the event loop only. */
	private void drain() {
		this.drainScheduled.set(false);
		Session current = this.session;
		if (current == null || this.gone) {
			return;
		}
		Object item;
		while ((item = this.queue.poll()) != null) {
			if (item instanceof PendingPush pending) {
				this.queuedPushBytes.addAndGet(-pending.size());
			}
			if (!encode(item, current)) {
				return;
			}
		}
		afterEncoding();
	}

	/**
	 * Encodes one item into the loop's scratch, after what this connection has there;
	 * event loop only.
	 * @return false once the item closed the connection
	 */
	private boolean encode(Object item, Session current) {
		if (this.gone) {
			return false;
		}
		if (item == CLOSE) {
			// Like Redis's close-after-reply: what was sent is written, nothing after
			// it.
			this.closed = true;
			this.queue.clear();
			flushBatch();
			closeAfterWriting();
			return false;
		}
		ByteSink out = this.workspace.scratch;
		if (this.batchStart < 0) {
			// Another connection's batch may be in the scratch (a push made by the
			// command it runs): this one's replies go after it and leave with it.
			this.batchStart = out.size();
		}
		if (item instanceof byte[] raw) {
			out.writeBytes(raw);
		}
		else if (item instanceof PendingPush pending) {
			ReplyEncoder.write(pending.message(), current.protocol(), out);
		}
		else {
			ReplyEncoder.write((Reply) item, current.protocol(), out);
		}
		return true;
	}

	/** Outside a batch, what was encoded goes out now. */
	private void afterEncoding() {
		if (!this.batching) {
			flushBatch();
			this.rechecksLeft = PAUSE_RECHECKS;
			updateInterest();
		}
	}

	/** Writes this connection's part of the scratch and takes it out of the scratch. */
	private void flushBatch() {
		int start = this.batchStart;
		if (start < 0) {
			return;
		}
		this.batchStart = -1;
		ByteSink out = this.workspace.scratch;
		int end = out.size();
		if (!this.gone && end > start) {
			writeOut(out.array(), start, end - start);
		}
		out.truncate(start);
		this.workspace.trimScratch();
	}

	/**
	 * Writes bytes to the transport and keeps what it does not take, after what it did
	 * not take before.
	 */
	private void writeOut(byte[] bytes, int offset, int length) {
		if (!this.unwritten.isEmpty()) {
			keep(bytes, offset, length);
			return;
		}
		int done = writePiece(bytes, offset, length);
		if (done < 0) {
			return;
		}
		this.lastActivity = System.nanoTime();
		if (done < length) {
			keep(bytes, offset + done, length - done);
			updateInterest();
		}
	}

	/**
	 * Offers bytes to the transport.
	 * @return the bytes it took, or -1 once a write error closed the connection
	 */
	private int writePiece(byte[] bytes, int offset, int length) {
		try {
			int written = this.transport.write(bytes, offset, length);
			this.socketWrites++;
			return written;
		}
		catch (IOException ex) {
			closeNow();
			return -1;
		}
	}

	/** Adds bytes to the unwritten output, filling the last piece first. */
	private void keep(byte[] bytes, int offset, int length) {
		ByteBuffer last = this.unwritten.peekLast();
		int copied = 0;
		if (last != null && last.capacity() - last.limit() > 0) {
			copied = Math.min(length, last.capacity() - last.limit());
			int limit = last.limit();
			last.limit(limit + copied);
			System.arraycopy(bytes, offset, last.array(), limit, copied);
		}
		if (copied < length) {
			int rest = length - copied;
			byte[] piece = Arrays.copyOfRange(bytes, offset + copied, offset + copied + Math.max(rest, CHUNK));
			this.unwritten.add(ByteBuffer.wrap(piece, 0, rest));
		}
		this.unwrittenBytes += length;
	}

	/** Writes what the socket did not take before, as far as it takes it now. */
	private void writeUnwritten() {
		ByteBuffer head;
		while (!this.gone && (head = this.unwritten.peekFirst()) != null) {
			int piece = head.remaining();
			int written = writePiece(head.array(), head.position(), piece);
			if (written < 0) {
				return;
			}
			this.lastActivity = System.nanoTime();
			head.position(head.position() + written);
			this.unwrittenBytes -= written;
			if (!head.hasRemaining()) {
				this.unwritten.pollFirst();
			}
			if (written < piece) {
				break;
			}
		}
		if (this.gone) {
			return;
		}
		if (this.unwritten.isEmpty() && this.closeWhenWritten) {
			closeNow();
			return;
		}
		updateInterest();
	}

	/** Closes the socket once the unwritten output is written; event loop only. */
	private void closeAfterWriting() {
		if (this.unwritten.isEmpty()) {
			closeNow();
		}
		else {
			this.closeWhenWritten = true;
			updateInterest();
		}
	}

	/**
	 * Whether the connection should read: its output drains and its session waits not.
	 */
	private boolean wantsInput() {
		Session current = this.session;
		return current != null && !this.closed && !current.paused() && this.unwrittenBytes <= WRITE_HIGH_WATER;
	}

	/**
	 * Reads input only while the socket takes output and the session is not blocked, so
	 * that neither a client that does not read nor one that pipelines behind a blocked
	 * command makes the server buffer without bound; asks the socket to say when it takes
	 * output again while some waits.
	 */
	private void updateInterest() {
		if (this.gone) {
			return;
		}
		Session current = this.session;
		boolean paused = current != null && current.paused();
		byte[] error = this.pendingError;
		if (error != null && !paused && !this.closed) {
			this.pendingError = null;
			enqueue(error, 0);
			close();
			return;
		}
		this.reading = wantsInput();
		this.transport.interest(this.reading, !this.unwritten.isEmpty());
		if (current != null && paused && !this.closed && this.rechecksLeft > 0 && !this.recheckScheduled) {
			// The contract has no "resumed" signal. A blocked command ends with its
			// reply, which brings the connection here; a session may mark itself
			// unpaused only just after that reply, so it is asked again a few times,
			// backing off, and then left alone until its next reply (a long-blocked
			// client costs no timer).
			this.recheckScheduled = true;
			long delay = PAUSE_RECHECK_MILLIS << (PAUSE_RECHECKS - this.rechecksLeft);
			this.rechecksLeft--;
			this.transport.schedule(new Recheck(this), delay);
		}
	}

	/**
	 * Closes a connection that neither read nor wrote for the timeout, unless Redis would
	 * exempt it; event loop only.
	 */
	void closeIfIdle(long now, long idleNanos) {
		if (this.gone || now - this.lastActivity < idleNanos) {
			return;
		}
		Session current = this.session;
		// Redis exempts blocked clients and subscribers from its timeout; which client
		// subscribed is the engine's knowledge, so a client that was ever sent a push
		// stands in for a subscriber.
		boolean exempt = current != null && (current.paused() || this.receivesPushes);
		if (!exempt) {
			closeNow();
		}
	}

	/**
	 * Closes the socket at once and ends the session; event loop only. Does nothing the
	 * second time.
	 */
	void closeNow() {
		if (this.gone) {
			return;
		}
		this.gone = true;
		this.closed = true;
		this.transport.close();
		this.server.clients().decrementAndGet();
		this.queue.clear();
		this.queuedPushBytes.set(0);
		this.unwritten.clear();
		this.unwrittenBytes = 0;
		if (this.batchStart >= 0) {
			// only when the connection closes during its own batch: its replies are
			// the scratch's last bytes
			this.workspace.scratch.truncate(this.batchStart);
			this.batchStart = -1;
		}
		Session current = this.session;
		this.session = null;
		if (current != null) {
			try {
				current.close();
			}
			catch (RuntimeException ex) {
				logger.warn("The engine failed to close a session", ex);
			}
		}
	}

	/** Returns how many times the connection wrote to its socket; for tests. */
	long socketWrites() {
		return this.socketWrites;
	}

	/** Returns whether the connection reads its transport now; for tests. */
	boolean reading() {
		return !this.gone && this.reading;
	}

	/**
	 * Returns how many bytes of an incomplete request the connection holds; for tests.
	 */
	int heldInput() {
		return this.decoder.held();
	}

	/** Returns how many bytes the socket did not take yet; for tests. */
	long unwrittenBytes() {
		return this.unwrittenBytes;
	}

	/**
	 * A push in the queue, with the size it was counted with against the output limits.
	 */
	private record PendingPush(Reply.Push message, long size) {
	}

	/** Asks the session whether the client authenticated (a class: no lambda to link). */
	private record Authenticated(Session session) implements java.util.function.BooleanSupplier {

		@Override
		public boolean getAsBoolean() {
			return this.session.authenticated();
		}

	}

	/** Encodes what other threads queued. */
	private record Drain(Connection connection) implements Runnable {

		@Override
		public void run() {
			this.connection.drain();
		}

	}

	/** Closes a connection on its loop. */
	private record CloseNow(Connection connection) implements Runnable {

		@Override
		public void run() {
			this.connection.closeNow();
		}

	}

	/** Asks a paused session again whether it still waits. */
	private record Recheck(Connection connection) implements Runnable {

		@Override
		public void run() {
			this.connection.recheckScheduled = false;
			this.connection.updateInterest();
		}

	}

	/** A session's task on the loop, its replies written as one batch at its end. */
	private final class Resume implements Runnable {

		private final Runnable task;

		Resume(Runnable task) {
			this.task = task;
		}

		@Override
		public void run() {
			if (Connection.this.gone) {
				// the session still expects its task to run; its replies go nowhere
				this.task.run();
				return;
			}
			Connection.this.batching = true;
			try {
				this.task.run();
			}
			finally {
				Connection.this.batching = false;
			}
			flushBatch();
			Connection.this.rechecksLeft = PAUSE_RECHECKS;
			updateInterest();
		}

	}

}
