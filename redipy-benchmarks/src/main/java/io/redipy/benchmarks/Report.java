package io.redipy.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoublePredicate;

import org.jspecify.annotations.Nullable;

/**
 * The harness's result: every measurement, the targets of the benchmarks issue computed
 * from them as ratios of numbers measured in the same run, and a Markdown rendering.
 */
public final class Report {

	/** The single-command benchmarks, with the names the table shows. */
	static final List<String[]> COMMANDS = List.of(new String[] { "get", "GET" }, new String[] { "set", "SET" },
			new String[] { "incr", "INCR" }, new String[] { "hset", "HSET" },
			new String[] { "lpushRpop", "LPUSH+RPOP" }, new String[] { "hsetHget", "HSET+HGET" },
			new String[] { "saddSismember", "SADD+SISMEMBER" }, new String[] { "zaddZpopmax", "ZADD+ZPOPMAX" },
			new String[] { "zrange10", "ZRANGE 0 9 (of 100)" });

	private final List<Measurement> measurements;

	private final int footprintKeys;

	private final double memoryBytesPerKey;

	private final double redisBytesPerKey;

	private final String machine;

	private final LocalDate date;

	private final boolean quick;

	private final List<RespBenchmark.Case> resp;

	private final List<Goal> goals;

	Report(List<Measurement> measurements, int footprintKeys, double memoryBytesPerKey, double redisBytesPerKey,
			String machine, LocalDate date, boolean quick) {
		this(measurements, footprintKeys, memoryBytesPerKey, redisBytesPerKey, machine, date, quick, List.of());
	}

	Report(List<Measurement> measurements, int footprintKeys, double memoryBytesPerKey, double redisBytesPerKey,
			String machine, LocalDate date, boolean quick, List<RespBenchmark.Case> resp) {
		this.resp = List.copyOf(resp);
		this.measurements = List.copyOf(measurements);
		this.footprintKeys = footprintKeys;
		this.memoryBytesPerKey = memoryBytesPerKey;
		this.redisBytesPerKey = redisBytesPerKey;
		this.machine = machine;
		this.date = date;
		this.quick = quick;
		this.goals = computeGoals();
	}

	/**
	 * One target of the issue: what was measured, the goal, and whether it was met.
	 *
	 * @param name what is compared
	 * @param measured the measured ratio or time
	 * @param goal the goal
	 * @param met whether it was met, or {@code null} if it was not measured in this run
	 * or has no goal ({@link #NONE})
	 */
	public record Goal(String name, String measured, String goal, @Nullable Boolean met) {

		/** The goal of a row that is reported only. */
		static final String NONE = "none (reported)";

		String verdict() {
			if (this.met == null) {
				return (this.goal.equals(NONE) && !this.measured.equals("-")) ? "-" : "not measured";
			}
			return this.met ? "yes" : "**NO**";
		}

	}

	/**
	 * Returns every measurement.
	 * @return the measurements
	 */
	public List<Measurement> measurements() {
		return this.measurements;
	}

	/**
	 * Returns the targets.
	 * @return the targets, in the order
	 */
	public List<Goal> goals() {
		return this.goals;
	}

	private List<Goal> computeGoals() {
		List<Goal> list = new ArrayList<>();
		list.add(costRatio("memory GET cost vs locked HashMap (1 thread)", find("CommandBenchmark.get", "memory", 1),
				find("MapBaselineBenchmark.get", "locked-hashmap", 1), "at most 4×", (r) -> r <= 4));
		// the write path: each write against the floor of a write, one put into a
		// HashMap under a ReentrantLock
		for (String command : new String[] { "set", "incr", "hset" }) {
			String shown = command.toUpperCase(Locale.ROOT);
			list.add(costRatio("memory " + shown + " cost vs locked HashMap put (1 thread)",
					find("CommandBenchmark." + command, "memory", 1),
					find("MapBaselineBenchmark.set", "locked-hashmap", 1), "at most 1.5×", (r) -> r <= 1.5));
		}
		for (String baseline : new String[] { "lettuce", "jedis-mock" }) {
			for (String command : new String[] { "get", "set" }) {
				String shown = command.toUpperCase(Locale.ROOT);
				list.add(speedup("memory " + shown + " throughput vs " + baseline + " (1 thread)",
						find("CommandBenchmark." + command, baseline, 1),
						find("CommandBenchmark." + command, "memory", 1), "at least 1,000×", (r) -> r >= 1000));
			}
		}
		list.add(scaling(false));
		list.add(scaling(true));
		list.add(speedup("pick_task: memory script vs EVALSHA via Lettuce",
				find("PickTaskBenchmark.pick", "lettuce-evalsha", 1),
				find("PickTaskBenchmark.pick", "memory-script", 1), "at least 300×", (r) -> r >= 300));
		list.add(speedup("pick_task: memory Lua by client.evalsha vs EVALSHA via Lettuce",
				find("PickTaskBenchmark.pick", "lettuce-evalsha", 1),
				find("PickTaskBenchmark.pick", "memory-lua-evalsha", 1), "at least 100×", (r) -> r >= 100));
		list.add(costRatio("pick_task: memory script vs hand-written Java on the memory API",
				find("PickTaskBenchmark.pick", "memory-script", 1), find("PickTaskBenchmark.pick", "memory-java", 1),
				"at most 3×", (r) -> r <= 3));
		list.add(costRatio("pick_task: memory script vs plain Java under one lock",
				find("PickTaskBenchmark.pick", "memory-script", 1), find("PickTaskBenchmark.pick", "plain-java", 1),
				"at most 1.5×", (r) -> r <= 1.5));
		list.add(speedup("streams: memory XADD + XREADGROUP + XACK per message vs Redis backend (1 thread)",
				find("StreamBenchmark.message", "redis", 1), find("StreamBenchmark.message", "memory", 1),
				"at least 1,000×", (r) -> r >= 1000));
		list.add(speedup("geo: memory GEOSEARCH (1 km, COUNT 10, among 1,000 places) vs Redis backend (1 thread)",
				find("GeoBenchmark.search", "redis", 1), find("GeoBenchmark.search", "memory", 1), "at least 1,000×",
				(r) -> r >= 1000));
		for (String command : new String[] { "pfadd", "pfcount" }) {
			String shown = command.toUpperCase(Locale.ROOT);
			list.add(speedup("hyperloglog: memory " + shown + " vs Redis backend (1 thread)",
					find("HyperLogLogBenchmark." + command, "redis", 1),
					find("HyperLogLogBenchmark." + command, "memory", 1), "at least 1,000×", (r) -> r >= 1000));
		}
		list.add(redisOverhead());
		list.add(overhead("Redis Cluster: Redis backend vs Lettuce's cluster client, same commands (geometric mean)",
				Target.REDIS_CLUSTER, Target.LETTUCE_CLUSTER, 1));
		list.add(speedup("Redis: batch of 100 SETs vs 100 single SETs", find("BatchBenchmark.singles100", "redis", 1),
				find("BatchBenchmark.batchOf100", "redis", 1), "at least 10×", (r) -> r >= 10));
		Optional<Measurement> zadd = find("ScaleBenchmark.zadd100k", "", 1);
		list.add(new Goal("100,000 ZADDs into one sorted set (memory)",
				zadd.map((m) -> time(m.nanosPerOp())).orElse("-"), "under 0.3 s",
				zadd.map((m) -> m.nanosPerOp() < 0.3e9).orElse(null)));
		double perKey = this.memoryBytesPerKey / this.redisBytesPerKey;
		list.add(new Goal("memory per small string key vs Redis used_memory",
				Double.isNaN(perKey) ? "-" : String.format(Locale.ROOT, "%.2f× (%.0f vs %.0f bytes)", perKey,
						this.memoryBytesPerKey, this.redisBytesPerKey),
				"at most 2×", Double.isNaN(perKey) ? null : perKey <= 2));
		list.add(startupOverhead());
		list.add(templateSpeedup());
		list.add(springBootTest());
		list.add(respEndpoint());
		list.add(binaryView());
		return list;
	}

	/**
	 * The memory store's RESP endpoint against redis-server under redis-benchmark: the
	 * worst of its cases (each a median over rounds), since the goal holds for every one.
	 */
	private Goal respEndpoint() {
		String name = "RESP endpoint vs redis-server, redis-benchmark -c 50 and -c 50 -P 16 (worst case)";
		String goal = "at least 1.0× in every case";
		RespBenchmark.Case worst = null;
		int missed = 0;
		for (RespBenchmark.Case c : this.resp) {
			if (worst == null || c.ratio() < worst.ratio()) {
				worst = c;
			}
			missed += (c.ratio() < 1.0) ? 1 : 0;
		}
		if (worst == null) {
			return new Goal(name, "-", goal, null);
		}
		return new Goal(name, String.format(Locale.ROOT, "%.2f× (%s, -P %d; %d of %d cases under 1.0×)", worst.ratio(),
				worst.test(), worst.pipeline(), missed, this.resp.size()), goal, missed == 0);
	}

	/**
	 * GET and SET of {@code byte[]} values through the binary view against the same
	 * values through the String API, on memory: reported, no goal.
	 */
	private Goal binaryView() {
		String name = "binary view: memory GET/SET of byte[] vs the String API (time ratio)";
		StringBuilder measured = new StringBuilder();
		for (String command : new String[] { "get", "set" }) {
			Optional<Measurement> binary = find("BinaryViewBenchmark." + command, "binary", 1);
			Optional<Measurement> text = find("BinaryViewBenchmark." + command, "string", 1);
			if (binary.isEmpty() || text.isEmpty()) {
				return new Goal(name, "-", Goal.NONE, null);
			}
			measured.append((measured.length() > 0) ? ", " : "")
				.append(String.format(Locale.ROOT, "%s %s× (%s vs %s)", command.toUpperCase(Locale.ROOT),
						ratio(binary.get().nanosPerOp() / text.get().nanosPerOp()), time(binary.get().nanosPerOp()),
						time(text.get().nanosPerOp())));
		}
		return new Goal(name, measured.toString(), Goal.NONE, null);
	}

	/**
	 * What the redipy starter on memory adds to a Spring application's start (to the
	 * context ready and one template GET answered) over Boot's Redis starter on a running
	 * redis-server.
	 */
	private Goal startupOverhead() {
		Optional<Measurement> memory = find("StartupBenchmark.start", "with-starter", 1);
		Optional<Measurement> redis = find("StartupBenchmark.start", "redis-starter", 1);
		String name = "Spring start-up: starter on memory vs Boot's Redis starter";
		if (memory.isEmpty() || redis.isEmpty()) {
			return new Goal(name, "-", "at most +100 ms", null);
		}
		double added = memory.get().nanosPerOp() - redis.get().nanosPerOp();
		return new Goal(name, String.format(Locale.ROOT, "%+.0f ms (%s vs %s)", added / 1e6,
				time(memory.get().nanosPerOp()), time(redis.get().nanosPerOp())), "at most +100 ms", added <= 100e6);
	}

	/**
	 * Spring's {@code StringRedisTemplate} on the memory store's endpoint against the
	 * same template on redis-server, GET and SET at one thread; the goal holds for both.
	 */
	private Goal templateSpeedup() {
		String name = "StringRedisTemplate GET/SET: memory vs redis-server";
		String goal = "at least 1.5×";
		StringBuilder measured = new StringBuilder();
		boolean met = true;
		for (String command : new String[] { "get", "set" }) {
			Optional<Measurement> memory = find("CommandBenchmark." + command, Target.MEMORY_TEMPLATE, 1);
			Optional<Measurement> redis = find("CommandBenchmark." + command, "template", 1);
			if (memory.isEmpty() || redis.isEmpty()) {
				return new Goal(name, "-", goal, null);
			}
			double speedup = redis.get().nanosPerOp() / memory.get().nanosPerOp();
			met &= speedup >= 1.5;
			measured.append((measured.length() > 0) ? ", " : "")
				.append(String.format(Locale.ROOT, "%s %s× (%s vs %s)", command.toUpperCase(Locale.ROOT),
						ratio(speedup), time(memory.get().nanosPerOp()), time(redis.get().nanosPerOp())));
		}
		return new Goal(name, measured.toString(), goal, met);
	}

	/**
	 * A {@code @SpringBootTest} class of 20 template tests run by the JUnit Platform in a
	 * fresh JVM, its context's start included, on memory and on redis-server: reported,
	 * no goal.
	 */
	private Goal springBootTest() {
		Optional<Measurement> memory = find("SpringBootTestBenchmark.run", "memory", 1);
		Optional<Measurement> redis = find("SpringBootTestBenchmark.run", "redis", 1);
		String name = "@SpringBootTest class of 20 tests (context start included): memory vs redis-server";
		if (memory.isEmpty() || redis.isEmpty()) {
			return new Goal(name, "-", Goal.NONE, null);
		}
		double memoryNanos = memory.get().nanosPerOp();
		double redisNanos = redis.get().nanosPerOp();
		return new Goal(name, String.format(Locale.ROOT, "%s vs %s (%+.0f ms)", time(memoryNanos), time(redisNanos),
				(memoryNanos - redisNanos) / 1e6), Goal.NONE, null);
	}

	/** The single commands that only read: two threads run them without the lock. */
	private static final java.util.Set<String> READ_ONLY = java.util.Set.of("get", "zrange10");

	/**
	 * Two threads against one on the memory backend, aggregate throughput, on shared keys
	 * and on keys of each thread's own: the worst command of all (at least 0.8×, no
	 * collapse under contention) or of the read-only ones (at least 1.8×).
	 */
	private Goal scaling(boolean readOnly) {
		double worst = Double.NaN;
		String at = "";
		String band = "";
		for (String[] command : COMMANDS) {
			if (readOnly && !READ_ONLY.contains(command[0])) {
				continue;
			}
			for (String target : new String[] { "memory", Target.OWN_KEYS }) {
				Optional<Measurement> one = find("CommandBenchmark." + command[0], target, 1);
				Optional<Measurement> two = find("CommandBenchmark." + command[0], target, 2);
				if (one.isPresent() && two.isPresent()) {
					double ratio = two.get().score() / one.get().score();
					if (Double.isNaN(worst) || ratio < worst) {
						worst = ratio;
						at = command[1] + (target.equals(Target.OWN_KEYS) ? ", own keys" : ", shared keys");
						band = errorBand(one.get(), two.get());
					}
				}
			}
		}
		String name = readOnly
				? "memory, 2 threads vs 1 thread, aggregate throughput of read-only commands (worst of GET, ZRANGE)"
				: "memory, 2 threads vs 1 thread, aggregate throughput (worst command, shared or own keys)";
		double goal = readOnly ? 1.8 : 0.8;
		return new Goal(name, Double.isNaN(worst) ? "-" : String.format(Locale.ROOT, "%.2f× (%s%s)", worst, at, band),
				String.format(Locale.ROOT, "at least %.1f×", goal), Double.isNaN(worst) ? null : worst >= goal);
	}

	/**
	 * The range a throughput ratio may take within both measurements' 99.9 % error
	 * bounds, or empty when JMH gave no error (a single iteration).
	 */
	static String errorBand(Measurement one, Measurement two) {
		double low = (two.score() - two.error()) / (one.score() + one.error());
		double high = (two.score() + two.error()) / (one.score() - one.error());
		if (Double.isNaN(low) || Double.isNaN(high) || one.error() >= one.score()) {
			return "";
		}
		return String.format(Locale.ROOT, "; %.2f-%.2f× within the errors", Math.max(0, low), high);
	}

	/**
	 * The Redis backend's cost over raw Lettuce: the geometric mean of the time ratios of
	 * every command at one and two threads. On loopback a single measurement moves by
	 * tens of percent between runs (the network stack, not the client), so one ratio says
	 * little; their mean shows what the client adds, and the range is shown too.
	 */
	private Goal redisOverhead() {
		return overhead("Redis backend vs raw Lettuce, same commands (geometric mean of time ratios)", "redis",
				"lettuce", 2);
	}

	/**
	 * The cost of a target over a baseline, as {@link #redisOverhead()} computes it, for
	 * one thread up to a number of threads.
	 */
	private Goal overhead(String name, String subject, String baseline, int maxThreads) {
		double logSum = 0;
		int pairs = 0;
		double low = Double.NaN;
		double high = Double.NaN;
		for (String[] command : COMMANDS) {
			for (int threads = 1; threads <= maxThreads; threads++) {
				Optional<Measurement> redis = find("CommandBenchmark." + command[0], subject, threads);
				Optional<Measurement> lettuce = find("CommandBenchmark." + command[0], baseline, threads);
				if (redis.isPresent() && lettuce.isPresent()) {
					double ratio = redis.get().nanosPerOp() / lettuce.get().nanosPerOp();
					logSum += Math.log(ratio);
					pairs++;
					low = Double.isNaN(low) ? ratio : Math.min(low, ratio);
					high = Double.isNaN(high) ? ratio : Math.max(high, ratio);
				}
			}
		}
		if (pairs == 0) {
			return new Goal(name, "-", "at most +10 %", null);
		}
		double mean = Math.exp(logSum / pairs) - 1;
		return new Goal(name,
				String.format(Locale.ROOT, "%+.1f %% (%d commands × threads, each from %+.0f %% to %+.0f %%)",
						mean * 100, pairs, (low - 1) * 100, (high - 1) * 100),
				"at most +10 %", mean <= 0.10);
	}

	/** Goal on how many times the cost of {@code subject} is that of {@code baseline}. */
	private static Goal costRatio(String name, Optional<Measurement> subject, Optional<Measurement> baseline,
			String goal, DoublePredicate met) {
		return ratio(name, subject, baseline, goal, met);
	}

	/** Goal on how many times faster {@code fast} is than {@code slow}. */
	private static Goal speedup(String name, Optional<Measurement> slow, Optional<Measurement> fast, String goal,
			DoublePredicate met) {
		return ratio(name, slow, fast, goal, met);
	}

	private static Goal ratio(String name, Optional<Measurement> numerator, Optional<Measurement> denominator,
			String goal, DoublePredicate met) {
		if (numerator.isEmpty() || denominator.isEmpty()) {
			return new Goal(name, "-", goal, null);
		}
		double ratio = numerator.get().nanosPerOp() / denominator.get().nanosPerOp();
		String measured = String.format(Locale.ROOT, "%s× (%s vs %s)", ratio(ratio), time(numerator.get().nanosPerOp()),
				time(denominator.get().nanosPerOp()));
		return new Goal(name, measured, goal, met.test(ratio));
	}

	Optional<Measurement> find(String benchmark, String variant, int threads) {
		return this.measurements.stream()
			.filter((m) -> m.benchmark().equals(benchmark) && m.variant().equals(variant) && m.threads() == threads)
			.findFirst();
	}

	/**
	 * Renders the report as Markdown: the run, the targets, the single-command matrix and
	 * every measurement.
	 * @return the Markdown text
	 */
	public String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("Measured ").append(this.date).append(" on ").append(this.machine).append('.');
		if (this.quick) {
			out.append(" **Quick mode: every benchmark ran briefly on smaller data; the numbers mean little.**");
		}
		out.append("\n\n| Target | Measured | Goal | Met |\n|---|---|---|---|\n");
		for (Goal goal : this.goals) {
			out.append("| ")
				.append(goal.name())
				.append(" | ")
				.append(goal.measured())
				.append(" | ")
				.append(goal.goal())
				.append(" | ")
				.append(goal.verdict())
				.append(" |\n");
		}
		out.append("\nSingle commands, throughput in operations per second (higher is better; a pair counts as one "
				+ "operation). 1t/2t: one or two threads sharing the keys; memory-own-keys: the memory backend "
				+ "with each thread on keys of its own; redis-cluster and lettuce-cluster: the Redis backend and "
				+ "Lettuce's cluster client on a local Redis Cluster of three masters.\n\n");
		// every target at one and two threads, then the cluster's at one
		List<String[]> columns = new ArrayList<>();
		for (String target : Target.NAMES) {
			columns.add(new String[] { target, "1" });
			columns.add(new String[] { target, "2" });
		}
		columns.add(new String[] { Target.REDIS_CLUSTER, "1" });
		columns.add(new String[] { Target.LETTUCE_CLUSTER, "1" });
		out.append("| Command |");
		for (String[] column : columns) {
			out.append(' ').append(column[0]).append(' ').append(column[1]).append("t |");
		}
		out.append("\n|---|");
		out.append("---:|".repeat(columns.size())).append('\n');
		for (String[] command : COMMANDS) {
			out.append("| ").append(command[1]).append(" |");
			for (String[] column : columns) {
				out.append(' ')
					.append(find("CommandBenchmark." + command[0], column[0], Integer.parseInt(column[1]))
						.map((m) -> opsPerSecond(m.score()))
						.orElse("-"))
					.append(" |");
			}
			out.append('\n');
		}
		for (String map : new String[] { "locked-hashmap", "concurrent-hashmap" }) {
			for (String command : new String[] { "get", "set" }) {
				out.append("| ").append(command.toUpperCase(Locale.ROOT)).append(" on a ").append(map).append(" |");
				for (int threads = 1; threads <= 2; threads++) {
					out.append(' ')
						.append(find("MapBaselineBenchmark." + command, map, threads)
							.map((m) -> opsPerSecond(m.score()))
							.orElse("-"))
						.append(" |");
				}
				out.append(" |".repeat(columns.size() - 2)).append('\n');
			}
		}
		out.append("\nEverything else, time per operation (lower is better; ± is JMH's 99.9 % interval). pick_task: "
				+ "per pick, from a queue of 1,000 tasks refilled before every iteration; streams: per message (XADD, "
				+ "XREADGROUP COUNT 1 of it, XACK; the stream trimmed to about 1,000 entries); scale: per whole run (")
			.append(String.format(Locale.ROOT, "%,d", this.footprintKeys))
			.append(" keys); start-up: per cold start (the first in a fresh JVM).\n\n");
		out.append("| Benchmark | Variant | Time | ± |\n|---|---|---:|---:|\n");
		for (Measurement m : this.measurements) {
			if (m.benchmark().startsWith("CommandBenchmark") || m.benchmark().startsWith("MapBaselineBenchmark")) {
				continue;
			}
			double nanos = m.nanosPerOp();
			double error = Double.isNaN(m.error()) ? Double.NaN : m.error() * nanos / m.score();
			out.append("| ")
				.append(m.benchmark())
				.append(" | ")
				.append(m.variant())
				.append(" | ")
				.append(time(nanos))
				.append(" | ")
				.append(Double.isNaN(error) ? "" : time(error))
				.append(" |\n");
		}
		out.append(String.format(Locale.ROOT,
				"| Footprint (heap after full GC / INFO used_memory) | memory | %.0f bytes/key | |%n",
				this.memoryBytesPerKey));
		out.append(String.format(Locale.ROOT, "| Footprint | redis | %s | |%n", Double.isNaN(this.redisBytesPerKey)
				? "-" : String.format(Locale.ROOT, "%.0f bytes/key", this.redisBytesPerKey)));
		if (!this.resp.isEmpty()) {
			out.append(RespBenchmark.markdown(this.resp, this.quick));
		}
		return out.toString();
	}

	/**
	 * Replaces the table in a README: the text between its
	 * {@code <!-- benchmarks:start -->} and {@code <!-- benchmarks:end -->} lines.
	 * @param readme the README's text
	 * @return the text with this report's table
	 * @throws IllegalArgumentException if the README has no such lines
	 */
	public String intoReadme(String readme) {
		return intoReadme(readme, markdown());
	}

	/**
	 * Replaces the table in a README with a rendering: this report's, or the run's whole
	 * output (the report and the stages after it).
	 * @param readme the README's text
	 * @param markdown what goes between the lines
	 * @return the text with it
	 * @throws IllegalArgumentException if the README has no such lines
	 */
	static String intoReadme(String readme, String markdown) {
		String start = "<!-- benchmarks:start -->\n";
		String end = "<!-- benchmarks:end -->";
		int from = readme.indexOf(start);
		int to = readme.indexOf(end);
		if (from < 0 || to < from) {
			throw new IllegalArgumentException("The README has no " + start.trim() + " ... " + end + " lines");
		}
		return readme.substring(0, from + start.length()) + markdown.strip() + "\n" + readme.substring(to);
	}

	private static String ratio(double ratio) {
		return (ratio >= 100) ? String.format(Locale.ROOT, "%,.0f", ratio) : String.format(Locale.ROOT, "%.2f", ratio);
	}

	static String opsPerSecond(double ops) {
		return String.format(Locale.ROOT, "%,.0f", ops);
	}

	static String time(double nanos) {
		if (nanos < 1e3) {
			return String.format(Locale.ROOT, "%.1f ns", nanos);
		}
		if (nanos < 1e6) {
			return String.format(Locale.ROOT, "%.2f µs", nanos / 1e3);
		}
		if (nanos < 1e9) {
			return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
		}
		return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
	}

}
