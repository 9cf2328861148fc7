package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link BitmapContractTests} on a real Redis.
 */
class RedisBitmapContractTests extends BitmapContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
