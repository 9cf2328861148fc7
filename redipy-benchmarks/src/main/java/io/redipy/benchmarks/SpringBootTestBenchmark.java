package io.redipy.benchmarks;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.redipy.autoconfigure.test.AutoConfigureRedipy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A {@code @SpringBootTest} class of {@value #TESTS} tests of code written against
 * Spring's {@code StringRedisTemplate}, run by the JUnit Platform's launcher in the
 * benchmark's JVM, as an IDE or Surefire runs a test class: discovery, the Spring test
 * context (the application context's start and the template's first connection, which the
 * first test pays), and the 20 test bodies. {@code memory}: the redipy starter on the
 * memory backend with {@code @AutoConfigureRedipy} (an empty store before each test);
 * {@code redis}: the same tests with {@code redipy.backend=redis} against the harness's
 * redis-server, emptied before each test. The harness runs one single-shot iteration per
 * fresh JVM, so each sample is the class's first run in a JVM; JVM start itself is not
 * counted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SpringBootTestBenchmark {

	/** The number of tests in the class. */
	static final int TESTS = 20;

	/** memory or redis (needs the harness's redis-server). */
	@Param({ "memory", "redis" })
	public String backend = "memory";

	/**
	 * Runs the test class and checks that all its tests passed.
	 * @return the number of tests that passed
	 */
	@Benchmark
	public long run() {
		Class<?> tests = this.backend.equals("memory") ? OnMemory.class : OnRedis.class;
		LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
			.selectors(selectClass(tests))
			.build();
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		LauncherFactory.create().execute(request, listener);
		TestExecutionSummary summary = listener.getSummary();
		if (summary.getTestsSucceededCount() != TESTS || summary.getTotalFailureCount() > 0) {
			StringWriter failures = new StringWriter();
			summary.printFailuresTo(new PrintWriter(failures), 20);
			throw new IllegalStateException(tests.getSimpleName() + ": " + summary.getTestsSucceededCount() + " of "
					+ TESTS + " tests passed\n" + failures);
		}
		return summary.getTestsSucceededCount();
	}

	/** The application under test: auto-configuration only. */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

	/** The tests on the memory backend, with redipy's test support. */
	@SpringBootTest(classes = App.class,
			properties = { "logging.config=classpath:logback-benchmarks.xml", "spring.main.banner-mode=off",
					"redipy.backend=memory" })
	@AutoConfigureRedipy
	static class OnMemory extends TemplateTests {

	}

	/** The same tests against the harness's redis-server, emptied before each test. */
	@SpringBootTest(classes = App.class, properties = { "logging.config=classpath:logback-benchmarks.xml",
			"spring.main.banner-mode=off", "redipy.backend=redis" })
	static class OnRedis extends TemplateTests {

		@DynamicPropertySource
		static void redis(DynamicPropertyRegistry registry) {
			registry.add("spring.data.redis.host", BenchRedis::host);
			registry.add("spring.data.redis.port", BenchRedis::port);
		}

		@BeforeEach
		void flush() {
			this.template.execute((RedisCallback<Void>) (connection) -> {
				connection.serverCommands().flushDb();
				return null;
			});
		}

	}

	/**
	 * Twenty small tests of the kind an application has for code on Spring's Redis
	 * template: a few commands each, then an assertion.
	 */
	abstract static class TemplateTests {

		@Autowired
		StringRedisTemplate template;

		@Test
		void setThenGet() {
			this.template.opsForValue().set("greeting", "hello");
			assertThat(this.template.opsForValue().get("greeting")).isEqualTo("hello");
		}

		@Test
		void missingKeyIsNull() {
			assertThat(this.template.opsForValue().get("missing")).isNull();
		}

		@Test
		void setIfAbsentOnlyOnce() {
			assertThat(this.template.opsForValue().setIfAbsent("lock", "a")).isTrue();
			assertThat(this.template.opsForValue().setIfAbsent("lock", "b")).isFalse();
		}

		@Test
		void incrementCounts() {
			this.template.opsForValue().increment("visits");
			assertThat(this.template.opsForValue().increment("visits", 5)).isEqualTo(6L);
		}

		@Test
		void expiryIsSet() {
			this.template.opsForValue().set("session", "s", Duration.ofMinutes(30));
			Long ttl = this.template.getExpire("session");
			assertThat(ttl != null && ttl > 1700 && ttl <= 1800).isTrue();
		}

		@Test
		void deleteRemoves() {
			this.template.opsForValue().set("gone", "x");
			assertThat(this.template.delete("gone")).isTrue();
			assertThat(this.template.hasKey("gone")).isFalse();
		}

		@Test
		void multiSetThenMultiGet() {
			this.template.opsForValue().multiSet(Map.of("a", "1", "b", "2"));
			assertThat(this.template.opsForValue().multiGet(List.of("a", "b", "c")))
				.isEqualTo(Arrays.asList("1", "2", null));
		}

		@Test
		void appendGrows() {
			this.template.opsForValue().set("text", "ab");
			this.template.opsForValue().append("text", "cd");
			assertThat(this.template.opsForValue().get("text")).isEqualTo("abcd");
		}

		@Test
		void hashPutThenGet() {
			this.template.opsForHash().put("user:1", "name", "Ada");
			assertThat(this.template.opsForHash().get("user:1", "name")).isEqualTo("Ada");
		}

		@Test
		void hashEntries() {
			this.template.opsForHash().putAll("user:2", Map.of("name", "Grace", "lang", "COBOL"));
			assertThat(this.template.opsForHash().entries("user:2"))
				.isEqualTo(Map.of("name", "Grace", "lang", "COBOL"));
		}

		@Test
		void hashIncrement() {
			assertThat(this.template.opsForHash().increment("stats", "hits", 3)).isEqualTo(3L);
		}

		@Test
		void listPushThenRange() {
			this.template.opsForList().rightPushAll("queue", "a", "b", "c");
			assertThat(this.template.opsForList().range("queue", 0, -1)).isEqualTo(List.of("a", "b", "c"));
		}

		@Test
		void listPopsInOrder() {
			this.template.opsForList().rightPushAll("jobs", "1", "2");
			assertThat(this.template.opsForList().leftPop("jobs")).isEqualTo("1");
			assertThat(this.template.opsForList().size("jobs")).isEqualTo(1L);
		}

		@Test
		void setMembers() {
			this.template.opsForSet().add("tags", "x", "y", "x");
			assertThat(this.template.opsForSet().size("tags")).isEqualTo(2L);
			assertThat(this.template.opsForSet().isMember("tags", "y")).isTrue();
		}

		@Test
		void setIntersection() {
			this.template.opsForSet().add("s1", "a", "b");
			this.template.opsForSet().add("s2", "b", "c");
			assertThat(this.template.opsForSet().intersect("s1", "s2")).isEqualTo(Set.of("b"));
		}

		@Test
		void sortedSetRanks() {
			this.template.opsForZSet().add("board", "ann", 3);
			this.template.opsForZSet().add("board", "bob", 5);
			assertThat(this.template.opsForZSet().reverseRank("board", "bob")).isEqualTo(0L);
		}

		@Test
		void sortedSetRange() {
			this.template.opsForZSet().add("scores", "a", 1);
			this.template.opsForZSet().add("scores", "b", 2);
			this.template.opsForZSet().add("scores", "c", 3);
			assertThat(this.template.opsForZSet().range("scores", 0, 1))
				.isEqualTo(new LinkedHashSet<>(List.of("a", "b")));
		}

		@Test
		void sortedSetIncrement() {
			assertThat(this.template.opsForZSet().incrementScore("ranks", "m", 2.5)).isEqualTo(2.5);
		}

		@Test
		void renameMoves() {
			this.template.opsForValue().set("old", "v");
			this.template.rename("old", "new");
			assertThat(this.template.opsForValue().get("new")).isEqualTo("v");
		}

		@Test
		void storeStartsEmpty() {
			assertThat(this.template.keys("*")).isEmpty();
		}

	}

}
