package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link GeoContractTests} on a real Redis.
 */
class RedisGeoContractTests extends GeoContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
