package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link SortedSetContractTests} on a local Redis Cluster of three masters, every key
 * under one hash-tagged prefix.
 */
class RedisClusterSortedSetContractTests extends SortedSetContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
