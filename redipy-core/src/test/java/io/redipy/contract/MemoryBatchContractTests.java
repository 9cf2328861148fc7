package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link BatchContractTests} on the memory backend.
 */
class MemoryBatchContractTests extends BatchContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
