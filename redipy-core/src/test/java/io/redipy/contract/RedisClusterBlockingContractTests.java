package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link BlockingContractTests} on a local Redis Cluster of three masters, every key
 * under one hash-tagged prefix.
 */
class RedisClusterBlockingContractTests extends BlockingContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
