package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link SortContractTests} on a local Redis Cluster of three masters, every key under
 * one hash-tagged prefix.
 */
class RedisClusterSortContractTests extends SortContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
