package io.redipy.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends the same frames to a real redis-server and to the server, and checks that both
 * answer the same bytes, and close the connection alike: where Redis answers a protocol
 * error, the server answers the same words and closes; where Redis accepts a frame (or
 * waits for more of it), so does the server. The frames use only PING and ECHO, which the
 * test engine answers as Redis does, so replies can be compared byte for byte (ECHO shows
 * how an inline argument was split and unescaped).
 */
@ExtendWith(RedisExtension.class)
class ProtocolDifferentialTests {

	private static RedipyServer server;

	@BeforeAll
	static void start() {
		server = RedipyServer.start(new FakeEngine(), ServerOptions.defaults());
		warmUp(server);
	}

	/**
	 * A first command loads the server's classes, so that the probe's quiet period
	 * measures answers only.
	 */
	static void warmUp(RedipyServer server) {
		try (RawClient client = new RawClient(server.port())) {
			assertThat(client.call("PING")).isEqualTo("+PONG\r\n");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	static Map<String, byte[]> frames() {
		Map<String, byte[]> frames = new LinkedHashMap<>();
		add(frames, "multibulk", "*1\r\n$4\r\nPING\r\n");
		add(frames, "multibulk echo binary", "*2\r\n$4\r\nECHO\r\n$5\r\na\0\r\n\u00ff\r\n");
		add(frames, "pipeline", "*1\r\n$4\r\nPING\r\nPING\r\n*2\r\n$4\r\nECHO\r\n$1\r\nx\r\n");
		add(frames, "inline crlf", "PING\r\n");
		add(frames, "inline lf", "PING\n");
		add(frames, "inline blanks", " \t PING \t \r\n");
		add(frames, "inline vertical tab blank", "\u000bPING\r\n");
		add(frames, "inline empty lines", "\r\n\n\r\nPING\r\n");
		add(frames, "inline cr inside", "ECHO a\rb\r\n");
		add(frames, "inline double quotes", "ECHO \"hello world\"\r\n");
		add(frames, "inline escapes", "ECHO \"\\x41\\x4a\\n\\r\\t\\b\\a\\\\\\\"\\q\\xZZ\"\r\n");
		add(frames, "inline single quotes", "ECHO 'it\\'s \\n \"x\"'\r\n");
		add(frames, "inline quote in word", "ECHO a\"b c\"\r\n");
		add(frames, "inline empty quotes", "ECHO \"\"\r\n");
		add(frames, "inline high bytes", "ECHO \u00e9\u00ff\r\n");
		add(frames, "inline unbalanced double", "ECHO \"abc\r\n");
		add(frames, "inline unbalanced single", "ECHO 'abc\r\n");
		add(frames, "inline closing quote then text", "ECHO \"a\"b\r\n");
		add(frames, "inline closing single quote then text", "ECHO 'a'b\r\n");
		add(frames, "inline trailing backslash in quotes", "ECHO \"a\\\r\n");
		add(frames, "inline nul waits", "PI\0NG\r\n");
		add(frames, "inline too big", "a".repeat(70_000));
		add(frames, "inline too big after nul", "PING\0" + "a".repeat(70_000) + "\r\n");
		add(frames, "count not a number", "*abc\r\n");
		add(frames, "count empty", "*\r\n");
		add(frames, "count plus", "*+1\r\n");
		add(frames, "count leading zero", "*01\r\n");
		add(frames, "count space", "* 1\r\n");
		add(frames, "count minus zero", "*-0\r\n");
		add(frames, "count too large", "*2147483648\r\n");
		add(frames, "count int max waits", "*2147483647\r\n");
		add(frames, "count beyond a million waits", "*2000000\r\n$4\r\nPING\r\n");
		add(frames, "count overflow", "*99999999999999999999\r\n");
		add(frames, "count negative", "*-1\r\nPING\r\n");
		add(frames, "count zero", "*0\r\nPING\r\n");
		add(frames, "count long min", "*-9223372036854775808\r\nPING\r\n");
		add(frames, "count lf only", "*1\n$4\r\nPING\r\n");
		add(frames, "count cr last waits", "*1\r");
		add(frames, "count cr then any byte", "*1\rX$4\r\nPING\r\n");
		add(frames, "count nul waits", "*1\0\r\n");
		add(frames, "count too big", "*" + "1".repeat(70_000));
		add(frames, "bulk expected dollar", "*1\r\nx4\r\nPING\r\n");
		add(frames, "bulk nested aggregate", "*2\r\n*1\r\n$4\r\nPING\r\n");
		add(frames, "bulk got cr", "*1\r\n\r\n");
		add(frames, "bulk got high byte", "*1\r\n\u00e94\r\n");
		add(frames, "bulk negative", "*1\r\n$-1\r\n");
		add(frames, "bulk too long", "*1\r\n$536870913\r\n");
		add(frames, "bulk max waits", "*1\r\n$536870912\r\nab");
		add(frames, "bulk not a number", "*1\r\n$abc\r\n");
		add(frames, "bulk empty length", "*1\r\n$\r\n");
		add(frames, "bulk leading zero", "*1\r\n$04\r\nPING\r\n");
		add(frames, "bulk cr then any byte", "*1\r\n$4\rXPING\r\n");
		add(frames, "bulk trailer unchecked", "*1\r\n$4\r\nPINGxxPING\r\n");
		add(frames, "bulk length too big", "*1\r\n$" + "1".repeat(70_000));
		add(frames, "bulk big argument", "*2\r\n$4\r\nECHO\r\n$40000\r\n" + "z".repeat(40_000) + "\r\n");
		add(frames, "half multibulk waits", "*3\r\n$4\r\nECHO\r\n$2\r\nab");
		add(frames, "error after commands", "PING\r\n*1\r\n$4\r\nPING\r\n*1\r\n:1\r\nPING\r\n");
		add(frames, "inline after protocol error ignored", "*x\r\nPING\r\n");
		add(frames, "resp3 types are not requests", "%1\r\n+a\r\n+b\r\n");
		return frames;
	}

	private static void add(Map<String, byte[]> frames, String name, String frame) {
		frames.put(name, frame.getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void framesAreAnsweredAndClosedAsRedisDoes(RedisServer redis) throws IOException {
		Map<String, byte[]> frames = frames();
		List<byte[]> list = new ArrayList<>(frames.values());
		boolean[] keep = new boolean[list.size()];
		List<FrameProbe.Outcome> expected = FrameProbe.probe(redis.port(), list, keep);
		List<FrameProbe.Outcome> actual = FrameProbe.probe(server.port(), list, keep, expected);
		int i = 0;
		int protocolErrors = 0;
		for (String name : frames.keySet()) {
			assertThat(actual.get(i)).as(name).isEqualTo(expected.get(i));
			if (expected.get(i).protocolError()) {
				protocolErrors++;
			}
			i++;
		}
		// The differential would prove nothing if Redis rejected nothing or everything.
		assertThat(protocolErrors).isBetween(15, frames.size() - 15);
	}

}
