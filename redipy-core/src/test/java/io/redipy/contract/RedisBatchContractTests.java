package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link BatchContractTests} on a real Redis.
 */
class RedisBatchContractTests extends BatchContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
