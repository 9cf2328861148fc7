package io.redipy.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The replies of {@code COMMAND} and its subcommands, built from a {@link CommandTable}
 * in the shape Redis 7.0.15 gives them (RESP3 types; a server downgrades them for RESP2
 * clients).
 *
 * <p>
 * Left out on purpose: the {@code notes} of key specs and the {@code history} of commands
 * (free text); summaries, complexities and {@code replaced_by} are our own words.
 * Internal: part of the memory store's endpoint. Thread-safe.
 */
public final class CommandReplies {

	private static final Reply SYNTAX_ERROR = Reply.error("ERR syntax error");

	private final CommandTable table;

	/**
	 * Creates the replies of a table.
	 * @param table the table
	 */
	public CommandReplies(CommandTable table) {
		this.table = Objects.requireNonNull(table, "table");
	}

	/**
	 * Answers {@code COMMAND} or one of its subcommands ({@code COUNT}, {@code INFO},
	 * {@code DOCS}, {@code LIST}, {@code GETKEYS}, {@code GETKEYSANDFLAGS},
	 * {@code HELP}), whose arity {@link CommandTable#resolve(List)} has checked.
	 * @param argv the argument vector, {@code COMMAND} first
	 * @return the reply
	 */
	public Reply reply(List<byte[]> argv) {
		if (argv.size() == 1) {
			return infoOfAll();
		}
		String subcommand = new String(argv.get(1), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
		List<byte[]> arguments = argv.subList(2, argv.size());
		return switch (subcommand) {
			case "count" -> Reply.integer(this.table.size());
			case "info" -> arguments.isEmpty() ? infoOfAll() : info(arguments);
			case "docs" -> docs(arguments);
			case "list" -> list(arguments);
			case "getkeys" -> getKeys(arguments, false);
			case "getkeysandflags" -> getKeys(arguments, true);
			case "help" -> help();
			default -> throw new IllegalArgumentException("COMMAND " + subcommand + " is not in the table");
		};
	}

	private Reply infoOfAll() {
		List<Reply> infos = new ArrayList<>();
		for (CommandSpec command : this.table.commands()) {
			infos.add(info(command));
		}
		return new Reply.Array(infos);
	}

	private Reply info(List<byte[]> names) {
		List<Reply> infos = new ArrayList<>();
		for (byte[] name : names) {
			CommandSpec command = this.table.find(name);
			infos.add((command != null) ? info(command) : Reply.NIL);
		}
		return new Reply.Array(infos);
	}

	/**
	 * Returns a command's {@code COMMAND INFO} entry.
	 * @param command the command
	 * @return name, arity, flags, first key, last key, step, ACL categories, tips, key
	 * specs and subcommands
	 */
	public Reply info(CommandSpec command) {
		List<Reply> flags = new ArrayList<>();
		for (CommandFlag flag : command.flags()) {
			if (flag.shown()) {
				flags.add(new Reply.Simple(flag.redisName()));
			}
		}
		List<Reply> categories = new ArrayList<>();
		for (AclCategory category : command.aclCategories()) {
			categories.add(new Reply.Simple(category.redisName()));
		}
		List<Reply> tips = new ArrayList<>();
		for (String tip : command.tips()) {
			tips.add(Reply.bulk(tip));
		}
		List<Reply> keySpecs = new ArrayList<>();
		for (KeySpec spec : command.keySpecs()) {
			keySpecs.add(keySpec(spec));
		}
		List<Reply> subcommands = new ArrayList<>();
		for (CommandSpec subcommand : command.subcommands()) {
			subcommands.add(info(subcommand));
		}
		// Redis answers an empty set for a command without subcommands, an array
		// otherwise
		Reply subcommandInfos = subcommands.isEmpty() ? new Reply.Set(List.of()) : new Reply.Array(subcommands);
		return new Reply.Array(List.of(Reply.bulk(command.name()), Reply.integer(command.arity()), new Reply.Set(flags),
				Reply.integer(command.firstKey()), Reply.integer(command.lastKey()), Reply.integer(command.keyStep()),
				new Reply.Set(categories), new Reply.Set(tips), new Reply.Set(keySpecs), subcommandInfos));
	}

	private static Reply keySpec(KeySpec spec) {
		Reply begin;
		if (spec.begin() instanceof KeySpec.Index index) {
			begin = map("type", Reply.bulk("index"), "spec", map("index", Reply.integer(index.index())));
		}
		else if (spec.begin() instanceof KeySpec.Unknown) {
			begin = map("type", Reply.bulk("unknown"), "spec", map());
		}
		else {
			KeySpec.Keyword keyword = (KeySpec.Keyword) spec.begin();
			begin = map("type", Reply.bulk("keyword"), "spec",
					map("keyword", Reply.bulk(keyword.keyword()), "startfrom", Reply.integer(keyword.startFrom())));
		}
		Reply find;
		if (spec.find() instanceof KeySpec.Range range) {
			find = map("type", Reply.bulk("range"), "spec", map("lastkey", Reply.integer(range.lastKey()), "keystep",
					Reply.integer(range.keyStep()), "limit", Reply.integer(range.limit())));
		}
		else if (spec.find() instanceof KeySpec.Unknown) {
			find = map("type", Reply.bulk("unknown"), "spec", map());
		}
		else {
			KeySpec.KeyNum keyNum = (KeySpec.KeyNum) spec.find();
			find = map("type", Reply.bulk("keynum"), "spec", map("keynumidx", Reply.integer(keyNum.keyNumIndex()),
					"firstkey", Reply.integer(keyNum.firstKey()), "keystep", Reply.integer(keyNum.keyStep())));
		}
		return map("flags", keySpecFlags(spec.flags()), "begin_search", begin, "find_keys", find);
	}

	private static Reply keySpecFlags(Set<KeySpecFlag> flags) {
		List<Reply> names = new ArrayList<>();
		// in Redis's order, whatever order the set has
		for (KeySpecFlag flag : KeySpecFlag.values()) {
			if (flags.contains(flag)) {
				names.add(new Reply.Simple(flag.redisName()));
			}
		}
		return new Reply.Set(names);
	}

	private Reply docs(List<byte[]> names) {
		List<Reply> entries = new ArrayList<>();
		if (names.isEmpty()) {
			for (CommandSpec command : this.table.commands()) {
				entries.add(Reply.bulk(command.name()));
				entries.add(docs(command));
			}
		}
		else {
			// unknown names are left out, not answered with a null
			for (byte[] name : names) {
				CommandSpec command = this.table.find(name);
				if (command != null) {
					entries.add(Reply.bulk(command.name()));
					entries.add(docs(command));
				}
			}
		}
		return new Reply.Map(entries);
	}

	/**
	 * Returns a command's {@code COMMAND DOCS} entry.
	 * @param command the command
	 * @return the map of summary, since, group, complexity, deprecation, arguments and
	 * subcommands
	 */
	public Reply docs(CommandSpec command) {
		List<Reply> entries = new ArrayList<>();
		entries.add(Reply.bulk("summary"));
		entries.add(Reply.bulk(command.summary()));
		entries.add(Reply.bulk("since"));
		entries.add(Reply.bulk(command.since()));
		entries.add(Reply.bulk("group"));
		entries.add(Reply.bulk(command.group()));
		entries.add(Reply.bulk("complexity"));
		entries.add(Reply.bulk(command.complexity()));
		String deprecatedSince = command.deprecatedSince();
		if (deprecatedSince != null) {
			entries.add(Reply.bulk("doc_flags"));
			entries.add(new Reply.Set(List.of(new Reply.Simple("deprecated"))));
			entries.add(Reply.bulk("deprecated_since"));
			entries.add(Reply.bulk(deprecatedSince));
		}
		String replacedBy = command.replacedBy();
		if (replacedBy != null) {
			entries.add(Reply.bulk("replaced_by"));
			entries.add(Reply.bulk(replacedBy));
		}
		if (!command.arguments().isEmpty()) {
			entries.add(Reply.bulk("arguments"));
			entries.add(arguments(command.arguments()));
		}
		if (!command.subcommands().isEmpty()) {
			List<Reply> subcommands = new ArrayList<>();
			for (CommandSpec subcommand : command.subcommands()) {
				subcommands.add(Reply.bulk(subcommand.name()));
				subcommands.add(docs(subcommand));
			}
			entries.add(Reply.bulk("subcommands"));
			entries.add(new Reply.Map(subcommands));
		}
		return new Reply.Map(entries);
	}

	private static Reply arguments(List<Argument> arguments) {
		List<Reply> replies = new ArrayList<>();
		for (Argument argument : arguments) {
			List<Reply> entries = new ArrayList<>();
			entries.add(Reply.bulk("name"));
			entries.add(Reply.bulk(argument.name()));
			entries.add(Reply.bulk("type"));
			entries.add(Reply.bulk(argument.type().redisName()));
			if (argument.keySpecIndex() >= 0) {
				entries.add(Reply.bulk("key_spec_index"));
				entries.add(Reply.integer(argument.keySpecIndex()));
			}
			add(entries, "token", argument.token());
			add(entries, "since", argument.since());
			add(entries, "deprecated_since", argument.deprecatedSince());
			List<Reply> flags = new ArrayList<>();
			if (argument.optional()) {
				flags.add(new Reply.Simple("optional"));
			}
			if (argument.multiple()) {
				flags.add(new Reply.Simple("multiple"));
			}
			if (argument.multipleToken()) {
				flags.add(new Reply.Simple("multiple_token"));
			}
			if (!flags.isEmpty()) {
				entries.add(Reply.bulk("flags"));
				entries.add(new Reply.Set(flags));
			}
			if (!argument.arguments().isEmpty()) {
				entries.add(Reply.bulk("arguments"));
				entries.add(arguments(argument.arguments()));
			}
			replies.add(new Reply.Map(entries));
		}
		return new Reply.Array(replies);
	}

	private static void add(List<Reply> entries, String key, @Nullable String value) {
		if (value != null) {
			entries.add(Reply.bulk(key));
			entries.add(Reply.bulk(value));
		}
	}

	private Reply list(List<byte[]> arguments) {
		byte[] filter = null;
		byte[] value = null;
		for (int i = 0; i < arguments.size(); i++) {
			// as Redis: FILTERBY must be followed by exactly a type and a value
			if (arguments.size() - 1 - i == 2 && equalsIgnoreCase(arguments.get(i), "filterby")) {
				filter = arguments.get(i + 1);
				value = arguments.get(i + 2);
				if (!equalsIgnoreCase(filter, "module") && !equalsIgnoreCase(filter, "aclcat")
						&& !equalsIgnoreCase(filter, "pattern")) {
					return SYNTAX_ERROR;
				}
				i += 2;
			}
			else {
				return SYNTAX_ERROR;
			}
		}
		List<Reply> names = new ArrayList<>();
		for (CommandSpec command : this.table.commands()) {
			listed(command, filter, value, names);
			for (CommandSpec subcommand : command.subcommands()) {
				listed(subcommand, filter, value, names);
			}
		}
		return new Reply.Array(names);
	}

	private static void listed(CommandSpec command, byte @Nullable [] filter, byte @Nullable [] value,
			List<Reply> names) {
		if (filter != null && value != null) {
			if (equalsIgnoreCase(filter, "module")) {
				// no command here comes from a module
				return;
			}
			if (equalsIgnoreCase(filter, "aclcat")) {
				AclCategory category = AclCategory.find(new String(value, StandardCharsets.UTF_8));
				if (category == null || !command.aclCategories().contains(category)) {
					return;
				}
			}
			else if (!NamePattern.matches(value, command.name().getBytes(StandardCharsets.US_ASCII))) {
				return;
			}
		}
		names.add(Reply.bulk(command.name()));
	}

	private Reply getKeys(List<byte[]> argv, boolean withFlags) {
		CommandSpec command = this.table.lookup(argv);
		if (command == null) {
			return Reply.error("ERR Invalid command specified");
		}
		if (!CommandTable.hasKeys(command)) {
			return Reply.error("ERR The command has no key arguments");
		}
		if (!command.acceptsArgumentCount(argv.size())) {
			return Reply.error("ERR Invalid number of arguments specified for command");
		}
		List<CommandTable.KeyPosition> keys = this.table.keys(command, argv);
		if (keys.isEmpty()) {
			return command.has(CommandFlag.NO_MANDATORY_KEYS) ? Reply.EMPTY_ARRAY
					: Reply.error("ERR Invalid arguments specified for command");
		}
		List<Reply> replies = new ArrayList<>();
		for (CommandTable.KeyPosition key : keys) {
			Reply name = new Reply.Bulk(argv.get(key.index()));
			replies.add(withFlags ? new Reply.Array(List.of(name, keySpecFlags(key.flags()))) : name);
		}
		return new Reply.Array(replies);
	}

	private static Reply help() {
		List<Reply> lines = new ArrayList<>();
		for (String line : List.of("COMMAND <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
				"(no subcommand)", "    Describe every command.", "COUNT", "    Count the commands.",
				"INFO [<command-name> ...]", "    Describe the named commands, or every command.",
				"DOCS [<command-name> ...]", "    Document the named commands, or every command.",
				"LIST [FILTERBY (MODULE <module-name>|ACLCAT <category>|PATTERN <pattern>)]",
				"    List the command names, optionally filtered.", "GETKEYS <full-command>",
				"    Tell which arguments of a full command line are keys.", "GETKEYSANDFLAGS <full-command>",
				"    Tell the keys of a full command line with their access flags.", "HELP", "    Prints this help.")) {
			lines.add(new Reply.Simple(line));
		}
		return new Reply.Array(lines);
	}

	private static Reply map(Object... keysAndValues) {
		List<Reply> entries = new ArrayList<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			entries.add(Reply.bulk((String) keysAndValues[i]));
			entries.add((Reply) keysAndValues[i + 1]);
		}
		return new Reply.Map(entries);
	}

	private static boolean equalsIgnoreCase(byte[] bytes, String lowerWord) {
		if (bytes.length != lowerWord.length()) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if (NameIndex.lower(bytes[i]) != lowerWord.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
