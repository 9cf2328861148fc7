package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link StringContractTests} on the memory backend.
 */
class MemoryStringContractTests extends StringContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
