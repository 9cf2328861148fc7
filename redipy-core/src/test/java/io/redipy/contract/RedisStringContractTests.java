package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link StringContractTests} on a real Redis.
 */
class RedisStringContractTests extends StringContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
