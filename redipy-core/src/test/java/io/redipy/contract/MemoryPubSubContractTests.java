package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link PubSubContractTests} on the memory backend.
 */
class MemoryPubSubContractTests extends PubSubContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
