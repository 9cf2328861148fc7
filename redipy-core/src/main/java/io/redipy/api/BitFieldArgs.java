package io.redipy.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The subcommands of one {@code BITFIELD} call, in order: reads ({@code GET}), writes
 * ({@code SET}), increments ({@code INCRBY}) and changes of the overflow rule
 * ({@code OVERFLOW}) that the writes and increments after it follow. Immutable: each
 * method returns a copy with one more subcommand. <pre>{@code
 * BitFieldArgs.none()
 *     .get(BitFieldType.unsigned(8), 0)
 *     .overflow(BitFieldArgs.Overflow.SAT)
 *     .incrbyAt(BitFieldType.signed(16), 2, 100)
 * }</pre>
 *
 * An offset is in bits; the {@code ...At} methods take an index instead, counted in
 * integers of the type ({@code #index} in Redis, the offset being index times the width).
 *
 * @param operations the subcommands, in order
 */
public record BitFieldArgs(List<Operation> operations) {

	private static final BitFieldArgs NONE = new BitFieldArgs(List.of());

	/**
	 * Checks and freezes the subcommands.
	 * @param operations the subcommands
	 */
	public BitFieldArgs {
		operations = List.copyOf(operations);
	}

	/**
	 * What {@code SET} and {@code INCRBY} do with a result that does not fit the type.
	 */
	public enum Overflow {

		/** Wraps around, as C's integers do ({@code WRAP}, Redis's default). */
		WRAP,
		/** Stops at the type's least or greatest value ({@code SAT}). */
		SAT,
		/** Changes nothing and answers null for that subcommand ({@code FAIL}). */
		FAIL

	}

	/** One subcommand of {@code BITFIELD}. */
	public sealed interface Operation permits Get, Set, Incrby, OverflowRule {

	}

	/**
	 * Reads an integer ({@code GET type offset}): bits past the end of the value read as
	 * zeros.
	 *
	 * @param type the integer's type
	 * @param offset the offset in bits, or the index in integers with {@code scaled}
	 * @param scaled whether the offset is an index ({@code #offset})
	 */
	public record Get(BitFieldType type, long offset, boolean scaled) implements Operation {

		/**
		 * Checks the type.
		 * @param type the type
		 * @param offset the offset
		 * @param scaled whether the offset is an index
		 */
		public Get {
			Objects.requireNonNull(type, "type");
		}

		/**
		 * A read at a bit offset.
		 * @param type the type
		 * @param offset the offset in bits
		 * @return the read
		 */
		public static Get of(BitFieldType type, long offset) {
			return new Get(type, offset, false);
		}

		/**
		 * A read at an index counted in integers of the type ({@code #index}).
		 * @param type the type
		 * @param index the index
		 * @return the read
		 */
		public static Get at(BitFieldType type, long index) {
			return new Get(type, index, true);
		}

	}

	/**
	 * Writes an integer ({@code SET type offset value}); the reply is the previous value.
	 *
	 * @param type the integer's type
	 * @param offset the offset in bits, or the index in integers with {@code scaled}
	 * @param scaled whether the offset is an index ({@code #offset})
	 * @param value the value to write
	 */
	public record Set(BitFieldType type, long offset, boolean scaled, long value) implements Operation {

		/**
		 * Checks the type.
		 * @param type the type
		 * @param offset the offset
		 * @param scaled whether the offset is an index
		 * @param value the value
		 */
		public Set {
			Objects.requireNonNull(type, "type");
		}

	}

	/**
	 * Adds to an integer ({@code INCRBY type offset increment}); the reply is the new
	 * value.
	 *
	 * @param type the integer's type
	 * @param offset the offset in bits, or the index in integers with {@code scaled}
	 * @param scaled whether the offset is an index ({@code #offset})
	 * @param increment the amount to add, negative to subtract
	 */
	public record Incrby(BitFieldType type, long offset, boolean scaled, long increment) implements Operation {

		/**
		 * Checks the type.
		 * @param type the type
		 * @param offset the offset
		 * @param scaled whether the offset is an index
		 * @param increment the increment
		 */
		public Incrby {
			Objects.requireNonNull(type, "type");
		}

	}

	/**
	 * Sets the overflow rule of the writes and increments that follow
	 * ({@code OVERFLOW WRAP|SAT|FAIL}); it has no reply of its own.
	 *
	 * @param overflow the rule
	 */
	public record OverflowRule(Overflow overflow) implements Operation {

		/**
		 * Checks the rule.
		 * @param overflow the rule
		 */
		public OverflowRule {
			Objects.requireNonNull(overflow, "overflow");
		}

	}

	/**
	 * Returns no subcommands ({@code BITFIELD key} alone answers an empty list).
	 * @return the arguments
	 */
	public static BitFieldArgs none() {
		return NONE;
	}

	/**
	 * Returns a copy with a read at a bit offset.
	 * @param type the type
	 * @param offset the offset in bits
	 * @return new arguments
	 */
	public BitFieldArgs get(BitFieldType type, long offset) {
		return with(Get.of(type, offset));
	}

	/**
	 * Returns a copy with a read at an index counted in integers of the type.
	 * @param type the type
	 * @param index the index ({@code #index})
	 * @return new arguments
	 */
	public BitFieldArgs getAt(BitFieldType type, long index) {
		return with(Get.at(type, index));
	}

	/**
	 * Returns a copy with a write at a bit offset.
	 * @param type the type
	 * @param offset the offset in bits
	 * @param value the value
	 * @return new arguments
	 */
	public BitFieldArgs set(BitFieldType type, long offset, long value) {
		return with(new Set(type, offset, false, value));
	}

	/**
	 * Returns a copy with a write at an index counted in integers of the type.
	 * @param type the type
	 * @param index the index ({@code #index})
	 * @param value the value
	 * @return new arguments
	 */
	public BitFieldArgs setAt(BitFieldType type, long index, long value) {
		return with(new Set(type, index, true, value));
	}

	/**
	 * Returns a copy with an increment at a bit offset.
	 * @param type the type
	 * @param offset the offset in bits
	 * @param increment the increment
	 * @return new arguments
	 */
	public BitFieldArgs incrby(BitFieldType type, long offset, long increment) {
		return with(new Incrby(type, offset, false, increment));
	}

	/**
	 * Returns a copy with an increment at an index counted in integers of the type.
	 * @param type the type
	 * @param index the index ({@code #index})
	 * @param increment the increment
	 * @return new arguments
	 */
	public BitFieldArgs incrbyAt(BitFieldType type, long index, long increment) {
		return with(new Incrby(type, index, true, increment));
	}

	/**
	 * Returns a copy that sets the overflow rule of the writes and increments after it.
	 * @param overflow the rule
	 * @return new arguments
	 */
	public BitFieldArgs overflow(Overflow overflow) {
		return with(new OverflowRule(overflow));
	}

	/**
	 * Whether there is no write or increment, so that {@code BITFIELD} changes nothing
	 * (an {@code OVERFLOW} alone writes nothing).
	 * @return true if there are only reads and overflow rules (or nothing)
	 */
	public boolean readOnly() {
		return this.operations.stream().noneMatch((op) -> op instanceof Set || op instanceof Incrby);
	}

	/**
	 * The arguments after the key, as Redis reads them.
	 * @return the arguments
	 */
	public List<String> toArguments() {
		List<String> args = new ArrayList<>();
		for (Operation op : this.operations) {
			if (op instanceof Get get) {
				args.add("GET");
				args.add(get.type().toString());
				args.add(offset(get.offset(), get.scaled()));
			}
			else if (op instanceof Set set) {
				args.add("SET");
				args.add(set.type().toString());
				args.add(offset(set.offset(), set.scaled()));
				args.add(Long.toString(set.value()));
			}
			else if (op instanceof Incrby incr) {
				args.add("INCRBY");
				args.add(incr.type().toString());
				args.add(offset(incr.offset(), incr.scaled()));
				args.add(Long.toString(incr.increment()));
			}
			else {
				args.add("OVERFLOW");
				args.add(((OverflowRule) op).overflow().name());
			}
		}
		return args;
	}

	private static String offset(long offset, boolean scaled) {
		return scaled ? "#" + offset : Long.toString(offset);
	}

	private BitFieldArgs with(Operation op) {
		List<Operation> ops = new ArrayList<>(this.operations.size() + 1);
		ops.addAll(this.operations);
		ops.add(op);
		return new BitFieldArgs(ops);
	}

}
