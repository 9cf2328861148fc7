package io.redipy.autoconfigure.spring.cache;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * An application that caches with Spring's cache abstraction on Boot's Redis cache
 * manager.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableCaching
@Import(PriceService.class)
public class CacheApplication {

	/**
	 * Writes cache entries before the cached method returns. Spring Data Redis 4 writes
	 * them asynchronously by default: a test that moves the store's clock right after a
	 * call could then move it before the entry (and its time to live) arrives.
	 * @param connectionFactory Boot's connection factory
	 * @return the customizer
	 */
	@Bean
	RedisCacheManagerBuilderCustomizer immediateCacheWrites(RedisConnectionFactory connectionFactory) {
		return (builder) -> builder
			.cacheWriter(RedisCacheWriter.create(connectionFactory, (writer) -> writer.immediateWrites()));
	}

}
