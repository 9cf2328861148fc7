package io.redipy.memory;

import java.lang.management.ManagementFactory;

import io.redipy.RedipyClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The memory store's hot single-key writes allocate nothing per call on keys that exist:
 * not a lambda, not a boxed result. What a call allocates is garbage that every fresh
 * heap page makes expensive (a page fault on first use) and that the JIT removes only
 * where it inlines the store's whole locked section, so this holds whether or not it
 * does: the calls here run mostly interpreted.
 */
class MemoryWriteAllocationTests {

	private static final int CALLS = 10_000;

	private final RedipyClient client = new MemoryStore().client("");

	@Test
	void incr_onAnIntegerAllocatesNothing() {
		this.client.set("counter", "1000");
		assertThat(allocatedPerCall(() -> this.client.incr("counter"))).isLessThan(1.0);
		assertThat(allocatedPerCall(() -> this.client.decrby("counter", 1_000_000))).isLessThan(1.0);
		assertThat(this.client.get("counter")).isEqualTo(Long.toString(1000 + 2 * CALLS - 2_000_000L * CALLS));
	}

	@Test
	void hset_ofAFieldTheHashHasAllocatesNothing() {
		this.client.hset("hash", "field", "old");
		assertThat(allocatedPerCall(() -> this.client.hset("hash", "field", "value"))).isLessThan(1.0);
		assertThat(this.client.hgetall("hash")).containsExactly(entry("field", "value"));
	}

	@Test
	void set_ofAKeyThatExistsAllocatesNothing() {
		this.client.set("key", "old");
		assertThat(allocatedPerCall(() -> this.client.set("key", "value"))).isLessThan(1.0);
		assertThat(this.client.get("key")).isEqualTo("value");
	}

	/**
	 * Bytes this thread allocates per call, over {@link #CALLS} calls after as many to
	 * warm up (classes loaded, call sites linked).
	 */
	private static double allocatedPerCall(Runnable call) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
		threads.setThreadAllocatedMemoryEnabled(true);
		for (int i = 0; i < CALLS; i++) {
			call.run();
		}
		long thread = Thread.currentThread().getId();
		long before = threads.getThreadAllocatedBytes(thread);
		for (int i = 0; i < CALLS; i++) {
			call.run();
		}
		long after = threads.getThreadAllocatedBytes(thread);
		return (after - before) / (double) CALLS;
	}

}
