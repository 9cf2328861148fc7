package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link SortedSetContractTests} on the memory backend.
 */
class MemorySortedSetContractTests extends SortedSetContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
