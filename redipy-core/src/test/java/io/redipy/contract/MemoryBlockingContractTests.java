package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link BlockingContractTests} on the memory backend.
 */
class MemoryBlockingContractTests extends BlockingContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
