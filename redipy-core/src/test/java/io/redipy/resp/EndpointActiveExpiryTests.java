package io.redipy.resp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.redipy.ManualClock;
import io.redipy.MemoryOptions;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.Message;
import io.redipy.api.SetOptions;
import io.redipy.api.Subscription;
import io.redipy.command.Reply;
import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Active expiry ({@link MemoryStore#startActiveExpiry()}) against a real redis-server: a
 * key whose time has passed is removed, and its {@code expired} event sent, with no
 * command meeting it, as Redis's own active expiry does. Spring's listeners for expired
 * keys (Spring Session's indexed repository, Spring Data Redis's repositories) wait for
 * that event.
 */
@ExtendWith(RedisExtension.class)
class EndpointActiveExpiryTests {

	@Test
	void aKeyWhoseTimeHasPassedIsExpiredAndAnnouncedWithoutACommand(RedisServer redis) throws Exception {
		MemoryStore store = new MemoryStore();
		store.startActiveExpiry();
		List<String> redisSide = new ArrayList<>();
		List<String> memorySide = new ArrayList<>();
		try (RespPair subscriber = new RespPair(redis.host(), redis.port(), store, 3);
				RespPair writer = new RespPair(redis.host(), redis.port(), store, 3)) {
			writer.redis("FLUSHALL");
			try {
				writer.both("CONFIG", "SET", "notify-keyspace-events", "Ex");
				subscriber.both("SUBSCRIBE", "__keyevent@0__:expired");
				writer.both("SET", "gone", "v", "PX", "200");
				writer.both("SET", "kept", "v");
				// no command meanwhile, on either side: Redis's cycle runs ten times a
				// second
				Thread.sleep(900);
				pushes(subscriber, redisSide, memorySide);
			}
			finally {
				writer.redis("CONFIG", "SET", "notify-keyspace-events", "");
				writer.redis("FLUSHALL");
				store.stopActiveExpiry();
			}
		}
		assertThat(memorySide).isEqualTo(redisSide);
		assertThat(memorySide).hasSize(1).allMatch((line) -> line.contains("gone"));
	}

	@Test
	void aMovedManualClockExpiresKeysWithoutACommand(RedisServer redis) throws Exception {
		ManualClock clock = new ManualClock();
		MemoryStore store = new MemoryStore(clock);
		store.startActiveExpiry();
		RedipyClient client = Redipy.memory(MemoryOptions.defaults().withStore(store));
		try (RespPair session = new RespPair(redis.host(), redis.port(), store, 3);
				Subscription subscription = client.psubscribe("__keyevent@*__:expired")) {
			session.memory("CONFIG", "SET", "notify-keyspace-events", "Ex");
			client.set("session", "s", SetOptions.always().px(Duration.ofMinutes(30)));
			client.set("other", "s", SetOptions.always().px(Duration.ofMinutes(31)));
			clock.advance(Duration.ofMinutes(30));
			Message message = subscription.poll(Duration.ofSeconds(10));
			assertThat(message).isNotNull();
			assertThat(message.channel() + " " + message.message()).isEqualTo("__keyevent@0__:expired session");
			assertThat(subscription.poll(Duration.ofMillis(300))).isNull();
		}
		finally {
			store.stopActiveExpiry();
		}
	}

	/** Reads the pushes on each side up to the reply to a PING (which touches no key). */
	private static void pushes(RespPair subscriber, List<String> redisSide, List<String> memorySide) {
		subscriber.redisSend("PING");
		subscriber.memorySend("PING");
		for (Reply reply = subscriber.redisNext(); !pong(reply); reply = subscriber.redisNext()) {
			redisSide.add(RespPair.show(reply));
		}
		for (Reply reply = subscriber.memoryNext(); !pong(reply); reply = subscriber.memoryNext()) {
			memorySide.add(RespPair.show(reply));
		}
	}

	private static boolean pong(Reply reply) {
		return RespPair.show(reply).toLowerCase(Locale.ROOT).contains("pong");
	}

}
