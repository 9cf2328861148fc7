package io.redipy.contract;

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.redipy.api.KeyedScoredMember;
import io.redipy.api.ZStoreOptions;
import io.redipy.test.Backend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BlockingContractTests} on the memory backend, plus what only it guarantees.
 */
class MemoryBlockingContractTests extends BlockingContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.memory();
	}

	/**
	 * Redis 7.0 does not wake the caller here (a key overwritten from the wrong type is
	 * not signalled as ready; the caller waits for the next push), the memory store
	 * serves it at once: documented in the README.
	 * @throws Exception on failure
	 */
	@Test
	void waitedKeyTurningWrongTypeThenRightType_servesTheWaiter() throws Exception {
		Future<KeyedScoredMember> popped = this.threads
			.submit(() -> this.client.bzpopmax(java.time.Duration.ZERO, "z"));
		awaitBlocked(1);
		this.client.set("z", "text");
		this.client.zadd("a", 2, "m");
		assertThat(this.client.zunionstore("z", ZStoreOptions.none(), "a")).isEqualTo(1);
		assertThat(popped.get(10, TimeUnit.SECONDS)).isEqualTo(new KeyedScoredMember("z", "m", 2));
	}

}
