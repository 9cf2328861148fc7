package io.redipy.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.redipy.RedipyClient;
import io.redipy.api.Batch;
import io.redipy.api.SetOptions;
import io.redipy.script.BoolExpr;
import io.redipy.script.Kind;
import io.redipy.script.ListExpr;
import io.redipy.script.RegisteredScript;
import io.redipy.script.Script;
import io.redipy.script.StringExpr;

import static io.redipy.script.Dsl.anyKey;
import static io.redipy.script.Dsl.hash;
import static io.redipy.script.Dsl.listOf;
import static io.redipy.script.Dsl.lit;
import static io.redipy.script.Dsl.zset;

/**
 * The seed article's crash-safe task queue: a priority queue (sorted set) of task ids,
 * their payloads (hash), and which worker holds which task (the "busy" hash), changed
 * only atomically, by batches and scripts. The same code runs on the memory backend, on
 * Redis and on a Redis Cluster.
 */
public final class TaskQueue implements WorkQueue {

	/**
	 * The hash tag of every key: on a Redis Cluster all of the queue's keys share its
	 * slot, which its batches and scripts need (they touch several keys at once).
	 */
	static final String TAG = "{tasks}:";

	static final String QUEUE = TAG + "queue";

	static final String PAYLOADS = TAG + "payloads";

	static final String BUSY = TAG + "busy";

	static final String COMPLETED = TAG + "completed";

	static final String RECOVERED = TAG + "recovered";

	static final String PRODUCED = TAG + "produced";

	static final String FINISHED = TAG + "finished";

	static final String HEARTBEAT = TAG + "heartbeat:";

	private static final Map<String, String> PICK_KEYS = Map.of("queue", QUEUE, "payloads", PAYLOADS, "busy", BUSY);

	private static final Map<String, String> CHECK_KEYS = Map.of("queue", QUEUE, "busy", BUSY);

	/**
	 * Pops the top task, reads its payload and marks it busy for the worker, atomically:
	 * the result is [task, payload], or empty if the queue is empty.
	 */
	static final Script<List<String>> PICK_TASK = Script.define("pick_task", Kind.listOf(Kind.STRING), (s) -> {
		StringExpr queue = s.key("queue");
		StringExpr payloads = s.key("payloads");
		StringExpr busy = s.key("busy");
		StringExpr worker = s.arg("worker", Kind.STRING);
		ListExpr<StringExpr> picked = s.let("picked", listOf(Kind.STRING));
		s.forEach(zset(queue).zpopmax(lit(1)), (body, index, entry) -> {
			StringExpr task = body.let("task", entry.member());
			body.append(picked, task);
			body.append(picked, hash(payloads).hget(task).orElse("0"));
			body.exec(hash(busy).hset(task, worker));
		});
		s.returns(picked);
	});

	/**
	 * Puts a task back into the queue if the worker holding it has lost its heartbeat,
	 * atomically: true if it did.
	 */
	static final Script<Boolean> TASK_CHECK = Script.define("task_check", Kind.BOOLEAN, (s) -> {
		StringExpr queue = s.key("queue");
		StringExpr busy = s.key("busy");
		StringExpr task = s.arg("task", Kind.STRING);
		StringExpr worker = s.let("worker", Kind.STRING.orNull(), hash(busy).hget(task));
		s.ifThen(worker.isNull(), (then) -> then.returns(lit(false)));
		BoolExpr alive = anyKey(lit(HEARTBEAT).concat(worker.nonNull())).exists();
		s.ifThen(alive, (then) -> then.returns(lit(false)));
		s.exec(zset(queue).zadd(lit(1e9), task));
		s.exec(hash(busy).hdel(task));
		s.returns(lit(true));
	});

	private final RedipyClient client;

	private final RegisteredScript<List<String>> pick;

	private final RegisteredScript<Boolean> check;

	/**
	 * Creates the queue on a client and registers its scripts.
	 * @param client the client
	 */
	public TaskQueue(RedipyClient client) {
		this.client = client;
		this.pick = client.register(PICK_TASK);
		this.check = client.register(TASK_CHECK);
	}

	/**
	 * Returns the client.
	 * @return the client
	 */
	@Override
	public RedipyClient client() {
		return this.client;
	}

	/**
	 * Enqueues a task and its payload in one atomic batch.
	 * @param task the task id
	 * @param priority the priority (higher first)
	 * @param millis the payload: how long the task takes
	 */
	@Override
	public void enqueue(String task, double priority, long millis) {
		Batch batch = this.client.batch();
		batch.hset(PAYLOADS, task, Long.toString(millis));
		batch.zadd(QUEUE, priority, task);
		batch.incr(PRODUCED);
		batch.exec();
	}

	/**
	 * Registers a unique worker id (set if missing).
	 * @param base the id's base
	 * @return the id
	 */
	@Override
	public String registerWorker(String base) {
		for (int n = 0;; n++) {
			String id = base + "-" + n;
			if (this.client.set("worker:" + id, "registered", SetOptions.ifMissing())) {
				return id;
			}
		}
	}

	/**
	 * Refreshes a worker's heartbeat.
	 * @param worker the worker id
	 * @param expiry how long it lives
	 */
	@Override
	public void heartbeat(String worker, Duration expiry) {
		this.client.set(HEARTBEAT + worker, "alive", SetOptions.always().px(expiry));
	}

	/**
	 * Picks the top task for a worker.
	 * @param worker the worker id
	 * @return [task, payload], or empty
	 */
	@Override
	public List<String> pick(String worker) {
		return this.pick.call(PICK_KEYS, Map.of("worker", worker));
	}

	@Override
	public void finish(List<String> picked) {
		finish(picked.get(0));
	}

	/**
	 * Marks a task done: removes payload and busy marker, counts the completion.
	 * @param task the task id
	 */
	public void finish(String task) {
		Batch batch = this.client.batch();
		batch.hdel(PAYLOADS, task);
		batch.hdel(BUSY, task);
		batch.hincrby(COMPLETED, task, 1);
		batch.exec();
	}

	/**
	 * Puts the task of a lost worker back into the queue.
	 * @param task the task id
	 * @return whether it was put back
	 */
	@Override
	public boolean recoverIfLost(String task) {
		boolean recovered = this.check.call(CHECK_KEYS, Map.of("task", task));
		if (recovered) {
			this.client.incr(RECOVERED);
		}
		return recovered;
	}

	/**
	 * Returns the tasks currently held by workers.
	 * @return task id to worker id
	 */
	@Override
	public Map<String, String> busy() {
		return this.client.hgetall(BUSY);
	}

	/**
	 * Returns how many times each task completed.
	 * @return task id to count
	 */
	@Override
	public Map<String, String> completions() {
		return this.client.hgetall(COMPLETED);
	}

	/**
	 * Returns how many tasks were produced.
	 * @return the count
	 */
	public long produced() {
		String value = this.client.get(PRODUCED);
		return (value != null) ? Long.parseLong(value) : 0;
	}

	/**
	 * Returns how many tasks were recovered.
	 * @return the count
	 */
	@Override
	public long recovered() {
		String value = this.client.get(RECOVERED);
		return (value != null) ? Long.parseLong(value) : 0;
	}

	/**
	 * Marks the run finished (workers in other processes then stop).
	 */
	@Override
	public void markFinished() {
		this.client.set(FINISHED, "yes");
	}

	/**
	 * Returns whether the run is finished.
	 * @return whether the producer saw every task complete
	 */
	@Override
	public boolean isFinished() {
		return this.client.exists(FINISHED) == 1;
	}

}
