package io.redipy.command;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Finds commands by name without regard to ASCII case, straight from the bytes a client
 * sent: an open-addressing table whose hash and comparison fold case, so a look-up
 * allocates nothing.
 */
final class NameIndex {

	private final byte[][] names;

	private final CommandSpec[] commands;

	private final int mask;

	/**
	 * Indexes commands under their names, or under the part after the {@code |} for
	 * subcommands.
	 * @param commands the commands
	 */
	NameIndex(List<CommandSpec> commands) {
		int size = Integer.highestOneBit(Math.max(4, commands.size() * 4) - 1) << 1;
		this.names = new byte[size][];
		this.commands = new CommandSpec[size];
		this.mask = size - 1;
		for (CommandSpec command : commands) {
			String name = command.name();
			byte[] key = name.substring(name.indexOf('|') + 1).getBytes(StandardCharsets.US_ASCII);
			int slot = hash(key, 0, key.length) & this.mask;
			while (this.names[slot] != null) {
				slot = (slot + 1) & this.mask;
			}
			this.names[slot] = key;
			this.commands[slot] = command;
		}
	}

	/**
	 * Returns the command of a name.
	 * @param name the name's bytes, in any case
	 * @return the command, or {@code null}
	 */
	@Nullable CommandSpec find(byte[] name) {
		int slot = hash(name, 0, name.length) & this.mask;
		while (this.names[slot] != null) {
			if (equalsIgnoreCase(this.names[slot], name)) {
				return this.commands[slot];
			}
			slot = (slot + 1) & this.mask;
		}
		return null;
	}

	private static int hash(byte[] bytes, int from, int to) {
		int hash = 0;
		for (int i = from; i < to; i++) {
			hash = 31 * hash + lower(bytes[i]);
		}
		return hash ^ (hash >>> 16);
	}

	private static boolean equalsIgnoreCase(byte[] lowerName, byte[] name) {
		if (lowerName.length != name.length) {
			return false;
		}
		for (int i = 0; i < name.length; i++) {
			if (lowerName[i] != lower(name[i])) {
				return false;
			}
		}
		return true;
	}

	/** Folds ASCII letters only, as Redis's strcasecmp in the C locale. */
	static int lower(byte b) {
		return (b >= 'A' && b <= 'Z') ? b + ('a' - 'A') : b;
	}

}
