package io.redipy.redis;

import java.util.Properties;

import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.Subscription;
import io.redipy.test.RedisExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a subscription ends its shard channels at the server before {@code close()}
 * returns, so a {@code SPUBLISH} sent afterwards reaches nobody. Redis counts the
 * confirmed {@code SUNSUBSCRIBE}; a close that only dropped the connection would leave
 * the server to notice later, and a publisher racing it would still count this
 * subscriber.
 */
class RedisSubscriptionCloseTests {

	private LettuceConnectionFactory factory;

	private RedipyClient client;

	@BeforeEach
	void connect() {
		this.factory = RedisExtension.server().connectionFactory();
		this.client = Redipy.redis(this.factory, io.redipy.RedisOptions.defaults().withKeyPrefix("close-test:"));
	}

	@AfterEach
	void close() {
		this.client.close();
		this.factory.destroy();
	}

	private long sunsubscribeCalls() {
		try (RedisConnection connection = this.factory.getConnection()) {
			Properties stats = connection.serverCommands().info("commandstats");
			String line = stats.getProperty("cmdstat_sunsubscribe");
			if (line == null) {
				return 0;
			}
			// calls=N,usec=...
			return Long.parseLong(line.substring("calls=".length(), line.indexOf(',')));
		}
	}

	@Test
	void close_unsubscribesTheShardChannelsBeforeReturning() {
		long before = sunsubscribeCalls();
		Subscription shard = this.client.ssubscribe("{o}orders", "{o}stock");
		shard.subscribe("orders");
		assertThat(this.client.spublish("{o}stock", "open")).isEqualTo(1);
		shard.close();
		assertThat(sunsubscribeCalls() - before).isEqualTo(1);
		assertThat(this.client.spublish("{o}stock", "closed")).isZero();
		assertThat(shard.shardChannels()).isEmpty();
	}

}
