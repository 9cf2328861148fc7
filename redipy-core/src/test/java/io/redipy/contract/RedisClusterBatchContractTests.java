package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link BatchContractTests} on a local Redis Cluster of three masters, every key under
 * one hash-tagged prefix.
 */
class RedisClusterBatchContractTests extends BatchContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
