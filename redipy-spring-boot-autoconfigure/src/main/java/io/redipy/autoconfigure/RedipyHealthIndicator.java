package io.redipy.autoconfigure;

import io.redipy.RedipyClient;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of redipy's backend: up when a {@code PING} answers; details name the backend,
 * the key prefix and, for the memory backend, the number of keys.
 */
class RedipyHealthIndicator extends AbstractHealthIndicator {

	private final RedipyClient client;

	RedipyHealthIndicator(RedipyClient client) {
		super("redipy health check failed");
		this.client = client;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		String pong = this.client.ping();
		builder.up().withDetail("backend", this.client.backend()).withDetail("ping", pong);
		if (!this.client.keyPrefix().isEmpty()) {
			builder.withDetail("keyPrefix", this.client.keyPrefix());
		}
		if ("memory".equals(this.client.backend())) {
			builder.withDetail("keys", this.client.dbsize());
		}
	}

}
