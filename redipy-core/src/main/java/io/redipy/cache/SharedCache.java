package io.redipy.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import io.redipy.RedipyClient;
import io.redipy.api.SetOptions;
import io.redipy.script.Kind;
import io.redipy.script.RegisteredScript;
import io.redipy.script.Script;
import io.redipy.script.StringExpr;
import org.jspecify.annotations.Nullable;

import static io.redipy.script.Dsl.anyKey;
import static io.redipy.script.Dsl.lit;
import static io.redipy.script.Dsl.string;

/**
 * A compute-once cache shared by every thread and process that uses the same backend:
 * {@link #getOrCompute(String, Supplier, Duration)} returns a cached value, or lets
 * exactly one caller compute a missing one while the others wait for it.
 *
 * <p>
 * The caller that computes holds an in-flight marker, a key with its own expiry
 * ({@link Builder#markerTtl(Duration)}). When it stores the value or its loader fails, it
 * removes the marker and publishes on the key's channel, which wakes the waiters: they
 * then read the value, or one of them takes over the computation. When the computing
 * process dies, its marker expires and another caller takes over. A loader's exception
 * reaches the caller that ran it; waiters are never left waiting beyond their wait
 * timeout ({@link CacheTimeoutException}).
 *
 * <p>
 * Keys live below a namespace ({@code cache:} by default): the value of key {@code k} at
 * {@code cache:v:k}, its marker at {@code cache:m:k} and its channel {@code cache:c:k}
 * (all below the client's key prefix).
 *
 * <p>
 * Two levels, the same code: a cache on a memory-backend client in front of one on a
 * Redis-backend client, where the local level keeps entries for a short TTL: <pre>{@code
 * String v = near.getOrCompute(key, () -> far.getOrCompute(key, loader, Duration.ofHours(1)),
 *         Duration.ofSeconds(10));
 * }</pre>
 */
public final class SharedCache {

	/** Deletes the marker only if it still holds this caller's token. */
	private static final Script<Boolean> RELEASE = Script.define("cache_release", Kind.BOOLEAN, (s) -> {
		StringExpr marker = s.key("marker");
		StringExpr token = s.arg("token", Kind.STRING);
		s.ifThen(string(marker).get().eq(token), (then) -> then.returns(anyKey(marker).del()));
		s.returns(lit(false));
	});

	private final RedipyClient client;

	private final String namespace;

	private final Duration markerTtl;

	private final Duration waitTimeout;

	private final RegisteredScript<Boolean> release;

	private SharedCache(Builder builder) {
		this.client = builder.client;
		this.namespace = builder.namespace;
		this.markerTtl = builder.markerTtl;
		this.waitTimeout = builder.waitTimeout;
		this.release = this.client.register(RELEASE);
	}

	/**
	 * Returns a cache on a client with the defaults: namespace {@code cache:}, markers
	 * that expire after 30 s, waiters that give up after 30 s.
	 * @param client the client
	 * @return the cache
	 */
	public static SharedCache of(RedipyClient client) {
		return builder(client).build();
	}

	/**
	 * Starts configuring a cache.
	 * @param client the client
	 * @return a builder
	 */
	public static Builder builder(RedipyClient client) {
		return new Builder(client);
	}

	/**
	 * Returns the cached value of a key, computing it once if it is missing.
	 * @param key the key
	 * @param loader computes the value; runs in the calling thread of at most one caller
	 * at a time across everyone sharing the backend (until its marker expires)
	 * @param ttl how long the value stays cached (whole milliseconds, positive)
	 * @return the value
	 * @throws CacheTimeoutException if another caller's computation did not end within
	 * the wait timeout
	 * @throws IllegalStateException if the loader returned null
	 */
	public String getOrCompute(String key, Supplier<String> loader, Duration ttl) {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(loader, "loader");
		Objects.requireNonNull(ttl, "ttl");
		if (ttl.isNegative() || ttl.isZero()) {
			throw new IllegalArgumentException("ttl must be positive, was " + ttl);
		}
		String valueKey = this.namespace + "v:" + key;
		String markerKey = this.namespace + "m:" + key;
		String channel = this.namespace + "c:" + key;
		long deadline = System.nanoTime() + this.waitTimeout.toNanos();
		while (true) {
			String cached = this.client.get(valueKey);
			if (cached != null) {
				return cached;
			}
			String token = UUID.randomUUID().toString();
			if (this.client.set(markerKey, token, SetOptions.ifMissing().px(this.markerTtl))) {
				return compute(valueKey, markerKey, channel, token, loader, ttl);
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new CacheTimeoutException(
						"waited " + this.waitTimeout + " for another caller to compute the value of '" + key + "'");
			}
			// woken when the value is stored or the computation gave up; the marker's
			// expiry is noticed by waitFor's periodic re-check
			this.client.waitFor(channel, () -> this.client.exists(valueKey) == 1 || this.client.exists(markerKey) == 0,
					Duration.ofNanos(left));
		}
	}

	private String compute(String valueKey, String markerKey, String channel, String token, Supplier<String> loader,
			Duration ttl) {
		String value;
		try {
			// the value may have been stored between the first read and taking the marker
			String cached = this.client.get(valueKey);
			value = (cached != null) ? cached : loader.get();
			if (value == null) {
				throw new IllegalStateException("the loader returned null for '" + valueKey + "'");
			}
			if (cached == null) {
				this.client.set(valueKey, value, SetOptions.always().px(ttl));
			}
		}
		catch (RuntimeException | Error ex) {
			try {
				release(markerKey, channel, token);
			}
			catch (RuntimeException releaseFailure) {
				// the marker then expires on its own; the loader's failure matters more
				ex.addSuppressed(releaseFailure);
			}
			throw ex;
		}
		release(markerKey, channel, token);
		return value;
	}

	/** Removes this caller's marker and wakes the waiters. */
	private void release(String markerKey, String channel, String token) {
		this.release.call(Map.of("marker", markerKey), Map.of("token", token));
		this.client.publish(channel, "");
	}

	/** Configures a {@link SharedCache}. */
	public static final class Builder {

		private final RedipyClient client;

		private String namespace = "cache:";

		private Duration markerTtl = Duration.ofSeconds(30);

		private Duration waitTimeout = Duration.ofSeconds(30);

		private Builder(RedipyClient client) {
			this.client = Objects.requireNonNull(client, "client");
		}

		/**
		 * Sets the namespace of the cache's keys and channels.
		 * @param namespace the namespace, for example {@code "users:"}
		 * @return this builder
		 */
		public Builder namespace(String namespace) {
			this.namespace = Objects.requireNonNull(namespace, "namespace");
			return this;
		}

		/**
		 * Sets how long a computation may hold its marker: after that, when its process
		 * died or it is still running, another caller takes over. Choose it longer than
		 * the slowest expected computation.
		 * @param markerTtl the marker's expiry (whole milliseconds, positive)
		 * @return this builder
		 */
		public Builder markerTtl(Duration markerTtl) {
			this.markerTtl = positive(markerTtl, "markerTtl");
			return this;
		}

		/**
		 * Sets how long a caller waits for another caller's computation before it fails
		 * with {@link CacheTimeoutException}.
		 * @param waitTimeout the wait timeout (positive)
		 * @return this builder
		 */
		public Builder waitTimeout(Duration waitTimeout) {
			this.waitTimeout = positive(waitTimeout, "waitTimeout");
			return this;
		}

		private static Duration positive(@Nullable Duration duration, String name) {
			Objects.requireNonNull(duration, name);
			if (duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException(name + " must be positive, was " + duration);
			}
			return duration;
		}

		/**
		 * Builds the cache (registering its script on the client).
		 * @return the cache
		 */
		public SharedCache build() {
			return new SharedCache(this);
		}

	}

}
