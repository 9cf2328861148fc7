package io.redipy.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.handler.timeout.IdleStateEvent;
import io.redipy.command.Engine;
import io.redipy.command.Output;
import io.redipy.command.Reply;
import io.redipy.command.Session;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: hands decoded commands to its {@link Session} on the channel's
 * event loop and writes what the session sends, from any thread, in order.
 *
 * <p>
 * Everything the session sends goes through one queue that only the event loop drains, so
 * replies from other threads (a blocked command's, a push) keep their order with the
 * replies of commands run on the event loop. Replies written while a read batch is being
 * handled are flushed once at its end; others at once.
 */
final class Connection extends ChannelInboundHandlerAdapter implements Output {

	private static final Logger logger = LoggerFactory.getLogger(Connection.class);

	private static final Object CLOSE = new Object();

	private static final byte[] MAX_CLIENTS = "-ERR max number of clients reached\r\n"
		.getBytes(StandardCharsets.US_ASCII);

	/**
	 * First delay after a reply at which a still-paused session is asked again; it
	 * doubles.
	 */
	private static final long PAUSE_RECHECK_MILLIS = 5;

	/** How many times a still-paused session is asked again after a reply. */
	private static final int PAUSE_RECHECKS = 6;

	private final Engine engine;

	private final ServerOptions options;

	private final AtomicInteger clients;

	private final Queue<Object> queue = new ConcurrentLinkedQueue<>();

	/** Estimated bytes of pushes queued but not yet encoded, for the output limits. */
	private final AtomicLong queuedPushBytes = new AtomicLong();

	private final AtomicBoolean drainScheduled = new AtomicBoolean();

	/** Set once nothing more is written: closing after a reply, killed, or gone. */
	private volatile boolean closed;

	private volatile boolean receivesPushes;

	/** When pending output first exceeded the soft limit, 0 while it is below. */
	private volatile long softLimitSince;

	/** Read by the threads that send replies and pushes, so volatile. */
	private volatile @Nullable ChannelHandlerContext ctx;

	private @Nullable Session session;

	/** Replies encoded during a read batch, written at its end (event loop only). */
	private @Nullable ByteBuf batch;

	/** Whether {@link #batch} is the event loop's scratch, lent to this connection. */
	private boolean batchIsScratch;

	/** The scratch of this connection's event loop (set when the channel is active). */
	private @Nullable ReplyScratch scratch;

	private boolean reading;

	/** A protocol error held back while the session is blocked (event loop only). */
	private byte @Nullable [] pendingError;

	/** Rechecks of a paused session left after the last reply; event loop only. */
	private int rechecksLeft;

	private boolean recheckScheduled;

	Connection(Engine engine, ServerOptions options, AtomicInteger clients) {
		this.engine = engine;
		this.options = options;
		this.clients = clients;
	}

	@Override
	public void channelActive(ChannelHandlerContext ctx) {
		this.ctx = ctx;
		// a channel stays on the event loop it was registered with
		this.scratch = ReplyScratch.current();
		Channel channel = ctx.channel();
		if (this.clients.incrementAndGet() > this.options.maxClients()) {
			this.closed = true;
			ctx.writeAndFlush(Unpooled.wrappedBuffer(MAX_CLIENTS)).addListener(ChannelFutureListener.CLOSE);
			return;
		}
		try {
			Session opened = this.engine.open(this, channel.remoteAddress(), channel.localAddress());
			this.session = opened;
			RespDecoder decoder = ctx.pipeline().get(RespDecoder.class);
			if (decoder != null) {
				decoder.authenticatedBy(opened::authenticated);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("The engine could not open a session for {}", channel.remoteAddress(), ex);
			this.closed = true;
			ctx.close();
			return;
		}
		ctx.fireChannelActive();
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		this.reading = true;
		Session current = this.session;
		if (this.closed || current == null) {
			return;
		}
		if (msg instanceof RespDecoder.ProtocolError error) {
			if (current.paused()) {
				// Redis reads nothing while a client is blocked, so its protocol error
				// comes
				// after the replies to the commands before it.
				this.pendingError = error.line();
			}
			else {
				enqueue(error.line(), 0);
				close();
			}
			return;
		}
		try {
			current.execute((byte[][]) msg);
		}
		catch (RuntimeException ex) {
			// An engine bug must not take the connection's order of replies with it: the
			// client gets an error for this command and the next ones still run.
			logger.warn("The engine failed on a command", ex);
			reply(Reply.error("ERR internal error: " + ex));
		}
	}

	@Override
	public void channelReadComplete(ChannelHandlerContext ctx) {
		this.reading = false;
		flushBatch();
		updateAutoRead();
		ctx.fireChannelReadComplete();
	}

	@Override
	public void channelWritabilityChanged(ChannelHandlerContext ctx) {
		updateAutoRead();
		ctx.fireChannelWritabilityChanged();
	}

	@Override
	public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
		if (event instanceof IdleStateEvent) {
			Session current = this.session;
			// Redis exempts blocked clients and subscribers from its timeout; which
			// client subscribed is the engine's knowledge, so a client that was ever sent
			// a
			// push stands in for a subscriber.
			boolean exempt = current != null && (current.paused() || this.receivesPushes);
			if (!exempt) {
				this.closed = true;
				ctx.close();
			}
			return;
		}
		ctx.fireUserEventTriggered(event);
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) {
		this.closed = true;
		this.clients.decrementAndGet();
		this.queue.clear();
		this.queuedPushBytes.set(0);
		ByteBuf open = this.batch;
		if (open != null) {
			this.batch = null;
			if (this.batchIsScratch) {
				this.batchIsScratch = false;
				lentScratch().abandon();
			}
			else {
				open.release();
			}
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
		ctx.fireChannelInactive();
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		if (!(cause instanceof IOException)) {
			logger.warn("Closing a connection after an unexpected error", cause);
		}
		this.closed = true;
		ctx.close();
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
		ChannelHandlerContext context = this.ctx;
		if (context == null) {
			task.run();
			return;
		}
		context.executor().execute(() -> {
			task.run();
			flushBatch();
			updateAutoRead();
		});
	}

	/**
	 * Applies Redis's {@code client-output-buffer-limit pubsub}: pending output counts
	 * pushes not yet encoded and bytes not yet taken by the socket.
	 */
	private boolean overLimit(long adding) {
		long pending = this.queuedPushBytes.get() + adding + outboundBytes();
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

	private long outboundBytes() {
		ChannelHandlerContext context = this.ctx;
		ChannelOutboundBuffer buffer = (context != null) ? context.channel().unsafe().outboundBuffer() : null;
		return (buffer != null) ? buffer.totalPendingWriteBytes() : 0;
	}

	private void kill() {
		ChannelHandlerContext context = this.ctx;
		if (this.closed || context == null) {
			return;
		}
		this.closed = true;
		this.queue.clear();
		this.queuedPushBytes.set(0);
		logger.warn("Closing the connection of {}: its output passed the limit for clients that receive pushes",
				context.channel().remoteAddress());
		context.channel().close();
	}

	private void enqueue(Object item, long pushBytes) {
		ChannelHandlerContext context = this.ctx;
		if (this.closed || context == null) {
			return;
		}
		if (context.executor().inEventLoop() && this.queue.isEmpty()) {
			// the common case, a reply made on the event loop with nothing before it:
			// encoded at once, without a trip through the queue
			Session current = this.session;
			if (current != null && encode(item, context, current)) {
				afterEncoding();
			}
			return;
		}
		this.queue.add(item);
		if (pushBytes > 0) {
			this.queuedPushBytes.addAndGet(pushBytes);
		}
		if (context.executor().inEventLoop()) {
			drain();
		}
		else if (this.drainScheduled.compareAndSet(false, true)) {
			context.executor().execute(this::drain);
		}
	}

	/** Encodes what is queued; on the event loop only. */
	private void drain() {
		this.drainScheduled.set(false);
		ChannelHandlerContext context = this.ctx;
		Session current = this.session;
		if (context == null || current == null) {
			return;
		}
		Object item;
		while ((item = this.queue.poll()) != null) {
			if (item instanceof PendingPush pending) {
				this.queuedPushBytes.addAndGet(-pending.size());
			}
			if (!encode(item, context, current)) {
				return;
			}
		}
		afterEncoding();
	}

	/**
	 * Encodes one item into the batch; on the event loop only.
	 * @return false once the item closed the connection
	 */
	private boolean encode(Object item, ChannelHandlerContext context, Session current) {
		if (item == CLOSE) {
			// Like Redis's close-after-reply: what was sent is written, nothing after
			// it.
			this.closed = true;
			this.queue.clear();
			flushBatch();
			context.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
			return false;
		}
		ByteBuf out = this.batch;
		if (out == null) {
			// a heap buffer: replies are many small writes, each a plain array copy
			// here; the socket takes the batch in one copy
			ReplyScratch lendable = this.scratch;
			out = (lendable != null) ? lendable.take(this) : null;
			this.batchIsScratch = out != null;
			if (out == null) {
				out = context.alloc().heapBuffer(256);
			}
			this.batch = out;
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

	/** Outside a read, what was encoded goes out now. */
	private void afterEncoding() {
		if (!this.reading) {
			flushBatch();
			this.rechecksLeft = PAUSE_RECHECKS;
			updateAutoRead();
		}
	}

	private void flushBatch() {
		ByteBuf out = this.batch;
		ChannelHandlerContext context = this.ctx;
		if (out == null || context == null) {
			return;
		}
		this.batch = null;
		if (this.batchIsScratch) {
			this.batchIsScratch = false;
			out = lentScratch().finish();
		}
		if (out.isReadable()) {
			context.writeAndFlush(out, context.voidPromise());
		}
		else {
			out.release();
		}
	}

	private ReplyScratch lentScratch() {
		ReplyScratch lent = this.scratch;
		if (lent == null) {
			throw new IllegalStateException("a scratch batch without a scratch");
		}
		return lent;
	}

	/**
	 * Reads input only while the socket takes output and the session is not blocked, so
	 * that neither a client that does not read nor one that pipelines behind a blocked
	 * command makes the server buffer without bound.
	 */
	private void updateAutoRead() {
		ChannelHandlerContext context = this.ctx;
		Session current = this.session;
		if (this.closed || context == null || current == null) {
			return;
		}
		Channel channel = context.channel();
		boolean paused = current.paused();
		byte[] error = this.pendingError;
		if (error != null && !paused) {
			this.pendingError = null;
			enqueue(error, 0);
			close();
			return;
		}
		boolean read = channel.isWritable() && !paused;
		if (channel.config().isAutoRead() != read) {
			channel.config().setAutoRead(read);
		}
		if (paused && this.rechecksLeft > 0 && !this.recheckScheduled) {
			// The contract has no "resumed" signal. A blocked command ends with its
			// reply,
			// which brings the connection here; a session may mark itself unpaused only
			// just after that reply, so it is asked again a few times, backing off, and
			// then left alone until its next reply (a long-blocked client costs no
			// timer).
			this.recheckScheduled = true;
			long delay = PAUSE_RECHECK_MILLIS << (PAUSE_RECHECKS - this.rechecksLeft);
			this.rechecksLeft--;
			context.executor().schedule(() -> {
				this.recheckScheduled = false;
				updateAutoRead();
			}, delay, TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * A push in the queue, with the size it was counted with against the output limits.
	 */
	private record PendingPush(Reply.Push message, long size) {
	}

}
