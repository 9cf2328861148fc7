package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ScriptingContractTests} on a local Redis Cluster of three masters, every key
 * under one hash-tagged prefix.
 */
class RedisClusterScriptingContractTests extends ScriptingContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
