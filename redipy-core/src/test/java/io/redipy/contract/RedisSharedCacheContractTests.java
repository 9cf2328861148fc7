package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link SharedCacheContractTests} on a real Redis.
 */
class RedisSharedCacheContractTests extends SharedCacheContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
