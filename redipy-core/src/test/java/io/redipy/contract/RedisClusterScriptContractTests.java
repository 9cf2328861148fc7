package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ScriptContractTests} on a local Redis Cluster of three masters, every key under
 * one hash-tagged prefix.
 */
class RedisClusterScriptContractTests extends ScriptContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
