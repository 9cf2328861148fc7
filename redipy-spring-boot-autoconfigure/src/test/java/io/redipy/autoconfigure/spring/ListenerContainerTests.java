package io.redipy.autoconfigure.spring;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.redipy.ManualClock;
import io.redipy.RedipyClient;
import io.redipy.autoconfigure.test.AutoConfigureRedipy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.RedisKeyExpiredEvent;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.KeyExpirationEventMessageListener;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.data.redis.listener.Topic;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's {@code RedisMessageListenerContainer} in a real application context, on the
 * memory backend and on a real Redis: channel and pattern topics, messages published by
 * the template and by the {@code RedipyClient} bean, and keyspace notifications
 * ({@code set}, {@code del}, {@code expired}, the last also through Spring's
 * {@code KeyExpirationEventMessageListener}), in database 0 and in database 3.
 */
class ListenerContainerTests {

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class)
	@AutoConfigureRedipy
	@Import(Listeners.class)
	class OnMemory extends Scenarios {

		@Autowired
		private ManualClock clock;

		@Override
		void passTime(Duration duration) {
			this.clock.advance(duration);
		}

	}

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class)
	@Import(Listeners.class)
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

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class)
	@AutoConfigureRedipy
	@Import(Listeners.class)
	@TestPropertySource(properties = "spring.data.redis.database=3")
	class OnMemoryInDatabase3 extends OnMemory {

		@Override
		int database() {
			return 3;
		}

	}

	@Nested
	@SpringBootTest(classes = SpringRedisApp.class)
	@Import(Listeners.class)
	@TestPropertySource(properties = "spring.data.redis.database=3")
	class OnRedisInDatabase3 extends OnRedis {

		@Override
		int database() {
			return 3;
		}

	}

	/** The container, Spring's expiry listener, and a consumer of its events. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Listeners {

		@Bean
		RedisMessageListenerContainer container(RedisConnectionFactory connectionFactory) {
			RedisMessageListenerContainer container = new RedisMessageListenerContainer();
			container.setConnectionFactory(connectionFactory);
			// the default executor hands each message to a new thread, which may reorder
			// them; on the receiving thread they reach the recorder in the order they
			// came on the wire, which is what the scenarios compare
			container.setTaskExecutor(Runnable::run);
			return container;
		}

		@Bean
		KeyExpirationEventMessageListener keyExpirationListener(RedisMessageListenerContainer container) {
			return new KeyExpirationEventMessageListener(container);
		}

		@Bean
		ExpiredKeys expiredKeys() {
			return new ExpiredKeys();
		}

	}

	/** Collects the keys of the {@link RedisKeyExpiredEvent}s Spring publishes. */
	static class ExpiredKeys {

		final BlockingQueue<String> keys = new LinkedBlockingQueue<>();

		@EventListener
		void expired(RedisKeyExpiredEvent<?> event) {
			this.keys.add(new String(event.getSource(), StandardCharsets.UTF_8));
		}

	}

	/**
	 * Collects messages as {@code channel|body} (with the pattern first for a pattern).
	 */
	static final class Recorder implements MessageListener {

		final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

		@Override
		public void onMessage(Message message, byte[] pattern) {
			String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
			String body = new String(message.getBody(), StandardCharsets.UTF_8);
			// Spring passes the channel as the pattern of a channel subscription
			String subscribed = (pattern != null) ? new String(pattern, StandardCharsets.UTF_8) : channel;
			this.messages.add((subscribed.equals(channel) ? "" : subscribed + "|") + channel + "|" + body);
		}

		String next() throws InterruptedException {
			String message = this.messages.poll(10, TimeUnit.SECONDS);
			assertThat(message).as("a message within 10 s").isNotNull();
			return message;
		}

	}

	abstract static class Scenarios {

		@Autowired
		StringRedisTemplate template;

		@Autowired
		RedipyClient client;

		@Autowired
		RedisMessageListenerContainer container;

		@Autowired
		ExpiredKeys expiredKeys;

		private final Recorder recorder = new Recorder();

		private int probes;

		/** Lets time pass: the manual clock on memory, real time on Redis. */
		abstract void passTime(Duration duration) throws InterruptedException;

		/** The database {@code spring.data.redis.database} selects. */
		int database() {
			return 0;
		}

		@BeforeEach
		void clean() {
			flush();
			this.expiredKeys.keys.clear();
		}

		@AfterEach
		void restore() {
			this.container.removeMessageListener(this.recorder);
			// the Redis server is shared with other tests: leave its configuration as
			// found
			notifyKeyspaceEvents("");
			flush();
		}

		private void flush() {
			this.template.execute((RedisCallback<Void>) (connection) -> {
				connection.serverCommands().flushDb();
				return null;
			});
		}

		private void notifyKeyspaceEvents(String classes) {
			this.template.execute((RedisCallback<Void>) (connection) -> {
				connection.serverCommands().setConfig("notify-keyspace-events", classes);
				return null;
			});
		}

		private String configuredEvents() {
			Properties config = this.template
				.execute((RedisCallback<Properties>) (connection) -> connection.serverCommands()
					.getConfig("notify-keyspace-events"));
			return config.getProperty("notify-keyspace-events");
		}

		/**
		 * Subscribes the recorder to topics, and returns once the subscriptions are in
		 * place: the container subscribes in the background, in order, so a probe channel
		 * subscribed last that has a subscriber shows that the others are active.
		 */
		private void listen(Topic... topics) throws InterruptedException {
			String probe = "probe:" + (++this.probes);
			for (Topic topic : topics) {
				this.container.addMessageListener(this.recorder, topic);
			}
			Recorder probeRecorder = new Recorder();
			this.container.addMessageListener(probeRecorder, new ChannelTopic(probe));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			Long receivers;
			do {
				receivers = this.template.convertAndSend(probe, "ready");
				if (receivers != null && receivers > 0) {
					break;
				}
				Thread.sleep(20);
			}
			while (System.nanoTime() < deadline);
			assertThat(receivers).as("subscribed within 10 s").isPositive();
			this.container.removeMessageListener(probeRecorder);
		}

		@Test
		void channelTopicReceivesWhatTheTemplateAndTheClientPublish() throws InterruptedException {
			listen(new ChannelTopic("news"));
			this.template.convertAndSend("news", "héllo from the template");
			assertThat(this.recorder.next()).isEqualTo("news|héllo from the template");
			assertThat(this.client.publish("news", "from the client ✓")).isEqualTo(1L);
			assertThat(this.recorder.next()).isEqualTo("news|from the client ✓");
			this.template.convertAndSend("other", "not for us");
			this.template.convertAndSend("news", "last");
			assertThat(this.recorder.next()).isEqualTo("news|last");
		}

		@Test
		void patternTopicReceivesMatchingChannelsWithThePattern() throws InterruptedException {
			listen(new PatternTopic("news.*"));
			this.template.convertAndSend("news.sport", "goal");
			this.template.convertAndSend("weather", "rain");
			this.client.publish("news.tech", "release");
			assertThat(this.recorder.next()).isEqualTo("news.*|news.sport|goal");
			assertThat(this.recorder.next()).isEqualTo("news.*|news.tech|release");
		}

		@Test
		void keyspaceEventsForSetAndDelInTheSelectedDatabase() throws InterruptedException {
			notifyKeyspaceEvents("KEA");
			assertThat(configuredEvents()).isEqualTo("AKE");
			int db = database();
			listen(new ChannelTopic("__keyspace@" + db + "__:user:1"), new ChannelTopic("__keyevent@" + db + "__:del"));
			this.template.opsForValue().set("user:1", "Zoë");
			assertThat(this.recorder.next()).isEqualTo("__keyspace@" + db + "__:user:1|set");
			this.template.delete("user:1");
			// the keyspace event is sent before the keyevent one, as Redis does
			assertThat(this.recorder.next()).isEqualTo("__keyspace@" + db + "__:user:1|del");
			assertThat(this.recorder.next()).isEqualTo("__keyevent@" + db + "__:del|user:1");

			// the RedipyClient bean writes into the same database
			this.client.set("user:1", "from the client");
			assertThat(this.recorder.next()).isEqualTo("__keyspace@" + db + "__:user:1|set");
			assertThat(this.template.opsForValue().get("user:1")).isEqualTo("from the client");
		}

		@Test
		void expiredEventIsSentWhenTimePassesTheTtl() throws InterruptedException {
			notifyKeyspaceEvents("KEA");
			int db = database();
			listen(new ChannelTopic("__keyevent@" + db + "__:expired"));
			this.template.opsForValue().set("session", "data", Duration.ofMillis(200));
			this.client.set("token", "t", io.redipy.api.SetOptions.always().px(Duration.ofMillis(200)));
			// no command touches the keys after this: the server expires them on its own
			passTime(Duration.ofMillis(300));
			assertThat(java.util.List.of(this.recorder.next(), this.recorder.next())).containsExactlyInAnyOrder(
					"__keyevent@" + db + "__:expired|session", "__keyevent@" + db + "__:expired|token");
			// Spring's KeyExpirationEventMessageListener turns them into application
			// events
			assertThat(java.util.List.of(this.expiredKeys.keys.poll(10, TimeUnit.SECONDS),
					this.expiredKeys.keys.poll(10, TimeUnit.SECONDS)))
				.containsExactlyInAnyOrder("session", "token");
			assertThat(this.template.hasKey("session")).isFalse();
		}

	}

}
