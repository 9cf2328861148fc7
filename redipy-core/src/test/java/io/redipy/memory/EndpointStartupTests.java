package io.redipy.memory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory endpoint starts in a fresh JVM without generating classes for lambdas or
 * string concatenations (each costs about half a millisecond there): the store, the
 * command table and the command handlers up to the first reply. A child JVM runs
 * {@link StartupProbe} and logs the classes it loads.
 */
class EndpointStartupTests {

	@Test
	void noLambdaIsSpunUpToTheFirstPong() throws IOException, InterruptedException {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xlog:class+load", "-cp", System.getProperty("java.class.path"), StartupProbe.class.getName())
			.redirectErrorStream(true)
			.start();
		List<String> lambdas = new ArrayList<>();
		String reply = null;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith("REPLY ")) {
					reply = line;
					break;
				}
				// a lambda's class, or a method-handle form spun by the first string
				// concatenation's invokedynamic bootstrap
				if (line.contains("$$Lambda") || line.contains("LambdaForm$MH/")) {
					lambdas.add(line);
				}
			}
		}
		finally {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		assertThat(reply).isEqualTo("REPLY PONG");
		assertThat(lambdas).isEmpty();
	}

}
