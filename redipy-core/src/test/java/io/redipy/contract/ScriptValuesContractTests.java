package io.redipy.contract;

import java.util.List;
import java.util.Map;

import io.redipy.ScriptException;
import io.redipy.api.Expiration;
import io.redipy.api.SetOptions;
import io.redipy.script.DoubleExpr;
import io.redipy.script.IntExpr;
import io.redipy.script.Kind;
import io.redipy.script.MapExpr;
import io.redipy.script.Script;
import io.redipy.script.StringExpr;
import io.redipy.script.StringHandle;
import io.redipy.script.HashHandle;
import io.redipy.script.ListHandle;
import io.redipy.script.SetHandle;
import io.redipy.script.ZSetHandle;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;

import static io.redipy.script.Dsl.emptyMap;
import static io.redipy.script.Dsl.hash;
import static io.redipy.script.Dsl.list;
import static io.redipy.script.Dsl.set;
import static io.redipy.script.Dsl.listOf;
import static io.redipy.script.Dsl.lit;
import static io.redipy.script.Dsl.string;
import static io.redipy.script.Dsl.zset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The contract of script values at their edges, run against every backend: infinite
 * doubles, the sign of zero, stored bytes that are not valid UTF-8 and lone surrogates in
 * literals and arguments. Redis is the oracle.
 */
public abstract class ScriptValuesContractTests extends ContractTestSupport {

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
	void productOfConstantsThatUnderflowsToNegativeZero_leavesOtherZerosAlone() {
		// Lua 5.1 folds constant operations and keeps 0 and -0 in one constant slot
		Script<List<String>> script = Script.define("underflow", Kind.listOf(Kind.STRING),
				(s) -> s.returns(listOf(Kind.STRING, lit(1e-300).negate().times(lit(1e-300)).toJson(),
						lit(0).toDouble().toJson(), lit(0.0).toJson(), lit(2.0).times(lit(0).toDouble()).toJson())));
		assertThat(run(script)).containsExactly("-0", "0", "0", "0");
	}

	@Test
	void negatedConstantZero_isNegativeZeroBesideOtherZeros() {
		// found by the script differential test: -(0 + 0) folded to -0 shared the
		// constant slot of the script's other 0, which made it 0 on Redis
		Script<List<String>> script = Script.define("negated_zero", Kind.listOf(Kind.STRING),
				(s) -> s.returns(listOf(Kind.STRING, s.arg("n", Kind.INTEGER).plus(lit(0)).asString(),
						lit(0).toDouble().negate().toJson(), lit(0).toDouble().negate().negate().toJson(),
						lit(0).toDouble().toJson())));
		assertThat(run(script, Map.of(), Map.of("n", 5L))).containsExactly("5", "-0", "0", "0");
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
	void negativeZeroScore_inALargeSortedSet_keepsItsSign() {
		// past 128 members Redis keeps scores as doubles (a skiplist), -0 included
		for (int i = 0; i < 200; i++) {
			this.client.zadd("big", i + 1, "m" + i);
		}
		Script<List<String>> script = Script.define("zero_score_big", Kind.listOf(Kind.STRING), (s) -> {
			StringExpr z = s.key("z");
			s.exec(zset(z).zadd(lit(-0.0), lit("neg")));
			s.returns(listOf(Kind.STRING, zset(z).zscore(lit("neg")).nonNull().toJson()));
		});
		assertThat(run(script, Map.of("z", "big"), Map.of())).containsExactly("-0");
		assertThat(this.client.zscore("big", "neg")).isEqualTo(-0.0);
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

	@Test
	void escapedLoneSurrogateInJson_becomesAQuestionMark() {
		Script<List<String>> script = Script.define("lone_json", Kind.listOf(Kind.STRING),
				(s) -> s.returns(listOf(Kind.STRING, lit("\"\\ud800x\"").parseJson(Kind.STRING),
						lit("\"\\udc80\\ud83d\\ude00\\ud800\"").parseJson(Kind.STRING),
						lit("\"\\ud800\\ud800\\udc00\"").parseJson(Kind.STRING).length().asString())));
		assertThat(run(script)).containsExactly("?x", "?\ud83d\ude00?", "2");
	}

	@Test
	void valueThatIsNotUtf8_isCopiedByteForByte() {
		this.client.set("src", "\u00e9\u00e9\u00e9");
		this.client.setrange("src", 1, "x");
		Script<Long> script = Script.define("copy_raw", Kind.INTEGER, (s) -> {
			StringExpr src = string(s.key("src")).get().orElse("");
			StringExpr dst = s.key("dst");
			s.exec(string(dst).set(src));
			s.exec(string(s.key("json")).set(src.toJson().parseJson(Kind.STRING)));
			s.exec(string(s.key("parts")).set(src.substring(lit(0), lit(2)).concat(src.substring(lit(2), lit(9)))));
			s.returns(string(dst).strlen());
		});
		Map<String, String> keys = Map.of("src", "src", "dst", "dst", "json", "json", "parts", "parts");
		assertThat(run(script, keys, Map.of())).isEqualTo(6L);
		for (String copy : List.of("dst", "json", "parts")) {
			assertThat(this.client.strlen(copy)).as(copy).isEqualTo(6L);
			for (int i = 0; i < 6; i++) {
				assertThat(this.client.getrange(copy, i, i)).as(copy + "[" + i + "]")
					.isEqualTo(this.client.getrange("src", i, i));
			}
		}
	}

	@Test
	void valueThatIsNotUtf8_inAFailureMessage_readsAsAUtf8ClientReadsIt() {
		// found by the script differential test: memory's message held the byte's escape
		this.client.set("src", "\u00e9x");
		this.client.setrange("src", 0, "x");
		Script<Long> script = Script.define("fail_raw", Kind.INTEGER, (s) -> {
			s.fail(lit("stopped: ").concat(string(s.key("src")).get().orElse("")));
			s.returns(lit(0));
		});
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> run(script, Map.of("src", "src"), Map.of()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("stopped: x\uFFFDx"));
	}

	@Test
	void halvesOfACharacterJoined_areThatCharacter() {
		this.client.set("k", "\u00e9");
		Script<List<String>> text = Script.define("rejoin", Kind.listOf(Kind.STRING), (s) -> {
			StringHandle k = string(s.key("k"));
			StringExpr joined = s.let("joined", k.getrange(lit(0), lit(0)).concat(k.getrange(lit(1), lit(1))));
			s.returns(listOf(Kind.STRING, joined, joined.length().asString()));
		});
		assertThat(run(text, Map.of("k", "k"), Map.of())).containsExactly("\u00e9", "1");
		Script<Boolean> equal = Script.define("rejoin_eq", Kind.BOOLEAN, (s) -> {
			StringHandle k = string(s.key("k"));
			StringExpr joined = s.let("joined", k.getrange(lit(0), lit(0)).concat(k.getrange(lit(1), lit(1))));
			s.returns(joined.eq("\u00e9").and(listOf(Kind.STRING, lit("\u00e9")).contains(joined)));
		});
		assertThat(run(equal, Map.of("k", "k"), Map.of())).isTrue();
	}

	@Test
	void valueThatIsNotUtf8_keepsItsBytesThroughTheStringCommands() {
		this.client.set("src", "\u00e9\u00e9\u00e9");
		this.client.setrange("src", 1, "x");
		this.client.set("old", "o");
		Script<List<Long>> script = Script.define("raw_commands", Kind.listOf(Kind.INTEGER), (s) -> {
			StringExpr src = s.key("src");
			StringExpr tmp = s.key("tmp");
			StringExpr old = s.key("old");
			StringExpr dst = s.key("dst");
			StringExpr raw = string(src).getex(Expiration.persist()).orElse("");
			s.exec(string(tmp).set(raw));
			StringExpr moved = s.let("moved", string(tmp).getdel().orElse(""));
			s.exec(string(old).getset(moved));
			s.exec(string(dst).append(string(old).setGet(lit("-"), SetOptions.always()).orElse("")));
			s.exec(string(dst).append(moved));
			s.exec(string(dst).setrange(lit(1), string(src).getrange(lit(2), lit(3))));
			s.returns(listOf(Kind.INTEGER, string(dst).strlen(), string(dst).get().orElse("").length(),
					string(tmp).strlen()));
		});
		// dst: the six bytes twice, then its bytes 1-2 replaced by C3 A9: 7 characters
		// as Lua counts them
		assertThat(run(script, Map.of("src", "src", "tmp", "tmp", "old", "old", "dst", "dst"), Map.of()))
			.containsExactly(12L, 7L, 0L);
		assertThat(this.client.getrange("dst", 0, 2)).isEqualTo(this.client.getrange("src", 0, 0) + "\u00e9");
		for (int i = 3; i < 12; i++) {
			assertThat(this.client.getrange("dst", i, i)).as("dst[" + i + "]")
				.isEqualTo(this.client.getrange("src", i % 6, i % 6));
		}
	}

	@Test
	void valueThatIsNotUtf8_storedInOtherTypes_readsAsTheClientReadsTheString() {
		this.client.set("src", "\u00e9\u00e9\u00e9");
		this.client.setrange("src", 1, "x");
		Script<Long> script = Script.define("raw_elsewhere", Kind.INTEGER, (s) -> {
			StringExpr raw = string(s.key("src")).get().orElse("");
			s.exec(hash(s.key("h")).hset(lit("f"), raw));
			s.exec(list(s.key("l")).rpush(raw));
			s.exec(set(s.key("s")).sadd(raw));
			s.returns(zset(s.key("z")).zadd(lit(1.0), raw));
		});
		assertThat(run(script, Map.of("src", "src", "h", "h", "l", "l", "s", "s", "z", "z"), Map.of())).isEqualTo(1L);
		String text = this.client.get("src");
		assertThat(this.client.hget("h", "f")).isEqualTo(text);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly(text);
		assertThat(this.client.smembers("s")).containsExactly(text);
		assertThat(this.client.zrange("z", io.redipy.api.ZRange.byRank(0, -1))).containsExactly(text);
	}

	@Test
	void bytesThatAreNotUtf8_keepTheirBytesAsFieldsMembersElementsAndKeyNames() {
		// C3 and A9, the two bytes of U+00E9 apart: not UTF-8 alone, distinct as bytes
		this.client.set("e", "\u00e9");
		Script<List<Long>> write = Script.define("raw_write", Kind.listOf(Kind.INTEGER), (s) -> {
			StringExpr e = s.key("e");
			StringExpr lead = s.let("lead", string(e).getrange(lit(0), lit(0)));
			StringExpr tail = s.let("tail", string(e).getrange(lit(1), lit(1)));
			HashHandle h = hash(s.key("h"));
			ListHandle l = list(s.key("l"));
			SetHandle set = set(s.key("s"));
			ZSetHandle z = zset(s.key("z"));
			s.exec(h.hset(lead, tail));
			s.exec(h.hset(tail, lead));
			s.exec(l.rpush(lead));
			s.exec(l.rpush(tail));
			s.exec(set.sadd(lead));
			s.exec(set.sadd(tail));
			s.exec(z.zadd(lit(0.0), lead));
			s.exec(z.zadd(lit(0.0), tail));
			s.exec(z.zadd(lit(0.0), lit("z")));
			s.exec(string(lit("raw:").concat(lead)).set(tail));
			s.exec(string(lit("raw:").concat(tail)).set(lead));
			s.returns(listOf(Kind.INTEGER, h.hlen(), set.scard(), z.zcard(), l.llen()));
		});
		Map<String, String> keys = Map.of("e", "e", "h", "h", "l", "l", "s", "s", "z", "z");
		assertThat(run(write, keys, Map.of())).containsExactly(2L, 2L, 3L, 2L);
		Script<List<String>> read = Script.define("raw_read", Kind.listOf(Kind.STRING), (s) -> {
			StringExpr e = s.key("e");
			StringExpr lead = s.let("lead", string(e).getrange(lit(0), lit(0)));
			StringExpr tail = s.let("tail", string(e).getrange(lit(1), lit(1)));
			HashHandle h = hash(s.key("h"));
			ListHandle l = list(s.key("l"));
			SetHandle set = set(s.key("s"));
			ZSetHandle z = zset(s.key("z"));
			s.returns(listOf(Kind.STRING, h.hget(lead).eq(tail).toJson(), h.hget(tail).eq(lead).toJson(),
					l.lindex(lit(1)).eq(tail).toJson(), set.sismember(lead).toJson(),
					z.zrank(tail).orElse(-1).asString(), z.zrank(lead).orElse(-1).asString(),
					string(lit("raw:").concat(lead)).get().orElse("").eq(tail).toJson(),
					string(lit("raw:").concat(tail)).get().orElse("").eq(lead).toJson(),
					z.zrange(lit(0), lit(-1)).get(lit(2)).concat(lit("|")).length().asString()));
		});
		// byte order: 'z' (7A) < A9 < C3
		assertThat(run(read, keys, Map.of())).containsExactly("true", "true", "true", "true", "1", "2", "true", "true",
				"2");
		// the String API reads each lone byte as a UTF-8 client does
		assertThat(this.client.keys("raw:*")).containsExactly("raw:\uFFFD", "raw:\uFFFD");
		assertThat(this.client.zrange("z", io.redipy.api.ZRange.byRank(0, -1))).containsExactly("z", "\uFFFD",
				"\uFFFD");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("\uFFFD", "\uFFFD");
		assertThat(this.client.hgetall("h")).containsExactly(Map.entry("\uFFFD", "\uFFFD"));
	}

	@Test
	void bytesThatAreNotUtf8_countAsLuaCountsThem() {
		// C3 'x' C3 A9 C3 A9: a lead byte without its continuation, then two characters
		this.client.set("src", "\u00e9\u00e9\u00e9");
		this.client.setrange("src", 1, "x");
		this.client.set("e", "\u00e9");
		Script<List<Long>> script = Script.define("raw_positions", Kind.listOf(Kind.INTEGER), (s) -> {
			StringExpr key = s.key("src");
			StringExpr src = string(key).get().orElse("");
			StringExpr tail = string(s.key("e")).getrange(lit(1), lit(1));
			StringExpr lead = string(key).getrange(lit(0), lit(0));
			s.returns(listOf(Kind.INTEGER, src.length(), tail.length(), src.substring(lit(1), lit(3)).length(),
					src.find(lit("\u00e9"), lit(0)), src.find(lead, lit(1)), src.find(lead, lit(0)),
					tail.concat(lit("ab")).length(), tail.concat(lit("ab")).substring(lit(0), lit(1)).length(),
					tail.concat(lit("ab")).find(lit("b"), lit(0)), src.find(tail, lit(0))));
		});
		assertThat(run(script, Map.of("src", "src", "e", "e"), Map.of())).containsExactly(4L, 0L, 2L, 2L, 2L, 0L, 2L,
				1L, 1L, 3L);
	}

	@Test
	void bytesThatAreNotUtf8_compareAsBytes() {
		this.client.set("a", "\u00e9");
		this.client.set("b", "\u00e8");
		this.client.set("euro", "\u20ac");
		Script<List<String>> script = Script.define("raw_compare", Kind.listOf(Kind.STRING), (s) -> {
			StringExpr keyA = s.key("a");
			StringExpr a = string(keyA).getrange(lit(1), lit(1));
			StringExpr b = string(s.key("b")).getrange(lit(1), lit(1));
			StringExpr euro = string(s.key("euro")).getrange(lit(1), lit(1));
			MapExpr<IntExpr> map = s.let("m", emptyMap(Kind.INTEGER));
			s.put(map, a, lit(1));
			s.put(map, b, lit(2));
			s.put(map, lit("\u4e2d"), lit(3));
			s.put(map, euro, lit(4));
			s.returns(listOf(Kind.STRING, a.eq(b).toJson(), a.eq(string(keyA).getrange(lit(1), lit(1))).toJson(),
					euro.lt(lit("\u4e2d")).toJson(), lit("\u4e2d").lt(euro).toJson(), map.size().asString(),
					map.get(lit("\u4e2d")).nonNull().asString(),
					map.keys().toJson().parseJson(Kind.listOf(Kind.STRING)).get(lit(0)).eq(euro).toJson()));
		});
		assertThat(run(script, Map.of("a", "a", "b", "b", "euro", "euro"), Map.of())).containsExactly("false", "true",
				"true", "false", "4", "3", "true");
	}

	@Test
	void bytesThatAreNotUtf8_reachTheCallerAsAUtf8ClientReadsThem() {
		this.client.set("e", "\u00e9");
		Script<List<String>> script = Script.define("raw_result", Kind.listOf(Kind.STRING), (s) -> {
			StringExpr tail = string(s.key("e")).getrange(lit(1), lit(1));
			s.returns(listOf(Kind.STRING, tail, lit("a").concat(tail)));
		});
		String tail = this.client.getrange("e", 1, 1);
		assertThat(run(script, Map.of("e", "e"), Map.of())).containsExactly(tail, "a" + tail);
		Script<String> single = Script.define("raw_single", Kind.STRING,
				(s) -> s.returns(string(s.key("e")).getrange(lit(0), lit(0))));
		assertThat(run(single, Map.of("e", "e"), Map.of())).isEqualTo(this.client.getrange("e", 0, 0));
	}

}
