package io.redipy.autoconfigure.test;

import io.redipy.RedipyClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.redis.test.autoconfigure.DataRedisTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * redipy's client is part of Boot's {@code @DataRedisTest} slice (Boot reads our entry in
 * the slice's {@code .imports} file).
 */
@DataRedisTest
@ContextConfiguration(classes = DataRedisTestSliceTests.App.class)
@TestPropertySource(properties = { "redipy.backend=memory", "spring.data.redis.port=1" })
class DataRedisTestSliceTests {

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage
	static class App {

	}

	@Autowired
	private RedipyClient client;

	@Test
	void redipyIsAvailableInTheDataRedisSlice() {
		assertThat(this.client.backend()).isEqualTo("memory");
		this.client.set("k", "v");
		assertThat(this.client.get("k")).isEqualTo("v");
	}

}
