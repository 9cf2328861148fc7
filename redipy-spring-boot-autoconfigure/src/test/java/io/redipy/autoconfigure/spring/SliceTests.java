package io.redipy.autoconfigure.spring;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.redipy.ManualClock;
import io.redipy.RedipyClient;
import io.redipy.autoconfigure.MemoryEndpoint;
import io.redipy.autoconfigure.spring.repository.Book;
import io.redipy.autoconfigure.spring.repository.BookRepository;
import io.redipy.autoconfigure.test.AutoConfigureRedipy;
import io.redipy.autoconfigure.test.RedipyTest;
import io.redipy.memory.MemoryStore;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.data.redis.test.autoconfigure.DataRedisTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test slices give Spring's own Redis stack ({@code StringRedisTemplate}, Spring Data
 * repositories) the slice's memory store: each test class its own store and endpoint,
 * each test method an empty store, time moved by the store's {@link ManualClock}.
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class SliceTests {

	private static final Set<MemoryStore> stores = Collections.newSetFromMap(new IdentityHashMap<>());

	private static final Set<Integer> ports = ConcurrentHashMap.newKeySet();

	/** An application for the slice, which brings its own auto-configuration. */
	@SpringBootConfiguration
	static class SliceApp {

	}

	/** A full application. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

	/** What both slices must give a test; each nested class runs it on its own store. */
	abstract static class Scenario {

		@Autowired
		StringRedisTemplate template;

		@Autowired
		RedipyClient client;

		@Autowired
		MemoryStore store;

		@Autowired
		MemoryEndpoint endpoint;

		@Autowired
		ManualClock clock;

		@Autowired
		RedisConnectionFactory connectionFactory;

		@Test
		@Order(1)
		void templateWritesToTheSliceStore() {
			stores.add(this.store);
			ports.add(this.endpoint.port());
			assertThat(this.connectionFactory).isInstanceOf(LettuceConnectionFactory.class);
			assertThat(((LettuceConnectionFactory) this.connectionFactory).getPort()).isEqualTo(this.endpoint.port());
			this.template.opsForValue().set("written-by", getClass().getSimpleName());
			this.template.opsForList().rightPush("list", "a");
			assertThat(this.client.get("written-by")).isEqualTo(getClass().getSimpleName());
			assertThat(this.client.lrange("list", 0, -1)).containsExactly("a");
			// the next method starts at the current time again
			this.clock.set(Instant.now().minus(Duration.ofHours(1)));
		}

		@Test
		@Order(2)
		void eachTestMethodStartsWithAnEmptyStoreAtTheCurrentTime() {
			assertThat(Duration.between(this.clock.instant(), Instant.now())).isGreaterThanOrEqualTo(Duration.ZERO)
				.isLessThan(Duration.ofSeconds(30));
			assertThat(this.template.keys("*")).isEmpty();
			assertThat(this.client.dbsize()).isZero();
		}

		@Test
		@Order(3)
		void theStoreClockGovernsTemplateTimeToLive() {
			this.template.opsForValue().set("session", "s", Duration.ofMinutes(30));
			assertThat(this.template.getExpire("session")).isEqualTo(30 * 60);
			this.clock.advance(Duration.ofMinutes(29));
			assertThat(this.template.opsForValue().get("session")).isEqualTo("s");
			this.clock.advance(Duration.ofMinutes(1));
			assertThat(this.template.opsForValue().get("session")).isNull();
			// left for the next class to not see
			this.template.opsForValue().set("class", getClass().getSimpleName());
		}

	}

	@Nested
	@Order(1)
	@RedipyTest
	@ContextConfiguration(classes = SliceApp.class)
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	class WithRedipyTest extends Scenario {

	}

	@Nested
	@Order(2)
	@SpringBootTest(classes = App.class)
	@AutoConfigureRedipy
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	class WithSpringBootTest extends Scenario {

	}

	@Nested
	@Order(3)
	class AfterBothClasses {

		@Test
		void theyHadDifferentStoresAndEndpoints() {
			assertThat(stores).hasSize(2);
			assertThat(ports).hasSize(2).doesNotContain(6379);
			for (MemoryStore store : stores) {
				// each store kept only what its own class left
				assertThat(store.client("").keys("*")).containsExactly("class");
			}
			assertThat(stores.stream().map((store) -> store.client("").get("class")).toList())
				.containsExactlyInAnyOrder("WithRedipyTest", "WithSpringBootTest");
		}

	}

	/**
	 * Boot's own {@code @DataRedisTest}: no {@code spring.data.redis.*} property is set
	 * and nothing listens on 6379, yet the template and a repository work, on the memory
	 * store.
	 */
	@Nested
	@Order(4)
	@DataRedisTest
	@ContextConfiguration(classes = WithDataRedisTest.Config.class)
	class WithDataRedisTest {

		@SpringBootConfiguration
		@AutoConfigurationPackage(basePackageClasses = Book.class)
		static class Config {

		}

		@Autowired
		StringRedisTemplate template;

		@Autowired
		BookRepository books;

		@Autowired
		MemoryEndpoint endpoint;

		@Autowired
		RedipyClient client;

		@Autowired
		Environment environment;

		@Test
		void templateAndRepositoryRunOnTheMemoryStore() {
			assertThat(this.environment.getProperty("spring.data.redis.host")).isNull();
			assertThat(this.environment.getProperty("spring.data.redis.port")).isNull();
			assertThat(this.endpoint.port()).isNotEqualTo(6379);
			this.template.opsForValue().set("k", "v");
			assertThat(this.client.get("k")).isEqualTo("v");
			this.books.save(new Book("1", "le guin", "the dispossessed", null));
			this.books.save(new Book("2", "le guin", "the lathe of heaven", null));
			this.books.save(new Book("3", "lem", "solaris", null));
			assertThat(this.books.findByAuthor("le guin")).extracting(Book::getTitle)
				.containsExactlyInAnyOrder("the dispossessed", "the lathe of heaven");
			assertThat(this.client.hget("books:3", "title")).isEqualTo("solaris");
			assertThat(this.client.smembers("books:author:lem")).isEqualTo(Set.of("3"));
			this.books.deleteById("3");
			assertThat(this.books.findByAuthor("lem")).isEmpty();
			assertThat(this.books.count()).isEqualTo(2);
			assertThat(List.copyOf(this.client.keys("books:3*"))).isEmpty();
		}

	}

}
