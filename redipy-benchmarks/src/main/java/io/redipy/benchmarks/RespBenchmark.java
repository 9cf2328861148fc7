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

	/** Rounds per depth in a full run. */
	private static final int ROUNDS = 3;

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
	record Case(String test, int pipeline, double redis, double memory, double lowest, double highest) {

		/** A case measured once. */
		Case(String test, int pipeline, double redis, double memory) {
			this(test, pipeline, redis, memory, memory / redis, memory / redis);
		}

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
	 * with a first pass), then, in each of a few rounds, each depth on redis-server and
	 * on it in turn (which goes first alternates between rounds). A case reports the
	 * median rate of each server over the rounds, and the lowest and highest ratio of a
	 * round: a single run on a shared machine moves by about 20 %.
	 * @param redisPort the port of the harness's redis-server
	 * @param quick whether to send few requests once (proves the stage works; no figures)
	 * @param progress where to report progress
	 * @return the cases
	 */
	static List<Case> run(int redisPort, boolean quick, PrintStream progress) throws IOException, InterruptedException {
		int requests = quick ? 2_000 : 100_000;
		int rounds = quick ? 1 : ROUNDS;
		List<Case> cases = new ArrayList<>();
		try (RedipyServer server = RedipyServer.start(new MemoryStore().engine(null), ServerOptions.defaults())) {
			if (!quick) {
				progress.println("RESP endpoint, warming up ...");
				measure(server.port(), 1, requests / 2);
				measure(server.port(), 16, requests);
			}
			for (int pipeline : new int[] { 1, 16 }) {
				List<Map<String, Double>> redis = new ArrayList<>();
				List<Map<String, Double>> memory = new ArrayList<>();
				for (int round = 0; round < rounds; round++) {
					progress.println("RESP endpoint vs redis-server, -c " + CLIENTS + " -P " + pipeline + ", round "
							+ (round + 1) + " of " + rounds + " ...");
					if (round % 2 == 0) {
						redis.add(measure(redisPort, pipeline, requests));
						memory.add(measure(server.port(), pipeline, requests));
					}
					else {
						memory.add(measure(server.port(), pipeline, requests));
						redis.add(measure(redisPort, pipeline, requests));
					}
				}
				for (String test : TESTS) {
					double lowest = Double.POSITIVE_INFINITY;
					double highest = Double.NEGATIVE_INFINITY;
					for (int round = 0; round < rounds; round++) {
						double ratio = memory.get(round).getOrDefault(test, Double.NaN)
								/ redis.get(round).getOrDefault(test, Double.NaN);
						lowest = Math.min(lowest, ratio);
						highest = Math.max(highest, ratio);
					}
					cases.add(new Case(test, pipeline, median(redis, test), median(memory, test), lowest, highest));
				}
			}
		}
		return cases;
	}

	private static double median(List<Map<String, Double>> rounds, String test) {
		double[] rates = rounds.stream()
			.mapToDouble((round) -> round.getOrDefault(test, Double.NaN))
			.sorted()
			.toArray();
		return rates[rates.length / 2];
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
		out.append("Medians over the rounds; the last column is the lowest and highest ratio of one round.\n\n");
		out.append("| test | -P | redis-server req/s | memory endpoint req/s | ratio | goal ≥ 1.0× | rounds |\n");
		out.append("|---|---|---|---|---|---|---|\n");
		Case worst = null;
		for (Case c : cases) {
			out.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %.2f× | %s | %.2f–%.2f× |%n", c.test,
					c.pipeline, c.redis, c.memory, c.ratio(), (c.ratio() >= 1.0) ? "yes" : "**NO**", c.lowest,
					c.highest));
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
