package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ScriptLimitsContractTests} on a local Redis Cluster of three masters, every key
 * under one hash-tagged prefix.
 */
class RedisClusterScriptLimitsContractTests extends ScriptLimitsContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster();
	}

}
