package io.redipy.server;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

import org.jspecify.annotations.Nullable;

/**
 * The server's own transport: a non-blocking socket on one of its event loops, read and
 * written through the loop's direct buffers.
 */
final class SocketTransport implements Transport {

	private final EventLoop loop;

	private final SocketChannel channel;

	private @Nullable SelectionKey key;

	private @Nullable Connection connection;

	SocketTransport(EventLoop loop, SocketChannel channel) {
		this.loop = loop;
		this.channel = channel;
	}

	/** Registered: the key the selector reports the socket by. */
	void registered(SelectionKey selection, Connection owner) {
		this.key = selection;
		this.connection = owner;
	}

	@Override
	public int read(byte[] into) throws IOException {
		ByteBuffer buffer = this.loop.readBuffer;
		buffer.clear();
		buffer.limit(Math.min(buffer.capacity(), into.length));
		int read = this.channel.read(buffer);
		if (read > 0) {
			buffer.flip();
			buffer.get(into, 0, read);
		}
		return read;
	}

	/** Writes through the loop's direct buffer, a piece of its size at a time. */
	@Override
	public int write(byte[] bytes, int offset, int length) throws IOException {
		ByteBuffer buffer = this.loop.writeBuffer;
		int done = 0;
		while (done < length) {
			int piece = Math.min(length - done, buffer.capacity());
			buffer.clear();
			buffer.put(bytes, offset + done, piece);
			buffer.flip();
			int written = this.channel.write(buffer);
			done += written;
			if (written < piece) {
				break;
			}
		}
		return done;
	}

	@Override
	public void interest(boolean read, boolean write) {
		SelectionKey selection = this.key;
		if (selection == null || !selection.isValid()) {
			return;
		}
		int ops = (write ? SelectionKey.OP_WRITE : 0) | (read ? SelectionKey.OP_READ : 0);
		if (selection.interestOps() != ops) {
			selection.interestOps(ops);
		}
	}

	@Override
	public void close() {
		SelectionKey selection = this.key;
		if (selection != null) {
			selection.cancel();
		}
		EventLoop.closeQuietly(this.channel);
		Connection owner = this.connection;
		if (owner != null) {
			this.loop.closed(owner);
		}
	}

	@Override
	public @Nullable SocketAddress remoteAddress() {
		try {
			return this.channel.getRemoteAddress();
		}
		catch (IOException ex) {
			return null;
		}
	}

	@Override
	public @Nullable SocketAddress localAddress() {
		try {
			return this.channel.getLocalAddress();
		}
		catch (IOException ex) {
			return null;
		}
	}

	@Override
	public boolean inLoop() {
		return this.loop.inLoop();
	}

	@Override
	public void execute(Runnable task) {
		this.loop.execute(task);
	}

	@Override
	public void schedule(Runnable task, long delayMillis) {
		this.loop.schedule(task, delayMillis);
	}

	/** Returns whether the selector reports the socket's input now; for tests. */
	boolean reading() {
		SelectionKey selection = this.key;
		return selection != null && selection.isValid() && (selection.interestOps() & SelectionKey.OP_READ) != 0;
	}

}
