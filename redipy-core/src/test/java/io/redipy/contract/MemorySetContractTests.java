package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link SetContractTests} on the memory backend.
 */
class MemorySetContractTests extends SetContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
