package io.redipy.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's profiles example is an {@code application.yml} Boot reads as the README
 * says: memory without a profile, Redis with a prefix per environment in the others, and
 * no property redipy does not know.
 */
class ReadmeProfilesTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RedipyProperties.class)
	static class PropertiesOnly {

	}

	@TempDir
	static Path directory;

	private static RedipyProperties bind(String... profiles) throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
		String section = readme.substring(readme.indexOf("<!-- profiles:start -->"),
				readme.indexOf("<!-- profiles:end -->"));
		String yaml = section.substring(section.indexOf("```yaml\n") + 8, section.lastIndexOf("```"));
		Path file = Files.writeString(directory.resolve("application.yml"), yaml);
		SpringApplication application = new SpringApplication(PropertiesOnly.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setAdditionalProfiles(profiles);
		try (ConfigurableApplicationContext context = application.run("--spring.config.location=file:" + file,
				"--REDIS_PASSWORD=unused")) {
			return context.getBean(RedipyProperties.class);
		}
	}

	@Test
	void developmentIsMemoryWithItsOwnPrefix() throws IOException {
		RedipyProperties properties = bind();
		assertThat(properties.getBackend()).isEqualTo(RedipyProperties.Backend.MEMORY);
		assertThat(properties.getKeyPrefix()).isEqualTo("shop:dev:");
	}

	@Test
	void stagingAndProductionAreRedisWithTheirOwnPrefixes() throws IOException {
		RedipyProperties staging = bind("staging");
		RedipyProperties prod = bind("prod");
		assertThat(staging.getBackend()).isEqualTo(RedipyProperties.Backend.REDIS);
		assertThat(prod.getBackend()).isEqualTo(RedipyProperties.Backend.REDIS);
		assertThat(staging.getKeyPrefix()).isEqualTo("shop:staging:");
		assertThat(prod.getKeyPrefix()).isEqualTo("shop:prod:");
	}

}
