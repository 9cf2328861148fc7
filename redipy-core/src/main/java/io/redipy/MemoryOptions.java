package io.redipy;

import java.time.InstantSource;
import java.util.Objects;

import io.redipy.api.Args;
import io.redipy.memory.MemoryStore;
import org.jspecify.annotations.Nullable;

/**
 * Options of a memory-backend client.
 *
 * @param keyPrefix the prefix of every key the client touches, empty for none
 * @param clock the clock of a new store (ignored when {@code store} is given)
 * @param store an existing store to share, or {@code null} for a new one
 */
public record MemoryOptions(String keyPrefix, InstantSource clock, @Nullable MemoryStore store) {

	/**
	 * Validates the options.
	 * @param keyPrefix the key prefix
	 * @param clock the clock
	 * @param store the store to share
	 */
	public MemoryOptions {
		Args.keyPrefix(keyPrefix);
		Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Returns the defaults: no prefix, the system clock, a new store.
	 * @return the options
	 */
	public static MemoryOptions defaults() {
		return new MemoryOptions("", InstantSource.system(), null);
	}

	/**
	 * Returns a copy with a key prefix.
	 * @param keyPrefix the prefix, such as {@code "app:"}
	 * @return new options
	 */
	public MemoryOptions withKeyPrefix(String keyPrefix) {
		return new MemoryOptions(keyPrefix, this.clock, this.store);
	}

	/**
	 * Returns a copy with a clock for the new store.
	 * @param clock the clock, such as a {@link ManualClock}
	 * @return new options
	 */
	public MemoryOptions withClock(InstantSource clock) {
		return new MemoryOptions(this.keyPrefix, clock, this.store);
	}

	/**
	 * Returns a copy that shares an existing store.
	 * @param store the store
	 * @return new options
	 */
	public MemoryOptions withStore(MemoryStore store) {
		return new MemoryOptions(this.keyPrefix, this.clock, Objects.requireNonNull(store, "store"));
	}

}
