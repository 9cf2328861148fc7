package io.redipy.autoconfigure;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

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
	void healthAnswersWithinItsTimeoutWhenRedisAcceptsButNeverAnswers() throws Exception {
		try (SilentServer server = new SilentServer()) {
			LettuceConnectionFactory factory = patientFactory(server.port());
			try {
				RedipyClient client = Redipy.redis(factory);
				this.runner.withBean(RedipyClient.class, () -> client).run((context) -> {
					HealthIndicator indicator = context.getBean("redipyHealthIndicator", HealthIndicator.class);
					long start = System.nanoTime();
					Health health = indicator.health(true);
					Duration took = Duration.ofNanos(System.nanoTime() - start);
					assertThat(health.getStatus()).isEqualTo(Status.DOWN);
					assertThat(health.getDetails()).containsEntry("backend", "redis");
					assertThat(health.getDetails().get("error").toString()).contains("no answer within 1s");
					// the driver would wait 60 s; the default timeout is 1 s
					assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1)).isLessThan(Duration.ofSeconds(20));
					// the probe that timed out is still waiting: the next check does not
					// queue behind it
					start = System.nanoTime();
					assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
					assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
				});
			}
			finally {
				factory.destroy();
			}
		}
	}

	@Test
	void healthTimeoutIsConfigurable() throws Exception {
		try (SilentServer server = new SilentServer()) {
			LettuceConnectionFactory factory = patientFactory(server.port());
			try {
				RedipyClient client = Redipy.redis(factory);
				this.runner.withBean(RedipyClient.class, () -> client)
					.withPropertyValues("management.health.redipy.timeout=300ms")
					.run((context) -> {
						Health health = context.getBean("redipyHealthIndicator", HealthIndicator.class).health(true);
						assertThat(health.getStatus()).isEqualTo(Status.DOWN);
						assertThat(health.getDetails().get("error").toString()).contains("no answer within 300ms");
					});
			}
			finally {
				factory.destroy();
			}
		}
	}

	@Test
	void healthTimeoutMustBePositive() {
		this.runner.withPropertyValues("management.health.redipy.timeout=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("management.health.redipy.timeout must be positive"));
		this.runner.withPropertyValues("management.health.redipy.timeout=-250ms")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageEndingWith("was -250ms"));
	}

	@Test
	void healthTimeoutBeyondTheNanosecondRangeWaitsWithoutOverflow() {
		this.runner.withPropertyValues("management.health.redipy.timeout=3650000d").run((context) -> {
			HealthIndicator indicator = context.getBean("redipyHealthIndicator", HealthIndicator.class);
			assertThat(indicator.health(true).getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void healthCheckIsNotCountedInCommandMetrics() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			HealthIndicator indicator = context.getBean("redipyHealthIndicator", HealthIndicator.class);
			assertThat(indicator.health(true).getStatus()).isEqualTo(Status.UP);
			assertThat(registry.find("redipy.commands").timers()).isEmpty();
			context.getBean(RedipyClient.class).ping();
			assertThat(registry.find("redipy.commands").tags("command", "ping").timer()).isNotNull()
				.extracting(Timer::count)
				.isEqualTo(1L);
		});
	}

	/**
	 * A factory with Lettuce's 60 s command timeout and as long a connect timeout, so
	 * only the health check's own timeout can end a check early.
	 */
	private static LettuceConnectionFactory patientFactory(int port) {
		LettuceClientConfiguration configuration = LettuceClientConfiguration.builder()
			.commandTimeout(Duration.ofSeconds(60))
			.clientOptions(ClientOptions.builder()
				.socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(60)).build())
				.build())
			.build();
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", port), configuration);
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

	/** A "Redis" on a loopback port that accepts connections and never answers. */
	private static final class SilentServer implements AutoCloseable {

		private final ServerSocket socket;

		private final List<Socket> accepted = new CopyOnWriteArrayList<>();

		SilentServer() throws IOException {
			this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			Thread acceptor = new Thread(() -> {
				try {
					while (true) {
						this.accepted.add(this.socket.accept());
					}
				}
				catch (IOException closed) {
					// the test is over
				}
			}, "silent-redis");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return this.socket.getLocalPort();
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
			for (Socket connection : this.accepted) {
				connection.close();
			}
		}

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
	void typedViewsAreNotTimedAsCommands() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			RedipyClient client = context.getBean(RedipyClient.class);
			client.binary().set(new byte[] { 1 }, new byte[] { (byte) 0x80 });
			assertThat(client.withCodecs(io.redipy.api.Codec.bytes(), io.redipy.api.Codec.utf8()).get(new byte[] { 1 }))
				.isEqualTo("\uFFFD");
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.find("redipy.commands").timers()).isEmpty();
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
