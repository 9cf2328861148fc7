package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link DumpContractTests} on a local Redis Cluster of three masters, every key under
 * one hash-tagged prefix.
 */
class RedisClusterDumpContractTests extends DumpContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
