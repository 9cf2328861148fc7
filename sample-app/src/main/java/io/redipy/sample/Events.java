package io.redipy.sample;

import java.io.PrintStream;

/**
 * One line per event, with the time since the start, for a person to follow.
 */
final class Events {

	private final long start = System.nanoTime();

	private final PrintStream out;

	Events(PrintStream out) {
		this.out = out;
	}

	void print(String event) {
		long millis = (System.nanoTime() - this.start) / 1_000_000;
		synchronized (this.out) {
			this.out.printf("%6d ms  %s%n", millis, event);
		}
	}

	long elapsedMillis() {
		return (System.nanoTime() - this.start) / 1_000_000;
	}

}
