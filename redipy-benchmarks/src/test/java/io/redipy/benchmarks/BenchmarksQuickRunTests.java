package io.redipy.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole comparison in quick mode, as CI does: every benchmark must run and give
 * a positive, finite score, and the table must show every target. No threshold is checked
 * (quick numbers mean little); the Redis half runs whenever a redis-server is on the
 * PATH, and must when {@code -Dredipy.test.redis=required}.
 */
class BenchmarksQuickRunTests {

	@TempDir
	Path directory;

	@Test
	void everyBenchmarkRuns_andTheTableShowsEveryTarget() throws Exception {
		boolean required = "required".equals(System.getProperty("redipy.test.redis"));
		boolean redis = RedisServer.binaryAvailable();
		if (!redis) {
			System.err
				.println("*** No redis-server on the PATH: the quick benchmark run leaves out the Redis half ***");
		}
		Path out = this.directory.resolve("results.md");
		Report report = Compare.run(true, required, out, System.out);
		if (redis && RespBenchmark.available()) {
			// every redis-benchmark test at both depths, with a figure for both servers
			String written = java.nio.file.Files.readString(out);
			assertThat(written).contains("RESP endpoint vs redis-server");
			for (String test : RespBenchmark.TESTS) {
				assertThat(written).contains("| " + test + " | 1 |").contains("| " + test + " | 16 |");
			}
			assertThat(written).doesNotContain("NaN");
		}

		// the cold starts: the API row always, the standalone rows when the reactor built
		// the standalone jar
		String written = Files.readString(out);
		assertThat(written).contains("RESP server cold start").contains("| API: `RedipyServer.start` |");
		if (ColdStart.standaloneJar() != null) {
			assertThat(written).contains("| standalone jar |").contains("| standalone jar, AppCDS archive |");
		}

		List<String> expected = new ArrayList<>();
		List<String> targets = redis ? Target.NAMES
				: List.of("memory", Target.OWN_KEYS, Target.MEMORY_TEMPLATE, "jedis-mock");
		List<String> backends = redis ? List.of("memory", "redis") : List.of("memory");
		for (int threads = 1; threads <= 2; threads++) {
			for (String[] command : Report.COMMANDS) {
				for (String target : targets) {
					expected.add("CommandBenchmark." + command[0] + "/" + target + "/" + threads);
				}
			}
			for (String command : List.of("get", "set")) {
				for (String map : List.of("locked-hashmap", "concurrent-hashmap")) {
					expected.add("MapBaselineBenchmark." + command + "/" + map + "/" + threads);
				}
			}
		}
		if (redis) {
			// the local cluster: redipy and Lettuce's cluster client
			for (String[] command : Report.COMMANDS) {
				for (String target : List.of(Target.REDIS_CLUSTER, Target.LETTUCE_CLUSTER)) {
					expected.add("CommandBenchmark." + command[0] + "/" + target + "/1");
				}
			}
		}
		List.of("alone", "writer", "busy-writer")
			.forEach((variant) -> expected.add("ReadBesideWriterBenchmark.get/" + variant + "/1"));
		List<String> picks = new ArrayList<>(List.of("memory-script", "memory-script-new-maps", "memory-java",
				"plain-java", "memory-lua-evalsha", "memory-lua-eval"));
		if (redis) {
			picks.addAll(List.of("redis-script", "lettuce-evalsha", "lettuce-calls"));
		}
		picks.forEach((variant) -> expected.add("PickTaskBenchmark.pick/" + variant + "/1"));
		for (String backend : backends) {
			expected.add("LoopScriptBenchmark.run/" + backend + "/1");
			expected.add("BatchBenchmark.batchOf100/" + backend + "/1");
			expected.add("BatchBenchmark.singles100/" + backend + "/1");
			expected.add("StreamBenchmark.message/" + backend + "/1");
			expected.add("GeoBenchmark.search/" + backend + "/1");
			expected.add("HyperLogLogBenchmark.pfadd/" + backend + "/1");
			expected.add("HyperLogLogBenchmark.pfcount/" + backend + "/1");
		}
		for (String command : List.of("get", "set")) {
			for (String variant : List.of("binary", "string")) {
				expected.add("BinaryViewBenchmark." + command + "/" + variant + "/1");
			}
		}
		List.of("zadd100k", "load", "scan").forEach((name) -> expected.add("ScaleBenchmark." + name + "//1"));
		List<String> apps = redis ? List.of("with-starter", "redis-starter", "without")
				: List.of("with-starter", "without");
		apps.forEach((app) -> expected.add("StartupBenchmark.start/" + app + "/1"));
		backends.forEach((backend) -> expected.add("SpringBootTestBenchmark.run/" + backend + "/1"));

		List<String> measured = report.measurements()
			.stream()
			.map((m) -> m.benchmark() + "/" + m.variant() + "/" + m.threads())
			.toList();
		assertThat(measured).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(report.measurements())
			.allSatisfy((m) -> assertThat(m.score()).as(m.toString()).isPositive().isFinite());

		assertThat(report.goals()).hasSize(28);
		if (redis) {
			// every goal has a verdict; a row without a goal has a measurement
			assertThat(report.goals()).allSatisfy((goal) -> {
				if (goal.goal().equals(Report.Goal.NONE)) {
					assertThat(goal.measured()).as(goal.name()).isNotEqualTo("-");
				}
				else {
					assertThat(goal.met()).as(goal.name()).isNotNull();
				}
			});
		}
		String table = Files.readString(out, StandardCharsets.UTF_8);
		// the report, then the RESP stage's section when redis-benchmark ran
		assertThat(table).startsWith(report.markdown()).contains("Quick mode");
		report.goals().forEach((goal) -> assertThat(table).contains("| " + goal.name() + " |"));

		String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
		String updated = report.intoReadme(readme);
		assertThat(updated).contains(report.markdown().strip())
			.startsWith(readme.substring(0, readme.indexOf("<!-- benchmarks:start -->")));
		assertThat(updated.substring(updated.indexOf("<!-- benchmarks:end -->")))
			.isEqualTo(readme.substring(readme.indexOf("<!-- benchmarks:end -->")));
	}

}
