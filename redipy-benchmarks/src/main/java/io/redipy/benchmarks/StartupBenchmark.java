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
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Spring context start-up of a small non-web application, to the context being ready and
 * one {@code StringRedisTemplate} GET answered (Lettuce connects lazily, so the first
 * command carries the connection's set-up): {@code with-starter} is the redipy starter on
 * the memory backend, its Redis endpoint on and Boot's Lettuce connection factory pointed
 * at it; {@code redis-starter} is the same application as Boot's Redis starter alone
 * would make it (redipy's auto-configurations excluded) against the harness's
 * redis-server; {@code without} leaves out redipy's and Spring Data Redis's
 * auto-configurations (no template, nothing connects), the floor of both. The harness
 * runs one single-shot iteration per fresh JVM, so each sample is a cold start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBenchmark {

	/** redipy's own auto-configurations. */
	static final List<String> REDIPY_AUTO_CONFIGURATIONS = List.of("io.redipy.autoconfigure.RedipyAutoConfiguration",
			"io.redipy.autoconfigure.RedipyMemoryEndpointAutoConfiguration",
			"io.redipy.autoconfigure.RedipyHealthContributorAutoConfiguration",
			"io.redipy.autoconfigure.RedipyMetricsAutoConfiguration");

	/** The auto-configurations the starter brings: redipy's and Spring Data Redis's. */
	static final List<String> STARTER_AUTO_CONFIGURATIONS = List.of("io.redipy.autoconfigure.RedipyAutoConfiguration",
			"io.redipy.autoconfigure.RedipyMemoryEndpointAutoConfiguration",
			"io.redipy.autoconfigure.RedipyHealthContributorAutoConfiguration",
			"io.redipy.autoconfigure.RedipyMetricsAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration");

	/** with-starter, redis-starter (needs the harness's redis-server) or without. */
	@Param({ "with-starter", "redis-starter", "without" })
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
	 * Starts the application and, where it has Spring Data Redis, answers one
	 * {@code StringRedisTemplate} GET; checks it has a {@code RedipyClient} bean exactly
	 * when the starter is in.
	 * @return the number of beans it has
	 */
	@Benchmark
	public int start() {
		boolean withStarter = this.app.equals("with-starter");
		boolean redisStarter = this.app.equals("redis-starter");
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
		else if (redisStarter) {
			properties.put("spring.autoconfigure.exclude", String.join(",", REDIPY_AUTO_CONFIGURATIONS));
			properties.put("spring.data.redis.host", BenchRedis.host());
			properties.put("spring.data.redis.port", BenchRedis.port());
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
		if (withStarter || redisStarter) {
			// the first command: Lettuce connects (and authenticates) now, on both sides
			String value = started.getBean(StringRedisTemplate.class).opsForValue().get("started");
			if (value != null && withStarter) {
				throw new IllegalStateException("A fresh memory store has the key 'started': " + value);
			}
		}
		return started.getBeanDefinitionCount();
	}

	/**
	 * Starts the application with the starter on the memory backend, quietly.
	 * @param transport how Boot's connection factory reaches the endpoint:
	 * {@code in-process} or {@code tcp}
	 * @return the running application
	 */
	static ConfigurableApplicationContext memoryApplication(String transport) {
		SpringApplication application = new SpringApplication(App.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setDefaultProperties(
				Map.of("logging.level.root", "warn", "logging.config", "classpath:logback-benchmarks.xml",
						"redipy.backend", "memory", "redipy.memory.server.transport", transport));
		return application.run();
	}

	/** The application: auto-configuration only, no beans of its own. */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
