package io.redipy.autoconfigure;

import java.net.ServerSocket;

import io.redipy.RedipyClient;
import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.RedisConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RedipyAutoConfiguration}: the backend is one property, a user's bean wins, and a
 * wrong configuration fails the start with an explanation.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class RedipyAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RedipyAutoConfiguration.class, dataRedisAutoConfiguration()));

	private static Class<?> dataRedisAutoConfiguration() {
		try {
			return Class.forName(RedipyAutoConfiguration.DATA_REDIS_AUTO_CONFIGURATION);
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError(
					"Boot's Redis auto-configuration moved: " + RedipyAutoConfiguration.DATA_REDIS_AUTO_CONFIGURATION,
					ex);
		}
	}

	private static int closedPort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void memoryBackendByDefault() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(RedipyClient.class).hasSingleBean(MemoryStore.class);
			RedipyClient client = context.getBean(RedipyClient.class);
			assertThat(client.backend()).isEqualTo("memory");
			client.set("k", "v");
			assertThat(client.get("k")).isEqualTo("v");
		});
	}

	@Test
	void memoryBackendNeverConnectsToRedis() throws Exception {
		int port = closedPort();
		this.runner.withPropertyValues("redipy.backend=memory", "spring.data.redis.port=" + port).run((context) -> {
			assertThat(context).hasNotFailed();
			RedipyClient client = context.getBean(RedipyClient.class);
			client.rpush("q", "a");
			assertThat(client.lpop("q")).isEqualTo("a");
		});
	}

	@Test
	void redisBackendWhenPropertySaysRedis() {
		RedisServer server = RedisExtension.server();
		this.runner
			.withPropertyValues("redipy.backend=redis", "spring.data.redis.host=" + server.host(),
					"spring.data.redis.port=" + server.port())
			.run((context) -> {
				RedipyClient client = context.getBean(RedipyClient.class);
				assertThat(client.backend()).isEqualTo("redis");
				assertThat(context).doesNotHaveBean(MemoryStore.class);
				client.set("autoconfigured", "yes");
				assertThat(client.get("autoconfigured")).isEqualTo("yes");
				client.del("autoconfigured");
			});
	}

	@Test
	void unreachableRedisFailsTheStartWithBothWaysOut() throws Exception {
		int port = closedPort();
		this.runner
			.withPropertyValues("redipy.backend=redis", "spring.data.redis.port=" + port,
					"spring.data.redis.password=never-shown", "spring.data.redis.connect-timeout=2s",
					"spring.data.redis.timeout=2s")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new RedipyFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("localhost:" + port).doesNotContain("never-shown");
				assertThat(analysis.getAction()).contains("Start Redis").contains("redipy.backend=memory");
			});
	}

	@Test
	void invalidBackendFailsTheStartListingTheValidValues() {
		this.runner.withPropertyValues("redipy.backend=foo").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new RedipyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("'foo'").contains("redipy.backend");
			assertThat(analysis.getAction()).contains("memory").contains("redis");
		});
	}

	@Test
	void userDefinedClientWins() {
		RedipyClient own = new MemoryStore().client("own:");
		this.runner.withBean(RedipyClient.class, () -> own)
			.run((context) -> assertThat(context.getBean(RedipyClient.class)).isSameAs(own));
	}

	@Test
	void keyPrefixIsApplied() {
		this.runner.withPropertyValues("redipy.key-prefix=app:").run((context) -> {
			RedipyClient client = context.getBean(RedipyClient.class);
			client.set("k", "v");
			assertThat(client.keyPrefix()).isEqualTo("app:");
			assertThat(context.getBean(MemoryStore.class).client("").get("app:k")).isEqualTo("v");
		});
	}

	@Test
	void scriptsAreLoggedWhenAsked(org.springframework.boot.test.system.CapturedOutput output) {
		this.runner.withPropertyValues("redipy.scripts.log-lua=true").run((context) -> {
			RedipyClient client = context.getBean(RedipyClient.class);
			client.register(io.redipy.script.Script.define("logged", io.redipy.script.Kind.INTEGER,
					(s) -> s.returns(io.redipy.script.Dsl.lit(1))));
			assertThat(output).contains("redipy script 'logged'").contains("local redipy = {}");
		});
	}

	@Test
	void memoryScriptTimeLimitIsConfigurable() {
		this.runner.withPropertyValues("redipy.memory.script-time-limit=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("scriptTimeLimit must be positive"));
	}

	@Test
	void memoryWorksWithoutSpringDataRedis() {
		this.runner.withClassLoader(new FilteredClassLoader(RedisConnectionFactory.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(RedipyClient.class).backend()).isEqualTo("memory");
		});
	}

	@Test
	void redisWithoutSpringDataRedisFailsWithAClearMessage() {
		this.runner.withClassLoader(new FilteredClassLoader(RedisConnectionFactory.class))
			.withPropertyValues("redipy.backend=redis")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new RedipyFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("Spring Data Redis is not on the classpath");
				assertThat(analysis.getAction()).contains("redipy.backend=memory");
			});
	}

	@Test
	void clusterRulesMakeTheMemoryStoreRefuseWhatACLusterRefuses() {
		this.runner.withPropertyValues("redipy.memory.cluster-rules=true").run((context) -> {
			assertThat(context.getBean(io.redipy.memory.MemoryStore.class).clusterRules()).isTrue();
			io.redipy.RedipyClient client = context.getBean(io.redipy.RedipyClient.class);
			client.set("{a}:x", "1");
			client.rename("{a}:x", "{a}:y");
			org.assertj.core.api.Assertions.assertThatExceptionOfType(io.redipy.CrossSlotException.class)
				.isThrownBy(() -> client.rename("{a}:y", "{b}:y"));
			assertThat(client.get("{a}:y")).isEqualTo("1");
		});
		this.runner
			.run((context) -> assertThat(context.getBean(io.redipy.memory.MemoryStore.class).clusterRules()).isFalse());
	}

}
