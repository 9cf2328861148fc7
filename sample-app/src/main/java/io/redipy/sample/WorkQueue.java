package io.redipy.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.redipy.RedipyClient;

/**
 * The worker queue's operations, in two designs: {@link TaskQueue}, a sorted set with
 * heartbeats (the seed article's), and {@link StreamTaskQueue}, a stream with a consumer
 * group's pending list.
 */
interface WorkQueue {

	/**
	 * Returns the client.
	 * @return the client
	 */
	RedipyClient client();

	/**
	 * Enqueues a task and its payload.
	 * @param task the task id
	 * @param priority the priority (higher first, where the design has priorities)
	 * @param millis the payload: how long the task takes
	 */
	void enqueue(String task, double priority, long millis);

	/**
	 * Registers a unique worker id.
	 * @param base the id's base
	 * @return the id
	 */
	String registerWorker(String base);

	/**
	 * Refreshes a worker's heartbeat, where the design has heartbeats.
	 * @param worker the worker id
	 * @param expiry how long it lives
	 */
	void heartbeat(String worker, Duration expiry);

	/**
	 * Picks a task for a worker.
	 * @param worker the worker id
	 * @return [task, payload, ...], or empty
	 */
	List<String> pick(String worker);

	/**
	 * Marks a picked task done and counts its completion.
	 * @param picked what {@link #pick} returned
	 */
	void finish(List<String> picked);

	/**
	 * Puts the task of a lost worker back, where the design needs someone to.
	 * @param task the task, as {@link #busy()} names it
	 * @return whether it was put back
	 */
	boolean recoverIfLost(String task);

	/**
	 * Returns the tasks workers hold now.
	 * @return task (or entry) to worker id
	 */
	Map<String, String> busy();

	/**
	 * Returns how many times each task completed.
	 * @return task id to count
	 */
	Map<String, String> completions();

	/**
	 * Returns how many tasks were recovered from lost workers.
	 * @return the count
	 */
	long recovered();

	/**
	 * Marks the run finished (workers in other processes then stop).
	 */
	void markFinished();

	/**
	 * Returns whether the run is finished.
	 * @return whether the producer saw every task complete
	 */
	boolean isFinished();

}
