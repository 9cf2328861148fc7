package io.redipy.autoconfigure;

import java.time.InstantSource;
import java.util.Collection;
import java.util.stream.Collectors;

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
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.NamedNode;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisNode;
import org.springframework.data.redis.connection.RedisSentinelConfiguration;
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
					properties.getMemory().getScriptTimeLimit(), properties.getMemory().isClusterRules());
		}

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		RedipyClient redipyClient(MemoryStore store, RedipyProperties properties, Environment environment) {
			return store.client(properties.getKeyPrefix(), RedipyMemoryEndpointAutoConfiguration.database(environment));
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

		/**
		 * Where the factory connects, for messages: a standalone server's address, or the
		 * Sentinels and the master they name, or the cluster's seed nodes (a standalone
		 * address would point at localhost:6379 there).
		 */
		private static String address(RedisConnectionFactory connectionFactory) {
			if (!(connectionFactory instanceof LettuceConnectionFactory lettuce)) {
				return "the configured address";
			}
			RedisSentinelConfiguration sentinel = lettuce.isRedisSentinelAware() ? lettuce.getSentinelConfiguration()
					: null;
			if (sentinel != null) {
				NamedNode master = sentinel.getMaster();
				return "the master '" + ((master != null) ? master.getName() : "?") + "' of the Sentinels "
						+ nodes(sentinel.getSentinels());
			}
			RedisClusterConfiguration cluster = lettuce.isClusterAware() ? lettuce.getClusterConfiguration() : null;
			if (cluster != null) {
				return "the cluster nodes " + nodes(cluster.getClusterNodes());
			}
			return lettuce.getHostName() + ":" + lettuce.getPort();
		}

		private static String nodes(Collection<RedisNode> nodes) {
			return nodes.stream().map((node) -> node.getHost() + ":" + node.getPort()).collect(Collectors.joining(","));
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
