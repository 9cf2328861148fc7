package io.redipy.memory;

import org.jspecify.annotations.Nullable;

/**
 * One command's work on the store, run while holding the store's lock.
 *
 * @param <T> the command's result type
 */
@FunctionalInterface
interface Op<T> {

	T run(Db db);

	/**
	 * A command's work on one key that answers a number, its arguments passed in rather
	 * than captured. A lambda that captures nothing is one object for every call, so a
	 * command run through it allocates nothing, whether or not the JIT inlines the
	 * store's locked section into the caller (where it does not, a capturing {@link Op}
	 * is allocated per call, and its boxed result too). For the hot single-key writes
	 * ({@code INCR}, {@code HSET}, {@code SET}, ...).
	 *
	 * @param <A> the first argument, if the command has one
	 * @param <B> the second argument, if the command has one
	 */
	@FunctionalInterface
	interface OnKey<A extends @Nullable Object, B extends @Nullable Object> {

		/**
		 * Runs the command under the lock.
		 * @param db the state
		 * @param key the key, in store form
		 * @param a the first argument, or null if the command has none
		 * @param b the second argument, or null if the command has none
		 * @param n the numeric argument, or 0 if the command has none
		 * @return the command's result
		 */
		long run(Db db, String key, A a, B b, long n);

	}

}
