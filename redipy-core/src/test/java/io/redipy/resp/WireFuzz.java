package io.redipy.resp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs the wire fuzzer's sequences ({@link WireGenerator}) through a {@link RespPair} and
 * collects the commands whose replies differ.
 */
public final class WireFuzz {

	/** Commands per sequence. */
	static final int COMMANDS = 25;

	private WireFuzz() {
	}

	/**
	 * Runs seeded random sequences; each starts from empty databases on both sides. A
	 * sequence stops at its first difference; the run stops after five.
	 * @param pair the two connections
	 * @param label what the report names the run
	 * @return a description of each difference, with the seed and the commands that led
	 * to it
	 */
	public static List<String> run(RespPair pair, String label) {
		long seed = Long.getLong("redipy.wire-fuzz.seed", new SplittableRandom().nextLong());
		int sequences = Integer.getInteger("redipy.wire-fuzz.sequences", 1000);
		List<String> divergences = new ArrayList<>();
		int commands = 0;
		int errors = 0;
		SplittableRandom seeds = new SplittableRandom(seed);
		for (int s = 0; s < sequences && divergences.size() < 5; s++) {
			WireGenerator generator = new WireGenerator(seeds.nextLong());
			pair.both("SELECT", "0");
			pair.both("FLUSHALL");
			List<String> lines = new ArrayList<>();
			for (int c = 0; c < COMMANDS; c++) {
				byte[][] argv = generator.next();
				lines.add(line(argv));
				String[] replies = pair.both((Object[]) argv);
				commands++;
				if (replies[0].startsWith("-")) {
					errors++;
				}
				if (!replies[0].equals(replies[1])) {
					divergences.add(label + " sequence " + s + " (seed " + seed + "):\n  " + String.join("\n  ", lines)
							+ "\n  redis:  " + replies[0] + "\n  memory: " + replies[1]);
					break;
				}
			}
		}
		System.out.println("wire-fuzz: " + label + " sequences=" + sequences + " commands=" + commands + " errors="
				+ errors + " divergences=" + divergences.size() + " seed=" + seed);
		return divergences;
	}

	/** A command line as {@link RespPair#split} reads it back. */
	private static String line(byte[][] argv) {
		StringBuilder line = new StringBuilder();
		for (byte[] arg : argv) {
			if (!line.isEmpty()) {
				line.append(' ');
			}
			line.append('"').append(RespPair.escape(arg)).append('"');
		}
		return line.toString();
	}

}
