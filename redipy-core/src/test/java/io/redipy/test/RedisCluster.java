package io.redipy.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;

import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * A local Redis Cluster for tests: three masters, each a {@code redis-server} process on
 * a free loopback port (its cluster bus on the port + 10000, free too), joined by
 * {@code redis-cli --cluster create}. {@link RedisExtension#cluster()} starts one per
 * test run and stops it at the end.
 */
public final class RedisCluster implements AutoCloseable {

	private final List<RedisServer> nodes;

	private RedisCluster(List<RedisServer> nodes) {
		this.nodes = nodes;
	}

	/**
	 * Starts a cluster of masters with the slots spread evenly, and waits until every
	 * node reports {@code cluster_state:ok}.
	 * @param masters how many masters
	 * @return the running cluster
	 */
	public static RedisCluster startLocal(int masters) {
		List<RedisServer> nodes = new ArrayList<>();
		try {
			for (int i = 0; i < masters; i++) {
				nodes.add(RedisServer.startLocalAt(freeClusterPort(), "--cluster-enabled", "yes",
						"--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "2000"));
			}
			List<String> command = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
			for (RedisServer node : nodes) {
				command.add(node.host() + ":" + node.port());
			}
			command.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
			run(command);
			RedisCluster cluster = new RedisCluster(nodes);
			cluster.awaitState();
			return cluster;
		}
		catch (RuntimeException ex) {
			nodes.forEach(RedisServer::close);
			throw ex;
		}
	}

	/** A port below 55536 that is free, with its cluster bus port (+10000) free too. */
	private static int freeClusterPort() {
		for (int attempt = 0; attempt < 100; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(20000, 55000);
			if (port != 6379 && free(port) && free(port + 10000)) {
				return port;
			}
		}
		throw new IllegalStateException("No free port pair for a cluster node");
	}

	private static boolean free(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + command.get(0), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void awaitState() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		for (RedisServer node : this.nodes) {
			while (!cli(node, "CLUSTER", "INFO").contains("cluster_state:ok")) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException(
							"The cluster did not become ready: " + cli(node, "CLUSTER", "INFO"));
				}
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/**
	 * Runs a command on one node with {@code redis-cli} and returns its output.
	 * @param node the node
	 * @param args the command
	 * @return what redis-cli printed
	 */
	public static String cli(RedisServer node, String... args) {
		List<String> command = new ArrayList<>(
				List.of("redis-cli", "-h", node.host(), "-p", Integer.toString(node.port())));
		command.addAll(List.of(args));
		return run(command);
	}

	/**
	 * Returns the nodes, masters all.
	 * @return the nodes
	 */
	public List<RedisServer> nodes() {
		return this.nodes;
	}

	/**
	 * Returns the nodes as Boot's {@code spring.data.redis.cluster.nodes} takes them.
	 * @return {@code host:port,host:port,...}
	 */
	public String nodesProperty() {
		List<String> addresses = new ArrayList<>();
		for (RedisServer node : this.nodes) {
			addresses.add(node.host() + ":" + node.port());
		}
		return String.join(",", addresses);
	}

	/**
	 * Creates a started Lettuce connection factory on the cluster, as Boot makes one from
	 * {@code spring.data.redis.cluster.nodes}; the caller destroys it.
	 * @return the factory
	 */
	public LettuceConnectionFactory connectionFactory() {
		List<String> addresses = List.of(nodesProperty().split(","));
		ClientOptions options = ClusterClientOptions.builder()
			.topologyRefreshOptions(ClusterTopologyRefreshOptions.builder().enableAllAdaptiveRefreshTriggers().build())
			.socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build())
			.build();
		LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisClusterConfiguration(addresses),
				LettuceClientConfiguration.builder()
					.commandTimeout(Duration.ofSeconds(5))
					.clientOptions(options)
					.build());
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

	/** Stops every node. */
	@Override
	public void close() {
		this.nodes.forEach(RedisServer::close);
	}

	@Override
	public String toString() {
		return "Redis Cluster of " + this.nodes.size() + " masters " + this.nodes;
	}

}
