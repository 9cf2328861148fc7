package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link SharedCacheContractTests} on a local Redis Cluster of three masters, every key
 * under one hash-tagged prefix.
 */
class RedisClusterSharedCacheContractTests extends SharedCacheContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
