package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link BitmapContractTests} on the memory backend.
 */
class MemoryBitmapContractTests extends BitmapContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
