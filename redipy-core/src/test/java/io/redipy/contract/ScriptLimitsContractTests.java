package io.redipy.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.redipy.script.Block;
import io.redipy.script.BoolExpr;
import io.redipy.script.IntExpr;
import io.redipy.script.Kind;
import io.redipy.script.ListExpr;
import io.redipy.script.Script;
import io.redipy.script.StringExpr;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;

import static io.redipy.script.Dsl.list;
import static io.redipy.script.Dsl.listOf;
import static io.redipy.script.Dsl.lit;
import static io.redipy.script.Dsl.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scripts at the edges of what Lua 5.1 (the Lua inside Redis) can compile: nullable
 * booleans, deep nesting, many locals read at once, long chains. Every script that
 * {@code Script.define} accepts runs, with the same result on both backends; the ones it
 * cannot accept are rejected when they are defined (see {@code ScriptBuildTests}).
 */
public abstract class ScriptLimitsContractTests extends ContractTestSupport {

	@Test
	void nullableBooleanArgument_falseStaysFalse() {
		Script<List<String>> script = Script.define("nb", Kind.listOf(Kind.STRING), (s) -> {
			BoolExpr b = s.arg("b", Kind.BOOLEAN.orNull());
			s.returns(listOf(Kind.STRING, b.isNull().toJson(), b.toJson(), b.orElse(lit(true)).toJson()));
		});
		Map<String, Object> args = new HashMap<>();
		args.put("b", false);
		assertThat(run(script, Map.of(), args)).containsExactly("false", "false", "false");
		args.put("b", true);
		assertThat(run(script, Map.of(), args)).containsExactly("false", "true", "true");
		args.put("b", null);
		assertThat(run(script, Map.of(), args)).containsExactly("true", "null", "true");
	}

	@Test
	void nullableBooleanArgument_isNullOfFalseIsFalse() {
		Script<Boolean> script = Script.define("nb", Kind.BOOLEAN,
				(b) -> b.returns(b.arg("b", Kind.BOOLEAN.orNull()).isNull()));
		assertThat(run(script, Map.of(), Map.of("b", false))).isFalse();
	}

	@Test
	void orElseOfABoolean_keepsFalseAndIsLazy() {
		Script<List<String>> script = Script.define("nb_lazy", Kind.listOf(Kind.STRING), (s) -> {
			StringExpr queue = s.key("queue");
			BoolExpr b = s.arg("b", Kind.BOOLEAN.orNull());
			// the default pops only when the argument is null
			BoolExpr value = s.let("value", b.orElse(list(queue).lpop().isNotNull()));
			s.returns(listOf(Kind.STRING, value.toJson(), list(queue).llen().asString()));
		});
		this.client.rpush("q", "a", "b");
		Map<String, Object> args = new HashMap<>();
		args.put("b", false);
		assertThat(run(script, Map.of("queue", "q"), args)).containsExactly("false", "2");
		args.put("b", null);
		assertThat(run(script, Map.of("queue", "q"), args)).containsExactly("true", "1");
	}

	@Test
	void orElseAndListIndex_mayReadManyLocals() {
		Script<List<Long>> script = Script.define("wide", Kind.listOf(Kind.INTEGER), (s) -> {
			BoolExpr flag = s.arg("flag", Kind.BOOLEAN.orNull());
			List<IntExpr> locals = new ArrayList<>();
			for (int i = 0; i < 70; i++) {
				locals.add(s.let("v" + i, lit(i)));
			}
			ListExpr<IntExpr> items = s.let("items", listOf(Kind.INTEGER, lit(10), lit(20), lit(30)));
			// balanced trees: shallow enough to be compiled inline, wide enough to read
			// every local
			List<IntExpr> sums = locals;
			List<BoolExpr> tests = locals.stream().map((local) -> local.gt(1000)).toList();
			while (sums.size() > 1) {
				List<IntExpr> nextSums = new ArrayList<>();
				List<BoolExpr> nextTests = new ArrayList<>();
				for (int i = 0; i < sums.size(); i += 2) {
					boolean pair = i + 1 < sums.size();
					nextSums.add(pair ? sums.get(i).plus(sums.get(i + 1)) : sums.get(i));
					nextTests.add(pair ? tests.get(i).or(tests.get(i + 1)) : tests.get(i));
				}
				sums = nextSums;
				tests = nextTests;
			}
			IntExpr index = sums.get(0);
			BoolExpr fallback = tests.get(0);
			// sum of 0..69 = 2415; 2415 mod 3 = 0
			IntExpr position = index.mod(lit(3));
			BoolExpr chosen = flag.orElse(fallback);
			s.returns(listOf(Kind.INTEGER, items.get(position), chosen.toJson().length()));
		});
		Map<String, Object> args = new HashMap<>();
		args.put("flag", null);
		assertThat(run(script, Map.of(), args)).containsExactly(10L, 5L);
		args.put("flag", true);
		assertThat(run(script, Map.of(), args)).containsExactly(10L, 4L);
	}

	/**
	 * Builds blocks nested {@code depth} deep, with the innermost built by {@code inner}.
	 */
	private static void nestIfs(Block block, int depth, BoolExpr condition, Consumer<Block> inner) {
		if (depth == 0) {
			inner.accept(block);
		}
		else {
			block.ifThen(condition, (then) -> nestIfs(then, depth - 1, condition, inner));
		}
	}

	@Test
	void ifThen_nestedAsDeepAsDefineAllows_withDeepExpressionsInside() {
		Script<Long> script = Script.define("deep_if", Kind.INTEGER, (s) -> {
			StringExpr queue = s.key("queue");
			StringExpr start = s.key("start");
			IntExpr n = s.arg("n", Kind.INTEGER);
			BoolExpr flag = s.arg("flag", Kind.BOOLEAN.orNull());
			nestIfs(s, 99, n.gt(0), (inner) -> {
				// the costliest inline shapes: negation, boolean orElse, commands in
				// commands
				IntExpr value = n;
				BoolExpr test = flag.orElse(lit(false));
				for (int i = 0; i < 28; i++) {
					value = value.negate();
					test = flag.orElse(test);
				}
				StringExpr text = list(queue).lindex(list(queue).llen().minus(lit(1))).orElse("");
				for (int i = 0; i < 10; i++) {
					text = list(queue).lindex(text.length().minus(lit(1))).orElse("");
				}
				// few operations, many brackets each: a key read from a key read from ...
				StringExpr chained = start;
				for (int i = 0; i < 14; i++) {
					chained = string(chained).get().orElse("");
				}
				inner.exec(string(lit("chain")).set(chained));
				BoolExpr chosen = test;
				IntExpr result = value.plus(text.length());
				inner.ifThen(chosen, (then) -> then.returns(result), (otherwise) -> otherwise.returns(lit(-1)));
			});
			s.returns(lit(0));
		});
		this.client.rpush("q", "x");
		this.client.set("s1", "s2");
		this.client.set("s2", "end");
		Map<String, String> keys = Map.of("queue", "q", "start", "s1");
		Map<String, Object> args = new HashMap<>();
		args.put("n", 5L);
		args.put("flag", null);
		assertThat(run(script, keys, args)).isEqualTo(-1L);
		args.put("flag", true);
		assertThat(run(script, keys, args)).isEqualTo(6L);
		// s1 holds the name s2, which holds "end", which is missing
		assertThat(this.client.get("chain")).isEmpty();
		args.put("n", 0L);
		assertThat(run(script, keys, args)).isZero();
	}

	private static void nestWhiles(Block block, int depth, IntExpr counter) {
		if (depth == 0) {
			block.assign(counter, counter.plus(lit(1)));
			return;
		}
		BoolExpr go = block.let("go" + depth, lit(true));
		block.whileLoop(go, (body) -> {
			body.assign(go, lit(false));
			nestWhiles(body, depth - 1, counter);
		});
	}

	@Test
	void whileLoop_nestedAsDeepAsDefineAllows() {
		Script<Long> script = Script.define("deep_while", Kind.INTEGER, (s) -> {
			IntExpr counter = s.let("counter", lit(0));
			nestWhiles(s, 100, counter);
			s.returns(counter);
		});
		assertThat(run(script, Map.of(), Map.of())).isEqualTo(1L);
	}

	private static void nestForEach(Block block, int depth, ListExpr<StringExpr> items, IntExpr counter) {
		if (depth == 0) {
			block.assign(counter, counter.plus(lit(1)));
			return;
		}
		block.forEach(items, (body, index, item) -> {
			body.assign(counter, counter.plus(index));
			nestForEach(body, depth - 1, items, counter);
		});
	}

	@Test
	void forEach_nestedManyTimes_needsNoLuaLocalPerLevel() {
		for (int depth : new int[] { 30, 100 }) {
			Script<Long> script = Script.define("deep_for_" + depth, Kind.INTEGER, (s) -> {
				ListExpr<StringExpr> items = s.arg("items", Kind.listOf(Kind.STRING));
				IntExpr counter = s.let("counter", lit(0));
				nestForEach(s, depth, items, counter);
				s.returns(counter);
			});
			assertThat(run(script, Map.of(), Map.of("items", List.of("a")))).as("depth " + depth).isEqualTo(1L);
			// two elements: 2^depth innermost rounds are too many; a list of one runs
			// each level once, and the empty list none
			assertThat(run(script, Map.of(), Map.of("items", List.of()))).as("depth " + depth).isZero();
		}
	}

	@Test
	void longAndOrOrElseChains_stayLazyAndCompile() {
		Script<List<String>> script = Script.define("chains", Kind.listOf(Kind.STRING), (s) -> {
			StringExpr queue = s.key("queue");
			IntExpr n = s.arg("n", Kind.INTEGER);
			StringExpr missing = s.arg("missing", Kind.STRING.orNull());
			// right-nested, as a chain built from its end
			BoolExpr and = list(queue).lpop().isNotNull();
			BoolExpr or = list(queue).lpop().isNotNull();
			StringExpr orElse = list(queue).lpop().orElse("none");
			BoolExpr mixed = list(queue).lpop().isNotNull();
			for (int i = 0; i < 300; i++) {
				and = n.gt(i).and(and);
				or = n.lt(i).or(or);
				orElse = missing.orElse(orElse);
				mixed = (i % 2 == 0) ? n.gt(i).and(mixed) : n.lt(i).or(mixed);
			}
			BoolExpr a = s.let("and", and);
			BoolExpr o = s.let("or", or);
			StringExpr e = s.let("orElse", orElse);
			BoolExpr m = s.let("mixed", mixed);
			s.returns(listOf(Kind.STRING, a.toJson(), o.toJson(), e, m.toJson(), list(queue).llen().asString()));
		});
		this.client.rpush("q", "1", "2", "3", "4", "5", "6");
		Map<String, Object> args = new HashMap<>();
		args.put("n", 1000L);
		args.put("missing", null);
		// every test holds: each chain reaches its end and pops once (the mixed one
		// through its "and" links, as n < i fails)
		assertThat(run(script, Map.of("queue", "q"), args)).containsExactly("true", "true", "3", "true", "2");
		args.put("n", 0L);
		args.put("missing", "given");
		// the outermost test decides each chain: no pops
		assertThat(run(script, Map.of("queue", "q"), args)).containsExactly("false", "true", "given", "true", "2");
	}

	@Test
	void deepExpressions_upToTheLimit_runOnBothBackends() {
		Script<List<String>> script = Script.define("deep_expr", Kind.listOf(Kind.STRING), (s) -> {
			IntExpr n = s.arg("n", Kind.INTEGER);
			IntExpr sum = n;
			StringExpr text = lit("");
			for (int i = 1; i < 490; i++) {
				sum = n.plus(sum);
				text = text.concat(lit("x"));
			}
			s.returns(listOf(Kind.STRING, sum.asString(), text.length().asString()));
		});
		assertThat(run(script, Map.of(), Map.of("n", 3L))).containsExactly("1470", "489");
	}

}
