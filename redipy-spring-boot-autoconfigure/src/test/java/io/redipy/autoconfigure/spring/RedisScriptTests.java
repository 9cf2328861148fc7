package io.redipy.autoconfigure.spring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import io.lettuce.core.protocol.ProtocolVersion;
import io.redipy.ManualClock;
import io.redipy.autoconfigure.test.AutoConfigureRedipy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Spring Data Redis's Lua support, {@link DefaultRedisScript} run by
 * {@code RedisTemplate.execute(script, keys, args...)}, unchanged on the memory backend
 * (through the store's RESP endpoint, in process and over its loopback port) and on a
 * real Redis, the oracle: the same scripts, the same assertions. Spring sends
 * {@code EVALSHA} first and falls back to {@code EVAL} on a {@code NOSCRIPT} error, which
 * caches the script (in a pipeline or a transaction it sends {@code EVAL} only); the
 * result type picks the reply's decoding (Long, Boolean, a value through the template's
 * serializer, a List). Lettuce speaks RESP3 unless told otherwise; the RESP2 variants
 * show the conversions that differ between the protocols.
 */
class RedisScriptTests {

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class)
	@AutoConfigureRedipy
	class OnMemory extends Scenarios {

		@Autowired
		private ManualClock clock;

		@Override
		void pass(Duration duration) {
			this.clock.advance(duration);
		}

	}

	/** Boot's connection factory through the endpoint's loopback port, not in process. */
	@Nested
	@SpringBootTest(classes = SpringRedisApp.class, properties = "redipy.memory.server.transport=tcp")
	@AutoConfigureRedipy
	class OnMemoryOverTcp extends Scenarios {

		@Autowired
		private ManualClock clock;

		@Override
		void pass(Duration duration) {
			this.clock.advance(duration);
		}

	}

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class, properties = "spring.data.redis.database=14")
	class OnRedis extends Scenarios {

		@DynamicPropertySource
		static void redis(DynamicPropertyRegistry registry) {
			Backends.redis(registry);
		}

		@Override
		void pass(Duration duration) {
			RedisOracleClock.pass(this.template, duration);
		}

	}

	/** Lettuce speaking RESP2 (it says {@code HELLO 3} by default). */
	@Nested
	@SpringBootTest(classes = SpringRedisApp.class)
	@AutoConfigureRedipy
	@Import(Resp2.class)
	class OnMemoryResp2 extends OnMemory {

		@Override
		int protocol() {
			return 2;
		}

	}

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class, properties = "spring.data.redis.database=14")
	@Import(Resp2.class)
	class OnRedisResp2 extends OnRedis {

		@Override
		int protocol() {
			return 2;
		}

	}

	/** Boot's Lettuce client options with RESP2. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Resp2 {

		@Bean
		LettuceClientOptionsBuilderCustomizer resp2() {
			return (builder) -> builder.protocolVersion(ProtocolVersion.RESP2);
		}

	}

	/** A value Boot's {@code RedisTemplate} stores with JDK serialization. */
	record Parcel(String label, byte[] payload) implements java.io.Serializable {

	}

	abstract static class Scenarios {

		@Autowired
		StringRedisTemplate template;

		@Autowired
		RedisTemplate<Object, Object> redisTemplate;

		@Autowired
		ReactiveStringRedisTemplate reactive;

		/** Lets time pass for the store. */
		abstract void pass(Duration duration);

		/** The protocol Lettuce speaks. */
		int protocol() {
			return 3;
		}

		@BeforeEach
		void flush() {
			RedisOracleClock.flush(this.template);
			this.template.execute((RedisConnection connection) -> {
				connection.scriptingCommands().scriptFlush();
				return null;
			});
		}

		private static String sha1(String text) {
			try {
				return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@SuppressWarnings("unchecked")
		private static List<Object> list(@Nullable Object reply) {
			assertThat(reply).isInstanceOf(List.class);
			return (List<Object>) reply;
		}

		private boolean cached(String sha) {
			List<Boolean> exists = this.template
				.execute((RedisConnection connection) -> connection.scriptingCommands().scriptExists(sha));
			assertThat(exists).hasSize(1);
			return exists.get(0);
		}

		@Test
		void aLongResult() {
			RedisScript<Long> incrBy = new DefaultRedisScript<>("return redis.call('INCRBY', KEYS[1], ARGV[1]) * 2",
					Long.class);
			assertThat(this.template.execute(incrBy, List.of("counter"), "20")).isEqualTo(40L);
			assertThat(this.template.execute(incrBy, List.of("counter"), "1")).isEqualTo(42L);
			assertThat(this.template.opsForValue().get("counter")).isEqualTo("21");
			// Lua numbers are truncated towards zero on the way out
			assertThat(this.template.execute(new DefaultRedisScript<>("return 3.99", Long.class), List.of()))
				.isEqualTo(3L);
			assertThat(this.template.execute(new DefaultRedisScript<>("return -3.99", Long.class), List.of()))
				.isEqualTo(-3L);
			assertThat(this.template.execute(new DefaultRedisScript<>("return #KEYS * 10 + #ARGV", Long.class),
					List.of("a", "b"), "x", "y", "z"))
				.isEqualTo(23L);
		}

		@Test
		void aBooleanResult() {
			RedisScript<Boolean> exists = new DefaultRedisScript<>("return redis.call('EXISTS', KEYS[1]) == 1",
					Boolean.class);
			assertThat(this.template.execute(exists, List.of("flag"))).isFalse();
			this.template.opsForValue().set("flag", "up");
			assertThat(this.template.execute(exists, List.of("flag"))).isTrue();
			// an integer reply decoded as a Boolean: 1 is true, 0 is false
			RedisScript<Boolean> setnx = new DefaultRedisScript<>("return redis.call('SETNX', KEYS[1], ARGV[1])",
					Boolean.class);
			assertThat(this.template.execute(setnx, List.of("once"), "first")).isTrue();
			assertThat(this.template.execute(setnx, List.of("once"), "second")).isFalse();
			assertThat(this.template.opsForValue().get("once")).isEqualTo("first");
		}

		@Test
		void aStringResultThroughTheTemplatesSerializer() {
			RedisScript<String> swap = new DefaultRedisScript<>("""
					local old = redis.call('GET', KEYS[1])
					redis.call('SET', KEYS[1], ARGV[1])
					return old
					""", String.class);
			assertThat(this.template.execute(swap, List.of("greeting"), "grüß dich ✓")).isNull();
			assertThat(this.template.execute(swap, List.of("greeting"), "東京 🎉")).isEqualTo("grüß dich ✓");
			assertThat(this.template.opsForValue().get("greeting")).isEqualTo("東京 🎉");
			RedisScript<String> status = new DefaultRedisScript<>("return redis.call('SET', KEYS[1], 'x')",
					String.class);
			assertThat(this.template.execute(status, List.of("greeting"))).isEqualTo("OK");
			RedisScript<String> ok = new DefaultRedisScript<>("return {ok = 'FINE'}", String.class);
			assertThat(this.template.execute(ok, List.of())).isEqualTo("FINE");
		}

		@Test
		void aListResult() {
			this.template.opsForList().rightPushAll("queue", "a", "b", "ç");
			@SuppressWarnings("rawtypes")
			RedisScript<List> range = new DefaultRedisScript<>("return redis.call('LRANGE', KEYS[1], 0, -1)",
					List.class);
			assertThat(this.template.execute(range, List.of("queue"))).containsExactly("a", "b", "ç");
			assertThat(this.template.execute(range, List.of("missing"))).isEmpty();
			// mixed and nested: integers stay Long, bulk strings go through the
			// serializer,
			// a Lua array stops at its first nil
			@SuppressWarnings("rawtypes")
			RedisScript<List> mixed = new DefaultRedisScript<>("""
					return {1, 'two', {3, 'four', {}}, redis.call('LLEN', KEYS[1]), 5.7, nil, 'after nil'}
					""", List.class);
			assertThat(list(this.template.execute(mixed, List.of("queue")))).containsExactly(1L, "two",
					List.of(3L, "four", List.of()), 3L, 5L);
		}

		@Test
		void jdkSerializedArgumentsCrossTheScriptByteForByte() {
			byte[] payload = new byte[256];
			for (int i = 0; i < payload.length; i++) {
				payload[i] = (byte) i;
			}
			Parcel parcel = new Parcel("Zoë", payload);
			RedisScript<Parcel> echoAndStore = new DefaultRedisScript<>("""
					redis.call('SET', KEYS[1], ARGV[1])
					return redis.call('GET', KEYS[1])
					""", Parcel.class);
			Parcel echoed = this.redisTemplate.execute(echoAndStore, List.of("parcel"), parcel);
			assertThat(echoed).isNotNull();
			assertThat(echoed.label()).isEqualTo("Zoë");
			assertThat(echoed.payload()).isEqualTo(payload);
			Parcel stored = (Parcel) this.redisTemplate.opsForValue().get("parcel");
			assertThat(stored).isNotNull();
			assertThat(stored.payload()).isEqualTo(payload);
			RedisScript<Long> length = new DefaultRedisScript<>("return string.len(ARGV[1])", Long.class);
			@SuppressWarnings("unchecked")
			RedisSerializer<Object> values = (RedisSerializer<Object>) this.redisTemplate.getValueSerializer();
			byte[] serialized = values.serialize(parcel);
			assertThat(serialized).isNotNull();
			assertThat(this.redisTemplate.execute(length, List.of(), parcel)).isEqualTo(serialized.length);
		}

		@Test
		void aScriptRunsFromTheCacheAfterItsFirstEvalAsSpringSendsIt() {
			DefaultRedisScript<Long> script = new DefaultRedisScript<>("return redis.call('INCR', KEYS[1])",
					Long.class);
			String sha = script.getSha1();
			assertThat(sha).isEqualTo(sha1("return redis.call('INCR', KEYS[1])"));
			assertThat(cached(sha)).isFalse();
			// EVALSHA answers NOSCRIPT, Spring sends EVAL, which caches the script under
			// its SHA1
			assertThat(this.template.execute(script, List.of("runs"))).isEqualTo(1L);
			assertThat(cached(sha)).isTrue();
			assertThat(this.template.execute(script, List.of("runs"))).isEqualTo(2L);
			this.template.execute((RedisConnection connection) -> {
				connection.scriptingCommands().scriptFlush();
				return null;
			});
			assertThat(cached(sha)).isFalse();
			assertThat(this.template.execute(script, List.of("runs"))).isEqualTo(3L);
			assertThat(cached(sha)).isTrue();
		}

		@Test
		void aLoadedScriptIsRunByItsShaNotByItsText() {
			String loadedText = "return 'by evalsha ' .. ARGV[1]";
			String sha = sha1(loadedText);
			// a script whose SHA1 is the loaded script's and whose text is another: which
			// of
			// the two runs tells whether Spring's EVALSHA found the script in the store
			RedisScript<String> script = new RedisScript<>() {

				@Override
				public String getSha1() {
					return sha;
				}

				@Override
				public Class<String> getResultType() {
					return String.class;
				}

				@Override
				public String getScriptAsString() {
					return "return 'by eval ' .. ARGV[1]";
				}

			};
			assertThat(this.template.execute(script, List.of(), "1")).isEqualTo("by eval 1");
			String loaded = this.template.execute((RedisConnection connection) -> connection.scriptingCommands()
				.scriptLoad(loadedText.getBytes(StandardCharsets.UTF_8)));
			assertThat(loaded).isEqualTo(sha);
			assertThat(this.template.execute(script, List.of(), "2")).isEqualTo("by evalsha 2");
			assertThat(this.template.execute(script, List.of(), "3")).isEqualTo("by evalsha 3");
		}

		@Test
		void aFailingCommandInsideTheScriptIsSpringsRedisSystemException() {
			this.template.opsForValue().set("name", "not a number");
			DefaultRedisScript<Long> incr = new DefaultRedisScript<>("return redis.call('INCR', KEYS[1])", Long.class);
			assertThatExceptionOfType(RedisSystemException.class)
				.isThrownBy(() -> this.template.execute(incr, List.of("name")))
				.withMessage("Error in execution")
				.havingCause()
				.isInstanceOf(io.lettuce.core.RedisCommandExecutionException.class)
				.withMessage("ERR value is not an integer or out of range script: " + incr.getSha1()
						+ ", on @user_script:1.");
			assertThat(this.template.opsForValue().get("name")).isEqualTo("not a number");
		}

		@Test
		void errorRepliesAndCompileErrorsReachSpringWithRedisText() {
			DefaultRedisScript<String> custom = new DefaultRedisScript<>(
					"redis.call('SET', KEYS[1], 'written'); return redis.error_reply('LIMIT over quota')",
					String.class);
			assertThatExceptionOfType(RedisSystemException.class)
				.isThrownBy(() -> this.template.execute(custom, List.of("quota")))
				.havingCause()
				.withMessage("LIMIT over quota");
			// a script is not a transaction: what it wrote before the error stays
			assertThat(this.template.opsForValue().get("quota")).isEqualTo("written");
			DefaultRedisScript<String> raised = new DefaultRedisScript<>("error('boom')", String.class);
			assertThatExceptionOfType(RedisSystemException.class)
				.isThrownBy(() -> this.template.execute(raised, List.of()))
				.havingCause()
				.withMessage("ERR user_script:1: boom script: " + raised.getSha1() + ", on @user_script:1.");
			DefaultRedisScript<String> broken = new DefaultRedisScript<>("return 1 +", String.class);
			assertThatExceptionOfType(RedisSystemException.class)
				.isThrownBy(() -> this.template.execute(broken, List.of()))
				.havingCause()
				.withMessage(
						"ERR Error compiling script (new function): user_script:1: unexpected symbol near '<eof>'");
			DefaultRedisScript<String> write = new DefaultRedisScript<>("counter = 1", String.class);
			assertThatExceptionOfType(RedisSystemException.class)
				.isThrownBy(() -> this.template.execute(write, List.of()))
				.havingCause()
				.withMessage("ERR user_script:1: Attempt to modify a readonly table script: " + write.getSha1()
						+ ", on @user_script:1.");
			DefaultRedisScript<String> read = new DefaultRedisScript<>("return counter", String.class);
			assertThatExceptionOfType(RedisSystemException.class)
				.isThrownBy(() -> this.template.execute(read, List.of()))
				.havingCause()
				.withMessage(
						"ERR user_script:1: Script attempted to access nonexistent global variable 'counter' script: "
								+ read.getSha1() + ", on @user_script:1.");
		}

		@Test
		void noscriptIsTheErrorSpringFallsBackOn() {
			assertThatExceptionOfType(RedisSystemException.class)
				.isThrownBy(() -> this.template.execute((RedisConnection connection) -> connection.scriptingCommands()
					.evalSha(sha1("return 1"), ReturnType.INTEGER, 0)))
				.havingCause()
				.isInstanceOf(io.lettuce.core.RedisNoScriptException.class)
				.withMessage("NOSCRIPT No matching script. Please use EVAL.");
		}

		@Test
		@SuppressWarnings("unchecked")
		void inAPipelineAndInATransactionSpringSendsEval() {
			DefaultRedisScript<Long> incrBy = new DefaultRedisScript<>("return redis.call('INCRBY', KEYS[1], ARGV[1])",
					Long.class);
			List<Object> piped = this.template.executePipelined(new SessionCallback<Object>() {

				@Override
				public <K, V> @Nullable Object execute(RedisOperations<K, V> operations) {
					RedisOperations<String, String> strings = (RedisOperations<String, String>) operations;
					strings.execute(incrBy, List.of("total"), "5");
					strings.opsForValue().get("total");
					strings.execute(incrBy, List.of("total"), "2");
					return null;
				}

			});
			assertThat(piped).containsExactly(5L, "5", 7L);
			// EVAL caches the script as SCRIPT LOAD does
			assertThat(cached(incrBy.getSha1())).isTrue();
			List<Object> executed = this.template.execute(new SessionCallback<List<Object>>() {

				@Override
				public <K, V> List<Object> execute(RedisOperations<K, V> operations) {
					RedisOperations<String, String> strings = (RedisOperations<String, String>) operations;
					strings.multi();
					strings.execute(incrBy, List.of("total"), "10");
					strings.execute(incrBy, List.of("total"), "100");
					return strings.exec();
				}

			});
			assertThat(executed).containsExactly(17L, 117L);
			assertThat(this.template.opsForValue().get("total")).isEqualTo("117");
		}

		@Test
		void theReactiveTemplateRunsScriptsToo() {
			RedisScript<Long> push = new DefaultRedisScript<>("return redis.call('RPUSH', KEYS[1], unpack(ARGV))",
					Long.class);
			assertThat(this.reactive.execute(push, List.of("letters"), List.of("α", "β", "γ")).collectList().block())
				.containsExactly(3L);
			@SuppressWarnings("rawtypes")
			RedisScript<List> range = new DefaultRedisScript<>("return redis.call('LRANGE', KEYS[1], 0, -1)",
					List.class);
			assertThat(this.reactive.execute(range, List.of("letters"), List.of()).collectList().block())
				.containsExactly(List.of("α", "β", "γ"));
		}

		@Test
		void aScriptThatAsksForResp3Replies() {
			this.template.opsForHash().put("user", "name", "Zoë");
			this.template.opsForSet().add("tags", "x");
			@SuppressWarnings("rawtypes")
			RedisScript<List> fields = new DefaultRedisScript<>("""
					redis.setresp(3)
					local map = redis.call('HGETALL', KEYS[1])
					local set = redis.call('SMEMBERS', KEYS[2])
					return {map['map']['name'], set['set']['x'] and 1 or 0}
					""", List.class);
			assertThat(list(this.template.execute(fields, List.of("user", "tags")))).containsExactly("Zoë", 1L);
			@SuppressWarnings("rawtypes")
			RedisScript<List> asMap = new DefaultRedisScript<>("""
					redis.setresp(3)
					return redis.call('HGETALL', KEYS[1])
					""", List.class);
			// a RESP3 map reaches Lettuce as a map (RESP3) or a flat array (RESP2): a
			// List both ways
			assertThat(list(this.template.execute(asMap, List.of("user")))).containsExactly("name", "Zoë");
			RedisScript<Boolean> bool = new DefaultRedisScript<>("redis.setresp(3) return ARGV[1] == 'yes'",
					Boolean.class);
			assertThat(this.template.execute(bool, List.of(), "yes")).isTrue();
			assertThat(this.template.execute(bool, List.of(), "no")).isFalse();
			// Lua booleans and {double=...} become RESP3 booleans and doubles for a RESP3
			// client, integers and bulk strings for a RESP2 one; Lettuce's outputs for a
			// List
			// and a value do not take RESP3 booleans and doubles
			@SuppressWarnings("rawtypes")
			RedisScript<List> booleans = new DefaultRedisScript<>("redis.setresp(3) return {true, false, 1}",
					List.class);
			RedisScript<String> dbl = new DefaultRedisScript<>("redis.setresp(3) return {double = 3.5}", String.class);
			if (protocol() == 2) {
				assertThat(list(this.template.execute(booleans, List.of()))).containsExactly(1L, 0L, 1L);
				assertThat(this.template.execute(dbl, List.of())).isEqualTo("3.5");
			}
			else {
				assertThatExceptionOfType(RedisSystemException.class)
					.isThrownBy(() -> this.template.execute(booleans, List.of()))
					.havingCause()
					.isInstanceOf(UnsupportedOperationException.class)
					.withMessage("io.lettuce.core.output.NestedMultiOutput does not support set(boolean)");
				assertThatExceptionOfType(RedisSystemException.class)
					.isThrownBy(() -> this.template.execute(dbl, List.of()))
					.havingCause()
					.isInstanceOf(UnsupportedOperationException.class)
					.withMessage("io.lettuce.core.output.ValueOutput does not support set(double)");
			}
		}

		@Test
		void aScriptSeesTheTimeToLiveTheStoresClockLeaves() {
			@SuppressWarnings("rawtypes")
			RedisScript<List> ttl = new DefaultRedisScript<>("""
					redis.call('SET', KEYS[1], ARGV[1], 'EX', 60)
					return {redis.call('GET', KEYS[1]), redis.call('TTL', KEYS[1])}
					""", List.class);
			assertThat(list(this.template.execute(ttl, List.of("session"), "v1"))).containsExactly("v1", 60L);
			pass(Duration.ofSeconds(30));
			assertThat(this.template.getExpire("session")).isBetween(29L, 30L);
			pass(Duration.ofSeconds(61));
			RedisScript<Long> exists = new DefaultRedisScript<>("return redis.call('EXISTS', KEYS[1])", Long.class);
			assertThat(this.template.execute(exists, List.of("session"))).isZero();
		}

	}

}
