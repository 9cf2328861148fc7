package io.redipy.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import io.lettuce.core.protocol.ProtocolKeyword;
import io.redipy.command.CommandSpec;
import io.redipy.command.CommandTable;
import io.redipy.command.KeySpec;
import org.jspecify.annotations.Nullable;

/**
 * What the command table says about a command the backend sends, looked up once per
 * command name: the keyword Lettuce sends and where the keys are among the arguments.
 *
 * <p>
 * Keys are handed to Lettuce as keys ({@link CommandArgs#addKey}) because Lettuce's
 * cluster routing and {@link CommandArgs#getFirstEncodedKey()} look only at those; the
 * positions come from the table's key specs, the same ones {@code COMMAND GETKEYS} reads,
 * so no method of the client keeps its own list of which arguments are keys.
 */
final class CommandShape {

	/**
	 * The tables the shapes come from, searched in order: the endpoint's, then the
	 * commands only this backend sends ({@code commands.txt} next to this class).
	 */
	private static final List<CommandTable> TABLES = List.of(CommandTable.standard(), sentOnly());

	/** Shapes by the names the client uses; a handful of entries, filled on first use. */
	private static final ConcurrentMap<String, CommandShape> SHAPES = new ConcurrentHashMap<>();

	/** Up to how many arguments key positions are cached (longer calls are rare). */
	private static final int CACHED_COUNTS = 64;

	private final byte[] name;

	private final CommandTable table;

	private final CommandSpec command;

	private final boolean container;

	/** Whether any argument can be a key; the others skip the table at send time. */
	private final boolean keyed;

	private final ProtocolKeyword keyword;

	/**
	 * The key positions by number of arguments, for commands whose specs place the keys
	 * by that number alone (GET, MSET, BLPOP), so that most commands find their keys with
	 * an array read; {@code null} for the others (a key count, a keyword, a subcommand).
	 */
	private final @Nullable AtomicReferenceArray<int[]> byCount;

	private CommandShape(String name, CommandTable table, CommandSpec command) {
		this.name = name.getBytes(StandardCharsets.US_ASCII);
		this.table = table;
		this.command = command;
		this.container = !command.subcommands().isEmpty();
		this.keyed = this.container || CommandTable.hasKeys(command);
		this.byCount = (!this.container && placedByCount(command)) ? new AtomicReferenceArray<>(CACHED_COUNTS) : null;
		this.keyword = keyword(name, this.name);
	}

	/**
	 * Returns the shape of a command.
	 * @param name the command's name as the client writes it
	 * @return the shape
	 * @throws IllegalStateException if the table does not know the command (a bug: every
	 * command the backend sends is in the table, which a test checks)
	 */
	static CommandShape of(String name) {
		CommandShape shape = SHAPES.get(name);
		return (shape != null) ? shape : SHAPES.computeIfAbsent(name, CommandShape::create);
	}

	private static CommandShape create(String name) {
		for (CommandTable table : TABLES) {
			CommandSpec command = table.find(name);
			if (command != null) {
				return new CommandShape(name, table, command);
			}
		}
		throw new IllegalStateException("Redis command " + name + " is in no command table, so its keys cannot be "
				+ "marked; describe it in io/redipy/redis/commands.txt");
	}

	private static CommandTable sentOnly() {
		try (InputStream in = CommandShape.class.getResourceAsStream("commands.txt")) {
			if (in == null) {
				throw new IllegalStateException("commands.txt is missing next to " + CommandShape.class.getName());
			}
			return CommandTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Returns the tables shapes come from, the endpoint's first.
	 * @return the tables
	 */
	static List<CommandTable> tables() {
		return TABLES;
	}

	private static ProtocolKeyword keyword(String name, byte[] bytes) {
		try {
			return CommandType.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return new ProtocolKeyword() {

				@Override
				public byte[] getBytes() {
					return bytes;
				}

				@Override
				public String toString() {
					return name;
				}

			};
		}
	}

	/**
	 * Returns how a cluster runs the command, from the table's {@code request_policy} and
	 * {@code response_policy} tips: on every master with the replies combined (DBSIZE,
	 * KEYS, FLUSHDB, RANDOMKEY), split by slot where Redis's clients conventionally split
	 * a non-atomic read or delete (DEL, UNLINK, EXISTS, MGET), or on the node of its
	 * keys' one slot (the rest).
	 * @return the spread
	 */
	Spread spread() {
		List<String> tips = this.command.tips();
		if (tips.contains("request_policy:all_shards")) {
			if (tips.contains("response_policy:agg_sum")) {
				return Spread.SUM;
			}
			if (tips.contains("response_policy:all_succeeded")) {
				return Spread.ALL_SUCCEEDED;
			}
			if (tips.contains("response_policy:special")) {
				// INFO: one node's answer is what a client asks for
				return Spread.BY_SLOT;
			}
			// RANDOMKEY's output is not deterministic; KEYS's order is not
			return tips.contains("nondeterministic_output") ? Spread.ANY_NON_NULL : Spread.CONCAT;
		}
		if (tips.contains("request_policy:multi_shard")) {
			// MSET and MSETNX are atomic on one Redis: they are not split
			if (tips.contains("response_policy:agg_sum")) {
				return Spread.SPLIT_SUM;
			}
			if (!tips.contains("response_policy:all_succeeded") && !tips.contains("response_policy:agg_min")) {
				return Spread.SPLIT_IN_ORDER;
			}
		}
		return Spread.BY_SLOT;
	}

	/**
	 * Returns whether the command works on the whole keyspace of a node (its ACL
	 * categories include {@code keyspace} and it has no keys: DBSIZE, KEYS, SCAN,
	 * RANDOMKEY, FLUSHDB), which a batch on a Redis Cluster cannot hold.
	 * @return whether it does
	 */
	boolean keyspaceWide() {
		return !this.keyed && this.command.aclCategories().contains(io.redipy.command.AclCategory.KEYSPACE);
	}

	/**
	 * Returns the keys among the arguments, in the order they come.
	 * @param args the arguments after the name
	 * @return the keys
	 */
	List<byte[]> keys(byte[][] args) {
		if (!this.keyed) {
			return List.of();
		}
		int[] positions = keyPositions(args);
		List<byte[]> keys = new java.util.ArrayList<>(positions.length);
		int last = -1;
		for (int position : positions) {
			if (position != last && position - 1 < args.length) {
				keys.add(args[position - 1]);
			}
			last = position;
		}
		return keys;
	}

	/** How a Redis Cluster runs a command. */
	enum Spread {

		/** On the node that owns the one slot of its keys (or any node, for none). */
		BY_SLOT,

		/** On every master; the integer replies added up. */
		SUM,

		/** On every master; the first reply, once all succeeded. */
		ALL_SUCCEEDED,

		/** On every master; the array replies joined. */
		CONCAT,

		/** On every master; a non-null reply picked at random (RANDOMKEY). */
		ANY_NON_NULL,

		/** Split by slot when its keys span slots; the integer replies added up. */
		SPLIT_SUM,

		/** Split by slot when its keys span slots; the replies put back in key order. */
		SPLIT_IN_ORDER

	}

	/**
	 * Returns the command's keyword as Lettuce sends it.
	 * @return the keyword
	 */
	ProtocolKeyword keyword() {
		return this.keyword;
	}

	/**
	 * Returns Lettuce's arguments for the command, the keys marked as keys.
	 * @param args the arguments after the name
	 * @return the arguments
	 */
	CommandArgs<byte[], byte[]> arguments(byte[][] args) {
		CommandArgs<byte[], byte[]> arguments = new CommandArgs<>(ByteArrayCodec.INSTANCE);
		if (!this.keyed) {
			for (byte[] arg : args) {
				arguments.add(arg);
			}
			return arguments;
		}
		int[] keys = keyPositions(args);
		int next = 0;
		for (int i = 0; i < args.length; i++) {
			// positions count the name as 0
			if (next < keys.length && keys[next] == i + 1) {
				arguments.addKey(args[i]);
				while (next < keys.length && keys[next] == i + 1) {
					next++;
				}
			}
			else {
				arguments.add(args[i]);
			}
		}
		return arguments;
	}

	/**
	 * Returns the positions of the keys, counting the name as 0, in ascending order: from
	 * the cache when the key specs fix them by the number of arguments alone, else from
	 * the table.
	 */
	private int[] keyPositions(byte[][] args) {
		if (this.byCount != null && args.length < this.byCount.length()) {
			int[] cached = this.byCount.get(args.length);
			if (cached == null) {
				// racing threads compute the same positions; either copy will do
				cached = positions(this.table.keys(this.command, new Argv(this.name, args)));
				this.byCount.set(args.length, cached);
			}
			return cached;
		}
		CommandSpec spec = this.command;
		if (this.container && args.length > 0) {
			// Redis finds a container's keys through its subcommand's specs
			CommandSpec subcommand = this.table.subcommand(this.command, args[0]);
			spec = (subcommand != null) ? subcommand : spec;
		}
		return positions(this.table.keys(spec, new Argv(this.name, args)));
	}

	/**
	 * Whether the key specs place every key by the number of arguments alone: each starts
	 * at a fixed index and takes a range (not a key count, not a keyword).
	 */
	private static boolean placedByCount(CommandSpec command) {
		for (KeySpec spec : command.keySpecs()) {
			if (!(spec.begin() instanceof KeySpec.Index) || !(spec.find() instanceof KeySpec.Range)) {
				return false;
			}
		}
		return true;
	}

	/** The key positions in ascending order (the table lists them spec by spec). */
	private static int[] positions(List<CommandTable.KeyPosition> keys) {
		int[] positions = new int[keys.size()];
		boolean sorted = true;
		for (int i = 0; i < positions.length; i++) {
			positions[i] = keys.get(i).index();
			sorted &= i == 0 || positions[i - 1] <= positions[i];
		}
		if (!sorted) {
			Arrays.sort(positions);
		}
		return positions;
	}

	/** The argument vector as the table reads it, the name first, without copying. */
	private static final class Argv extends AbstractList<byte[]> implements RandomAccess {

		private final byte[] name;

		private final byte[][] args;

		Argv(byte[] name, byte[][] args) {
			this.name = name;
			this.args = args;
		}

		@Override
		public byte[] get(int index) {
			return (index == 0) ? this.name : this.args[index - 1];
		}

		@Override
		public int size() {
			return this.args.length + 1;
		}

	}

}
