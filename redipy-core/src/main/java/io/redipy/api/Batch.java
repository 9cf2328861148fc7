package io.redipy.api;

/**
 * Commands queued to run together, atomically: no other command of any client sees the
 * store between two commands of a batch ({@code MULTI}/{@code EXEC} on Redis, the store's
 * lock in memory).
 *
 * <p>
 * As in Redis, a command that fails when the batch runs (for example with
 * {@link io.redipy.WrongTypeException}) fails only its own {@link Response}; the other
 * commands still apply. Arguments are checked when a command is queued. A batch runs
 * once; it is not thread-safe (build it in one thread).
 *
 * <pre class="code">
 * Batch batch = client.batch();
 * Response&lt;Long&gt; length = batch.rpush("queue", "task-1");
 * batch.hset("payload", "task-1", "{...}");
 * batch.exec();
 * long n = length.get();
 * </pre>
 */
public interface Batch extends BatchCommands {

	/**
	 * Runs the queued commands atomically and completes their responses.
	 * @throws IllegalStateException if the batch has already run
	 * @throws io.redipy.ConnectionException if the Redis backend could not run the batch
	 * (then nothing was applied)
	 */
	void exec();

	/**
	 * Returns the number of queued commands.
	 * @return the number of commands
	 */
	int size();

}
