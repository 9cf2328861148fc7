package io.redipy.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.redipy.RedipyClient;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Spring context start-up of a small non-web application: with the redipy starter on the
 * memory backend, and the same application without it (redipy's auto-configurations and
 * the Spring Data Redis ones the starter brings excluded). The harness runs one
 * single-shot iteration per fresh JVM, so each sample is a cold start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBenchmark {

	/** The auto-configurations the starter brings. */
	static final List<String> STARTER_AUTO_CONFIGURATIONS = List.of("io.redipy.autoconfigure.RedipyAutoConfiguration",
			"io.redipy.autoconfigure.RedipyHealthContributorAutoConfiguration",
			"io.redipy.autoconfigure.RedipyMetricsAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration");

	/** with-starter or without. */
	@Param({ "with-starter", "without" })
	public String app = "with-starter";

	private @Nullable ConfigurableApplicationContext context;

	/**
	 * Closes the application the iteration started (not measured).
	 */
	@TearDown(Level.Iteration)
	public void close() {
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
	}

	/**
	 * Starts the application (and checks it has a {@code RedipyClient} bean exactly when
	 * the starter is in).
	 * @return the number of beans it has
	 */
	@Benchmark
	public int start() {
		boolean withStarter = this.app.equals("with-starter");
		SpringApplication application = new SpringApplication(App.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		Map<String, Object> properties = new HashMap<>();
		properties.put("logging.level.root", "warn");
		properties.put("logging.config", "classpath:logback-benchmarks.xml");
		if (withStarter) {
			properties.put("redipy.backend", "memory");
		}
		else {
			properties.put("spring.autoconfigure.exclude", String.join(",", STARTER_AUTO_CONFIGURATIONS));
		}
		application.setDefaultProperties(properties);
		ConfigurableApplicationContext started = application.run();
		this.context = started;
		boolean hasClient = started.getBeanNamesForType(RedipyClient.class).length > 0;
		if (hasClient != withStarter) {
			throw new IllegalStateException(this.app + " application has a RedipyClient bean: " + hasClient);
		}
		if (withStarter) {
			started.getBean(RedipyClient.class).set("started", "yes");
		}
		return started.getBeanDefinitionCount();
	}

	/** The application: auto-configuration only, no beans of its own. */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
