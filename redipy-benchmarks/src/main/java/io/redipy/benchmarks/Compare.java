package io.redipy.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.redipy.test.RedisCluster;
import io.redipy.test.RedisServer;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmark harness: starts a redis-server on a free loopback port, runs every JMH
 * benchmark of this module with the options it needs (one and two threads, single-shot
 * batches, cold starts), measures memory per key, stops the server, and prints one table
 * of results, ratios and targets ({@link Report}, with the RESP endpoint against
 * redis-server, {@link RespBenchmark}), also written to
 * {@code target/benchmark-results.md}, followed by the RESP server's cold start
 * ({@link ColdStart}).
 *
 * <p>
 * Arguments: {@code --quick} runs every benchmark briefly, with smaller data (it proves
 * they work; its numbers mean little); {@code --out FILE} writes the table elsewhere;
 * {@code --require-redis} fails instead of leaving the Redis half out when no
 * redis-server is on the PATH; {@code --only TEXT} runs only the groups whose title
 * contains the text (as printed while running, e.g. {@code pick_task});
 * {@code --readme FILE} also puts the table into a README, between its
 * {@code <!-- benchmarks:start -->} and {@code <!-- benchmarks:end -->} lines.
 */
public final class Compare {

	/** Tasks queued per pick_task iteration. */
	static final int PICK_TASKS = 1_000;

	/**
	 * The in-process pick_task forks' heap: fixed and touched before the benchmark
	 * starts. A growing heap's fresh pages each cost a page fault on the first allocation
	 * in them (about 9 us here), and until the young generation had been filled once a
	 * pick paid for them: 20-25 faults per 1,000 picks made the plain-Java pick cost
	 * 250-290 ns for seconds instead of 45-50 ns, depending on how much the fork had
	 * allocated before (which inverted the row).
	 */
	static final String[] PRE_TOUCHED_HEAP = { "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch" };

	private final boolean quick;

	private String only = "";

	private final Path logFile;

	private final PrintStream progress;

	private final List<Measurement> measurements = new ArrayList<>();

	private @Nullable String redisAddress;

	/** The nodes of the local Redis Cluster, when the cluster group runs. */
	private @Nullable String clusterNodes;

	/** The title of the group that compares redipy and Lettuce on a Redis Cluster. */
	private static final String CLUSTER_GROUP = "single commands, Redis Cluster, 1 thread(s)";

	/**
	 * The title of the stream groups (memory, Redis): a message added, read by a group's
	 * consumer and acknowledged.
	 */
	static final String STREAMS_GROUP = "streams, XADD + XREADGROUP + XACK per message";

	static final String GEO_GROUP = "geo, GEOSEARCH BYRADIUS 1 km ASC COUNT 10 WITHDIST among 1,000 places";

	/**
	 * The title of the HyperLogLog groups (memory, Redis): PFADD of one element, PFCOUNT
	 * of a cached estimate.
	 */
	static final String HYPERLOGLOG_GROUP = "hyperloglog, PFADD and PFCOUNT";

	private Compare(boolean quick, Path logFile, PrintStream progress) {
		this.quick = quick;
		this.logFile = logFile;
		this.progress = progress;
	}

	/**
	 * Runs the comparison and prints the table.
	 * @param args
	 * {@code [--quick] [--require-redis] [--out FILE] [--readme README.md] [--only TEXT]}
	 * @throws Exception if a benchmark fails
	 */
	public static void main(String[] args) throws Exception {
		boolean quick = false;
		boolean requireRedis = "required".equals(System.getProperty("redipy.test.redis"));
		Path out = defaultOutput();
		Path readme = null;
		String only = "";
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--quick" -> quick = true;
				case "--require-redis" -> requireRedis = true;
				case "--out" -> out = Paths.get(value(args, ++i));
				case "--readme" -> readme = Paths.get(value(args, ++i));
				case "--only" -> only = value(args, ++i);
				default -> throw new IllegalArgumentException("Unknown argument " + args[i]
						+ "; use [--quick] [--require-redis] [--out FILE] [--readme README.md] [--only TEXT]");
			}
		}
		run(quick, requireRedis, out, System.out, only);
		// the report and the stages after it (the RESP server's cold start)
		String markdown = Files.readString(out, StandardCharsets.UTF_8);
		System.out.println();
		System.out.println(markdown);
		System.out.println("Written to " + out.toAbsolutePath());
		if (readme != null) {
			Files.writeString(readme, Report.intoReadme(Files.readString(readme, StandardCharsets.UTF_8), markdown),
					StandardCharsets.UTF_8);
			System.out.println("Table put into " + readme.toAbsolutePath());
		}
	}

	private static String value(String[] args, int index) {
		if (index >= args.length) {
			throw new IllegalArgumentException(args[index - 1] + " needs a value");
		}
		return args[index];
	}

	/**
	 * Runs the comparison.
	 * @param quick whether to run briefly, with smaller data
	 * @param requireRedis whether a missing redis-server is an error
	 * @param out where to write the table (the JMH log goes next to it)
	 * @param progress where to report progress
	 * @return the report
	 * @throws RunnerException if a benchmark fails
	 * @throws IOException if the table cannot be written
	 */
	public static Report run(boolean quick, boolean requireRedis, Path out, PrintStream progress)
			throws RunnerException, IOException {
		return run(quick, requireRedis, out, progress, "");
	}

	/**
	 * Runs the groups of benchmarks whose title contains a text (all for an empty text).
	 * @param quick whether to run briefly, with smaller data
	 * @param requireRedis whether a missing redis-server is an error
	 * @param out where to write the table (the JMH log goes next to it)
	 * @param progress where to report progress
	 * @param only the text, e.g. {@code pick_task} or {@code single commands}
	 * @return the report (targets whose benchmarks did not run show as not measured)
	 * @throws RunnerException if a benchmark fails
	 * @throws IOException if the table cannot be written
	 */
	public static Report run(boolean quick, boolean requireRedis, Path out, PrintStream progress, String only)
			throws RunnerException, IOException {
		Path parent = out.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Path log = out.resolveSibling("jmh.log");
		Compare compare = new Compare(quick, log, progress);
		compare.only = only;
		RedisServer server = null;
		if (RedisServer.binaryAvailable()) {
			server = RedisServer.startLocal(null);
			compare.redisAddress = server.host() + ":" + server.port();
		}
		else if (requireRedis) {
			throw new IllegalStateException("No redis-server on the PATH, and the Redis benchmarks are required");
		}
		else {
			progress.println("**********************************************************************");
			progress.println("* No redis-server on the PATH: the Redis backend and the Redis-based   *");
			progress.println("* baselines are LEFT OUT of this run (install redis-server for them).  *");
			progress.println("**********************************************************************");
		}
		RedisCluster cluster = null;
		if (server != null && CLUSTER_GROUP.contains(only)) {
			cluster = RedisCluster.startLocal(3);
			compare.clusterNodes = cluster.nodesProperty();
		}
		RedisServer started = server;
		RedisCluster startedCluster = cluster;
		Thread stopper = new Thread(() -> {
			if (started != null) {
				started.close();
			}
			if (startedCluster != null) {
				startedCluster.close();
			}
		});
		Runtime.getRuntime().addShutdownHook(stopper);
		// the quick mode runs some groups in this JVM: they find the servers here too
		String previous = System.getProperty(BenchRedis.PROPERTY);
		String previousCluster = System.getProperty(BenchRedis.CLUSTER_PROPERTY);
		try {
			if (compare.redisAddress != null) {
				System.setProperty(BenchRedis.PROPERTY, compare.redisAddress);
			}
			if (compare.clusterNodes != null) {
				System.setProperty(BenchRedis.CLUSTER_PROPERTY, compare.clusterNodes);
			}
			Report report = compare.runAll(server, requireRedis);
			String markdown = report.markdown();
			if (ColdStart.TITLE.contains(only)) {
				double load = ColdStart.loadAverage();
				try {
					markdown += ColdStart.markdown(ColdStart.run(quick ? 1 : 11, progress), quick, load);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException("interrupted while a cold start ran", ex);
				}
			}
			Files.writeString(out, markdown, StandardCharsets.UTF_8);
			return report;
		}
		finally {
			restore(BenchRedis.PROPERTY, previous);
			restore(BenchRedis.CLUSTER_PROPERTY, previousCluster);
			if (server != null) {
				server.close();
			}
			if (cluster != null) {
				cluster.close();
			}
			Runtime.getRuntime().removeShutdownHook(stopper);
		}
	}

	private static void restore(String property, @Nullable String previous) {
		if (previous == null) {
			System.clearProperty(property);
		}
		else {
			System.setProperty(property, previous);
		}
	}

	private static Path defaultOutput() {
		try {
			Path code = Paths.get(Compare.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Path target = code.getParent();
			if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")) {
				return target.resolve("benchmark-results.md");
			}
		}
		catch (Exception ex) {
			// fall through to the working directory
		}
		return Paths.get("benchmark-results.md");
	}

	/**
	 * The heap of the forks that set the in-process single commands against the map
	 * baselines: fixed and touched before the benchmark starts, the same for both sides.
	 * On a heap that grows, every fresh page costs a page fault on the first allocation
	 * in it (10-30 µs on these virtual machines), so a command that allocates paid them
	 * until the grown young generation had been filled once, while the map's put, which
	 * allocates nothing, never did: INCR (48 bytes per call then) ran at 3-7 M/s for the
	 * first 3-8 seconds of a fork and at 50 M/s after, and the row showed whichever phase
	 * the iterations met (77.4 ns in one full run, 22.4 ns in the one before). These
	 * forks hold a few keys: a small heap keeps the touching short (about a second).
	 */
	private static final String[] IN_PROCESS_HEAP = { "-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch" };

	private Report runAll(@Nullable RedisServer server, boolean requireRedis) throws RunnerException, IOException {
		boolean redis = this.redisAddress != null;
		List<String> inProcess = List.of("memory", Target.OWN_KEYS);
		String[] memoryTargets = inProcess.toArray(new String[0]);
		// every other target: without Redis only those in this JVM can run
		List<String> inThisJvm = List.of("jedis-mock", Target.MEMORY_TEMPLATE, Target.MEMORY_TEMPLATE_TCP);
		String[] otherTargets = Target.NAMES.stream()
			.filter((name) -> !inProcess.contains(name) && (redis || inThisJvm.contains(name)))
			.toArray(String[]::new);
		String[] backends = redis ? new String[] { "memory", "redis" } : new String[] { "memory" };
		// quick mode runs the 88 single-command runs in this JVM (a fork costs seconds);
		// every other group still runs in forks, as the full mode does
		int commandForks = this.quick ? 0 : 1;
		// In process, how the JIT compiles a command varies from one JVM to the next by
		// up to ±25 % (SET at one thread: 48-72 M/s in forks of the same build), so a
		// ratio of two single forks (2 threads vs 1, the store vs a map) moved by as
		// much: the in-process targets run in three forks each.
		int inProcessForks = this.quick ? 0 : 3;
		for (int threads = 1; threads <= 2; threads++) {
			run("map baselines, " + threads + " thread(s)",
					timed(MapBaselineBenchmark.class).threads(threads)
						.forks(inProcessForks)
						.jvmArgsPrepend(IN_PROCESS_HEAP));
			run("single commands, memory, " + threads + " thread(s)",
					timed(CommandBenchmark.class).threads(threads)
						.param("target", memoryTargets)
						.forks(inProcessForks)
						.jvmArgsPrepend(IN_PROCESS_HEAP));
			run("single commands, " + threads + " thread(s)",
					timed(CommandBenchmark.class).threads(threads).param("target", otherTargets).forks(commandForks));
		}
		if (this.clusterNodes != null) {
			// the same single-key commands through redipy and through Lettuce's own
			// cluster client, on the same local cluster of three masters
			run(CLUSTER_GROUP,
					timed(CommandBenchmark.class).threads(1)
						.param("target", Target.REDIS_CLUSTER, Target.LETTUCE_CLUSTER)
						.forks(commandForks));
		}
		run("reads beside a writer", timed(ReadBesideWriterBenchmark.class));
		// A queue of 1,000 tasks, refilled before every iteration: short queues are the
		// common case, and a refill of 200,000 tasks measured mostly cache misses and the
		// garbage of the previous refill (a pick then cost 2-3x more). In process, many
		// short iterations; on Redis each pick is a round trip. Several forks: how the
		// JIT compiles the interpreter varies by ±10 % from one JVM to the next, and one
		// loopback round trip by more.
		run("pick_task in process",
				picks(PICK_TASKS, this.quick ? 20 : 400, PRE_TOUCHED_HEAP, "memory-script", "memory-script-new-maps",
						"memory-java", "plain-java", "memory-lua-evalsha", "memory-lua-eval")
					.forks(this.quick ? 1 : 3));
		if (redis) {
			run("pick_task on Redis", picks(this.quick ? 200 : PICK_TASKS, this.quick ? 2 : 10, new String[0],
					"redis-script", "lettuce-evalsha", "lettuce-calls")
				.forks(this.quick ? 1 : 3));
		}
		run("loop script", timed(LoopScriptBenchmark.class).param("backend", backends));
		run("batches", timed(BatchBenchmark.class).param("backend", backends));
		// a stream as a work queue, per message: XADD, XREADGROUP of it, XACK. Memory
		// allocates per message (ids, entries, reply maps), so its fork gets the
		// pre-touched heap the in-process single commands have, and three forks for the
		// JIT's variation from one JVM to the next (see above); Redis runs once, in a
		// fork of its own.
		run(STREAMS_GROUP + ", memory",
				timed(StreamBenchmark.class).param("backend", "memory")
					.forks(this.quick ? 1 : 3)
					.jvmArgsPrepend(IN_PROCESS_HEAP));
		if (redis) {
			run(STREAMS_GROUP + ", Redis", timed(StreamBenchmark.class).param("backend", "redis"));
		}
		// a geo search (GEOSEARCH ... BYRADIUS 1 km ASC COUNT 10 WITHDIST) among 1,000
		// places; forks as for the streams
		run(GEO_GROUP + ", memory",
				timed(GeoBenchmark.class).param("backend", "memory")
					.forks(this.quick ? 1 : 3)
					.jvmArgsPrepend(IN_PROCESS_HEAP));
		if (redis) {
			run(GEO_GROUP + ", Redis", timed(GeoBenchmark.class).param("backend", "redis"));
		}
		run(HYPERLOGLOG_GROUP + ", memory",
				timed(HyperLogLogBenchmark.class).param("backend", "memory")
					.forks(this.quick ? 1 : 3)
					.jvmArgsPrepend(IN_PROCESS_HEAP));
		if (redis) {
			run(HYPERLOGLOG_GROUP + ", Redis", timed(HyperLogLogBenchmark.class).param("backend", "redis"));
		}
		// GET and SET of byte[] values through the binary view against the String API,
		// on memory: in-process forks as the single commands have
		run("binary view, memory",
				timed(BinaryViewBenchmark.class).forks(this.quick ? 1 : 3).jvmArgsPrepend(IN_PROCESS_HEAP));
		String keys = Integer.toString(this.quick ? 100_000 : 1_000_000);
		run("scale",
				base(ScaleBenchmark.class).warmupIterations(this.quick ? 0 : 2)
					.measurementIterations(this.quick ? 1 : 5)
					.param("keys", keys));
		String[] apps = redis ? new String[] { "with-starter", "redis-starter", "without" }
				: new String[] { "with-starter", "without" };
		// one cold start per fresh JVM, the variants taking turns (see runInterleaved)
		runInterleaved("Spring start-up", StartupBenchmark.class, "app", apps, this.quick ? 1 : 10);
		// a test class's first run in a JVM: one sample per fresh JVM, as for the
		// start-up
		runInterleaved("Spring test class", SpringBootTestBenchmark.class, "backend", backends, this.quick ? 1 : 8);
		int footprintKeys = Integer.parseInt(keys);
		double memoryPerKey = Double.NaN;
		double redisPerKey = Double.NaN;
		if ("memory per key".contains(this.only)) {
			this.progress.println("memory per key, " + footprintKeys + " keys ...");
			memoryPerKey = Footprint.memoryBytesPerKey(footprintKeys);
			redisPerKey = redis ? Footprint.redisBytesPerKey(footprintKeys) : Double.NaN;
		}
		String redisVersion = redis ? Footprint.redisVersion() : "none";
		// redis-benchmark against the memory store's server and the harness's
		// redis-server, last: it loads both cores
		List<RespBenchmark.Case> resp = List.of();
		if (server != null && "RESP endpoint".contains(this.only) && RespBenchmark.available()) {
			try {
				resp = RespBenchmark.run(server.port(), this.quick, this.progress);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while redis-benchmark ran", ex);
			}
		}
		else if (requireRedis && "RESP endpoint".contains(this.only)) {
			throw new IllegalStateException("No redis-benchmark on the PATH, and the Redis benchmarks are required");
		}
		return new Report(this.measurements, footprintKeys, memoryPerKey, redisPerKey, Machine.describe(redisVersion),
				LocalDate.now(ZoneOffset.UTC), this.quick, resp);
	}

	private ChainedOptionsBuilder base(Class<?> benchmark, String... extraJvmArgs) {
		List<String> jvmArgs = new ArrayList<>(List.of(extraJvmArgs));
		// the test jar on the class path brings a logback-test.xml that logs at INFO
		// (Spring Boot applications are told through logging.config instead)
		if (benchmark != StartupBenchmark.class && benchmark != SpringBootTestBenchmark.class) {
			jvmArgs.add("-Dlogback.configurationFile=logback-benchmarks.xml");
		}
		if (this.redisAddress != null) {
			jvmArgs.add("-D" + BenchRedis.PROPERTY + "=" + this.redisAddress);
		}
		if (this.clusterNodes != null) {
			jvmArgs.add("-D" + BenchRedis.CLUSTER_PROPERTY + "=" + this.clusterNodes);
		}
		return new OptionsBuilder().include("\\." + benchmark.getSimpleName() + "\\.")
			.forks(1)
			.shouldFailOnError(true)
			.verbosity(VerboseMode.NORMAL)
			.output(this.logFile.toString())
			.jvmArgsAppend(jvmArgs.toArray(new String[0]));
	}

	private ChainedOptionsBuilder timed(Class<?> benchmark) {
		return base(benchmark).warmupIterations(this.quick ? 1 : 2)
			.warmupTime(TimeValue.milliseconds(this.quick ? 100 : 1000))
			.measurementIterations(this.quick ? 1 : 3)
			.measurementTime(TimeValue.milliseconds(this.quick ? 200 : 1000));
	}

	private ChainedOptionsBuilder picks(int tasks, int iterations, String[] jvmArgs, String... variants) {
		return base(PickTaskBenchmark.class, jvmArgs).param("variant", variants)
			.param("tasks", Integer.toString(tasks))
			.warmupIterations(iterations)
			.warmupBatchSize(tasks)
			.measurementIterations(iterations)
			.measurementBatchSize(tasks);
	}

	/**
	 * Runs a single-shot benchmark in fresh JVMs, one fork per variant per round, the
	 * variants taking turns (in reverse order every other round), and reports each
	 * variant's mean with JMH's 99.9 % error. Run as one JMH run, all forks of a variant
	 * came before the next variant's, and whatever drifted on the machine meanwhile went
	 * into the comparison: the starter on memory against Boot's Redis starter read +171
	 * to +330 ms that way (8 and 20 forks each), and -88 ms taking turns (10 rounds), on
	 * the same build and machine.
	 */
	private void runInterleaved(String title, Class<?> benchmark, String parameter, String[] variants, int rounds)
			throws RunnerException {
		if (!title.contains(this.only)) {
			return;
		}
		long started = System.nanoTime();
		this.progress.print(title + " ... ");
		this.progress.flush();
		java.util.Map<String, List<Double>> samples = new java.util.LinkedHashMap<>();
		Measurement shape = null;
		for (int round = 0; round < rounds; round++) {
			for (int i = 0; i < variants.length; i++) {
				String variant = variants[(round % 2 == 0) ? i : variants.length - 1 - i];
				ChainedOptionsBuilder options = base(benchmark).param(parameter, variant)
					.warmupIterations(0)
					.measurementIterations(1)
					.forks(1);
				for (RunResult result : runJmh(options)) {
					Measurement one = Measurement.of(result);
					shape = one;
					samples.computeIfAbsent(one.variant(), (key) -> new ArrayList<>()).add(one.score());
				}
			}
		}
		for (java.util.Map.Entry<String, List<Double>> entry : samples.entrySet()) {
			if (shape == null) {
				break;
			}
			org.openjdk.jmh.util.ListStatistics statistics = new org.openjdk.jmh.util.ListStatistics();
			entry.getValue().forEach(statistics::addValue);
			double error = (statistics.getN() > 1) ? statistics.getMeanErrorAt(0.999) : Double.NaN;
			this.measurements.add(new Measurement(shape.benchmark(), entry.getKey(), shape.threads(),
					statistics.getMean(), error, shape.unit()));
		}
		this.progress.printf(Locale.ROOT, "%d forks in %.0f s%n", rounds * variants.length,
				(System.nanoTime() - started) / 1e9);
	}

	private void run(String title, ChainedOptionsBuilder options) throws RunnerException {
		if (!title.contains(this.only)) {
			return;
		}
		long started = System.nanoTime();
		this.progress.print(title + " ... ");
		this.progress.flush();
		Collection<RunResult> results = runJmh(options);
		for (RunResult result : results) {
			this.measurements.add(Measurement.of(result));
		}
		this.progress.printf(Locale.ROOT, "%d results in %.0f s%n", results.size(),
				(System.nanoTime() - started) / 1e9);
	}

	/** Runs JMH; on a failure, names JMH's log first. */
	private Collection<RunResult> runJmh(ChainedOptionsBuilder options) throws RunnerException {
		try {
			return new Runner(options.build()).run();
		}
		catch (RunnerException ex) {
			this.progress.println("FAILED; JMH's log: " + this.logFile.toAbsolutePath());
			throw ex;
		}
	}

}
