package io.redipy.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import io.redipy.script.ir.RawText;
import org.jspecify.annotations.Nullable;

/**
 * The one command table of the memory store's Redis endpoint: every command it serves,
 * described once (name, arity, flags, ACL categories, key specs, arguments, subcommands;
 * see {@code commands.txt} next to this class), with what derives from it alone: the
 * look-up of a command from its argument vector with Redis's errors for unknown commands
 * and wrong arities, and the keys of an argument vector (as {@code COMMAND GETKEYS} finds
 * them, and as key prefixing or cluster routing would need them).
 *
 * <p>
 * The structural facts equal Redis 7.0.15's, because clients read them; summaries and
 * complexities are our own words. Internal: part of the memory store's endpoint.
 * Immutable and thread-safe.
 */
public final class CommandTable {

	private static final CommandTable STANDARD = load();

	/** How much of a name or argument Redis puts into an error message. */
	private static final int ERROR_TEXT_LIMIT = 128;

	private final List<CommandSpec> commands;

	private final NameIndex index;

	private final Map<String, NameIndex> subcommandIndexes = new HashMap<>();

	private CommandTable(List<CommandSpec> commands) {
		// sorted by name through a TreeMap rather than a comparator: no lambda as the
		// endpoint starts (each costs a fresh JVM a generated class)
		TreeMap<String, CommandSpec> sorted = new TreeMap<>();
		for (CommandSpec command : commands) {
			sorted.put(command.name(), command);
		}
		this.commands = List.copyOf(sorted.values());
		this.index = new NameIndex(this.commands);
		for (CommandSpec command : this.commands) {
			if (!command.subcommands().isEmpty()) {
				this.subcommandIndexes.put(command.name(), new NameIndex(command.subcommands()));
			}
		}
	}

	private static CommandTable load() {
		try (InputStream in = open()) {
			if (in == null) {
				throw new IllegalStateException("commands.txt is missing next to " + CommandTable.class.getName());
			}
			// each command's facts and arguments on first use: the first commands need a
			// few of the 240 entries (the tests parse them all, CommandTableParserTests
			// compares the two ways)
			return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a table (see {@link CommandTableParser#parse(String, boolean)}).
	 * @param text the table's text
	 * @param eager whether to parse every command at once, or each on first use
	 * @return the table
	 */
	static CommandTable read(String text, boolean eager) {
		return new CommandTable(CommandTableParser.parse(text, eager));
	}

	/**
	 * Opens {@code commands.txt}: as a resource of this class's module first, which for a
	 * class on the class path reads its own jar or directory at once, whereas
	 * {@link Class#getResourceAsStream} asks the parent class loaders first and so opens
	 * the JDK's module image (about 6 ms of the endpoint's start in a fresh JVM); the
	 * usual look-up where a class loader finds nothing that way.
	 */
	private static @Nullable InputStream open() throws IOException {
		InputStream in = CommandTable.class.getModule().getResourceAsStream("io/redipy/command/commands.txt");
		return (in != null) ? in : CommandTable.class.getResourceAsStream("commands.txt");
	}

	/**
	 * Returns the table of the commands the memory endpoint serves.
	 * @return the table
	 */
	public static CommandTable standard() {
		return STANDARD;
	}

	/**
	 * Reads a table written as {@code commands.txt} is, for commands that another part of
	 * redipy needs described but the memory endpoint does not serve (the Redis backend's
	 * {@code EVAL} and {@code EVALSHA}, whose keys it marks).
	 * @param text the table's text
	 * @return the table
	 * @throws IllegalArgumentException if the text is not a valid table
	 */
	public static CommandTable parse(String text) {
		return new CommandTable(CommandTableParser.parse(text));
	}

	/**
	 * Returns the top-level commands (containers hold their subcommands).
	 * @return the commands, sorted by name
	 */
	public List<CommandSpec> commands() {
		return this.commands;
	}

	/**
	 * Returns how many top-level commands there are ({@code COMMAND COUNT}).
	 * @return the count
	 */
	public int size() {
		return this.commands.size();
	}

	/**
	 * Returns a top-level command by name, without regard to case; allocates nothing.
	 * @param name the name's bytes
	 * @return the command, or {@code null}
	 */
	public @Nullable CommandSpec command(byte[] name) {
		return this.index.find(name);
	}

	/**
	 * Returns a subcommand by name, without regard to case; allocates nothing.
	 * @param container the container command
	 * @param name the subcommand's name, without the container's
	 * @return the subcommand, or {@code null}
	 */
	public @Nullable CommandSpec subcommand(CommandSpec container, byte[] name) {
		NameIndex subcommands = this.subcommandIndexes.get(container.name());
		return (subcommands != null) ? subcommands.find(name) : null;
	}

	/**
	 * Returns a command by its full name, as {@code COMMAND INFO} and
	 * {@code COMMAND DOCS} look names up: {@code get}, or {@code client|kill} for a
	 * subcommand, in any case.
	 * @param fullName the name
	 * @return the command, or {@code null}
	 */
	public @Nullable CommandSpec find(String fullName) {
		// through the bytes, so that only ASCII letters fold, as in Redis
		return find(fullName.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Returns a command by its full name given as bytes (see {@link #find(String)}).
	 * @param fullName the name's bytes
	 * @return the command, or {@code null}
	 */
	public @Nullable CommandSpec find(byte[] fullName) {
		int bar = -1;
		for (int i = 0; i < fullName.length; i++) {
			if (fullName[i] == '|') {
				if (bar >= 0) {
					// Redis knows one level of subcommands only
					return null;
				}
				bar = i;
			}
		}
		if (bar < 0) {
			// a container's name alone is the container, never one of its subcommands
			return this.index.find(fullName);
		}
		CommandSpec container = this.index.find(Arrays.copyOf(fullName, bar));
		if (container == null || container.subcommands().isEmpty()) {
			return null;
		}
		return subcommand(container, Arrays.copyOfRange(fullName, bar + 1, fullName.length));
	}

	/**
	 * Finds the command an argument vector calls, as Redis's look-up does: the subcommand
	 * named by the second argument for a container command given more than its name, else
	 * the command named by the first.
	 * @param argv the argument vector, the command's name first
	 * @return the command, or {@code null} if there is none of that name
	 */
	public @Nullable CommandSpec lookup(List<byte[]> argv) {
		if (argv.isEmpty()) {
			return null;
		}
		CommandSpec command = this.index.find(argv.get(0));
		if (command == null || argv.size() == 1 || command.subcommands().isEmpty()) {
			return command;
		}
		return subcommand(command, argv.get(1));
	}

	/**
	 * Finds the command an argument vector calls and checks its number of arguments,
	 * answering as Redis 7.0.15 does before it runs a command: an unknown command, an
	 * unknown subcommand or a wrong number of arguments is an error reply worded as Redis
	 * words it.
	 * @param argv the argument vector, the command's name first; not empty
	 * @return the command, or the error to reply
	 */
	public Resolution resolve(List<byte[]> argv) {
		if (argv.isEmpty()) {
			throw new IllegalArgumentException("an argument vector holds at least the command's name");
		}
		CommandSpec command = lookup(argv);
		if (command == null) {
			CommandSpec container = this.index.find(argv.get(0));
			if (container != null && !container.subcommands().isEmpty()) {
				return new Resolution.Rejected(
						Reply.error("ERR unknown subcommand '" + errorText(argv.get(1), ERROR_TEXT_LIMIT) + "'. Try "
								+ errorText(argv.get(0), Integer.MAX_VALUE).toUpperCase(Locale.ROOT) + " HELP."));
			}
			return new Resolution.Rejected(unknownCommand(argv));
		}
		if (!command.acceptsArgumentCount(argv.size())) {
			if (command.name().equals("exec")) {
				// Redis rejects a malformed EXEC as an aborted transaction
				return new Resolution.Rejected(Reply
					.error("EXECABORT Transaction discarded because of: wrong number of arguments for 'exec' command"));
			}
			return new Resolution.Rejected(wrongArity(command));
		}
		return new Resolution.Found(command);
	}

	/**
	 * Returns Redis 7.0's error for an unknown command, with the start of its arguments:
	 * as Redis formats them with {@code %.*s}, each is cut at a NUL byte and all together
	 * at 128 bytes; bytes that are not UTF-8 are quoted as they are (in store form).
	 * @param argv the argument vector, the command's name first
	 * @return {@code ERR unknown command 'name', with args beginning with: 'a' 'b' }
	 */
	public static Reply unknownCommand(List<byte[]> argv) {
		StringBuilder args = new StringBuilder();
		int length = 0;
		for (int i = 1; i < argv.size() && length < ERROR_TEXT_LIMIT; i++) {
			// each argument is cut to what is left of the 128 bytes, then quoted
			byte[] text = cString(argv.get(i), ERROR_TEXT_LIMIT - length);
			args.append('\'').append(RawText.decode(text)).append("' ");
			length += text.length + 3;
		}
		return Reply.error("ERR unknown command '" + errorText(argv.get(0), ERROR_TEXT_LIMIT)
				+ "', with args beginning with: " + args);
	}

	/**
	 * Returns the error for a wrong number of arguments.
	 * @param command the command
	 * @return {@code ERR wrong number of arguments for 'name' command}, the full name
	 * ({@code client|kill}) for a subcommand
	 */
	public static Reply wrongArity(CommandSpec command) {
		return Reply.error("ERR wrong number of arguments for '" + command.name() + "' command");
	}

	/**
	 * Returns the positions of the keys in an argument vector, with the flags of their
	 * key specs, as {@code COMMAND GETKEYSANDFLAGS} finds them in Redis 7.0.15: through
	 * the key specs, or, where the specs cannot tell (a key count Redis's strict integer
	 * parser rejects, or flags that depend on other arguments), as Redis's older
	 * per-command look-up does.
	 * @param command the command the vector calls
	 * @param argv the argument vector, the command's name first
	 * @return the keys' positions and flags; empty when none can be found
	 */
	public List<KeyPosition> keys(CommandSpec command, List<byte[]> argv) {
		return KeyFinder.keys(command, argv);
	}

	/**
	 * Returns whether a command has key arguments at all (a key spec for real keys).
	 * @param command the command
	 * @return whether it has keys
	 */
	public static boolean hasKeys(CommandSpec command) {
		return command.keySpecs().stream().anyMatch((spec) -> !spec.flags().contains(KeySpecFlag.NOT_KEY));
	}

	/**
	 * Returns bytes as Redis's {@code %.Ns} prints them: up to the first NUL, at most a
	 * number of bytes.
	 */
	static byte[] cString(byte[] bytes, int limit) {
		int end = 0;
		while (end < bytes.length && end < limit && bytes[end] != 0) {
			end++;
		}
		return (end == bytes.length) ? bytes : Arrays.copyOf(bytes, end);
	}

	private static String errorText(byte[] bytes, int limit) {
		return RawText.decode(cString(bytes, limit));
	}

	/**
	 * What {@link #resolve(List)} found.
	 */
	public sealed interface Resolution {

		/**
		 * The command to run.
		 *
		 * @param command the command (a subcommand for a container)
		 */
		record Found(CommandSpec command) implements Resolution {

			/**
			 * Checks the command.
			 * @param command the command
			 */
			public Found {
				Objects.requireNonNull(command, "command");
			}

		}

		/**
		 * The error to reply instead.
		 *
		 * @param error the error reply
		 */
		record Rejected(Reply error) implements Resolution {

		}

	}

	/**
	 * A key in an argument vector.
	 *
	 * @param index the key's position, counting the command's name as 0
	 * @param flags how the command uses it (empty where Redis's older look-up found it)
	 */
	public record KeyPosition(int index, Set<KeySpecFlag> flags) {

		/**
		 * Copies the flags.
		 * @param index the position
		 * @param flags the flags
		 */
		public KeyPosition {
			flags = Set.copyOf(flags);
		}

	}

}
