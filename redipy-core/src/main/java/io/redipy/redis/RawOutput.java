package io.redipy.redis;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.output.CommandOutput;
import io.redipy.CommandException;
import org.jspecify.annotations.Nullable;

/**
 * A Lettuce output that keeps any reply as a plain tree: {@code byte[]} for bulk and
 * status strings, {@link Long}, {@link Double}, {@link Boolean}, {@link List} for arrays,
 * sets and maps (maps flattened to key, value, ...), {@code null} for nil, and a
 * {@link CommandException} for an error nested in an array. RESP2 and RESP3 replies give
 * trees that {@link Replies} reads alike.
 */
final class RawOutput extends CommandOutput<byte[], byte[], @Nullable Object> {

	private final Deque<List<@Nullable Object>> stack = new ArrayDeque<>();

	RawOutput() {
		super(ByteArrayCodec.INSTANCE, null);
	}

	private void add(@Nullable Object value) {
		List<@Nullable Object> top = this.stack.peek();
		if (top == null) {
			this.output = value;
		}
		else {
			top.add(value);
		}
	}

	@Override
	public void set(@Nullable ByteBuffer bytes) {
		if (bytes == null) {
			add(null);
			return;
		}
		byte[] copy = new byte[bytes.remaining()];
		bytes.get(copy);
		add(copy);
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
	public void setError(@Nullable ByteBuffer error) {
		setError(decodeString(error));
	}

	@Override
	public void setError(@Nullable String error) {
		if (this.stack.isEmpty()) {
			super.setError(error);
		}
		else {
			add(CommandException.of(String.valueOf(error)));
		}
	}

	@Override
	public void multi(int count) {
		if (count < 0) {
			add(null);
			return;
		}
		List<@Nullable Object> list = new ArrayList<>(count);
		add(list);
		this.stack.push(list);
	}

	@Override
	public void complete(int depth) {
		while (this.stack.size() > depth) {
			this.stack.pop();
		}
	}

}
