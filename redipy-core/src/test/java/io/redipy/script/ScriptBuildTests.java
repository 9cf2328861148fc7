package io.redipy.script;

import java.util.concurrent.atomic.AtomicReference;

import io.redipy.script.lua.LuaCompiler;
import org.junit.jupiter.api.Test;

import static io.redipy.script.Dsl.lit;
import static io.redipy.script.Dsl.string;
import static io.redipy.script.Dsl.zset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Mistakes in a script fail when it is built, naming the construct.
 */
class ScriptBuildTests {

	@Test
	void duplicateNamesAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Script.define("dup", Kind.STRING.orNull(), (s) -> {
			s.key("x");
			s.arg("x", Kind.INTEGER);
		})).withMessage("script 'dup': duplicate key or argument name 'x'");
	}

	@Test
	void aNonNullResultNeedsAFinalReturn() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Script.define("noreturn", Kind.INTEGER, (s) -> s.let("x", lit(1))))
			.withMessageContaining("must end with returns");
	}

	@Test
	void nullableValuesCannotBeUsedAsValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> Script.define("nullable", Kind.INTEGER, (s) -> {
			StringExpr value = string(s.key("k")).get();
			s.returns(value.length());
		})).withMessageContaining("may be null");
	}

	@Test
	void theResultTypeIsChecked() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Script.define("wrongresult", Kind.INTEGER, (s) -> s.returns(lit("text"))))
			.withMessageContaining("the result of type integer cannot take");
	}

	@Test
	void localsCannotLeaveTheirBlock() {
		AtomicReference<IntExpr> leaked = new AtomicReference<>();
		assertThatIllegalArgumentException().isThrownBy(() -> Script.define("scope", Kind.INTEGER, (s) -> {
			s.ifThen(lit(true), (then) -> leaked.set(then.let("inner", lit(1))));
			s.returns(leaked.get());
		})).withMessage("script 'scope': local 'inner' is used outside the block that declares it");
	}

	@Test
	void expressionsOfAnotherScriptAreRejected() {
		AtomicReference<StringExpr> foreign = new AtomicReference<>();
		Script.define("first", Kind.STRING, (s) -> {
			foreign.set(s.arg("a", Kind.STRING));
			s.returns(foreign.get());
		});
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Script.define("second", Kind.STRING, (s) -> s.returns(foreign.get())))
			.withMessageContaining("argument 'a' is not declared here");
	}

	@Test
	void breakNeedsALoop() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Script.define("brk", Kind.STRING.orNull(), Block::breakLoop))
			.withMessage("script 'brk': break outside of a loop");
	}

	@Test
	void literalsAreChecked() {
		assertThatIllegalArgumentException().isThrownBy(() -> lit(1L << 60)).withMessageContaining("2^53");
		assertThatIllegalArgumentException().isThrownBy(() -> lit(Double.NaN)).withMessageContaining("not finite");
	}

	@Test
	void generatedLuaOfTheReadmeFilter() {
		Script<Long> filter = Script.define("filter", Kind.INTEGER, (s) -> {
			StringExpr input = s.key("input");
			StringExpr small = s.key("small");
			StringExpr big = s.key("big");
			IntExpr cmp = s.arg("cmp", Kind.INTEGER);
			StringExpr item = s.let("item", Kind.STRING.orNull(), Dsl.list(input).lpop());
			s.whileLoop(item.isNotNull(), (loop) -> {
				loop.ifThen(item.nonNull().parseInteger().orElse(0).lt(cmp),
						(then) -> then.exec(Dsl.list(small).rpush(item.nonNull())),
						(orElse) -> orElse.exec(Dsl.list(big).rpush(item.nonNull())));
				loop.assign(item, Dsl.list(input).lpop());
			});
			s.returns(Dsl.list(big).llen());
		});
		String lua = LuaCompiler.compile(filter.program()).text();
		assertThat(lua.substring(lua.indexOf("local P = ARGV[1]"))).isEqualTo("""
				local P = ARGV[1]
				local cmp = tonumber(ARGV[2])
				local item = redipy.r_nilf(redis.call("LPOP", KEYS[1]))
				while (not (item == nil)) do
				  if ((redipy.pint(redipy.nonnull(item)) or 0) < cmp) then
				    do local _ = redipy.r_int(redis.call("RPUSH", KEYS[2], redipy.nonnull(item))) end
				  else
				    do local _ = redipy.r_int(redis.call("RPUSH", KEYS[3], redipy.nonnull(item))) end
				  end
				  item = redipy.r_nilf(redis.call("LPOP", KEYS[1]))
				end
				do return redipy.r_int(redis.call("LLEN", KEYS[3])) end
				""");
	}

	@Test
	void generatedLuaIsReadable() {
		Script<Long> script = Script.define("bump", Kind.INTEGER, (s) -> {
			StringExpr scores = s.key("scores");
			StringExpr member = s.arg("member", Kind.STRING);
			DoubleExpr score = s.let("score", zset(scores).zincrby(lit(1.0), member));
			s.ifThen(score.gt(lit(10.0)), (then) -> then.exec(zset(scores).zrem(member)));
			s.returns(zset(scores).zcard());
		});
		String lua = LuaCompiler.compile(script.program()).text();
		String body = lua.substring(lua.indexOf("local P = ARGV[1]"));
		assertThat(body).isEqualTo(
				"""
						local P = ARGV[1]
						local member = ARGV[2]
						local score = redipy.r_num(redis.call("ZINCRBY", KEYS[1], redipy.d17((1.00000000000000000e+00)), member))
						if (score > (1.00000000000000000e+01)) then
						  do local _ = redipy.r_int(redis.call("ZREM", KEYS[1], member)) end
						end
						do return redipy.r_int(redis.call("ZCARD", KEYS[1])) end
						""");
		assertThat(lua).startsWith("-- redipy script 'bump'\n-- redipy's helpers: one private table, no globals.")
			.contains("\nlocal redipy = {}\n");
		// only the helpers the body calls, and the ones those call
		assertThat(definedHelpers(lua)).containsExactlyInAnyOrder("fail", "int", "r_int", "r_num", "d17");
		assertThat(calledHelpers(lua)).isSubsetOf(definedHelpers(lua));
	}

	@Test
	void generatedLuaDefinesEveryHelperItCalls() {
		Script<java.util.List<Long>> script = Script.define("decode", Kind.listOf(Kind.INTEGER), (s) -> {
			StringExpr text = s.arg("text", Kind.STRING);
			s.returns(text.parseJson(Kind.listOf(Kind.INTEGER)));
		});
		String lua = LuaCompiler.compile(script.program()).text();
		assertThat(definedHelpers(lua)).contains("jdecode", "jvalue", "jnumber", "jstring", "jutf8", "jbad", "fail")
			.doesNotContain("flushall", "time", "r_scored");
		assertThat(calledHelpers(lua)).isSubsetOf(definedHelpers(lua));
	}

	private static java.util.Set<String> definedHelpers(String lua) {
		return matches(lua, "(?m)^function redipy\\.([A-Za-z_0-9]+)\\(");
	}

	private static java.util.Set<String> calledHelpers(String lua) {
		return matches(lua, "\\bredipy\\.([A-Za-z_0-9]+)");
	}

	private static java.util.Set<String> matches(String text, String regex) {
		java.util.Set<String> names = new java.util.TreeSet<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(regex).matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
