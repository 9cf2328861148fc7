package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link KeyContractTests} on the memory backend.
 */
class MemoryKeyContractTests extends KeyContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
