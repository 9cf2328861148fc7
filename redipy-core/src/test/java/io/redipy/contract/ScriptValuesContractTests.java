package io.redipy.contract;

import java.util.List;
import java.util.Map;

import io.redipy.script.DoubleExpr;
import io.redipy.script.IntExpr;
import io.redipy.script.Kind;
import io.redipy.script.MapExpr;
import io.redipy.script.Script;
import io.redipy.script.StringExpr;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;

import static io.redipy.script.Dsl.emptyMap;
import static io.redipy.script.Dsl.listOf;
import static io.redipy.script.Dsl.lit;
import static io.redipy.script.Dsl.string;
import static io.redipy.script.Dsl.zset;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of script values at their edges, run against every backend: infinite
 * doubles, the sign of zero, stored bytes that are not valid UTF-8 and lone surrogates in
 * literals and arguments. Redis is the oracle.
 */
public abstract class ScriptValuesContractTests extends ContractTestSupport {

	private <R> R run(Script<R> script, Map<String, String> keys, Map<String, ?> args) {
		return this.client.register(script).call(keys, args);
	}

	private <R> R run(Script<R> script) {
		return run(script, Map.of(), Map.of());
	}

	@Test
	void infiniteScore_asStringIsInf() {
		this.client.zadd("z", Double.POSITIVE_INFINITY, "up");
		this.client.zadd("z", Double.NEGATIVE_INFINITY, "down");
		Script<List<String>> script = Script.define("inf_score", Kind.listOf(Kind.STRING), (s) -> {
			StringExpr z = s.key("z");
			s.returns(listOf(Kind.STRING, zset(z).zscore(lit("up")).nonNull().asString(),
					zset(z).zscore(lit("down")).nonNull().asString()));
		});
		assertThat(run(script, Map.of("z", "z"), Map.of())).containsExactly("inf", "-inf");
	}

	@Test
	void infiniteJsonNumber_asStringIsInf() {
		Script<List<String>> script = Script.define("inf_json", Kind.listOf(Kind.STRING),
				(s) -> s.returns(listOf(Kind.STRING, lit("1e999").parseJson(Kind.DOUBLE).asString(),
						lit("-1e999").parseJson(Kind.DOUBLE).asString())));
		assertThat(run(script)).containsExactly("inf", "-inf");
	}

	@Test
	void incrbyfloatBeyondTheDoubles_asStringIsInf() {
		this.client.set("f", "1e400");
		Script<String> script = Script.define("inf_incr", Kind.STRING,
				(s) -> s.returns(string(s.key("f")).incrbyfloat(lit(1.0)).asString()));
		assertThat(run(script, Map.of("f", "f"), Map.of())).isEqualTo("inf");
	}

	@Test
	void integerZero_hasNoSign() {
		// Lua's numbers are doubles, so an integer can be -0 there; integers have no sign
		// of zero, on both backends, and a double made of one is +0
		Script<List<String>> script = Script.define("int_zero", Kind.listOf(Kind.STRING), (s) -> {
			IntExpr zero = s.arg("zero", Kind.INTEGER);
			s.returns(listOf(Kind.STRING, lit(0).negate().toDouble().toJson(), zero.negate().toDouble().toJson(),
					lit(0).times(lit(-1)).toDouble().toJson(), lit(-0.5).truncate().toDouble().toJson(),
					lit("-0").parseInteger().nonNull().toDouble().toJson(),
					lit("-0").parseJson(Kind.INTEGER).toDouble().toJson(),
					lit(0).negate().toDouble().div(lit(1.0)).toJson()));
		});
		assertThat(run(script, Map.of(), Map.of("zero", 0L))).containsOnly("0");
	}

	@Test
	void negativeDoubleZero_keepsItsSign() {
		Script<List<String>> script = Script.define("double_zero", Kind.listOf(Kind.STRING), (s) -> {
			DoubleExpr zero = s.arg("zero", Kind.DOUBLE);
			s.returns(listOf(Kind.STRING, lit(-0.0).toJson(), zero.toJson(), lit(0.0).negate().toJson(),
					lit(-0.0).asString(), lit(-0.0).times(lit(2.0)).toJson(), lit(0.0).toJson()));
		});
		assertThat(run(script, Map.of(), Map.of("zero", -0.0))).containsExactly("-0", "-0", "-0", "0", "-0", "0");
	}

	@Test
	void negativeDoubleZero_roundTripsAsAnArgument() {
		Script<List<Double>> script = Script.define("echo_zero", Kind.listOf(Kind.DOUBLE),
				(s) -> s.returns(s.arg("list", Kind.listOf(Kind.DOUBLE))));
		List<Double> result = run(script, Map.of(), Map.of("list", List.of(-0.0, 0.0)));
		assertThat(result).containsExactly(-0.0, 0.0);
		Script<Double> single = Script.define("echo_zero1", Kind.DOUBLE, (s) -> s.returns(s.arg("d", Kind.DOUBLE)));
		assertThat(run(single, Map.of(), Map.of("d", -0.0))).isEqualTo(-0.0);
	}

	@Test
	void negativeZeroScore_readsBackAsRedisStoresIt() {
		this.client.zadd("c", -0.0, "m");
		Script<List<String>> script = Script.define("zero_score", Kind.listOf(Kind.STRING), (s) -> {
			StringExpr z = s.key("z");
			s.exec(zset(z).zadd(lit(-0.0), lit("m")));
			s.exec(zset(z).zadd(lit(0).negate().toDouble(), lit("n")));
			s.returns(listOf(Kind.STRING, zset(z).zscore(lit("m")).nonNull().toJson(),
					zset(z).zscore(lit("n")).nonNull().toJson(), zset(s.key("c")).zscore(lit("m")).nonNull().toJson()));
		});
		// a small sorted set (listpack) keeps scores as text where -0 becomes 0
		assertThat(run(script, Map.of("z", "z", "c", "c"), Map.of())).containsExactly("0", "0", "0");
		assertThat(this.client.zscore("z", "m")).isEqualTo(0.0);
		assertThat(this.client.zscore("c", "m")).isEqualTo(0.0);
	}

	@Test
	void loneSurrogateInALiteral_becomesAQuestionMark() {
		Script<List<String>> script = Script.define("lone_lit", Kind.listOf(Kind.STRING), (s) -> {
			MapExpr<IntExpr> map = s.let("m", emptyMap(Kind.INTEGER));
			s.put(map, lit("\uD800"), lit(1));
			s.put(map, lit("?"), lit(2));
			s.returns(listOf(Kind.STRING, lit("a\uD800b"), lit("\uD800").eq(lit("?")).toJson(), map.size().asString(),
					lit("x\uDC80").length().asString(), lit("\uDFFF\uD800").concat(s.arg("a", Kind.STRING))));
		});
		assertThat(run(script, Map.of(), Map.of("a", "\uDCFF"))).containsExactly("a?b", "true", "1", "2", "???");
	}

}
