package io.redipy.differential;

import java.time.Duration;

import io.redipy.MemoryOptions;
import io.redipy.Redipy;
import io.redipy.RedisOptions;
import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import org.junit.jupiter.api.BeforeAll;

/**
 * The script fuzzer on the local Redis Cluster: the same random scripts as
 * {@link ScriptDifferentialTests}, every key under the hash-tagged prefix {@value #TAG}
 * on both sides (so that the scripts' declared and computed keys share the tag's slot,
 * and their keyspace commands run on its node), against the memory store with cluster
 * rules on, which must refuse nothing the cluster runs.
 */
class ClusterScriptDifferentialTests extends ScriptDifferentialTests {

	private static final String TAG = "{sfuzz}:";

	@BeforeAll
	static void onTheCluster() {
		if (factory != null) {
			factory.destroy();
		}
		factory = RedisExtension.cluster().connectionFactory();
		redis = Redipy.redis(factory, RedisOptions.defaults().withKeyPrefix(TAG));
		memory = Redipy.memory(MemoryOptions.defaults()
			.withStore(new MemoryStore(java.time.InstantSource.system(), Duration.ofSeconds(5), true))
			.withKeyPrefix(TAG));
	}

}
