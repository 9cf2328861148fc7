package io.redipy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when told to, for tests of expiry on the memory backend.
 *
 * <pre class="code">
 * ManualClock clock = new ManualClock();
 * RedipyClient client = Redipy.memory(MemoryOptions.defaults().withClock(clock));
 * client.set("k", "v", SetOptions.always().ex(Duration.ofSeconds(5)));
 * clock.advance(Duration.ofSeconds(5));
 * assert client.get("k") == null;
 * </pre>
 *
 * <p>
 * Thread-safe. Millisecond resolution, like the store.
 */
public final class ManualClock implements InstantSource {

	private final AtomicLong millis;

	/**
	 * Creates a clock at the current system time.
	 */
	public ManualClock() {
		this(Instant.now());
	}

	/**
	 * Creates a clock at an instant.
	 * @param start the instant to start at
	 */
	public ManualClock(Instant start) {
		this.millis = new AtomicLong(Objects.requireNonNull(start, "start").toEpochMilli());
	}

	@Override
	public Instant instant() {
		return Instant.ofEpochMilli(this.millis.get());
	}

	@Override
	public long millis() {
		return this.millis.get();
	}

	/**
	 * Moves the clock forward.
	 * @param duration how far, zero or more
	 */
	public void advance(Duration duration) {
		Objects.requireNonNull(duration, "duration");
		if (duration.isNegative()) {
			throw new IllegalArgumentException("A clock only moves forward: " + duration);
		}
		this.millis.addAndGet(duration.toMillis());
	}

	/**
	 * Sets the clock to an instant.
	 * @param instant the new time
	 */
	public void set(Instant instant) {
		this.millis.set(Objects.requireNonNull(instant, "instant").toEpochMilli());
	}

}
