package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link HyperLogLogContractTests} on a local Redis Cluster of three masters, every key
 * under one hash-tagged prefix.
 */
class RedisClusterHyperLogLogContractTests extends HyperLogLogContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
