package io.redipy.server;

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
 * The server's first start in a fresh JVM spins no class of its own from
 * {@code new MemoryStore()} up to the first PONG (child JVM with
 * {@code -Xlog:class+load}, logging set up before): no lambda of redipy's, and no
 * method-handle form, which the first string concatenation (an invokedynamic bootstrap)
 * or a method handle would spin; each costs the start a generated class, several a few
 * milliseconds. The JDK's own socket classes bring lambdas of their own, which are not
 * counted.
 */
class ServerStartupTests {

	@Test
	void noClassIsSpunForRedipyUpToTheFirstPong() throws IOException, InterruptedException {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xlog:class+load", "-cp", System.getProperty("java.class.path"), ServerStartupProbe.class.getName())
			.redirectErrorStream(true)
			.start();
		List<String> spun = new ArrayList<>();
		boolean started = false;
		String reply = null;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith("REPLY ")) {
					reply = line;
					break;
				}
				started |= line.contains(" io.redipy.memory.MemoryStore ");
				if (started && (line.contains(" io.redipy.") && line.contains("$$Lambda")
						|| line.contains("LambdaForm$MH/"))) {
					spun.add(line);
				}
			}
		}
		finally {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		assertThat(reply).isEqualTo("REPLY +PONG");
		assertThat(started).isTrue();
		assertThat(spun).isEmpty();
	}

}
