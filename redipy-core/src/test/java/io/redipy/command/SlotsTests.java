package io.redipy.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.redipy.test.RedisCluster;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Slots} against a cluster node's {@code CLUSTER KEYSLOT}: hash tags, empty and
 * unclosed tags, bytes that are not UTF-8, and random keys.
 */
class SlotsTests {

	@Test
	void knownSlots() {
		// from Redis's cluster specification and its tests
		assertThat(Slots.of("123456789")).isEqualTo(12739);
		assertThat(Slots.of("foo")).isEqualTo(12182);
		assertThat(Slots.of("{user1000}.following")).isEqualTo(Slots.of("{user1000}.followers"));
		assertThat(Slots.of("foo{}{bar}")).isEqualTo(Slots.of("foo{}{bar}".getBytes(StandardCharsets.UTF_8)));
		assertThat(Slots.of("foo{{bar}}zap")).isEqualTo(Slots.of("{bar"));
		assertThat(Slots.of("foo{bar}{zap}")).isEqualTo(Slots.of("bar"));
	}

	@Test
	void theSameSlotsAsRedisCluster() {
		RedisCluster cluster = RedisExtension.cluster();
		RedisServer node = cluster.nodes().get(0);
		List<byte[]> keys = new ArrayList<>();
		for (String text : new String[] { "", "a", "{", "}", "{}", "}{", "{a", "a}", "{a}", "x{a}y", "{}a", "a{}b{c}",
				"{{a}}", "{a}{b}", "é", "{é}x", "😀", "app:{user:1}:name" }) {
			keys.add(text.getBytes(StandardCharsets.UTF_8));
		}
		Random random = new Random(42);
		byte[] alphabet = { '{', '}', 'a', 'b', 0, (byte) 0x80, (byte) 0xff, (byte) 0xc3 };
		for (int i = 0; i < 500; i++) {
			byte[] key = new byte[random.nextInt(12)];
			for (int j = 0; j < key.length; j++) {
				key[j] = (random.nextInt(3) == 0) ? alphabet[random.nextInt(alphabet.length)]
						: (byte) random.nextInt(256);
			}
			keys.add(key);
		}
		RedisClient client = RedisClient.create(RedisURI.create(node.host(), node.port()));
		try (StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE)) {
			for (byte[] key : keys) {
				assertThat(Slots.of(key)).as("slot of %s", java.util.HexFormat.of().formatHex(key))
					.isEqualTo(connection.sync().clusterKeyslot(key).intValue());
			}
		}
		finally {
			client.shutdown();
		}
	}

}
