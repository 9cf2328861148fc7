package io.redipy.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the sample's command line hands to Spring, and what it refuses before Spring
 * starts. {@link SampleCommandLineTests} runs the same through {@code main} in a JVM of
 * its own.
 */
class CommandLineTests {

	@Test
	void shortFormsBecomeQueueProperties() {
		assertThat(CommandLine.parse("--tasks=12", "--workers=4", "--crash-worker").springArgs())
			.containsExactly("--queue.tasks=12", "--queue.workers=4", "--queue.crash-worker=true");
	}

	@Test
	void aBooleanTakesAnExplicitValueToo() {
		assertThat(CommandLine.parse("--crash-worker=false").springArgs())
			.containsExactly("--queue.crash-worker=false");
		assertThat(CommandLine.parse("--crash-worker=true").springArgs()).containsExactly("--queue.crash-worker=true");
	}

	@Test
	void fullFormsKeepTheirMeaningAndRelaxedSpellingsAreNormalised() {
		assertThat(CommandLine.parse("--queue.crash-worker=true", "--queue.heartbeatInterval=50ms", "--Mode=worker")
			.springArgs())
			.containsExactly("--queue.crash-worker=true", "--queue.heartbeat-interval=50ms", "--queue.mode=worker");
	}

	@Test
	void otherPropertiesAndBootFlagsGoToSpringAsGiven() {
		String[] args = { "--redipy.backend=redis", "--spring.data.redis.port=6380", "--debug", "--trace" };
		assertThat(CommandLine.parse(args).springArgs()).containsExactly(args);
		assertThat(CommandLine.parse(args).help()).isFalse();
	}

	@Test
	void helpIsNoSpringArgument() {
		CommandLine commandLine = CommandLine.parse("--help", "--tasks=3");
		assertThat(commandLine.help()).isTrue();
		assertThat(commandLine.springArgs()).containsExactly("--queue.tasks=3");
	}

	@Test
	void unknownQueueOptionIsRejected() {
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("--tasks=12", "--queue.taks=3"))
			.withMessage("unknown option --queue.taks");
		assertThatExceptionOfType(CommandLine.UsageException.class).isThrownBy(() -> CommandLine.parse("--queue=3"))
			.withMessage("unknown option --queue");
	}

	@Test
	void unknownShortOptionIsRejected() {
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("--tasks=12", "--crash-workr"))
			.withMessage("unknown option --crash-workr");
	}

	@Test
	void argumentsThatAreNoOptionsAreRejected() {
		for (String arg : new String[] { "tasks=3", "-tasks=3", "--", "--=3", "-Dqueue.tasks=3" }) {
			assertThatExceptionOfType(CommandLine.UsageException.class).isThrownBy(() -> CommandLine.parse(arg))
				.withMessage("unexpected argument '" + arg + "': options are written --name=value");
		}
	}

	@Test
	void anOptionGivenTwiceIsRejected() {
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("--tasks=5", "--queue.tasks=7"))
			.withMessage("option --queue.tasks given twice");
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("--crashWorker", "--queue.crash-worker=false"))
			.withMessage("option --queue.crash-worker given twice");
	}

	@Test
	void aValueIsNeededExceptForBooleans() {
		assertThatExceptionOfType(CommandLine.UsageException.class).isThrownBy(() -> CommandLine.parse("--tasks"))
			.withMessage("option --tasks needs a value: --tasks=N");
		assertThatExceptionOfType(CommandLine.UsageException.class).isThrownBy(() -> CommandLine.parse("--queue.mode="))
			.withMessage("option --queue.mode needs a value: --queue.mode=single|producer|worker");
	}

	@Test
	void anEmptyValueIsRejectedForBooleansToo() {
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("--crash-worker="))
			.withMessage("option --crash-worker needs a value: --crash-worker=true|false");
	}

	@Test
	void namesSpringCannotReadAreNoPassThrough() {
		// a name without a dot is a queue option even where Spring would drop a character
		assertThatExceptionOfType(CommandLine.UsageException.class).isThrownBy(() -> CommandLine.parse("--\u00e9=1"))
			.withMessage("unknown option --\u00e9");
		for (String arg : new String[] { "--queue.=3", "--.tasks=3", "--queue..tasks=3" }) {
			assertThatExceptionOfType(CommandLine.UsageException.class).as(arg)
				.isThrownBy(() -> CommandLine.parse(arg))
				.withMessageEndingWith("is no property name");
		}
	}

	@Test
	void usageListsEveryQueuePropertyWithItsDefault() {
		QueueProperties defaults = new QueueProperties();
		assertThat(CommandLine.usage()).contains("--queue.tasks=N   ")
			.contains("default " + defaults.getTasks())
			.contains("--queue.workers=N")
			.contains("--queue.crash-worker[=true|false]")
			.contains("--queue.mode=single|producer|worker")
			.contains("--queue.heartbeat-interval=DURATION")
			.contains("default " + defaults.getHeartbeatInterval().toMillis() + "ms")
			.contains("--queue.timeout=DURATION")
			.contains("--NAME");
	}

}
