package io.redipy.contract;

import io.redipy.server.RespBackend;
import io.redipy.test.Backend;
import org.junit.jupiter.api.Nested;

/**
 * {@link KeyContractTests} against the memory store through its RESP server, with
 * redipy's Redis backend as the client: all of them, including the key-prefix tests for
 * which the Redis backend counts and flushes a prefix's keys with a Lua script, which the
 * endpoint runs since issue 21.
 */
class RespKeyContractTests {

	@Nested
	class Resp2 extends Suite {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(2);
		}

	}

	@Nested
	class Resp3 extends Suite {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(3);
		}

	}

	abstract static class Suite extends KeyContractTests {

	}

}
