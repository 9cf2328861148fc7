package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link PubSubContractTests} on a local Redis Cluster of three masters, every key under
 * one hash-tagged prefix.
 */
class RedisClusterPubSubContractTests extends PubSubContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
