package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ScriptLimitsContractTests} on a real Redis.
 */
class RedisScriptLimitsContractTests extends ScriptLimitsContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
