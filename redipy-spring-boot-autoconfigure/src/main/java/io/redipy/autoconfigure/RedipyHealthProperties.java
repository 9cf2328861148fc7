package io.redipy.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of redipy's health check ({@code management.health.redipy.*}), next to
 * {@code management.health.redipy.enabled} as Boot's own health indicators have theirs.
 */
@ConfigurationProperties("management.health.redipy")
public class RedipyHealthProperties {

	/**
	 * How long the health check waits for the backend to answer before it reports DOWN.
	 * Without it a check during a Redis outage would wait for the command timeout
	 * (spring.data.redis.timeout, 60 seconds by default in Lettuce).
	 */
	private Duration timeout = Duration.ofSeconds(1);

	/**
	 * Returns the timeout of the health check.
	 * @return the timeout
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

	/**
	 * Sets the timeout of the health check.
	 * @param timeout the timeout, positive
	 */
	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

}
