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
		assertThat(lua)
			.startsWith("#!lua\n-- redipy script 'bump'\n-- redipy's helpers: one private table, no globals.")
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

	@Test
	void nullableBooleanArgumentsAndBooleanDefaultsCompileWithoutTheAndOrIdiom() {
		Script<java.util.List<Boolean>> script = Script.define("flags", Kind.listOf(Kind.BOOLEAN), (s) -> {
			BoolExpr flag = s.arg("flag", Kind.BOOLEAN.orNull());
			ListExpr<BoolExpr> flags = s.arg("flags", Kind.listOf(Kind.BOOLEAN));
			s.returns(Dsl.listOf(Kind.BOOLEAN, flag.orElse(flags.get(0)), flag.isNull()));
		});
		String lua = LuaCompiler.compile(script.program()).text();
		assertThat(lua.substring(lua.indexOf("local P = ARGV[1]"))).isEqualTo("""
				local P = ARGV[1]
				local flag = ({v1 = true, v0 = false})[ARGV[2]]
				local flags = cjson.decode(ARGV[3])
				local T0 = {'l', 'b'}
				do return redipy.encode({(redipy.box(flag) or {redipy.at(flags, 0)})[1], (flag == nil)}, T0) end
				""");
	}

	@Test
	void generatedLuaOfALongChainIsOneFlatSequenceOfGuardedSteps() {
		Script<Boolean> script = Script.define("chain", Kind.BOOLEAN, (s) -> {
			BoolExpr x = s.arg("x", Kind.BOOLEAN);
			BoolExpr chain = x;
			for (int i = 0; i < 50; i++) {
				chain = x.and(chain);
			}
			s.returns(chain);
		});
		String lua = LuaCompiler.compile(script.program()).text();
		java.util.List<String> lines = lua.substring(lua.indexOf("local P = ARGV[1]")).lines().toList();
		// each right side is computed only when its guard says it is needed
		assertThat(lines.subList(0, 9)).containsExactly("local P = ARGV[1]", "local x = (ARGV[2] == '1')",
				"local H = {}", "local T0 = 'b'", "H[1] = x", "H[2] = H[1]", "if H[2] then H[3] = x end",
				"H[4] = H[2] and H[3]", "if H[4] then H[5] = x end");
		assertThat(lines.subList(lines.size() - 3, lines.size())).containsExactly("if H[4] then H[3] = H[5] end",
				"if H[2] then H[1] = H[3] end", "do return redipy.encode(H[1], T0) end");
		assertThat(lines).allSatisfy((line) -> assertThat(line).doesNotStartWith(" "));
	}

	@Test
	void blocksNestedTooDeeplyAreRejectedNamingTheConstructAndTheLimit() {
		for (int depth : new int[] { 101, 199, 1000 }) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> Script.define("ifs", Kind.INTEGER.orNull(), (s) -> nest(s, depth, "if")))
				.withMessageContaining("ifThen nested more than 100 blocks deep")
				.withMessageContaining("200 nested syntax levels");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> Script.define("whiles", Kind.INTEGER.orNull(), (s) -> nest(s, depth, "while")))
				.withMessageContaining("whileLoop nested more than 100 blocks deep");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> Script.define("loops", Kind.INTEGER.orNull(), (s) -> nest(s, depth, "for")))
				.withMessageContaining("forEach nested more than 100 blocks deep");
		}
		// the limit itself is allowed
		assertThat(Script.define("ifs", Kind.INTEGER.orNull(), (s) -> nest(s, 100, "if")).program().body()).hasSize(1);
	}

	private static void nest(Block block, int depth, String construct) {
		if (depth == 0) {
			block.returnNull();
			return;
		}
		switch (construct) {
			case "if" -> block.ifThen(lit(true), (then) -> nest(then, depth - 1, construct));
			case "while" -> block.whileLoop(lit(true), (body) -> nest(body, depth - 1, construct));
			default -> block.forEach(Dsl.listOf(Kind.INTEGER, lit(1)),
					(body, index, item) -> nest(body, depth - 1, construct));
		}
	}

	@Test
	void expressionsNestedTooDeeplyAreRejectedInsteadOfOverflowingTheStack() {
		assertThatIllegalArgumentException().isThrownBy(() -> Script.define("sum", Kind.INTEGER, (s) -> {
			IntExpr n = s.arg("n", Kind.INTEGER);
			IntExpr sum = n;
			for (int i = 0; i < 5000; i++) {
				sum = sum.plus(n);
			}
			s.returns(sum);
		})).withMessageContaining("an expression of returns nests 5001 operations deep, more than 500");
		assertThatIllegalArgumentException().isThrownBy(() -> Script.define("text", Kind.STRING, (s) -> {
			StringExpr text = s.let("text", lit(""));
			for (int i = 0; i < 3000; i++) {
				text = text.concat("x");
			}
			s.assign(s.let("copy", lit("")), text);
			s.returns(text);
		})).withMessageContaining("an expression of assign nests 3001 operations deep");
	}

	@Test
	void expressionsUsingOneNodeManyTimesAreCheckedInLinearTime() {
		// 2^60 paths through 61 distinct nodes: a walk per path would never end
		Script<Long> script = Script.define("shared", Kind.INTEGER, (s) -> {
			IntExpr x = s.arg("x", Kind.INTEGER);
			for (int i = 0; i < 60; i++) {
				x = x.plus(x);
			}
			IntExpr doubled = x;
			s.ifThen(lit(false), (then) -> then.returns(doubled));
			s.returns(lit(0));
		});
		assertThat(script.program().body()).hasSize(2);
	}

	@Test
	void deepAndWideShapesCompileToLuaWithinLuasLimits() {
		Script<Boolean> script = Script.define("shapes", Kind.BOOLEAN, (s) -> {
			StringExpr queue = s.key("queue");
			IntExpr n = s.arg("n", Kind.INTEGER);
			BoolExpr chain = Dsl.list(queue).lpop().isNotNull();
			for (int i = 0; i < 490; i++) {
				chain = (i % 3 == 0) ? n.gt(i).and(chain) : (i % 3 == 1) ? n.lt(i).or(chain) : n.gt(i).orElse(chain);
			}
			BoolExpr deep = chain;
			java.util.List<IntExpr> wide = new java.util.ArrayList<>();
			for (int i = 0; i < 250; i++) {
				wide.add(s.let("v" + i, n.plus(i)));
			}
			ListExpr<IntExpr> all = s.let("all", Dsl.listOf(Kind.INTEGER, wide.toArray(IntExpr[]::new)));
			nestLoops(s, 60, all, deep);
			s.returns(lit(false));
		});
		// compiled on a thread with a small stack: deep expressions are compiled without
		// recursion
		AtomicReference<Object> compiled = new AtomicReference<>();
		Thread thread = new Thread(null, () -> {
			try {
				compiled.set(LuaCompiler.compile(script.program()).text());
			}
			catch (Throwable ex) {
				compiled.set(ex);
			}
		}, "small-stack", 256 * 1024);
		thread.start();
		assertThat(joined(thread)).isTrue();
		assertThat(compiled.get()).isInstanceOf(String.class);
		String lua = (String) compiled.get();
		String body = lua.substring(lua.indexOf("local P = ARGV[1]"));
		// locals in one table, temporaries in another: few Lua locals, and no closures
		// whose upvalues could exceed 60
		assertThat(body.lines().filter((line) -> line.trim().startsWith("local ")).count()).isLessThan(10);
		assertThat(body).doesNotContain("function(");
		// the chain is one flat sequence of guarded steps: the deepest line is inside
		// the 60 loops and its guard
		int deepest = body.lines().mapToInt((line) -> line.length() - line.stripLeading().length()).max().orElse(0);
		assertThat(deepest / 2).isBetween(60, 62);
		assertThat(body.lines().mapToInt(ScriptBuildTests::brackets).max().orElse(0)).isLessThanOrEqualTo(40);
	}

	private static boolean joined(Thread thread) {
		try {
			thread.join(60_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return !thread.isAlive();
	}

	/** How deep brackets nest in a line of Lua (the literals here hold none). */
	private static int brackets(String line) {
		int depth = 0;
		int max = 0;
		for (char c : line.toCharArray()) {
			if (c == '(' || c == '{' || c == '[') {
				max = Math.max(max, ++depth);
			}
			else if (c == ')' || c == '}' || c == ']') {
				depth--;
			}
		}
		return max;
	}

	private static void nestLoops(Block block, int depth, ListExpr<IntExpr> list, BoolExpr condition) {
		if (depth == 0) {
			block.ifThen(condition, (then) -> then.returns(lit(true)));
			return;
		}
		block.forEach(list, (body, index, item) -> nestLoops(body, depth - 1, list, condition));
	}

}
