package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ScriptContractTests} on a real Redis.
 */
class RedisScriptContractTests extends ScriptContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
