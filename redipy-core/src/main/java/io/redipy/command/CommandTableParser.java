package io.redipy.command;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Reads the command table's text (the format is described at the top of
 * {@code commands.txt}) into {@link CommandSpec}s. A mistake in the text fails with the
 * line it is on.
 *
 * <p>
 * The table is read when a server answers its first command, so this reads it in one pass
 * over the characters, without regular expressions: in a fresh JVM this code runs in the
 * interpreter, where compiling and running patterns for every line cost the first command
 * tens of milliseconds.
 */
final class CommandTableParser {

	private CommandTableParser() {
	}

	/**
	 * Parses a table, every command's facts and arguments at once.
	 * @param text the table's text
	 * @return the top-level commands, with their subcommands, in the text's order
	 */
	static List<CommandSpec> parse(String text) {
		return parse(text, true);
	}

	/**
	 * Parses a table.
	 * @param text the table's text
	 * @param eager whether to parse every command's facts and arguments now; otherwise
	 * this finds only the commands' names and where their lines are, and each command
	 * reads its facts when one is first asked for and its arguments when they are (the
	 * endpoint's start waits for the table, whose first commands need the facts of a few
	 * of its 240 entries: the whole parse, run by the interpreter in a fresh JVM, was
	 * most of the start's time)
	 * @return the top-level commands, with their subcommands, in the text's order
	 * @throws IllegalStateException if the text is not valid (when not eager, only two
	 * commands of one name, a subcommand without its container or an indented line before
	 * the first command fail here; other mistakes fail the first use of the command they
	 * are in)
	 */
	static List<CommandSpec> parse(String text, boolean eager) {
		Map<String, Pending> entries = eager ? entries(text) : index(text);
		// by name, sorted (a TreeMap rather than a comparator: the table loads as the
		// endpoint starts, and each lambda costs a fresh JVM a generated class)
		Map<String, TreeMap<String, CommandSpec>> subcommands = new HashMap<>();
		for (Pending entry : entries.values()) {
			int bar = entry.name.indexOf('|');
			if (bar >= 0) {
				String container = entry.name.substring(0, bar);
				if (!entries.containsKey(container)) {
					throw new IllegalStateException("'" + entry.name + "' has no container '" + container + "'");
				}
				TreeMap<String, CommandSpec> subs = subcommands.get(container);
				if (subs == null) {
					subs = new TreeMap<>();
					subcommands.put(container, subs);
				}
				subs.put(entry.name, entry.build(List.of()));
			}
		}
		List<CommandSpec> commands = new ArrayList<>();
		for (Pending entry : entries.values()) {
			if (entry.name.indexOf('|') < 0) {
				TreeMap<String, CommandSpec> subs = subcommands.get(entry.name);
				commands.add(entry.build((subs != null) ? new ArrayList<>(subs.values()) : List.of()));
			}
		}
		return commands;
	}

	/**
	 * Reads every command's lines into an {@link Entry}: by name, in the text's order.
	 */
	private static Map<String, Pending> entries(String text) {
		Map<String, Pending> entries = new LinkedHashMap<>();
		Entry current = null;
		int lineNumber = 0;
		for (String line : text.split("\n", -1)) {
			lineNumber++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			try {
				if (!Character.isWhitespace(line.charAt(0))) {
					current = new Entry(line.strip(), true);
					add(entries, current);
				}
				else if (current == null) {
					throw new IllegalArgumentException("an indented line before the first command");
				}
				else {
					current.attribute(line.strip());
				}
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("commands.txt line " + lineNumber + ": " + ex.getMessage(), ex);
			}
		}
		return entries;
	}

	/**
	 * Finds every command's header line and where its lines end, reading no more of a
	 * line than its first character: by name, in the text's order.
	 */
	private static Map<String, Pending> index(String text) {
		Map<String, Pending> entries = new LinkedHashMap<>();
		int length = text.length();
		int position = 0;
		int lineNumber = 1;
		int headerStart = -1;
		int headerLine = 0;
		String headerName = null;
		while (position <= length) {
			int end = text.indexOf('\n', position);
			if (end < 0) {
				end = length;
			}
			if (position < end) {
				char first = text.charAt(position);
				if (first != '#' && !Character.isWhitespace(first)) {
					if (headerName != null) {
						addLines(entries, headerName, new Lines(text, headerStart, position, headerLine));
					}
					headerName = Entry.name(text.substring(position, end).strip());
					headerStart = position;
					headerLine = lineNumber;
				}
				else if (headerName == null && first != '#' && !text.substring(position, end).isBlank()) {
					throw new IllegalStateException(
							"commands.txt line " + lineNumber + ": an indented line before the first command");
				}
			}
			position = end + 1;
			lineNumber++;
		}
		if (headerName != null) {
			addLines(entries, headerName, new Lines(text, headerStart, length, headerLine));
		}
		return entries;
	}

	private static void addLines(Map<String, Pending> entries, String name, Lines lines) {
		try {
			add(entries, new Located(name, lines));
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("commands.txt line " + lines.firstLine + ": " + ex.getMessage(), ex);
		}
	}

	private static void add(Map<String, Pending> entries, Pending entry) {
		if (entries.put(entry.name, entry) != null) {
			throw new IllegalArgumentException("'" + entry.name + "' is described twice");
		}
	}

	/**
	 * Reads a command's facts from its lines, which {@link #parse(String, boolean)} found
	 * and left for their first use.
	 * @param name the command's name
	 * @param lines its lines
	 * @return its facts, with its arguments' text (which
	 * {@link #arguments(String, String, boolean)} parses when they are first asked for)
	 * @throws IllegalStateException if the lines are not valid
	 */
	static CommandSpec.Facts facts(String name, Lines lines) {
		String text = lines.text;
		Entry entry = null;
		int lineNumber = lines.firstLine;
		int position = lines.from;
		try {
			while (position < lines.to) {
				int end = text.indexOf('\n', position);
				if (end < 0 || end > lines.to) {
					end = lines.to;
				}
				String line = text.substring(position, end);
				if (entry == null) {
					entry = new Entry(line.strip(), false);
				}
				else if (!line.isBlank() && !line.startsWith("#")) {
					entry.attribute(line.strip());
				}
				position = end + 1;
				lineNumber++;
			}
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("commands.txt line " + lineNumber + ": " + ex.getMessage(), ex);
		}
		if (entry == null || !entry.name.equals(name)) {
			throw new IllegalStateException(
					"commands.txt line " + lines.firstLine + ": not the lines of '" + name + "'");
		}
		return entry.facts();
	}

	/**
	 * Where a command's lines are in a table's text: from its header line up to the next
	 * command's header.
	 */
	static final class Lines {

		final String text;

		final int from;

		final int to;

		/** The header's line number, for messages. */
		final int firstLine;

		Lines(String text, int from, int to, int firstLine) {
			this.text = text;
			this.from = from;
			this.to = to;
			this.firstLine = firstLine;
		}

	}

	/**
	 * A command found in the text; becomes a {@link CommandSpec} with its subcommands.
	 */
	private abstract static class Pending {

		final String name;

		Pending(String name) {
			this.name = name;
		}

		abstract CommandSpec build(List<CommandSpec> subcommands);

	}

	/** A command whose lines are read on first use. */
	private static final class Located extends Pending {

		private final Lines lines;

		Located(String name, Lines lines) {
			super(name);
			this.lines = lines;
		}

		@Override
		CommandSpec build(List<CommandSpec> subcommands) {
			return new CommandSpec(this.name, this.lines, subcommands);
		}

	}

	/** One command's lines, before they become a {@link CommandSpec}. */
	private static final class Entry extends Pending {

		/** The header's arguments, or null until the command parses them. */
		final @Nullable List<Argument> arguments;

		final @Nullable String argumentText;

		@Nullable Integer arity;

		Set<CommandFlag> flags = EnumSet.noneOf(CommandFlag.class);

		Set<AclCategory> categories = EnumSet.noneOf(AclCategory.class);

		List<String> tips = List.of();

		final List<KeySpec> keySpecs = new ArrayList<>();

		@Nullable String variableWord;

		Set<KeySpecFlag> variableWith = Set.of();

		Set<KeySpecFlag> variableWithout = Set.of();

		@Nullable String group;

		@Nullable String since;

		@Nullable String complexity;

		@Nullable String summary;

		@Nullable String deprecatedSince;

		@Nullable String replacedBy;

		Entry(String header, boolean parseArguments) {
			super(name(header));
			int space = header.indexOf(' ');
			this.argumentText = (space < 0) ? null : header.substring(space + 1);
			this.arguments = (this.argumentText == null) ? List.of()
					: parseArguments ? new ArgumentParser(this.argumentText).parse() : null;
		}

		/** Returns the name of the command a header line describes, in lower case. */
		static String name(String header) {
			int space = header.indexOf(' ');
			return ((space < 0) ? header : header.substring(0, space)).toLowerCase(Locale.ROOT);
		}

		void attribute(String line) {
			int space = line.indexOf(' ');
			String word = (space < 0) ? line : line.substring(0, space);
			String rest = (space < 0) ? "" : line.substring(space + 1).strip();
			switch (word) {
				case "arity" -> facts(line);
				case "key" -> keySpec(rest);
				case "keyflags" -> keyFlags(rest);
				case "deprecated" -> {
					String[] parts = rest.split("\\|");
					this.deprecatedSince = parts[0].strip();
					this.replacedBy = field(parts[1].strip(), "replaced");
				}
				case "complexity" -> this.complexity = rest;
				case "summary" -> this.summary = rest;
				default -> throw new IllegalArgumentException("unknown line '" + word + "'");
			}
		}

		private void facts(String line) {
			for (String part : line.split("\\|")) {
				String[] words = words(part);
				if (words.length == 0) {
					throw new IllegalArgumentException("an empty fact in '" + line + "'");
				}
				List<String> values = List.of(words).subList(1, words.length);
				switch (words[0]) {
					case "arity" -> this.arity = Integer.parseInt(values.get(0));
					case "flags" -> {
						for (String value : values) {
							this.flags.add(CommandFlag.of(value));
						}
					}
					case "acl" -> {
						for (String value : values) {
							AclCategory category = AclCategory.find(value);
							if (category == null) {
								throw new IllegalArgumentException("unknown ACL category '" + value + "'");
							}
							this.categories.add(category);
						}
					}
					case "group" -> this.group = values.get(0);
					case "since" -> this.since = values.get(0);
					case "tips" -> this.tips = List.copyOf(values);
					default -> throw new IllegalArgumentException("unknown fact '" + words[0] + "'");
				}
			}
		}

		private void keySpec(String text) {
			String[] parts = text.split("\\|");
			if (parts.length != 3) {
				throw new IllegalArgumentException("a key spec is 'key FLAGS | BEGIN | FIND'");
			}
			Set<KeySpecFlag> flags = keyFlagSet(parts[0]);
			String[] begin = words(parts[1]);
			String[] find = words(parts[2]);
			if (begin.length == 0 || find.length == 0) {
				throw new IllegalArgumentException("a key spec is 'key FLAGS | BEGIN | FIND'");
			}
			KeySpec.BeginSearch beginSearch = switch (begin[0]) {
				case "index" -> new KeySpec.Index(Integer.parseInt(begin[1]));
				case "keyword" -> new KeySpec.Keyword(begin[1], Integer.parseInt(begin[2]));
				case "unknown" -> new KeySpec.Unknown();
				default -> throw new IllegalArgumentException("unknown begin search '" + begin[0] + "'");
			};
			KeySpec.FindKeys findKeys = switch (find[0]) {
				case "range" ->
					new KeySpec.Range(Integer.parseInt(find[1]), Integer.parseInt(find[2]), Integer.parseInt(find[3]));
				case "keynum" ->
					new KeySpec.KeyNum(Integer.parseInt(find[1]), Integer.parseInt(find[2]), Integer.parseInt(find[3]));
				case "unknown" -> new KeySpec.Unknown();
				default -> throw new IllegalArgumentException("unknown find keys '" + find[0] + "'");
			};
			this.keySpecs.add(new KeySpec(flags, beginSearch, findKeys));
		}

		private void keyFlags(String text) {
			String[] parts = text.split("\\|");
			int colon = parts[0].indexOf(':');
			this.variableWord = parts[0].substring(0, colon).strip();
			this.variableWith = keyFlagSet(parts[0].substring(colon + 1));
			this.variableWithout = keyFlagSet(field(parts[1].strip(), "else:"));
		}

		private static Set<KeySpecFlag> keyFlagSet(String text) {
			Set<KeySpecFlag> flags = EnumSet.noneOf(KeySpecFlag.class);
			for (String flag : words(text)) {
				flags.add(KeySpecFlag.of(flag));
			}
			return flags;
		}

		/**
		 * Splits text at runs of spaces, ignoring spaces around it (an empty text has no
		 * words).
		 */
		private static String[] words(String text) {
			List<String> words = new ArrayList<>();
			char[] chars = text.toCharArray();
			int i = 0;
			while (i < chars.length) {
				while (i < chars.length && isBlank(chars[i])) {
					i++;
				}
				int start = i;
				while (i < chars.length && !isBlank(chars[i])) {
					i++;
				}
				if (i > start) {
					words.add(text.substring(start, i));
				}
			}
			return words.toArray(new String[0]);
		}

		/**
		 * Whether a character separates words: a space or a tab. The table loads as the
		 * endpoint starts, mostly in the interpreter, where
		 * {@link Character#isWhitespace(char)} and {@link String#charAt(int)} cost
		 * several calls a character; the parse reads arrays of characters and this test
		 * instead.
		 */
		static boolean isBlank(char c) {
			return c == ' ' || c == '\t';
		}

		private static String field(String text, String label) {
			// no concatenation on the way of a valid table: the first one costs a fresh
			// JVM its invokedynamic bootstrap as the endpoint starts
			if (!text.startsWith(label) || text.length() == label.length() || text.charAt(label.length()) != ' ') {
				throw new IllegalArgumentException("expected '" + label + "' in '" + text + "'");
			}
			return text.substring(label.length() + 1).strip();
		}

		@Override
		CommandSpec build(List<CommandSpec> subcommands) {
			CommandSpec.Facts facts = facts();
			if (this.arguments != null) {
				checkKeys(this.name, this.arguments, !this.keySpecs.isEmpty());
			}
			return new CommandSpec(this.name, facts, this.arguments, subcommands);
		}

		/** Returns the facts of the lines read so far, which must be complete. */
		CommandSpec.Facts facts() {
			if (this.arity == null || this.group == null || this.since == null || this.complexity == null
					|| this.summary == null) {
				throw new IllegalStateException(
						"'" + this.name + "' lacks its arity, group, since, complexity or summary");
			}
			CommandSpec.VariableKeyFlags variable = null;
			if (this.variableWord != null) {
				variable = new CommandSpec.VariableKeyFlags(this.variableWord, Math.abs(this.arity), this.variableWith,
						this.variableWithout);
			}
			boolean declaresVariable = false;
			for (KeySpec spec : this.keySpecs) {
				declaresVariable |= spec.flags().contains(KeySpecFlag.VARIABLE_FLAGS);
			}
			if (declaresVariable != (variable != null)) {
				throw new IllegalStateException("'" + this.name + "': variable_flags and a keyflags line go together");
			}
			return new CommandSpec.Facts(this.name, this.arity, this.flags, this.categories, this.tips, this.keySpecs,
					variable, this.group, this.since, this.complexity, this.summary, this.deprecatedSince,
					this.replacedBy, this.argumentText);
		}

		private static void checkKeys(String name, List<Argument> arguments, boolean hasKeySpecs) {
			if (countKeys(arguments) > 0 && !hasKeySpecs) {
				throw new IllegalStateException("'" + name + "' has key arguments but no key spec");
			}
		}

		private static int countKeys(List<Argument> arguments) {
			int count = 0;
			for (Argument argument : arguments) {
				count += (argument.type() == ArgumentType.KEY) ? 1 : countKeys(argument.arguments());
			}
			return count;
		}

	}

	/**
	 * Parses a command's arguments that {@link #parse(String, boolean)} left for later.
	 * @param name the command's name
	 * @param text its header after the name
	 * @param hasKeySpecs whether it has key specs
	 * @return the arguments
	 * @throws IllegalStateException if the text is not valid
	 */
	static List<Argument> arguments(String name, String text, boolean hasKeySpecs) {
		List<Argument> arguments;
		try {
			arguments = new ArgumentParser(text).parse();
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("commands.txt, '" + name + "': " + ex.getMessage(), ex);
		}
		Entry.checkKeys(name, arguments, hasKeySpecs);
		return arguments;
	}

	/**
	 * Reads an argument line: words, tokens and bracketed groups (see commands.txt).
	 */
	private static final class ArgumentParser {

		private final String text;

		/** The text's characters, which the parse reads (see {@link Entry#isBlank}). */
		private final char[] chars;

		private int position;

		private int nextKeySpec;

		ArgumentParser(String text) {
			this.text = text;
			this.chars = text.toCharArray();
		}

		List<Argument> parse() {
			List<List<Node>> alternatives = alternatives();
			if (this.position < this.chars.length) {
				throw error("unexpected '" + this.chars[this.position] + "'");
			}
			if (alternatives.size() != 1) {
				throw error("alternatives outside a group");
			}
			List<Argument> arguments = new ArrayList<>();
			for (Node node : alternatives.get(0)) {
				if (node.leadsBlock) {
					throw error("a token before an argument with its own token, outside a group");
				}
				arguments.add(toArgument(node));
			}
			return arguments;
		}

		private Argument toArgument(Node node) {
			List<Argument> children = new ArrayList<>();
			int keySpec = -1;
			if (node.type == ArgumentType.KEY) {
				keySpec = (node.keySpec >= 0) ? node.keySpec : this.nextKeySpec++;
			}
			else if (node.keySpec >= 0) {
				// pattern=N: a pattern naming keys of a spec (SORT's BY and GET)
				keySpec = node.keySpec;
			}
			for (Node child : node.children) {
				children.add(toArgument(child));
			}
			return new Argument(node.name, node.type, node.token, keySpec, node.since, node.deprecatedSince,
					node.optional, node.multiple, node.multipleToken, children);
		}

		/** Reads sequences separated by '|', up to a closing bracket or the end. */
		private List<List<Node>> alternatives() {
			List<List<Node>> alternatives = new ArrayList<>();
			List<Node> sequence = new ArrayList<>();
			while (true) {
				skipSpaces();
				if (this.position >= this.chars.length || isClose(this.chars[this.position])) {
					alternatives.add(bind(sequence));
					return alternatives;
				}
				if (this.chars[this.position] == '|') {
					this.position++;
					alternatives.add(bind(sequence));
					sequence = new ArrayList<>();
					continue;
				}
				sequence.add(element());
			}
		}

		/** Gives a bare token to the argument after it ("EX seconds"). */
		private List<Node> bind(List<Node> sequence) {
			List<Node> bound = new ArrayList<>();
			for (int i = 0; i < sequence.size(); i++) {
				Node node = sequence.get(i);
				if (node.bareToken && i + 1 < sequence.size() && !sequence.get(i + 1).bareToken
						&& sequence.get(i + 1).type != ArgumentType.PURE_TOKEN) {
					Node next = sequence.get(i + 1);
					if (next.token != null) {
						if (!bound.isEmpty()) {
							throw error("two tokens for '" + next.name + "'");
						}
						// "[FULL [COUNT count]]": the token introduces the group
						node.leadsBlock = true;
						bound.add(node);
						continue;
					}
					next.token = node.token;
					next.tokenBoundHere = bound.isEmpty();
					i++;
					bound.add(next);
				}
				else {
					bound.add(node);
				}
			}
			return bound;
		}

		private Node element() {
			char c = this.chars[this.position];
			if (c == '[' || c == '(') {
				return group(null);
			}
			String word = word();
			if (word.endsWith(":") && this.position < this.chars.length
					&& (this.chars[this.position] == '[' || this.chars[this.position] == '(')) {
				return group(unquote(word.substring(0, word.length() - 1)));
			}
			// NAME=TOKEN or TOKEN, then a suffix
			int nameEnd = nameEnd(word, 0);
			int tokenStart = (nameEnd > 0 && nameEnd < word.length() && word.charAt(nameEnd) == '=') ? nameEnd + 1 : 0;
			if (tokenStart > 0 && tokenStart < word.length() && word.charAt(tokenStart) == '"') {
				// name="=": a token of other characters than capitals, digits, _ and -
				int close = word.indexOf('"', tokenStart + 1);
				if (close <= tokenStart + 1) {
					throw error("cannot read '" + word + "'");
				}
				Node node = new Node(unquote(word.substring(0, nameEnd)), ArgumentType.PURE_TOKEN);
				node.token = word.substring(tokenStart + 1, close);
				suffix(node, word.substring(close + 1), false);
				return node;
			}
			if (tokenStart < word.length() && isUpper(word.charAt(tokenStart))) {
				int tokenEnd = tokenStart + 1;
				while (tokenEnd < word.length() && (isUpper(word.charAt(tokenEnd)) || isDigit(word.charAt(tokenEnd))
						|| word.charAt(tokenEnd) == '_' || word.charAt(tokenEnd) == '-')) {
					tokenEnd++;
				}
				String token = word.substring(tokenStart, tokenEnd);
				String suffix = word.substring(tokenEnd);
				boolean named = tokenStart > 0;
				Node node = new Node(named ? unquote(word.substring(0, nameEnd)) : token.toLowerCase(Locale.ROOT),
						ArgumentType.PURE_TOKEN);
				node.token = token;
				node.bareToken = !named && suffix.isEmpty();
				suffix(node, suffix, false);
				return node;
			}
			// name or name:type, then a suffix
			if (nameEnd < 0) {
				throw error("cannot read '" + word + "'");
			}
			String name = unquote(word.substring(0, nameEnd));
			int suffixStart = nameEnd;
			ArgumentType type = name.equals("key") ? ArgumentType.KEY : ArgumentType.STRING;
			if (nameEnd < word.length() && word.charAt(nameEnd) == ':') {
				int typeEnd = nameEnd + 1;
				while (typeEnd < word.length() && (isLower(word.charAt(typeEnd)) || word.charAt(typeEnd) == '-')) {
					typeEnd++;
				}
				if (typeEnd > nameEnd + 1) {
					type = ArgumentType.of(word.substring(nameEnd + 1, typeEnd));
					suffixStart = typeEnd;
				}
			}
			int keySpec = -1;
			if ((type == ArgumentType.KEY || type == ArgumentType.PATTERN) && suffixStart < word.length()
					&& word.charAt(suffixStart) == '=') {
				// key=N: a key found through an earlier key spec (LCS's key2 through
				// key1's)
				int digitsEnd = suffixStart + 1;
				while (digitsEnd < word.length() && isDigit(word.charAt(digitsEnd))) {
					digitsEnd++;
				}
				if (digitsEnd == suffixStart + 1) {
					throw error("cannot read '" + word + "'");
				}
				keySpec = Integer.parseInt(word.substring(suffixStart + 1, digitsEnd));
				suffixStart = digitsEnd;
			}
			Node node = new Node(name, type);
			node.keySpec = keySpec;
			suffix(node, word.substring(suffixStart), false);
			return node;
		}

		/**
		 * Returns where a name starting at an index ends: {@code [a-z0-9][a-z0-9_-]*} or
		 * a quoted {@code "..."} (not empty); -1 if there is none.
		 */
		private static int nameEnd(String word, int from) {
			if (from >= word.length()) {
				return -1;
			}
			char first = word.charAt(from);
			if (first == '"') {
				int close = word.indexOf('"', from + 1);
				return (close > from + 1) ? close + 1 : -1;
			}
			if (!isLower(first) && !isDigit(first)) {
				return -1;
			}
			int end = from + 1;
			while (end < word.length() && (isLower(word.charAt(end)) || isDigit(word.charAt(end))
					|| word.charAt(end) == '_' || word.charAt(end) == '-')) {
				end++;
			}
			return end;
		}

		private static boolean isUpper(char c) {
			return c >= 'A' && c <= 'Z';
		}

		private static boolean isLower(char c) {
			return c >= 'a' && c <= 'z';
		}

		private static boolean isDigit(char c) {
			return c >= '0' && c <= '9';
		}

		private Node group(@Nullable String name) {
			char open = this.chars[this.position++];
			List<List<Node>> alternatives = alternatives();
			char close = (open == '[') ? ']' : ')';
			if (this.position >= this.chars.length || this.chars[this.position] != close) {
				throw error("'" + open + "' without '" + close + "'");
			}
			this.position++;
			String suffix = suffixText();
			Node node;
			if (alternatives.size() > 1) {
				if (name == null) {
					throw error("alternatives need a group name");
				}
				node = new Node(name, ArgumentType.ONEOF);
				for (List<Node> alternative : alternatives) {
					if (alternative.size() != 1) {
						throw error("an alternative of '" + name + "' is not one argument");
					}
					node.children.add(alternative.get(0));
				}
			}
			else {
				List<Node> items = alternatives.get(0);
				if (items.isEmpty()) {
					throw error("an empty group");
				}
				Node first = items.get(0);
				boolean tokenLed = (first.tokenBoundHere && first.token != null) || first.leadsBlock;
				if (name == null && items.size() == 1) {
					node = first;
				}
				else if (name == null && !(tokenLed && items.size() > 1)) {
					throw error("a block of several arguments needs a name or a leading token");
				}
				else {
					String token = tokenLed ? first.token : null;
					node = new Node((name != null) ? name : token.toLowerCase(Locale.ROOT), ArgumentType.BLOCK);
					if (first.leadsBlock) {
						node.token = token;
						node.children.addAll(items.subList(1, items.size()));
					}
					else {
						if (tokenLed) {
							first.token = null;
							node.token = token;
						}
						node.children.addAll(items);
					}
				}
			}
			node.bareToken = false;
			node.tokenBoundHere = false;
			if (open == '[') {
				node.optional = true;
			}
			suffix(node, suffix, true);
			return node;
		}

		/** Reads {@code [...][@SINCE][^DEPRECATED]} after an argument. */
		private void suffix(Node node, String text, boolean outside) {
			int i = 0;
			if (text.startsWith("...")) {
				node.multiple = true;
				// "[TOKEN arg]..." repeats the token with the argument
				node.multipleToken = outside && node.token != null;
				i = 3;
			}
			int versionEnd = versionEnd(text, i, '@');
			if (versionEnd > i) {
				node.since = text.substring(i + 1, versionEnd);
				i = versionEnd;
			}
			versionEnd = versionEnd(text, i, '^');
			if (versionEnd > i) {
				node.deprecatedSince = text.substring(i + 1, versionEnd);
				i = versionEnd;
			}
			if (i != text.length()) {
				throw error("cannot read '" + text + "' after '" + node.name + "'");
			}
		}

		/**
		 * Returns where a version marked by a character ({@code @1.0.0}) ends, or the
		 * index itself if there is none there.
		 */
		private static int versionEnd(String text, int from, char mark) {
			if (from >= text.length() || text.charAt(from) != mark) {
				return from;
			}
			int end = from + 1;
			while (end < text.length() && (isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
				end++;
			}
			return (end > from + 1) ? end : from;
		}

		private String word() {
			int start = this.position;
			while (this.position < this.chars.length) {
				char c = this.chars[this.position];
				if (c == '"') {
					int end = this.text.indexOf('"', this.position + 1);
					if (end < 0) {
						throw error("an unclosed quote");
					}
					this.position = end + 1;
					continue;
				}
				if (Entry.isBlank(c) || c == '|' || c == '[' || c == '(' || isClose(c)) {
					break;
				}
				this.position++;
			}
			return this.text.substring(start, this.position);
		}

		private String suffixText() {
			int start = this.position;
			while (this.position < this.chars.length && !Entry.isBlank(this.chars[this.position])
					&& "|[]()".indexOf(this.chars[this.position]) < 0) {
				this.position++;
			}
			return this.text.substring(start, this.position);
		}

		private void skipSpaces() {
			while (this.position < this.chars.length && Entry.isBlank(this.chars[this.position])) {
				this.position++;
			}
		}

		private static boolean isClose(char c) {
			return c == ']' || c == ')';
		}

		private static String unquote(String name) {
			return (name.startsWith("\"") && name.endsWith("\"")) ? name.substring(1, name.length() - 1) : name;
		}

		private IllegalArgumentException error(String message) {
			return new IllegalArgumentException(
					message + " at column " + (this.position + 1) + " of '" + this.text + "'");
		}

	}

	/** An argument while its line is read; becomes an {@link Argument}. */
	private static final class Node {

		final String name;

		final ArgumentType type;

		@Nullable String token;

		@Nullable String since;

		@Nullable String deprecatedSince;

		boolean optional;

		boolean multiple;

		boolean multipleToken;

		/** A key's key spec when given ({@code key=N}), else -1 for the next one. */
		int keySpec = -1;

		/** A token alone, which gives itself to the argument after it. */
		boolean bareToken;

		/** Whether the token came from a bare token first in the enclosing group. */
		boolean tokenBoundHere;

		/**
		 * A bare token first in its group, before an argument with a token of its own:
		 * the group's token.
		 */
		boolean leadsBlock;

		final List<Node> children = new ArrayList<>();

		Node(String name, ArgumentType type) {
			this.name = name;
			this.type = type;
		}

	}

}
