package io.redipy.autoconfigure;

import java.util.function.Supplier;

/**
 * Marks the commands redipy itself sends (the health check's {@code PING} and
 * {@code DBSIZE}) so that {@link TimedRedipyClient} leaves them out of
 * {@code redipy.commands}: dashboards then show the application's traffic only. A
 * thread-local mark works whichever wrappers the client bean carries; this class has no
 * Micrometer types, so the health check can use it when Micrometer is absent.
 */
final class UntimedCalls {

	private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

	private UntimedCalls() {
	}

	/**
	 * Runs calls that are not to be timed.
	 * @param <T> the result type
	 * @param calls the calls
	 * @return their result
	 */
	static <T> T run(Supplier<T> calls) {
		Boolean outer = ACTIVE.get();
		ACTIVE.set(Boolean.TRUE);
		try {
			return calls.get();
		}
		finally {
			if (outer == null) {
				ACTIVE.remove();
			}
		}
	}

	/**
	 * Whether the current thread is inside {@link #run}.
	 * @return whether calls are not to be timed
	 */
	static boolean active() {
		return ACTIVE.get() != null;
	}

}
