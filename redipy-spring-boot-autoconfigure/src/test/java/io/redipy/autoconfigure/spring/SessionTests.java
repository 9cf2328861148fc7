package io.redipy.autoconfigure.spring;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.redipy.ManualClock;
import io.redipy.autoconfigure.spring.session.SessionApplication;
import io.redipy.autoconfigure.test.AutoConfigureRedipy;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.data.redis.RedisIndexedSessionRepository;
import org.springframework.session.data.redis.RedisSessionRepository;
import org.springframework.session.events.SessionDeletedEvent;
import org.springframework.session.events.SessionExpiredEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session Data Redis as Boot configures it, both repositories (the default
 * {@link RedisSessionRepository} and the {@link RedisIndexedSessionRepository} with its
 * keyspace events), on the memory endpoint and on a real Redis, the oracle: the same
 * scenarios and assertions on both.
 */
class SessionTests {

	private static final String PRINCIPAL = FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME;

	private static void redis(DynamicPropertyRegistry registry) {
		Backends.redis(registry);
	}

	/** What both repositories do; each backend says how time passes. */
	abstract static class Scenario {

		@Autowired
		SessionRepository<? extends Session> repository;

		@Autowired
		StringRedisTemplate template;

		@Autowired
		SessionApplication application;

		/** Lets the given time pass for the store. */
		abstract void pass(Duration duration);

		@SuppressWarnings("unchecked")
		SessionRepository<Session> sessions() {
			return (SessionRepository<Session>) this.repository;
		}

		@BeforeEach
		void forgetEvents() {
			this.application.events().clear();
		}

		@Test
		void savesFindsChangesAndDeletesASession() {
			Session session = sessions().createSession();
			session.setAttribute("cart", "3 items");
			sessions().save(session);
			String key = "spring:session:sessions:" + session.getId();
			assertThat(this.template.hasKey(key)).isTrue();
			assertThat(this.template.getExpire(key, TimeUnit.SECONDS)).isPositive()
				.isLessThanOrEqualTo(Duration.ofMinutes(35).toSeconds())
				.isGreaterThan(Duration.ofMinutes(29).toSeconds());
			Session found = sessions().findById(session.getId());
			assertThat(found).isNotNull();
			assertThat(found.<String>getAttribute("cart")).isEqualTo("3 items");
			found.setAttribute("cart", "4 items");
			found.setAttribute("coupon", "WELCOME");
			sessions().save(found);
			Session changed = sessions().findById(session.getId());
			assertThat(changed).isNotNull();
			assertThat(changed.<String>getAttribute("cart")).isEqualTo("4 items");
			assertThat(changed.getAttributeNames()).containsExactlyInAnyOrder("cart", "coupon");
			changed.removeAttribute("coupon");
			sessions().save(changed);
			Session removed = sessions().findById(session.getId());
			assertThat(removed).isNotNull();
			assertThat(removed.getAttributeNames()).containsExactly("cart");
			sessions().deleteById(session.getId());
			assertThat(sessions().findById(session.getId())).isNull();
			deleted(key);
		}

		/** Checks what a deletion left of the session's hash. */
		void deleted(String key) {
		}

		@Test
		void aSessionIsGoneOnceItsMaxInactiveIntervalHasPassed() {
			Session session = sessions().createSession();
			session.setAttribute("cart", "3 items");
			sessions().save(session);
			assertThat(session.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
			pass(Duration.ofMinutes(29));
			assertThat(sessions().findById(session.getId())).isNotNull();
			expired(session);
		}

		/** Lets the session's max inactive interval pass and checks it is gone. */
		abstract void expired(Session session);

	}

	/** The default repository: one hash per session, expiring with the session. */
	abstract static class DefaultScenario extends Scenario {

		@Test
		void theDefaultRepositoryIsUsed() {
			assertThat(this.repository).isInstanceOf(RedisSessionRepository.class);
		}

		@Override
		void deleted(String key) {
			assertThat(this.template.hasKey(key)).isFalse();
		}

		@Override
		void expired(Session session) {
			// this repository sends EXPIREAT of the last access (the JVM's clock) plus
			// the interval: a few seconds more cover the time since the test method began
			pass(Duration.ofMinutes(1).plusSeconds(5));
			assertThat(sessions().findById(session.getId())).isNull();
			assertThat(this.template.hasKey("spring:session:sessions:" + session.getId())).isFalse();
		}

	}

	/**
	 * The indexed repository: a principal name index, and keyspace events ({@code del},
	 * {@code expired}) turned into session events.
	 */
	abstract static class IndexedScenario extends Scenario {

		@SuppressWarnings("unchecked")
		FindByIndexNameSessionRepository<Session> indexed() {
			return (FindByIndexNameSessionRepository<Session>) this.repository;
		}

		@Test
		void theIndexedRepositoryIsUsedAndTurnsKeyspaceEventsOn() {
			assertThat(this.repository).isInstanceOf(RedisIndexedSessionRepository.class);
			String flags = this.template
				.execute((org.springframework.data.redis.connection.RedisConnection connection) -> connection
					.serverCommands()
					.getConfig("notify-keyspace-events")
					.getProperty("notify-keyspace-events"));
			assertThat(flags).contains("g").contains("x").contains("E");
		}

		@Test
		void findsByPrincipalNameAndAnnouncesADeletion() {
			Session alice = sessions().createSession();
			alice.setAttribute(PRINCIPAL, "alice");
			sessions().save(alice);
			Session other = sessions().createSession();
			other.setAttribute(PRINCIPAL, "alice");
			sessions().save(other);
			Session bob = sessions().createSession();
			bob.setAttribute(PRINCIPAL, "bob");
			sessions().save(bob);
			assertThat(indexed().findByPrincipalName("alice")).containsOnlyKeys(alice.getId(), other.getId());
			assertThat(indexed().findByPrincipalName("bob")).containsOnlyKeys(bob.getId());
			sessions().deleteById(alice.getId());
			assertThat(indexed().findByPrincipalName("alice")).containsOnlyKeys(other.getId());
			Awaitility.await()
				.untilAsserted(
						() -> assertThat(this.application.events()).filteredOn(SessionDeletedEvent.class::isInstance)
							.extracting((event) -> event.getSessionId())
							// a deletion of an earlier test method may be announced late
							.contains(alice.getId())
							.doesNotContain(other.getId(), bob.getId()));
		}

		@Override
		void expired(Session session) {
			Session alice = sessions().findById(session.getId());
			assertThat(alice).isNotNull();
			alice.setAttribute(PRINCIPAL, "alice");
			sessions().save(alice);
			assertThat(indexed().findByPrincipalName("alice")).containsOnlyKeys(session.getId());
			pass(Duration.ofMinutes(30));
			// no command meets the expired key: active expiry removes it and sends the
			// event
			Awaitility.await()
				.untilAsserted(
						() -> assertThat(this.application.events()).filteredOn(SessionExpiredEvent.class::isInstance)
							.extracting((event) -> event.getSessionId())
							.contains(session.getId()));
			Awaitility.await().untilAsserted(() -> assertThat(indexed().findByPrincipalName("alice")).isEmpty());
			assertThat(this.application.events()).noneMatch(
					(event) -> event instanceof SessionDeletedEvent && event.getSessionId().equals(session.getId()));
			assertThat(this.template.hasKey("spring:session:sessions:expires:" + session.getId())).isFalse();
		}

	}

	@Nested
	@SpringBootTest(classes = SessionApplication.class)
	@AutoConfigureRedipy
	class DefaultOnMemory extends DefaultScenario {

		@Autowired
		ManualClock clock;

		@Override
		void pass(Duration duration) {
			this.clock.advance(duration);
		}

	}

	@Nested
	@SpringBootTest(classes = SessionApplication.class,
			properties = { "redipy.backend=redis", "spring.data.redis.database=12" })
	class DefaultOnRedis extends DefaultScenario {

		@DynamicPropertySource
		static void properties(DynamicPropertyRegistry registry) {
			redis(registry);
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

	@Nested
	@SpringBootTest(classes = SessionApplication.class,
			properties = "spring.session.data.redis.repository-type=indexed")
	@AutoConfigureRedipy
	class IndexedOnMemory extends IndexedScenario {

		@Autowired
		ManualClock clock;

		@Override
		void pass(Duration duration) {
			this.clock.advance(duration);
		}

	}

	@Nested
	@SpringBootTest(classes = SessionApplication.class, properties = { "redipy.backend=redis",
			"spring.data.redis.database=12", "spring.session.data.redis.repository-type=indexed" })
	class IndexedOnRedis extends IndexedScenario {

		@DynamicPropertySource
		static void properties(DynamicPropertyRegistry registry) {
			redis(registry);
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
