package io.redipy.script;

import java.util.Objects;

import io.redipy.api.StreamAddOptions;
import io.redipy.api.StreamTrim;
import io.redipy.script.ir.ScriptCommand;

/**
 * Commands on a stream. An entry is a list {@code [id, field, value, ...]} (just
 * {@code [id]} for an entry deleted while it was pending, which a group's history read
 * returns); a map of fields is added in the fields' byte order.
 */
public final class StreamHandle {

	private static final Kind<ListExpr<StringExpr>, ?> ENTRY = Kind.listOf(Kind.STRING);

	private final StringExpr key;

	StreamHandle(StringExpr key) {
		this.key = key;
	}

	private ListExpr<ListExpr<StringExpr>> entries(ScriptCommand command, Object options, Expression... args) {
		return new ListExpr<>(Dsl.commandWith(command, options, args), ENTRY);
	}

	/**
	 * Adds an entry with an id from the clock ({@code XADD key * field value ...}).
	 * @param fields the fields and values (at least one)
	 * @return the new id
	 */
	public StringExpr xadd(MapExpr<StringExpr> fields) {
		return new StringExpr(Dsl.command(ScriptCommand.XADD, this.key, fields));
	}

	/**
	 * Adds an entry with options ({@code XADD key [NOMKSTREAM] [MAXLEN|MINID ...] id
	 * field value ...}).
	 * @param options the id, NOMKSTREAM and trim
	 * @param fields the fields and values (at least one)
	 * @return the new id, or null if NOMKSTREAM found no stream
	 */
	public StringExpr xadd(StreamAddOptions options, MapExpr<StringExpr> fields) {
		return new StringExpr(
				Dsl.commandWith(ScriptCommand.XADD, Objects.requireNonNull(options, "options"), this.key, fields));
	}

	/**
	 * The number of entries ({@code XLEN}).
	 * @return the result
	 */
	public IntExpr xlen() {
		return new IntExpr(Dsl.command(ScriptCommand.XLEN, this.key));
	}

	/**
	 * The entries between two ids, lowest first ({@code XRANGE}).
	 * @param start the lowest id ({@code -}, an id, {@code (id})
	 * @param end the highest id ({@code +}, ...)
	 * @return the entries
	 */
	public ListExpr<ListExpr<StringExpr>> xrange(StringExpr start, StringExpr end) {
		return entries(ScriptCommand.XRANGE, null, this.key, start, end);
	}

	/**
	 * At most a count of the entries between two ids ({@code XRANGE ... COUNT}).
	 * @param start the lowest id
	 * @param end the highest id
	 * @param count the most entries
	 * @return the entries
	 */
	public ListExpr<ListExpr<StringExpr>> xrange(StringExpr start, StringExpr end, IntExpr count) {
		return entries(ScriptCommand.XRANGE_COUNT, null, this.key, start, end, count);
	}

	/**
	 * The entries between two ids, highest first ({@code XREVRANGE}).
	 * @param end the highest id
	 * @param start the lowest id
	 * @return the entries
	 */
	public ListExpr<ListExpr<StringExpr>> xrevrange(StringExpr end, StringExpr start) {
		return entries(ScriptCommand.XREVRANGE, null, this.key, end, start);
	}

	/**
	 * At most a count of the entries between two ids, highest first
	 * ({@code XREVRANGE ... COUNT}).
	 * @param end the highest id
	 * @param start the lowest id
	 * @param count the most entries
	 * @return the entries
	 */
	public ListExpr<ListExpr<StringExpr>> xrevrange(StringExpr end, StringExpr start, IntExpr count) {
		return entries(ScriptCommand.XREVRANGE_COUNT, null, this.key, end, start, count);
	}

	/**
	 * Deletes entries ({@code XDEL}).
	 * @param ids the ids
	 * @return how many were deleted
	 */
	public IntExpr xdel(ListExpr<StringExpr> ids) {
		return new IntExpr(Dsl.command(ScriptCommand.XDEL, this.key, ids));
	}

	/**
	 * Trims the stream ({@code XTRIM}).
	 * @param trim the trim
	 * @return how many entries were removed
	 */
	public IntExpr xtrim(StreamTrim trim) {
		return new IntExpr(Dsl.commandWith(ScriptCommand.XTRIM, Objects.requireNonNull(trim, "trim"), this.key));
	}

	/**
	 * Sets the stream's last id ({@code XSETID}).
	 * @param lastId the id
	 * @return true
	 */
	public BoolExpr xsetid(StringExpr lastId) {
		return new BoolExpr(Dsl.command(ScriptCommand.XSETID, this.key, lastId));
	}

	/**
	 * Reads the entries after an id ({@code XREAD COUNT count STREAMS key id}; no BLOCK
	 * in a script).
	 * @param id the id to read after
	 * @param count the most entries, 0 for all
	 * @return the entries
	 */
	public ListExpr<ListExpr<StringExpr>> xread(StringExpr id, IntExpr count) {
		return entries(ScriptCommand.XREAD, null, this.key, id, count);
	}

	/**
	 * Reads as a consumer of a group ({@code XREADGROUP GROUP group consumer COUNT count
	 * STREAMS key id}): {@code >} for new entries, another id for the consumer's pending
	 * ones after it.
	 * @param group the group
	 * @param consumer the consumer
	 * @param id {@code >} or an id
	 * @param count the most entries, 0 for all
	 * @param noAck whether the entries stay out of the pending list ({@code NOACK})
	 * @return the entries
	 */
	public ListExpr<ListExpr<StringExpr>> xreadgroup(StringExpr group, StringExpr consumer, StringExpr id,
			IntExpr count, boolean noAck) {
		return entries(ScriptCommand.XREADGROUP, noAck ? Boolean.TRUE : null, this.key, group, consumer, id, count);
	}

	/**
	 * Creates a consumer group ({@code XGROUP CREATE key group id [MKSTREAM]}).
	 * @param group the group
	 * @param id the group's last id ({@code $} for the stream's)
	 * @param mkStream whether a missing stream is created
	 * @return true
	 */
	public BoolExpr xgroupCreate(StringExpr group, StringExpr id, boolean mkStream) {
		return new BoolExpr(
				Dsl.commandWith(ScriptCommand.XGROUP_CREATE, mkStream ? Boolean.TRUE : null, this.key, group, id));
	}

	/**
	 * Sets a group's last id ({@code XGROUP SETID}).
	 * @param group the group
	 * @param id the id ({@code $} for the stream's last)
	 * @return true
	 */
	public BoolExpr xgroupSetid(StringExpr group, StringExpr id) {
		return new BoolExpr(Dsl.command(ScriptCommand.XGROUP_SETID, this.key, group, id));
	}

	/**
	 * Deletes a group ({@code XGROUP DESTROY}).
	 * @param group the group
	 * @return whether it existed
	 */
	public BoolExpr xgroupDestroy(StringExpr group) {
		return new BoolExpr(Dsl.command(ScriptCommand.XGROUP_DESTROY, this.key, group));
	}

	/**
	 * Creates a consumer ({@code XGROUP CREATECONSUMER}).
	 * @param group the group
	 * @param consumer the consumer
	 * @return whether it was created
	 */
	public BoolExpr xgroupCreateconsumer(StringExpr group, StringExpr consumer) {
		return new BoolExpr(Dsl.command(ScriptCommand.XGROUP_CREATECONSUMER, this.key, group, consumer));
	}

	/**
	 * Deletes a consumer ({@code XGROUP DELCONSUMER}).
	 * @param group the group
	 * @param consumer the consumer
	 * @return how many entries it had pending
	 */
	public IntExpr xgroupDelconsumer(StringExpr group, StringExpr consumer) {
		return new IntExpr(Dsl.command(ScriptCommand.XGROUP_DELCONSUMER, this.key, group, consumer));
	}

	/**
	 * Acknowledges entries ({@code XACK}).
	 * @param group the group
	 * @param ids the ids
	 * @return how many were pending
	 */
	public IntExpr xack(StringExpr group, ListExpr<StringExpr> ids) {
		return new IntExpr(Dsl.command(ScriptCommand.XACK, this.key, group, ids));
	}

	/**
	 * The number of a group's pending entries ({@code XPENDING key group}).
	 * @param group the group
	 * @return the count
	 */
	public IntExpr xpending(StringExpr group) {
		return new IntExpr(Dsl.command(ScriptCommand.XPENDING, this.key, group));
	}

	/**
	 * Gives pending entries idle at least a time to a consumer, without counting a
	 * delivery ({@code XCLAIM key group consumer min-idle id... JUSTID}).
	 * @param group the group
	 * @param consumer the new owner
	 * @param minIdleMillis the least idle time in milliseconds
	 * @param ids the ids
	 * @return the ids claimed
	 */
	public ListExpr<StringExpr> xclaim(StringExpr group, StringExpr consumer, IntExpr minIdleMillis,
			ListExpr<StringExpr> ids) {
		return new ListExpr<>(Dsl.command(ScriptCommand.XCLAIM, this.key, group, consumer, minIdleMillis, ids),
				Kind.STRING);
	}

	/**
	 * Claims pending entries idle at least a time, scanning from an id, without counting
	 * a delivery
	 * ({@code XAUTOCLAIM key group consumer min-idle start COUNT count JUSTID}).
	 * @param group the group
	 * @param consumer the new owner
	 * @param minIdleMillis the least idle time in milliseconds
	 * @param start the id to scan from
	 * @param count the most entries to claim
	 * @return the ids claimed
	 */
	public ListExpr<StringExpr> xautoclaim(StringExpr group, StringExpr consumer, IntExpr minIdleMillis,
			StringExpr start, IntExpr count) {
		return new ListExpr<>(
				Dsl.command(ScriptCommand.XAUTOCLAIM, this.key, group, consumer, minIdleMillis, start, count),
				Kind.STRING);
	}

	/**
	 * The stream's counters and ids ({@code XINFO STREAM key}), by Redis's field names:
	 * {@code length}, {@code radix-tree-keys}, {@code radix-tree-nodes},
	 * {@code last-generated-id}, {@code max-deleted-entry-id}, {@code entries-added},
	 * {@code recorded-first-entry-id} and {@code groups}; integers as decimal text. The
	 * first and last entries are left out ({@code xrange} reads them). A missing key is
	 * Redis's error.
	 * @return the fields
	 */
	public MapExpr<StringExpr> xinfoStream() {
		return new MapExpr<>(Dsl.command(ScriptCommand.XINFO_STREAM, this.key), Kind.STRING);
	}

	/**
	 * The stream's groups ({@code XINFO GROUPS key}), one map each: {@code name},
	 * {@code consumers}, {@code pending}, {@code last-delivered-id}, and
	 * {@code entries-read} and {@code lag} when Redis knows them; integers as decimal
	 * text.
	 * @return the groups, in Redis's order
	 */
	public ListExpr<MapExpr<StringExpr>> xinfoGroups() {
		return new ListExpr<>(Dsl.command(ScriptCommand.XINFO_GROUPS, this.key), Kind.mapOf(Kind.STRING));
	}

	/**
	 * A group's consumers ({@code XINFO CONSUMERS key group}), one map each:
	 * {@code name}, {@code pending}, and {@code idle} in milliseconds by the store's
	 * clock; integers as decimal text.
	 * @param group the group
	 * @return the consumers, in Redis's order
	 */
	public ListExpr<MapExpr<StringExpr>> xinfoConsumers(StringExpr group) {
		return new ListExpr<>(Dsl.command(ScriptCommand.XINFO_CONSUMERS, this.key, group), Kind.mapOf(Kind.STRING));
	}

}
