package io.redipy.server;

import java.time.Duration;
import java.util.Set;

import io.redipy.ManualClock;
import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys expire on their own, as Redis's active expiry (run by {@code serverCron}) does:
 * when time passes a key's deadline and no command touches it, a subscriber still gets
 * its {@code expired} notification, in every database. Against a real redis-server, with
 * the memory store's time moved by a {@link ManualClock}.
 */
@ExtendWith(RedisExtension.class)
class ActiveExpiryTests {

	/** Lets time pass on one side. */
	interface Time {

		void pass(Duration duration) throws InterruptedException;

	}

	@Test
	void expiredEventsComeWithoutCommandsOnRedis(RedisServer redis) throws Exception {
		try {
			assertThat(expiredEventsWithoutCommands(redis.port(), (duration) -> Thread.sleep(duration.toMillis())))
				.isEqualTo(expected());
		}
		finally {
			try (RawClient client = new RawClient(redis.host(), redis.port())) {
				// the server is shared with other tests: leave it as found
				client.call("CONFIG", "SET", "notify-keyspace-events", "");
			}
		}
	}

	@Test
	void expiredEventsComeWithoutCommandsOnTheMemoryStore() throws Exception {
		ManualClock clock = new ManualClock();
		MemoryStore store = new MemoryStore(clock);
		try (RedipyServer server = RedipyServer.start(store.engine(null), ServerOptions.defaults())) {
			assertThat(expiredEventsWithoutCommands(server.port(), clock::advance)).isEqualTo(expected());
		}
	}

	private static Set<String> expected() {
		return Set.of(pmessage("__keyevent@0__:expired", "session:0"), pmessage("__keyevent@5__:expired", "session:5"));
	}

	/**
	 * Sets two keys with a short time to live, in databases 0 and 5, lets the time pass
	 * and reads what a subscriber gets, sending no command meanwhile.
	 */
	private static Set<String> expiredEventsWithoutCommands(int port, Time time) throws Exception {
		try (RawClient subscriber = new RawClient(port); RawClient writer = new RawClient(port)) {
			assertThat(writer.call("CONFIG", "SET", "notify-keyspace-events", "Ex")).isEqualTo("+OK\r\n");
			assertThat(subscriber.call("PSUBSCRIBE", "__keyevent@*__:expired")).contains("psubscribe");
			for (int db : new int[] { 0, 5 }) {
				writer.call("SELECT", String.valueOf(db));
				writer.call("DEL", "session:" + db);
				assertThat(writer.call("SET", "session:" + db, "data", "PX", "100")).isEqualTo("+OK\r\n");
			}
			time.pass(Duration.ofMillis(300));
			// nothing touches the keys: the server expires them by itself (the reads wait
			// up to 5 s)
			return Set.of(subscriber.reply(), subscriber.reply());
		}
	}

	private static String pmessage(String channel, String key) {
		return "*4\r\n$8\r\npmessage\r\n$22\r\n__keyevent@*__:expired\r\n$" + channel.length() + "\r\n" + channel
				+ "\r\n$" + key.length() + "\r\n" + key + "\r\n";
	}

}
