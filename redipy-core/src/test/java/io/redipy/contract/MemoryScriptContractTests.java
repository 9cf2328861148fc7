package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ScriptContractTests} on the memory backend.
 */
class MemoryScriptContractTests extends ScriptContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
