package io.redipy.autoconfigure.spring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.redipy.RedipyClient;
import io.redipy.autoconfigure.test.AutoConfigureRedipy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.connection.ReactiveSubscription.Message;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boot's {@code ReactiveStringRedisTemplate} in a real application context, on the memory
 * backend and on a real Redis: values, hashes and a channel listened to, with the
 * {@code RedipyClient} bean on the other side of each.
 */
class ReactiveTemplateTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class)
	@AutoConfigureRedipy
	class OnMemory extends Scenarios {

	}

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class)
	class OnRedis extends Scenarios {

		@DynamicPropertySource
		static void redis(DynamicPropertyRegistry registry) {
			Backends.redis(registry);
		}

	}

	abstract static class Scenarios {

		@Autowired
		ReactiveStringRedisTemplate template;

		@Autowired
		RedipyClient client;

		@BeforeEach
		@AfterEach
		void flush() {
			this.template.execute((connection) -> connection.serverCommands().flushDb()).blockLast(WAIT);
		}

		@Test
		void scanInSmallPagesThenDeleteWhatItFound() {
			// many cursor round trips, each next SCAN sent from the reply's callback, and
			// the deletes on the same reactive connection (as Spring's cache clears)
			var values = this.template.opsForValue();
			for (int i = 0; i < 25; i++) {
				assertThat(values.set("page:" + i, "v" + i).block(WAIT)).isTrue();
			}
			var options = org.springframework.data.redis.core.ScanOptions.scanOptions()
				.match("page:*")
				.count(4)
				.build();
			List<String> found = this.template.scan(options).collectList().block(WAIT);
			assertThat(found).hasSize(25);
			Long deleted = this.template.scan(options)
				.buffer(4)
				.flatMap((keys) -> this.template.delete(keys.toArray(String[]::new)))
				.reduce(0L, Long::sum)
				.block(WAIT);
			assertThat(deleted).isEqualTo(25L);
			assertThat(this.client.dbsize()).isZero();
		}

		@Test
		void valuesSetAndGot() {
			var values = this.template.opsForValue();
			assertThat(values.set("greeting", "grüß dich").block(WAIT)).isTrue();
			assertThat(values.get("greeting").block(WAIT)).isEqualTo("grüß dich");
			assertThat(this.client.get("greeting")).isEqualTo("grüß dich");
			assertThat(values.setIfAbsent("lock", "me", Duration.ofSeconds(30)).block(WAIT)).isTrue();
			assertThat(values.setIfAbsent("lock", "you", Duration.ofSeconds(30)).block(WAIT)).isFalse();
			// PTTL: the time that passed since the SET shows on Redis
			assertThat(this.template.getExpire("lock").block(WAIT)).isBetween(Duration.ofSeconds(29),
					Duration.ofSeconds(30));
			assertThat(values.increment("visits").block(WAIT)).isEqualTo(1L);
			assertThat(values.get("missing").block(WAIT)).isNull();

			this.client.set("from-client", "🎉 party");
			assertThat(values.get("from-client").block(WAIT)).isEqualTo("🎉 party");
			assertThat(values.multiGet(List.of("greeting", "missing", "visits")).block(WAIT))
				.containsExactly("grüß dich", null, "1");
		}

		@Test
		void hashOperations() {
			var hashes = this.template.<String, String>opsForHash();
			assertThat(hashes.putAll("user:1", Map.of("name", "Zoë", "city", "Zürich")).block(WAIT)).isTrue();
			assertThat(hashes.put("user:1", "visits", "1").block(WAIT)).isTrue();
			assertThat(hashes.increment("user:1", "visits", 2).block(WAIT)).isEqualTo(3L);
			assertThat(hashes.get("user:1", "name").block(WAIT)).isEqualTo("Zoë");
			assertThat(hashes.entries("user:1").collectMap(Map.Entry::getKey, Map.Entry::getValue).block(WAIT))
				.isEqualTo(Map.of("name", "Zoë", "city", "Zürich", "visits", "3"));
			assertThat(this.client.hgetall("user:1")).isEqualTo(Map.of("name", "Zoë", "city", "Zürich", "visits", "3"));
			this.client.hset("user:1", "name", "Zoé");
			assertThat(hashes.remove("user:1", "city").block(WAIT)).isEqualTo(1L);
			assertThat(hashes.multiGet("user:1", List.of("name", "city")).block(WAIT)).containsExactly("Zoé", null);
			assertThat(hashes.size("user:1").block(WAIT)).isEqualTo(2L);
		}

		@Test
		void listenToChannelReceivesWhatTheClientPublishes() throws InterruptedException {
			BlockingQueue<String> received = new LinkedBlockingQueue<>();
			Disposable subscription = this.template.listenToChannel("news")
				// the probes that showed the subscription in place are not the test's
				.filter((message) -> !"probe".equals(message.getMessage()))
				.map((Message<String, String> message) -> message.getChannel() + "|" + message.getMessage())
				.subscribe(received::add);
			try {
				awaitSubscriber("news");
				assertThat(this.client.publish("news", "héllo ✓")).isEqualTo(1L);
				assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("news|héllo ✓");
				assertThat(this.template.convertAndSend("news", "from the template").block(WAIT)).isEqualTo(1L);
				assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("news|from the template");
			}
			finally {
				subscription.dispose();
			}
		}

		/**
		 * Waits until the channel has a subscriber: the subscription is made in the
		 * background.
		 */
		private void awaitSubscriber(String channel) throws InterruptedException {
			long deadline = System.nanoTime() + WAIT.toNanos();
			while (System.nanoTime() < deadline) {
				Long receivers = this.template.convertAndSend(channel, "probe").block(WAIT);
				if (receivers != null && receivers > 0) {
					return;
				}
				Thread.sleep(20);
			}
			throw new AssertionError("no subscriber on " + channel + " within " + WAIT);
		}

	}

}
