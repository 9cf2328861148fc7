package io.redipy.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata IDEs read: default values carry their unit, and the
 * properties redipy reads outside {@code redipy.*} are described too.
 */
class ConfigurationMetadataTests {

	private static String metadata() throws IOException {
		try (InputStream in = ConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated configuration metadata").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Map<String, Object> property(String name) throws IOException {
		List<Map<String, Object>> found = JsonPath.read(metadata(), "$.properties[?(@.name == '" + name + "')]");
		assertThat(found).as(name).hasSize(1);
		return found.get(0);
	}

	@Test
	void scriptTimeLimitDefaultHasItsUnit() throws IOException {
		// a bare 5 is read by Spring as 5 milliseconds
		assertThat(property("redipy.memory.script-time-limit")).containsEntry("defaultValue", "5s");
	}

	@Test
	void healthTimeoutIsDescribedWithItsUnit() throws IOException {
		assertThat(property("management.health.redipy.timeout")).containsEntry("type", "java.time.Duration")
			.containsEntry("defaultValue", "1s")
			.containsKey("description");
	}

	@Test
	void healthIndicatorSwitchIsDescribed() throws IOException {
		assertThat(property("management.health.redipy.enabled")).containsEntry("type", "java.lang.Boolean")
			.containsEntry("defaultValue", true)
			.containsKey("description");
	}

}
