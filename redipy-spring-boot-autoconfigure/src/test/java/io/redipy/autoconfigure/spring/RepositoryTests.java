package io.redipy.autoconfigure.spring;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.redipy.ManualClock;
import io.redipy.autoconfigure.spring.repository.Book;
import io.redipy.autoconfigure.spring.repository.BookRepository;
import io.redipy.autoconfigure.spring.repository.RepositoryApplication;
import io.redipy.autoconfigure.test.AutoConfigureRedipy;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.RedisKeyExpiredEvent;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Data Redis repositories ({@code @RedisHash} with {@code @Indexed} and
 * {@code @TimeToLive}, a {@code CrudRepository} with a derived finder, and the listener
 * for expired keys) on the memory endpoint and on a real Redis, the oracle: the same
 * scenario and assertions on both.
 */
class RepositoryTests {

	/** The scenario, written once; each backend says how time passes. */
	abstract static class Scenario {

		@Autowired
		BookRepository books;

		@Autowired
		StringRedisTemplate template;

		@Autowired
		RepositoryApplication application;

		/** Lets the given time pass for the store. */
		abstract void pass(Duration duration);

		@BeforeEach
		void forgetEvents() {
			this.application.expired().clear();
		}

		@Test
		void savesFindsThroughTheIndexAndDeletes() {
			this.books.save(new Book("1", "le guin", "the dispossessed", null));
			this.books.save(new Book("2", "le guin", "the lathe of heaven", null));
			this.books.save(new Book("3", "lem", "solaris", null));
			assertThat(this.books.count()).isEqualTo(3);
			assertThat(this.books.findById("3")).get().extracting(Book::getTitle).isEqualTo("solaris");
			assertThat(this.books.findByAuthor("le guin")).extracting(Book::getId).containsExactlyInAnyOrder("1", "2");
			assertThat(this.template.opsForSet().members("books")).containsExactlyInAnyOrder("1", "2", "3");
			assertThat(this.template.opsForSet().members("books:author:lem")).containsExactly("3");
			assertThat(this.template.opsForHash().get("books:3", "title")).isEqualTo("solaris");
			assertThat(this.template.getExpire("books:3")).isEqualTo(-1);
			// a new author moves the book from one index entry to the other
			this.books.save(new Book("2", "lem", "the lathe of heaven", null));
			assertThat(this.books.findByAuthor("lem")).extracting(Book::getId).containsExactlyInAnyOrder("2", "3");
			assertThat(this.books.findByAuthor("le guin")).extracting(Book::getId).containsExactly("1");
			this.books.deleteById("3");
			assertThat(this.books.findById("3")).isEmpty();
			assertThat(this.books.findByAuthor("lem")).extracting(Book::getId).containsExactly("2");
			assertThat(this.template.hasKey("books:3")).isFalse();
			assertThat(this.template.hasKey("books:3:idx")).isFalse();
			assertThat(this.template.opsForSet().members("books")).containsExactlyInAnyOrder("1", "2");
			this.books.deleteAll();
			assertThat(this.books.count()).isZero();
			assertThat(this.template.keys("books*")).isEmpty();
		}

		@Test
		void anExpiredEntityLeavesItsIndexesAndIsAnnouncedWithItsPhantomCopy() {
			this.books.save(new Book("1", "le guin", "the dispossessed", 60L));
			this.books.save(new Book("2", "le guin", "the lathe of heaven", null));
			assertThat(this.template.getExpire("books:1", TimeUnit.SECONDS)).isBetween(50L, 60L);
			// the phantom copy outlives the entity by five minutes, for the listener
			assertThat(this.template.getExpire("books:1:phantom", TimeUnit.SECONDS)).isBetween(350L, 360L);
			pass(Duration.ofSeconds(59));
			assertThat(this.books.findById("1")).isPresent();
			pass(Duration.ofSeconds(1));
			// no command meets the expired key: active expiry removes it and sends the
			// event
			Awaitility.await().untilAsserted(() -> assertThat(this.application.expired()).hasSize(1));
			RedisKeyExpiredEvent<?> event = this.application.expired().get(0);
			assertThat(new String(event.getId(), StandardCharsets.UTF_8)).isEqualTo("1");
			assertThat(event.getKeyspace()).isEqualTo("books");
			assertThat(event.getValue()).isInstanceOf(Book.class);
			assertThat(((Book) event.getValue()).getTitle()).isEqualTo("the dispossessed");
			Awaitility.await().untilAsserted(() -> assertThat(this.template.hasKey("books:1:phantom")).isFalse());
			Awaitility.await()
				.untilAsserted(() -> assertThat(this.template.opsForSet().members("books")).containsExactly("2"));
			assertThat(this.template.opsForSet().members("books:author:le guin")).containsExactly("2");
			assertThat(this.template.hasKey("books:1:idx")).isFalse();
			assertThat(this.books.findByAuthor("le guin")).extracting(Book::getId).containsExactly("2");
			assertThat(this.books.count()).isEqualTo(1);
			assertThat(this.template.hasKey("books:1")).isFalse();
		}

	}

	@Nested
	@SpringBootTest(classes = RepositoryApplication.class)
	@AutoConfigureRedipy
	class OnMemory extends Scenario {

		@Autowired
		ManualClock clock;

		@Override
		void pass(Duration duration) {
			this.clock.advance(duration);
		}

	}

	@Nested
	@SpringBootTest(classes = RepositoryApplication.class,
			properties = { "redipy.backend=redis", "spring.data.redis.database=13" })
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
