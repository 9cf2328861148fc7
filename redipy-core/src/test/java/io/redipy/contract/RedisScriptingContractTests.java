package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ScriptingContractTests} on a real Redis.
 */
class RedisScriptingContractTests extends ScriptingContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
