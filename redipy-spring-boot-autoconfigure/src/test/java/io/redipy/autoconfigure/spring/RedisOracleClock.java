package io.redipy.autoconfigure.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Lets time pass for a real Redis server, the oracle of the scenarios that the memory
 * store runs with a {@link io.redipy.ManualClock}. A server's clock cannot be moved, so
 * every key's time to live in the selected database is shortened by the duration instead;
 * keys whose time runs out get 1 ms left and then expire for real (Redis itself removes
 * them and sends its {@code expired} keyspace event), not by a {@code DEL}.
 */
final class RedisOracleClock {

	private RedisOracleClock() {
	}

	/**
	 * Shortens every time to live in the template's database by the duration.
	 * @param template a template on the server and database
	 * @param duration how much time passes
	 */
	static void pass(StringRedisTemplate template, Duration duration) {
		long millis = duration.toMillis();
		template.execute((RedisConnection connection) -> {
			List<byte[]> keys = new ArrayList<>();
			try (Cursor<byte[]> cursor = connection.keyCommands().scan(ScanOptions.scanOptions().count(100).build())) {
				cursor.forEachRemaining(keys::add);
			}
			for (byte[] key : keys) {
				Long left = connection.keyCommands().pTtl(key);
				if (left == null || left < 0) {
					continue;
				}
				if (left <= millis) {
					connection.keyCommands().pExpire(key, 1);
				}
				else {
					connection.keyCommands().pExpire(key, left - millis);
				}
			}
			return null;
		});
		// past the 1 ms left: a command then meets those keys expired, and Redis's active
		// expiry removes the others within its 100 ms cycle, as the memory store's does
		try {
			Thread.sleep(5);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Empties the template's database.
	 * @param template a template on the server and database
	 */
	static void flush(StringRedisTemplate template) {
		template.execute((RedisConnection connection) -> {
			connection.serverCommands().flushDb();
			return null;
		});
	}

}
