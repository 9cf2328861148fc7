package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link HyperLogLogContractTests} on the memory backend.
 */
class MemoryHyperLogLogContractTests extends HyperLogLogContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
