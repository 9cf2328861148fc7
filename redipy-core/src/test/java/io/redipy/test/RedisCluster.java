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
		return startLocal(masters, 0);
	}

	/**
	 * Starts a cluster of masters with the slots spread evenly and replicas for each, and
	 * waits until every node reports {@code cluster_state:ok} and every replica is in
	 * sync with its master.
	 * @param masters how many masters
	 * @param replicas how many replicas each master has
	 * @return the running cluster
	 */
	public static RedisCluster startLocal(int masters, int replicas) {
		List<RedisServer> nodes = new ArrayList<>();
		try {
			for (int i = 0; i < masters * (1 + replicas); i++) {
				nodes.add(RedisServer.startLocalAt(freeClusterPort(), "--cluster-enabled", "yes",
						"--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "2000"));
			}
			List<String> command = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
			for (RedisServer node : nodes) {
				command.add(node.host() + ":" + node.port());
			}
			command.addAll(List.of("--cluster-replicas", Integer.toString(replicas), "--cluster-yes"));
			run(command);
			RedisCluster cluster = new RedisCluster(nodes);
			cluster.awaitState();
			cluster.awaitReplicas(masters * replicas);
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
		for (RedisServer node : this.nodes) {
			await(() -> "The cluster did not become ready: " + cli(node, "CLUSTER", "INFO"),
					() -> cli(node, "CLUSTER", "INFO").contains("cluster_state:ok"));
		}
	}

	private void awaitReplicas(int count) {
		await(() -> "The replicas did not sync: " + cli(this.nodes.get(0), "CLUSTER", "NODES"),
				() -> syncedReplicas() >= count);
	}

	/**
	 * Waits up to 30 seconds for a condition of local Redis processes, checking it every
	 * 50 ms.
	 * @param failure what to say if it never holds
	 * @param condition the condition
	 * @throws IllegalStateException if it did not hold in time
	 */
	static void await(java.util.function.Supplier<String> failure, java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(failure.get());
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting", ex);
			}
		}
	}

	private int syncedReplicas() {
		int synced = 0;
		for (RedisServer node : this.nodes) {
			String replication = cli(node, "INFO", "replication");
			if (replication.contains("role:slave") && replication.contains("master_link_status:up")) {
				synced++;
			}
		}
		return synced;
	}

	/**
	 * Returns the node that is master of a slot now, as a live node's
	 * {@code CLUSTER NODES} tells.
	 * @param slot the slot
	 * @return the node
	 */
	public RedisServer masterOf(int slot) {
		for (RedisServer node : this.nodes) {
			String table;
			try {
				table = cli(node, "CLUSTER", "NODES");
			}
			catch (IllegalStateException ex) {
				continue;
			}
			if (table.isBlank() || table.startsWith("Could not connect")) {
				continue;
			}
			for (String line : table.split("\\R")) {
				String[] fields = line.trim().split(" ");
				if (fields.length < 9 || !fields[2].contains("master") || fields[2].contains("fail")) {
					continue;
				}
				for (int i = 8; i < fields.length; i++) {
					if (fields[i].startsWith("[")) {
						continue;
					}
					String[] range = fields[i].split("-");
					int first = Integer.parseInt(range[0]);
					int last = Integer.parseInt(range[range.length - 1]);
					if (slot >= first && slot <= last) {
						int port = Integer.parseInt(fields[1].substring(fields[1].lastIndexOf(':') + 1).split("@")[0]);
						return this.nodes.stream()
							.filter((candidate) -> candidate.port() == port)
							.findFirst()
							.orElseThrow();
					}
				}
			}
			break;
		}
		throw new IllegalStateException("No live master for slot " + slot);
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
	 * Returns the nodes: the masters, and the replicas if the cluster has any.
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
		return RedisServer.addresses(this.nodes);
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
