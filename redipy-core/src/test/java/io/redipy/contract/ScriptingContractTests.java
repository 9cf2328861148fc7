package io.redipy.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import io.redipy.CommandException;
import io.redipy.NotANumberException;
import io.redipy.RedipyClient;
import io.redipy.WrongTypeException;
import io.redipy.api.Batch;
import io.redipy.api.Response;
import io.redipy.api.ScriptReply;
import io.redipy.api.ScriptReply.Bulk;
import io.redipy.api.ScriptReply.Int;
import io.redipy.api.TypedCommands;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The contract of Lua scripts on the typed API ({@code EVAL}, {@code EVALSHA}, their
 * read-only forms and {@code SCRIPT}, {@code FUNCTION} and {@code FCALL}), run against
 * every backend: every reply type as a RESP2 client reads it (also under
 * {@code redis.setresp(3)}), errors with Redis 7.0.15's exact text, the key prefix,
 * batches and the binary view.
 */
public abstract class ScriptingContractTests extends ContractTestSupport {

	private static final List<String> NONE = List.of();

	@AfterEach
	void flushScripts() {
		if (this.client != null) {
			this.client.scriptFlush();
			this.client.functionFlush();
		}
	}

	private ScriptReply eval(String script) {
		return this.client.eval(script, NONE, NONE);
	}

	private static String sha1(String script) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Bulk bulk(String text) {
		return Bulk.of(text);
	}

	private static ScriptReply.Array array(ScriptReply... elements) {
		return new ScriptReply.Array(List.of(elements));
	}

	// replies, RESP2

	@Test
	void eval_repliesLuaValuesAsRedisConvertsThem() {
		assertThat(eval("return 'hello'")).isEqualTo(bulk("hello"));
		assertThat(eval("return ''")).isEqualTo(bulk(""));
		assertThat(eval("return 42")).isEqualTo(new Int(42));
		assertThat(eval("return 3.99")).isEqualTo(new Int(3));
		assertThat(eval("return -3.99")).isEqualTo(new Int(-3));
		assertThat(eval("return true")).isEqualTo(new Int(1));
		assertThat(eval("return false")).isEqualTo(ScriptReply.NIL);
		assertThat(eval("return nil")).isEqualTo(ScriptReply.NIL);
		assertThat(eval("local x = 1")).isEqualTo(ScriptReply.NIL);
		assertThat(eval("return {}")).isEqualTo(array());
	}

	@Test
	void eval_repliesTablesAsArraysUpToTheFirstNilWithNilsFromFalse() {
		assertThat(eval("return {1, 'a', {2, {'deep'}}}"))
			.isEqualTo(array(new Int(1), bulk("a"), array(new Int(2), array(bulk("deep")))));
		assertThat(eval("return {1, nil, 3}")).isEqualTo(array(new Int(1)));
		assertThat(eval("return {1, false, 3}")).isEqualTo(array(new Int(1), ScriptReply.NIL, new Int(3)));
		assertThat(eval("return {a = 1, 2}")).isEqualTo(array(new Int(2)));
	}

	@Test
	void eval_repliesAStatusAsABulkString() {
		assertThat(eval("return {ok = 'fine'}")).isEqualTo(bulk("fine"));
		assertThat(eval("return redis.status_reply('PONG')")).isEqualTo(bulk("PONG"));
		assertThat(eval("return {ok = 'a\\r\\nb'}")).isEqualTo(bulk("a  b"));
		assertThat(this.client.eval("return redis.call('SET', KEYS[1], ARGV[1])", List.of("k"), List.of("v")))
			.isEqualTo(bulk("OK"));
		assertThat(this.client.get("k")).isEqualTo("v");
	}

	@Test
	void eval_repliesCommandRepliesPassedOn() {
		this.client.rpush("l", "a", "b");
		this.client.hset("h", java.util.Map.of("f", "v"));
		assertThat(this.client.eval("return redis.call('LRANGE', KEYS[1], 0, -1)", List.of("l"), NONE).asTextList())
			.containsExactly("a", "b");
		assertThat(this.client.eval("return redis.call('GET', KEYS[1])", List.of("missing"), NONE).isNil()).isTrue();
		assertThat(this.client.eval("return redis.call('HGETALL', KEYS[1])", List.of("h"), NONE))
			.isEqualTo(array(bulk("f"), bulk("v")));
		assertThat(this.client.eval("return redis.call('LLEN', KEYS[1])", List.of("l"), NONE).asLong()).isEqualTo(2);
	}

	@Test
	void eval_repliesAnErrorInsideAnArrayAsAnElement() {
		this.client.set("s", "abc");
		ScriptReply reply = this.client.eval("return {1, redis.pcall('INCR', KEYS[1]), {err = 'MY own'}, 3}",
				List.of("s"), NONE);
		assertThat(reply)
			.isEqualTo(array(new Int(1), new ScriptReply.Error("ERR value is not an integer or out of range"),
					new ScriptReply.Error("MY own"), new Int(3)));
		ScriptReply error = reply.asList().get(1);
		assertThatExceptionOfType(NotANumberException.class).isThrownBy(error::asLong)
			.withMessage("ERR value is not an integer or out of range");
	}

	// replies under redis.setresp(3): the RESP3 types as RESP2 reads them

	@Test
	void eval_repliesResp3MapsAndSetsAsFlatArrays() {
		assertThat(eval("redis.setresp(3) return {map = {a = 1}}")).isEqualTo(array(bulk("a"), new Int(1)));
		assertThat(eval("return {map = {a = 1}, 5}")).isEqualTo(array(bulk("a"), new Int(1)));
		assertThat(eval("return {set = {x = true}}")).isEqualTo(array(bulk("x")));
		assertThat(eval("return {map = {}}")).isEqualTo(array());
		this.client.hset("h", java.util.Map.of("f", "v"));
		assertThat(this.client.eval("redis.setresp(3) return redis.call('HGETALL', KEYS[1])", List.of("h"), NONE))
			.isEqualTo(array(bulk("f"), bulk("v")));
		assertThat(this.client.eval("redis.setresp(3) return redis.call('HGETALL', KEYS[1])", List.of("none"), NONE))
			.isEqualTo(array());
	}

	@Test
	void eval_repliesResp3DoublesAsTheirText() {
		assertThat(eval("return {double = 3.14}")).isEqualTo(bulk("3.1400000000000001"));
		assertThat(eval("return {double = 1.5}")).isEqualTo(bulk("1.5"));
		assertThat(eval("return {double = -1e300}")).isEqualTo(bulk("-1.0000000000000001e+300"));
		assertThat(eval("return {double = 1/0}")).isEqualTo(bulk("inf"));
		assertThat(eval("return {double = -1/0}")).isEqualTo(bulk("-inf"));
		// Redis writes -nan to a RESP2 client; RESP3, which the connection speaks, has
		// no NaN sign
		assertThat(eval("return {double = 0/0}")).isEqualTo(bulk("nan"));
		this.client.zadd("z", 1.5, "m");
		assertThat(this.client.eval("redis.setresp(3) return redis.call('ZSCORE', KEYS[1], 'm')", List.of("z"), NONE))
			.isEqualTo(bulk("1.5"));
	}

	@Test
	void eval_repliesResp3BooleansBigNumbersAndVerbatimStrings() {
		assertThat(eval("redis.setresp(3) return true")).isEqualTo(new Int(1));
		assertThat(eval("redis.setresp(3) return false")).isEqualTo(new Int(0));
		assertThat(eval("redis.setresp(3) return {true, false}")).isEqualTo(array(new Int(1), new Int(0)));
		assertThat(eval("redis.setresp(2) return {true, false, 1}"))
			.isEqualTo(array(new Int(1), ScriptReply.NIL, new Int(1)));
		assertThat(eval("return {big_number = '123456789012345678901234567890'}"))
			.isEqualTo(bulk("123456789012345678901234567890"));
		assertThat(eval("return {verbatim_string = {format = 'txt', string = 'plain'}}")).isEqualTo(bulk("plain"));
		assertThat(eval("redis.setresp(3) return {map = {k = {set = {m = true}}}}"))
			.isEqualTo(array(bulk("k"), array(bulk("m"))));
		// Redis looks for double before map
		assertThat(eval("return {map = {k = 1}, double = 2}")).isEqualTo(bulk("2"));
	}

	// bytes

	@Test
	void eval_carriesBytesBothWaysExactly() {
		byte[] raw = { (byte) 0xff, 0, (byte) 0x80, 'a' };
		TypedCommands<byte[], byte[]> bin = this.client.binary();
		ScriptReply reply = bin.eval("redis.call('SET', KEYS[1], ARGV[1]) return {ARGV[1], redis.call('GET', KEYS[1])}",
				List.of("b".getBytes(StandardCharsets.UTF_8)), List.of(raw));
		assertThat(reply.asList()).hasSize(2);
		assertThat(reply.asList().get(0).asBytes()).isEqualTo(raw);
		assertThat(reply.asList().get(1).asBytes()).isEqualTo(raw);
		assertThat(bin.get("b".getBytes(StandardCharsets.UTF_8))).isEqualTo(raw);
		assertThatIllegalStateException().isThrownBy(() -> reply.asList().get(0).asText())
			.withMessageContaining("not UTF-8");
		assertThat(this.client.eval("return ARGV[1]", NONE, List.of("é ☃ 😀")).asText()).isEqualTo("é ☃ 😀");
		assertThat(eval("return string.char(255)")).isEqualTo(new Bulk(new byte[] { (byte) 0xff }));
	}

	@Test
	void accessors_refuseAnotherShape() {
		assertThatIllegalStateException().isThrownBy(() -> eval("return 1").asText())
			.withMessage("The script replied integer 1, not a bulk string");
		assertThatIllegalStateException().isThrownBy(() -> eval("return 'a'").asLong())
			.withMessage("The script replied bulk \"a\", not an integer");
		assertThatIllegalStateException().isThrownBy(() -> eval("return 'a'").asList())
			.withMessage("The script replied bulk \"a\", not an array");
		assertThatIllegalStateException().isThrownBy(() -> eval("return nil").asLong());
		assertThat(eval("return nil").asText()).isNull();
		assertThat(eval("return nil").asBytes()).isNull();
		assertThat(eval("return {'a', false}").asTextList()).containsExactly("a", null);
	}

	// errors

	@Test
	void eval_throwsTheScriptsErrorsWithRedisText() {
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> eval("error('boom')"))
			.withMessage("ERR user_script:1: boom script: " + sha1("error('boom')") + ", on @user_script:1.");
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> eval("return x"))
			.withMessage("ERR user_script:1: Script attempted to access nonexistent global variable 'x' script: "
					+ sha1("return x") + ", on @user_script:1.");
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> eval("return +"))
			.withMessage("ERR Error compiling script (new function): user_script:1: unexpected symbol near '+'");
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> eval("return redis.error_reply('My Error')"))
			.withMessage("My Error");
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> eval("return {err = 'ERR'}"))
			.withMessage("ERR");
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> eval("error({err = 'X custom'})"))
			.withMessage("X custom script: " + sha1("error({err = 'X custom'})") + ", on @user_script:1.");
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> eval("return redis.call('nosuch')"))
			.withMessage("ERR Unknown Redis command called from script script: " + sha1("return redis.call('nosuch')")
					+ ", on @user_script:1.");
	}

	@Test
	void eval_cutsAnErrorsTextAtItsFirstNulAsRedisDoes() {
		String table = "error({err = 'ERR a\\0b'})";
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> eval(table))
			.withMessage("ERR a script: " + sha1(table) + ", on @user_script:1.");
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> eval("error('c\\0d', 0)"))
			.withMessage("ERR c script: " + sha1("error('c\\0d', 0)") + ", on @user_script:1.");
	}

	@Test
	void eval_throwsACommandsErrorOfItsType() {
		this.client.set("s", "abc");
		String incr = "return redis.call('INCR', KEYS[1])";
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.eval(incr, List.of("s"), NONE))
			.withMessage("ERR value is not an integer or out of range script: " + sha1(incr) + ", on @user_script:1.");
		String lpush = "return redis.call('LPUSH', KEYS[1], 'x')";
		assertThatExceptionOfType(WrongTypeException.class)
			.isThrownBy(() -> this.client.eval(lpush, List.of("s"), NONE))
			.withMessage("WRONGTYPE Operation against a key holding the wrong kind of value script: " + sha1(lpush)
					+ ", on @user_script:1.");
		assertThat(this.client.get("s")).isEqualTo("abc");
	}

	@Test
	void eval_keepsWhatTheScriptWroteBeforeItFailed() {
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.eval("redis.call('SET', KEYS[1], 'v') error('late')", List.of("w"), NONE));
		assertThat(this.client.get("w")).isEqualTo("v");
	}

	@Test
	void eval_servesABlockedCallWithWhatAFailedScriptPushed() throws Exception {
		java.util.concurrent.CompletableFuture<io.redipy.api.KeyValue> blocked = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> this.client.blpop(java.time.Duration.ofSeconds(2), "queue"));
		for (int i = 0; i < 100 && backend().blockedCalls() == 0; i++) {
			Thread.sleep(20);
		}
		assertThatExceptionOfType(CommandException.class).isThrownBy(
				() -> this.client.eval("redis.call('RPUSH', KEYS[1], 'job') error('after')", List.of("queue"), NONE));
		assertThat(blocked.get(5, java.util.concurrent.TimeUnit.SECONDS))
			.isEqualTo(new io.redipy.api.KeyValue("queue", "job"));
	}

	@Test
	void eval_rejectsNullArguments() {
		assertThatNullPointerException().isThrownBy(() -> this.client.eval(null, NONE, NONE));
		assertThatNullPointerException().isThrownBy(() -> this.client.eval("return 1", null, NONE));
		assertThatNullPointerException().isThrownBy(() -> this.client.eval("return 1", NONE, null));
		assertThatNullPointerException().isThrownBy(() -> this.client.eval("return 1", Arrays.asList("a", null), NONE));
		assertThatNullPointerException().isThrownBy(() -> this.client.eval("return 1", NONE, Arrays.asList("a", null)));
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.scriptExists());
	}

	// read-only forms and shebangs

	@Test
	void evalRo_refusesWritesAndRunsReads() {
		this.client.set("r", "1");
		assertThat(this.client.evalRo("return redis.call('GET', KEYS[1])", List.of("r"), NONE)).isEqualTo(bulk("1"));
		String write = "return redis.call('SET', KEYS[1], 'b')";
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.evalRo(write, List.of("r"), NONE))
			.withMessage("ERR Write commands are not allowed from read-only scripts. script: " + sha1(write)
					+ ", on @user_script:1.");
		assertThat(this.client.get("r")).isEqualTo("1");
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.evalRo("#!lua\nreturn 1", NONE, NONE))
			.withMessage("ERR Can not execute a script with write flag using *_ro command.");
		assertThat(this.client.evalRo("#!lua flags=no-writes\nreturn 1", NONE, NONE)).isEqualTo(new Int(1));
	}

	@Test
	void evalshaRo_runsACachedReadOnlyScript() {
		String sha = this.client.scriptLoad("return redis.call('EXISTS', KEYS[1])");
		this.client.set("e", "1");
		assertThat(this.client.evalshaRo(sha, List.of("e"), NONE)).isEqualTo(new Int(1));
		String write = this.client.scriptLoad("return redis.call('DEL', KEYS[1])");
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.evalshaRo(write, List.of("e"), NONE))
			.withMessageStartingWith("ERR Write commands are not allowed from read-only scripts.");
		assertThat(this.client.get("e")).isEqualTo("1");
	}

	// the script cache

	@Test
	void scriptLoad_returnsTheSha1AndEvalshaRunsIt() {
		String script = "return {KEYS[1], ARGV[1]}";
		String sha = this.client.scriptLoad(script);
		assertThat(sha).isEqualTo(sha1(script));
		assertThat(this.client.evalsha(sha, List.of("k"), List.of("a")))
			.isEqualTo(array(bulk(this.client.keyPrefix() + "k"), bulk("a")));
		assertThat(this.client.evalsha(sha.toUpperCase(java.util.Locale.ROOT), List.of("k"), List.of("a")).asList())
			.hasSize(2);
		assertThat(this.client.scriptLoad(script)).isEqualTo(sha);
	}

	@Test
	void scriptLoad_throwsACompileError() {
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.scriptLoad("return +"))
			.withMessage("ERR Error compiling script (new function): user_script:1: unexpected symbol near '+'");
		assertThat(this.client.scriptExists(sha1("return +"))).containsExactly(false);
	}

	@Test
	void eval_putsTheScriptInTheCache() {
		String script = "return 7";
		assertThat(this.client.scriptExists(sha1(script))).containsExactly(false);
		assertThat(eval(script)).isEqualTo(new Int(7));
		assertThat(this.client.scriptExists(sha1(script))).containsExactly(true);
		assertThat(this.client.evalsha(sha1(script), NONE, NONE)).isEqualTo(new Int(7));
	}

	@Test
	void evalsha_throwsNoscriptForAScriptNotInTheCache() {
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.evalsha(sha1("return 'never loaded'"), NONE, NONE))
			.withMessage("NOSCRIPT No matching script. Please use EVAL.")
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("NOSCRIPT"));
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.evalsha("abc", NONE, NONE))
			.withMessage("NOSCRIPT No matching script. Please use EVAL.");
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.evalshaRo(sha1("return 'never loaded'"), NONE, NONE))
			.withMessage("NOSCRIPT No matching script. Please use EVAL.");
	}

	@Test
	void scriptExists_answersForEachSha1InOrder() {
		String a = this.client.scriptLoad("return 'a'");
		String b = sha1("return 'b'");
		assertThat(this.client.scriptExists(a, b, a.toUpperCase(java.util.Locale.ROOT), "short")).containsExactly(true,
				false, true, false);
	}

	@Test
	void scriptFlush_emptiesTheCache() {
		String sha = this.client.scriptLoad("return 'flushed'");
		this.client.scriptFlush();
		assertThat(this.client.scriptExists(sha)).containsExactly(false);
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.evalsha(sha, NONE, NONE))
			.withMessageStartingWith("NOSCRIPT");
		assertThat(eval("return 'flushed'")).isEqualTo(bulk("flushed"));
	}

	@Test
	void scriptKill_throwsNotbusyWhenNoScriptRuns() {
		assertThatExceptionOfType(CommandException.class).isThrownBy(this.client::scriptKill)
			.withMessage("NOTBUSY No scripts in execution right now.");
	}

	@Test
	void scriptKill_stopsAScriptThatRanPastItsTimeLimitWithoutWriting() throws Exception {
		String loop = "local i = 0 while true do i = i + 1 end";
		killsAfterTheTimeLimit(() -> this.client.eval(loop, NONE, NONE), this.client::scriptKill,
				"ERR Script killed by user with SCRIPT KILL... script: " + sha1(loop) + ", on @user_script:1.");
		assertThat(eval("return 'served'")).isEqualTo(bulk("served"));
		assertThatExceptionOfType(CommandException.class).isThrownBy(this.client::scriptKill)
			.withMessage("NOTBUSY No scripts in execution right now.");
	}

	/**
	 * Runs a call that loops until killed on another thread, moves past Redis's time
	 * limit and kills it; checks the caller's error.
	 */
	private void killsAfterTheTimeLimit(Runnable call, Runnable kill, String error) throws Exception {
		java.util.concurrent.CompletableFuture<Throwable> caller = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> {
				try {
					call.run();
					return null;
				}
				catch (Throwable ex) {
					return ex;
				}
			});
		Thread.sleep(300);
		// Redis's lua-time-limit (busy-reply-threshold): 5 seconds
		advance(java.time.Duration.ofMillis(5200));
		for (int attempt = 0;; attempt++) {
			try {
				kill.run();
				break;
			}
			catch (CommandException ex) {
				if (!ex.getMessage().startsWith("NOTBUSY") || attempt == 50) {
					throw ex;
				}
				// the script has not started yet
				Thread.sleep(100);
				if (isMemory()) {
					advance(java.time.Duration.ofMillis(5200));
				}
			}
		}
		Throwable failure = caller.get(30, java.util.concurrent.TimeUnit.SECONDS);
		if (!isMemory() && failure instanceof io.redipy.ConnectionException timeout) {
			// the test servers' command timeouts (3 and 5 seconds) end the call before
			// Redis's time limit lets SCRIPT KILL in
			assertThat(timeout).hasMessageContaining("timed out");
		}
		else {
			assertThat(failure).isInstanceOf(CommandException.class).hasMessage(error);
		}
	}

	// functions

	private static final String LIBRARY = """
			#!lua name=mylib
			redis.register_function('myset', function(keys, args)
			  return redis.call('SET', keys[1], args[1])
			end)
			redis.register_function{function_name = 'myget', flags = {'no-writes'},
			  callback = function(keys, args) return {redis.call('GET', keys[1]), keys[1], args[1]} end}
			""";

	@Test
	void fcall_callsTheFunctionsOfALoadedLibrary() {
		assertThat(this.client.functionLoad(LIBRARY)).isEqualTo("mylib");
		assertThat(this.client.fcall("myset", List.of("k"), List.of("v"))).isEqualTo(bulk("OK"));
		assertThat(this.client.get("k")).isEqualTo("v");
		String key = this.client.keyPrefix() + "k";
		assertThat(this.client.fcallRo("myget", List.of("k"), List.of("a")))
			.isEqualTo(array(bulk("v"), bulk(key), bulk("a")));
		assertThat(this.client.fcall("myget", List.of("k"), NONE)).isEqualTo(array(bulk("v"), bulk(key)));
		assertThat(this.client.binary()
			.fcallRo("myget", List.of("k".getBytes(StandardCharsets.UTF_8)), List.of(new byte[] { (byte) 0xff, 0 })))
			.isEqualTo(array(bulk("v"), bulk(key), new Bulk(new byte[] { (byte) 0xff, 0 })));
	}

	@Test
	void fcall_throwsRedisErrors() {
		this.client.functionLoad(LIBRARY);
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.fcall("nosuch", NONE, NONE))
			.withMessage("ERR Function not found");
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.fcallRo("myset", List.of("k"), List.of("v")))
			.withMessage("ERR Can not execute a script with write flag using *_ro command.");
		assertThat(this.client.exists("k")).isZero();
		this.client.functionLoad("#!lua name=failing\n"
				+ "redis.register_function('fail', function(keys, args) redis.call('SET', keys[1], 'x') "
				+ "return redis.call('INCR', keys[1]) end)");
		assertThatExceptionOfType(NotANumberException.class)
			.isThrownBy(() -> this.client.fcall("fail", List.of("n"), NONE))
			.withMessageStartingWith("ERR value is not an integer or out of range script: fail, on @user_function:2.");
		// what it wrote before it failed stays written
		assertThat(this.client.get("n")).isEqualTo("x");
	}

	@Test
	void functionLoad_refusesAnExistingLibraryUnlessReplacingAndBadCode() {
		this.client.functionLoad(LIBRARY);
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.functionLoad(LIBRARY))
			.withMessage("ERR Library 'mylib' already exists");
		String replaced = LIBRARY.replace("return redis.call('SET', keys[1], args[1])", "return 'replaced'");
		assertThat(this.client.functionLoad(replaced, true)).isEqualTo("mylib");
		assertThat(this.client.fcall("myset", List.of("k"), List.of("v"))).isEqualTo(bulk("replaced"));
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client
				.functionLoad("#!lua name=other\nredis.register_function('myset', " + "function() return 1 end)"))
			.withMessage("ERR Function myset already exists");
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.functionLoad("return 1"))
			.withMessage("ERR Missing library metadata");
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.functionLoad("#!lua name=broken\nreturn +", true))
			.withMessageStartingWith("ERR Error compiling function: user_function:2:");
		// a failed load leaves the loaded library as it was
		assertThat(this.client.fcall("myset", List.of("k"), List.of("v"))).isEqualTo(bulk("replaced"));
		assertThatNullPointerException().isThrownBy(() -> this.client.functionLoad(null));
		assertThatNullPointerException().isThrownBy(() -> this.client.fcall(null, NONE, NONE));
		assertThatNullPointerException().isThrownBy(() -> this.client.fcall("myset", Arrays.asList("k", null), NONE));
	}

	@Test
	void functionDeleteAndFlush_dropLibraries() {
		this.client.functionLoad(LIBRARY);
		this.client.functionLoad("#!lua name=second\nredis.register_function('two', function() return 2 end)");
		this.client.functionDelete("mylib");
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.fcall("myset", NONE, NONE))
			.withMessage("ERR Function not found");
		assertThat(this.client.fcall("two", NONE, NONE)).isEqualTo(new Int(2));
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.functionDelete("mylib"))
			.withMessage("ERR Library not found");
		this.client.functionFlush();
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.fcall("two", NONE, NONE))
			.withMessage("ERR Function not found");
		assertThat(this.client.functionLoad(LIBRARY)).isEqualTo("mylib");
	}

	@Test
	void functionKill_throwsNotbusyWhenNoFunctionRuns() {
		assertThatExceptionOfType(CommandException.class).isThrownBy(this.client::functionKill)
			.withMessage("NOTBUSY No scripts in execution right now.");
	}

	@Test
	void functionKill_stopsAFunctionThatRanPastItsTimeLimitWithoutWriting() throws Exception {
		this.client.functionLoad("#!lua name=looping\n"
				+ "redis.register_function('loop', function() local i = 0 while true do i = i + 1 end end)");
		killsAfterTheTimeLimit(() -> this.client.fcall("loop", NONE, NONE), this.client::functionKill,
				"ERR Script killed by user with SCRIPT KILL... script: loop, on @user_function:2.");
		assertThat(eval("return 'served'")).isEqualTo(bulk("served"));
		assertThatExceptionOfType(CommandException.class).isThrownBy(this.client::functionKill)
			.withMessage("NOTBUSY No scripts in execution right now.");
	}

	// the key prefix

	@Test
	void eval_givesTheKeysTheClientsPrefixAndTheArgumentsNone() {
		try (RedipyClient prefixed = backend().client("app:")) {
			String prefix = prefixed.keyPrefix();
			assertThat(prefix).endsWith("app:");
			ScriptReply reply = prefixed.eval("redis.call('SET', KEYS[1], ARGV[1]) return {KEYS[1], KEYS[2], ARGV[1]}",
					List.of("k", "{x}y"), List.of("app:v"));
			assertThat(reply).isEqualTo(array(bulk(prefix + "k"), bulk(prefix + "{x}y"), bulk("app:v")));
			assertThat(prefixed.get("k")).isEqualTo("app:v");
			assertThat(this.client.get(prefix.substring(this.client.keyPrefix().length()) + "k")).isEqualTo("app:v");
			assertThat(prefixed.evalRo("return #KEYS", List.of("a", "b", "c"), NONE)).isEqualTo(new Int(3));
			String sha = prefixed.scriptLoad("return KEYS[1]");
			assertThat(prefixed.evalsha(sha, List.of("z"), NONE)).isEqualTo(bulk(prefix + "z"));
			assertThat(prefixed.evalshaRo(sha, List.of("z"), NONE)).isEqualTo(bulk(prefix + "z"));
			assertThat(
					prefixed.binary().eval("return KEYS[1]", List.of("b".getBytes(StandardCharsets.UTF_8)), List.of()))
				.isEqualTo(bulk(prefix + "b"));
		}
	}

	// batches

	@Test
	void batch_runsScriptsWithTheOtherCommands() {
		String sha = this.client.scriptLoad("return redis.call('INCRBY', KEYS[1], ARGV[1])");
		Batch batch = this.client.batch();
		Response<Void> set = batch.set("n", "1");
		Response<ScriptReply> evaluated = batch.eval("return redis.call('INCR', KEYS[1])", List.of("n"), NONE);
		Response<ScriptReply> bySha = batch.evalsha(sha, List.of("n"), List.of("10"));
		Response<ScriptReply> read = batch.evalRo("return {redis.call('GET', KEYS[1]), {map = {a = 1}}}", List.of("n"),
				NONE);
		Response<ScriptReply> readBySha = batch.evalshaRo(this.client.scriptLoad("return KEYS[1]"), List.of("n"), NONE);
		Response<ScriptReply> failed = batch.eval("return redis.error_reply('NOPE in a batch')", NONE, NONE);
		Response<ScriptReply> missing = batch.evalsha(sha1("return 'not loaded'"), NONE, NONE);
		Response<String> after = batch.get("n");
		batch.exec();
		assertThat(set.get()).isNull();
		assertThat(evaluated.get()).isEqualTo(new Int(2));
		assertThat(bySha.get()).isEqualTo(new Int(12));
		assertThat(read.get()).isEqualTo(array(bulk("12"), array(bulk("a"), new Int(1))));
		assertThat(readBySha.get()).isEqualTo(bulk(this.client.keyPrefix() + "n"));
		assertThatExceptionOfType(CommandException.class).isThrownBy(failed::get).withMessage("NOPE in a batch");
		assertThatExceptionOfType(CommandException.class).isThrownBy(missing::get)
			.withMessage("NOSCRIPT No matching script. Please use EVAL.");
		assertThat(after.get()).isEqualTo("12");
	}

	@Test
	void batch_callsFunctions() {
		this.client.functionLoad(LIBRARY);
		Batch batch = this.client.batch();
		Response<ScriptReply> set = batch.fcall("myset", List.of("k"), List.of("v"));
		Response<ScriptReply> read = batch.fcallRo("myget", List.of("k"), NONE);
		Response<ScriptReply> refused = batch.fcallRo("myset", List.of("k"), List.of("w"));
		Response<ScriptReply> missing = batch.fcall("nosuch", NONE, NONE);
		Response<String> after = batch.get("k");
		batch.exec();
		assertThat(set.get()).isEqualTo(bulk("OK"));
		assertThat(read.get()).isEqualTo(array(bulk("v"), bulk(this.client.keyPrefix() + "k")));
		assertThatExceptionOfType(CommandException.class).isThrownBy(refused::get)
			.withMessage("ERR Can not execute a script with write flag using *_ro command.");
		assertThatExceptionOfType(CommandException.class).isThrownBy(missing::get)
			.withMessage("ERR Function not found");
		assertThat(after.get()).isEqualTo("v");
	}

	@Test
	void batch_readsResp3RepliesAsADirectCallDoes() {
		String script = "redis.setresp(3) return {true, false, {map = {a = 1}}, {set = {x = true}}, {double = 1.5},"
				+ " {big_number = '12'}, redis.call('HGETALL', KEYS[1])}";
		this.client.hset("h", "f", "v");
		ScriptReply direct = this.client.eval(script, List.of("h"), NONE);
		assertThat(direct).isEqualTo(array(new Int(1), new Int(0), array(bulk("a"), new Int(1)), array(bulk("x")),
				bulk("1.5"), bulk("12"), array(bulk("f"), bulk("v"))));
		for (int round = 0; round < 2; round++) {
			Batch batch = this.client.batch();
			Response<ScriptReply> queued = batch.eval(script, List.of("h"), NONE);
			Response<ScriptReply> alone = batch.eval("redis.setresp(3) return true", NONE, NONE);
			Response<java.util.Map<String, String>> hash = batch.hgetall("h");
			Response<Double> score = batch.zincrby("z", 0.5, "m");
			batch.exec();
			assertThat(queued.get()).isEqualTo(direct);
			assertThat(alone.get()).isEqualTo(new Int(1));
			assertThat(hash.get()).containsExactly(java.util.Map.entry("f", "v"));
			assertThat(score.get()).isEqualTo(0.5 * (round + 1));
		}
		// the connections are as they were
		Batch plain = this.client.batch();
		Response<java.util.Map<String, String>> hash = plain.hgetall("h");
		Response<Double> score = plain.zscore("z", "m");
		plain.exec();
		assertThat(hash.get()).containsExactly(java.util.Map.entry("f", "v"));
		assertThat(score.get()).isEqualTo(1.0);
		assertThat(this.client.zscore("z", "m")).isEqualTo(1.0);
	}

}
