package io.redipy.autoconfigure;

import java.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import io.redipy.server.RedipyServer;
import io.redipy.server.ServerConnection;
import io.redipy.server.Transport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server end of one in-process connection: a Netty {@code LocalChannel} handler that
 * carries the bytes of a {@link ServerConnection} the memory endpoint's server opened on
 * it, on the channel's event loop. The connection is the one the server's sockets use, so
 * the protocol, the sessions and the limits are the same; only the bytes travel through
 * memory.
 */
final class InProcessTransport extends ChannelInboundHandlerAdapter implements Transport {

	private static final Logger logger = LoggerFactory.getLogger(InProcessTransport.class);

	private final RedipyServer server;

	/** What arrived and the connection did not read yet; event loop only. */
	private final ArrayDeque<ByteBuf> input = new ArrayDeque<>();

	private @Nullable Channel channel;

	private @Nullable ServerConnection connection;

	/** Whether the peer is gone; event loop only. */
	private boolean ended;

	/** Whether the connection wants input; event loop only. */
	private boolean reading = true;

	/** Whether a read of held input is on its way; event loop only. */
	private boolean readScheduled;

	InProcessTransport(RedipyServer server) {
		this.server = server;
	}

	@Override
	public void channelActive(ChannelHandlerContext ctx) {
		this.channel = ctx.channel();
		try {
			this.connection = this.server.connect(this);
		}
		catch (IllegalStateException ex) {
			// the endpoint closed while the client connected
			ctx.close();
		}
		ctx.fireChannelActive();
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object message) {
		ServerConnection open = this.connection;
		if (!(message instanceof ByteBuf bytes) || open == null || this.ended) {
			ReferenceCountUtil.release(message);
			return;
		}
		this.input.add(bytes);
		scheduleRead(ctx.channel());
	}

	@Override
	public void channelWritabilityChanged(ChannelHandlerContext ctx) {
		ServerConnection open = this.connection;
		if (open != null && ctx.channel().isWritable()) {
			open.writable();
		}
		ctx.fireChannelWritabilityChanged();
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) {
		this.ended = true;
		releaseInput();
		ServerConnection open = this.connection;
		if (open != null) {
			open.disconnected();
		}
		ctx.fireChannelInactive();
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		logger.debug("Closing an in-process connection after an error", cause);
		ctx.close();
	}

	@Override
	public int read(byte[] into) {
		int moved = 0;
		ByteBuf head;
		while (moved < into.length && (head = this.input.peekFirst()) != null) {
			int piece = Math.min(head.readableBytes(), into.length - moved);
			head.readBytes(into, moved, piece);
			moved += piece;
			if (!head.isReadable()) {
				this.input.pollFirst().release();
			}
		}
		return (moved == 0 && this.ended) ? -1 : moved;
	}

	@Override
	public int write(byte[] bytes, int offset, int length) {
		Channel open = requireChannel();
		if (!open.isActive()) {
			return length;
		}
		if (!open.isWritable()) {
			// kept by the connection until the peer drains what was written before
			return 0;
		}
		ByteBuf out = open.alloc().buffer(length);
		out.writeBytes(bytes, offset, length);
		open.writeAndFlush(out, open.voidPromise());
		return length;
	}

	@Override
	public void interest(boolean read, boolean write) {
		this.reading = read;
		Channel open = requireChannel();
		if (open.config().isAutoRead() != read) {
			open.config().setAutoRead(read);
		}
		if (read) {
			// input held while the connection did not want it, or beyond one read
			// event's share
			scheduleRead(open);
		}
	}

	private void scheduleRead(Channel open) {
		if (this.reading && !this.input.isEmpty() && !this.readScheduled) {
			this.readScheduled = true;
			open.eventLoop().execute(this::readHeld);
		}
	}

	private void readHeld() {
		this.readScheduled = false;
		ServerConnection open = this.connection;
		if (open != null && this.reading && !this.input.isEmpty()) {
			open.readable();
		}
	}

	@Override
	public void close() {
		releaseInput();
		requireChannel().close();
	}

	private void releaseInput() {
		ByteBuf held;
		while ((held = this.input.pollFirst()) != null) {
			held.release();
		}
	}

	@Override
	public @Nullable SocketAddress remoteAddress() {
		return requireChannel().remoteAddress();
	}

	@Override
	public @Nullable SocketAddress localAddress() {
		return requireChannel().localAddress();
	}

	@Override
	public boolean inLoop() {
		return requireChannel().eventLoop().inEventLoop();
	}

	@Override
	public void execute(Runnable task) {
		try {
			requireChannel().eventLoop().execute(task);
		}
		catch (RejectedExecutionException ex) {
			// the in-process endpoint closed, and the connection with it: a blocked
			// command's reply or a push that comes late goes nowhere
			logger.debug("Dropped a task for a closed in-process connection");
		}
	}

	@Override
	public void schedule(Runnable task, long delayMillis) {
		requireChannel().eventLoop().schedule(task, delayMillis, TimeUnit.MILLISECONDS);
	}

	private Channel requireChannel() {
		Channel open = this.channel;
		if (open == null) {
			throw new IllegalStateException("The in-process connection is not active yet");
		}
		return open;
	}

}
