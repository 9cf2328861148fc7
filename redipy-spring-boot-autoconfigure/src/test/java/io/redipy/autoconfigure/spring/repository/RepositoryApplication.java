package io.redipy.autoconfigure.spring.repository;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.data.redis.core.RedisKeyExpiredEvent;
import org.springframework.data.redis.repository.configuration.EnableRedisRepositories;

/**
 * An application with Spring Data Redis repositories that listens for expired keys
 * (Spring Data then removes the expired entity's phantom copy and index entries and
 * publishes a {@link RedisKeyExpiredEvent}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableRedisRepositories(
		enableKeyspaceEvents = org.springframework.data.redis.core.RedisKeyValueAdapter.EnableKeyspaceEvents.ON_STARTUP)
public class RepositoryApplication implements ApplicationListener<RedisKeyExpiredEvent<?>> {

	private final List<RedisKeyExpiredEvent<?>> expired = new CopyOnWriteArrayList<>();

	@Override
	public void onApplicationEvent(RedisKeyExpiredEvent<?> event) {
		this.expired.add(event);
	}

	/**
	 * Returns the expiry events received so far.
	 * @return the events
	 */
	public List<RedisKeyExpiredEvent<?>> expired() {
		return this.expired;
	}

}
