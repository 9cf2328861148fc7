package io.redipy.contract;

import java.util.List;
import java.util.Map;

import io.redipy.RedipyClient;
import io.redipy.ScriptException;
import io.redipy.WrongTypeException;
import io.redipy.api.Batch;
import io.redipy.api.Response;
import io.redipy.api.ScoredMember;
import io.redipy.script.BoolExpr;
import io.redipy.script.DoubleExpr;
import io.redipy.script.IntExpr;
import io.redipy.script.Kind;
import io.redipy.script.ListExpr;
import io.redipy.script.MapExpr;
import io.redipy.script.RegisteredScript;
import io.redipy.script.Script;
import io.redipy.script.ScoredExpr;
import io.redipy.script.StringExpr;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;

import static io.redipy.script.Dsl.emptyMap;
import static io.redipy.script.Dsl.hash;
import static io.redipy.script.Dsl.list;
import static io.redipy.script.Dsl.listOf;
import static io.redipy.script.Dsl.lit;
import static io.redipy.script.Dsl.nil;
import static io.redipy.script.Dsl.anyKey;
import static io.redipy.script.Dsl.string;
import static io.redipy.script.Dsl.zset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The contract of scripts, run against every backend: the same script gives the same
 * results, the same errors and the same effects.
 */
public abstract class ScriptContractTests extends ContractTestSupport {

	private <R> R run(Script<R> script, Map<String, String> keys, Map<String, ?> args) {
		return this.client.register(script).call(keys, args);
	}

	@Test
	void arithmetic_integersStayIntegersAndDoublesStayDoubles() {
		Script<List<String>> script = Script.define("arith", Kind.listOf(Kind.STRING), (s) -> {
			IntExpr a = s.arg("a", Kind.INTEGER);
			IntExpr b = s.arg("b", Kind.INTEGER);
			DoubleExpr x = s.arg("x", Kind.DOUBLE);
			s.returns(listOf(Kind.STRING, a.plus(b).asString(), a.minus(b).asString(), a.times(b).asString(),
					a.div(b).asString(), a.mod(b).asString(), a.negate().div(b).asString(),
					a.negate().mod(b).asString(), x.times(lit(3.0)).asString(), x.div(lit(4.0)).asString(),
					a.toDouble().asString(), lit(0.1).plus(lit(0.2)).asString(), lit(1e300).asString(),
					lit(-2.5).truncate().asString()));
		});
		List<String> result = run(script, Map.of(), Map.of("a", 7L, "b", 2L, "x", 0.5));
		assertThat(result).containsExactly("9", "5", "14", "3", "1", "-4", "1", "1.5", "0.125", "7",
				"0.30000000000000004", "1e+300", "-2");
	}

	@Test
	void returns_everyTypeRoundTripsExactly() {
		Script<Map<String, List<Long>>> script = Script.define("types", Kind.mapOf(Kind.listOf(Kind.INTEGER)), (s) -> {
			MapExpr<ListExpr<IntExpr>> map = s.let("m", emptyMap(Kind.listOf(Kind.INTEGER)));
			s.put(map, lit("empty"), listOf(Kind.INTEGER));
			s.put(map, lit("some"), listOf(Kind.INTEGER, lit(1), lit(-9007199254740991L), lit(0)));
			s.returns(map);
		});
		Map<String, List<Long>> result = run(script, Map.of(), Map.of());
		assertThat(result).containsOnlyKeys("empty", "some");
		assertThat(result.get("empty")).isEmpty();
		assertThat(result.get("some")).containsExactly(1L, -9007199254740991L, 0L);
		Script<Map<String, String>> emptyMapScript = Script.define("empty", Kind.mapOf(Kind.STRING),
				(s) -> s.returns(emptyMap(Kind.STRING)));
		assertThat(run(emptyMapScript, Map.of(), Map.of())).isEmpty();
		Script<Double> integralDouble = Script.define("d", Kind.DOUBLE, (s) -> s.returns(lit(3.0)));
		assertThat(run(integralDouble, Map.of(), Map.of())).isEqualTo(3.0).isInstanceOf(Double.class);
		Script<String> nothing = Script.define("nothing", Kind.STRING.orNull(), (s) -> {
		});
		assertThat(run(nothing, Map.of(), Map.of())).isNull();
	}

	@Test
	void args_listsMapsAndScoredMembersRoundTrip() {
		Script<List<Map<String, Double>>> script = Script.define("echo", Kind.listOf(Kind.mapOf(Kind.DOUBLE)),
				(s) -> s.returns(s.arg("v", Kind.listOf(Kind.mapOf(Kind.DOUBLE)))));
		List<Map<String, Double>> value = List.of(Map.of(), Map.of("a", 1.0, "b", -0.5, "c", 1e-7));
		assertThat(run(script, Map.of(), Map.of("v", value))).isEqualTo(value);
		Script<ScoredMember> scored = Script.define("scored", Kind.SCORED, (s) -> s.returns(s.arg("m", Kind.SCORED)));
		assertThat(run(scored, Map.of(), Map.of("m", ScoredMember.of("x", 2.5)))).isEqualTo(ScoredMember.of("x", 2.5));
	}

	@Test
	void hostileStringsStayData() {
		String hostile = "\"]] ' \\ \\n \n \r \0 end) redis.call('FLUSHALL') --[[ ]=] 😀 é \u0001";
		Script<List<String>> script = Script.define("hostile", Kind.listOf(Kind.STRING), (s) -> {
			StringExpr key = s.key("k");
			StringExpr arg = s.arg("a", Kind.STRING);
			s.exec(string(key).set(lit(hostile).concat(arg)));
			MapExpr<StringExpr> map = s.let("m", emptyMap(Kind.STRING));
			s.put(map, lit(hostile), arg);
			s.returns(listOf(Kind.STRING, string(key).get().nonNull(), map.keys().get(0), map.get(hostile).nonNull(),
					key));
		});
		this.client.set("other", "kept");
		List<String> result = run(script, Map.of("k", hostile), Map.of("a", hostile));
		assertThat(result).containsExactly(hostile + hostile, hostile, hostile, hostile);
		assertThat(this.client.get(hostile)).isEqualTo(hostile + hostile);
		assertThat(this.client.get("other")).isEqualTo("kept");
	}

	@Test
	void controlFlow_whileForEachBreakAndEarlyReturn() {
		Script<Long> script = Script.define("flow", Kind.INTEGER, (s) -> {
			ListExpr<IntExpr> numbers = s.arg("numbers", Kind.listOf(Kind.INTEGER));
			IntExpr sum = s.let("sum", lit(0));
			s.forEach(numbers, (body, index, value) -> {
				body.ifThen(value.lt(0), (then) -> then.breakLoop());
				body.assign(sum, sum.plus(value.times(index)));
			});
			IntExpr n = s.let("n", lit(0));
			s.whileLoop(lit(true), (body) -> {
				body.assign(n, n.plus(1));
				body.ifThen(n.ge(lit(5)), (then) -> then.returns(sum.plus(n.times(lit(1000)))));
			});
			s.returns(lit(-1));
		});
		assertThat(run(script, Map.of(), Map.of("numbers", List.of(5L, 6L, 7L, -1L, 100L)))).isEqualTo(5020L);
	}

	@Test
	void readmeFilter_drainsAListIntoSmallAndBig() {
		Script<Long> filter = Script.define("filter", Kind.INTEGER, (s) -> {
			StringExpr input = s.key("input");
			StringExpr small = s.key("small");
			StringExpr big = s.key("big");
			IntExpr cmp = s.arg("cmp", Kind.INTEGER);
			StringExpr item = s.let("item", Kind.STRING.orNull(), list(input).lpop());
			IntExpr moved = s.let("moved", lit(0));
			s.whileLoop(item.isNotNull(), (loop) -> {
				loop.ifThen(item.nonNull().parseInteger().orElse(0).lt(cmp),
						(then) -> then.exec(list(small).rpush(item.nonNull())),
						(orElse) -> orElse.exec(list(big).rpush(item.nonNull())));
				loop.assign(moved, moved.plus(1));
				loop.assign(item, list(input).lpop());
			});
			s.returns(moved);
		});
		this.client.rpush("in", "1", "8", "3", "10", "x");
		assertThat(run(filter, Map.of("input", "in", "small", "s", "big", "b"), Map.of("cmp", 5L))).isEqualTo(5L);
		assertThat(this.client.lrange("s", 0, -1)).containsExactly("1", "3", "x");
		assertThat(this.client.lrange("b", 0, -1)).containsExactly("8", "10");
		assertThat(this.client.exists("in")).isZero();
	}

	static Script<List<String>> pickTask() {
		return Script.define("pick_task", Kind.listOf(Kind.STRING), (s) -> {
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
	}

	static Script<Boolean> taskCheck() {
		return Script.define("task_check", Kind.BOOLEAN, (s) -> {
			StringExpr queue = s.key("queue");
			StringExpr busy = s.key("busy");
			StringExpr task = s.arg("task", Kind.STRING);
			StringExpr heartbeatPrefix = s.arg("heartbeat_prefix", Kind.STRING);
			StringExpr worker = s.let("worker", Kind.STRING.orNull(), hash(busy).hget(task));
			s.ifThen(worker.isNull(), (then) -> then.returns(lit(false)));
			BoolExpr alive = anyKey(heartbeatPrefix.concat(worker.nonNull())).exists();
			s.ifThen(alive, (then) -> then.returns(lit(false)));
			s.exec(zset(queue).zadd(lit(1e9), task));
			s.exec(hash(busy).hdel(task));
			s.returns(lit(true));
		});
	}

	@Test
	void workerQueue_pickTaskAndTaskCheck() {
		RegisteredScript<List<String>> pick = this.client.register(pickTask());
		RegisteredScript<Boolean> check = this.client.register(taskCheck());
		this.client.zadd("queue", 1, "t1");
		this.client.zadd("queue", 5, "t5");
		this.client.hset("payloads", Map.of("t1", "{\"sleep\": 1}", "t5", "{\"sleep\": 5}"));
		Map<String, String> keys = Map.of("queue", "queue", "payloads", "payloads", "busy", "busy");
		assertThat(pick.call(keys, Map.of("worker", "w1"))).containsExactly("t5", "{\"sleep\": 5}");
		assertThat(this.client.hget("busy", "t5")).isEqualTo("w1");
		this.client.set("hb:w1", "alive");
		Map<String, String> checkKeys = Map.of("queue", "queue", "busy", "busy");
		Map<String, Object> args = Map.of("task", "t5", "heartbeat_prefix", "hb:");
		assertThat(check.call(checkKeys, args)).isFalse();
		this.client.del("hb:w1");
		assertThat(check.call(checkKeys, args)).isTrue();
		assertThat(this.client.zscore("queue", "t5")).isEqualTo(1e9);
		assertThat(this.client.hexists("busy", "t5")).isFalse();
		assertThat(pick.call(keys, Map.of("worker", "w2"))).containsExactly("t5", "{\"sleep\": 5}");
		assertThat(pick.call(keys, Map.of("worker", "w2"))).containsExactly("t1", "{\"sleep\": 1}");
		assertThat(pick.call(keys, Map.of("worker", "w2"))).isEmpty();
	}

	@Test
	void computedKeysGetThePrefixToo() {
		Script<String> script = Script.define("computed", Kind.STRING.orNull(), (s) -> {
			StringExpr frame = s.key("frame");
			StringExpr computed = s.let("computed", frame.concat(":").concat(lit(1).asString()));
			s.exec(string(computed).set(lit("inner")));
			s.exec(string(frame).set(computed));
			s.returns(string(computed).get());
		});
		RedipyClient app = backend().client("app:");
		assertThat(app.register(script).call(Map.of("frame", "f"))).isEqualTo("inner");
		assertThat(this.client.get("app:f:1")).isEqualTo("inner");
		assertThat(this.client.get("app:f")).isEqualTo("f:1");
		assertThat(this.client.exists("f", "f:1")).isZero();
	}

	@Test
	void wrongTypeInsideAScriptKeepsEarlierEffects() {
		Script<Long> script = Script.define("partial", Kind.INTEGER, (s) -> {
			StringExpr counter = s.key("counter");
			StringExpr target = s.key("target");
			s.exec(string(counter).incrby(lit(1)));
			s.returns(list(target).llen());
		});
		this.client.set("target", "not a list");
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> run(script, Map.of("counter", "c", "target", "target"), Map.of()))
			.satisfies((ex) -> {
				assertThat(ex.scriptName()).isEqualTo("partial");
				assertThat(ex.reason()).startsWith("WRONGTYPE");
				assertThat(ex.getCause()).isInstanceOf(WrongTypeException.class);
			});
		assertThat(this.client.get("c")).isEqualTo("1");
	}

	@Test
	void runtimeErrorsAreTheSameOnBothBackends() {
		Script<Long> divide = Script.define("divide", Kind.INTEGER,
				(s) -> s.returns(s.arg("a", Kind.INTEGER).div(s.arg("b", Kind.INTEGER))));
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> run(divide, Map.of(), Map.of("a", 1L, "b", 0L)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("division by zero"));
		Script<Long> overflow = Script.define("overflow", Kind.INTEGER, (s) -> {
			IntExpr a = s.arg("a", Kind.INTEGER);
			s.returns(a.times(a));
		});
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> run(overflow, Map.of(), Map.of("a", 1L << 30)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("integer out of range (beyond 2^53 - 1)"));
		Script<Long> index = Script.define("index", Kind.INTEGER,
				(s) -> s.returns(s.arg("l", Kind.listOf(Kind.INTEGER)).get(lit(-3))));
		assertThat(run(index, Map.of(), Map.of("l", List.of(1L, 2L, 3L)))).isEqualTo(1L);
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> run(index, Map.of(), Map.of("l", List.of(1L, 2L))))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("list index out of range"));
		Script<Long> explicit = Script.define("explicit", Kind.INTEGER.orNull(), (s) -> {
			StringExpr key = s.key("k");
			s.exec(string(key).set(lit("before")));
			s.fail(lit("stop: ").concat(s.arg("why", Kind.STRING)));
		});
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> run(explicit, Map.of("k", "k"), Map.of("why", "because\nreasons")))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("stop: because reasons"));
		assertThat(this.client.get("k")).isEqualTo("before");
	}

	@Test
	void stringsCountCharactersAndFindIsPlain() {
		Script<List<Long>> script = Script.define("strings", Kind.listOf(Kind.INTEGER), (s) -> {
			StringExpr text = s.arg("t", Kind.STRING);
			s.returns(listOf(Kind.INTEGER, text.length(), text.find(lit("."), lit(0)), text.find(lit("."), lit(2)),
					text.find(lit("x"), lit(0)), text.substring(lit(1), lit(3)).length(),
					lit("12").parseInteger().orElse(-1), lit("1.5").parseInteger().orElse(-1),
					lit(" 1").parseInteger().orElse(-1)));
		});
		assertThat(run(script, Map.of(), Map.of("t", "é.a😀.b"))).containsExactly(6L, 1L, 4L, -1L, 2L, 12L, -1L, -1L);
	}

	@Test
	void equalityOfListsAndMapsIsDeep() {
		Script<List<Boolean>> script = Script.define("eq", Kind.listOf(Kind.BOOLEAN), (s) -> {
			ListExpr<IntExpr> a = s.let("a", listOf(Kind.INTEGER, lit(1), lit(2)));
			ListExpr<IntExpr> b = s.let("b", listOf(Kind.INTEGER, lit(1), lit(2)));
			ListExpr<IntExpr> c = s.let("c", listOf(Kind.INTEGER, lit(1)));
			s.returns(listOf(Kind.BOOLEAN, a.eq(b), a.eq(c), a.contains(lit(2)), lit(0.0).eq(lit(-0.0)),
					emptyMap(Kind.STRING).eq(emptyMap(Kind.STRING)), nil(Kind.STRING).isNull()));
		});
		assertThat(run(script, Map.of(), Map.of())).containsExactly(true, false, true, true, true, true);
	}

	@Test
	void zpopmaxGivesMembersWithScores() {
		Script<List<ScoredMember>> script = Script.define("pop", Kind.listOf(Kind.SCORED),
				(s) -> s.returns(zset(s.key("z")).zpopmax(lit(2))));
		this.client.zadd("z", 1, "a");
		this.client.zadd("z", 2.5, "b");
		this.client.zadd("z", 3, "c");
		assertThat(run(script, Map.of("z", "z"), Map.of())).containsExactly(ScoredMember.of("c", 3),
				ScoredMember.of("b", 2.5));
		Script<Double> score = Script.define("score", Kind.DOUBLE.orNull(), (s) -> {
			ScoredExpr first = s.let("first", zset(s.key("z")).zpopmin(lit(1)).get(0));
			s.returns(first.score().plus(lit(0.5)));
		});
		assertThat(run(score, Map.of("z", "z"), Map.of())).isEqualTo(1.5);
	}

	@Test
	void json_encodesTheSameTextAndDecodesStrictly() {
		Script<List<String>> script = Script.define("json", Kind.listOf(Kind.STRING), (s) -> {
			MapExpr<ListExpr<DoubleExpr>> map = s.let("m", emptyMap(Kind.listOf(Kind.DOUBLE)));
			s.put(map, lit("b\"\\\n"), listOf(Kind.DOUBLE, lit(0.1), lit(3.0), lit(1e-7)));
			s.put(map, lit("a"), listOf(Kind.DOUBLE));
			StringExpr text = s.let("text", map.toJson());
			MapExpr<ListExpr<DoubleExpr>> back = s.let("back", text.parseJson(Kind.mapOf(Kind.listOf(Kind.DOUBLE))));
			s.returns(
					listOf(Kind.STRING, text, back.toJson(), lit("[1,2]").parseJson(Kind.listOf(Kind.INTEGER)).toJson(),
							lit("\"\\u00e9\\ud83d\\ude00\\u0000\"").parseJson(Kind.STRING), nil(Kind.STRING).toJson()));
		});
		assertThat(run(script, Map.of(), Map.of())).containsExactly(
				"{\"a\":[],\"b\\u0022\\u005c\\u000a\":[0.10000000000000001,3,9.9999999999999995e-08]}",
				"{\"a\":[],\"b\\u0022\\u005c\\u000a\":[0.10000000000000001,3,9.9999999999999995e-08]}", "[1,2]",
				"é😀\0", "null");
		for (String bad : List.of("{}", "[1.5]", "[1,]", "[null]", "[1] x", "\"a\"")) {
			Script<Long> decode = Script.define("decode", Kind.INTEGER,
					(s) -> s.returns(s.arg("text", Kind.STRING).parseJson(Kind.listOf(Kind.INTEGER)).size()));
			assertThatExceptionOfType(ScriptException.class).as(bad)
				.isThrownBy(() -> run(decode, Map.of(), Map.of("text", bad)))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("json does not match the type"));
		}
	}

	/**
	 * The seed's stack of frames: hashes {@code base:frame:n}, computed inside the
	 * scripts.
	 */
	private static StringExpr frame(StringExpr base, IntExpr n) {
		return base.concat(":frame:").concat(n.asString());
	}

	@Test
	void stackWithCascadingLookup() {
		RegisteredScript<Long> push = this.client.register(Script.define("push_frame", Kind.INTEGER,
				(s) -> s.returns(string(s.key("base").concat(":size")).incrby(lit(1)))));
		RegisteredScript<Map<String, String>> pop = this.client
			.register(Script.define("pop_frame", Kind.mapOf(Kind.STRING), (s) -> {
				StringExpr base = s.key("base");
				StringExpr size = s.let("size", base.concat(":size"));
				IntExpr n = s.let("n", string(size).get().orElse("0").parseInteger().orElse(0));
				MapExpr<StringExpr> top = s.let("top", hash(frame(base, n)).hgetall());
				s.exec(anyKey(frame(base, n)).del());
				s.ifThen(n.gt(1), (then) -> then.exec(string(size).incrby(lit(-1))),
						(orElse) -> orElse.exec(anyKey(size).del()));
				s.returns(top);
			}));
		RegisteredScript<Long> set = this.client.register(Script.define("set_value", Kind.INTEGER, (s) -> {
			StringExpr base = s.key("base");
			IntExpr n = s.let("n", string(base.concat(":size")).get().orElse("0").parseInteger().orElse(0));
			s.returns(hash(frame(base, n)).hset(s.arg("field", Kind.STRING), s.arg("value", Kind.STRING)));
		}));
		RegisteredScript<String> get = this.client.register(Script.define("get_value", Kind.STRING.orNull(), (s) -> {
			StringExpr base = s.key("base");
			StringExpr field = s.arg("field", Kind.STRING);
			BoolExpr cascade = s.arg("cascade", Kind.BOOLEAN);
			IntExpr n = s.let("n", string(base.concat(":size")).get().orElse("0").parseInteger().orElse(0));
			s.whileLoop(n.gt(0), (loop) -> {
				StringExpr value = loop.let("value", hash(frame(base, n)).hget(field));
				loop.ifThen(value.isNotNull(), (then) -> then.returns(value));
				loop.ifThen(cascade.not(), (then) -> then.breakLoop());
				loop.assign(n, n.minus(1));
			});
			s.returnNull();
		}));
		Map<String, String> keys = Map.of("base", "stack");
		push.call(keys);
		set.call(keys, Map.of("field", "a", "value", "1"));
		assertThat(push.call(keys)).isEqualTo(2L);
		set.call(keys, Map.of("field", "b", "value", "2"));
		assertThat(get.call(keys, Map.of("field", "a", "cascade", false))).isNull();
		assertThat(get.call(keys, Map.of("field", "a", "cascade", true))).isEqualTo("1");
		assertThat(get.call(keys, Map.of("field", "b", "cascade", false))).isEqualTo("2");
		assertThat(pop.call(keys)).isEqualTo(Map.of("b", "2"));
		assertThat(get.call(keys, Map.of("field", "b", "cascade", true))).isNull();
		assertThat(get.call(keys, Map.of("field", "a", "cascade", false))).isEqualTo("1");
		assertThat(pop.call(keys)).isEqualTo(Map.of("a", "1"));
		assertThat(this.client.keys("stack*")).isEmpty();
	}

	@Test
	void deeplyNestedExpressionsStillCompileOnRedis() {
		Script<Long> script = Script.define("deep", Kind.INTEGER, (s) -> {
			IntExpr n = s.arg("n", Kind.INTEGER);
			IntExpr sum = n;
			for (int i = 0; i < 300; i++) {
				sum = n.plus(sum);
			}
			s.returns(sum);
		});
		assertThat(run(script, Map.of(), Map.of("n", 2L))).isEqualTo(602L);
		Script<Long> lazy = Script.define("deep_lazy", Kind.INTEGER, (s) -> {
			StringExpr queue = s.key("queue");
			IntExpr rounds = s.let("rounds", lit(0));
			BoolExpr condition = rounds.lt(3);
			StringExpr text = lit("x");
			for (int i = 0; i < 100; i++) {
				condition = condition.and(rounds.lt(5)).or(lit(false));
				// the right side pops only when the left side is null: never here
				text = text.concat("").orElse(list(queue).lpop().orElse(""));
			}
			BoolExpr loopWhile = condition;
			StringExpr value = text;
			s.whileLoop(loopWhile, (body) -> {
				body.assign(rounds, rounds.plus(value.length()));
			});
			s.returns(rounds.times(list(queue).llen()));
		});
		this.client.rpush("q", "a", "b");
		assertThat(run(lazy, Map.of("queue", "q"), Map.of())).isEqualTo(6L);
	}

	@Test
	void manyLocalsStillCompileOnRedis() {
		Script<Long> script = Script.define("locals", Kind.INTEGER, (s) -> {
			IntExpr sum = s.let("sum", lit(0));
			for (int i = 0; i < 300; i++) {
				IntExpr local = s.let("v" + i, lit(i));
				s.assign(sum, sum.plus(local));
			}
			s.returns(sum);
		});
		assertThat(run(script, Map.of(), Map.of())).isEqualTo(299L * 300 / 2);
	}

	@Test
	void scriptsCanBeQueuedInABatch() {
		RegisteredScript<List<String>> pick = this.client.register(pickTask());
		this.client.zadd("queue", 1, "t1");
		Batch batch = this.client.batch();
		Response<Long> length = batch.rpush("log", "before");
		Response<List<String>> picked = pick.queue(batch, Map.of("queue", "queue", "payloads", "p", "busy", "b"),
				Map.of("worker", "w"));
		batch.exec();
		assertThat(length.get()).isEqualTo(1);
		assertThat(picked.get()).containsExactly("t1", "");
		assertThat(this.client.hget("b", "t1")).isEqualTo("w");
	}

	@Test
	void callsCheckKeysAndArgumentsBeforeAnythingRuns() {
		RegisteredScript<List<String>> pick = this.client.register(pickTask());
		this.client.zadd("queue", 1, "t1");
		Map<String, String> keys = Map.of("queue", "queue", "payloads", "p", "busy", "b");
		assertThatIllegalArgumentException().isThrownBy(() -> pick.call(keys, Map.of()))
			.withMessageContaining("needs argument 'worker'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> pick.call(Map.of("queue", "queue"), Map.of("worker", "w")))
			.withMessageContaining("needs key 'payloads'");
		assertThatIllegalArgumentException().isThrownBy(() -> pick.call(keys, Map.of("worker", "w", "extra", 1)))
			.withMessageContaining("no argument [extra]");
		assertThatIllegalArgumentException().isThrownBy(() -> pick.call(keys, Map.of("worker", 5L)))
			.withMessageContaining("must be a string");
		assertThat(this.client.zcard("queue")).isEqualTo(1);
	}

}
