package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link StreamContractTests} on the memory backend.
 */
class MemoryStreamContractTests extends StreamContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
