package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link ListContractTests} on a real Redis.
 */
class RedisListContractTests extends ListContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
