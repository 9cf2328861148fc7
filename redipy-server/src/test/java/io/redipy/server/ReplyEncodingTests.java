package io.redipy.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import io.redipy.command.Reply;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reply type written byte for byte in RESP2 and RESP3, and doubles written exactly
 * as a real redis-server writes them.
 */
@ExtendWith(RedisExtension.class)
class ReplyEncodingTests {

	private static RedipyServer server;

	@BeforeAll
	static void start() {
		server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults());
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					simple    | +OK\\r\\n                                 | +OK\\r\\n
					error     | -ERR bad thing\\r\\n                      | -ERR bad thing\\r\\n
					int       | :-42\\r\\n                                | :-42\\r\\n
					bulk      | $5\\r\\na\\r\\n\\0\\xff\\r\\n             | $5\\r\\na\\r\\n\\0\\xff\\r\\n
					emptybulk | $0\\r\\n\\r\\n                            | $0\\r\\n\\r\\n
					nil       | $-1\\r\\n                                 | _\\r\\n
					nilarray  | *-1\\r\\n                                 | _\\r\\n
					array     | *3\\r\\n:1\\r\\n$1\\r\\nx\\r\\n*0\\r\\n   | *3\\r\\n:1\\r\\n$1\\r\\nx\\r\\n*0\\r\\n
					map       | *4\\r\\n$1\\r\\nk\\r\\n$3\\r\\n1.5\\r\\n$1\\r\\nn\\r\\n$-1\\r\\n | %2\\r\\n$1\\r\\nk\\r\\n,1.5\\r\\n$1\\r\\nn\\r\\n_\\r\\n
					set       | *2\\r\\n$1\\r\\na\\r\\n:1\\r\\n           | ~2\\r\\n$1\\r\\na\\r\\n#t\\r\\n
					double    | $19\\r\\n0.10000000000000001\\r\\n        | ,0.10000000000000001\\r\\n
					inf       | $4\\r\\n-inf\\r\\n                        | ,-inf\\r\\n
					true      | :1\\r\\n                                  | #t\\r\\n
					false     | :0\\r\\n                                  | #f\\r\\n
					big       | $21\\r\\n-12345678901234567890\\r\\n      | (-12345678901234567890\\r\\n
					verbatim  | $2\\r\\nhi\\r\\n                          | =6\\r\\ntxt:hi\\r\\n
					push      | *3\\r\\n$7\\r\\nmessage\\r\\n$1\\r\\nc\\r\\n$1\\r\\nm\\r\\n | >3\\r\\n$7\\r\\nmessage\\r\\n$1\\r\\nc\\r\\n$1\\r\\nm\\r\\n
					""")
	void replyTypeIsWrittenByteExactInBothProtocols(String type, String resp2, String resp3) throws IOException {
		try (RawClient client = new RawClient(server.port())) {
			assertThat(client.call("REPLY", type)).isEqualTo(unescape(resp2));
			assertThat(client.call("HELLO", "3")).startsWith("%7\r\n");
			assertThat(client.call("REPLY", type)).isEqualTo(unescape(resp3));
			assertThat(client.call("HELLO", "2")).startsWith("*14\r\n");
			assertThat(client.call("REPLY", type)).isEqualTo(unescape(resp2));
		}
	}

	/**
	 * An array of store-form texts is written byte for byte as the same array of bulk
	 * strings: ASCII straight from the chars, other UTF-8, a store-form escape as its
	 * byte, a null as the null bulk string.
	 */
	@Test
	void textsAreWrittenAsTheArrayOfTheirBytes() {
		Reply texts = new Reply.Texts(Arrays.asList("ab", null, "\u00e9t\u00e9", "x\uDCFFy", "", "z".repeat(3000)));
		String resp2 = "*6\r\n$2\r\nab\r\n$-1\r\n$5\r\n\u00c3\u00a9t\u00c3\u00a9\r\n$3\r\nx\u00ffy\r\n$0\r\n\r\n$3000\r\n"
				+ "z".repeat(3000) + "\r\n";
		assertThat(encode(texts, 2)).isEqualTo(resp2);
		assertThat(encode(texts, 3)).isEqualTo(resp2.replace("$-1\r\n", "_\r\n"));
		assertThat(encode(((Reply.Texts) texts).asArray(), 2)).isEqualTo(resp2);
		// a text past the sink's room, and one that is not ASCII after ASCII was written
		ByteSink small = new ByteSink(4);
		ReplyEncoder.write(texts, 2, small);
		assertThat(small.toString()).isEqualTo(resp2);
	}

	@Test
	void pushesFromAnotherThreadFollowTheSessionProtocol() throws IOException {
		try (RawClient client = new RawClient(server.port())) {
			assertThat(client.call("PUSHES", "1", "2")).isEqualTo("+OK\r\n");
			assertThat(client.reply()).isEqualTo("*3\r\n$7\r\nmessage\r\n$4\r\nchan\r\n$2\r\n\0\0\r\n");
			client.call("HELLO", "3");
			assertThat(client.call("PUSHES", "1", "0")).isEqualTo("+OK\r\n");
			assertThat(client.reply()).isEqualTo(">3\r\n$7\r\nmessage\r\n$4\r\nchan\r\n$0\r\n\r\n");
		}
	}

	@Test
	void doublesAreWrittenAsRedisWritesThem(RedisServer redis) throws IOException {
		List<Double> values = new ArrayList<>(List.of(0.1, 1.5, 100.0, 1e16, 1e17, 123456789012345678.0, 1e-4,
				9.999999999999999e-5, 1.2345678901234567e-5, 1e300, -1e-300, Double.MIN_VALUE, Double.MAX_VALUE,
				-Double.MAX_VALUE, 123456789.123, 2.5, 0.3, 1.0 / 3, -2.0 / 3, 1e21, 1e22, 4.35, 0.0,
				Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 99999999999999999.0, 1e-5, 0.00001234));
		long seed = System.nanoTime();
		System.out.println("doublesAreWrittenAsRedisWritesThem seed " + seed);
		SplittableRandom random = new SplittableRandom(seed);
		while (values.size() < 400) {
			double value = Double.longBitsToDouble(random.nextLong());
			if (!Double.isNaN(value)) {
				values.add(value);
			}
			values.add(random.nextDouble(-1e6, 1e6));
			values.add(Math.scalb(random.nextDouble(), random.nextInt(-80, 80)));
		}
		String key = "redipy-server-doubles-" + UUID.randomUUID();
		try (RawClient resp2 = new RawClient(redis.host(), redis.port());
				RawClient resp3 = new RawClient(redis.host(), redis.port())) {
			resp3.call("HELLO", "3");
			for (double value : values) {
				String score = Double.isInfinite(value) ? ((value > 0) ? "inf" : "-inf") : Double.toString(value);
				assertThat(resp2.call("ZADD", key, score, "m")).startsWith(":");
				assertThat(encode(new Reply.Double(value), 2)).as("RESP2 %s", score)
					.isEqualTo(resp2.call("ZSCORE", key, "m"));
				assertThat(encode(new Reply.Double(value), 3)).as("RESP3 %s", score)
					.isEqualTo(resp3.call("ZSCORE", key, "m"));
			}
			resp2.call("DEL", key);
		}
	}

	private static String encode(Reply reply, int protocol) {
		ByteSink out = new ByteSink(16);
		ReplyEncoder.write(reply, protocol, out);
		return out.toString();
	}

	/** Turns the table's {@code \r \n \0 \xHH} into bytes (one char per byte). */
	static String unescape(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char next = text.charAt(++i);
			switch (next) {
				case 'r' -> out.append('\r');
				case 'n' -> out.append('\n');
				case '0' -> out.append('\0');
				case 'x' -> {
					out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
					i += 2;
				}
				default -> out.append(next);
			}
		}
		return out.toString();
	}

}
