package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link GeoContractTests} on a local Redis Cluster of three masters, every key under one
 * hash-tagged prefix.
 */
class RedisClusterGeoContractTests extends GeoContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
