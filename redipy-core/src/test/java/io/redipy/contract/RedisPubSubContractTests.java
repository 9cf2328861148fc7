package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link PubSubContractTests} on a real Redis.
 */
class RedisPubSubContractTests extends PubSubContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
