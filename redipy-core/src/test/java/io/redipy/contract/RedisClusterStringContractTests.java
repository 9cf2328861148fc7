package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link StringContractTests} on a local Redis Cluster of three masters, every key under
 * one hash-tagged prefix.
 */
class RedisClusterStringContractTests extends StringContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
