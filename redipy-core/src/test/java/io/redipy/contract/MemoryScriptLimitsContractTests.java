package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ScriptLimitsContractTests} on the memory backend.
 */
class MemoryScriptLimitsContractTests extends ScriptLimitsContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
