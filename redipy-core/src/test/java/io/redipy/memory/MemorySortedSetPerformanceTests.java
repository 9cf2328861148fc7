package io.redipy.memory;

import io.redipy.MemoryOptions;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory store's sorted sets stay fast with many members.
 */
class MemorySortedSetPerformanceTests {

	@Test
	void zadd_hundredThousandDistinctMembersTakeWellUnderASecond() {
		RedipyClient client = Redipy.memory(MemoryOptions.defaults());
		// warm up the code paths once, then take the best of three fresh sets, so that a
		// busy machine does not decide the outcome
		for (int i = 0; i < 20_000; i++) {
			client.zadd("warm", i, "w" + i);
		}
		long millis = Long.MAX_VALUE;
		for (int round = 0; round < 3; round++) {
			String key = "z" + round;
			long start = System.nanoTime();
			for (int i = 0; i < 100_000; i++) {
				client.zadd(key, (i * 7919) % 100_003, "member:" + i);
			}
			millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
			assertThat(client.zcard(key)).isEqualTo(100_000);
			assertThat(client.zrank(key, "member:0")).isZero();
			client.del(key);
		}
		assertThat(millis).as("100,000 ZADDs took %d ms", millis).isLessThan(1000);
		System.out.println("100,000 ZADDs took " + millis + " ms");
	}

}
