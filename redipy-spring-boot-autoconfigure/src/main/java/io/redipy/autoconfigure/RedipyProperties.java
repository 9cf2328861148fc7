package io.redipy.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of redipy ({@code redipy.*}). The connection to Redis is configured with
 * Spring Boot's own {@code spring.data.redis.*} properties. A property under
 * {@code redipy.} that is not one of these fails the start: a typo such as
 * {@code redipy.backnd=redis} would otherwise run the application on the memory backend
 * without a word. Boot checks unknown names in configuration files and command-line
 * arguments, not in environment variables or system properties.
 */
@ConfigurationProperties(prefix = "redipy", ignoreUnknownFields = false)
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

	private final Memory memory = new Memory();

	private final Scripts scripts = new Scripts();

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

	/**
	 * Returns the memory backend's settings.
	 * @return the memory settings
	 */
	public Memory getMemory() {
		return this.memory;
	}

	/**
	 * Returns the script settings.
	 * @return the script settings
	 */
	public Scripts getScripts() {
		return this.scripts;
	}

	/** Settings of the memory backend. */
	public static class Memory {

		/**
		 * How long a script may run on the memory backend before it is stopped (Redis
		 * keeps running such a script and answers other clients BUSY after its
		 * lua-time-limit).
		 */
		private Duration scriptTimeLimit = Duration.ofSeconds(5);

		/**
		 * Whether the memory store refuses what a Redis Cluster refuses: commands,
		 * batches and scripts whose keys span hash slots, and scripts without declared
		 * keys (with the CrossSlotException the Redis backend throws on a cluster).
		 */
		private boolean clusterRules;

		private final Server server = new Server();

		/**
		 * Returns whether the memory store applies Redis Cluster's rules.
		 * @return whether it does
		 */
		public boolean isClusterRules() {
			return this.clusterRules;
		}

		/**
		 * Sets whether the memory store applies Redis Cluster's rules.
		 * @param clusterRules whether it does
		 */
		public void setClusterRules(boolean clusterRules) {
			this.clusterRules = clusterRules;
		}

		/**
		 * Returns the settings of the memory store's Redis endpoint.
		 * @return the endpoint settings
		 */
		public Server getServer() {
			return this.server;
		}

		/**
		 * Returns the script time limit.
		 * @return the limit
		 */
		public Duration getScriptTimeLimit() {
			return this.scriptTimeLimit;
		}

		/**
		 * Sets the script time limit.
		 * @param scriptTimeLimit the limit
		 */
		public void setScriptTimeLimit(Duration scriptTimeLimit) {
			this.scriptTimeLimit = scriptTimeLimit;
		}

	}

	/**
	 * Settings of the memory store's Redis endpoint: the RESP server on loopback that
	 * Spring's own Redis stack ({@code RedisTemplate}, the Redis cache, Spring Session)
	 * talks to on the memory backend.
	 */
	public static class Server {

		/**
		 * Whether the memory backend serves its store as a Redis endpoint on loopback and
		 * points Spring Boot's Redis auto-configuration at it. When off, Boot's Redis
		 * auto-configuration is left out on the memory backend.
		 */
		private boolean enabled = true;

		/**
		 * Port of the endpoint on 127.0.0.1; 0 picks a free one. The start-up log names
		 * the port.
		 */
		private int port;

		/**
		 * Password clients of the endpoint must give; when unset, one is generated at
		 * every start and given only to Spring's connection factory.
		 */
		private @Nullable String password;

		/**
		 * How Spring Boot's Lettuce connection factory reaches the endpoint: in-process
		 * (through memory, no socket) or tcp (through the loopback port, as any other
		 * client). The port serves redis-cli and other processes either way.
		 */
		private Transport transport = Transport.IN_PROCESS;

		/**
		 * Returns whether the endpoint runs.
		 * @return whether it runs
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Sets whether the endpoint runs.
		 * @param enabled whether it runs
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * Returns the port, 0 for a free one.
		 * @return the port
		 */
		public int getPort() {
			return this.port;
		}

		/**
		 * Sets the port.
		 * @param port the port, 0 for a free one
		 */
		public void setPort(int port) {
			this.port = port;
		}

		/**
		 * Returns the configured password.
		 * @return the password, or null to generate one
		 */
		public @Nullable String getPassword() {
			return this.password;
		}

		/**
		 * Sets the password.
		 * @param password the password, or null to generate one
		 */
		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		/**
		 * Returns how Boot's connection factory reaches the endpoint.
		 * @return the transport
		 */
		public Transport getTransport() {
			return this.transport;
		}

		/**
		 * Sets how Boot's connection factory reaches the endpoint.
		 * @param transport the transport
		 */
		public void setTransport(Transport transport) {
			this.transport = transport;
		}

		/** How Spring Boot's connection factory reaches the memory endpoint. */
		public enum Transport {

			/**
			 * Through memory: Lettuce's channel is an in-process one, the store answers
			 * on the same thread, and no socket or system call is involved.
			 */
			IN_PROCESS,

			/** Through the endpoint's loopback TCP port, as other processes do. */
			TCP

		}

	}

	/** Settings of scripts. */
	public static class Scripts {

		/**
		 * Whether to log the generated Lua of each script when it is registered (logger
		 * io.redipy.autoconfigure, info level).
		 */
		private boolean logLua;

		/**
		 * Returns whether the Lua of registered scripts is logged.
		 * @return whether it is logged
		 */
		public boolean isLogLua() {
			return this.logLua;
		}

		/**
		 * Sets whether the Lua of registered scripts is logged.
		 * @param logLua whether to log it
		 */
		public void setLogLua(boolean logLua) {
			this.logLua = logLua;
		}

	}

}
