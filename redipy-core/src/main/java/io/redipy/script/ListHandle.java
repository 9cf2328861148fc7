package io.redipy.script;

import io.redipy.script.ir.ScriptCommand;

/**
 * Commands on a list.
 */
public final class ListHandle {

	private final StringExpr key;

	ListHandle(StringExpr key) {
		this.key = key;
	}

	/**
	 * Pushes at the head ({@code LPUSH}); the new length.
	 * @param value the value
	 * @return the result
	 */
	public IntExpr lpush(StringExpr value) {
		return new IntExpr(Dsl.command(ScriptCommand.LPUSH, this.key, value));
	}

	/**
	 * Pushes at the tail ({@code RPUSH}); the new length.
	 * @param value the value
	 * @return the result
	 */
	public IntExpr rpush(StringExpr value) {
		return new IntExpr(Dsl.command(ScriptCommand.RPUSH, this.key, value));
	}

	/**
	 * Pops the head, null if empty ({@code LPOP}).
	 * @return the result
	 */
	public StringExpr lpop() {
		return new StringExpr(Dsl.command(ScriptCommand.LPOP, this.key));
	}

	/**
	 * Pops the tail, null if empty ({@code RPOP}).
	 * @return the result
	 */
	public StringExpr rpop() {
		return new StringExpr(Dsl.command(ScriptCommand.RPOP, this.key));
	}

	/**
	 * The length ({@code LLEN}).
	 * @return the result
	 */
	public IntExpr llen() {
		return new IntExpr(Dsl.command(ScriptCommand.LLEN, this.key));
	}

	/**
	 * Elements from start to stop, inclusive ({@code LRANGE}).
	 * @param start the start
	 * @param stop the stop
	 * @return the result
	 */
	public ListExpr<StringExpr> lrange(IntExpr start, IntExpr stop) {
		return new ListExpr<>(Dsl.command(ScriptCommand.LRANGE, this.key, start, stop), Kind.STRING);
	}

	/**
	 * The element at an index, null out of range ({@code LINDEX}).
	 * @param index the index
	 * @return the result
	 */
	public StringExpr lindex(IntExpr index) {
		return new StringExpr(Dsl.command(ScriptCommand.LINDEX, this.key, index));
	}

}
