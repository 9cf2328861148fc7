package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link HashContractTests} on a real Redis.
 */
class RedisHashContractTests extends HashContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
