package io.redipy.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * redis-cli against the memory store's server, as someone outside the JVM uses it:
 * commands, RESP3, a {@code --pipe} bulk load and {@code --scan}. Skipped where redis-cli
 * is missing, failing instead under {@code -Dredipy.test.redis=required}.
 */
class RedisCliTests {

	private static RedipyServer server;

	private static MemoryStore store;

	@BeforeAll
	static void start() {
		boolean available = cliAvailable();
		if (!available && RedisExtension.required()) {
			throw new IllegalStateException("redis-cli is not on the PATH, and -Dredipy.test.redis=required");
		}
		Assumptions.assumeTrue(available, "redis-cli is not on the PATH");
		store = new MemoryStore();
		server = RedipyServer.start(store.engine(null), ServerOptions.defaults());
	}

	@AfterAll
	static void stop() {
		if (server != null) {
			server.close();
		}
	}

	private static boolean cliAvailable() {
		try {
			Process process = new ProcessBuilder("redis-cli", "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String cli(byte[] input, String... args) throws Exception {
		return cli(server.port(), input, args);
	}

	private static String cli(int port, byte[] input, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("redis-cli", "-h", "127.0.0.1", "-p", Integer.toString(port)));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getOutputStream().write(input);
		process.getOutputStream().close();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (InputStream in = process.getInputStream()) {
			in.transferTo(out);
		}
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("redis-cli finished").isTrue();
		return out.toString(StandardCharsets.UTF_8).strip();
	}

	private static String cli(String... args) throws Exception {
		return cli(new byte[0], args);
	}

	@Test
	void redisCliShowsWhatItShowsForRedis() throws Exception {
		io.redipy.test.RedisServer redis = RedisExtension.server();
		cli(redis.port(), new byte[0], "FLUSHALL");
		cli("FLUSHALL");
		List<String[]> calls = List.of(new String[] { "SET", "cli:k", "v" }, new String[] { "GET", "cli:k" },
				new String[] { "INCR", "cli:k" }, new String[] { "RPUSH", "cli:l", "a", "b" },
				new String[] { "LRANGE", "cli:l", "0", "-1" }, new String[] { "NOSUCH", "x" },
				new String[] { "HSET", "cli:h", "f", "1" }, new String[] { "HGETALL", "cli:h" },
				new String[] { "-3", "HGETALL", "cli:h" }, new String[] { "-3", "HELLO", "3", "SETNAME", "x" },
				new String[] { "-3", "GET", "nosuch" }, new String[] { "-3", "LRANGE", "cli:l", "0", "-1" },
				new String[] { "TYPE", "cli:h" }, new String[] { "DBSIZE" }, new String[] { "EXISTS", "cli:k", "x" });
		for (String[] call : calls) {
			List<String> args = new ArrayList<>(List.of("--no-raw"));
			args.addAll(List.of(call));
			String theirs = cli(redis.port(), new byte[0], args.toArray(new String[0]));
			String ours = cli(args.toArray(new String[0]));
			// the connection ids differ
			theirs = theirs.replaceAll("\"id\" => \\(integer\\) \\d+", "\"id\" => n");
			ours = ours.replaceAll("\"id\" => \\(integer\\) \\d+", "\"id\" => n");
			assertThat(ours).as(String.join(" ", call)).isEqualTo(theirs);
		}
		assertThat(store.client("").get("cli:k")).isEqualTo("v");
		assertThat(cli("INFO", "server")).contains("redis_version:7.0.15");
	}

	@Test
	void pipeLoadsOneHundredThousandCommands(@TempDir Path dir) throws Exception {
		ByteArrayOutputStream commands = new ByteArrayOutputStream();
		for (int i = 0; i < 100_000; i++) {
			String key = "pipe:" + i;
			commands.writeBytes(("*3\r\n$3\r\nSET\r\n$" + key.length() + "\r\n" + key + "\r\n$1\r\nv\r\n")
				.getBytes(StandardCharsets.US_ASCII));
		}
		Path file = dir.resolve("commands.txt");
		Files.write(file, commands.toByteArray());
		String report = cli(Files.readAllBytes(file), "--pipe");
		assertThat(report).contains("errors: 0, replies: 100000");
		assertThat(store.client("").keys("pipe:*")).hasSize(100_000);
		assertThat(cli("--scan", "--pattern", "pipe:9999*").lines().count()).isEqualTo(11);
	}

}
