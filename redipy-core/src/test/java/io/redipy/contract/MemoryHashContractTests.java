package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link HashContractTests} on the memory backend.
 */
class MemoryHashContractTests extends HashContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
