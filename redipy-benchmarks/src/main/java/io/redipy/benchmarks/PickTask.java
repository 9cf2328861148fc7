package io.redipy.benchmarks;

import java.util.List;
import java.util.Map;

import io.redipy.RedipyClient;
import io.redipy.api.Batch;
import io.redipy.script.Kind;
import io.redipy.script.ListExpr;
import io.redipy.script.Script;
import io.redipy.script.StringExpr;

import static io.redipy.script.Dsl.hash;
import static io.redipy.script.Dsl.listOf;
import static io.redipy.script.Dsl.lit;
import static io.redipy.script.Dsl.zset;

/**
 * The seed article's {@code pick_task}: pop the top task of a sorted set, read its
 * payload from a hash and mark it busy in another hash. Here as a redipy script, as the
 * same hand-written Lua, and the keys and data they work on.
 */
final class PickTask {

	static final String QUEUE = "queue";

	static final String PAYLOADS = "payloads";

	static final String BUSY = "busy";

	static final String WORKER = "worker-1";

	static final Map<String, String> KEYS = Map.of("queue", QUEUE, "payloads", PAYLOADS, "busy", BUSY);

	static final Map<String, String> ARGS = Map.of("worker", WORKER);

	/** The redipy script: [task, payload], or empty when the queue is empty. */
	static final Script<List<String>> SCRIPT = Script.define("pick_task", Kind.listOf(Kind.STRING), (s) -> {
		StringExpr queue = s.key("queue");
		StringExpr payloads = s.key("payloads");
		StringExpr busy = s.key("busy");
		StringExpr worker = s.arg("worker", Kind.STRING);
		ListExpr<StringExpr> picked = s.let("picked", listOf(Kind.STRING));
		s.forEach(zset(queue).zpopmax(lit(1)), (body, index, entry) -> {
			StringExpr task = body.let("task", entry.member());
			body.append(picked, task);
			body.append(picked, hash(payloads).hget(task).orElse(""));
			body.exec(hash(busy).hset(task, worker));
		});
		s.returns(picked);
	});

	/** The same logic written by hand in Lua, for EVALSHA through Lettuce. */
	static final String LUA = """
			local popped = redis.call('ZPOPMAX', KEYS[1])
			if #popped == 0 then return {} end
			local task = popped[1]
			local payload = redis.call('HGET', KEYS[2], task) or ''
			redis.call('HSET', KEYS[3], task, ARGV[1])
			return {task, payload}
			""";

	private PickTask() {
	}

	static String task(int i) {
		return "task-" + i;
	}

	static String payload(int i) {
		return "{\"job\":" + i + "}";
	}

	/** Empties the three keys and queues {@code count} tasks (task i has score i). */
	static void load(RedipyClient client, int count) {
		client.del(QUEUE, PAYLOADS, BUSY);
		for (int from = 0; from < count; from += 1000) {
			Batch batch = client.batch();
			for (int i = from; i < Math.min(count, from + 1000); i++) {
				batch.hset(PAYLOADS, task(i), payload(i));
				batch.zadd(QUEUE, i, task(i));
			}
			batch.exec();
		}
	}

}
