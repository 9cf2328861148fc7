package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link StreamContractTests} on a real Redis.
 */
class RedisStreamContractTests extends StreamContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
