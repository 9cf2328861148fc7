package io.redipy.autoconfigure;

import io.redipy.RedipyClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A wrong {@code redipy.*} configuration, started as an application has it: with
 * {@link SpringApplication}, command-line properties and a bean of the application's own
 * that injects {@link RedipyClient}. The assertions read the failure report Boot prints,
 * which is what the user sees.
 */
@ExtendWith(OutputCaptureExtension.class)
class RedipyStartupFailureTests {

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ RedipyAutoConfiguration.class,
			org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration.class })
	@Import(VisitService.class)
	static class App {

	}

	/** A bean of the application that needs a client. */
	static class VisitService {

		private final RedipyClient client;

		VisitService(RedipyClient client) {
			this.client = client;
		}

		long visit(String page) {
			return this.client.incr("visits:" + page);
		}

	}

	private static ConfigurableApplicationContext start(String... args) {
		SpringApplication application = new SpringApplication(App.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run(args);
	}

	@Test
	void invalidBackendIsReportedWithTheValueAndTheValidOnes(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--redipy.backend=foo"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid value 'foo' for redipy.backend")
			.contains("Set redipy.backend to one of: memory")
			.contains("or redis")
			.doesNotContain("required a bean of type");
	}

	@Test
	void emptyBackendIsNotTakenForMemory(CapturedOutput output) {
		// as from an unset placeholder: redipy.backend=${REDIPY_BACKEND:}
		assertThatException().isThrownBy(() -> start("--redipy.backend="));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid value '' for redipy.backend")
			.contains("Set redipy.backend to one of: memory");
	}

	@Test
	void misspelledPropertyFailsTheStartNamingTheClosestValidOne(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--redipy.backnd=redis"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Unknown redipy property:")
			.contains("redipy.backnd")
			.contains("Replace redipy.backnd with redipy.backend.");
	}

	@Test
	void misspelledNestedPropertiesAreEachNamed(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> start("--redipy.memory.script-time-limt=1s", "--redipy.metrics.enable=false"));
		assertThat(output).contains("Unknown redipy properties:")
			.contains("Replace redipy.memory.script-time-limt with redipy.memory.script-time-limit.")
			.contains("Replace redipy.metrics.enable with redipy.metrics.enabled.");
	}

	@Test
	void validPropertiesStart() {
		try (ConfigurableApplicationContext context = start("--redipy.backend=memory", "--redipy.key-prefix=app:",
				"--redipy.memory.script-time-limit=2s", "--redipy.metrics.enabled=false",
				"--redipy.scripts.log-lua=false", "--redipy.memory.server.port=0",
				"--redipy.memory.server.password=secret", "--redipy.memory.server.enabled=true",
				"--redipy.memory.server.transport=tcp")) {
			assertThat(context.getBean(VisitService.class).visit("home")).isEqualTo(1);
			assertThat(context.getBean(RedipyClient.class).keyPrefix()).isEqualTo("app:");
		}
	}

	@Test
	void theValidPropertiesAreThoseOfRedipyProperties() {
		assertThat(RedipyFailureAnalyzer.validProperties()).containsExactly("redipy.backend", "redipy.key-prefix",
				"redipy.memory.cluster-rules", "redipy.memory.script-time-limit", "redipy.memory.server.enabled",
				"redipy.memory.server.password", "redipy.memory.server.port", "redipy.memory.server.transport",
				"redipy.metrics.enabled", "redipy.scripts.log-lua");
	}

}
