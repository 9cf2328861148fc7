package io.redipy.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The part of a {@link Batch} that every backend shares: recording one operation per
 * queued command, and completing the responses. Internal to redipy's backends.
 *
 * <p>
 * A backend gives a {@link Commands} view whose methods validate their arguments, build
 * an operation of type {@code O}, and hand it to {@link #record(Object)}, which ends the
 * method call with a {@link Recorded} signal; {@link #exec()} hands the operations to
 * {@link #execute(List)} at once.
 *
 * @param <O> the backend's operation type
 */
public abstract class AbstractBatch<O> implements Batch {

	private final List<O> operations = new ArrayList<>();

	private final List<Slot<?>> slots = new ArrayList<>();

	private @Nullable O recorded;

	private boolean executed;

	/**
	 * Returns the {@link Commands} view that records instead of running.
	 * @return the recording view
	 */
	protected abstract Commands recorder();

	/**
	 * Runs the operations atomically.
	 * @param operations the queued operations, in order
	 * @return one outcome per operation: its result, or the {@link RuntimeException} it
	 * failed with
	 */
	protected abstract List<@Nullable Object> execute(List<O> operations);

	/**
	 * Records the operation of the command being queued; called by the recording view,
	 * which must let the returned signal propagate.
	 * @param operation the operation
	 * @return the signal to throw
	 */
	public final Recorded record(O operation) {
		if (this.recorded != null) {
			throw new IllegalStateException("A batch entry calls more than one command");
		}
		this.recorded = Objects.requireNonNull(operation, "operation");
		return Recorded.INSTANCE;
	}

	/**
	 * Queues one command: {@code command} is called at once with a recording
	 * {@link Commands}, whose first command ends the call. Internal: the typed methods of
	 * {@link BatchCommands} are the public way to queue a command, since a function given
	 * here that did more than call one command and return its result (a second command,
	 * or work on the result) could not be detected and would be silently cut short.
	 * @param <T> the command's result type
	 * @param command a function that calls one command and returns its result, such as
	 * {@code c -> c.get("k")}
	 * @return the handle of its result
	 * @throws IllegalArgumentException if {@code command} calls no command
	 */
	public final <T> Response<T> add(Function<? super Commands, ? extends T> command) {
		Objects.requireNonNull(command, "command");
		if (this.executed) {
			throw new IllegalStateException("The batch has already run");
		}
		this.recorded = null;
		try {
			command.apply(recorder());
		}
		catch (Recorded signal) {
			// the recording view ends every command here
		}
		O operation = this.recorded;
		this.recorded = null;
		if (operation == null) {
			throw new IllegalArgumentException("A batch entry must call one command of the Commands it is given");
		}
		this.operations.add(operation);
		Slot<T> slot = new Slot<>();
		this.slots.add(slot);
		return slot;
	}

	@Override
	public final void exec() {
		if (this.executed) {
			throw new IllegalStateException("The batch has already run");
		}
		this.executed = true;
		List<@Nullable Object> outcomes = execute(List.copyOf(this.operations));
		for (int i = 0; i < this.slots.size(); i++) {
			this.slots.get(i).complete(outcomes.get(i));
		}
	}

	@Override
	public final int size() {
		return this.operations.size();
	}

	@Override
	public final Response<Long> del(String... keys) {
		return add(c -> c.del(keys));
	}

	@Override
	public final Response<Long> unlink(String... keys) {
		return add(c -> c.unlink(keys));
	}

	@Override
	public final Response<Long> exists(String... keys) {
		return add(c -> c.exists(keys));
	}

	@Override
	public final Response<KeyType> type(String key) {
		return add(c -> c.type(key));
	}

	@Override
	public final Response<Boolean> expire(String key, Duration ttl) {
		return add(c -> c.expire(key, ttl));
	}

	@Override
	public final Response<Boolean> expire(String key, Duration ttl, ExpireCondition condition) {
		return add(c -> c.expire(key, ttl, condition));
	}

	@Override
	public final Response<Boolean> pexpire(String key, Duration ttl) {
		return add(c -> c.pexpire(key, ttl));
	}

	@Override
	public final Response<Boolean> pexpire(String key, Duration ttl, ExpireCondition condition) {
		return add(c -> c.pexpire(key, ttl, condition));
	}

	@Override
	public final Response<Boolean> expireat(String key, Instant at) {
		return add(c -> c.expireat(key, at));
	}

	@Override
	public final Response<Boolean> expireat(String key, Instant at, ExpireCondition condition) {
		return add(c -> c.expireat(key, at, condition));
	}

	@Override
	public final Response<Boolean> pexpireat(String key, Instant at) {
		return add(c -> c.pexpireat(key, at));
	}

	@Override
	public final Response<Boolean> pexpireat(String key, Instant at, ExpireCondition condition) {
		return add(c -> c.pexpireat(key, at, condition));
	}

	@Override
	public final Response<Ttl> ttl(String key) {
		return add(c -> c.ttl(key));
	}

	@Override
	public final Response<Ttl> pttl(String key) {
		return add(c -> c.pttl(key));
	}

	@Override
	public final Response<ExpireTime> expiretime(String key) {
		return add(c -> c.expiretime(key));
	}

	@Override
	public final Response<ExpireTime> pexpiretime(String key) {
		return add(c -> c.pexpiretime(key));
	}

	@Override
	public final Response<Long> touch(String... keys) {
		return add(c -> c.touch(keys));
	}

	@Override
	public final Response<byte[]> dump(String key) {
		return add(c -> c.dump(key));
	}

	@Override
	public final Response<Void> restore(String key, byte[] payload) {
		return restore(key, payload, RestoreOptions.none());
	}

	@Override
	public final Response<Void> restore(String key, byte[] payload, RestoreOptions options) {
		return add(c -> {
			c.restore(key, payload, options);
			return null;
		});
	}

	@Override
	public final Response<Boolean> persist(String key) {
		return add(c -> c.persist(key));
	}

	@Override
	public final Response<Void> rename(String key, String newKey) {
		return add(c -> {
			c.rename(key, newKey);
			return null;
		});
	}

	@Override
	public final Response<Boolean> renamenx(String key, String newKey) {
		return add(c -> c.renamenx(key, newKey));
	}

	@Override
	public final Response<Boolean> copy(String source, String destination) {
		return add(c -> c.copy(source, destination));
	}

	@Override
	public final Response<Boolean> copy(String source, String destination, boolean replace) {
		return add(c -> c.copy(source, destination, replace));
	}

	@Override
	public final Response<List<@Nullable String>> sort(String key, SortArgs args) {
		return add(c -> c.sort(key, args));
	}

	@Override
	public final Response<List<@Nullable String>> sortRo(String key, SortArgs args) {
		return add(c -> c.sortRo(key, args));
	}

	@Override
	public final Response<Long> sortStore(String key, SortArgs args, String destination) {
		return add(c -> c.sortStore(key, args, destination));
	}

	@Override
	public final Response<ScanPage<String>> scan(String cursor, ScanOptions options) {
		return add(c -> c.scan(cursor, options));
	}

	@Override
	public final Response<ScanPage<String>> scan(String cursor) {
		return add(c -> c.scan(cursor));
	}

	@Override
	public final Response<List<String>> keys(String pattern) {
		return add(c -> c.keys(pattern));
	}

	@Override
	public final Response<Long> dbsize() {
		return add(c -> c.dbsize());
	}

	@Override
	public final Response<Void> flushall() {
		return add(c -> {
			c.flushall();
			return null;
		});
	}

	@Override
	public final Response<@Nullable String> randomkey() {
		return add(c -> c.randomkey());
	}

	@Override
	public final Response<String> ping() {
		return add(c -> c.ping());
	}

	@Override
	public final Response<@Nullable String> get(String key) {
		return add(c -> c.get(key));
	}

	@Override
	public final Response<Void> set(String key, String value) {
		return add(c -> {
			c.set(key, value);
			return null;
		});
	}

	@Override
	public final Response<Boolean> set(String key, String value, SetOptions options) {
		return add(c -> c.set(key, value, options));
	}

	@Override
	public final Response<@Nullable String> setGet(String key, String value, SetOptions options) {
		return add(c -> c.setGet(key, value, options));
	}

	@Override
	public final Response<Boolean> setnx(String key, String value) {
		return add(c -> c.setnx(key, value));
	}

	@Override
	public final Response<@Nullable String> getdel(String key) {
		return add(c -> c.getdel(key));
	}

	@Override
	public final Response<@Nullable String> getex(String key, Expiration expiration) {
		return add(c -> c.getex(key, expiration));
	}

	@Override
	public final Response<@Nullable String> getset(String key, String value) {
		return add(c -> c.getset(key, value));
	}

	@Override
	public final Response<List<@Nullable String>> mget(String... keys) {
		return add(c -> c.mget(keys));
	}

	@Override
	public final Response<Void> mset(Map<String, String> values) {
		return add(c -> {
			c.mset(values);
			return null;
		});
	}

	@Override
	public final Response<Boolean> msetnx(Map<String, String> values) {
		return add(c -> c.msetnx(values));
	}

	@Override
	public final Response<Long> incr(String key) {
		return add(c -> c.incr(key));
	}

	@Override
	public final Response<Long> incrby(String key, long increment) {
		return add(c -> c.incrby(key, increment));
	}

	@Override
	public final Response<Long> decr(String key) {
		return add(c -> c.decr(key));
	}

	@Override
	public final Response<Long> decrby(String key, long decrement) {
		return add(c -> c.decrby(key, decrement));
	}

	@Override
	public final Response<Double> incrbyfloat(String key, double increment) {
		return add(c -> c.incrbyfloat(key, increment));
	}

	@Override
	public final Response<Long> append(String key, String value) {
		return add(c -> c.append(key, value));
	}

	@Override
	public final Response<Long> strlen(String key) {
		return add(c -> c.strlen(key));
	}

	@Override
	public final Response<String> getrange(String key, long start, long end) {
		return add(c -> c.getrange(key, start, end));
	}

	@Override
	public final Response<Long> setrange(String key, long offset, String value) {
		return add(c -> c.setrange(key, offset, value));
	}

	@Override
	public final Response<Long> lpush(String key, String... values) {
		return add(c -> c.lpush(key, values));
	}

	@Override
	public final Response<Long> rpush(String key, String... values) {
		return add(c -> c.rpush(key, values));
	}

	@Override
	public final Response<Long> lpushx(String key, String... values) {
		return add(c -> c.lpushx(key, values));
	}

	@Override
	public final Response<Long> rpushx(String key, String... values) {
		return add(c -> c.rpushx(key, values));
	}

	@Override
	public final Response<@Nullable String> lpop(String key) {
		return add(c -> c.lpop(key));
	}

	@Override
	public final Response<List<String>> lpop(String key, long count) {
		return add(c -> c.lpop(key, count));
	}

	@Override
	public final Response<@Nullable String> rpop(String key) {
		return add(c -> c.rpop(key));
	}

	@Override
	public final Response<List<String>> rpop(String key, long count) {
		return add(c -> c.rpop(key, count));
	}

	@Override
	public final Response<List<String>> lrange(String key, long start, long stop) {
		return add(c -> c.lrange(key, start, stop));
	}

	@Override
	public final Response<@Nullable String> lindex(String key, long index) {
		return add(c -> c.lindex(key, index));
	}

	@Override
	public final Response<Void> lset(String key, long index, String value) {
		return add(c -> {
			c.lset(key, index, value);
			return null;
		});
	}

	@Override
	public final Response<Long> llen(String key) {
		return add(c -> c.llen(key));
	}

	@Override
	public final Response<Long> lrem(String key, long count, String value) {
		return add(c -> c.lrem(key, count, value));
	}

	@Override
	public final Response<Void> ltrim(String key, long start, long stop) {
		return add(c -> {
			c.ltrim(key, start, stop);
			return null;
		});
	}

	@Override
	public final Response<Long> linsert(String key, ListPosition position, String pivot, String value) {
		return add(c -> c.linsert(key, position, pivot, value));
	}

	@Override
	public final Response<@Nullable Long> lpos(String key, String element) {
		return add(c -> c.lpos(key, element));
	}

	@Override
	public final Response<@Nullable Long> lpos(String key, String element, LposOptions options) {
		return add(c -> c.lpos(key, element, options));
	}

	@Override
	public final Response<List<Long>> lpos(String key, String element, long count, LposOptions options) {
		return add(c -> c.lpos(key, element, count, options));
	}

	@Override
	public final Response<@Nullable String> lmove(String source, String destination, ListSide from, ListSide to) {
		return add(c -> c.lmove(source, destination, from, to));
	}

	@Override
	public final Response<@Nullable String> rpoplpush(String source, String destination) {
		return add(c -> c.rpoplpush(source, destination));
	}

	@Override
	public final Response<Long> hset(String key, String field, String value) {
		return add(c -> c.hset(key, field, value));
	}

	@Override
	public final Response<Long> hset(String key, Map<String, String> fields) {
		return add(c -> c.hset(key, fields));
	}

	@Override
	public final Response<Boolean> hsetnx(String key, String field, String value) {
		return add(c -> c.hsetnx(key, field, value));
	}

	@Override
	public final Response<@Nullable String> hget(String key, String field) {
		return add(c -> c.hget(key, field));
	}

	@Override
	public final Response<List<@Nullable String>> hmget(String key, String... fields) {
		return add(c -> c.hmget(key, fields));
	}

	@Override
	public final Response<Long> hdel(String key, String... fields) {
		return add(c -> c.hdel(key, fields));
	}

	@Override
	public final Response<Boolean> hexists(String key, String field) {
		return add(c -> c.hexists(key, field));
	}

	@Override
	public final Response<Long> hlen(String key) {
		return add(c -> c.hlen(key));
	}

	@Override
	public final Response<List<String>> hkeys(String key) {
		return add(c -> c.hkeys(key));
	}

	@Override
	public final Response<List<String>> hvals(String key) {
		return add(c -> c.hvals(key));
	}

	@Override
	public final Response<Map<String, String>> hgetall(String key) {
		return add(c -> c.hgetall(key));
	}

	@Override
	public final Response<Long> hincrby(String key, String field, long increment) {
		return add(c -> c.hincrby(key, field, increment));
	}

	@Override
	public final Response<Double> hincrbyfloat(String key, String field, double increment) {
		return add(c -> c.hincrbyfloat(key, field, increment));
	}

	@Override
	public final Response<Long> hstrlen(String key, String field) {
		return add(c -> c.hstrlen(key, field));
	}

	@Override
	public final Response<@Nullable String> hrandfield(String key) {
		return add(c -> c.hrandfield(key));
	}

	@Override
	public final Response<List<String>> hrandfield(String key, long count) {
		return add(c -> c.hrandfield(key, count));
	}

	@Override
	public final Response<List<HashEntry>> hrandfieldWithValues(String key, long count) {
		return add(c -> c.hrandfieldWithValues(key, count));
	}

	@Override
	public final Response<ScanPage<HashEntry>> hscan(String key, String cursor, ScanOptions options) {
		return add(c -> c.hscan(key, cursor, options));
	}

	@Override
	public final Response<Long> sadd(String key, String... members) {
		return add(c -> c.sadd(key, members));
	}

	@Override
	public final Response<Long> srem(String key, String... members) {
		return add(c -> c.srem(key, members));
	}

	@Override
	public final Response<Boolean> sismember(String key, String member) {
		return add(c -> c.sismember(key, member));
	}

	@Override
	public final Response<List<Boolean>> smismember(String key, String... members) {
		return add(c -> c.smismember(key, members));
	}

	@Override
	public final Response<Long> scard(String key) {
		return add(c -> c.scard(key));
	}

	@Override
	public final Response<Set<String>> smembers(String key) {
		return add(c -> c.smembers(key));
	}

	@Override
	public final Response<@Nullable String> spop(String key) {
		return add(c -> c.spop(key));
	}

	@Override
	public final Response<Set<String>> spop(String key, long count) {
		return add(c -> c.spop(key, count));
	}

	@Override
	public final Response<@Nullable String> srandmember(String key) {
		return add(c -> c.srandmember(key));
	}

	@Override
	public final Response<List<String>> srandmember(String key, long count) {
		return add(c -> c.srandmember(key, count));
	}

	@Override
	public final Response<Boolean> smove(String source, String destination, String member) {
		return add(c -> c.smove(source, destination, member));
	}

	@Override
	public final Response<Set<String>> sinter(String... keys) {
		return add(c -> c.sinter(keys));
	}

	@Override
	public final Response<Set<String>> sunion(String... keys) {
		return add(c -> c.sunion(keys));
	}

	@Override
	public final Response<Set<String>> sdiff(String... keys) {
		return add(c -> c.sdiff(keys));
	}

	@Override
	public final Response<Long> sinterstore(String destination, String... keys) {
		return add(c -> c.sinterstore(destination, keys));
	}

	@Override
	public final Response<Long> sunionstore(String destination, String... keys) {
		return add(c -> c.sunionstore(destination, keys));
	}

	@Override
	public final Response<Long> sdiffstore(String destination, String... keys) {
		return add(c -> c.sdiffstore(destination, keys));
	}

	@Override
	public final Response<Long> sintercard(String... keys) {
		return add(c -> c.sintercard(keys));
	}

	@Override
	public final Response<Long> sintercard(long limit, String... keys) {
		return add(c -> c.sintercard(limit, keys));
	}

	@Override
	public final Response<ScanPage<String>> sscan(String key, String cursor, ScanOptions options) {
		return add(c -> c.sscan(key, cursor, options));
	}

	@Override
	public final Response<Long> zadd(String key, double score, String member) {
		return add(c -> c.zadd(key, score, member));
	}

	@Override
	public final Response<Long> zadd(String key, Collection<ScoredMember> members) {
		return add(c -> c.zadd(key, members));
	}

	@Override
	public final Response<Long> zadd(String key, ZAddOptions options, Collection<ScoredMember> members) {
		return add(c -> c.zadd(key, options, members));
	}

	@Override
	public final Response<@Nullable Double> zaddIncr(String key, ZAddOptions options, double increment, String member) {
		return add(c -> c.zaddIncr(key, options, increment, member));
	}

	@Override
	public final Response<Long> zrem(String key, String... members) {
		return add(c -> c.zrem(key, members));
	}

	@Override
	public final Response<@Nullable Double> zscore(String key, String member) {
		return add(c -> c.zscore(key, member));
	}

	@Override
	public final Response<List<@Nullable Double>> zmscore(String key, String... members) {
		return add(c -> c.zmscore(key, members));
	}

	@Override
	public final Response<Double> zincrby(String key, double increment, String member) {
		return add(c -> c.zincrby(key, increment, member));
	}

	@Override
	public final Response<Long> zcard(String key) {
		return add(c -> c.zcard(key));
	}

	@Override
	public final Response<Long> zcount(String key, ScoreRange range) {
		return add(c -> c.zcount(key, range));
	}

	@Override
	public final Response<Long> zlexcount(String key, LexRange range) {
		return add(c -> c.zlexcount(key, range));
	}

	@Override
	public final Response<List<String>> zrange(String key, ZRange range) {
		return add(c -> c.zrange(key, range));
	}

	@Override
	public final Response<List<String>> zrange(String key, long start, long stop) {
		return add(c -> c.zrange(key, start, stop));
	}

	@Override
	public final Response<List<ScoredMember>> zrangeWithScores(String key, ZRange range) {
		return add(c -> c.zrangeWithScores(key, range));
	}

	@Override
	public final Response<Long> zrangestore(String destination, String source, ZRange range) {
		return add(c -> c.zrangestore(destination, source, range));
	}

	@Override
	public final Response<@Nullable Long> zrank(String key, String member) {
		return add(c -> c.zrank(key, member));
	}

	@Override
	public final Response<@Nullable Long> zrevrank(String key, String member) {
		return add(c -> c.zrevrank(key, member));
	}

	@Override
	public final Response<@Nullable ScoredMember> zpopmin(String key) {
		return add(c -> c.zpopmin(key));
	}

	@Override
	public final Response<List<ScoredMember>> zpopmin(String key, long count) {
		return add(c -> c.zpopmin(key, count));
	}

	@Override
	public final Response<@Nullable ScoredMember> zpopmax(String key) {
		return add(c -> c.zpopmax(key));
	}

	@Override
	public final Response<List<ScoredMember>> zpopmax(String key, long count) {
		return add(c -> c.zpopmax(key, count));
	}

	@Override
	public final Response<Long> zremrangebyrank(String key, long start, long stop) {
		return add(c -> c.zremrangebyrank(key, start, stop));
	}

	@Override
	public final Response<Long> zremrangebyscore(String key, ScoreRange range) {
		return add(c -> c.zremrangebyscore(key, range));
	}

	@Override
	public final Response<Long> zremrangebylex(String key, LexRange range) {
		return add(c -> c.zremrangebylex(key, range));
	}

	@Override
	public final Response<Long> zunionstore(String destination, ZStoreOptions options, String... keys) {
		return add(c -> c.zunionstore(destination, options, keys));
	}

	@Override
	public final Response<Long> zinterstore(String destination, ZStoreOptions options, String... keys) {
		return add(c -> c.zinterstore(destination, options, keys));
	}

	@Override
	public final Response<Long> zdiffstore(String destination, String... keys) {
		return add(c -> c.zdiffstore(destination, keys));
	}

	@Override
	public final Response<List<String>> zunion(ZStoreOptions options, String... keys) {
		return add(c -> c.zunion(options, keys));
	}

	@Override
	public final Response<List<ScoredMember>> zunionWithScores(ZStoreOptions options, String... keys) {
		return add(c -> c.zunionWithScores(options, keys));
	}

	@Override
	public final Response<List<String>> zinter(ZStoreOptions options, String... keys) {
		return add(c -> c.zinter(options, keys));
	}

	@Override
	public final Response<List<ScoredMember>> zinterWithScores(ZStoreOptions options, String... keys) {
		return add(c -> c.zinterWithScores(options, keys));
	}

	@Override
	public final Response<List<String>> zdiff(String... keys) {
		return add(c -> c.zdiff(keys));
	}

	@Override
	public final Response<List<ScoredMember>> zdiffWithScores(String... keys) {
		return add(c -> c.zdiffWithScores(keys));
	}

	@Override
	public final Response<Long> zintercard(String... keys) {
		return add(c -> c.zintercard(keys));
	}

	@Override
	public final Response<Long> zintercard(long limit, String... keys) {
		return add(c -> c.zintercard(limit, keys));
	}

	@Override
	public final Response<@Nullable String> zrandmember(String key) {
		return add(c -> c.zrandmember(key));
	}

	@Override
	public final Response<List<String>> zrandmember(String key, long count) {
		return add(c -> c.zrandmember(key, count));
	}

	@Override
	public final Response<List<ScoredMember>> zrandmemberWithScores(String key, long count) {
		return add(c -> c.zrandmemberWithScores(key, count));
	}

	@Override
	public final Response<ScanPage<ScoredMember>> zscan(String key, String cursor, ScanOptions options) {
		return add(c -> c.zscan(key, cursor, options));
	}

	/**
	 * The signal that ends a recorded command; carries no stack trace.
	 */
	public static final class Recorded extends RuntimeException {

		private static final long serialVersionUID = 1L;

		static final Recorded INSTANCE = new Recorded();

		private Recorded() {
			super("recorded", null, false, false);
		}

	}

	private static final class Slot<T> implements Response<T> {

		private @Nullable Object outcome;

		private boolean done;

		void complete(@Nullable Object outcome) {
			this.outcome = outcome;
			this.done = true;
		}

		@Override
		@SuppressWarnings("unchecked")
		public T get() {
			if (!this.done) {
				throw new IllegalStateException("The batch has not run yet; call exec() first");
			}
			if (this.outcome instanceof RuntimeException failure) {
				throw failure;
			}
			return (T) this.outcome;
		}

		@Override
		public boolean isDone() {
			return this.done;
		}

	}

	// streams

	@Override
	public final Response<String> xadd(String key, Map<String, String> fields) {
		return add(c -> c.xadd(key, fields));
	}

	@Override
	public final Response<@Nullable String> xadd(String key, StreamAddOptions options, Map<String, String> fields) {
		return add(c -> c.xadd(key, options, fields));
	}

	@Override
	public final Response<Long> xlen(String key) {
		return add(c -> c.xlen(key));
	}

	@Override
	public final Response<List<StreamEntry<String, String>>> xrange(String key, String start, String end) {
		return add(c -> c.xrange(key, start, end));
	}

	@Override
	public final Response<List<StreamEntry<String, String>>> xrange(String key, String start, String end, long count) {
		return add(c -> c.xrange(key, start, end, count));
	}

	@Override
	public final Response<List<StreamEntry<String, String>>> xrevrange(String key, String end, String start) {
		return add(c -> c.xrevrange(key, end, start));
	}

	@Override
	public final Response<List<StreamEntry<String, String>>> xrevrange(String key, String end, String start,
			long count) {
		return add(c -> c.xrevrange(key, end, start, count));
	}

	@Override
	public final Response<Long> xdel(String key, String... ids) {
		return add(c -> c.xdel(key, ids));
	}

	@Override
	public final Response<Long> xtrim(String key, StreamTrim trim) {
		return add(c -> c.xtrim(key, trim));
	}

	@Override
	public final Response<Void> xsetid(String key, String lastId) {
		return add(c -> {
			c.xsetid(key, lastId);
			return null;
		});
	}

	@Override
	public final Response<Void> xsetid(String key, String lastId, long entriesAdded, String maxDeletedId) {
		return add(c -> {
			c.xsetid(key, lastId, entriesAdded, maxDeletedId);
			return null;
		});
	}

	@Override
	public final Response<Map<String, List<StreamEntry<String, String>>>> xread(StreamReadOptions options,
			Map<String, String> streams) {
		return add(c -> c.xread(options, streams));
	}

	@Override
	public final Response<Map<String, List<StreamEntry<String, String>>>> xreadgroup(String group, String consumer,
			StreamReadOptions options, Map<String, String> streams) {
		return add(c -> c.xreadgroup(group, consumer, options, streams));
	}

	@Override
	public final Response<Void> xgroupCreate(String key, String group, String id) {
		return add(c -> {
			c.xgroupCreate(key, group, id);
			return null;
		});
	}

	@Override
	public final Response<Void> xgroupCreate(String key, String group, String id, boolean mkStream, long entriesRead) {
		return add(c -> {
			c.xgroupCreate(key, group, id, mkStream, entriesRead);
			return null;
		});
	}

	@Override
	public final Response<Void> xgroupSetid(String key, String group, String id) {
		return add(c -> {
			c.xgroupSetid(key, group, id);
			return null;
		});
	}

	@Override
	public final Response<Void> xgroupSetid(String key, String group, String id, long entriesRead) {
		return add(c -> {
			c.xgroupSetid(key, group, id, entriesRead);
			return null;
		});
	}

	@Override
	public final Response<Boolean> xgroupDestroy(String key, String group) {
		return add(c -> c.xgroupDestroy(key, group));
	}

	@Override
	public final Response<Boolean> xgroupCreateconsumer(String key, String group, String consumer) {
		return add(c -> c.xgroupCreateconsumer(key, group, consumer));
	}

	@Override
	public final Response<Long> xgroupDelconsumer(String key, String group, String consumer) {
		return add(c -> c.xgroupDelconsumer(key, group, consumer));
	}

	@Override
	public final Response<Long> xack(String key, String group, String... ids) {
		return add(c -> c.xack(key, group, ids));
	}

	@Override
	public final Response<StreamPending> xpending(String key, String group) {
		return add(c -> c.xpending(key, group));
	}

	@Override
	public final Response<List<PendingEntry>> xpending(String key, String group, PendingQuery query) {
		return add(c -> c.xpending(key, group, query));
	}

	@Override
	public final Response<List<StreamEntry<String, String>>> xclaim(String key, String group, String consumer,
			Duration minIdle, ClaimOptions options, String... ids) {
		return add(c -> c.xclaim(key, group, consumer, minIdle, options, ids));
	}

	@Override
	public final Response<List<String>> xclaimJustId(String key, String group, String consumer, Duration minIdle,
			ClaimOptions options, String... ids) {
		return add(c -> c.xclaimJustId(key, group, consumer, minIdle, options, ids));
	}

	@Override
	public final Response<AutoClaim<StreamEntry<String, String>>> xautoclaim(String key, String group, String consumer,
			Duration minIdle, String start, long count) {
		return add(c -> c.xautoclaim(key, group, consumer, minIdle, start, count));
	}

	@Override
	public final Response<AutoClaim<String>> xautoclaimJustId(String key, String group, String consumer,
			Duration minIdle, String start, long count) {
		return add(c -> c.xautoclaimJustId(key, group, consumer, minIdle, start, count));
	}

	@Override
	public final Response<StreamInfo<String, String>> xinfoStream(String key) {
		return add(c -> c.xinfoStream(key));
	}

	@Override
	public final Response<StreamFullInfo<String, String>> xinfoStreamFull(String key, long count) {
		return add(c -> c.xinfoStreamFull(key, count));
	}

	@Override
	public final Response<List<StreamGroupInfo>> xinfoGroups(String key) {
		return add(c -> c.xinfoGroups(key));
	}

	@Override
	public final Response<List<StreamConsumerInfo>> xinfoConsumers(String key, String group) {
		return add(c -> c.xinfoConsumers(key, group));
	}

	@Override
	public final Response<@Nullable KeyValues> lmpop(ListSide side, long count, String... keys) {
		return add(c -> c.lmpop(side, count, keys));
	}

	@Override
	public final Response<@Nullable KeyedScoredMembers> zmpop(ScoreSide side, long count, String... keys) {
		return add(c -> c.zmpop(side, count, keys));
	}

	// bitmaps

	@Override
	public final Response<Long> setbit(String key, long offset, int value) {
		return add(c -> c.setbit(key, offset, value));
	}

	@Override
	public final Response<Long> getbit(String key, long offset) {
		return add(c -> c.getbit(key, offset));
	}

	@Override
	public final Response<Long> bitcount(String key) {
		return add(c -> c.bitcount(key));
	}

	@Override
	public final Response<Long> bitcount(String key, long start, long end) {
		return add(c -> c.bitcount(key, start, end));
	}

	@Override
	public final Response<Long> bitcount(String key, long start, long end, BitUnit unit) {
		return add(c -> c.bitcount(key, start, end, unit));
	}

	@Override
	public final Response<Long> bitpos(String key, int bit) {
		return add(c -> c.bitpos(key, bit));
	}

	@Override
	public final Response<Long> bitpos(String key, int bit, long start) {
		return add(c -> c.bitpos(key, bit, start));
	}

	@Override
	public final Response<Long> bitpos(String key, int bit, long start, long end) {
		return add(c -> c.bitpos(key, bit, start, end));
	}

	@Override
	public final Response<Long> bitpos(String key, int bit, long start, long end, BitUnit unit) {
		return add(c -> c.bitpos(key, bit, start, end, unit));
	}

	@Override
	public final Response<Long> bitop(BitOperation operation, String destination, String... keys) {
		return add(c -> c.bitop(operation, destination, keys));
	}

	@Override
	public final Response<List<@Nullable Long>> bitfield(String key, BitFieldArgs args) {
		return add(c -> c.bitfield(key, args));
	}

	@Override
	public final Response<List<Long>> bitfieldRo(String key, BitFieldArgs.Get... gets) {
		return add(c -> c.bitfieldRo(key, gets));
	}

	@Override
	public final Response<ScriptReply> eval(String script, List<String> keys, List<String> args) {
		return add((c) -> c.eval(script, keys, args));
	}

	@Override
	public final Response<ScriptReply> evalsha(String sha1, List<String> keys, List<String> args) {
		return add((c) -> c.evalsha(sha1, keys, args));
	}

	@Override
	public final Response<ScriptReply> evalRo(String script, List<String> keys, List<String> args) {
		return add((c) -> c.evalRo(script, keys, args));
	}

	@Override
	public final Response<ScriptReply> evalshaRo(String sha1, List<String> keys, List<String> args) {
		return add((c) -> c.evalshaRo(sha1, keys, args));
	}

	@Override
	public final Response<ScriptReply> fcall(String function, List<String> keys, List<String> args) {
		return add((c) -> c.fcall(function, keys, args));
	}

	@Override
	public final Response<ScriptReply> fcallRo(String function, List<String> keys, List<String> args) {
		return add((c) -> c.fcallRo(function, keys, args));
	}

	@Override
	public final Response<Boolean> pfadd(String key, String... elements) {
		return add(c -> c.pfadd(key, elements));
	}

	@Override
	public final Response<Long> pfcount(String... keys) {
		return add(c -> c.pfcount(keys));
	}

	@Override
	public final Response<Void> pfmerge(String destination, String... sources) {
		return add(c -> {
			c.pfmerge(destination, sources);
			return null;
		});
	}

	@Override
	public final Response<String> lcs(String key1, String key2) {
		return add(c -> c.lcs(key1, key2));
	}

	@Override
	public final Response<Long> lcsLen(String key1, String key2) {
		return add(c -> c.lcsLen(key1, key2));
	}

	@Override
	public final Response<LcsMatches> lcsIdx(String key1, String key2, long minMatchLen) {
		return add(c -> c.lcsIdx(key1, key2, minMatchLen));
	}

	@Override
	public final Response<Long> geoadd(String key, GeoAddOptions options, Collection<GeoMember<String>> members) {
		return add(c -> c.geoadd(key, options, members));
	}

	@Override
	public final Response<List<@Nullable GeoCoordinates>> geopos(String key, String... members) {
		return add(c -> c.geopos(key, members));
	}

	@Override
	public final Response<@Nullable Double> geodist(String key, String member1, String member2, GeoUnit unit) {
		return add(c -> c.geodist(key, member1, member2, unit));
	}

	@Override
	public final Response<List<@Nullable String>> geohash(String key, String... members) {
		return add(c -> c.geohash(key, members));
	}

	@Override
	public final Response<List<GeoResult<String>>> geosearch(String key, GeoSearch search) {
		return add(c -> c.geosearch(key, search));
	}

	@Override
	public final Response<Long> geosearchstore(String destination, String source, GeoSearch search, boolean storeDist) {
		return add(c -> c.geosearchstore(destination, source, search, storeDist));
	}

}
