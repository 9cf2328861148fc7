package io.redipy.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.KillArgs;
import io.redipy.RedipyClient;
import io.redipy.autoconfigure.endpointapp.EndpointApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How Boot's connection factory reaches the memory endpoint: in process by default (a
 * Netty in-JVM channel into the endpoint's connection code), over the loopback port with
 * {@code redipy.memory.server.transport=tcp}, and never for a factory the application
 * made itself.
 */
class InProcessTransportTests {

	private static ConfigurableApplicationContext start(Class<?>[] sources, String... args) {
		SpringApplication application = new SpringApplication(sources);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run(args);
	}

	private static ConfigurableApplicationContext start(String... args) {
		return start(new Class<?>[] { EndpointApplication.class }, args);
	}

	/** {@code CLIENT INFO} of the template's connection. */
	private static String clientInfo(StringRedisTemplate template) {
		Object info = template.execute((RedisCallback<Object>) (connection) -> connection.execute("CLIENT",
				"INFO".getBytes(StandardCharsets.US_ASCII)));
		// a bulk string in RESP2, a verbatim string in RESP3 (which Lettuce
		// makes a String)
		return (info instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(info);
	}

	@Test
	void bootsFactoryReachesTheStoreInProcessByDefault() {
		try (ConfigurableApplicationContext context = start()) {
			RedisConnectionFactory factory = context.getBean(RedisConnectionFactory.class);
			assertThat(factory).isInstanceOf(InProcessConnectionFactory.class);
			StringRedisTemplate template = context.getBean(StringRedisTemplate.class);
			template.opsForValue().set("k", "grüße");
			assertThat(context.getBean(RedipyClient.class).get("k")).isEqualTo("grüße");
			// the connection's peer is a Netty local address, not a socket
			assertThat(clientInfo(template)).contains("addr=local:").contains("lib-name=Lettuce");
			// Boot's settings carried over: the command timeout
			// (spring.data.redis.timeout)
			assertThat(((LettuceConnectionFactory) factory).getClientConfiguration().getCommandTimeout())
				.isEqualTo(Duration.ofSeconds(60));
		}
	}

	@Test
	void withTcpBootsFactoryUsesThePort() {
		try (ConfigurableApplicationContext context = start("--redipy.memory.server.transport=tcp")) {
			assertThat(context.getBean(RedisConnectionFactory.class).getClass())
				.isEqualTo(LettuceConnectionFactory.class);
			assertThat(context.getBeanNamesForType(InProcessEndpoint.class)).isEmpty();
			StringRedisTemplate template = context.getBean(StringRedisTemplate.class);
			template.opsForValue().set("k", "v");
			assertThat(clientInfo(template)).contains("addr=127.0.0.1:");
		}
	}

	@Test
	void aBlockedCommandIsAnsweredWhenAnotherClientPushes() throws Exception {
		try (ConfigurableApplicationContext context = start()) {
			StringRedisTemplate template = context.getBean(StringRedisTemplate.class);
			CompletableFuture<String> popped = CompletableFuture
				.supplyAsync(() -> template.opsForList().leftPop("queue", Duration.ofSeconds(10)));
			Thread.sleep(100);
			context.getBean(RedipyClient.class).rpush("queue", "job");
			assertThat(popped.get(10, TimeUnit.SECONDS)).isEqualTo("job");
		}
	}

	@Test
	void aKilledConnectionIsOpenedAgainByLettuce() {
		try (ConfigurableApplicationContext context = start()) {
			StringRedisTemplate template = context.getBean(StringRedisTemplate.class);
			template.opsForValue().set("k", "before");
			MemoryEndpoint endpoint = context.getBean(MemoryEndpoint.class);
			RedisClient tcp = RedisClient.create(RedisURI.builder()
				.withHost(endpoint.host())
				.withPort(endpoint.port())
				.withPassword(endpoint.password().toCharArray())
				.build());
			try (StatefulRedisConnection<String, String> other = tcp.connect()) {
				// every other client: the template's in-process connection
				assertThat(other.sync().clientKill(KillArgs.Builder.typeNormal().skipme())).isGreaterThanOrEqualTo(1L);
			}
			finally {
				tcp.shutdown(Duration.ZERO, Duration.ofSeconds(5));
			}
			assertThat(eventually(() -> template.opsForValue().get("k"))).isEqualTo("before");
		}
	}

	@Test
	void closingTheContextStopsTheInProcessThread() {
		InProcessEndpoint door;
		try (ConfigurableApplicationContext context = start()) {
			context.getBean(StringRedisTemplate.class).opsForValue().set("k", "v");
			door = context.getBean(InProcessEndpoint.class);
			assertThat(door.group().isShuttingDown()).isFalse();
		}
		assertThat(door.group().isTerminated()).isTrue();
	}

	@Test
	void aFactoryTheApplicationMadeIsLeftAlone() {
		try (ConfigurableApplicationContext context = start(
				new Class<?>[] { EndpointApplication.class, OwnFactory.class })) {
			assertThat(context.getBean(RedisConnectionFactory.class).getClass())
				.isEqualTo(LettuceConnectionFactory.class);
			assertThat(context.getBeanFactory().containsSingleton("redipyInProcessEndpoint")).isFalse();
		}
	}

	/** Retries for a few seconds: Lettuce reconnects in the background. */
	private static <T> T eventually(java.util.function.Supplier<T> call) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (true) {
			try {
				return call.get();
			}
			catch (RuntimeException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
			}
		}
	}

	/** An application's own connection factory, to a server it names. */
	@Configuration(proxyBeanMethods = false)
	static class OwnFactory {

		@Bean
		LettuceConnectionFactory redisConnectionFactory() {
			LettuceConnectionFactory factory = new LettuceConnectionFactory("127.0.0.1", 1);
			factory.setAutoStartup(false);
			return factory;
		}

	}

}
