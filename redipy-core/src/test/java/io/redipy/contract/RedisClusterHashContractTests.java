package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link HashContractTests} on a local Redis Cluster of three masters, every key under
 * one hash-tagged prefix.
 */
class RedisClusterHashContractTests extends HashContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
