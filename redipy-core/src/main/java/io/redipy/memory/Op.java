package io.redipy.memory;

/**
 * One command's work on the store, run while holding the store's lock.
 *
 * @param <T> the command's result type
 */
@FunctionalInterface
interface Op<T> {

	T run(Db db);

}
