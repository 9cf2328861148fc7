package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link GeoContractTests} on the memory backend.
 */
class MemoryGeoContractTests extends GeoContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

}
