package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link StreamContractTests} on a local Redis Cluster of three masters, every key under
 * one hash-tagged prefix.
 */
class RedisClusterStreamContractTests extends StreamContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
