package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ScriptingContractTests} on the memory backend.
 */
class MemoryScriptingContractTests extends ScriptingContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
