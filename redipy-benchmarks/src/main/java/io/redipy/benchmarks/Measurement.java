package io.redipy.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;

/**
 * One JMH result in the harness's terms.
 *
 * @param benchmark class and method, e.g. {@code CommandBenchmark.get}
 * @param variant the value of the benchmark's variant parameter ({@code target},
 * {@code variant}, {@code backend} or {@code app}), or empty
 * @param threads the number of threads
 * @param score the score; for single-shot batches, per call of the benchmark method
 * @param error the 99.9 % confidence half-width (NaN when too few samples)
 * @param unit the score's unit, e.g. {@code ops/s} or {@code ms/op}
 */
public record Measurement(String benchmark, String variant, int threads, double score, double error, String unit) {

	private static final String[] VARIANT_PARAMETERS = { "target", "variant", "backend", "app" };

	static Measurement of(RunResult result) {
		BenchmarkParams params = result.getParams();
		String full = params.getBenchmark();
		String benchmark = full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1);
		String variant = "";
		for (String name : VARIANT_PARAMETERS) {
			String value = params.getParam(name);
			if (value != null) {
				variant = value;
				break;
			}
		}
		double score = result.getPrimaryResult().getScore();
		double error = result.getPrimaryResult().getScoreError();
		String unit = result.getPrimaryResult().getScoreUnit();
		int batch = params.getMeasurement().getBatchSize();
		if (params.getMode() == Mode.SingleShotTime && batch > 1) {
			double toMicros = (double) TimeUnit.MICROSECONDS.convert(1, TimeUnit.DAYS)
					/ params.getTimeUnit().convert(1, TimeUnit.DAYS);
			score = score * toMicros / batch;
			error = error * toMicros / batch;
			unit = "us/op";
		}
		return new Measurement(benchmark, variant, params.getThreads(), score, error, unit);
	}

	/** The score in nanoseconds per operation, whatever the unit. */
	double nanosPerOp() {
		return switch (this.unit) {
			case "ops/s" -> 1e9 / this.score;
			case "ns/op" -> this.score;
			case "us/op" -> this.score * 1e3;
			case "ms/op" -> this.score * 1e6;
			case "s/op" -> this.score * 1e9;
			default -> throw new IllegalStateException("Unknown unit " + this.unit);
		};
	}

}
