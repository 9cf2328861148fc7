package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link BinaryContractTests} on the memory backend.
 */
class MemoryBinaryContractTests extends BinaryContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
