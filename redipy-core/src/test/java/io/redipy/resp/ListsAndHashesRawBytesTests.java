package io.redipy.resp;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import io.redipy.RedipyClient;
import io.redipy.command.Output;
import io.redipy.command.Reply;
import io.redipy.command.Session;
import io.redipy.memory.MemoryStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bytes that are not UTF-8, written through the endpoint by the list and hash commands
 * that work on the store directly, read through the {@code String} API as a string codec
 * reads them from Redis: each such byte as U+FFFD.
 */
class ListsAndHashesRawBytesTests {

	private final MemoryStore store = new MemoryStore();

	private final List<Reply> replies = new ArrayList<>();

	private final Session session = this.store.engine(null).open(new Output() {

		@Override
		public void reply(Reply reply) {
			ListsAndHashesRawBytesTests.this.replies.add(reply);
		}

		@Override
		public void push(Reply.Push message) {
		}

		@Override
		public void close() {
		}

	}, new InetSocketAddress("127.0.0.1", 1), new InetSocketAddress("127.0.0.1", 1));

	private final RedipyClient client = this.store.client("");

	@Test
	void lsetOfBytesReadsAsReplacementCharacters() {
		run("RPUSH l a");
		run("LSET l 0 \\xff");
		assertThat(this.client.lindex("l", 0)).isEqualTo("\uFFFD");
	}

	@Test
	void hincrbyfloatOnKeyAndFieldOfBytesReadsAsReplacementCharacters() {
		run("HINCRBYFLOAT \\xfe \\xff 1.5");
		assertThat(this.client.keys("*")).containsExactly("\uFFFD");
	}

	private void run(String line) {
		Object[] args = RespPair.split(line);
		this.session.execute(RespPair.args(args));
		assertThat(this.replies).last().isNotInstanceOf(Reply.Error.class);
	}

}
