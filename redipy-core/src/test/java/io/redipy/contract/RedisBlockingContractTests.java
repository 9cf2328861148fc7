package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link BlockingContractTests} on a real Redis.
 */
class RedisBlockingContractTests extends BlockingContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
