package io.redipy.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Sends frames to a server, each on its own connection and many at once, and records what
 * each connection got back: its replies and whether the server closed it. A connection
 * counts as settled once nothing has arrived for a quiet period.
 */
final class FrameProbe {

	private static final long QUIET_NANOS = 150_000_000L;

	/** At least this long is waited for a first answer, for a loaded machine. */
	private static final long FIRST_NANOS = 400_000_000L;

	/** How long a connection is waited for to catch up with the expected outcome. */
	private static final long EXPECTED_NANOS = 10_000_000_000L;

	private FrameProbe() {
	}

	/**
	 * What one connection got.
	 *
	 * @param replies the whole replies, one char per byte
	 * @param closed whether the server closed the connection
	 * @param rest bytes after the last whole reply
	 */
	record Outcome(List<String> replies, boolean closed, String rest) {

		String last() {
			return this.replies.isEmpty() ? "" : this.replies.get(this.replies.size() - 1);
		}

		boolean protocolError() {
			return this.closed && last().startsWith("-ERR Protocol error");
		}

	}

	/**
	 * Sends each frame on a connection of its own; frames whose {@code disconnect} flag
	 * is set are followed by closing the connection at once, and their outcome is empty.
	 */
	static List<Outcome> probe(int port, List<byte[]> frames, boolean[] disconnect) throws IOException {
		return probe(port, frames, disconnect, null);
	}

	/**
	 * Sends frames as {@link #probe(int, List, boolean[])} does; with {@code expected}
	 * outcomes (another server's), each connection is also waited for, up to a deadline,
	 * until it got as many bytes and as much closing as expected, so that a loaded
	 * machine does not pass a slow answer for a missing one.
	 */
	static List<Outcome> probe(int port, List<byte[]> frames, boolean[] disconnect, @Nullable List<Outcome> expected)
			throws IOException {
		List<SocketChannel> channels = new ArrayList<>();
		List<ByteArrayOutputStream> received = new ArrayList<>();
		boolean[] closed = new boolean[frames.size()];
		try {
			for (int i = 0; i < frames.size(); i++) {
				SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
				channel.socket().setTcpNoDelay(true);
				ByteBuffer frame = ByteBuffer.wrap(frames.get(i));
				channel.configureBlocking(false);
				// Small frames fit the socket buffer; a large one is written as the peer
				// reads.
				long deadline = System.nanoTime() + 2_000_000_000L;
				while (frame.hasRemaining() && System.nanoTime() < deadline) {
					try {
						if (channel.write(frame) == 0) {
							Thread.onSpinWait();
						}
					}
					catch (IOException ex) {
						break;
					}
				}
				if (disconnect[i]) {
					channel.close();
					closed[i] = true;
				}
				channels.add(channel);
				received.add(new ByteArrayOutputStream());
			}
			ByteBuffer buffer = ByteBuffer.allocate(65536);
			long begin = System.nanoTime();
			long lastData = begin;
			while (System.nanoTime() - lastData < QUIET_NANOS || System.nanoTime() - begin < FIRST_NANOS
					|| (expected != null && System.nanoTime() - begin < EXPECTED_NANOS
							&& !caughtUp(expected, received, closed))) {
				boolean any = false;
				for (int i = 0; i < channels.size(); i++) {
					if (closed[i]) {
						continue;
					}
					buffer.clear();
					int read;
					try {
						read = channels.get(i).read(buffer);
					}
					catch (IOException ex) {
						read = -1;
					}
					if (read < 0) {
						closed[i] = true;
						any = true;
					}
					else if (read > 0) {
						received.get(i).write(buffer.array(), 0, read);
						any = true;
					}
				}
				if (any) {
					lastData = System.nanoTime();
				}
				else {
					sleep();
				}
			}
		}
		finally {
			for (SocketChannel channel : channels) {
				channel.close();
			}
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < frames.size(); i++) {
			outcomes.add(disconnect[i] ? new Outcome(List.of(), true, "")
					: parse(received.get(i).toString(StandardCharsets.ISO_8859_1), closed[i]));
		}
		return outcomes;
	}

	private static boolean caughtUp(List<Outcome> expected, List<ByteArrayOutputStream> received, boolean[] closed) {
		for (int i = 0; i < expected.size(); i++) {
			Outcome outcome = expected.get(i);
			int length = outcome.rest().length();
			for (String reply : outcome.replies()) {
				length += reply.length();
			}
			if (received.get(i).size() < length || (outcome.closed() && !closed[i])) {
				return false;
			}
		}
		return true;
	}

	private static void sleep() {
		try {
			Thread.sleep(2);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static Outcome parse(String bytes, boolean closed) {
		List<String> replies = new ArrayList<>();
		int position = 0;
		while (position < bytes.length()) {
			int end = end(bytes, position);
			if (end < 0) {
				break;
			}
			replies.add(bytes.substring(position, end));
			position = end;
		}
		return new Outcome(replies, closed, bytes.substring(position));
	}

	/** Returns where the reply at {@code start} ends, or -1 if it is not whole. */
	private static int end(String bytes, int start) {
		int lineEnd = bytes.indexOf("\r\n", start);
		if (lineEnd < 0) {
			return -1;
		}
		char type = bytes.charAt(start);
		String line = bytes.substring(start + 1, lineEnd);
		int next = lineEnd + 2;
		switch (type) {
			case '$':
			case '=': {
				int length = Integer.parseInt(line);
				if (length < 0) {
					return next;
				}
				return (next + length + 2 <= bytes.length()) ? next + length + 2 : -1;
			}
			case '*':
			case '~':
			case '>':
			case '%': {
				int count = Integer.parseInt(line) * ((type == '%') ? 2 : 1);
				for (int i = 0; i < count && next >= 0; i++) {
					next = end(bytes, next);
				}
				return next;
			}
			default:
				return next;
		}
	}

}
