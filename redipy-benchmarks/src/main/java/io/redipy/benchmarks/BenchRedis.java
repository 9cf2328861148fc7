package io.redipy.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
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

	/**
	 * System property naming the nodes of the local Redis Cluster the harness started,
	 * {@code host:port,host:port,...}.
	 */
	static final String CLUSTER_PROPERTY = "redipy.bench.cluster";

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

	private static List<String> clusterNodes() {
		String nodes = System.getProperty(CLUSTER_PROPERTY);
		if (nodes == null || nodes.isEmpty()) {
			throw new IllegalStateException("This benchmark needs a Redis Cluster: run it through"
					+ " io.redipy.benchmarks.Compare, or set -D" + CLUSTER_PROPERTY + "=host:port,...");
		}
		return List.of(nodes.split(","));
	}

	/** A raw Lettuce cluster client for the cluster (the caller shuts it down). */
	static RedisClusterClient lettuceCluster() {
		List<RedisURI> uris = new ArrayList<>();
		for (String node : clusterNodes()) {
			int colon = node.lastIndexOf(':');
			uris.add(RedisURI.builder()
				.withHost(node.substring(0, colon))
				.withPort(Integer.parseInt(node.substring(colon + 1)))
				.withTimeout(TIMEOUT)
				.build());
		}
		return RedisClusterClient.create(uris);
	}

	/**
	 * A started Spring connection factory for the cluster, as Boot makes one from
	 * {@code spring.data.redis.cluster.nodes} (the caller destroys it).
	 */
	static LettuceConnectionFactory clusterConnectionFactory() {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisClusterConfiguration(clusterNodes()),
				LettuceClientConfiguration.builder().commandTimeout(TIMEOUT).build());
		factory.afterPropertiesSet();
		factory.start();
		return factory;
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
