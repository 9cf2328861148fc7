package io.redipy.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.redipy.RedipyClient;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of redipy's backend: up when a {@code PING} answers; details name the backend,
 * the key prefix and, for the memory backend, the number of keys.
 * <p>
 * The probe runs on a thread of its own and the check waits for it at most the configured
 * timeout: a Redis that accepts connections but does not answer would otherwise hold the
 * health endpoint for the whole command timeout. While a probe that timed out is still
 * waiting, later checks wait (at most the timeout again) for that same probe instead of
 * starting another, so an outage ties up one thread, not one per request. Its commands
 * are not counted in {@code redipy.commands}.
 */
class RedipyHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

	private final RedipyClient client;

	private final Duration timeout;

	/** One probe thread at a time, which ends after a minute without checks. */
	private final ThreadPoolExecutor probes = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS,
			new LinkedBlockingQueue<>(), (task) -> {
				Thread thread = new Thread(task, "redipy-health");
				thread.setDaemon(true);
				return thread;
			});

	private @Nullable CompletableFuture<Map<String, Object>> running;

	RedipyHealthIndicator(RedipyClient client, Duration timeout) {
		super("redipy health check failed");
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException(
					"management.health.redipy.timeout must be positive, was " + print(timeout));
		}
		this.client = client;
		this.timeout = timeout;
		this.probes.allowCoreThreadTimeOut(true);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		CompletableFuture<Map<String, Object>> probe = probe();
		try {
			// whole nanoseconds up to ~292 years; a longer timeout waits that long
			long nanos = (this.timeout.getSeconds() < Long.MAX_VALUE / 1_000_000_000L) ? this.timeout.toNanos()
					: Long.MAX_VALUE;
			builder.up().withDetails(probe.get(nanos, TimeUnit.NANOSECONDS));
		}
		catch (TimeoutException ex) {
			builder.down()
				.withDetail("backend", this.client.backend())
				.withDetail("error", "no answer within " + print(this.timeout) + " (management.health.redipy.timeout)");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw ex;
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	/** The probe still running after an earlier timeout, or a new one. */
	private synchronized CompletableFuture<Map<String, Object>> probe() {
		if (this.running == null || this.running.isDone()) {
			this.running = CompletableFuture.supplyAsync(() -> UntimedCalls.run(this::details), this.probes);
		}
		return this.running;
	}

	private Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		String pong = this.client.ping();
		details.put("backend", this.client.backend());
		details.put("ping", pong);
		if (!this.client.keyPrefix().isEmpty()) {
			details.put("keyPrefix", this.client.keyPrefix());
		}
		if ("memory".equals(this.client.backend())) {
			details.put("keys", this.client.dbsize());
		}
		return details;
	}

	/** A duration as the property is usually written: {@code 1s}, {@code 300ms}. */
	private static String print(Duration duration) {
		if (duration.getNano() == 0) {
			return duration.getSeconds() + "s";
		}
		if (duration.getNano() % 1_000_000 == 0 && duration.getSeconds() < Long.MAX_VALUE / 1000) {
			return duration.toMillis() + "ms";
		}
		return duration.toString();
	}

	@Override
	public void destroy() {
		this.probes.shutdownNow();
	}

}
