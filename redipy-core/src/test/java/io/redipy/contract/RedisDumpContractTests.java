package io.redipy.contract;

import io.redipy.test.Backend;

/**
 * {@link DumpContractTests} on a real Redis.
 */
class RedisDumpContractTests extends DumpContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

}
