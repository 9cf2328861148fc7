package io.redipy.command;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One command of the {@link CommandTable}: what Redis 7.0 tells clients about it through
 * {@code COMMAND INFO} and {@code COMMAND DOCS}, written once. What Redis derives from
 * other facts is derived here the same way: the implied ACL categories, the legacy
 * first/last/step key positions and the {@code movablekeys} flag.
 *
 * <p>
 * Internal: part of the memory store's endpoint. Immutable and thread-safe.
 */
public final class CommandSpec {

	private final String name;

	private final List<CommandSpec> subcommands;

	/**
	 * Where the facts are read from on first use, or null for a command built with its
	 * facts (see {@link CommandTableParser#parse(String, boolean)}).
	 */
	private final CommandTableParser.@Nullable Lines lines;

	/**
	 * The facts, or null until first asked for. Not volatile: {@link Facts} has final
	 * fields only, so a thread that sees the reference sees them whole, and two threads
	 * that both read the lines make equal facts (the idiom of {@link String#hashCode()}).
	 * Dispatch reads the arity and flags through here on every command.
	 */
	private @Nullable Facts facts;

	/** The arguments, or null until {@link #arguments()} parses them. */
	private volatile @Nullable List<Argument> arguments;

	/** A command built with its facts (and its arguments when not null). */
	CommandSpec(String name, Facts facts, @Nullable List<Argument> arguments, List<CommandSpec> subcommands) {
		this.name = name.toLowerCase(Locale.ROOT);
		this.facts = facts;
		this.lines = null;
		this.arguments = (arguments != null) ? List.copyOf(arguments) : null;
		if (arguments == null) {
			Objects.requireNonNull(facts.argumentText, "argumentText");
		}
		this.subcommands = List.copyOf(subcommands);
	}

	/** A command whose facts and arguments are read from its lines on first use. */
	CommandSpec(String name, CommandTableParser.Lines lines, List<CommandSpec> subcommands) {
		this.name = name.toLowerCase(Locale.ROOT);
		this.lines = Objects.requireNonNull(lines, "lines");
		this.subcommands = List.copyOf(subcommands);
	}

	/**
	 * Returns the facts, reading them from the table's lines the first time.
	 * @throws IllegalStateException if the lines are not valid
	 */
	private Facts facts() {
		Facts facts = this.facts;
		if (facts == null) {
			facts = CommandTableParser.facts(this.name, Objects.requireNonNull(this.lines));
			this.facts = facts;
		}
		return facts;
	}

	/**
	 * What the table says of a command besides its name, subcommands and arguments, with
	 * what Redis derives from it. Immutable (final fields only, see {@link #facts}).
	 */
	static final class Facts {

		final int arity;

		final Set<CommandFlag> flags;

		final Set<AclCategory> aclCategories;

		final List<String> tips;

		final List<KeySpec> keySpecs;

		final @Nullable VariableKeyFlags variableKeyFlags;

		final String group;

		final String since;

		final String complexity;

		final String summary;

		final @Nullable String deprecatedSince;

		final @Nullable String replacedBy;

		/** The header after the name, or null when it names no arguments. */
		final @Nullable String argumentText;

		final int firstKey;

		final int lastKey;

		final int keyStep;

		Facts(String name, int arity, Set<CommandFlag> flags, Set<AclCategory> explicitCategories, List<String> tips,
				List<KeySpec> keySpecs, @Nullable VariableKeyFlags variableKeyFlags, String group, String since,
				String complexity, String summary, @Nullable String deprecatedSince, @Nullable String replacedBy,
				@Nullable String argumentText) {
			this.arity = arity;
			this.tips = List.copyOf(tips);
			this.keySpecs = List.copyOf(keySpecs);
			this.variableKeyFlags = variableKeyFlags;
			this.group = Objects.requireNonNull(group, "group");
			this.since = Objects.requireNonNull(since, "since");
			this.complexity = Objects.requireNonNull(complexity, "complexity");
			this.summary = Objects.requireNonNull(summary, "summary");
			this.deprecatedSince = deprecatedSince;
			this.replacedBy = replacedBy;
			this.argumentText = argumentText;
			EnumSet<CommandFlag> allFlags = flags.isEmpty() ? EnumSet.noneOf(CommandFlag.class) : EnumSet.copyOf(flags);
			if (allFlags.contains(CommandFlag.MOVABLEKEYS)) {
				throw new IllegalArgumentException(name + ": movablekeys is derived from the key specs, not written");
			}
			int[] legacy = legacyRange(this.keySpecs);
			this.firstKey = legacy[0];
			this.lastKey = legacy[1];
			this.keyStep = legacy[2];
			if (legacy[3] != 0) {
				allFlags.add(CommandFlag.MOVABLEKEYS);
			}
			this.flags = Collections.unmodifiableSet(allFlags);
			this.aclCategories = implied(explicitCategories, allFlags);
		}

	}

	/**
	 * Derives the legacy (first, last, step) triple from the key specs as Redis does
	 * (populateCommandLegacyRangeSpec), and whether the keys are movable: whether the
	 * triple misses some of them.
	 * @return first, last, step and 1 for movable keys
	 */
	private static int[] legacyRange(List<KeySpec> specs) {
		if (specs.isEmpty()) {
			return new int[] { 0, 0, 0, 0 };
		}
		if (specs.size() == 1 && specs.get(0).begin() instanceof KeySpec.Index index
				&& specs.get(0).find() instanceof KeySpec.Range range) {
			int last = range.lastKey() >= 0 ? range.lastKey() + index.index() : range.lastKey();
			return new int[] { index.index(), last, range.keyStep(),
					specs.get(0).flags().contains(KeySpecFlag.INCOMPLETE) ? 1 : 0 };
		}
		int first = Integer.MAX_VALUE;
		int last = 0;
		int previousLast = 0;
		int movable = 0;
		for (KeySpec spec : specs) {
			if (!(spec.begin() instanceof KeySpec.Index index) || !(spec.find() instanceof KeySpec.Range range)) {
				movable = 1;
				continue;
			}
			if (range.keyStep() != 1 || (previousLast != 0 && previousLast != index.index() - 1)) {
				movable = 1;
				continue;
			}
			if (spec.flags().contains(KeySpecFlag.INCOMPLETE)) {
				movable = 1;
			}
			first = Math.min(first, index.index());
			int absoluteLast = range.lastKey() >= 0 ? range.lastKey() + index.index() : range.lastKey();
			// Redis compares unsigned here: a last key counted from the end wins
			last = (Integer.compareUnsigned(last, absoluteLast) >= 0) ? last : absoluteLast;
			previousLast = last;
		}
		if (first == Integer.MAX_VALUE) {
			return new int[] { 0, 0, 0, 1 };
		}
		return new int[] { first, last, 1, movable };
	}

	/**
	 * Adds the categories Redis implies from the flags (as its setImplicitACLCategories).
	 */
	private static Set<AclCategory> implied(Set<AclCategory> explicit, Set<CommandFlag> flags) {
		EnumSet<AclCategory> categories = explicit.isEmpty() ? EnumSet.noneOf(AclCategory.class)
				: EnumSet.copyOf(explicit);
		if (flags.contains(CommandFlag.WRITE)) {
			categories.add(AclCategory.WRITE);
		}
		if (flags.contains(CommandFlag.READONLY) && !categories.contains(AclCategory.SCRIPTING)) {
			categories.add(AclCategory.READ);
		}
		if (flags.contains(CommandFlag.ADMIN)) {
			categories.add(AclCategory.ADMIN);
			categories.add(AclCategory.DANGEROUS);
		}
		if (flags.contains(CommandFlag.PUBSUB)) {
			categories.add(AclCategory.PUBSUB);
		}
		if (flags.contains(CommandFlag.FAST)) {
			categories.add(AclCategory.FAST);
		}
		if (flags.contains(CommandFlag.BLOCKING)) {
			categories.add(AclCategory.BLOCKING);
		}
		if (!categories.contains(AclCategory.FAST)) {
			categories.add(AclCategory.SLOW);
		}
		return Collections.unmodifiableSet(categories);
	}

	/**
	 * Returns the full name in lower case, {@code container|sub} for a subcommand.
	 * @return the name, such as {@code "get"} or {@code "client|kill"}
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns whether this is a subcommand of a container command.
	 * @return whether the name holds a {@code |}
	 */
	public boolean isSubcommand() {
		return this.name.indexOf('|') >= 0;
	}

	/**
	 * Returns the arity: the exact number of arguments, counting the name (and for a
	 * subcommand the container's name), when positive; the minimum when negative.
	 * @return the arity
	 */
	public int arity() {
		return facts().arity;
	}

	/**
	 * Returns whether a number of arguments fits the arity.
	 * @param argc the number of arguments, counting the name
	 * @return whether it fits
	 */
	public boolean acceptsArgumentCount(int argc) {
		int arity = facts().arity;
		return (arity > 0) ? argc == arity : argc >= -arity;
	}

	/**
	 * Returns the flags, including {@code movablekeys} where the key specs call for it.
	 * @return the flags, in Redis's order
	 */
	public Set<CommandFlag> flags() {
		return facts().flags;
	}

	/**
	 * Returns whether the command has a flag.
	 * @param flag the flag
	 * @return whether it has it
	 */
	public boolean has(CommandFlag flag) {
		return facts().flags.contains(flag);
	}

	/**
	 * Returns the ACL categories, including those the flags imply.
	 * @return the categories, in Redis's order
	 */
	public Set<AclCategory> aclCategories() {
		return facts().aclCategories;
	}

	/**
	 * Returns the tips for clients (such as {@code nondeterministic_output} or
	 * {@code request_policy:all_shards}).
	 * @return the tips
	 */
	public List<String> tips() {
		return facts().tips;
	}

	/**
	 * Returns the key specs.
	 * @return the key specs, in the order that key arguments refer to them
	 */
	public List<KeySpec> keySpecs() {
		return facts().keySpecs;
	}

	/**
	 * Returns how a key's flags depend on the other arguments, for a key spec flagged
	 * {@code variable_flags}.
	 * @return the rule, or {@code null}
	 */
	public @Nullable VariableKeyFlags variableKeyFlags() {
		return facts().variableKeyFlags;
	}

	/**
	 * Returns the legacy position of the first key.
	 * @return the position, 0 for none
	 */
	public int firstKey() {
		return facts().firstKey;
	}

	/**
	 * Returns the legacy position of the last key.
	 * @return the position, negative to count from the end
	 */
	public int lastKey() {
		return facts().lastKey;
	}

	/**
	 * Returns the legacy distance between keys.
	 * @return the step, 0 for no keys
	 */
	public int keyStep() {
		return facts().keyStep;
	}

	/**
	 * Returns the documentation group.
	 * @return the group, such as {@code "string"} or {@code "sorted-set"}
	 */
	public String group() {
		return facts().group;
	}

	/**
	 * Returns the Redis version that added the command.
	 * @return the version
	 */
	public String since() {
		return facts().since;
	}

	/**
	 * Returns the time complexity, in our words.
	 * @return the complexity
	 */
	public String complexity() {
		return facts().complexity;
	}

	/**
	 * Returns a one-line summary, in our words.
	 * @return the summary
	 */
	public String summary() {
		return facts().summary;
	}

	/**
	 * Returns the version that deprecated the command.
	 * @return the version, or {@code null} if the command is not deprecated
	 */
	public @Nullable String deprecatedSince() {
		return facts().deprecatedSince;
	}

	/**
	 * Returns what replaces a deprecated command, in our words.
	 * @return the replacement, or {@code null}
	 */
	public @Nullable String replacedBy() {
		return facts().replacedBy;
	}

	/**
	 * Returns the arguments after the name (and after the subcommand's name).
	 * @return the argument tree's top level
	 */
	public List<Argument> arguments() {
		List<Argument> arguments = this.arguments;
		if (arguments == null) {
			// parsed on first use (see CommandTableParser.parse): two threads may both
			// parse, to equal lists
			Facts facts = facts();
			String text = facts.argumentText;
			arguments = (text != null)
					? List.copyOf(CommandTableParser.arguments(this.name, text, !facts.keySpecs.isEmpty())) : List.of();
			this.arguments = arguments;
		}
		return arguments;
	}

	/**
	 * Returns the subcommands of a container command.
	 * @return the subcommands, by name; empty for other commands
	 */
	public List<CommandSpec> subcommands() {
		return this.subcommands;
	}

	@Override
	public String toString() {
		return this.name;
	}

	/**
	 * How a key's flags depend on a word among the optional arguments (as {@code SET}'s
	 * key is read only with {@code GET}).
	 *
	 * @param word the word, compared without regard to case
	 * @param from the first position the word is looked for at
	 * @param with the flags when the word is there
	 * @param without the flags otherwise
	 */
	public record VariableKeyFlags(String word, int from, Set<KeySpecFlag> with, Set<KeySpecFlag> without) {

		/**
		 * Copies the flags.
		 * @param word the word
		 * @param from the first position
		 * @param with the flags with the word
		 * @param without the flags without it
		 */
		public VariableKeyFlags {
			with = Set.copyOf(with);
			without = Set.copyOf(without);
		}

	}

}
