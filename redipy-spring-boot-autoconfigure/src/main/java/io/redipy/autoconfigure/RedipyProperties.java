package io.redipy.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of redipy ({@code redipy.*}). The connection to Redis is configured with
 * Spring Boot's own {@code spring.data.redis.*} properties.
 */
@ConfigurationProperties("redipy")
public class RedipyProperties {

	/**
	 * Backend to use: the in-process memory store, or Redis through Spring Data Redis.
	 */
	private Backend backend = Backend.MEMORY;

	/**
	 * Prefix of every key the client touches, such as "app:". Keys returned by scans do
	 * not carry it, and keys outside it are never seen.
	 */
	private String keyPrefix = "";

	private final Metrics metrics = new Metrics();

	/** The backends. */
	public enum Backend {

		/** The in-process memory store: no server needed. */
		MEMORY,
		/** A Redis server, through Spring Data Redis and Lettuce. */
		REDIS

	}

	/**
	 * Returns the backend.
	 * @return the backend
	 */
	public Backend getBackend() {
		return this.backend;
	}

	/**
	 * Sets the backend.
	 * @param backend the backend
	 */
	public void setBackend(Backend backend) {
		this.backend = backend;
	}

	/**
	 * Returns the key prefix.
	 * @return the prefix, empty for none
	 */
	public String getKeyPrefix() {
		return this.keyPrefix;
	}

	/**
	 * Sets the key prefix.
	 * @param keyPrefix the prefix, empty for none
	 */
	public void setKeyPrefix(String keyPrefix) {
		this.keyPrefix = keyPrefix;
	}

	/**
	 * Returns the metrics settings.
	 * @return the metrics settings
	 */
	public Metrics getMetrics() {
		return this.metrics;
	}

	/** Settings of metrics. */
	public static class Metrics {

		/**
		 * Whether to time every command with Micrometer when a MeterRegistry is present.
		 */
		private boolean enabled = true;

		/**
		 * Returns whether commands are timed.
		 * @return whether they are timed
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Sets whether commands are timed.
		 * @param enabled whether to time them
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
