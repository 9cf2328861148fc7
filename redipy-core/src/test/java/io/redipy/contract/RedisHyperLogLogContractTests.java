package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link HyperLogLogContractTests} on a real Redis.
 */
class RedisHyperLogLogContractTests extends HyperLogLogContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
