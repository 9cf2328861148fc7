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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scripts at the edges of what Lua 5.1 (the Lua inside Redis) can compile: nullable
 * booleans, deep nesting, many locals read at once, long chains. Every script that
 * {@code Script.define} accepts runs, with the same result on both backends; the ones it
 * cannot accept are rejected when they are defined (see {@code ScriptBuildTests}).
 */
public abstract class ScriptLimitsContractTests extends ContractTestSupport {

	private <R> R run(Script<R> script, Map<String, String> keys, Map<String, ?> args) {
		return this.client.register(script).call(keys, args);
	}

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

}
