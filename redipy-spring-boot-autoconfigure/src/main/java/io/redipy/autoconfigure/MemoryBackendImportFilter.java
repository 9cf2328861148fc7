package io.redipy.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Spring Boot's Redis auto-configuration out when the memory backend runs without
 * its Redis endpoint ({@code redipy.memory.server.enabled=false}). Boot would otherwise
 * make a connection factory for localhost:6379, templates whose first call fails, and a
 * {@code redis} health contributor that reports DOWN, in an application that uses only
 * redipy. With the endpoint on (the default) or on the Redis backend it leaves everything
 * in.
 */
class MemoryBackendImportFilter implements AutoConfigurationImportFilter, EnvironmentAware {

	/**
	 * The packages of Boot's Spring Data Redis auto-configurations and their health and
	 * observation.
	 */
	private static final String DATA_REDIS = "org.springframework.boot.data.redis.autoconfigure.";

	private boolean leaveOut;

	@Override
	public void setEnvironment(Environment environment) {
		Binder binder = Binder.get(environment);
		try {
			boolean memory = binder.bind(OnBackendCondition.PROPERTY, RedipyProperties.Backend.class)
				.orElse(RedipyProperties.Backend.MEMORY) == RedipyProperties.Backend.MEMORY;
			boolean endpoint = binder.bind(RedipyMemoryEndpointAutoConfiguration.ENABLED_PROPERTY, Boolean.class)
				.orElse(true);
			this.leaveOut = memory && !endpoint;
		}
		catch (BindException ex) {
			// an invalid value: the backend condition and the properties fail the start
			// and explain it; nothing is left out meanwhile
			this.leaveOut = false;
		}
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < matches.length; i++) {
			String name = autoConfigurationClasses[i];
			matches[i] = !this.leaveOut || name == null || !name.startsWith(DATA_REDIS);
		}
		return matches;
	}

}
