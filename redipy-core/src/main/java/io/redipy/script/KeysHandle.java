package io.redipy.script;

import java.util.Objects;

import io.redipy.api.ZStoreOptions;
import io.redipy.script.ir.ScriptCommand;

/**
 * Commands on several keys at once; every key gets the client's prefix. Redis needs at
 * least one key: an empty list makes the script fail as Redis does.
 */
public final class KeysHandle {

	private final ListExpr<StringExpr> keys;

	KeysHandle(ListExpr<StringExpr> keys) {
		this.keys = java.util.Objects.requireNonNull(keys, "keys");
	}

	/**
	 * How many of the keys exist ({@code EXISTS key...}); a key named twice counts twice.
	 * @return the count
	 */
	public IntExpr exists() {
		return new IntExpr(Dsl.commandWith(ScriptCommand.EXISTS_ALL, null, this.keys));
	}

	/**
	 * How many of the keys exist, marking them as just used ({@code TOUCH key...}); a key
	 * named twice counts twice.
	 * @return the count
	 */
	public IntExpr touch() {
		return new IntExpr(Dsl.commandWith(ScriptCommand.TOUCH_ALL, null, this.keys));
	}

	/**
	 * Deletes the keys ({@code DEL key...}).
	 * @return how many existed
	 */
	public IntExpr del() {
		return new IntExpr(Dsl.commandWith(ScriptCommand.DEL_ALL, null, this.keys));
	}

	/**
	 * Removes the keys ({@code UNLINK key...}).
	 * @return how many existed
	 */
	public IntExpr unlink() {
		return new IntExpr(Dsl.commandWith(ScriptCommand.UNLINK, null, this.keys));
	}

	/**
	 * The string values of the keys ({@code MGET}): a map of the keys that hold a string
	 * only (missing keys and other types are left out), keyed without the prefix.
	 * @return the present keys and their values
	 */
	public MapExpr<StringExpr> mget() {
		return new MapExpr<>(Dsl.commandWith(ScriptCommand.MGET, null, this.keys), Kind.STRING);
	}

	/**
	 * The intersection of the sets ({@code SINTER}).
	 * @return the members, sorted by UTF-8 bytes
	 */
	public ListExpr<StringExpr> sinter() {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.SINTER, null, this.keys), Kind.STRING);
	}

	/**
	 * The union of the sets ({@code SUNION}).
	 * @return the members, sorted by UTF-8 bytes
	 */
	public ListExpr<StringExpr> sunion() {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.SUNION, null, this.keys), Kind.STRING);
	}

	/**
	 * The members of the first set that are in none of the others ({@code SDIFF}).
	 * @return the members, sorted by UTF-8 bytes
	 */
	public ListExpr<StringExpr> sdiff() {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.SDIFF, null, this.keys), Kind.STRING);
	}

	/**
	 * The union of the sorted sets, from the lowest score ({@code ZUNION}).
	 * @param options weights and aggregate, fixed when the script is built
	 * @return the members
	 */
	public ListExpr<StringExpr> zunion(ZStoreOptions options) {
		return new ListExpr<>(
				Dsl.commandWith(ScriptCommand.ZUNION, Objects.requireNonNull(options, "options"), this.keys),
				Kind.STRING);
	}

	/**
	 * The union of the sorted sets with the scores ({@code ZUNION ... WITHSCORES}).
	 * @param options weights and aggregate, fixed when the script is built
	 * @return the members with their scores, from the lowest
	 */
	public ListExpr<ScoredExpr> zunionWithScores(ZStoreOptions options) {
		return new ListExpr<>(
				Dsl.commandWith(ScriptCommand.ZUNION_WITHSCORES, Objects.requireNonNull(options, "options"), this.keys),
				Kind.SCORED);
	}

	/**
	 * The intersection of the sorted sets, from the lowest score ({@code ZINTER}).
	 * @param options weights and aggregate, fixed when the script is built
	 * @return the members
	 */
	public ListExpr<StringExpr> zinter(ZStoreOptions options) {
		return new ListExpr<>(
				Dsl.commandWith(ScriptCommand.ZINTER, Objects.requireNonNull(options, "options"), this.keys),
				Kind.STRING);
	}

	/**
	 * The intersection of the sorted sets with the scores
	 * ({@code ZINTER ... WITHSCORES}).
	 * @param options weights and aggregate, fixed when the script is built
	 * @return the members with their scores, from the lowest
	 */
	public ListExpr<ScoredExpr> zinterWithScores(ZStoreOptions options) {
		return new ListExpr<>(
				Dsl.commandWith(ScriptCommand.ZINTER_WITHSCORES, Objects.requireNonNull(options, "options"), this.keys),
				Kind.SCORED);
	}

	/**
	 * The members of the first sorted set that are in none of the others, from the lowest
	 * score ({@code ZDIFF}).
	 * @return the members
	 */
	public ListExpr<StringExpr> zdiff() {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.ZDIFF, null, this.keys), Kind.STRING);
	}

	/**
	 * The difference with the scores ({@code ZDIFF ... WITHSCORES}).
	 * @return the members with their scores, from the lowest
	 */
	public ListExpr<ScoredExpr> zdiffWithScores() {
		return new ListExpr<>(Dsl.commandWith(ScriptCommand.ZDIFF_WITHSCORES, null, this.keys), Kind.SCORED);
	}

	/**
	 * The size of the intersection of the sorted sets, counting stops at a limit
	 * ({@code ZINTERCARD ... LIMIT}).
	 * @param limit the limit, 0 for none
	 * @return the size, at most the limit
	 */
	public IntExpr zintercard(IntExpr limit) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.ZINTERCARD, null, this.keys, limit));
	}

	/**
	 * The size of the intersection of the sets ({@code SINTERCARD}).
	 * @return the size
	 */
	public IntExpr sintercard() {
		return sintercard(Ops.lit(0));
	}

	/**
	 * The size of the intersection, counting stops at a limit
	 * ({@code SINTERCARD ... LIMIT}).
	 * @param limit the limit, 0 for none
	 * @return the size, at most the limit
	 */
	public IntExpr sintercard(IntExpr limit) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.SINTERCARD, null, this.keys, limit));
	}

	/**
	 * Estimates the number of distinct elements of the union of the HyperLogLogs
	 * ({@code PFCOUNT key...}); with one key its estimate is cached in its value, as
	 * {@link HyperLogLogHandle#pfcount()} does.
	 * @return the estimate
	 */
	public IntExpr pfcount() {
		return new IntExpr(Dsl.commandWith(ScriptCommand.PFCOUNT_ALL, null, this.keys));
	}

	/**
	 * Pops elements from the first of the lists that has any ({@code LMPOP numkeys key...
	 * LEFT|RIGHT COUNT count}).
	 * @param side the end to pop from
	 * @param count the most elements (at least 1)
	 * @return the key (without the client's prefix) followed by the elements; empty if
	 * every list is empty
	 */
	public ListExpr<StringExpr> lmpop(io.redipy.api.ListSide side, IntExpr count) {
		return new ListExpr<>(
				Dsl.commandWith(ScriptCommand.LMPOP, java.util.Objects.requireNonNull(side, "side"), this.keys, count),
				Kind.STRING);
	}

	/**
	 * Pops members from the first of the sorted sets that has any ({@code ZMPOP numkeys
	 * key... MIN|MAX COUNT count}).
	 * @param side the lowest or highest scores
	 * @param count the most members (at least 1)
	 * @return the members with their scores (not the key they came from); empty if every
	 * sorted set is empty
	 */
	public ListExpr<ScoredExpr> zmpop(io.redipy.api.ScoreSide side, IntExpr count) {
		return new ListExpr<>(
				Dsl.commandWith(ScriptCommand.ZMPOP, java.util.Objects.requireNonNull(side, "side"), this.keys, count),
				Kind.SCORED);
	}

}
