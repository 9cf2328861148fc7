package io.redipy.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.redipy.RedipyClient;
import io.redipy.api.ScoredMember;
import io.redipy.api.ZRange;
import io.redipy.script.ir.ScriptCommand;
import io.redipy.script.ir.Type;
import io.redipy.script.ir.Values;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that every command a script runs straight on the memory store gives what its
 * invoker gives through the client API: the same result or error, and the same data after
 * it, on every kind of key, with a key prefix.
 */
class DirectCommandsTests {

	private static final List<String> KEYS = List.of("missing", "number", "text", "hash", "list", "set", "zset");

	private static final List<String> TEXTS = List.of("f", "a", "x");

	private static final List<Long> INTEGERS = List.of(1L, 2L, -1L, 0L);

	@Test
	void everyDirectCommand_givesWhatItsInvokerGives() {
		int runs = 0;
		for (ScriptCommand command : DirectCommands.DIRECT) {
			for (Object[] args : arguments(command.parameters())) {
				Outcome invoked = run(command, args, Way.INVOKER);
				// both ways into the runner: in an array, and one by one (no array)
				for (Way way : List.of(Way.ARRAY, Way.ONE_BY_ONE)) {
					Outcome direct = run(command, args, way);
					String call = command + " " + java.util.Arrays.toString(args) + " " + way;
					assertThat(direct.error).as(call).isEqualTo(invoked.error);
					assertThat(Values.equal(direct.result, invoked.result))
						.as(call + ": " + direct.result + " vs " + invoked.result)
						.isTrue();
					assertThat(direct.data).as(call).isEqualTo(invoked.data);
				}
				runs++;
			}
		}
		assertThat(runs).isGreaterThan(DirectCommands.DIRECT.size() * KEYS.size());
	}

	private record Outcome(@Nullable Object result, @Nullable String error, Map<String, String> data) {
	}

	@Test
	void oneByOne_prefixesKeysAndNotesTextThatIsNotUtf8() {
		MemoryStore store = new MemoryStore(() -> Instant.ofEpochMilli(1_000_000));
		RedipyClient client = store.client("p:");
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			keys.add("k" + i);
		}
		store.execute((db) -> {
			DirectCommands runner = new DirectCommands(((MemoryClient) client).lockedView(db), db);
			for (int round = 0; round < 3; round++) {
				for (String key : keys) {
					runner.run(ScriptCommand.HSET, 3, key, key, "v" + round, null);
					runner.run(ScriptCommand.HSET, 3, key, "f", key, null);
				}
			}
			return null;
		});
		for (String key : keys) {
			assertThat(client.hgetall(key)).as(key).isEqualTo(Map.of(key, "v2", "f", key));
		}
		assertThat(store.client("").keys("*")).allMatch((key) -> key.startsWith("p:")).hasSize(10);
		assertThat(store.holdsRaw()).isFalse();
		// a key or value with a byte that is not UTF-8 is still noted, even after clean
		// ones
		String raw = "r\uDC80";
		store.execute((db) -> new DirectCommands(((MemoryClient) client).lockedView(db), db).run(ScriptCommand.SET, 2,
				"clean", raw, null, null));
		assertThat(store.holdsRaw()).isTrue();
	}

	private enum Way {

		INVOKER, ARRAY, ONE_BY_ONE

	}

	private static Outcome run(ScriptCommand command, Object[] args, Way way) {
		MemoryStore store = new MemoryStore(() -> Instant.ofEpochMilli(1_000_000));
		RedipyClient client = store.client("p:");
		fill(client);
		MemoryClient memory = (MemoryClient) client;
		Object result = null;
		String error = null;
		try {
			result = store.execute((db) -> {
				MemoryClient view = memory.lockedView(db);
				// the reference: the command's invoker on the client API
				return switch (way) {
					case INVOKER -> command.invoker().invoke(view, args.clone(), null);
					case ARRAY -> new DirectCommands(view, db).run(command, args.clone(), null);
					case ONE_BY_ONE ->
						new DirectCommands(view, db).run(command, args.length, (args.length > 0) ? args[0] : null,
								(args.length > 1) ? args[1] : null, (args.length > 2) ? args[2] : null, null);
				};
			});
		}
		catch (RuntimeException ex) {
			error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		return new Outcome(result, error, dump(client));
	}

	private static void fill(RedipyClient client) {
		client.set("number", "5");
		client.set("text", "text");
		client.hset("hash", Map.of("f", "1", "g", "x"));
		client.rpush("list", "a", "b");
		client.sadd("set", "a", "b");
		client.zadd("zset", 1, "a");
		client.zadd("zset", 2, "b");
	}

	private static Map<String, String> dump(RedipyClient client) {
		Map<String, String> data = new TreeMap<>();
		for (String key : KEYS) {
			String value = switch (client.type(key)) {
				case NONE -> null;
				case STRING -> client.get(key);
				case HASH -> new TreeMap<>(client.hgetall(key)).toString();
				case LIST -> client.lrange(key, 0, -1).toString();
				case SET -> new java.util.TreeSet<>(client.smembers(key)).toString();
				case ZSET -> client.zrangeWithScores(key, ZRange.byRank(0, -1)).toString();
				default -> client.type(key).toString();
			};
			if (value != null) {
				data.put(key, value);
			}
		}
		return data;
	}

	/** Every key with every small value the other parameters can take. */
	private static List<Object[]> arguments(List<ScriptCommand.Param> params) {
		List<Object[]> calls = new ArrayList<>();
		calls.add(new Object[0]);
		for (ScriptCommand.Param param : params) {
			List<?> choices = choices(param);
			List<Object[]> longer = new ArrayList<>();
			for (Object[] call : calls) {
				for (Object choice : choices) {
					Object[] next = java.util.Arrays.copyOf(call, call.length + 1);
					next[call.length] = choice;
					longer.add(next);
				}
			}
			calls = longer;
		}
		return calls;
	}

	private static List<?> choices(ScriptCommand.Param param) {
		if (param.role() == ScriptCommand.Role.KEY) {
			return KEYS;
		}
		return switch (param.type().kind()) {
			case STRING -> TEXTS;
			case INTEGER -> INTEGERS;
			case DOUBLE -> List.of(1.5, -2.0);
			case SCORED -> List.of(new ScoredMember("a", 3));
			default -> throw new IllegalStateException("no values for " + param + " of type " + param.type() + " (kind "
					+ Type.Kind.class.getSimpleName() + ")");
		};
	}

}
