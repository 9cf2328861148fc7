package io.redipy.server;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A blocking socket client for tests that sends raw bytes and reads whole RESP replies as
 * raw bytes.
 */
final class RawClient implements AutoCloseable {

	private final Socket socket;

	private final InputStream in;

	RawClient(int port) throws IOException {
		this("127.0.0.1", port);
	}

	RawClient(String host, int port) throws IOException {
		this.socket = new Socket();
		this.socket.connect(new InetSocketAddress(host, port), 2000);
		this.socket.setSoTimeout(5000);
		this.in = new java.io.BufferedInputStream(this.socket.getInputStream(), 65536);
	}

	Socket socket() {
		return this.socket;
	}

	void send(String text) throws IOException {
		send(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	void send(byte[] bytes) throws IOException {
		this.socket.getOutputStream().write(bytes);
		this.socket.getOutputStream().flush();
	}

	/** Sends a command as a multibulk request. */
	void command(String... args) throws IOException {
		StringBuilder frame = new StringBuilder("*").append(args.length).append("\r\n");
		for (String arg : args) {
			byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
			frame.append('$').append(bytes.length).append("\r\n").append(arg).append("\r\n");
		}
		send(frame.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Reads one whole reply, as its raw bytes in ISO-8859-1 (one char per byte). */
	String reply() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		readReply(out);
		return out.toString(StandardCharsets.ISO_8859_1);
	}

	/** Sends a command and reads its reply. */
	String call(String... args) throws IOException {
		command(args);
		return reply();
	}

	/** Returns whether the server closed the connection (reading nothing else first). */
	boolean closedByServer() throws IOException {
		try {
			return this.in.read() == -1;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

	private void readReply(ByteArrayOutputStream out) throws IOException {
		int type = next(out);
		String line = line(out);
		switch (type) {
			case '$':
			case '=':
				int length = Integer.parseInt(line);
				for (int i = 0; length >= 0 && i < length + 2; i++) {
					next(out);
				}
				break;
			case '*':
			case '~':
			case '>':
			case '%':
				int count = Integer.parseInt(line) * ((type == '%') ? 2 : 1);
				for (int i = 0; i < count; i++) {
					readReply(out);
				}
				break;
			default:
				break;
		}
	}

	private String line(ByteArrayOutputStream out) throws IOException {
		StringBuilder line = new StringBuilder();
		int b;
		while ((b = next(out)) != '\r') {
			line.append((char) b);
		}
		next(out);
		return line.toString();
	}

	private int next(ByteArrayOutputStream out) throws IOException {
		int b = this.in.read();
		if (b < 0) {
			throw new EOFException("connection closed");
		}
		out.write(b);
		return b;
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
