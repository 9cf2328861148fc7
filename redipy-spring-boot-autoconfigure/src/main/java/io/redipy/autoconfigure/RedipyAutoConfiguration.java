package io.redipy.autoconfigure;

import java.time.InstantSource;

import io.redipy.ConnectionException;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.RedisOptions;
import io.redipy.memory.MemoryStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Auto-configuration of a {@link RedipyClient}: the memory backend by default, Redis with
 * {@code redipy.backend=redis} through Spring Boot's own {@link RedisConnectionFactory}.
 * It never falls back from Redis to memory: an unreachable Redis fails the start with an
 * explanation.
 */
@AutoConfiguration(afterName = RedipyAutoConfiguration.DATA_REDIS_AUTO_CONFIGURATION)
@EnableConfigurationProperties(RedipyProperties.class)
@Import({ RedipyAutoConfiguration.MemoryBackendConfiguration.class,
		RedipyAutoConfiguration.RedisBackendConfiguration.class,
		RedipyAutoConfiguration.MissingRedisConfiguration.class })
public final class RedipyAutoConfiguration {

	/** Spring Boot 4's auto-configuration of Spring Data Redis, which must run first. */
	static final String DATA_REDIS_AUTO_CONFIGURATION = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration";

	@Bean
	@ConditionalOnProperty(name = "redipy.scripts.log-lua", havingValue = "true")
	static BeanPostProcessor redipyScriptLogger() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof RedipyClient client) ? ScriptLoggingClient.wrap(client) : bean;
			}

		};
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBackend(RedipyProperties.Backend.MEMORY)
	static class MemoryBackendConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MemoryStore redipyMemoryStore(ObjectProvider<InstantSource> clock, RedipyProperties properties) {
			return new MemoryStore(clock.getIfUnique(InstantSource::system),
					properties.getMemory().getScriptTimeLimit());
		}

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		RedipyClient redipyClient(MemoryStore store, RedipyProperties properties) {
			return store.client(properties.getKeyPrefix());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBackend(RedipyProperties.Backend.REDIS)
	@ConditionalOnClass(name = "org.springframework.data.redis.connection.RedisConnectionFactory")
	static class RedisBackendConfiguration {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		RedipyClient redipyClient(RedisConnectionFactory connectionFactory, RedipyProperties properties) {
			RedipyClient client = Redipy.redis(connectionFactory,
					RedisOptions.defaults().withKeyPrefix(properties.getKeyPrefix()));
			try {
				client.ping();
			}
			catch (ConnectionException ex) {
				throw new RedisUnavailableException(address(connectionFactory), ex);
			}
			return client;
		}

		private static String address(RedisConnectionFactory connectionFactory) {
			if (connectionFactory instanceof LettuceConnectionFactory lettuce) {
				return lettuce.getHostName() + ":" + lettuce.getPort();
			}
			return "the configured address";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBackend(RedipyProperties.Backend.REDIS)
	@ConditionalOnMissingClass("org.springframework.data.redis.connection.RedisConnectionFactory")
	static class MissingRedisConfiguration {

		@Bean
		RedipyClient redipyClient() {
			throw new RedisBackendUnavailableException();
		}

	}

}
