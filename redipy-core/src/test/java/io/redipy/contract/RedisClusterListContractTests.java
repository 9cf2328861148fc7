package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ListContractTests} on a local Redis Cluster of three masters, every key under
 * one hash-tagged prefix.
 */
class RedisClusterListContractTests extends ListContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
