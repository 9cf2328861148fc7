package io.redipy.autoconfigure;

import java.lang.reflect.Proxy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redipy.RedipyClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code redipy} health contributor and the Micrometer command timers.
 */
class RedipyObservabilityTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RedipyAutoConfiguration.class,
				RedipyHealthContributorAutoConfiguration.class, RedipyMetricsAutoConfiguration.class));

	@Test
	void healthContributorReportsTheBackendAndTheKeyCount() {
		this.runner.run((context) -> {
			context.getBean(RedipyClient.class).set("k", "v");
			HealthIndicator indicator = context.getBean("redipyHealthIndicator", HealthIndicator.class);
			Health health = indicator.health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("backend", "memory").containsEntry("keys", 1L);
		});
	}

	@Test
	void healthContributorCanBeDisabled() {
		this.runner.withPropertyValues("management.health.redipy.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("redipyHealthIndicator"));
	}

	@Test
	void commandsAreTimedWhenAMeterRegistryExists() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			RedipyClient client = context.getBean(RedipyClient.class);
			client.set("k", "v");
			client.get("k");
			client.get("k");
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			Timer gets = registry.find("redipy.commands").tags("command", "get", "backend", "memory").timer();
			assertThat(gets).isNotNull();
			assertThat(gets.count()).isEqualTo(2);
			assertThat(client.backend()).isEqualTo("memory");
		});
	}

	@Test
	void failuresAreTimedWithTheirOutcome() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			RedipyClient client = context.getBean(RedipyClient.class);
			client.rpush("list", "x");
			try {
				client.get("list");
			}
			catch (io.redipy.WrongTypeException expected) {
				// timed with its outcome
			}
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.find("redipy.commands").tags("command", "get", "outcome", "WrongTypeException").timer())
				.isNotNull();
		});
	}

	@Test
	void noTimingWhenDisabledOrWithoutMicrometer() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("redipy.metrics.enabled=false")
			.run((context) -> assertThat(Proxy.isProxyClass(context.getBean(RedipyClient.class).getClass())).isFalse());
		this.runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(Proxy.isProxyClass(context.getBean(RedipyClient.class).getClass())).isFalse());
	}

}
