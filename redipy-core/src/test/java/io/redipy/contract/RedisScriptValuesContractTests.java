package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ScriptValuesContractTests} on a real Redis.
 */
class RedisScriptValuesContractTests extends ScriptValuesContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
