package io.redipy.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Finds the keys of an argument vector from a command's key specs, as Redis 7.0.15's
 * getKeysFromCommandWithSpecs does, including its fall-backs.
 */
final class KeyFinder {

	private KeyFinder() {
	}

	static List<CommandTable.KeyPosition> keys(CommandSpec command, List<byte[]> argv) {
		CommandSpec.VariableKeyFlags variable = command.variableKeyFlags();
		if (variable == null && CommandTable.hasKeys(command)) {
			List<CommandTable.KeyPosition> found = bySpecs(command, argv);
			if (found != null) {
				return found;
			}
		}
		if (variable != null && command.name().equals("bitfield")) {
			return bitfieldKeys(argv, variable);
		}
		if (variable != null) {
			return withVariableFlags(command, argv, variable);
		}
		if (command.name().equals("sort") || command.name().equals("sort_ro")) {
			return sortKeys(argv, command.name().equals("sort"));
		}
		if (afterStreams(command)) {
			return byStreamsKeyword(argv);
		}
		return byKeyCount(command, argv);
	}

	/** Whether a command's keys follow a STREAMS keyword (XREAD, XREADGROUP). */
	private static boolean afterStreams(CommandSpec command) {
		for (KeySpec spec : command.keySpecs()) {
			if (spec.begin() instanceof KeySpec.Keyword keyword && keyword.keyword().equals("STREAMS")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Redis's older look-up for XREAD and XREADGROUP (xreadGetKeys), used when the specs
	 * fail: it skips the options (COUNT, BLOCK, GROUP and NOACK, whichever command it is)
	 * up to STREAMS, finds no key unless an even number of arguments follows it, takes
	 * the first half of them, and gives no flags.
	 */
	private static List<CommandTable.KeyPosition> byStreamsKeyword(List<byte[]> argv) {
		int argc = argv.size();
		int streams = -1;
		for (int i = 1; i < argc; i++) {
			byte[] arg = argv.get(i);
			if (equalsIgnoreCase(arg, "block") || equalsIgnoreCase(arg, "count")) {
				i++;
			}
			else if (equalsIgnoreCase(arg, "group")) {
				i += 2;
			}
			else if (equalsIgnoreCase(arg, "streams")) {
				streams = i;
				break;
			}
			else if (!equalsIgnoreCase(arg, "noack")) {
				break;
			}
		}
		int count = argc - streams - 1;
		if (streams < 0 || count == 0 || count % 2 != 0) {
			return List.of();
		}
		List<CommandTable.KeyPosition> keys = new ArrayList<>();
		for (int i = streams + 1; i < argc - count / 2; i++) {
			keys.add(new CommandTable.KeyPosition(i, Set.of()));
		}
		return keys;
	}

	/**
	 * SORT's and SORT_RO's keys, whose specs Redis marks unknown (Redis's sortGetKeys and
	 * sortROGetKeys): the sorted key, and for SORT the key after the last STORE that has
	 * one, skipping LIMIT's two arguments and GET's and BY's one.
	 */
	private static List<CommandTable.KeyPosition> sortKeys(List<byte[]> argv, boolean store) {
		List<CommandTable.KeyPosition> keys = new ArrayList<>(2);
		keys.add(new CommandTable.KeyPosition(1, Set.of(KeySpecFlag.RO, KeySpecFlag.ACCESS)));
		if (!store) {
			return keys;
		}
		int argc = argv.size();
		int destination = -1;
		for (int i = 2; i < argc; i++) {
			byte[] arg = argv.get(i);
			if (cEqualsIgnoreCase(arg, "limit")) {
				i += 2;
			}
			else if (cEqualsIgnoreCase(arg, "get") || cEqualsIgnoreCase(arg, "by")) {
				i += 1;
			}
			else if (cEqualsIgnoreCase(arg, "store") && i + 1 < argc) {
				destination = i + 1;
			}
		}
		if (destination > 0) {
			keys.add(new CommandTable.KeyPosition(destination, Set.of(KeySpecFlag.OW, KeySpecFlag.UPDATE)));
		}
		return keys;
	}

	/** C's strcasecmp against a word: the bytes compare up to their first NUL. */
	private static boolean cEqualsIgnoreCase(byte[] bytes, String word) {
		int end = 0;
		while (end < bytes.length && bytes[end] != 0) {
			end++;
		}
		if (end != word.length()) {
			return false;
		}
		for (int i = 0; i < end; i++) {
			if (NameIndex.lower(bytes[i]) != Character.toLowerCase(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Walks the key specs; {@code null} when one of them does not fit the vector (Redis's
	 * invalid_spec), which makes Redis give up on the specs altogether.
	 */
	private static @Nullable List<CommandTable.KeyPosition> bySpecs(CommandSpec command, List<byte[]> argv) {
		int argc = argv.size();
		List<CommandTable.KeyPosition> keys = new ArrayList<>();
		for (KeySpec spec : command.keySpecs()) {
			if (spec.flags().contains(KeySpecFlag.NOT_KEY)) {
				continue;
			}
			if (spec.begin() instanceof KeySpec.Unknown || spec.find() instanceof KeySpec.Unknown) {
				// Redis's invalid_spec: the command's own look-up finds the keys
				return null;
			}
			int first = 0;
			if (spec.begin() instanceof KeySpec.Index index) {
				first = index.index();
			}
			else if (spec.begin() instanceof KeySpec.Keyword keyword) {
				first = afterKeyword(keyword, argv);
				if (first == 0) {
					continue;
				}
			}
			int last;
			int step;
			if (spec.find() instanceof KeySpec.Range range) {
				step = range.keyStep();
				if (range.lastKey() >= 0) {
					last = first + range.lastKey();
				}
				else if (range.limit() == 0) {
					last = argc + range.lastKey();
				}
				else {
					last = first + ((argc - first) / range.limit() + range.lastKey());
				}
			}
			else {
				KeySpec.KeyNum keyNum = (KeySpec.KeyNum) spec.find();
				step = keyNum.keyStep();
				if (first + keyNum.keyNumIndex() >= argc) {
					return null;
				}
				long count = string2ll(argv.get(first + keyNum.keyNumIndex()));
				if (count < 0) {
					return null;
				}
				first += keyNum.firstKey();
				last = first + (int) count - 1;
			}
			if (last >= argc || last < first || first >= argc) {
				return null;
			}
			for (int i = first; i <= last; i += step) {
				keys.add(new CommandTable.KeyPosition(i, spec.flags()));
			}
		}
		return keys;
	}

	private static int afterKeyword(KeySpec.Keyword keyword, List<byte[]> argv) {
		int argc = argv.size();
		int start = (keyword.startFrom() > 0) ? keyword.startFrom() : argc + keyword.startFrom();
		int end = (keyword.startFrom() > 0) ? argc - 1 : 0;
		for (int i = start; i != end; i = (start <= end) ? i + 1 : i - 1) {
			if (i >= argc || i < 1) {
				break;
			}
			if (equalsIgnoreCase(argv.get(i), keyword.keyword())) {
				return i + 1;
			}
		}
		return 0;
	}

	/**
	 * A key whose flags depend on a word later in the vector (SET's key is read with
	 * GET): the positions come from the specs, the flags from that word.
	 */
	private static List<CommandTable.KeyPosition> withVariableFlags(CommandSpec command, List<byte[]> argv,
			CommandSpec.VariableKeyFlags variable) {
		Set<KeySpecFlag> flags = variable.without();
		for (int i = variable.from(); i < argv.size(); i++) {
			if (equalsIgnoreCase(argv.get(i), variable.word())) {
				flags = variable.with();
				break;
			}
		}
		List<CommandTable.KeyPosition> found = bySpecs(command, argv);
		List<CommandTable.KeyPosition> keys = new ArrayList<>();
		if (found != null) {
			for (CommandTable.KeyPosition key : found) {
				keys.add(new CommandTable.KeyPosition(key.index(), flags));
			}
		}
		return keys;
	}

	/**
	 * BITFIELD's key (Redis's bitfieldGetKeys): read only while its subcommands parse as
	 * GET and OVERFLOW; a SET or INCRBY, or anything that does not parse, gives the flags
	 * of the table's keyflags line for its words.
	 */
	private static List<CommandTable.KeyPosition> bitfieldKeys(List<byte[]> argv,
			CommandSpec.VariableKeyFlags variable) {
		int argc = argv.size();
		boolean readOnly = true;
		for (int i = 2; i < argc; i++) {
			int more = argc - i - 1;
			byte[] arg = argv.get(i);
			if (equalsIgnoreCase(arg, "get") && more >= 2) {
				i += 2;
			}
			else if ((equalsIgnoreCase(arg, "set") || equalsIgnoreCase(arg, "incrby")) && more >= 3) {
				readOnly = false;
				break;
			}
			else if (equalsIgnoreCase(arg, "overflow") && more >= 1) {
				i += 1;
			}
			else {
				readOnly = false;
				break;
			}
		}
		if (argc < 2) {
			return List.of();
		}
		return List.of(new CommandTable.KeyPosition(1, readOnly ? variable.without() : variable.with()));
	}

	/**
	 * Redis's older look-up for commands with a key count (ZUNIONSTORE, SINTERCARD), used
	 * when the specs fail: it reads the count as C's atoi does, finds no key for a count
	 * below 1 or beyond the arguments, lists the counted keys and then the destination,
	 * and gives no flags.
	 */
	private static List<CommandTable.KeyPosition> byKeyCount(CommandSpec command, List<byte[]> argv) {
		KeySpec counted = null;
		int destination = 0;
		for (KeySpec spec : command.keySpecs()) {
			if (spec.find() instanceof KeySpec.KeyNum) {
				counted = spec;
			}
			else if (spec.begin() instanceof KeySpec.Index index && spec.find() instanceof KeySpec.Range range
					&& range.lastKey() == 0) {
				destination = index.index();
			}
		}
		if (counted == null || !(counted.begin() instanceof KeySpec.Index begin)) {
			return List.of();
		}
		KeySpec.KeyNum keyNum = (KeySpec.KeyNum) counted.find();
		int countAt = begin.index() + keyNum.keyNumIndex();
		int firstKey = begin.index() + keyNum.firstKey();
		if (countAt >= argv.size()) {
			return List.of();
		}
		int count = atoi(argv.get(countAt));
		if (count < 1 || count > (argv.size() - firstKey) / keyNum.keyStep()) {
			return List.of();
		}
		List<CommandTable.KeyPosition> keys = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			keys.add(new CommandTable.KeyPosition(firstKey + i * keyNum.keyStep(), Set.of()));
		}
		if (destination > 0) {
			keys.add(new CommandTable.KeyPosition(destination, Set.of()));
		}
		return keys;
	}

	/**
	 * Parses as Redis's string2ll: an optional minus, no leading zeros, no spaces, in the
	 * range of a long.
	 * @return the value, or -1 when it is not such an integer (a negative count is
	 * rejected the same way)
	 */
	static long string2ll(byte[] bytes) {
		int length = bytes.length;
		if (length == 0 || length > 20) {
			return -1;
		}
		if (length == 1 && bytes[0] == '0') {
			return 0;
		}
		int i = 0;
		boolean negative = false;
		if (bytes[0] == '-') {
			negative = true;
			i++;
			if (length == 1) {
				return -1;
			}
		}
		if (bytes[i] < '1' || bytes[i] > '9') {
			return -1;
		}
		long value = 0;
		for (; i < length; i++) {
			int digit = bytes[i] - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			if (value > (Long.MAX_VALUE - digit) / 10) {
				// overflow; Long.MIN_VALUE itself is negative, so rejected anyway
				return -1;
			}
			value = value * 10 + digit;
		}
		return negative ? -1 : value;
	}

	/**
	 * Parses as C's atoi (strtol cut to an int): leading white space, a sign, then digits
	 * up to the first other byte; 0 when there are none.
	 */
	static int atoi(byte[] bytes) {
		int i = 0;
		while (i < bytes.length && (bytes[i] == ' ' || (bytes[i] >= '\t' && bytes[i] <= '\r'))) {
			i++;
		}
		boolean negative = false;
		if (i < bytes.length && (bytes[i] == '+' || bytes[i] == '-')) {
			negative = bytes[i] == '-';
			i++;
		}
		long value = 0;
		boolean overflow = false;
		for (; i < bytes.length && bytes[i] >= '0' && bytes[i] <= '9'; i++) {
			int digit = bytes[i] - '0';
			if (!overflow && value > (Long.MAX_VALUE - digit) / 10) {
				overflow = true;
			}
			if (!overflow) {
				value = value * 10 + digit;
			}
		}
		if (overflow) {
			// strtol saturates, and the cast to int keeps the low 32 bits
			return (int) (negative ? Long.MIN_VALUE : Long.MAX_VALUE);
		}
		return (int) (negative ? -value : value);
	}

	private static boolean equalsIgnoreCase(byte[] bytes, String word) {
		if (bytes.length != word.length()) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if (NameIndex.lower(bytes[i]) != Character.toLowerCase(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
