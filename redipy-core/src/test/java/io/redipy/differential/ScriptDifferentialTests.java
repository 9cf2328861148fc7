package io.redipy.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import io.redipy.MemoryOptions;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.RedisOptions;
import io.redipy.ScriptException;
import io.redipy.api.KeyType;
import io.redipy.api.ZRange;
import io.redipy.memory.MemoryStore;
import io.redipy.script.RegisteredScript;
import io.redipy.script.Script;
import io.redipy.test.RedisExtension;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs random well-typed scripts on the memory backend and on a real Redis and compares
 * their results, their errors and the data they leave. Seeded:
 * {@code -Dredipy.script-differential.seed=S} replays a run,
 * {@code -Dredipy.script-differential.scripts=N} sets its size. On a divergence it prints
 * the seed and the script's generated Lua. A subclass may add a third backend
 * ({@link #third()}): redipy-server's runs the generated Lua on the memory store's own
 * Lua engine, through its RESP endpoint.
 */
class ScriptDifferentialTests {

	static LettuceConnectionFactory factory;

	static RedipyClient redis;

	static RedipyClient memory;

	@BeforeAll
	static void connect() {
		factory = RedisExtension.server().connectionFactory();
		redis = Redipy.redis(factory, RedisOptions.defaults().withKeyPrefix("sd:"));
		memory = Redipy.memory(MemoryOptions.defaults().withStore(new MemoryStore()).withKeyPrefix("sd:"));
	}

	@AfterAll
	static void disconnect() {
		if (factory != null) {
			factory.destroy();
		}
	}

	private record Outcome(@Nullable Object value, @Nullable String error) {

		static Outcome of(RegisteredScript<List<String>> script, Map<String, String> keys, Map<String, Object> args) {
			try {
				return new Outcome(script.call(keys, args), null);
			}
			catch (ScriptException ex) {
				String cause = (ex.getCause() != null) ? ex.getCause().getClass().getSimpleName() + " " : "";
				return new Outcome(null, cause + ex.reason());
			}
			catch (RuntimeException ex) {
				return new Outcome(null, ex.getClass().getSimpleName() + " " + ex.getMessage());
			}
		}

	}

	/**
	 * A third backend to compare, or null: it must give the same results, errors and
	 * data.
	 * @return the client (key prefix {@code sd:})
	 */
	protected @Nullable RedipyClient third() {
		return null;
	}

	@Test
	void memoryAgreesWithRedisOnRandomScripts() {
		RedipyClient third = third();
		long seed = Long.getLong("redipy.script-differential.seed", new SplittableRandom().nextLong());
		int scripts = Integer.getInteger("redipy.script-differential.scripts", defaultScripts());
		SplittableRandom seeds = new SplittableRandom(seed);
		List<String> divergences = new ArrayList<>();
		System.out.println("script-differential: starting, seed=" + seed);
		for (int i = 0; i < scripts; i++) {
			SplittableRandom random = new SplittableRandom(seeds.nextLong());
			if (Boolean.getBoolean("redipy.script-differential.trace")) {
				System.out.println("script-differential: script " + i);
			}
			Script<List<String>> script = new ScriptGenerator(random).script("random_" + i);
			Integer only = Integer.getInteger("redipy.script-differential.only");
			if (only != null) {
				if (only != i) {
					continue;
				}
				System.out.println(redis.register(script).luaText());
			}
			memory.flushall();
			redis.flushall();
			if (third != null) {
				third.flushall();
			}
			prepare(random.nextLong(), third);
			Map<String, String> keys = Map.of("k0", "a", "k1", "b");
			Map<String, Object> args = new java.util.HashMap<>(Map.of("n", (long) random.nextInt(9) - 4, "t", "x", "l",
					List.of(1L, (long) random.nextInt(5), -2L)));
			// a nullable boolean: null, true or false
			args.put("b", ScriptGenerator.flagValue(random));
			RegisteredScript<List<String>> onMemory = memory.register(script);
			RegisteredScript<List<String>> onRedis = redis.register(script);
			Outcome m = Outcome.of(onMemory, keys, args);
			Outcome r = Outcome.of(onRedis, keys, args);
			String problem = null;
			if (!Objects.equals(m, r)) {
				problem = "memory=" + m + " redis=" + r;
			}
			else if (!state(memory).equals(state(redis))) {
				problem = "final data differ: memory=" + state(memory) + " redis=" + state(redis);
			}
			else if (third != null) {
				Outcome t = Outcome.of(third.register(script), keys, args);
				if (!Objects.equals(t, r)) {
					problem = "third=" + t + " redis=" + r;
				}
				else if (!state(third).equals(state(redis))) {
					problem = "final data differ: third=" + state(third) + " redis=" + state(redis);
				}
			}
			if (problem != null) {
				String lua = onRedis.luaText();
				String report = "script divergence in script " + i + " (seed " + seed + "): "
						+ DifferentialTests.printable(problem);
				if (divergences.size() < 5) {
					// the body only: the prelude is the same for every script
					report += "\n  generated Lua (after the prelude):\n" + lua.substring(lua.indexOf("local P = "));
				}
				divergences.add(report);
				System.out.println(report);
			}
		}
		System.out.println(
				"script-differential: scripts=" + scripts + " divergences=" + divergences.size() + " seed=" + seed);
		assertThat(divergences).as("script divergences (seed " + seed + ")").isEmpty();
	}

	/**
	 * How many scripts a run generates without
	 * {@code redipy.script-differential.scripts}.
	 * @return the count
	 */
	protected int defaultScripts() {
		return 200;
	}

	/**
	 * The same starting data on both backends, so that commands meet values of every
	 * type.
	 */
	private static void prepare(long seed, @Nullable RedipyClient third) {
		List<RedipyClient> clients = new ArrayList<>(List.of(memory, redis));
		if (third != null) {
			clients.add(third);
		}
		for (RedipyClient client : clients) {
			SplittableRandom r = new SplittableRandom(seed);
			String[] names = { "a", "b", "c0", "c1", "x" };
			for (String name : names) {
				switch (r.nextInt(8)) {
					case 0 -> client.set(name, Integer.toString(r.nextInt(10)));
					case 1 -> client.rpush(name, "x", "1");
					case 2 -> client.hset(name, "a", "2");
					case 3 -> client.sadd(name, "a", "x");
					case 4 -> client.zadd(name, 1.5, "a");
					case 5 -> {
						// bytes that are not UTF-8: C3 'x' C3 A9
						client.set(name, "\u00e9\u00e9");
						client.setrange(name, 1, "x");
					}
					case 6 -> {
						client.zadd(name, Double.POSITIVE_INFINITY, "a");
						client.zadd(name, -0.0, "z");
					}
					default -> {
					}
				}
			}
		}
	}

	private static Map<String, String> state(RedipyClient client) {
		Map<String, String> state = new TreeMap<>();
		for (String key : client.keys("*")) {
			KeyType type = client.type(key);
			Object contents = switch (type) {
				// the length shows bytes that get's UTF-8 text hides
				case STRING -> client.get(key) + " (" + client.strlen(key) + " bytes)";
				case LIST -> client.lrange(key, 0, -1);
				case HASH -> new TreeMap<>(client.hgetall(key));
				case SET -> new TreeSet<>(client.smembers(key));
				case ZSET -> client.zrangeWithScores(key, ZRange.byRank(0, -1));
				default -> type;
			};
			state.put(key, type + " " + contents);
		}
		return state;
	}

}
