package io.redipy.autoconfigure;

import io.redipy.Redipy;
import io.redipy.RedipyClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of a {@link RedipyClient}. For now it offers the memory backend
 * only; choosing the backend with {@code redipy.backend} is the Spring Boot issue's work.
 */
@AutoConfiguration
public final class RedipyAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	RedipyClient redipyClient() {
		return Redipy.memory();
	}

}
