package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link BitmapContractTests} on a local Redis Cluster of three masters, every key under
 * one hash-tagged prefix.
 */
class RedisClusterBitmapContractTests extends BitmapContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
