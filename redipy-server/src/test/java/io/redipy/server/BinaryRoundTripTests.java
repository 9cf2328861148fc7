package io.redipy.server;

import java.util.Random;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.redipy.memory.MemoryStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any byte sequence round-trips exactly through the server: keys, values, fields and
 * members that are not UTF-8, NUL bytes, and a large random value.
 */
class BinaryRoundTripTests {

	@Test
	void everyByteComesBackAsItWent() {
		MemoryStore store = new MemoryStore();
		RedisClient lettuce = RedisClient.create();
		try (RedipyServer server = RedipyServer.start(store.engine(null), ServerOptions.defaults());
				StatefulRedisConnection<byte[], byte[]> connection = lettuce.connect(ByteArrayCodec.INSTANCE,
						RedisURI.create("127.0.0.1", server.port()))) {
			RedisCommands<byte[], byte[]> redis = connection.sync();
			Random random = new Random(42);
			byte[] key = { 'k', (byte) 0xC3, 0, (byte) 0xFF, '\r', '\n' };
			byte[] large = new byte[64 * 1024 * 1024];
			random.nextBytes(large);
			redis.set(key, large);
			assertThat(redis.get(key)).isEqualTo(large);
			assertThat(redis.strlen(key)).isEqualTo(large.length);
			byte[] field = { (byte) 0xA9, 0 };
			byte[] member = { (byte) 0xE2, (byte) 0x82 };
			redis.hset(new byte[] { 'h' }, field, member);
			redis.sadd(new byte[] { 's' }, field, member, new byte[] { (byte) 0xA9 });
			redis.zadd(new byte[] { 'z' }, 1.0, member);
			redis.rpush(new byte[] { 'l' }, member, field);
			assertThat(redis.hget(new byte[] { 'h' }, field)).isEqualTo(member);
			assertThat(redis.scard(new byte[] { 's' })).isEqualTo(3);
			assertThat(redis.sismember(new byte[] { 's' }, field)).isTrue();
			assertThat(redis.zscore(new byte[] { 'z' }, member)).isEqualTo(1.0);
			assertThat(redis.lrange(new byte[] { 'l' }, 0, -1)).containsExactly(member, field);
			assertThat(redis.keys(new byte[] { 'k', '*' })).containsExactly(key);
			// the String API reads the same data as a UTF-8 client does
			assertThat(store.client("").keys("k*")).containsExactly("k\uFFFD\0\uFFFD\r\n");
			assertThat(store.client("").lrange("l", 0, -1)).containsExactly("\uFFFD", "\uFFFD\0");
		}
		finally {
			lettuce.shutdown();
		}
	}

}
