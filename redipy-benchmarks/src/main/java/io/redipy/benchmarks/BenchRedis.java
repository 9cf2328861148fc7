package io.redipy.benchmarks;

import java.time.Duration;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Where the benchmarks find the redis-server that the harness started: the
 * {@value #PROPERTY} system property ({@code host:port}), which the harness passes to
 * every forked JVM.
 */
final class BenchRedis {

	/** System property naming the server, {@code host:port}. */
	static final String PROPERTY = "redipy.bench.redis";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private BenchRedis() {
	}

	static String host() {
		return address().substring(0, address().lastIndexOf(':'));
	}

	static int port() {
		return Integer.parseInt(address().substring(address().lastIndexOf(':') + 1));
	}

	private static String address() {
		String address = System.getProperty(PROPERTY);
		if (address == null || address.lastIndexOf(':') < 0) {
			throw new IllegalStateException(
					"This benchmark needs a redis-server: run it through io.redipy.benchmarks.Compare, or set -D"
							+ PROPERTY + "=host:port");
		}
		return address;
	}

	/** A raw Lettuce client for the server (the caller shuts it down). */
	static RedisClient lettuce() {
		return RedisClient.create(RedisURI.builder().withHost(host()).withPort(port()).withTimeout(TIMEOUT).build());
	}

	/** A started Spring connection factory for the server (the caller destroys it). */
	static LettuceConnectionFactory connectionFactory() {
		return connectionFactory(host(), port(), null);
	}

	/**
	 * A started Spring connection factory for a server, with the settings every
	 * template-based benchmark uses, whichever server it talks to (the caller destroys
	 * it).
	 */
	static LettuceConnectionFactory connectionFactory(String host, int port, @Nullable String password) {
		RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(host, port);
		if (password != null) {
			server.setPassword(password);
		}
		LettuceConnectionFactory factory = new LettuceConnectionFactory(server,
				LettuceClientConfiguration.builder().commandTimeout(TIMEOUT).build());
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

}
