package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ScriptValuesContractTests} on the memory backend.
 */
class MemoryScriptValuesContractTests extends ScriptValuesContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
