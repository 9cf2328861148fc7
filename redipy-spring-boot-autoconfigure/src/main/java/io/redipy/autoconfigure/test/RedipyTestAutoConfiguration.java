package io.redipy.autoconfigure.test;

import io.redipy.ManualClock;
import io.redipy.RedipyClient;
import io.redipy.autoconfigure.RedipyAutoConfiguration;
import io.redipy.autoconfigure.RedipyMemoryEndpointAutoConfiguration;
import io.redipy.autoconfigure.RedipyProperties;
import io.redipy.memory.MemoryStore;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The beans of {@link AutoConfigureRedipy}: a {@link ManualClock}, a memory store on it,
 * and a client on the store. Runs before {@link RedipyAutoConfiguration}, whose beans
 * then back off, so the memory backend is used whatever {@code redipy.backend} says; and
 * before {@link RedipyMemoryEndpointAutoConfiguration}, which serves this store to
 * Spring's own Redis stack.
 */
@AutoConfiguration(before = { RedipyAutoConfiguration.class, RedipyMemoryEndpointAutoConfiguration.class })
@EnableConfigurationProperties(RedipyProperties.class)
public final class RedipyTestAutoConfiguration {

	/**
	 * The name of the slice's clock, which each test method starts at the current time.
	 */
	static final String CLOCK_BEAN = "redipyTestClock";

	@Bean(CLOCK_BEAN)
	@ConditionalOnMissingBean
	ManualClock redipyTestClock() {
		return new ManualClock();
	}

	@Bean
	@ConditionalOnMissingBean
	MemoryStore redipyMemoryStore(ManualClock clock, RedipyProperties properties) {
		return new MemoryStore(clock, properties.getMemory().getScriptTimeLimit(),
				properties.getMemory().isClusterRules());
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	RedipyClient redipyClient(MemoryStore store, RedipyProperties properties, Environment environment) {
		return store.client(properties.getKeyPrefix(),
				Binder.get(environment).bind("spring.data.redis.database", Integer.class).orElse(0));
	}

}
