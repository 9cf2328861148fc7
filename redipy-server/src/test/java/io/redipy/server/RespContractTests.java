package io.redipy.server;

import io.redipy.contract.BatchContractTests;
import io.redipy.contract.BinaryContractTests;
import io.redipy.contract.BlockingContractTests;
import io.redipy.contract.HashContractTests;
import io.redipy.contract.ListContractTests;
import io.redipy.contract.PubSubContractTests;
import io.redipy.contract.SetContractTests;
import io.redipy.contract.SortedSetContractTests;
import io.redipy.contract.StringContractTests;
import io.redipy.test.Backend;
import org.junit.jupiter.api.Nested;

/**
 * The contract suites run against the memory store through its RESP server, in RESP2 and
 * RESP3, with redipy's Redis backend as the client: the same assertions that compare the
 * memory backend with a real Redis. (The script suites need Lua on the endpoint, a later
 * issue; the key suite runs in {@code io.redipy.contract.RespKeyContractTests}.)
 */
class RespContractTests {

	@Nested
	class Resp2Strings extends StringContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(2);
		}

	}

	@Nested
	class Resp3Strings extends StringContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(3);
		}

	}

	@Nested
	class Resp2Hashes extends HashContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(2);
		}

	}

	@Nested
	class Resp3Hashes extends HashContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(3);
		}

	}

	@Nested
	class Resp2Lists extends ListContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(2);
		}

	}

	@Nested
	class Resp3Lists extends ListContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(3);
		}

	}

	@Nested
	class Resp2Sets extends SetContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(2);
		}

	}

	@Nested
	class Resp3Sets extends SetContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(3);
		}

	}

	@Nested
	class Resp2SortedSets extends SortedSetContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(2);
		}

	}

	@Nested
	class Resp3SortedSets extends SortedSetContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(3);
		}

	}

	@Nested
	class Resp2Batches extends BatchContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(2);
		}

	}

	@Nested
	class Resp3Batches extends BatchContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(3);
		}

	}

	@Nested
	class Resp2PubSub extends PubSubContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(2);
		}

	}

	@Nested
	class Resp3PubSub extends PubSubContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(3);
		}

	}

	@Nested
	class Resp2Blocking extends BlockingContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(2);
		}

	}

	@Nested
	class Resp3Blocking extends BlockingContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(3);
		}

	}

	@Nested
	class Resp2Binary extends BinaryContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(2);
		}

	}

	@Nested
	class Resp3Binary extends BinaryContractTests {

		@Override
		protected Backend createBackend() {
			return RespBackend.of(3);
		}

	}

}
