package io.redipy.autoconfigure;

import java.security.SecureRandom;
import java.util.HexFormat;

import io.redipy.memory.MemoryStore;
import io.redipy.server.RedipyServer;
import io.redipy.server.ServerOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * On the memory backend, serves the memory store as a Redis endpoint on loopback and
 * points Spring Boot's own Redis auto-configuration at it through a
 * {@link DataRedisConnectionDetails} bean (the contract Testcontainers'
 * {@code @ServiceConnection} uses). Boot's Lettuce connection factory, and everything
 * built on it ({@code StringRedisTemplate}, {@code RedisTemplate}, the Redis cache,
 * Spring Session, listener containers, the {@code redis} health contributor), then works
 * on the same store as the {@link io.redipy.RedipyClient} bean, in the database that
 * {@code spring.data.redis.database} selects.
 *
 * <p>
 * {@code redipy.memory.server.enabled=false} turns the endpoint off; Boot's Redis
 * auto-configuration is then left out ({@link MemoryBackendImportFilter}). The test slice
 * ({@code @AutoConfigureRedipy}) gets the endpoint too, on its own store.
 */
@AutoConfiguration(beforeName = RedipyAutoConfiguration.DATA_REDIS_AUTO_CONFIGURATION)
@EnableConfigurationProperties(RedipyProperties.class)
@Conditional(RedipyMemoryEndpointAutoConfiguration.OnMemoryStore.class)
@ConditionalOnClass(RedipyServer.class)
@ConditionalOnProperty(name = RedipyMemoryEndpointAutoConfiguration.ENABLED_PROPERTY, matchIfMissing = true)
public final class RedipyMemoryEndpointAutoConfiguration {

	/**
	 * The memory store is in use: the memory backend is chosen, or a store is already
	 * defined (the test slice's, which runs before, whatever the backend property says).
	 */
	static final class OnMemoryStore extends AnyNestedCondition {

		OnMemoryStore() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBackend(RedipyProperties.Backend.MEMORY)
		static final class MemoryBackend {

		}

		@ConditionalOnBean(MemoryStore.class)
		static final class StoreDefined {

		}

	}

	/** The property that turns the endpoint off. */
	static final String ENABLED_PROPERTY = "redipy.memory.server.enabled";

	/** The property that says how Boot's connection factory reaches the endpoint. */
	static final String TRANSPORT_PROPERTY = "redipy.memory.server.transport";

	/** The property that fixes the endpoint's port. */
	static final String PORT_PROPERTY = "redipy.memory.server.port";

	private static final Logger logger = LoggerFactory.getLogger(RedipyMemoryEndpointAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	static MemoryEndpoint redipyMemoryEndpoint(MemoryStore store, RedipyProperties properties) {
		RedipyProperties.Server settings = properties.getMemory().getServer();
		String configured = settings.getPassword();
		boolean generated = configured == null || configured.isEmpty();
		String password = generated ? generatePassword() : configured;
		RedipyServer server;
		try {
			server = RedipyServer.start(store.engine(password), ServerOptions.defaults().withPort(settings.getPort()));
		}
		catch (IllegalStateException ex) {
			throw new MemoryEndpointStartException(settings.getPort(), ex);
		}
		MemoryEndpoint endpoint = new MemoryEndpoint(server, password, generated);
		logger.info("redipy: the memory store's Redis endpoint listens on {}:{} (RESP2 and RESP3, {} password)",
				endpoint.host(), endpoint.port(), generated ? "a generated" : "the configured");
		return endpoint;
	}

	/** 32 random bytes as hex: nothing else on the machine can guess it. */
	private static String generatePassword() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(DataRedisConnectionDetails.class)
	static class ConnectionDetailsConfiguration {

		@Bean
		@ConditionalOnMissingBean(DataRedisConnectionDetails.class)
		static MemoryEndpointConnectionDetails redipyMemoryEndpointConnectionDetails(MemoryEndpoint endpoint,
				Environment environment) {
			return new MemoryEndpointConnectionDetails(endpoint, database(environment));
		}

	}

	/**
	 * Boot's Lettuce connection factory reaches the endpoint in process unless
	 * {@code redipy.memory.server.transport=tcp}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory",
			"io.netty.channel.local.LocalChannel" })
	@ConditionalOnProperty(name = TRANSPORT_PROPERTY, havingValue = "in-process", matchIfMissing = true)
	static class InProcessConfiguration {

		@Bean
		static InProcessConnectionFactoryPostProcessor redipyInProcessConnectionFactoryPostProcessor(
				ObjectProvider<MemoryEndpoint> endpoint, ObjectProvider<InProcessEndpoint> door) {
			return new InProcessConnectionFactoryPostProcessor(endpoint, door);
		}

		/** Started only when a connection factory is made to use it. */
		@Bean(destroyMethod = "close")
		@Lazy
		static InProcessEndpoint redipyInProcessEndpoint(MemoryEndpoint endpoint) {
			return new InProcessEndpoint(endpoint.server());
		}

	}

	/** {@code spring.data.redis.database}, as Boot binds it; 0 when unset. */
	static int database(Environment environment) {
		return Binder.get(environment).bind("spring.data.redis.database", Integer.class).orElse(0);
	}

	/**
	 * Where Boot's connection factory connects on the memory backend: the endpoint, with
	 * its password and the configured database.
	 */
	static final class MemoryEndpointConnectionDetails implements DataRedisConnectionDetails {

		private final MemoryEndpoint endpoint;

		private final int database;

		MemoryEndpointConnectionDetails(MemoryEndpoint endpoint, int database) {
			this.endpoint = endpoint;
			this.database = database;
		}

		@Override
		public @Nullable String getPassword() {
			return this.endpoint.password();
		}

		@Override
		public Standalone getStandalone() {
			return Standalone.of(this.endpoint.host(), this.endpoint.port(), this.database);
		}

		@Override
		public String toString() {
			// never the password
			return "MemoryEndpointConnectionDetails[" + this.endpoint.host() + ":" + this.endpoint.port() + "/"
					+ this.database + "]";
		}

	}

}
