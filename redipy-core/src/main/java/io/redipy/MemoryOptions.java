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
 * @param clusterRules whether the new store applies Redis Cluster's rules (see
 * {@link #withClusterRules()})
 */
public record MemoryOptions(String keyPrefix, InstantSource clock, @Nullable MemoryStore store, boolean clusterRules) {

	/**
	 * Validates the options.
	 * @param keyPrefix the key prefix
	 * @param clock the clock
	 * @param store the store to share
	 * @param clusterRules whether the new store applies Redis Cluster's rules
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
		return new MemoryOptions("", InstantSource.system(), null, false);
	}

	/**
	 * Returns a copy with a key prefix.
	 * @param keyPrefix the prefix, such as {@code "app:"}
	 * @return new options
	 */
	public MemoryOptions withKeyPrefix(String keyPrefix) {
		return new MemoryOptions(keyPrefix, this.clock, this.store, this.clusterRules);
	}

	/**
	 * Returns a copy with a clock for the new store.
	 * @param clock the clock, such as a {@link ManualClock}
	 * @return new options
	 */
	public MemoryOptions withClock(InstantSource clock) {
		return new MemoryOptions(this.keyPrefix, clock, this.store, this.clusterRules);
	}

	/**
	 * Returns a copy that shares an existing store.
	 * @param store the store
	 * @return new options
	 */
	public MemoryOptions withStore(MemoryStore store) {
		return new MemoryOptions(this.keyPrefix, this.clock, Objects.requireNonNull(store, "store"), this.clusterRules);
	}

	/**
	 * Returns a copy whose new store applies Redis Cluster's rules: a command, batch or
	 * script whose keys span hash slots, and a script that declares no keys, are refused
	 * as the Redis backend refuses them on a cluster
	 * ({@link io.redipy.CrossSlotException}, before anything changes), while
	 * {@code mget}, {@code exists}, {@code del} and {@code unlink}, which the Redis
	 * backend splits by slot on a cluster, still run. Unit tests then find what a cluster
	 * would refuse without one. A shared store ({@link #withStore}) keeps its own
	 * setting.
	 * @return new options
	 */
	public MemoryOptions withClusterRules() {
		return new MemoryOptions(this.keyPrefix, this.clock, this.store, true);
	}

}
