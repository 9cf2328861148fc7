package io.redipy.differential;

import java.time.Duration;

import io.redipy.MemoryOptions;
import io.redipy.Redipy;
import io.redipy.RedisOptions;
import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The command fuzzer on the local Redis Cluster: the same random sequences as
 * {@link DifferentialTests}, every key under the hash-tagged prefix {@value #TAG} on both
 * sides (so that each command's keys share a slot, and the keyspace commands go to the
 * tag's node), against the memory store with cluster rules on, which must refuse nothing
 * the cluster runs. 1,000 sequences a run.
 */
class ClusterDifferentialTests extends DifferentialTests {

	private static final String TAG = "{fuzz}:";

	private static LettuceConnectionFactory cluster;

	@BeforeAll
	static void onTheCluster() {
		cluster = RedisExtension.cluster().connectionFactory();
		MemoryStore store = new MemoryStore(java.time.InstantSource.system(), Duration.ofSeconds(5), true);
		redisPlain = Redipy.redis(cluster, RedisOptions.defaults().withKeyPrefix(TAG));
		redisPrefixed = Redipy.redis(cluster, RedisOptions.defaults().withKeyPrefix(TAG + "p:"));
		memoryPlain = Redipy.memory(MemoryOptions.defaults().withStore(store).withKeyPrefix(TAG));
		memoryPrefixed = Redipy.memory(MemoryOptions.defaults().withStore(store).withKeyPrefix(TAG + "p:"));
	}

	@AfterAll
	static void offTheCluster() {
		if (cluster != null) {
			cluster.destroy();
		}
	}

	@Override
	protected int defaultSequences() {
		return 1000;
	}

}
