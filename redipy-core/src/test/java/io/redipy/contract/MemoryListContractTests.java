package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ListContractTests} on the memory backend.
 */
class MemoryListContractTests extends ListContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
