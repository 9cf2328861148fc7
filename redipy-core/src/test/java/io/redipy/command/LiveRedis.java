package io.redipy.command;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.output.CommandOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.ProtocolKeyword;
import io.lettuce.core.protocol.ProtocolVersion;
import io.redipy.test.RedisServer;
import org.jspecify.annotations.Nullable;

/**
 * Talks to a live Redis in RESP2 or RESP3 through Lettuce's raw dispatch and gives its
 * replies as {@link Neutral} trees, so they can be compared with our {@link Reply}s.
 */
final class LiveRedis implements AutoCloseable {

	private final RedisClient client;

	private final StatefulRedisConnection<byte[], byte[]> resp2;

	private final StatefulRedisConnection<byte[], byte[]> resp3;

	LiveRedis(RedisServer server) {
		RedisURI uri = RedisURI.builder()
			.withHost(server.host())
			.withPort(server.port())
			.withTimeout(Duration.ofSeconds(10))
			.build();
		this.client = RedisClient.create(uri);
		this.client.setOptions(ClientOptions.builder().protocolVersion(ProtocolVersion.RESP2).build());
		this.resp2 = this.client.connect(ByteArrayCodec.INSTANCE);
		this.client.setOptions(ClientOptions.builder().protocolVersion(ProtocolVersion.RESP3).build());
		this.resp3 = this.client.connect(ByteArrayCodec.INSTANCE);
	}

	/**
	 * Sends a command and returns its reply, an error as {@link Neutral.Err}.
	 * @param protocol 2 or 3
	 * @param argv the argument vector
	 * @return the reply
	 */
	@Nullable Object call(int protocol, List<byte[]> argv) {
		StatefulRedisConnection<byte[], byte[]> connection = (protocol == 2) ? this.resp2 : this.resp3;
		CommandArgs<byte[], byte[]> args = new CommandArgs<>(ByteArrayCodec.INSTANCE);
		for (byte[] arg : argv.subList(1, argv.size())) {
			args.add(arg);
		}
		byte[] name = argv.get(0);
		ProtocolKeyword keyword = new ProtocolKeyword() {

			@Override
			public byte[] getBytes() {
				return name;
			}

			@Override
			public String toString() {
				return new String(name, StandardCharsets.UTF_8);
			}

		};
		try {
			return connection.sync().dispatch(keyword, new TreeOutput(), args);
		}
		catch (RedisCommandExecutionException ex) {
			return new Neutral.Err(ex.getMessage());
		}
	}

	/**
	 * Sends a command given as texts.
	 * @param protocol 2 or 3
	 * @param argv the argument vector
	 * @return the reply
	 */
	@Nullable Object call(int protocol, String... argv) {
		return call(protocol, Neutral.bytes(argv));
	}

	@Override
	public void close() {
		this.resp2.close();
		this.resp3.close();
		this.client.shutdown();
	}

	/**
	 * Builds a neutral tree from Lettuce's parse events, keeping RESP3's types.
	 */
	private static final class TreeOutput extends CommandOutput<byte[], byte[], Object> {

		private final Deque<Frame> stack = new ArrayDeque<>();

		TreeOutput() {
			super(ByteArrayCodec.INSTANCE, null);
		}

		@Override
		public void set(@Nullable ByteBuffer bytes) {
			add((bytes != null) ? StandardCharsets.UTF_8.decode(bytes).toString() : null);
		}

		@Override
		public void setSingle(@Nullable ByteBuffer bytes) {
			set(bytes);
		}

		@Override
		public void setBigNumber(@Nullable ByteBuffer bytes) {
			set(bytes);
		}

		@Override
		public void set(long integer) {
			add(integer);
		}

		@Override
		public void set(double number) {
			add(number);
		}

		@Override
		public void set(boolean value) {
			add(value);
		}

		@Override
		public void multi(int count) {
			open('a', count);
		}

		@Override
		public void multiArray(int count) {
			open('a', count);
		}

		@Override
		public void multiPush(int count) {
			open('a', count);
		}

		@Override
		public void multiSet(int count) {
			open('s', count);
		}

		@Override
		public void multiMap(int count) {
			open('m', count);
		}

		private void open(char kind, int count) {
			if (count < 0) {
				add(null);
				return;
			}
			int expected = (kind == 'm') ? count * 2 : count;
			this.stack.push(new Frame(kind, expected, new ArrayList<>()));
			closeFull();
		}

		private void add(@Nullable Object value) {
			if (this.stack.isEmpty()) {
				this.output = value;
				return;
			}
			this.stack.peek().items.add(value);
			closeFull();
		}

		private void closeFull() {
			while (!this.stack.isEmpty() && this.stack.peek().items.size() == this.stack.peek().expected) {
				Frame frame = this.stack.pop();
				Object value = switch (frame.kind) {
					case 's' -> new Neutral.NSet(frame.items);
					case 'm' -> Neutral.NMap.of(frame.items);
					default -> frame.items;
				};
				if (this.stack.isEmpty()) {
					this.output = value;
				}
				else {
					this.stack.peek().items.add(value);
				}
			}
		}

		private record Frame(char kind, int expected, List<@Nullable Object> items) {
		}

	}

}
