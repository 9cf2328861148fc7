package io.redipy.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's properties table lists exactly the properties of the generated
 * configuration metadata.
 */
class ReadmePropertiesTests {

	@Test
	void readmeListsExactlyTheConfigurationProperties() throws IOException {
		String metadata;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated configuration metadata").isNotNull();
			metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String properties = metadata.substring(metadata.indexOf("\"properties\""));
		Set<String> generated = new TreeSet<>();
		Matcher name = Pattern.compile("\"name\"\\s*:\\s*\"((?:management\\.health\\.)?redipy\\.[^\"]+)\"")
			.matcher(properties);
		while (name.find()) {
			generated.add(name.group(1));
		}
		String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
		String table = readme.substring(readme.indexOf("<!-- properties:start -->"),
				readme.indexOf("<!-- properties:end -->"));
		Set<String> listed = new TreeSet<>();
		Matcher row = Pattern.compile("^\\| `((?:management\\.health\\.)?redipy\\.[^`]+)`", Pattern.MULTILINE)
			.matcher(table);
		while (row.find()) {
			listed.add(row.group(1));
		}
		assertThat(generated).isNotEmpty();
		assertThat(listed).isEqualTo(generated);
	}

}
