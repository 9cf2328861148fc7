package io.redipy.resp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import io.redipy.command.Argument;
import io.redipy.command.ArgumentType;
import io.redipy.command.CommandFlag;
import io.redipy.command.CommandSpec;
import io.redipy.command.CommandTable;

/**
 * Random command lines for the data commands, generated from the command table's argument
 * trees: tokens, optional parts, alternatives and repeats as Redis describes them, filled
 * with binary keys and values (NUL, bytes that are not UTF-8, empty strings), edge
 * numbers and, now and then, an argument too many or too few. What Redis answers
 * differently on every run is left out: random picks (SPOP, SRANDMEMBER, ...), cursors,
 * remaining times, idle times, and expiry times relative to now (a positive relative time
 * is only ever given as an absolute time far in the future, so that two servers a few
 * microseconds apart agree).
 */
public final class WireGenerator {

	private static final Set<String> GROUPS = Set.of("generic", "string", "list", "hash", "set", "sorted-set", "stream",
			"geo", "bitmap", "hyperloglog");

	/**
	 * Commands whose replies depend on chance, a cursor or the time. DBSIZE is one: Redis
	 * counts a key set with a time in the past until its expiry cycle happens to reclaim
	 * it.
	 */
	private static final Set<String> LEFT_OUT = Set.of("TTL", "PTTL", "EXPIRETIME", "PEXPIRETIME", "SCAN", "HSCAN",
			"SSCAN", "ZSCAN", "RANDOMKEY", "SPOP", "SRANDMEMBER", "ZRANDMEMBER", "HRANDFIELD", "OBJECT", "DBSIZE",
			// idle, delivery and seen times, and Redis's internal layout
			"XPENDING", "XCLAIM", "XAUTOCLAIM", "XINFO",
			// an unsorted set and weights that tie come out in the order of Redis's hash
			// table, and a numeric SORT fails on an ERANGE any earlier command (a ZADD
			// of 1e-320) left in errno: SortDifferentialTests and the command fuzzer
			// cover them with data that avoids both
			"SORT", "SORT_RO",
			// a payload lists a hashtable in its table's order; random payloads are only
			// errors (DumpDifferentialTests covers both)
			"DUMP", "RESTORE");

	private static final byte[] AUTO_ID = { '*' };

	private static final byte[] MS_AUTO_SEQ = "7-*".getBytes(StandardCharsets.US_ASCII);

	private static final String[] KEYS = { "a", "b", "\\x00k", "\\xff", "\\xc3\\xa9", "\\xc3", "{t}x" };

	private static final String[] VALUES = { "", "v", "w", "1", "-1", "0", "10", "3.5", "-0", "1e3", "inf", "-inf",
			"\\x00", "\\xff\\xfe", "\\xc3\\xa9", "\\xc3", "a\\x00b", "[a", "(a", "-", "+", "(1", "[\\xff",
			"9223372036854775807", "-9223372036854775808", "abc", "\\xed\\xa0\\x80" };

	private static final String[] INTEGERS = { "0", "1", "2", "3", "-1", "-2", "5", "10", "100", "-100",
			"9223372036854775807", "-9223372036854775808", "x", "1.5", "" };

	private static final String[] DOUBLES = { "0", "1", "2.5", "-1", "-0.0", "inf", "-inf", "+inf", "1e308", "(1",
			"(2.5", "nan", "x", "3", "1e-320" };

	private static final String[] DATABASES = { "0", "1", "2", "0", "1", "16", "-1", "x", "2147483648",
			"-9223372036854775808" };

	/** Relative expiry times: none that expires a key later than now. */
	private static final String[] RELATIVE_TIMES = { "0", "-1", "-100", "x", "9223372036854775807" };

	/** Absolute expiry times: in the past, far in the future, or out of range. */
	private static final String[] ABSOLUTE_TIMES = { "0", "1", "4102444800", "4102444900", "4102444800000",
			"4102444900000", "-1", "9223372036854775807" };

	private static final String[] PATTERNS = { "*", "a*", "?", "[a-z]*", "\\xff*", "*\\x00*", "{t}*", "[" };

	private final List<CommandSpec> commands = new ArrayList<>();

	private final SplittableRandom random;

	/**
	 * A generator over the standard command table.
	 * @param seed the seed; the same seed gives the same commands
	 */
	public WireGenerator(long seed) {
		this.random = new SplittableRandom(seed);
		for (CommandSpec command : CommandTable.standard().commands()) {
			String name = command.name().toUpperCase(Locale.ROOT);
			if (GROUPS.contains(command.group()) && !LEFT_OUT.contains(name) && !command.has(CommandFlag.BLOCKING)) {
				this.commands.add(command);
			}
		}
		for (String name : List.of("SELECT", "SWAPDB", "FLUSHDB")) {
			this.commands.add(CommandTable.standard().find(name));
		}
	}

	/**
	 * The next command line.
	 * @return the name and arguments
	 */
	public byte[][] next() {
		CommandSpec command = this.commands.get(this.random.nextInt(this.commands.size()));
		List<byte[]> argv = new ArrayList<>();
		argv.add(command.name().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
		arguments(command.arguments(), argv);
		if (command.name().equals("xadd")) {
			// "*" takes an id from each server's own clock
			argv.replaceAll((arg) -> Arrays.equals(arg, AUTO_ID) ? MS_AUTO_SEQ : arg);
		}
		int roll = this.random.nextInt(40);
		if (roll == 0 && argv.size() > 1) {
			argv.remove(argv.size() - 1);
		}
		else if (roll == 1) {
			argv.add(pick(VALUES));
		}
		return argv.toArray(new byte[0][]);
	}

	private void arguments(List<Argument> arguments, List<byte[]> argv) {
		for (int i = 0; i < arguments.size(); i++) {
			Argument argument = arguments.get(i);
			if (argument.optional() && this.random.nextBoolean()) {
				continue;
			}
			if (argument.name().equals("numkeys") && i + 1 < arguments.size()) {
				// the count of the keys that follow, mostly right
				List<byte[]> keys = new ArrayList<>();
				argument(arguments.get(i + 1), keys);
				int declared = (this.random.nextInt(12) == 0) ? keys.size() + this.random.nextInt(3) - 1 : keys.size();
				argv.add(Integer.toString(declared).getBytes(StandardCharsets.US_ASCII));
				argv.addAll(keys);
				i++;
				continue;
			}
			argument(argument, argv);
		}
	}

	private void argument(Argument argument, List<byte[]> argv) {
		int times = argument.multiple() ? 1 + this.random.nextInt(3) : 1;
		for (int n = 0; n < times; n++) {
			if (argument.token() != null && (n == 0 || argument.multipleToken())) {
				argv.add(argument.token().getBytes(StandardCharsets.US_ASCII));
			}
			switch (argument.type()) {
				case PURE_TOKEN -> {
					// the token is the argument
				}
				case ONEOF ->
					argument(argument.arguments().get(this.random.nextInt(argument.arguments().size())), argv);
				case BLOCK -> arguments(argument.arguments(), argv);
				default -> argv.add(leaf(argument));
			}
		}
	}

	private byte[] leaf(Argument argument) {
		String name = argument.name();
		if (argument.type() == ArgumentType.KEY) {
			return pick(KEYS);
		}
		if (argument.type() == ArgumentType.UNIX_TIME) {
			return pick(ABSOLUTE_TIMES);
		}
		if (name.equals("seconds") || name.equals("milliseconds")) {
			return pick(RELATIVE_TIMES);
		}
		if (name.contains("db") || name.startsWith("index")) {
			return pick(DATABASES);
		}
		if (argument.type() == ArgumentType.PATTERN) {
			return pick(PATTERNS);
		}
		if (argument.type() == ArgumentType.INTEGER) {
			return pick(INTEGERS);
		}
		if (argument.type() == ArgumentType.DOUBLE) {
			return pick(DOUBLES);
		}
		if (this.random.nextInt(6) == 0) {
			byte[] bytes = new byte[this.random.nextInt(1, 5)];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = (byte) this.random.nextInt(256);
			}
			return bytes;
		}
		return pick(VALUES);
	}

	private byte[] pick(String[] pool) {
		return bytes(pool[this.random.nextInt(pool.length)]);
	}

	/** Text with {@code \xHH} escapes as bytes. */
	static byte[] bytes(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 3 < text.length() && text.charAt(i + 1) == 'x') {
				out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
				i += 3;
			}
			else {
				out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		return out.toByteArray();
	}

}
