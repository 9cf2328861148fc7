package io.redipy.benchmarks;

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

}
