package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link BinaryContractTests} on a local Redis Cluster of three masters, every key under
 * one hash-tagged prefix.
 */
class RedisClusterBinaryContractTests extends BinaryContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
