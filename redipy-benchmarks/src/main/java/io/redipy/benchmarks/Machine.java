package io.redipy.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line description of the machine a run measured: CPU, cores, memory, OS, JVM and
 * Redis version.
 */
final class Machine {

	private Machine() {
	}

	static String describe(String redisVersion) {
		Runtime runtime = Runtime.getRuntime();
		return String.format(Locale.ROOT, "%s, %d cores, %s %s, Java %s (%s), max heap %d MiB, Redis %s on loopback",
				cpu(), runtime.availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
				System.getProperty("java.version"), System.getProperty("java.vm.name"), runtime.maxMemory() >> 20,
				redisVersion);
	}

	private static String cpu() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (line.startsWith("model name")) {
					return line.substring(line.indexOf(':') + 1).trim();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux: fall through
		}
		return "unknown CPU";
	}

}
