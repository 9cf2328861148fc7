package io.redipy.memory;

import java.util.ArrayList;
import java.util.List;

import io.redipy.command.Reply;
import io.redipy.memory.BitOps.Field;
import io.redipy.memory.BitOps.Overflow;
import io.redipy.memory.BitOps.Type;
import io.redipy.memory.RespCommands.Call;
import io.redipy.memory.RespCommands.Handler;
import org.jspecify.annotations.Nullable;

import static io.redipy.memory.RespCommands.add;
import static io.redipy.memory.RespCommands.integer;

/**
 * The endpoint's bitmap commands (see {@link RespCommands}). Each reads its arguments in
 * the order Redis 7.0's {@code bitops.c} reads them, so that a command with several
 * faults reports the one Redis reports: {@code BITCOUNT} and {@code BITPOS} look the key
 * up before they read their range (a missing key answers whatever follows), and
 * {@code BITFIELD} reads all its subcommands before it looks at the key. Words are
 * compared as C's {@code strcasecmp} compares them, up to a NUL byte.
 */
final class RespBitmaps {

	private RespBitmaps() {
	}

	/** The family's handlers, one constant per command (see {@link Handler}). */
	private enum Handlers implements Handler {

		SETBIT, GETBIT, BITCOUNT, BITPOS, BITOP, BITFIELD, BITFIELD_RO;

		@Override
		public @Nullable Reply run(Call c) {
			return switch (this) {
				case SETBIT -> setbit(c);
				case GETBIT -> getbit(c);
				case BITCOUNT -> bitcount(c);
				case BITPOS -> bitpos(c);
				case BITOP -> bitop(c);
				case BITFIELD -> bitfield(c, false);
				case BITFIELD_RO -> bitfield(c, true);
			};
		}

	}

	/** Adds the commands to the endpoint's table. */
	static void register() {
		add(Handlers.values());
	}

	/**
	 * Whether an argument is a word, as {@code strcasecmp} finds it: without regard to
	 * ASCII case, and up to a NUL byte.
	 */
	static boolean is(byte[] arg, String word) {
		int length = 0;
		while (length < arg.length && arg[length] != 0) {
			length++;
		}
		if (length != word.length()) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			int b = arg[i];
			int upper = (b >= 'a' && b <= 'z') ? b - 32 : b;
			if (upper != word.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static Reply setbit(Call c) {
		String key = c.text(1);
		long offset = BitOps.bitOffset(c.args[2], false, 0);
		Long on = StringOps.parseLong(c.text(3));
		if (on == null || (on & ~1L) != 0) {
			throw Errors.error(BitOps.BIT_VALUE);
		}
		boolean set = on == 1;
		return integer(c.run((db) -> BitOps.setbit(db, key, offset, set)));
	}

	private static Reply getbit(Call c) {
		String key = c.text(1);
		long offset = BitOps.bitOffset(c.args[2], false, 0);
		return integer(c.read((db) -> BitOps.getbit(db, key, offset)));
	}

	/**
	 * BITCOUNT: the key first (a missing one counts 0, whatever follows), then the range
	 * and its unit.
	 */
	private static Reply bitcount(Call c) {
		String key = c.text(1);
		return integer(c.read((db) -> {
			Object value = BitOps.readString(db, key);
			if (value == null) {
				return 0L;
			}
			byte[] bytes = Strings.bytes(value);
			if (c.size() == 2) {
				return BitOps.bitcount(bytes, false, 0, 0, false);
			}
			if (c.size() != 4 && c.size() != 5) {
				throw Errors.error(Errors.SYNTAX);
			}
			long start = c.integer(2);
			long end = c.integer(3);
			if (start < 0 && end < 0 && start > end) {
				return 0L;
			}
			return BitOps.bitcount(bytes, true, start, end, (c.size() == 5) && unit(c, 4));
		}));
	}

	/** Reads BYTE or BIT: true for BIT. */
	private static boolean unit(Call c, int index) {
		if (is(c.args[index], "BIT")) {
			return true;
		}
		if (is(c.args[index], "BYTE")) {
			return false;
		}
		throw Errors.error(Errors.SYNTAX);
	}

	/**
	 * BITPOS: the bit first, then the key (a missing one answers at once), then the
	 * start, the unit and the end.
	 */
	private static Reply bitpos(Call c) {
		String key = c.text(1);
		long bit = c.integer(2);
		if (bit != 0 && bit != 1) {
			throw Errors.error(BitOps.BITPOS_BIT);
		}
		int wanted = (int) bit;
		return integer(c.read((db) -> {
			Object value = BitOps.readString(db, key);
			if (value == null) {
				return (wanted == 1) ? -1L : 0L;
			}
			byte[] bytes = Strings.bytes(value);
			int size = c.size();
			if (size == 3) {
				return BitOps.bitpos(bytes, wanted, false, 0, false, 0, false);
			}
			if (size > 6) {
				throw Errors.error(Errors.SYNTAX);
			}
			long start = c.integer(3);
			boolean isBit = (size == 6) && unit(c, 5);
			boolean endGiven = size >= 5;
			long end = endGiven ? c.integer(4) : 0;
			return BitOps.bitpos(bytes, wanted, true, start, endGiven, end, isBit);
		}));
	}

	private static Reply bitop(Call c) {
		BitOps.BitOp op;
		if (is(c.args[1], "AND")) {
			op = BitOps.BitOp.AND;
		}
		else if (is(c.args[1], "OR")) {
			op = BitOps.BitOp.OR;
		}
		else if (is(c.args[1], "XOR")) {
			op = BitOps.BitOp.XOR;
		}
		else if (is(c.args[1], "NOT")) {
			op = BitOps.BitOp.NOT;
		}
		else {
			throw Errors.error(Errors.SYNTAX);
		}
		if (op == BitOps.BitOp.NOT && c.size() != 4) {
			throw Errors.error(BitOps.BITOP_NOT);
		}
		String destination = c.text(2);
		String[] sources = c.texts(3);
		return integer(c.run((db) -> BitOps.bitop(db, op, destination, sources)));
	}

	/**
	 * BITFIELD and BITFIELD_RO: every subcommand is read (with its errors) before the key
	 * is looked at; with GETs only the key is read as a reader reads it.
	 */
	private static Reply bitfield(Call c, boolean readOnlyCommand) {
		String key = c.text(1);
		List<Field> fields = new ArrayList<>();
		Overflow overflow = Overflow.WRAP;
		boolean readOnly = true;
		int size = c.size();
		for (int j = 2; j < size; j++) {
			int more = size - j - 1;
			byte[] sub = c.args[j];
			Field.Kind kind;
			if (is(sub, "GET") && more >= 2) {
				kind = Field.Kind.GET;
			}
			else if (is(sub, "SET") && more >= 3) {
				kind = Field.Kind.SET;
			}
			else if (is(sub, "INCRBY") && more >= 3) {
				kind = Field.Kind.INCRBY;
			}
			else if (is(sub, "OVERFLOW") && more >= 1) {
				byte[] name = c.args[++j];
				if (is(name, "WRAP")) {
					overflow = Overflow.WRAP;
				}
				else if (is(name, "SAT")) {
					overflow = Overflow.SAT;
				}
				else if (is(name, "FAIL")) {
					overflow = Overflow.FAIL;
				}
				else {
					throw Errors.error(BitOps.BITFIELD_OVERFLOW);
				}
				continue;
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
			Type type = BitOps.bitfieldType(c.args[j + 1]);
			long offset = BitOps.bitOffset(c.args[j + 2], true, type.bits());
			long value = 0;
			if (kind != Field.Kind.GET) {
				readOnly = false;
				value = c.integer(j + 3);
			}
			fields.add(new Field(kind, type, offset, value, overflow));
			j += (kind == Field.Kind.GET) ? 2 : 3;
		}
		List<@Nullable Long> values;
		if (readOnly) {
			values = c.read((db) -> BitOps.bitfieldRead(db, key, fields));
		}
		else {
			if (readOnlyCommand) {
				throw Errors.error(BitOps.BITFIELD_RO);
			}
			values = c.run((db) -> BitOps.bitfield(db, key, fields));
		}
		List<Reply> replies = new ArrayList<>(values.size());
		for (Long value : values) {
			replies.add((value != null) ? integer(value) : Reply.NIL);
		}
		return new Reply.Array(replies);
	}

}
