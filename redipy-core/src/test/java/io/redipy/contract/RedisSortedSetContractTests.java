package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link SortedSetContractTests} on a real Redis.
 */
class RedisSortedSetContractTests extends SortedSetContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
