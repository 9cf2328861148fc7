package io.redipy.resp;

import java.util.ArrayList;
import java.util.List;

import io.redipy.RedipyClient;
import io.redipy.api.Message;
import io.redipy.api.Subscription;
import io.redipy.command.Reply;
import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pub/sub through the endpoint against a real redis-server: subscription changes,
 * messages and pattern messages as pushes (RESP3) or arrays (RESP2), RESP2's subscriber
 * mode, and messages between endpoint sessions and the typed API.
 */
@ExtendWith(RedisExtension.class)
class EndpointPubSubTests {

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void subscribersReceiveWhatRedisSends(int protocol, RedisServer redis) {
		MemoryStore store = new MemoryStore();
		List<String> redisSide = new ArrayList<>();
		List<String> memorySide = new ArrayList<>();
		try (RespPair subscriber = new RespPair(redis.host(), redis.port(), store, protocol);
				RespPair publisher = new RespPair(redis.host(), redis.port(), store, protocol)) {
			// SUBSCRIBE a b answers twice; PSUBSCRIBE once
			both(subscriber, redisSide, memorySide, 2, "SUBSCRIBE", "news", "sport");
			both(subscriber, redisSide, memorySide, 1, "PSUBSCRIBE", "n*");
			both(subscriber, redisSide, memorySide, 1, "GET", "k");
			both(subscriber, redisSide, memorySide, 1, "PING");
			both(subscriber, redisSide, memorySide, 1, "PING", "x");
			both(publisher, redisSide, memorySide, 1, "PUBLISH", "news", "hello \u00e9");
			next(subscriber, redisSide, memorySide, 2);
			both(publisher, redisSide, memorySide, 1, "PUBLISH", "nothing", "x");
			next(subscriber, redisSide, memorySide, 1);
			both(publisher, redisSide, memorySide, 1, "PUBSUB", "CHANNELS");
			both(publisher, redisSide, memorySide, 1, "PUBSUB", "CHANNELS", "s*");
			both(publisher, redisSide, memorySide, 1, "PUBSUB", "channels", "a", "b");
			both(publisher, redisSide, memorySide, 1, "PUBSUB", "NUMSUB", "news", "none");
			both(publisher, redisSide, memorySide, 1, "PUBSUB", "NUMPAT");
			both(publisher, redisSide, memorySide, 1, "PUBSUB", "FOO");
			both(subscriber, redisSide, memorySide, 1, "UNSUBSCRIBE", "sport");
			both(subscriber, redisSide, memorySide, 1, "PUNSUBSCRIBE");
			both(subscriber, redisSide, memorySide, 1, "UNSUBSCRIBE");
			both(subscriber, redisSide, memorySide, 1, "UNSUBSCRIBE");
			both(subscriber, redisSide, memorySide, 1, "GET", "k");
		}
		assertThat(memorySide).isEqualTo(redisSide);
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void shardChannelsBehaveAsRedisHasThem(int protocol, RedisServer redis) {
		MemoryStore store = new MemoryStore();
		List<String> redisSide = new ArrayList<>();
		List<String> memorySide = new ArrayList<>();
		try (RespPair subscriber = new RespPair(redis.host(), redis.port(), store, protocol);
				RespPair publisher = new RespPair(redis.host(), redis.port(), store, protocol)) {
			// shard channels are counted apart from channels and patterns
			both(subscriber, redisSide, memorySide, 2, "SSUBSCRIBE", "orders", "stock");
			both(subscriber, redisSide, memorySide, 1, "SSUBSCRIBE", "orders");
			both(subscriber, redisSide, memorySide, 1, "SUBSCRIBE", "orders");
			both(subscriber, redisSide, memorySide, 1, "PSUBSCRIBE", "o*");
			both(subscriber, redisSide, memorySide, 1, "GET", "k");
			both(publisher, redisSide, memorySide, 1, "SPUBLISH", "orders", "shard \u00e9");
			next(subscriber, redisSide, memorySide, 1);
			// a PUBLISH on the same name reaches the channel and the pattern, not the
			// shard channel
			both(publisher, redisSide, memorySide, 1, "PUBLISH", "orders", "plain");
			next(subscriber, redisSide, memorySide, 2);
			both(publisher, redisSide, memorySide, 1, "SPUBLISH", "nobody", "x");
			both(publisher, redisSide, memorySide, 1, "PUBSUB", "SHARDCHANNELS");
			both(publisher, redisSide, memorySide, 1, "PUBSUB", "SHARDCHANNELS", "s*");
			both(publisher, redisSide, memorySide, 1, "PUBSUB", "SHARDCHANNELS", "a", "b");
			both(publisher, redisSide, memorySide, 1, "PUBSUB", "SHARDNUMSUB", "orders", "none");
			both(publisher, redisSide, memorySide, 1, "PUBSUB", "NUMSUB", "orders");
			both(publisher, redisSide, memorySide, 1, "PUBSUB", "CHANNELS");
			both(subscriber, redisSide, memorySide, 1, "UNSUBSCRIBE");
			both(subscriber, redisSide, memorySide, 1, "PUNSUBSCRIBE");
			// still in subscriber mode: the shard channels remain
			both(subscriber, redisSide, memorySide, 1, "GET", "k");
			both(subscriber, redisSide, memorySide, 1, "SUNSUBSCRIBE", "stock", "never");
			both(subscriber, redisSide, memorySide, 1, "SUNSUBSCRIBE");
			both(subscriber, redisSide, memorySide, 1, "SUNSUBSCRIBE");
			both(subscriber, redisSide, memorySide, 1, "GET", "k");
			// a transaction refuses SSUBSCRIBE when it runs
			both(publisher, redisSide, memorySide, 1, "MULTI");
			both(publisher, redisSide, memorySide, 1, "SSUBSCRIBE", "t");
			both(publisher, redisSide, memorySide, 1, "EXEC");
			both(publisher, redisSide, memorySide, 1, "SSUBSCRIBE");
			both(publisher, redisSide, memorySide, 1, "SPUBLISH", "only-one");
		}
		assertThat(memorySide).isEqualTo(redisSide);
	}

	private static void both(RespPair pair, List<String> redisSide, List<String> memorySide, int replies,
			Object... args) {
		String line = String.join(" ", List.of(args).stream().map(String::valueOf).toList()) + " -> ";
		String[] shown = pair.both(args);
		redisSide.add(line + shown[0]);
		memorySide.add(line + shown[1]);
		next(pair, redisSide, memorySide, replies - 1);
	}

	private static void next(RespPair pair, List<String> redisSide, List<String> memorySide, int replies) {
		for (int i = 0; i < replies; i++) {
			redisSide.add("  " + RespPair.show(pair.redisNext()));
			memorySide.add("  " + RespPair.show(pair.memoryNext()));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void theTypedApiAndEndpointSessionsShareChannels(int protocol, RedisServer redis) throws Exception {
		MemoryStore store = new MemoryStore();
		RedipyClient client = io.redipy.Redipy.memory(io.redipy.MemoryOptions.defaults().withStore(store));
		try (RespPair session = new RespPair(redis.host(), redis.port(), store, protocol);
				Subscription subscription = client.subscribe("from-resp")) {
			session.memory("SUBSCRIBE", "from-api");
			assertThat(client.publish("from-api", "hi")).isEqualTo(1);
			Reply pushed = session.memoryNext();
			assertThat(RespPair.show(pushed)).contains("\"message\", \"from-api\", \"hi\"");
			session.memory("UNSUBSCRIBE");
			assertThat(RespPair.show(session.memory("PUBLISH", "from-resp", "ok"))).isEqualTo(":1");
			Message message = subscription.poll(java.time.Duration.ofSeconds(5));
			assertThat(message).isNotNull();
			assertThat(message.message()).isEqualTo("ok");
		}
	}

}
