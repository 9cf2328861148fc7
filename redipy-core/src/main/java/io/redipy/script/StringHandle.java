package io.redipy.script;

import io.redipy.api.Expiration;
import io.redipy.api.SetOptions;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.ScriptCommand;
import io.redipy.script.ir.Type;

/**
 * Commands on a string value.
 */
public final class StringHandle {

	private final StringExpr key;

	StringHandle(StringExpr key) {
		this.key = key;
	}

	/**
	 * The value, null if missing ({@code GET}).
	 * @return the result
	 */
	public StringExpr get() {
		return new StringExpr(Dsl.command(ScriptCommand.GET, this.key));
	}

	/**
	 * Sets the value ({@code SET}); true.
	 * @param value the value
	 * @return the result
	 */
	public BoolExpr set(StringExpr value) {
		return new BoolExpr(Dsl.command(ScriptCommand.SET, this.key, value));
	}

	/**
	 * Sets the value if the key is missing ({@code SET ... NX}); whether it did.
	 * @param value the value
	 * @return the result
	 */
	public BoolExpr setIfMissing(StringExpr value) {
		return new BoolExpr(Dsl.command(ScriptCommand.SETNX, this.key, value));
	}

	/**
	 * Sets the value with a time to live in milliseconds ({@code SET ... PX}); true.
	 * @param value the value
	 * @param millis the millis
	 * @return the result
	 */
	public BoolExpr setWithExpiry(StringExpr value, IntExpr millis) {
		return new BoolExpr(Dsl.command(ScriptCommand.SET_PX, this.key, value, millis));
	}

	/**
	 * The value, deleting the key ({@code GETDEL}).
	 * @return the result
	 */
	public StringExpr getdel() {
		return new StringExpr(Dsl.command(ScriptCommand.GETDEL, this.key));
	}

	/**
	 * Adds to the integer value ({@code INCRBY}); the new value.
	 * @param increment the increment
	 * @return the result
	 */
	public IntExpr incrby(IntExpr increment) {
		return new IntExpr(Dsl.command(ScriptCommand.INCRBY, this.key, increment));
	}

	/**
	 * Appends ({@code APPEND}); the new length in bytes.
	 * @param value the value
	 * @return the result
	 */
	public IntExpr append(StringExpr value) {
		return new IntExpr(Dsl.command(ScriptCommand.APPEND, this.key, value));
	}

	/**
	 * The length in bytes ({@code STRLEN}).
	 * @return the result
	 */
	public IntExpr strlen() {
		return new IntExpr(Dsl.command(ScriptCommand.STRLEN, this.key));
	}

	/**
	 * The longest common subsequence of this value and another key's ({@code LCS}).
	 * @param other the other key
	 * @return the subsequence
	 */
	public StringExpr lcs(StringExpr other) {
		return new StringExpr(Dsl.command(ScriptCommand.LCS, this.key, other));
	}

	/**
	 * The length of the longest common subsequence of this value and another key's
	 * ({@code LCS ... LEN}).
	 * @param other the other key
	 * @return the length
	 */
	public IntExpr lcsLen(StringExpr other) {
		return new IntExpr(Dsl.command(ScriptCommand.LCS_LEN, this.key, other));
	}

	/**
	 * Sets the value with options ({@code SET ... [NX|XX] [EX|PX|EXAT|PXAT|KEEPTTL]}).
	 * @param value the value
	 * @param options the condition and expiration, fixed when the script is built
	 * @return whether it was set
	 */
	public BoolExpr set(StringExpr value, SetOptions options) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.SET, req(options), this.key, value));
	}

	/**
	 * Sets the value with options and returns the old one ({@code SET ... GET}).
	 * @param value the value
	 * @param options the condition and expiration, fixed when the script is built
	 * @return the old value, or null
	 */
	public StringExpr setGet(StringExpr value, SetOptions options) {
		return new StringExpr(Dsl.commandWith(ScriptCommand.SET_GET, req(options), this.key, value));
	}

	/**
	 * Sets the value if the key is missing ({@code SETNX}).
	 * @param value the value
	 * @return whether it was set
	 */
	public BoolExpr setnx(StringExpr value) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.SETNX_COMMAND, null, this.key, value));
	}

	/**
	 * The value, changing the expiry ({@code GETEX}).
	 * @param expiration the new expiry (or PERSIST), fixed when the script is built
	 * @return the value, or null
	 */
	public StringExpr getex(Expiration expiration) {
		return new StringExpr(Dsl.commandWith(ScriptCommand.GETEX, req(expiration), this.key));
	}

	/**
	 * Sets the value and returns the old one ({@code GETSET}).
	 * @param value the value
	 * @return the old value, or null
	 */
	public StringExpr getset(StringExpr value) {
		return new StringExpr(Dsl.commandWith(ScriptCommand.GETSET, null, this.key, value));
	}

	/**
	 * Adds one to the integer value ({@code INCR}).
	 * @return the new value
	 */
	public IntExpr incr() {
		return new IntExpr(Dsl.commandWith(ScriptCommand.INCR, null, this.key));
	}

	/**
	 * Subtracts one from the integer value ({@code DECR}).
	 * @return the new value
	 */
	public IntExpr decr() {
		return new IntExpr(Dsl.commandWith(ScriptCommand.DECR, null, this.key));
	}

	/**
	 * Subtracts from the integer value ({@code DECRBY}).
	 * @param decrement the decrement
	 * @return the new value
	 */
	public IntExpr decrby(IntExpr decrement) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.DECRBY, null, this.key, decrement));
	}

	/**
	 * Adds to the value as Redis's long double ({@code INCRBYFLOAT}).
	 * @param increment the increment
	 * @return the new value
	 */
	public DoubleExpr incrbyfloat(DoubleExpr increment) {
		return new DoubleExpr(Dsl.commandWith(ScriptCommand.INCRBYFLOAT, null, this.key, increment));
	}

	/**
	 * The bytes from start to end, inclusive ({@code GETRANGE}).
	 * @param start the first byte
	 * @param end the last byte
	 * @return the substring ("" for a missing key)
	 */
	public StringExpr getrange(IntExpr start, IntExpr end) {
		return new StringExpr(Dsl.commandWith(ScriptCommand.GETRANGE, null, this.key, start, end));
	}

	/**
	 * Overwrites bytes from an offset ({@code SETRANGE}).
	 * @param offset the byte offset
	 * @param value the bytes to write
	 * @return the new length in bytes
	 */
	public IntExpr setrange(IntExpr offset, StringExpr value) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.SETRANGE, null, this.key, offset, value));
	}

	/**
	 * Sets or clears one bit ({@code SETBIT}).
	 * @param offset the bit offset
	 * @param value the new bit, 0 or 1
	 * @return the bit's previous value
	 */
	public IntExpr setbit(IntExpr offset, IntExpr value) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.SETBIT, null, this.key, offset, value));
	}

	/**
	 * Reads one bit ({@code GETBIT}); bits past the end read as 0.
	 * @param offset the bit offset
	 * @return the bit
	 */
	public IntExpr getbit(IntExpr offset) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.GETBIT, null, this.key, offset));
	}

	/**
	 * Counts the set bits ({@code BITCOUNT}).
	 * @return the number of set bits (0 for a missing key)
	 */
	public IntExpr bitcount() {
		return new IntExpr(Dsl.commandWith(ScriptCommand.BITCOUNT, null, this.key));
	}

	/**
	 * Counts the set bits of a byte range ({@code BITCOUNT key start end}).
	 * @param start the first byte, negative from the end
	 * @param end the last byte, negative from the end
	 * @return the number of set bits in the range
	 */
	public IntExpr bitcount(IntExpr start, IntExpr end) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.BITCOUNT_RANGE, null, this.key, start, end));
	}

	/**
	 * Counts the set bits of a byte or bit range ({@code BITCOUNT key start end
	 * BYTE|BIT}).
	 * @param start the first byte or bit, negative from the end
	 * @param end the last byte or bit, negative from the end
	 * @param unit bytes or bits
	 * @return the number of set bits in the range
	 */
	public IntExpr bitcount(IntExpr start, IntExpr end, io.redipy.api.BitUnit unit) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.BITCOUNT_RANGE, java.util.Objects.requireNonNull(unit, "unit"),
				this.key, start, end));
	}

	/**
	 * Finds the first bit equal to 0 or 1 ({@code BITPOS key bit}).
	 * @param bit 0 or 1
	 * @return the bit's position, or -1
	 */
	public IntExpr bitpos(IntExpr bit) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.BITPOS, null, this.key, bit));
	}

	/**
	 * Finds the first bit equal to 0 or 1 from a byte on ({@code BITPOS key bit start}).
	 * @param bit 0 or 1
	 * @param start the first byte, negative from the end
	 * @return the bit's position, or -1
	 */
	public IntExpr bitpos(IntExpr bit, IntExpr start) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.BITPOS_FROM, null, this.key, bit, start));
	}

	/**
	 * Finds the first bit equal to 0 or 1 in a byte range ({@code BITPOS key bit start
	 * end}).
	 * @param bit 0 or 1
	 * @param start the first byte, negative from the end
	 * @param end the last byte, negative from the end
	 * @return the bit's position, or -1
	 */
	public IntExpr bitpos(IntExpr bit, IntExpr start, IntExpr end) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.BITPOS_RANGE, null, this.key, bit, start, end));
	}

	/**
	 * Finds the first bit equal to 0 or 1 in a byte or bit range ({@code BITPOS key bit
	 * start end BYTE|BIT}).
	 * @param bit 0 or 1
	 * @param start the first byte or bit, negative from the end
	 * @param end the last byte or bit, negative from the end
	 * @param unit bytes or bits
	 * @return the bit's position, or -1
	 */
	public IntExpr bitpos(IntExpr bit, IntExpr start, IntExpr end, io.redipy.api.BitUnit unit) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.BITPOS_RANGE, java.util.Objects.requireNonNull(unit, "unit"),
				this.key, bit, start, end));
	}

	/**
	 * Stores the bitwise AND, OR, XOR or NOT of values in this key ({@code BITOP}).
	 * @param operation the operation
	 * @param keys the sources (at least one, exactly one for NOT; each gets the client's
	 * prefix)
	 * @return the length of the result in bytes
	 */
	public IntExpr bitop(io.redipy.api.BitOperation operation, ListExpr<StringExpr> keys) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.BITOP,
				java.util.Objects.requireNonNull(operation, "operation"), this.key, keys));
	}

	/**
	 * Reads an integer field ({@code BITFIELD key GET type offset}); bits past the end
	 * read as zeros. For an index counted in integers ({@code #index}), multiply it by
	 * the type's width.
	 * @param type the integer's type, fixed when the script is built
	 * @param offset the offset in bits
	 * @return the integer
	 */
	public IntExpr bitfieldGet(io.redipy.api.BitFieldType type, IntExpr offset) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.BITFIELD_GET, req(type), this.key, offset));
	}

	/**
	 * Reads an integer field with the read-only command ({@code BITFIELD_RO key GET type
	 * offset}), which a replica serves too.
	 * @param type the integer's type, fixed when the script is built
	 * @param offset the offset in bits
	 * @return the integer
	 */
	public IntExpr bitfieldRo(io.redipy.api.BitFieldType type, IntExpr offset) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.BITFIELD_RO_GET, req(type), this.key, offset));
	}

	/**
	 * Writes an integer field, wrapping a value that does not fit ({@code BITFIELD key
	 * SET type offset value}).
	 * @param type the integer's type, fixed when the script is built
	 * @param offset the offset in bits
	 * @param value the value
	 * @return the previous value
	 */
	public IntExpr bitfieldSet(io.redipy.api.BitFieldType type, IntExpr offset, IntExpr value) {
		return bitfieldSet(type, offset, value, io.redipy.api.BitFieldArgs.Overflow.WRAP);
	}

	/**
	 * Writes an integer field with an overflow rule
	 * ({@code BITFIELD key OVERFLOW rule SET
	 * type offset value}).
	 * @param type the integer's type, fixed when the script is built
	 * @param offset the offset in bits
	 * @param value the value
	 * @param overflow the rule, fixed when the script is built
	 * @return the previous value; with {@code FAIL}, null when the value did not fit
	 */
	public IntExpr bitfieldSet(io.redipy.api.BitFieldType type, IntExpr offset, IntExpr value,
			io.redipy.api.BitFieldArgs.Overflow overflow) {
		return bitfieldWrite(ScriptCommand.BITFIELD_SET, type, overflow, offset, value);
	}

	/**
	 * Adds to an integer field, wrapping a result that does not fit ({@code BITFIELD key
	 * INCRBY type offset increment}).
	 * @param type the integer's type, fixed when the script is built
	 * @param offset the offset in bits
	 * @param increment the amount to add, negative to subtract
	 * @return the new value
	 */
	public IntExpr bitfieldIncrby(io.redipy.api.BitFieldType type, IntExpr offset, IntExpr increment) {
		return bitfieldIncrby(type, offset, increment, io.redipy.api.BitFieldArgs.Overflow.WRAP);
	}

	/**
	 * Adds to an integer field with an overflow rule ({@code BITFIELD key OVERFLOW rule
	 * INCRBY type offset increment}).
	 * @param type the integer's type, fixed when the script is built
	 * @param offset the offset in bits
	 * @param increment the amount to add, negative to subtract
	 * @param overflow the rule, fixed when the script is built
	 * @return the new value; with {@code FAIL}, null when the result did not fit
	 */
	public IntExpr bitfieldIncrby(io.redipy.api.BitFieldType type, IntExpr offset, IntExpr increment,
			io.redipy.api.BitFieldArgs.Overflow overflow) {
		return bitfieldWrite(ScriptCommand.BITFIELD_INCRBY, type, overflow, offset, increment);
	}

	/** A write whose result can be null only under {@code OVERFLOW FAIL}. */
	private IntExpr bitfieldWrite(ScriptCommand command, io.redipy.api.BitFieldType type,
			io.redipy.api.BitFieldArgs.Overflow overflow, IntExpr offset, IntExpr argument) {
		Expr.Command call = (Expr.Command) Dsl.commandWith(command, new ScriptCommand.BitFieldWrite(type, overflow),
				this.key, offset, argument);
		if (overflow == io.redipy.api.BitFieldArgs.Overflow.FAIL) {
			return new IntExpr(call);
		}
		return new IntExpr(new Expr.Command(call.command(), call.args(), Type.INTEGER, call.options()));
	}

	private static <T> T req(T options) {
		return java.util.Objects.requireNonNull(options, "options");
	}

}
