package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link KeyContractTests} on a real Redis.
 */
class RedisKeyContractTests extends KeyContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
