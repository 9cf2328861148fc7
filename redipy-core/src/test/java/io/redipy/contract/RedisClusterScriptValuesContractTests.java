package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ScriptValuesContractTests} on a local Redis Cluster of three masters, every key
 * under one hash-tagged prefix.
 */
class RedisClusterScriptValuesContractTests extends ScriptValuesContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
