package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link DumpContractTests} on the memory backend.
 */
class MemoryDumpContractTests extends DumpContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
