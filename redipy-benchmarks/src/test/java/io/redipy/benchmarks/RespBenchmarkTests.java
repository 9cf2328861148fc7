package io.redipy.benchmarks;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the harness reads redis-benchmark's CSV and writes its table.
 */
class RespBenchmarkTests {

	@Test
	void csvBecomesRequestsPerSecondByTest() {
		Map<String, Double> parsed = RespBenchmark
			.parse("""
					"test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"
					"SET","43478.26","0.664","0.168","0.559","1.207","3.623","4.215"
					"LPUSH (needed to benchmark LRANGE)","50000.00","0.584","0.200","0.511","1.079","1.455","1.719"
					"LRANGE_100 (first 100 elements)","51282.05","0.586","0.232","0.487","1.087","2.903","3.503"
					"MSET (10 keys)","62500.00","0.452","0.168","0.399","0.663","1.903","2.303"
					""");
		assertThat(parsed).containsExactly(Map.entry("set", 43478.26), Map.entry("lrange_100", 51282.05),
				Map.entry("mset", 62500.0));
	}

	@Test
	void tableMarksTheCasesBelowTheGoalAndNamesTheWorst() {
		String table = RespBenchmark.markdown(List.of(new RespBenchmark.Case("get", 1, 100_000, 120_000),
				new RespBenchmark.Case("lrange_100", 16, 200_000, 100_000)), false);
		assertThat(table).contains("| get | 1 | 100,000 | 120,000 | 1.20× | yes |")
			.contains("| lrange_100 | 16 | 200,000 | 100,000 | 0.50× | **NO** |")
			.contains("Worst: lrange_100 at -P 16, 0.50×.");
	}

}
