package io.redipy.api;

/**
 * The result of one command in a batch, available once the batch has run.
 *
 * @param <T> the command's result type
 */
public interface Response<T> {

	/**
	 * Returns the command's result.
	 * @return the result, as the command's method in {@link Commands} would return it
	 * @throws IllegalStateException if the batch has not run yet
	 * @throws io.redipy.RedipyException if this command failed (the other commands of the
	 * batch are not affected)
	 */
	T get();

	/**
	 * Returns whether the batch has run, so that {@link #get()} returns or throws the
	 * command's outcome.
	 * @return whether the result is available
	 */
	boolean isDone();

}
