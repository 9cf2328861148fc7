package io.redipy.autoconfigure.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

import io.redipy.ManualClock;
import io.redipy.RedipyClient;
import io.redipy.autoconfigure.test.AutoConfigureRedipy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.integration.redis.util.RedisLockRegistry;
import org.springframework.integration.redis.util.RedisLockRegistry.RedisLockType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Spring Integration's {@link RedisLockRegistry}, unchanged, on the memory backend
 * (through the store's RESP endpoint) and on a real Redis, the oracle: every lock
 * operation is a Lua script sent by Spring Data Redis ({@code EVALSHA}, then {@code EVAL}
 * on {@code NOSCRIPT}): obtaining runs {@code GET} and {@code SET PX} or {@code PEXPIRE},
 * renewing {@code GET} and {@code PEXPIRE}, unlocking {@code GET} and {@code UNLINK}
 * (and, in {@link RedisLockType#PUB_SUB_LOCK} mode, {@code PUBLISH} to the waiters, who
 * listen with {@code PSUBSCRIBE}). Two registries with the same registry key play two
 * instances of a service sharing the store. Time passes for the store by its
 * {@link ManualClock} on memory, never by sleeping; on Redis by shortening the keys' time
 * to live ({@link RedisOracleClock}).
 */
class LockRegistryTests {

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class)
	@AutoConfigureRedipy
	class OnMemory extends Scenarios {

		@Autowired
		private ManualClock clock;

		@Autowired
		private RedipyClient client;

		@Override
		void pass(Duration duration) {
			this.clock.advance(duration);
		}

		@Test
		void theLockIsHeldUntilTheLastMillisecondOfItsTimeToLive() {
			RedisLockRegistry first = registry(RedisLockType.SPIN_LOCK, Duration.ofSeconds(30));
			RedisLockRegistry second = registry(RedisLockType.SPIN_LOCK, Duration.ofSeconds(30));
			assertThat(first.obtain("report").tryLock()).isTrue();
			assertThat(this.template.getExpire(KEY_PREFIX + "report", TimeUnit.MILLISECONDS)).isEqualTo(30_000L);
			// the key the script wrote is in the store the RedipyClient bean reads
			assertThat(this.client.pttl(KEY_PREFIX + "report").remaining()).isEqualTo(Duration.ofSeconds(30));
			assertThat(this.client.get(KEY_PREFIX + "report"))
				.isEqualTo(this.template.opsForValue().get(KEY_PREFIX + "report"));
			pass(Duration.ofMillis(29_999));
			assertThat(this.template.getExpire(KEY_PREFIX + "report", TimeUnit.MILLISECONDS)).isEqualTo(1L);
			assertThat(tryLockElsewhere(second, "report")).isFalse();
			pass(Duration.ofMillis(1));
			assertThat(this.client.exists(KEY_PREFIX + "report")).isZero();
			assertThat(tryLockElsewhere(second, "report")).isTrue();
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
	@SpringBootTest(classes = SpringRedisApp.class, properties = "spring.data.redis.database=15")
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

	/**
	 * The registry key both instances share; the lock {@code order-42} is the key
	 * {@code locks:order-42}.
	 */
	static final String REGISTRY_KEY = "locks";

	static final String KEY_PREFIX = REGISTRY_KEY + ":";

	abstract static class Scenarios {

		@Autowired
		RedisConnectionFactory connectionFactory;

		@Autowired
		StringRedisTemplate template;

		private final List<RedisLockRegistry> registries = new ArrayList<>();

		/**
		 * Runs what another thread of the instance does (a lock is held by its thread).
		 */
		private final ExecutorService elsewhere = Executors.newCachedThreadPool();

		/** Lets time pass for the store. */
		abstract void pass(Duration duration);

		@BeforeEach
		void flush() {
			RedisOracleClock.flush(this.template);
		}

		@AfterEach
		void destroy() {
			this.registries.forEach(RedisLockRegistry::destroy);
			this.elsewhere.shutdownNow();
		}

		/**
		 * A registry as an instance of the service creates it, polling every 10 ms when
		 * spinning.
		 */
		RedisLockRegistry registry(RedisLockType type, Duration expireAfter) {
			RedisLockRegistry registry = new RedisLockRegistry(this.connectionFactory, REGISTRY_KEY, expireAfter);
			registry.setRedisLockType(type);
			registry.setIdleBetweenTries(Duration.ofMillis(10));
			this.registries.add(registry);
			return registry;
		}

		/** Tries the lock without waiting, on a thread of its own that then ends. */
		boolean tryLockElsewhere(RedisLockRegistry registry, String path) {
			return join(this.elsewhere.submit(() -> registry.obtain(path).tryLock()));
		}

		static <T> T join(Future<T> future) {
			try {
				return future.get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		long pttl(String path) {
			Long ttl = this.template.getExpire(KEY_PREFIX + path, TimeUnit.MILLISECONDS);
			assertThat(ttl).isNotNull();
			return ttl;
		}

		@ParameterizedTest
		@EnumSource(RedisLockType.class)
		void twoInstancesContendForOneLock(RedisLockType type) {
			RedisLockRegistry first = registry(type, Duration.ofSeconds(60));
			RedisLockRegistry second = registry(type, Duration.ofSeconds(60));
			Lock firstLock = first.obtain("order-42");
			assertThat(firstLock.tryLock()).isTrue();
			assertThat(this.template.hasKey(KEY_PREFIX + "order-42")).isTrue();
			assertThat(pttl("order-42")).isBetween(59_000L, 60_000L);
			String holder = this.template.opsForValue().get(KEY_PREFIX + "order-42");
			assertThat(holder).hasSize(36);
			Lock secondLock = second.obtain("order-42");
			assertThat(secondLock.tryLock()).isFalse();
			assertThat(this.template.opsForValue().get(KEY_PREFIX + "order-42")).isEqualTo(holder);
			// another lock of the same registry is another key
			assertThat(secondLock.tryLock()).isFalse();
			Lock other = second.obtain("order-43");
			assertThat(other.tryLock()).isTrue();
			other.unlock();
			firstLock.unlock();
			assertThat(this.template.hasKey(KEY_PREFIX + "order-42")).isFalse();
			assertThat(secondLock.tryLock()).isTrue();
			assertThat(this.template.opsForValue().get(KEY_PREFIX + "order-42")).hasSize(36).isNotEqualTo(holder);
			assertThat(firstLock.tryLock()).isFalse();
			secondLock.unlock();
			assertThat(this.template.hasKey(KEY_PREFIX + "order-42")).isFalse();
		}

		@ParameterizedTest
		@EnumSource(RedisLockType.class)
		void aWaitingTryLockGetsTheLockWhenTheHolderUnlocks(RedisLockType type) throws InterruptedException {
			RedisLockRegistry first = registry(type, Duration.ofSeconds(60));
			RedisLockRegistry second = registry(type, Duration.ofSeconds(60));
			Lock firstLock = first.obtain("invoice");
			assertThat(firstLock.tryLock()).isTrue();
			// a short wait runs out while the lock is held
			assertThat(second.obtain("invoice").tryLock(50, TimeUnit.MILLISECONDS)).isFalse();
			// a long one ends as soon as the lock is free: spinning, at the next try;
			// with
			// pub/sub, on the PUBLISH of the unlocking script (without it the waiter
			// would
			// sleep out its 60 s and the join below would give up)
			CompletableFuture<Boolean> waiting = CompletableFuture
				.supplyAsync(() -> tryLockFor(second.obtain("invoice"), Duration.ofSeconds(60)), this.elsewhere);
			assertThat(waiting).isNotDone();
			firstLock.unlock();
			assertThat(join(waiting)).isTrue();
			assertThat(this.template.hasKey(KEY_PREFIX + "invoice")).isTrue();
			assertThat(firstLock.tryLock()).isFalse();
		}

		private static boolean tryLockFor(Lock lock, Duration wait) {
			try {
				return lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		@ParameterizedTest
		@EnumSource(RedisLockType.class)
		void aLockIsReentrantAndEachReentryRenewsItsTimeToLive(RedisLockType type) {
			RedisLockRegistry first = registry(type, Duration.ofSeconds(60));
			RedisLockRegistry second = registry(type, Duration.ofSeconds(60));
			Lock lock = first.obtain("batch");
			lock.lock();
			pass(Duration.ofSeconds(40));
			assertThat(pttl("batch")).isBetween(15_000L, 20_000L);
			// the obtaining script finds its own client id and sends PEXPIRE
			assertThat(lock.tryLock()).isTrue();
			assertThat(pttl("batch")).isBetween(59_000L, 60_000L);
			lock.unlock();
			assertThat(this.template.hasKey(KEY_PREFIX + "batch")).isTrue();
			assertThat(tryLockElsewhere(second, "batch")).isFalse();
			lock.unlock();
			assertThat(this.template.hasKey(KEY_PREFIX + "batch")).isFalse();
			assertThat(tryLockElsewhere(second, "batch")).isTrue();
		}

		@ParameterizedTest
		@EnumSource(RedisLockType.class)
		void renewingALockSetsItsTimeToLiveAgain(RedisLockType type) {
			RedisLockRegistry first = registry(type, Duration.ofSeconds(60));
			Lock lock = first.obtain("export");
			assertThat(lock.tryLock()).isTrue();
			pass(Duration.ofSeconds(50));
			assertThat(pttl("export")).isBetween(5_000L, 10_000L);
			first.renewLock("export", Duration.ofSeconds(90));
			assertThat(pttl("export")).isBetween(89_000L, 90_000L);
			lock.unlock();
			// renewing a lock nobody holds in the store fails
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> first.renewLock("export"))
				.withMessage("Could not renew mutex at export");
		}

		@ParameterizedTest
		@EnumSource(RedisLockType.class)
		void theLockOfAnInstanceThatDiedIsFreeOnceItsKeyExpires(RedisLockType type) {
			RedisLockRegistry dead = registry(type, Duration.ofSeconds(30));
			RedisLockRegistry survivor = registry(type, Duration.ofSeconds(30));
			// the holder takes the lock on its thread and dies without unlocking
			assertThat(tryLockElsewhere(dead, "nightly-job")).isTrue();
			dead.destroy();
			assertThat(tryLockElsewhere(survivor, "nightly-job")).isFalse();
			pass(Duration.ofSeconds(20));
			assertThat(this.template.hasKey(KEY_PREFIX + "nightly-job")).isTrue();
			assertThat(tryLockElsewhere(survivor, "nightly-job")).isFalse();
			pass(Duration.ofSeconds(15));
			assertThat(this.template.hasKey(KEY_PREFIX + "nightly-job")).isFalse();
			Lock lock = survivor.obtain("nightly-job");
			assertThat(lock.tryLock()).isTrue();
			assertThat(pttl("nightly-job")).isBetween(29_000L, 30_000L);
			lock.unlock();
		}

		@ParameterizedTest
		@EnumSource(RedisLockType.class)
		void aHolderWhoseLockExpiredAndWasTakenLearnsItOnUnlock(RedisLockType type) {
			RedisLockRegistry slow = registry(type, Duration.ofSeconds(30));
			RedisLockRegistry other = registry(type, Duration.ofSeconds(30));
			Lock slowLock = slow.obtain("payment");
			assertThat(slowLock.tryLock()).isTrue();
			pass(Duration.ofSeconds(31));
			Lock otherLock = other.obtain("payment");
			assertThat(otherLock.tryLock()).isTrue();
			String owner = this.template.opsForValue().get(KEY_PREFIX + "payment");
			assertThatExceptionOfType(ConcurrentModificationException.class).isThrownBy(slowLock::unlock)
				.withMessageStartingWith("Lock was released in the store due to expiration.");
			// the unlocking script saw another owner and left the key alone
			assertThat(this.template.opsForValue().get(KEY_PREFIX + "payment")).isEqualTo(owner);
			otherLock.unlock();
			assertThat(this.template.hasKey(KEY_PREFIX + "payment")).isFalse();
		}

		@ParameterizedTest
		@EnumSource(RedisLockType.class)
		void theLockExcludesEveryOtherHolderUnderContention(RedisLockType type) {
			// two instances with three threads each add to a counter by GET and SET,
			// which
			// loses updates unless the lock lets one holder at a time through
			List<RedisLockRegistry> instances = List.of(registry(type, Duration.ofSeconds(60)),
					registry(type, Duration.ofSeconds(60)));
			int rounds = 20;
			List<CompletableFuture<Void>> workers = new ArrayList<>();
			for (RedisLockRegistry instance : instances) {
				for (int thread = 0; thread < 3; thread++) {
					workers.add(CompletableFuture.runAsync(() -> {
						Lock lock = instance.obtain("counter");
						for (int i = 0; i < rounds; i++) {
							lock.lock();
							try {
								String value = this.template.opsForValue().get("counter");
								long next = (value != null) ? Long.parseLong(value) + 1 : 1;
								this.template.opsForValue().set("counter", Long.toString(next));
							}
							finally {
								lock.unlock();
							}
						}
					}, this.elsewhere));
				}
			}
			join(CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)));
			assertThat(this.template.opsForValue().get("counter")).isEqualTo(Integer.toString(6 * rounds));
			assertThat(this.template.hasKey(KEY_PREFIX + "counter")).isFalse();
		}

		@Test
		void lockingBlocksUntilTheKeyExpires() {
			RedisLockRegistry first = registry(RedisLockType.SPIN_LOCK, Duration.ofSeconds(30));
			RedisLockRegistry second = registry(RedisLockType.SPIN_LOCK, Duration.ofSeconds(30));
			assertThat(first.obtain("cleanup").tryLock()).isTrue();
			CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
				Lock lock = second.obtain("cleanup");
				lock.lock();
				return true;
			}, this.elsewhere);
			assertThat(waiting).isNotDone();
			pass(Duration.ofSeconds(31));
			assertThat(join(waiting)).isTrue();
			assertThat(pttl("cleanup")).isBetween(29_000L, 30_000L);
		}

	}

}
