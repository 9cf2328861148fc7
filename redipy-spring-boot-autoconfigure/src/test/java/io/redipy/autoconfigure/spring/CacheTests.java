package io.redipy.autoconfigure.spring;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.redipy.ManualClock;
import io.redipy.RedipyClient;
import io.redipy.autoconfigure.spring.cache.CacheApplication;
import io.redipy.autoconfigure.spring.cache.PriceService;
import io.redipy.autoconfigure.test.AutoConfigureRedipy;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.cache.BatchStrategies;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's cache abstraction ({@code @Cacheable}, {@code @CachePut}, {@code @CacheEvict})
 * on Boot's {@link RedisCacheManager}: the same scenario on the memory backend (Boot's
 * Redis stack on the memory store's endpoint, time moved by the {@link ManualClock}) and
 * on a real Redis, which is the oracle.
 */
class CacheTests {

	/** The scenario, written once; each backend says how time passes. */
	abstract static class Scenario {

		@Autowired
		PriceService prices;

		@Autowired
		StringRedisTemplate template;

		@Autowired
		CacheManager cacheManager;

		@Autowired
		RedisConnectionFactory connectionFactory;

		/** The configured {@code spring.cache.redis.time-to-live}. */
		Duration ttl() {
			return Duration.ofMinutes(10);
		}

		/** Lets the given time pass for the store. */
		abstract void pass(Duration duration);

		@BeforeEach
		void startCounting() {
			this.prices.reset();
		}

		@Test
		void cacheableComputesOnceAndStoresTheEntryWithTheTimeToLive() {
			assertThat(this.cacheManager).isInstanceOf(RedisCacheManager.class);
			assertThat(this.prices.price("apple")).isEqualTo("apple:1");
			assertThat(this.prices.price("apple")).isEqualTo("apple:1");
			assertThat(this.prices.computations()).isEqualTo(1);
			assertThat(this.template.hasKey("prices::apple")).isTrue();
			long ttl = this.template.getExpire("prices::apple", TimeUnit.MILLISECONDS);
			assertThat(ttl).isPositive().isLessThanOrEqualTo(ttl().toMillis()).isGreaterThan(ttl().toMillis() / 2);
		}

		@Test
		void valueIsComputedAgainOnceTheTimeToLiveHasPassed() {
			assertThat(this.prices.price("apple")).isEqualTo("apple:1");
			pass(ttl().dividedBy(2));
			assertThat(this.prices.price("apple")).isEqualTo("apple:1");
			pass(ttl().dividedBy(2).plusMillis(1));
			assertThat(this.template.hasKey("prices::apple")).isFalse();
			assertThat(this.prices.price("apple")).isEqualTo("apple:2");
			assertThat(this.prices.price("apple")).isEqualTo("apple:2");
			assertThat(this.template.getExpire("prices::apple", TimeUnit.MILLISECONDS)).isPositive();
		}

		@Test
		void cachePutReplacesAndCacheEvictRemovesOneEntry() {
			this.prices.price("apple");
			this.prices.price("pear");
			assertThat(this.prices.reprice("apple")).isEqualTo("apple:3");
			assertThat(this.prices.price("apple")).isEqualTo("apple:3");
			this.prices.forget("apple");
			assertThat(this.template.hasKey("prices::apple")).isFalse();
			assertThat(this.prices.price("pear")).isEqualTo("pear:2");
			assertThat(this.prices.price("apple")).isEqualTo("apple:4");
		}

		@Test
		void evictingAllEntriesClearsOnlyThatCache() {
			// Boot's cache manager cleans with SDR's default batch strategy: KEYS, then
			// DEL
			for (int i = 0; i < 10; i++) {
				this.prices.price("item" + i);
			}
			this.prices.rate("apple");
			this.template.opsForValue().set("prices", "not a cache entry");
			this.prices.forgetAll();
			assertThat(this.template.keys("prices::*")).isEmpty();
			assertThat(this.template.hasKey("rates::apple")).isTrue();
			assertThat(this.template.opsForValue().get("prices")).isEqualTo("not a cache entry");
			assertThat(this.prices.price("item0")).isEqualTo("item0:12");
		}

		@Test
		void asynchronousWritesAndClearWithTheScanBatchStrategy() {
			this.prices.rate("apple");
			// Spring Data Redis's default writer (asynchronous writes and clear) with
			// SCAN in pages of 4: many cursor round trips
			RedisCacheManager scanning = RedisCacheManager
				.builder(RedisCacheWriter.create(this.connectionFactory,
						(writer) -> writer.batchStrategy(BatchStrategies.scan(4))))
				.cacheDefaults(RedisCacheConfiguration.defaultCacheConfig())
				.build();
			Cache cache = scanning.getCache("prices");
			assertThat(cache).isNotNull();
			for (int i = 0; i < 25; i++) {
				cache.put("item" + i, "value" + i);
			}
			Awaitility.await().untilAsserted(() -> assertThat(this.template.keys("prices::*")).hasSize(25));
			assertThat(cache.get("item7", String.class)).isEqualTo("value7");
			cache.clear();
			Awaitility.await().untilAsserted(() -> assertThat(this.template.keys("prices::*")).isEmpty());
			assertThat(this.template.hasKey("rates::apple")).isTrue();
			for (int i = 0; i < 9; i++) {
				this.prices.price("item" + i);
			}
			// invalidate() is the immediate form
			assertThat(cache.invalidate()).isTrue();
			assertThat(this.template.keys("prices::*")).isEmpty();
			assertThat(this.template.hasKey("rates::apple")).isTrue();
		}

	}

	@Nested
	@SpringBootTest(classes = CacheApplication.class,
			properties = { "spring.cache.type=redis", "spring.cache.redis.time-to-live=10m" })
	@AutoConfigureRedipy
	class OnMemory extends Scenario {

		@Autowired
		ManualClock clock;

		@Autowired
		RedipyClient client;

		@Override
		void pass(Duration duration) {
			this.clock.advance(duration);
		}

		@Test
		void cacheEntriesAreInTheStoreOfTheRedipyClient() {
			this.prices.price("apple");
			assertThat(this.client.exists("prices::apple")).isEqualTo(1);
			assertThat(this.client.pttl("prices::apple").remaining()).isEqualTo(Duration.ofMinutes(10));
		}

	}

	@Nested
	@SpringBootTest(classes = CacheApplication.class, properties = { "redipy.backend=redis",
			"spring.data.redis.database=11", "spring.cache.type=redis", "spring.cache.redis.time-to-live=10m" })
	class OnRedis extends Scenario {

		@DynamicPropertySource
		static void redis(DynamicPropertyRegistry registry) {
			Backends.redis(registry);
		}

		@BeforeEach
		void flush() {
			RedisOracleClock.flush(this.template);
		}

		@Override
		void pass(Duration duration) {
			RedisOracleClock.pass(this.template, duration);
		}

	}

}
