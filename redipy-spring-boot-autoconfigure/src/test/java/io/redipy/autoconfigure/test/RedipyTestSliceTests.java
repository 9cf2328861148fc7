package io.redipy.autoconfigure.test;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import io.redipy.ManualClock;
import io.redipy.RedipyClient;
import io.redipy.api.SetOptions;
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
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link RedipyTest} slice: memory backend whatever the properties say, an empty
 * store per test method, a store per test class, and a clock to move.
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class RedipyTestSliceTests {

	private static final Set<MemoryStore> stores = Collections.newSetFromMap(new IdentityHashMap<>());

	@SpringBootConfiguration
	static class App {

	}

	@Nested
	@Order(1)
	@RedipyTest
	@TestPropertySource(properties = { "redipy.backend=redis", "spring.data.redis.port=1" })
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	class FirstClass {

		@Autowired
		private RedipyClient client;

		@Autowired
		private ManualClock clock;

		@Autowired
		private MemoryStore store;

		@Test
		@Order(1)
		void usesTheMemoryBackendAndWrites() {
			stores.add(this.store);
			assertThat(this.client.backend()).isEqualTo("memory");
			this.client.set("left-behind", "x");
			assertThat(this.client.dbsize()).isEqualTo(1);
		}

		@Test
		@Order(2)
		void startsWithAnEmptyStore() {
			assertThat(this.client.dbsize()).isZero();
		}

		@Test
		@Order(3)
		void movesTimeInsteadOfSleeping() {
			this.client.set("session", "s", SetOptions.always().ex(Duration.ofMinutes(30)));
			this.clock.advance(Duration.ofMinutes(29));
			assertThat(this.client.get("session")).isEqualTo("s");
			this.clock.advance(Duration.ofMinutes(1));
			assertThat(this.client.get("session")).isNull();
		}

	}

	@Nested
	@Order(2)
	@RedipyTest
	class SecondClass {

		@Autowired
		private MemoryStore store;

		@Autowired
		private RedipyClient client;

		@Test
		void hasItsOwnStore() {
			stores.add(this.store);
			this.client.set("mine", "y");
			assertThat(this.client.keys("*")).containsExactly("mine");
		}

	}

	@Test
	void eachAnnotatedTestClassGetsItsOwnContextKey() {
		RedipyContextCustomizerFactory factory = new RedipyContextCustomizerFactory();
		assertThat(factory.createContextCustomizer(FirstClass.class, List.of()))
			.isEqualTo(factory.createContextCustomizer(FirstClass.class, List.of()))
			.isNotEqualTo(factory.createContextCustomizer(SecondClass.class, List.of()));
		assertThat(factory.createContextCustomizer(RedipyTestSliceTests.class, List.of())).isNull();
	}

	@Nested
	@Order(3)
	class AfterBothClasses {

		@Test
		void theyHadDifferentStores() {
			assertThat(stores).hasSize(2);
		}

	}

}
