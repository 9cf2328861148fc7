package io.redipy.script;

import java.util.Objects;

import io.redipy.script.ir.ScriptCommand;

/**
 * Commands on a HyperLogLog (a string value in Redis's HyperLogLog encoding). The union
 * of several is counted by {@link KeysHandle#pfcount()}.
 */
public final class HyperLogLogHandle {

	private final StringExpr key;

	HyperLogLogHandle(StringExpr key) {
		this.key = key;
	}

	/**
	 * Adds elements, creating the HyperLogLog if needed ({@code PFADD key element...}).
	 * @param elements the elements (none only creates the key)
	 * @return whether the key was created or a register changed
	 */
	public BoolExpr pfadd(ListExpr<StringExpr> elements) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.PFADD, null, this.key, Objects.requireNonNull(elements)));
	}

	/**
	 * Estimates the number of distinct elements added ({@code PFCOUNT key}), caching the
	 * estimate in the value if it was not; a missing key counts 0.
	 * @return the estimate
	 */
	public IntExpr pfcount() {
		return new IntExpr(Dsl.command(ScriptCommand.PFCOUNT, this.key));
	}

	/**
	 * Stores the union of HyperLogLogs in this key, its own registers included
	 * ({@code PFMERGE key source...}).
	 * @param sources the source keys (each gets the client's prefix; none leaves this key
	 * as it is, created if missing)
	 * @return true
	 */
	public BoolExpr pfmerge(ListExpr<StringExpr> sources) {
		return new BoolExpr(Dsl.commandWith(ScriptCommand.PFMERGE, null, this.key, Objects.requireNonNull(sources)));
	}

}
