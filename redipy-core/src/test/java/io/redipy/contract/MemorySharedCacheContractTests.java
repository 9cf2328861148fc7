package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link SharedCacheContractTests} on the memory backend.
 */
class MemorySharedCacheContractTests extends SharedCacheContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
