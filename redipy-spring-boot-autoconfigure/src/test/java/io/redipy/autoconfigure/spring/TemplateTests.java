package io.redipy.autoconfigure.spring;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.redipy.ManualClock;
import io.redipy.RedipyClient;
import io.redipy.api.ScoredMember;
import io.redipy.api.ZRange;
import io.redipy.autoconfigure.test.AutoConfigureRedipy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.data.redis.serializer.GenericJacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boot's {@code StringRedisTemplate} and {@code RedisTemplate} (JDK serialization), and a
 * {@code RedisTemplate} with Jackson JSON values, in a real application context, on the
 * memory backend (through the store's RESP endpoint, in process and over its loopback
 * port) and on a real Redis (the oracle): the same scenarios, the same assertions, the
 * same bytes stored, and the {@code RedipyClient} bean sees what the templates write and
 * the reverse.
 */
class TemplateTests {

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class)
	@AutoConfigureRedipy
	@Import(Serializers.class)
	class OnMemory extends Scenarios {

		@Autowired
		private ManualClock clock;

		@Override
		void passTime(Duration duration) {
			this.clock.advance(duration);
		}

	}

	/** Boot's connection factory through the endpoint's loopback port, not in process. */
	@Nested
	@SpringBootTest(classes = SpringRedisApp.class, properties = "redipy.memory.server.transport=tcp")
	@AutoConfigureRedipy
	@Import(Serializers.class)
	class OnMemoryOverTcp extends Scenarios {

		@Autowired
		private ManualClock clock;

		@Override
		void passTime(Duration duration) {
			this.clock.advance(duration);
		}

	}

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class)
	@Import(Serializers.class)
	class OnRedis extends Scenarios {

		@DynamicPropertySource
		static void redis(DynamicPropertyRegistry registry) {
			Backends.redis(registry);
		}

		@Override
		void passTime(Duration duration) throws InterruptedException {
			Thread.sleep(duration.toMillis());
		}

	}

	/** A value as applications store them: a record with text from several scripts. */
	record Profile(String name, String city, List<String> tags) implements java.io.Serializable {

	}

	/**
	 * Templates beside Boot's: one over raw bytes, to see what is stored, and one with
	 * Jackson 3 JSON values.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Serializers {

		static final GenericJacksonJsonRedisSerializer JSON = GenericJacksonJsonRedisSerializer.builder()
			.enableDefaultTyping(BasicPolymorphicTypeValidator.builder()
				.allowIfSubType(Profile.class)
				.allowIfSubType("java.util.")
				.build())
			.build();

		@Bean
		RedisTemplate<byte[], byte[]> rawTemplate(RedisConnectionFactory connectionFactory) {
			RedisTemplate<byte[], byte[]> template = new RedisTemplate<>();
			template.setConnectionFactory(connectionFactory);
			template.setEnableDefaultSerializer(false);
			template.setKeySerializer(RedisSerializer.byteArray());
			template.setValueSerializer(RedisSerializer.byteArray());
			template.setHashKeySerializer(RedisSerializer.byteArray());
			template.setHashValueSerializer(RedisSerializer.byteArray());
			return template;
		}

		@Bean
		RedisTemplate<String, Object> jsonTemplate(RedisConnectionFactory connectionFactory) {
			RedisTemplate<String, Object> template = new RedisTemplate<>();
			template.setConnectionFactory(connectionFactory);
			template.setKeySerializer(RedisSerializer.string());
			template.setValueSerializer(JSON);
			template.setHashKeySerializer(RedisSerializer.string());
			template.setHashValueSerializer(JSON);
			return template;
		}

	}

	abstract static class Scenarios {

		private static final Profile ZOE = new Profile("Zoë Ångström", "Zürich", List.of("東京", "🎉", "naïve"));

		@Autowired
		StringRedisTemplate template;

		@Autowired
		RedipyClient client;

		/** Lets time pass: the manual clock on memory, real time on Redis. */
		abstract void passTime(Duration duration) throws InterruptedException;

		@BeforeEach
		@AfterEach
		void flush() {
			this.template.execute((RedisCallback<Void>) (connection) -> {
				connection.serverCommands().flushDb();
				return null;
			});
		}

		@Test
		void valueOperations() {
			var values = this.template.opsForValue();
			values.set("greeting", "héllo wörld ✓");
			assertThat(values.get("greeting")).isEqualTo("héllo wörld ✓");
			assertThat(values.increment("visits")).isEqualTo(1L);
			assertThat(values.increment("visits", 41)).isEqualTo(42L);
			assertThat(values.increment("ratio", 0.5)).isEqualTo(0.5);
			assertThat(values.setIfAbsent("lock", "owner-1", Duration.ofSeconds(30))).isTrue();
			assertThat(values.setIfAbsent("lock", "owner-2", Duration.ofSeconds(30))).isFalse();
			assertThat(this.template.getExpire("lock")).isEqualTo(30L);
			assertThat(values.setIfPresent("lock", "owner-3")).isTrue();
			assertThat(values.getAndDelete("lock")).isEqualTo("owner-3");
			assertThat(this.template.hasKey("lock")).isFalse();
			assertThat(values.getAndSet("greeting", "bye")).isEqualTo("héllo wörld ✓");
			assertThat(values.multiGet(List.of("greeting", "missing", "visits"))).containsExactly("bye", null, "42");
			values.multiSet(Map.of("a", "1", "b", "2"));
			assertThat(values.multiSetIfAbsent(Map.of("b", "x", "c", "3"))).isFalse();
			assertThat(values.append("a", "23")).isEqualTo(3);
			assertThat(values.size("greeting")).isEqualTo(3L);
			assertThat(values.getAndExpire("a", Duration.ofSeconds(5))).isEqualTo("123");
			assertThat(this.template.getExpire("a", TimeUnit.MILLISECONDS)).isBetween(1L, 5000L);
			assertThat(values.getAndPersist("a")).isEqualTo("123");
			assertThat(this.template.getExpire("a")).isEqualTo(-1L);
			assertThat(this.template.getExpire("missing")).isEqualTo(-2L);
			assertThat(this.template.type("visits").code()).isEqualTo("string");
		}

		@Test
		void valuesWrittenByTheTemplateAreTheClientsAndTheReverse() {
			this.template.opsForValue().set("from-template", "ça va");
			this.template.opsForHash().put("user:1", "name", "Zoë");
			assertThat(this.client.get("from-template")).isEqualTo("ça va");
			assertThat(this.client.hget("user:1", "name")).isEqualTo("Zoë");

			this.client.set("from-client", "日本");
			this.client.rpush("queue", "a", "b");
			this.client.zadd("ranking", 3, "carol");
			assertThat(this.template.opsForValue().get("from-client")).isEqualTo("日本");
			assertThat(this.template.opsForList().range("queue", 0, -1)).containsExactly("a", "b");
			assertThat(this.template.opsForZSet().score("ranking", "carol")).isEqualTo(3.0);
			assertThat(this.template.keys("*")).containsExactlyInAnyOrder("from-template", "user:1", "from-client",
					"queue", "ranking");
		}

		@Test
		void hashOperations() {
			var hashes = this.template.<String, String>opsForHash();
			hashes.put("user:1", "name", "Zoë");
			hashes.putAll("user:1", Map.of("city", "Zürich", "visits", "1"));
			assertThat(hashes.putIfAbsent("user:1", "name", "other")).isFalse();
			assertThat(hashes.get("user:1", "name")).isEqualTo("Zoë");
			assertThat(hashes.increment("user:1", "visits", 2)).isEqualTo(3L);
			assertThat(hashes.increment("user:1", "score", 1.5)).isEqualTo(1.5);
			assertThat(hashes.multiGet("user:1", List.of("city", "nope", "visits"))).containsExactly("Zürich", null,
					"3");
			assertThat(hashes.entries("user:1")).containsOnly(Map.entry("name", "Zoë"), Map.entry("city", "Zürich"),
					Map.entry("visits", "3"), Map.entry("score", "1.5"));
			assertThat(hashes.hasKey("user:1", "city")).isTrue();
			assertThat(hashes.lengthOfValue("user:1", "city")).isEqualTo(7L);
			assertThat(hashes.delete("user:1", "city", "nope")).isEqualTo(1L);
			assertThat(hashes.size("user:1")).isEqualTo(3L);
			assertThat(hashes.keys("user:1")).containsExactlyInAnyOrder("name", "visits", "score");
			assertThat(this.client.hgetall("user:1")).isEqualTo(hashes.entries("user:1"));
		}

		@Test
		void listOperations() {
			var lists = this.template.opsForList();
			assertThat(lists.rightPushAll("jobs", "a", "b", "c")).isEqualTo(3L);
			assertThat(lists.leftPush("jobs", "z")).isEqualTo(4L);
			assertThat(lists.range("jobs", 0, -1)).containsExactly("z", "a", "b", "c");
			assertThat(lists.index("jobs", -1)).isEqualTo("c");
			assertThat(lists.indexOf("jobs", "b")).isEqualTo(2L);
			lists.trim("jobs", 1, -1);
			assertThat(lists.size("jobs")).isEqualTo(3L);
			assertThat(lists.move("jobs", org.springframework.data.redis.connection.RedisListCommands.Direction.LEFT,
					"done", org.springframework.data.redis.connection.RedisListCommands.Direction.RIGHT))
				.isEqualTo("a");
			assertThat(lists.leftPop("jobs", 5)).containsExactly("b", "c");
			assertThat(lists.rightPop("done")).isEqualTo("a");
			assertThat(lists.rightPop("done")).isNull();
		}

		@Test
		void blockingLeftPopTimesOutOnAnEmptyListAndIsWokenByAPushFromTheClient() throws Exception {
			var lists = this.template.opsForList();
			long start = System.nanoTime();
			assertThat(lists.leftPop("jobs", Duration.ofSeconds(1))).isNull();
			// a real-time wait on both backends (the manual clock governs expiry only)
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));

			CompletableFuture<String> popped = CompletableFuture
				.supplyAsync(() -> lists.leftPop("jobs", Duration.ofSeconds(10)));
			// the pop is waiting when the push comes, else it finds the element at once:
			// the result is the same
			Thread.sleep(200);
			this.client.rpush("jobs", "from-client");
			assertThat(popped.get(10, TimeUnit.SECONDS)).isEqualTo("from-client");
			assertThat(this.client.llen("jobs")).isZero();
		}

		@Test
		void setOperations() {
			var sets = this.template.opsForSet();
			assertThat(sets.add("tags", "red", "green", "blue")).isEqualTo(3L);
			assertThat(sets.add("tags", "red")).isZero();
			assertThat(sets.add("other", "green", "black")).isEqualTo(2L);
			assertThat(sets.isMember("tags", "red")).isTrue();
			assertThat(sets.isMember("tags", "red", "pink")).containsOnly(Map.entry("red", true),
					Map.entry("pink", false));
			assertThat(sets.intersect("tags", "other")).containsExactly("green");
			assertThat(sets.union("tags", "other")).containsExactlyInAnyOrder("red", "green", "blue", "black");
			assertThat(sets.difference("tags", "other")).containsExactlyInAnyOrder("red", "blue");
			assertThat(sets.unionAndStore("tags", "other", "all")).isEqualTo(4L);
			assertThat(sets.remove("tags", "red", "pink")).isEqualTo(1L);
			assertThat(sets.size("tags")).isEqualTo(2L);
			assertThat(sets.move("tags", "blue", "other")).isTrue();
			assertThat(sets.members("tags")).containsExactly("green");
			assertThat(this.client.smembers("other")).containsExactlyInAnyOrder("green", "black", "blue");
			assertThat(sets.pop("tags")).isEqualTo("green");
			assertThat(this.template.hasKey("tags")).isFalse();
		}

		@Test
		void sortedSetOperations() {
			var zsets = this.template.opsForZSet();
			assertThat(zsets.add("ranking", "alice", 42)).isTrue();
			assertThat(zsets.add("ranking", Set.of(TypedTuple.of("bob", 7.5), TypedTuple.of("carol", 99.0))))
				.isEqualTo(2L);
			assertThat(zsets.incrementScore("ranking", "bob", 0.25)).isEqualTo(7.75);
			assertThat(zsets.addIfAbsent("ranking", "alice", 1)).isFalse();
			assertThat(zsets.rangeWithScores("ranking", 0, -1)).extracting(TypedTuple::getValue, TypedTuple::getScore)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("bob", 7.75),
						org.assertj.core.groups.Tuple.tuple("alice", 42.0),
						org.assertj.core.groups.Tuple.tuple("carol", 99.0));
			assertThat(zsets.reverseRangeByScore("ranking", 10, 100)).containsExactly("carol", "alice");
			assertThat(zsets.reverseRangeByScoreWithScores("ranking", 0, 50, 0, 1)).extracting(TypedTuple::getValue)
				.containsExactly("alice");
			assertThat(zsets.rank("ranking", "alice")).isEqualTo(1L);
			assertThat(zsets.reverseRank("ranking", "alice")).isEqualTo(1L);
			assertThat(zsets.count("ranking", 0, 50)).isEqualTo(2L);
			assertThat(zsets.score("ranking", "nobody")).isNull();
			assertThat(zsets.popMax("ranking").getValue()).isEqualTo("carol");
			assertThat(zsets.removeRangeByScore("ranking", 0, 10)).isEqualTo(1L);
			assertThat(this.client.zrangeWithScores("ranking", ZRange.byRank(0, -1)))
				.containsExactly(new ScoredMember("alice", 42.0));
		}

		@Test
		void pipelinedCommandsAnswerInOrder() {
			List<Object> results = this.template.executePipelined(new SessionCallback<Object>() {

				@Override
				@SuppressWarnings("unchecked")
				public <K, V> Object execute(RedisOperations<K, V> operations) throws DataAccessException {
					var ops = (RedisOperations<String, String>) operations;
					ops.opsForValue().set("counter", "10");
					ops.opsForValue().increment("counter");
					ops.opsForValue().get("counter");
					ops.opsForList().rightPush("list", "x");
					ops.opsForHash().put("hash", "f", "v");
					ops.opsForValue().get("missing");
					return null;
				}

			});
			assertThat(results).containsExactly(true, 11L, "11", 1L, true, null);
			assertThat(this.client.get("counter")).isEqualTo("11");
		}

		@Test
		void transactionRunsQueuedCommandsAtExec() {
			List<Object> results = this.template.execute(new SessionCallback<List<Object>>() {

				@Override
				@SuppressWarnings("unchecked")
				public <K, V> List<Object> execute(RedisOperations<K, V> operations) throws DataAccessException {
					var ops = (RedisOperations<String, String>) operations;
					ops.multi();
					ops.opsForValue().set("balance", "100");
					ops.opsForValue().increment("balance", -30);
					ops.opsForSet().add("audit", "debit");
					return ops.exec();
				}

			});
			assertThat(results).containsExactly(true, 70L, 1L);
			assertThat(this.client.get("balance")).isEqualTo("70");
		}

		@Test
		void watchedKeyChangedThroughTheClientAbortsTheTransaction() {
			this.template.opsForValue().set("balance", "100");
			List<Object> results = this.template.execute(new SessionCallback<List<Object>>() {

				@Override
				@SuppressWarnings("unchecked")
				public <K, V> List<Object> execute(RedisOperations<K, V> operations) throws DataAccessException {
					var ops = (RedisOperations<String, String>) operations;
					ops.watch("balance");
					String balance = ops.opsForValue().get("balance");
					// another writer (another connection on Redis, the store itself on
					// memory) changes the key between WATCH and EXEC
					Scenarios.this.client.set("balance", "0");
					ops.multi();
					ops.opsForValue().set("balance", String.valueOf(Long.parseLong(balance) - 30));
					return ops.exec();
				}

			});
			assertThat(results).isEmpty();
			assertThat(this.client.get("balance")).isEqualTo("0");

			// unchanged, the same transaction goes through
			List<Object> retried = this.template.execute(new SessionCallback<List<Object>>() {

				@Override
				@SuppressWarnings("unchecked")
				public <K, V> List<Object> execute(RedisOperations<K, V> operations) throws DataAccessException {
					var ops = (RedisOperations<String, String>) operations;
					ops.watch("balance");
					ops.multi();
					ops.opsForValue().set("balance", "-30");
					return ops.exec();
				}

			});
			assertThat(retried).containsExactly(true);
			assertThat(this.client.get("balance")).isEqualTo("-30");
		}

		@Test
		void scanWalksTheKeysThroughTheCursor() {
			Map<String, String> users = new java.util.HashMap<>();
			for (int i = 0; i < 40; i++) {
				users.put("user:" + i, "u" + i);
			}
			this.template.opsForValue().multiSet(users);
			this.client.set("session:1", "s");
			this.client.hset("user-meta", "k", "v");
			List<String> seen = new ArrayList<>();
			try (Cursor<String> cursor = this.template
				.scan(ScanOptions.scanOptions().match("user:*").count(5).build())) {
				cursor.forEachRemaining(seen::add);
			}
			// a key may come twice in a scan, never be missed
			assertThat(new HashSet<>(seen)).isEqualTo(users.keySet());
			assertThat(this.template.execute((RedisCallback<Long>) (connection) -> scanPages(connection, "user:1*", 5)))
				.isEqualTo(11L);
		}

		/** Counts the keys a SCAN iteration returns, page by page over one connection. */
		private static long scanPages(RedisConnection connection, String pattern, long count) {
			Set<String> keys = new HashSet<>();
			try (Cursor<byte[]> cursor = connection.keyCommands()
				.scan(ScanOptions.scanOptions().match(pattern).count(count).build())) {
				cursor.forEachRemaining((key) -> keys.add(new String(key, java.nio.charset.StandardCharsets.UTF_8)));
			}
			return keys.size();
		}

		@Test
		void expireAndGetExpireFollowTheStoresClock() throws InterruptedException {
			this.template.opsForValue().set("session", "data");
			assertThat(this.template.getExpire("session")).isEqualTo(-1L);
			assertThat(this.template.expire("session", Duration.ofSeconds(10))).isTrue();
			assertThat(this.template.getExpire("session")).isEqualTo(10L);
			assertThat(this.client.ttl("session").remaining()).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10));

			assertThat(this.template.expire("session", Duration.ofMillis(1500))).isTrue();
			passTime(Duration.ofMillis(600));
			assertThat(this.template.getExpire("session", TimeUnit.MILLISECONDS)).isBetween(1L, 900L);
			assertThat(this.template.opsForValue().get("session")).isEqualTo("data");
			passTime(Duration.ofMillis(1000));
			assertThat(this.template.hasKey("session")).isFalse();
			assertThat(this.template.getExpire("session")).isEqualTo(-2L);
			assertThat(this.client.get("session")).isNull();

			// and an expiry set through the client is the template's
			this.client.set("token", "t");
			this.client.expire("token", Duration.ofSeconds(20));
			assertThat(this.template.getExpire("token")).isEqualTo(20L);
			assertThat(this.template.persist("token")).isTrue();
			assertThat(this.client.ttl("token").expires()).isFalse();
			assertThat(this.template.keys("*").stream().collect(Collectors.toSet())).containsExactly("token");
		}

		@Autowired
		RedisTemplate<Object, Object> redisTemplate;

		@Autowired
		RedisTemplate<byte[], byte[]> rawTemplate;

		@Autowired
		RedisTemplate<String, Object> jsonTemplate;

		@Test
		void bootsRedisTemplateStoresJdkSerializedKeysAndValuesByteForByte() {
			assertThat(this.redisTemplate.getKeySerializer()).isInstanceOf(JdkSerializationRedisSerializer.class);
			RedisSerializer<Object> jdk = RedisSerializer.java();
			byte[] key = jdk.serialize("user:1");
			byte[] value = jdk.serialize(ZOE);
			this.redisTemplate.opsForValue().set("user:1", ZOE);
			this.redisTemplate.opsForHash().put("profiles", 7, ZOE);

			// the binary key is stored as is, and so is the value
			assertThat(this.rawTemplate.keys("*".getBytes(StandardCharsets.UTF_8))).hasSize(2)
				.anySatisfy((stored) -> assertThat(stored).isEqualTo(key));
			assertThat(this.rawTemplate.opsForValue().get(key)).isEqualTo(value);
			assertThat(this.client.binary().get(key)).isEqualTo(value);
			assertThat(this.client.binary().hget(jdk.serialize("profiles"), jdk.serialize(7))).isEqualTo(value);
			assertThat(this.redisTemplate.opsForValue().get("user:1")).isEqualTo(ZOE);

			// and what the client writes in the same bytes Spring reads back as objects
			this.client.binary().set(jdk.serialize("user:2"), jdk.serialize(List.of(ZOE, ZOE)));
			assertThat(this.redisTemplate.opsForValue().get("user:2")).isEqualTo(List.of(ZOE, ZOE));
			assertThat(this.redisTemplate.hasKey("user:2")).isTrue();
		}

		@Test
		void jacksonJsonTemplateStoresUtf8JsonByteForByte() {
			byte[] json = Serializers.JSON.serialize(ZOE);
			this.jsonTemplate.opsForValue().set("profile:zoë", ZOE);
			this.jsonTemplate.opsForHash().put("profiles", "zoë", ZOE);

			byte[] key = "profile:zoë".getBytes(StandardCharsets.UTF_8);
			assertThat(this.rawTemplate.opsForValue().get(key)).isEqualTo(json);
			assertThat(this.client.binary().get(key)).isEqualTo(json);
			// the text view is the JSON as text, non-ASCII characters included
			String text = this.client.get("profile:zoë");
			assertThat(text).isEqualTo(new String(json, StandardCharsets.UTF_8)).contains("Zürich", "東京", "🎉");
			assertThat(this.client.hget("profiles", "zoë")).isEqualTo(text);
			assertThat(this.jsonTemplate.opsForValue().get("profile:zoë")).isEqualTo(ZOE);
			assertThat(this.jsonTemplate.opsForHash().get("profiles", "zoë")).isEqualTo(ZOE);

			// JSON written through the client is read as the object
			this.client.set("profile:copy", text);
			assertThat(this.jsonTemplate.opsForValue().get("profile:copy")).isEqualTo(ZOE);
			assertThat(this.template.opsForValue().get("profile:copy")).isEqualTo(text);
		}

	}

}
