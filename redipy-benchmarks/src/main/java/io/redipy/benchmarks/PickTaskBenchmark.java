package io.redipy.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.lettuce.core.ScoredValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.ScoredMember;
import io.redipy.script.RegisteredScript;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The seed's {@code pick_task} in nine forms: the redipy script on the memory backend
 * ({@code memory-script}; {@code memory-script-new-maps} with key and argument maps made
 * for each call) and on Redis ({@code redis-script}); the hand-written Lua on the memory
 * store's own Lua, by {@code client.evalsha} ({@code memory-lua-evalsha}) and by
 * {@code client.eval} with its text ({@code memory-lua-eval}); hand-written Java calling
 * the memory backend's API, three calls ({@code memory-java}); plain Java collections
 * under one lock ({@code plain-java}); the hand-written Lua by EVALSHA through Lettuce
 * ({@code lettuce-evalsha}); and three separate Lettuce calls ({@code lettuce-calls}).
 *
 * <p>
 * A pick consumes a task, so each iteration first queues {@link #tasks} tasks and then
 * picks exactly that many (single-shot iterations with a batch size of {@link #tasks},
 * which the harness sets): the score is the time of one iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PickTaskBenchmark {

	/** The form of the pick. */
	@Param({ "memory-script", "memory-script-new-maps", "memory-java", "plain-java", "memory-lua-evalsha",
			"memory-lua-eval", "redis-script", "lettuce-evalsha", "lettuce-calls" })
	public String variant = "memory-script";

	/** Tasks queued per iteration; must equal the iteration's batch size. */
	@Param("10000")
	public int tasks = 10000;

	private @Nullable RedipyClient client;

	private @Nullable LettuceConnectionFactory factory;

	private io.lettuce.core.@Nullable RedisClient lettuceClient;

	private @Nullable StatefulRedisConnection<String, String> connection;

	private @Nullable RedisCommands<String, String> lettuce;

	private @Nullable RegisteredScript<List<String>> script;

	private String sha = "";

	private static final List<String> LUA_KEYS = List.of(PickTask.QUEUE, PickTask.PAYLOADS, PickTask.BUSY);

	private static final List<String> LUA_ARGS = List.of(PickTask.WORKER);

	private final PlainQueue plain = new PlainQueue();

	/**
	 * Connects what the variant needs.
	 */
	@Setup(Level.Trial)
	public void open() {
		if (this.variant.startsWith("memory") || this.variant.equals("plain-java")) {
			this.client = Redipy.memory();
		}
		else {
			this.factory = BenchRedis.connectionFactory();
			this.client = Redipy.redis(this.factory);
			this.client.flushall();
		}
		this.script = client().register(PickTask.SCRIPT);
		if (this.variant.startsWith("memory-lua")) {
			this.sha = client().scriptLoad(PickTask.LUA);
		}
		if (this.variant.startsWith("lettuce")) {
			this.lettuceClient = BenchRedis.lettuce();
			this.connection = this.lettuceClient.connect();
			this.lettuce = this.connection.sync();
			this.sha = this.lettuce.scriptLoad(PickTask.LUA);
		}
	}

	/**
	 * Queues the iteration's tasks.
	 */
	@Setup(Level.Iteration)
	public void fill() {
		if (this.variant.equals("plain-java")) {
			this.plain.load(this.tasks);
		}
		else {
			PickTask.load(client(), this.tasks);
		}
	}

	/**
	 * Checks that every queued task was picked, then closes what {@link #open()} opened.
	 */
	@TearDown(Level.Iteration)
	public void check() {
		long left = this.variant.equals("plain-java") ? this.plain.queue.size() : client().zcard(PickTask.QUEUE);
		if (left != 0) {
			throw new IllegalStateException(left + " tasks were not picked: the batch size must equal tasks");
		}
	}

	/**
	 * Closes the connections.
	 */
	@TearDown(Level.Trial)
	public void close() {
		if (this.connection != null) {
			this.connection.close();
		}
		if (this.lettuceClient != null) {
			this.lettuceClient.shutdown();
		}
		client().close();
		if (this.factory != null) {
			this.factory.destroy();
		}
	}

	private RedipyClient client() {
		RedipyClient opened = this.client;
		if (opened == null) {
			throw new IllegalStateException("Not set up");
		}
		return opened;
	}

	/**
	 * Picks one task.
	 * @return [task, payload]
	 */
	@Benchmark
	public List<?> pick() {
		switch (this.variant) {
			case "memory-script", "redis-script" -> {
				List<String> picked = this.script.call(PickTask.KEYS, PickTask.ARGS);
				return (picked != null) ? picked : List.of();
			}
			case "memory-script-new-maps" -> {
				// maps made for the call, as when keys or arguments vary: nothing to
				// reuse
				List<String> picked = this.script.call(
						Map.of("queue", PickTask.QUEUE, "payloads", PickTask.PAYLOADS, "busy", PickTask.BUSY),
						Map.of("worker", PickTask.WORKER));
				return (picked != null) ? picked : List.of();
			}
			case "memory-java" -> {
				RedipyClient memory = client();
				ScoredMember top = memory.zpopmax(PickTask.QUEUE);
				if (top == null) {
					return List.of();
				}
				String payload = memory.hget(PickTask.PAYLOADS, top.member());
				memory.hset(PickTask.BUSY, top.member(), PickTask.WORKER);
				return List.of(top.member(), (payload != null) ? payload : "");
			}
			case "plain-java" -> {
				return this.plain.pick(PickTask.WORKER);
			}
			case "memory-lua-evalsha" -> {
				return client().evalsha(this.sha, LUA_KEYS, LUA_ARGS).asList();
			}
			case "memory-lua-eval" -> {
				return client().eval(PickTask.LUA, LUA_KEYS, LUA_ARGS).asList();
			}
			case "lettuce-evalsha" -> {
				List<Object> picked = this.lettuce.evalsha(this.sha, ScriptOutputType.MULTI,
						new String[] { PickTask.QUEUE, PickTask.PAYLOADS, PickTask.BUSY }, PickTask.WORKER);
				return picked;
			}
			case "lettuce-calls" -> {
				RedisCommands<String, String> redis = this.lettuce;
				ScoredValue<String> top = redis.zpopmax(PickTask.QUEUE);
				if (!top.hasValue()) {
					return List.of();
				}
				String payload = redis.hget(PickTask.PAYLOADS, top.getValue());
				redis.hset(PickTask.BUSY, top.getValue(), PickTask.WORKER);
				return List.of(top.getValue(), (payload != null) ? payload : "");
			}
			default -> throw new IllegalArgumentException(this.variant);
		}
	}

	/** The pick in plain Java: a sorted map and two hash maps under one lock. */
	static final class PlainQueue {

		private final ReentrantLock lock = new ReentrantLock();

		final TreeMap<Double, String> queue = new TreeMap<>();

		private final Map<String, String> payloads = new HashMap<>();

		private final Map<String, String> busy = new HashMap<>();

		void load(int count) {
			this.queue.clear();
			this.payloads.clear();
			this.busy.clear();
			for (int i = 0; i < count; i++) {
				this.queue.put((double) i, PickTask.task(i));
				this.payloads.put(PickTask.task(i), PickTask.payload(i));
			}
		}

		List<String> pick(String worker) {
			this.lock.lock();
			try {
				Map.Entry<Double, String> top = this.queue.pollLastEntry();
				if (top == null) {
					return List.of();
				}
				String task = top.getValue();
				this.busy.put(task, worker);
				List<String> picked = new ArrayList<>(2);
				picked.add(task);
				picked.add(this.payloads.getOrDefault(task, ""));
				return picked;
			}
			finally {
				this.lock.unlock();
			}
		}

	}

}
