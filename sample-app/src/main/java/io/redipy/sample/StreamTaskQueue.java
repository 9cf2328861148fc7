package io.redipy.sample;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.redipy.CommandException;
import io.redipy.RedipyClient;
import io.redipy.api.AutoClaim;
import io.redipy.api.Batch;
import io.redipy.api.PendingEntry;
import io.redipy.api.PendingQuery;
import io.redipy.api.StreamEntry;
import io.redipy.api.StreamReadOptions;

/**
 * The worker queue on a stream and a consumer group ({@code queue.kind=stream}): the
 * producer adds each task as an entry; a worker reads new entries as a consumer of the
 * group ({@code XREADGROUP}), which puts them on its pending list, and acknowledges each
 * when done ({@code XACK}), in the same batch that counts the completion. A worker that
 * dies leaves its entry pending: once it has been idle longer than the claim time, the
 * next worker looking for work takes it over ({@code XAUTOCLAIM}). No heartbeats and no
 * scripts; no priorities either (a stream is first in, first out).
 */
final class StreamTaskQueue implements WorkQueue {

	static final String STREAM = TaskQueue.TAG + "stream";

	static final String GROUP = "workers";

	private static final StreamReadOptions ONE = StreamReadOptions.none().count(1);

	private final RedipyClient client;

	private final Duration claimIdle;

	private final Duration readWait;

	/**
	 * Creates the queue and its consumer group (and the stream) if missing.
	 * @param client the client
	 * @param claimIdle how long an entry stays pending before another worker takes it
	 * @param readWait how long a worker waits for a new entry in one read
	 */
	StreamTaskQueue(RedipyClient client, Duration claimIdle, Duration readWait) {
		this.client = client;
		this.claimIdle = claimIdle;
		this.readWait = readWait;
		try {
			client.xgroupCreate(STREAM, GROUP, "0", true, -1);
		}
		catch (CommandException ex) {
			if (!"BUSYGROUP".equals(ex.errorCode())) {
				throw ex;
			}
		}
	}

	@Override
	public RedipyClient client() {
		return this.client;
	}

	@Override
	public void enqueue(String task, double priority, long millis) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("task", task);
		fields.put("millis", Long.toString(millis));
		Batch batch = this.client.batch();
		batch.xadd(STREAM, fields);
		batch.incr(TaskQueue.PRODUCED);
		batch.exec();
	}

	@Override
	public String registerWorker(String base) {
		for (int n = 0;; n++) {
			String id = base + "-" + n;
			if (this.client.set("worker:" + id, "registered", io.redipy.api.SetOptions.ifMissing())) {
				return id;
			}
		}
	}

	@Override
	public void heartbeat(String worker, Duration expiry) {
		// the pending list's idle times stand in for heartbeats
	}

	/**
	 * Takes over an entry a lost worker left pending, else reads a new one (waiting a
	 * little for it).
	 * @return [task, payload, entry id], or empty
	 */
	@Override
	public List<String> pick(String worker) {
		AutoClaim<StreamEntry<String, String>> claimed = this.client.xautoclaim(STREAM, GROUP, worker, this.claimIdle,
				"0-0", 1);
		if (!claimed.claimed().isEmpty()) {
			this.client.incr(TaskQueue.RECOVERED);
			return picked(claimed.claimed().get(0));
		}
		Map<String, List<StreamEntry<String, String>>> read = this.client.xreadgroupBlock(GROUP, worker, this.readWait,
				ONE, Map.of(STREAM, ">"));
		List<StreamEntry<String, String>> entries = read.getOrDefault(STREAM, List.of());
		return entries.isEmpty() ? List.of() : picked(entries.get(0));
	}

	private static List<String> picked(StreamEntry<String, String> entry) {
		return List.of(entry.get("task"), entry.get("millis"), entry.id());
	}

	@Override
	public void finish(List<String> picked) {
		Batch batch = this.client.batch();
		batch.xack(STREAM, GROUP, picked.get(2));
		batch.hincrby(TaskQueue.COMPLETED, picked.get(0), 1);
		batch.exec();
	}

	@Override
	public boolean recoverIfLost(String task) {
		// workers take over lost entries themselves (XAUTOCLAIM in pick)
		return false;
	}

	/**
	 * Returns the entries workers hold.
	 * @return entry id to worker id
	 */
	@Override
	public Map<String, String> busy() {
		Map<String, String> busy = new LinkedHashMap<>();
		for (PendingEntry entry : this.client.xpending(STREAM, GROUP, PendingQuery.range("-", "+", 10_000))) {
			busy.put(entry.id(), entry.consumer());
		}
		return busy;
	}

	@Override
	public Map<String, String> completions() {
		return this.client.hgetall(TaskQueue.COMPLETED);
	}

	@Override
	public long recovered() {
		String value = this.client.get(TaskQueue.RECOVERED);
		return (value != null) ? Long.parseLong(value) : 0;
	}

	@Override
	public void markFinished() {
		this.client.set(TaskQueue.FINISHED, "yes");
	}

	@Override
	public boolean isFinished() {
		return this.client.exists(TaskQueue.FINISHED) == 1;
	}

}
