package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link SetContractTests} on a real Redis.
 */
class RedisSetContractTests extends SetContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
