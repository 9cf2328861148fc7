package io.redipy.autoconfigure;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.redipy.RedipyClient;
import io.redipy.autoconfigure.endpointapp.EndpointApplication;
import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The memory store's Redis endpoint as an application gets it: started with
 * {@link SpringApplication} and full auto-configuration, Boot's own
 * {@code StringRedisTemplate} and redipy's client on one store, and the endpoint's
 * password, port, database and shutdown.
 */
@ExtendWith(OutputCaptureExtension.class)
class MemoryEndpointAutoConfigurationTests {

	private static ConfigurableApplicationContext start(String... args) {
		SpringApplication application = new SpringApplication(EndpointApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run(args);
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String ping(MemoryEndpoint endpoint, String password) {
		RedisURI.Builder uri = RedisURI.builder()
			.withHost(endpoint.host())
			.withPort(endpoint.port())
			.withTimeout(Duration.ofSeconds(10));
		if (password != null) {
			uri.withPassword(password.toCharArray());
		}
		RedisClient client = RedisClient.create(uri.build());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return connection.sync().ping();
		}
		finally {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(5));
		}
	}

	@Test
	void springsTemplateAndRedipysClientShareTheStore() {
		try (ConfigurableApplicationContext context = start()) {
			StringRedisTemplate template = context.getBean(StringRedisTemplate.class);
			RedipyClient client = context.getBean(RedipyClient.class);
			template.opsForValue().set("fromTemplate", "grüße");
			assertThat(client.get("fromTemplate")).isEqualTo("grüße");
			client.hset("fromRedipy", "field", "€");
			assertThat(template.<String, String>opsForHash().get("fromRedipy", "field")).isEqualTo("€");
			assertThat(context.getBean(DataRedisConnectionDetails.class).getStandalone().getPort())
				.isEqualTo(context.getBean(MemoryEndpoint.class).port());
		}
	}

	@Test
	void theDatabaseSpringSelectsIsTheOneRedipysClientUses() {
		try (ConfigurableApplicationContext context = start("--spring.data.redis.database=5")) {
			context.getBean(StringRedisTemplate.class).opsForValue().set("k", "five");
			MemoryStore store = context.getBean(MemoryStore.class);
			assertThat(context.getBean(RedipyClient.class).get("k")).isEqualTo("five");
			assertThat(store.client("", 5).get("k")).isEqualTo("five");
			assertThat(store.client("", 0).get("k")).isNull();
		}
	}

	@Test
	void aPasswordIsGeneratedAtEveryStartAndNeverLogged(CapturedOutput output) {
		String first;
		try (ConfigurableApplicationContext context = start()) {
			MemoryEndpoint endpoint = context.getBean(MemoryEndpoint.class);
			first = endpoint.password();
			assertThat(endpoint.generatedPassword()).isTrue();
			assertThat(first).hasSize(64);
			assertThat(ping(endpoint, first)).isEqualTo("PONG");
			// Lettuce opens with HELLO 3 (with AUTH when it has a password) and reports
			// the server's error as the cause of a failed connection
			assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> ping(endpoint, null))
				.havingCause()
				.isInstanceOf(RedisCommandExecutionException.class)
				.withMessageStartingWith("NOAUTH HELLO must be called with the client already authenticated");
			assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> ping(endpoint, "wrong"))
				.havingCause()
				.isInstanceOf(RedisCommandExecutionException.class)
				.withMessageStartingWith("WRONGPASS invalid username-password pair");
			assertThat(output).contains("Redis endpoint listens on 127.0.0.1:" + endpoint.port())
				.contains("a generated password")
				.doesNotContain(first);
			assertThat(context.getBean(DataRedisConnectionDetails.class).toString()).doesNotContain(first);
		}
		try (ConfigurableApplicationContext context = start()) {
			assertThat(context.getBean(MemoryEndpoint.class).password()).isNotEqualTo(first);
		}
	}

	@Test
	void aConfiguredPasswordIsUsedAndNotLogged(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start("--redipy.memory.server.password=s3cret-Pw")) {
			MemoryEndpoint endpoint = context.getBean(MemoryEndpoint.class);
			assertThat(endpoint.generatedPassword()).isFalse();
			assertThat(ping(endpoint, "s3cret-Pw")).isEqualTo("PONG");
			context.getBean(StringRedisTemplate.class).opsForValue().set("k", "v");
			assertThat(output).contains("the configured password").doesNotContain("s3cret-Pw");
		}
	}

	@Test
	void aFixedPortIsLoggedAndFreedWhenTheContextCloses(CapturedOutput output) throws Exception {
		int port = freePort();
		try (ConfigurableApplicationContext context = start("--redipy.memory.server.port=" + port)) {
			assertThat(context.getBean(MemoryEndpoint.class).port()).isEqualTo(port);
			assertThat(output).contains("Redis endpoint listens on 127.0.0.1:" + port);
			context.getBean(StringRedisTemplate.class).opsForValue().set("k", "v");
		}
		try (ServerSocket again = new ServerSocket()) {
			again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			assertThat(again.isBound()).isTrue();
		}
	}

	@Test
	void aTakenFixedPortFailsTheStartNamingThePortAndTheProperty(CapturedOutput output) throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			assertThatException().isThrownBy(() -> start("--redipy.memory.server.port=" + port));
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("could not listen on 127.0.0.1:" + port)
				.contains("redipy.memory.server.port=" + port)
				.contains("set redipy.memory.server.port to a free port");
		}
	}

	@Test
	void withTheEndpointOffBootsRedisAutoConfigurationIsLeftOut() throws Exception {
		try (ConfigurableApplicationContext context = start("--redipy.memory.server.enabled=false")) {
			assertThat(context.getBeanNamesForType(MemoryEndpoint.class)).isEmpty();
			assertThat(context.getBeanNamesForType(RedisConnectionFactory.class)).isEmpty();
			assertThat(context.getBeanNamesForType(StringRedisTemplate.class)).isEmpty();
			assertThat(context.containsBean("redisHealthContributor")).isFalse();
			RedipyClient client = context.getBean(RedipyClient.class);
			client.set("k", "v");
			assertThat(client.get("k")).isEqualTo("v");
		}
		try (ConfigurableApplicationContext context = start()) {
			// the same application with the endpoint on has all of them
			assertThat(context.getBeanNamesForType(RedisConnectionFactory.class)).hasSize(1);
			assertThat(context.containsBean("redisHealthContributor")).isTrue();
		}
	}

	@Test
	void theRedisBackendHasNoEndpoint() {
		RedisServer server = RedisExtension.server();
		try (ConfigurableApplicationContext context = start("--redipy.backend=redis",
				"--spring.data.redis.host=" + server.host(), "--spring.data.redis.port=" + server.port())) {
			assertThat(context.getBeanNamesForType(MemoryEndpoint.class)).isEmpty();
			assertThat(context.getBean(DataRedisConnectionDetails.class).getStandalone().getPort())
				.isEqualTo(server.port());
		}
	}

}
