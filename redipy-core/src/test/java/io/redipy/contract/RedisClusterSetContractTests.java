package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link SetContractTests} on a local Redis Cluster of three masters, every key under one
 * hash-tagged prefix.
 */
class RedisClusterSetContractTests extends SetContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
