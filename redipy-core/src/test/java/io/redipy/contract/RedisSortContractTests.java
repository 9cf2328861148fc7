package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link SortContractTests} on a real Redis.
 */
class RedisSortContractTests extends SortContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
