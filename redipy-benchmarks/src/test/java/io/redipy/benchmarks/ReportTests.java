package io.redipy.benchmarks;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of how the report turns measurements into ratios.
 */
class ReportTests {

	private static Measurement ops(double score, double error) {
		return new Measurement("CommandBenchmark.set", "memory", 1, score, error, "ops/s");
	}

	@Test
	void errorBand_spansTheRatiosTheErrorsAllow() {
		assertThat(Report.errorBand(ops(100, 10), ops(90, 9))).isEqualTo("; 0.74-1.10× within the errors");
	}

	@Test
	void errorBand_isEmptyWithoutErrors() {
		assertThat(Report.errorBand(ops(100, Double.NaN), ops(90, 9))).isEmpty();
		assertThat(Report.errorBand(ops(100, 10), ops(90, Double.NaN))).isEmpty();
	}

	@Test
	void errorBand_isEmptyWhenTheErrorSwallowsTheBaseline() {
		assertThat(Report.errorBand(ops(100, 100), ops(90, 9))).isEmpty();
	}

	private static Report.Goal goal(List<Measurement> measurements, String name) {
		Report report = new Report(measurements, 1, Double.NaN, Double.NaN, "test machine", LocalDate.of(2026, 12, 6),
				false);
		return report.goals().stream().filter((goal) -> goal.name().startsWith(name)).findFirst().orElseThrow();
	}

	@Test
	void springStartup_isTheTimeTheStarterOnMemoryAddsToBootsRedisStarter() {
		Report.Goal goal = goal(
				List.of(new Measurement("StartupBenchmark.start", "with-starter", 1, 1450, 20, "ms/op"),
						new Measurement("StartupBenchmark.start", "redis-starter", 1, 1400, 20, "ms/op")),
				"Spring start-up");
		assertThat(goal.measured()).isEqualTo("+50 ms (1.45 s vs 1.40 s)");
		assertThat(goal.met()).isTrue();
	}

	@Test
	void templateSpeedup_needsBothGetAndSet() {
		List<Measurement> measurements = List.of(
				new Measurement("CommandBenchmark.get", "template-memory", 1, 30_000, 1, "ops/s"),
				new Measurement("CommandBenchmark.get", "template", 1, 15_000, 1, "ops/s"),
				new Measurement("CommandBenchmark.set", "template-memory", 1, 20_000, 1, "ops/s"),
				new Measurement("CommandBenchmark.set", "template", 1, 15_000, 1, "ops/s"));
		Report.Goal goal = goal(measurements, "StringRedisTemplate GET/SET");
		assertThat(goal.measured()).isEqualTo("GET 2.00× (33.33 µs vs 66.67 µs), SET 1.33× (50.00 µs vs 66.67 µs)");
		assertThat(goal.met()).isFalse();
	}

	@Test
	void springBootTest_isReportedWithoutAVerdict() {
		Report.Goal measured = goal(
				List.of(new Measurement("SpringBootTestBenchmark.run", "memory", 1, 2100, 50, "ms/op"),
						new Measurement("SpringBootTestBenchmark.run", "redis", 1, 2000, 50, "ms/op")),
				"@SpringBootTest");
		assertThat(measured.measured()).isEqualTo("2.10 s vs 2.00 s (+100 ms)");
		assertThat(measured.verdict()).isEqualTo("-");
		assertThat(goal(List.of(), "@SpringBootTest").verdict()).isEqualTo("not measured");
	}

	@Test
	void streams_isHowManyTimesFasterAMessageIsOnMemoryThanOnRedis() {
		Report.Goal goal = goal(List.of(new Measurement("StreamBenchmark.message", "memory", 1, 150, 10, "ns/op"),
				new Measurement("StreamBenchmark.message", "redis", 1, 210_000, 9_000, "ns/op")), "streams:");
		assertThat(goal.measured()).isEqualTo("1,400× (210.00 µs vs 150.0 ns)");
		assertThat(goal.goal()).isEqualTo("at least 1,000×");
		assertThat(goal.met()).isTrue();
		assertThat(goal(List.of(), "streams:").verdict()).isEqualTo("not measured");
	}

	@Test
	void hyperloglog_isHowManyTimesFasterEachCommandIsOnMemoryThanOnRedis() {
		List<Measurement> measured = List.of(new Measurement("HyperLogLogBenchmark.pfadd", "memory", 1, 40, 2, "ns/op"),
				new Measurement("HyperLogLogBenchmark.pfadd", "redis", 1, 60_000, 900, "ns/op"),
				new Measurement("HyperLogLogBenchmark.pfcount", "memory", 1, 100, 2, "ns/op"),
				new Measurement("HyperLogLogBenchmark.pfcount", "redis", 1, 50_000, 900, "ns/op"));
		Report.Goal add = goal(measured, "hyperloglog: memory PFADD");
		assertThat(add.measured()).isEqualTo("1,500× (60.00 µs vs 40.0 ns)");
		assertThat(add.met()).isTrue();
		Report.Goal count = goal(measured, "hyperloglog: memory PFCOUNT");
		assertThat(count.measured()).isEqualTo("500× (50.00 µs vs 100.0 ns)");
		assertThat(count.met()).isFalse();
	}

	private static Measurement throughput(String command, String target, int threads, double score) {
		return new Measurement("CommandBenchmark." + command, target, threads, score, Double.NaN, "ops/s");
	}

	@Test
	void scaling_isTheWorstTwoThreadRatioOnSharedAndOwnKeys_readOnlyApart() {
		List<Measurement> measured = List.of(throughput("get", "memory", 1, 100), throughput("get", "memory", 2, 190),
				throughput("get", "memory-own-keys", 1, 100), throughput("get", "memory-own-keys", 2, 170),
				throughput("set", "memory", 1, 100), throughput("set", "memory", 2, 90),
				throughput("set", "memory-own-keys", 1, 100), throughput("set", "memory-own-keys", 2, 75));
		Report.Goal all = goal(measured, "memory, 2 threads vs 1 thread, aggregate throughput (worst");
		assertThat(all.measured()).isEqualTo("0.75× (SET, own keys)");
		assertThat(all.goal()).isEqualTo("at least 0.8×");
		assertThat(all.met()).isFalse();
		Report.Goal reads = goal(measured, "memory, 2 threads vs 1 thread, aggregate throughput of read-only");
		assertThat(reads.measured()).isEqualTo("1.70× (GET, own keys)");
		assertThat(reads.goal()).isEqualTo("at least 1.8×");
		assertThat(reads.met()).isFalse();
		List<Measurement> scaled = List.of(throughput("get", "memory", 1, 100), throughput("get", "memory", 2, 185),
				throughput("zrange10", "memory", 1, 100), throughput("zrange10", "memory", 2, 190),
				throughput("set", "memory", 1, 100), throughput("set", "memory", 2, 81));
		assertThat(goal(scaled, "memory, 2 threads vs 1 thread, aggregate throughput (worst").met()).isTrue();
		assertThat(goal(scaled, "memory, 2 threads vs 1 thread, aggregate throughput of read-only").met()).isTrue();
	}

	@Test
	void respEndpoint_isTheWorstCaseAndCountsTheMisses() {
		List<RespBenchmark.Case> cases = List.of(new RespBenchmark.Case("set", 1, 40_000, 44_000),
				new RespBenchmark.Case("get", 16, 700_000, 630_000), new RespBenchmark.Case("mset", 1, 40_000, 38_000));
		Report report = new Report(List.of(), 1, Double.NaN, Double.NaN, "test machine", LocalDate.of(2026, 12, 7),
				false, cases);
		Report.Goal goal = report.goals()
			.stream()
			.filter((g) -> g.name().startsWith("RESP endpoint"))
			.findFirst()
			.orElseThrow();
		assertThat(goal.measured()).isEqualTo("0.90× (get, -P 16; 2 of 3 cases under 1.0×)");
		assertThat(goal.met()).isFalse();
		assertThat(report.markdown()).contains("### RESP endpoint vs redis-server");
		assertThat(goal(List.of(), "RESP endpoint").verdict()).isEqualTo("not measured");
	}

	@Test
	void binaryView_isReportedAsATimeRatioWithoutAGoal() {
		List<Measurement> measured = List.of(new Measurement("BinaryViewBenchmark.get", "binary", 1, 12, 1, "ns/op"),
				new Measurement("BinaryViewBenchmark.get", "string", 1, 16, 1, "ns/op"),
				new Measurement("BinaryViewBenchmark.set", "binary", 1, 30, 1, "ns/op"),
				new Measurement("BinaryViewBenchmark.set", "string", 1, 24, 1, "ns/op"));
		Report.Goal goal = goal(measured, "binary view");
		assertThat(goal.measured()).isEqualTo("GET 0.75× (12.0 ns vs 16.0 ns), SET 1.25× (30.0 ns vs 24.0 ns)");
		assertThat(goal.verdict()).isEqualTo("-");
	}

}
