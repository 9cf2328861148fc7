package io.redipy.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Makes Spring Boot's Lettuce connection factory reach the memory endpoint in process:
 * the factory Boot's auto-configuration made for the endpoint (a plain
 * {@link LettuceConnectionFactory} whose standalone configuration names the endpoint's
 * host and port) is replaced, before it starts, by an {@link InProcessConnectionFactory}
 * with the same settings. Any other connection factory (an application's own, a subclass,
 * one for another server, or one using TLS, Sentinel or a cluster) is left as it is.
 */
final class InProcessConnectionFactoryPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<MemoryEndpoint> endpoint;

	private final ObjectProvider<InProcessEndpoint> door;

	InProcessConnectionFactoryPostProcessor(ObjectProvider<MemoryEndpoint> endpoint,
			ObjectProvider<InProcessEndpoint> door) {
		this.endpoint = endpoint;
		this.door = door;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean.getClass() != LettuceConnectionFactory.class) {
			return bean;
		}
		LettuceConnectionFactory made = (LettuceConnectionFactory) bean;
		MemoryEndpoint memory = this.endpoint.getIfAvailable();
		if (memory == null || !pointsAt(made, memory)) {
			return bean;
		}
		return new InProcessConnectionFactory(made, this.door.getObject());
	}

	private static boolean pointsAt(LettuceConnectionFactory factory, MemoryEndpoint memory) {
		if (factory.getClusterConfiguration() != null || factory.getSentinelConfiguration() != null
				|| factory.getSocketConfiguration() != null || factory.getClientConfiguration().isUseSsl()) {
			return false;
		}
		RedisStandaloneConfiguration target = factory.getStandaloneConfiguration();
		return memory.host().equals(target.getHostName()) && memory.port() == target.getPort();
	}

}
