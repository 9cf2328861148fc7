package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link SortContractTests} on the memory backend.
 */
class MemorySortContractTests extends SortContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
