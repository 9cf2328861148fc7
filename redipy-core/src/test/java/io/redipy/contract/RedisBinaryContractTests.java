package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link BinaryContractTests} on a real Redis.
 */
class RedisBinaryContractTests extends BinaryContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
