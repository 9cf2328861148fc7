package io.redipy.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's command line as a person uses it: {@link SampleApplication#main} in a JVM
 * of its own, on the memory backend, judged by its exit code and what it prints.
 */
class SampleCommandLineTests {

	/** Quick timings, so that a run with a crashed worker takes about a second. */
	private static final List<String> QUICK = List.of("--queue.task-min=5ms", "--queue.task-max=30ms",
			"--queue.heartbeat-interval=50ms", "--queue.heartbeat-expiry=300ms", "--queue.detector-interval=50ms");

	@TempDir
	Path dir;

	/** A finished run of the app. */
	private record Run(int exitCode, String out, String err) {

	}

	private Run run(List<String> args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						SampleApplication.class.getName()));
		command.addAll(args);
		Path out = this.dir.resolve("out.txt");
		Path err = this.dir.resolve("err.txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		try {
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the app ended").isTrue();
		}
		finally {
			process.destroyForcibly();
		}
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	private static List<String> quick(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(QUICK);
		return all;
	}

	@Test
	void shortFormsSetTasksAndCrashAWorker() throws Exception {
		Run run = run(quick("--tasks=12", "--workers=2", "--crash-worker"));
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("crashed while holding task-")
			.contains("summary: produced=12 completed=12 ")
			.contains(" lost=0 ");
		assertThat(run.out().lines().filter((line) -> line.endsWith(" joined"))).as("workers").hasSize(2);
	}

	@Test
	void readmeCommandStillWorks() throws Exception {
		Run run = run(List.of("--queue.crash-worker=true"));
		int tasks = new QueueProperties().getTasks();
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("crashed while holding task-")
			.contains("summary: produced=" + tasks + " completed=" + tasks + " ");
	}

	@Test
	void unknownShortOptionStopsTheAppBeforeItRuns() throws Exception {
		Run run = run(List.of("--tasks=12", "--crash-workr"));
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).startsWith("sample-app: unknown option --crash-workr")
			.contains("--queue.crash-worker[=true|false]", "--queue.tasks=N", "--queue.workers=N");
	}

	@Test
	void unknownQueueOptionStopsTheAppBeforeItRuns() throws Exception {
		Run run = run(List.of("--queue.taks=12"));
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).startsWith("sample-app: unknown option --queue.taks").contains("--queue.tasks=N");
	}

	@Test
	void aValueTheDemoCannotRunWithStopsItAtStartup() throws Exception {
		Run run = run(List.of("--workers=0", "--timeout=5s"));
		assertThat(run.exitCode()).isNotZero();
		assertThat(run.out() + run.err()).contains("queue.workers must be 1 or more, was 0").doesNotContain("summary:");
	}

	@Test
	void helpPrintsTheOptionsAndRunsNothing() throws Exception {
		Run run = run(List.of("--help"));
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).startsWith("usage: ").contains("--queue.tasks=N").doesNotContain("summary:");
		assertThat(run.err()).isEmpty();
	}

}
