package io.redipy.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;

import org.springframework.data.redis.connection.RedisNode;
import org.springframework.data.redis.connection.RedisSentinelConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * A local Redis with Sentinel for failover tests: a master, one replica and three
 * Sentinels (quorum 2), all {@code redis-server} processes on free loopback ports. The
 * Sentinels call the master down after one second without an answer.
 */
public final class RedisSentinels implements AutoCloseable {

	/** The name the Sentinels know the master by. */
	public static final String MASTER_NAME = "redipy";

	private final RedisServer master;

	private final RedisServer replica;

	private final List<RedisServer> sentinels;

	private RedisSentinels(RedisServer master, RedisServer replica, List<RedisServer> sentinels) {
		this.master = master;
		this.replica = replica;
		this.sentinels = sentinels;
	}

	/**
	 * Starts the master, the replica and the Sentinels, and waits until every Sentinel
	 * knows the replica. Skipped or failed as {@link RedisExtension#cluster()} is without
	 * a {@code redis-server}.
	 * @return the running set
	 */
	public static RedisSentinels start() {
		RedisExtension.requireServerBinary("Redis Sentinel");
		List<RedisServer> started = new ArrayList<>();
		try {
			RedisServer master = RedisServer.startLocal(null);
			started.add(master);
			RedisServer replica = RedisServer.startLocal(null, "--replicaof", master.host(),
					Integer.toString(master.port()));
			started.add(replica);
			List<RedisServer> sentinels = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				RedisServer sentinel = RedisServer.startSentinel(
						List.of("sentinel monitor " + MASTER_NAME + " " + master.host() + " " + master.port() + " 2",
								"sentinel down-after-milliseconds " + MASTER_NAME + " 1000",
								"sentinel failover-timeout " + MASTER_NAME + " 5000",
								"sentinel parallel-syncs " + MASTER_NAME + " 1"));
				started.add(sentinel);
				sentinels.add(sentinel);
			}
			RedisSentinels set = new RedisSentinels(master, replica, sentinels);
			set.awaitReplicaKnown();
			return set;
		}
		catch (RuntimeException ex) {
			started.forEach(RedisServer::close);
			throw ex;
		}
	}

	private void awaitReplicaKnown() {
		for (RedisServer sentinel : this.sentinels) {
			RedisCluster.await(() -> "The Sentinels did not see the replica",
					() -> RedisCluster.cli(sentinel, "SENTINEL", "REPLICAS", MASTER_NAME)
						.contains(Integer.toString(this.replica.port()))
							&& RedisCluster.cli(this.replica, "INFO", "replication").contains("master_link_status:up"));
		}
	}

	/**
	 * Returns the master at start.
	 * @return the master
	 */
	public RedisServer master() {
		return this.master;
	}

	/**
	 * Returns the replica at start, the master after a failover.
	 * @return the replica
	 */
	public RedisServer replica() {
		return this.replica;
	}

	/**
	 * Returns the Sentinels as Boot's {@code spring.data.redis.sentinel.nodes} takes
	 * them.
	 * @return {@code host:port,host:port,host:port}
	 */
	public String nodesProperty() {
		return RedisServer.addresses(this.sentinels);
	}

	/**
	 * Returns the address the Sentinels give for the master now.
	 * @return {@code host:port}
	 */
	public String currentMaster() {
		String[] lines = RedisCluster.cli(this.sentinels.get(0), "SENTINEL", "GET-MASTER-ADDR-BY-NAME", MASTER_NAME)
			.trim()
			.split("\\R");
		return lines[0] + ":" + lines[1];
	}

	/**
	 * Creates a started Lettuce connection factory on the Sentinels, as Boot makes one
	 * from {@code spring.data.redis.sentinel.*}, with a short command timeout; the caller
	 * destroys it.
	 * @return the factory
	 */
	public LettuceConnectionFactory connectionFactory() {
		RedisSentinelConfiguration configuration = new RedisSentinelConfiguration().master(MASTER_NAME);
		for (RedisServer sentinel : this.sentinels) {
			configuration.addSentinel(new RedisNode(sentinel.host(), sentinel.port()));
		}
		LettuceConnectionFactory factory = new LettuceConnectionFactory(configuration,
				LettuceClientConfiguration.builder()
					.commandTimeout(Duration.ofSeconds(2))
					.clientOptions(ClientOptions.builder()
						.socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(1)).build())
						.build())
					.build());
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

	/** Stops every process. */
	@Override
	public void close() {
		this.sentinels.forEach(RedisServer::close);
		this.replica.close();
		this.master.close();
	}

}
