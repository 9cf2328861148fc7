package io.redipy.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.redipy.memory.MemoryStore;
import io.redipy.server.RedipyServer;
import io.redipy.server.ServerOptions;

/**
 * The memory store's RESP server against a redis-server, measured with redis-benchmark
 * (which ships with redis-server): both servers started by the harness on this machine,
 * in the same run, with the same client load ({@code -c 50}, without and with
 * {@code -P 16} pipelining).
 */
final class RespBenchmark {

	/** The redis-benchmark tests, in its order. */
	static final List<String> TESTS = List.of("set", "get", "incr", "lpush", "rpop", "sadd", "hset", "zadd",
			"lrange_100", "mset");

	private static final int CLIENTS = 50;

	private RespBenchmark() {
	}

	/**
	 * One test at one pipelining depth: requests per second on each server.
	 *
	 * @param test the redis-benchmark test, e.g. {@code lrange_100}
	 * @param pipeline the requests in flight per connection
	 * @param redis redis-server's requests per second
	 * @param memory the memory store's server's requests per second
	 */
	record Case(String test, int pipeline, double redis, double memory) {

		double ratio() {
			return this.memory / this.redis;
		}

	}

	/** Returns whether redis-benchmark is on the PATH. */
	static boolean available() {
		try {
			Process process = new ProcessBuilder("redis-benchmark", "--version").redirectErrorStream(true).start();
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

	/**
	 * Runs every test on both servers: the memory store's server in this JVM (warmed up
	 * with a first pass), then each test on redis-server and on it in turn.
	 * @param redisPort the port of the harness's redis-server
	 * @param quick whether to send few requests (proves the stage works; no figures)
	 * @param progress where to report progress
	 * @return the cases
	 */
	static List<Case> run(int redisPort, boolean quick, PrintStream progress) throws IOException, InterruptedException {
		int requests = quick ? 2_000 : 200_000;
		List<Case> cases = new ArrayList<>();
		try (RedipyServer server = RedipyServer.start(new MemoryStore().engine(null), ServerOptions.defaults())) {
			if (!quick) {
				progress.println("RESP endpoint, warming up ...");
				measure(server.port(), 1, requests / 2);
				measure(server.port(), 16, requests);
			}
			for (int pipeline : new int[] { 1, 16 }) {
				progress.println("RESP endpoint vs redis-server, -c " + CLIENTS + " -P " + pipeline + " ...");
				Map<String, Double> redis = measure(redisPort, pipeline, requests);
				Map<String, Double> memory = measure(server.port(), pipeline, requests);
				for (String test : TESTS) {
					cases.add(new Case(test, pipeline, redis.getOrDefault(test, Double.NaN),
							memory.getOrDefault(test, Double.NaN)));
				}
			}
		}
		return cases;
	}

	/** Runs redis-benchmark once against a port; returns requests per second by test. */
	private static Map<String, Double> measure(int port, int pipeline, int requests)
			throws IOException, InterruptedException {
		List<String> command = List.of("redis-benchmark", "-h", "127.0.0.1", "-p", Integer.toString(port), "-c",
				Integer.toString(CLIENTS), "-P", Integer.toString(pipeline), "-n", Integer.toString(requests), "-t",
				String.join(",", TESTS), "--csv");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException("redis-benchmark failed: " + output);
		}
		return parse(output);
	}

	/**
	 * Reads redis-benchmark's CSV:
	 * {@code "LRANGE_100 (first 100 elements)","51282.05",...} becomes
	 * {@code lrange_100 -> 51282.05}; the LPUSH that fills the list for LRANGE is left
	 * out.
	 */
	static Map<String, Double> parse(String csv) {
		Map<String, Double> result = new LinkedHashMap<>();
		for (String line : csv.split("\\R")) {
			String[] fields = line.split("\",\"");
			if (fields.length < 2 || !fields[0].startsWith("\"") || line.startsWith("\"test\"")) {
				continue;
			}
			String name = fields[0].substring(1);
			if (name.contains("needed to benchmark")) {
				continue;
			}
			int space = name.indexOf(' ');
			String test = ((space < 0) ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
			result.put(test, Double.parseDouble(fields[1].replace("\"", "")));
		}
		return result;
	}

	/** The cases as a markdown section. */
	static String markdown(List<Case> cases, boolean quick) {
		StringBuilder out = new StringBuilder();
		out.append("\n### RESP endpoint vs redis-server (redis-benchmark -c ").append(CLIENTS).append(")\n\n");
		if (quick) {
			out.append("Quick run: few requests, to prove the stage works; the figures mean nothing.\n\n");
		}
		out.append("| test | -P | redis-server req/s | memory endpoint req/s | ratio | goal ≥ 1.0× |\n");
		out.append("|---|---|---|---|---|---|\n");
		Case worst = null;
		for (Case c : cases) {
			out.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %.2f× | %s |%n", c.test, c.pipeline,
					c.redis, c.memory, c.ratio(), (c.ratio() >= 1.0) ? "yes" : "**NO**"));
			if (worst == null || c.ratio() < worst.ratio()) {
				worst = c;
			}
		}
		if (worst != null) {
			out.append(String.format(Locale.ROOT, "%nWorst: %s at -P %d, %.2f×.%n", worst.test, worst.pipeline,
					worst.ratio()));
		}
		return out.toString();
	}

}
