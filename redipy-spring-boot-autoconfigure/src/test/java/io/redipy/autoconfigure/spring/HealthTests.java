package io.redipy.autoconfigure.spring;

import java.time.Duration;
import java.util.Properties;

import io.redipy.RedipyClient;
import io.redipy.autoconfigure.test.AutoConfigureRedipy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boot's {@code redis} health contributor and redipy's own, side by side in a real
 * application context, on the memory backend (the contributor asks the store's endpoint)
 * and on a real Redis: both UP, Boot's with the server's version.
 */
class HealthTests {

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class)
	@AutoConfigureRedipy
	class OnMemory extends Scenarios {

	}

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class)
	class OnRedis extends Scenarios {

		@DynamicPropertySource
		static void redis(DynamicPropertyRegistry registry) {
			Backends.redis(registry);
		}

	}

	abstract static class Scenarios {

		@Autowired
		HealthContributorRegistry registry;

		@Autowired
		ReactiveHealthContributorRegistry reactiveRegistry;

		@Autowired
		StringRedisTemplate template;

		@Autowired
		RedipyClient client;

		@Test
		void redisContributorIsUpWithTheServersVersionNextToRedipys() {
			Health redis = health("redis");
			assertThat(redis.getStatus()).isEqualTo(Status.UP);
			Properties info = this.template
				.execute((RedisCallback<Properties>) (connection) -> connection.serverCommands().info("server"));
			assertThat(redis.getDetails().get("version")).isEqualTo(info.getProperty("redis_version"))
				.asString()
				.matches("\\d+\\.\\d+\\.\\d+");

			Health redipy = health("redipy");
			assertThat(redipy.getStatus()).isEqualTo(Status.UP);
			assertThat(redipy.getDetails()).containsEntry("backend", this.client.backend()).containsKey("ping");
		}

		/**
		 * A contributor's health, whichever registry holds it: with Reactor on the class
		 * path Boot's {@code redis} contributor is a reactive one.
		 */
		private Health health(String name) {
			HealthContributor contributor = this.registry.getContributor(name);
			if (contributor != null) {
				return ((HealthIndicator) contributor).health(true);
			}
			ReactiveHealthContributor reactive = this.reactiveRegistry.getContributor(name);
			assertThat(reactive).as("a contributor named %s", name).isInstanceOf(ReactiveHealthIndicator.class);
			// the first check opens the reactive connection: on a loaded machine that
			// can take seconds
			return ((ReactiveHealthIndicator) reactive).health(true).block(Duration.ofSeconds(30));
		}

	}

}
