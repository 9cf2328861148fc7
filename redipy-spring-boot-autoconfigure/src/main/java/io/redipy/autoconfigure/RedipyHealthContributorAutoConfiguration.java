package io.redipy.autoconfigure;

import io.redipy.RedipyClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code redipy} health contributor, when Spring Boot's health
 * support is on the classpath.
 */
@AutoConfiguration(after = RedipyAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(RedipyClient.class)
@ConditionalOnEnabledHealthIndicator("redipy")
@EnableConfigurationProperties(RedipyHealthProperties.class)
public final class RedipyHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "redipyHealthIndicator")
	RedipyHealthIndicator redipyHealthIndicator(RedipyClient client, RedipyHealthProperties properties) {
		return new RedipyHealthIndicator(client, properties.getTimeout());
	}

}
