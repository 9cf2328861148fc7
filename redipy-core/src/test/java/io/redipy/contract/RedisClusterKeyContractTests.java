package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link KeyContractTests} on a local Redis Cluster of three masters, every key under one
 * hash-tagged prefix.
 */
class RedisClusterKeyContractTests extends KeyContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
