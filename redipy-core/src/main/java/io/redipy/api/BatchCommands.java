package io.redipy.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link Commands}, queued into a batch: each returns a {@link Response}
 * that holds the command's result once the batch has run.
 *
 * <p>
 * Every method here is {@code add(c -> c.command(args))}; a test keeps this interface in
 * step with {@link Commands}.
 */
public interface BatchCommands {

	/**
	 * Queues one command: {@code command} is called at once with a recording
	 * {@link Commands} and must call exactly one of its methods; the arguments are
	 * checked now, the command runs when the batch runs.
	 * @param <T> the command's result type
	 * @param command a function that calls one command, such as {@code c -> c.get("k")}
	 * @return the handle of its result
	 * @throws IllegalArgumentException if {@code command} calls no command
	 */
	<T> Response<T> add(Function<? super Commands, ? extends T> command);

	/**
	 * Queues {@link KeyCommands#del(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Long> del(String... keys) {
		return add(c -> c.del(keys));
	}

	/**
	 * Queues {@link KeyCommands#unlink(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Long> unlink(String... keys) {
		return add(c -> c.unlink(keys));
	}

	/**
	 * Queues {@link KeyCommands#exists(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Long> exists(String... keys) {
		return add(c -> c.exists(keys));
	}

	/**
	 * Queues {@link KeyCommands#type(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<KeyType> type(String key) {
		return add(c -> c.type(key));
	}

	/**
	 * Queues {@link KeyCommands#expire(String, Duration)}.
	 * @param key as there
	 * @param ttl as there
	 * @return the handle of its result
	 */
	default Response<Boolean> expire(String key, Duration ttl) {
		return add(c -> c.expire(key, ttl));
	}

	/**
	 * Queues {@link KeyCommands#expire(String, Duration, ExpireCondition)}.
	 * @param key as there
	 * @param ttl as there
	 * @param condition as there
	 * @return the handle of its result
	 */
	default Response<Boolean> expire(String key, Duration ttl, ExpireCondition condition) {
		return add(c -> c.expire(key, ttl, condition));
	}

	/**
	 * Queues {@link KeyCommands#pexpire(String, Duration)}.
	 * @param key as there
	 * @param ttl as there
	 * @return the handle of its result
	 */
	default Response<Boolean> pexpire(String key, Duration ttl) {
		return add(c -> c.pexpire(key, ttl));
	}

	/**
	 * Queues {@link KeyCommands#pexpire(String, Duration, ExpireCondition)}.
	 * @param key as there
	 * @param ttl as there
	 * @param condition as there
	 * @return the handle of its result
	 */
	default Response<Boolean> pexpire(String key, Duration ttl, ExpireCondition condition) {
		return add(c -> c.pexpire(key, ttl, condition));
	}

	/**
	 * Queues {@link KeyCommands#expireat(String, Instant)}.
	 * @param key as there
	 * @param at as there
	 * @return the handle of its result
	 */
	default Response<Boolean> expireat(String key, Instant at) {
		return add(c -> c.expireat(key, at));
	}

	/**
	 * Queues {@link KeyCommands#expireat(String, Instant, ExpireCondition)}.
	 * @param key as there
	 * @param at as there
	 * @param condition as there
	 * @return the handle of its result
	 */
	default Response<Boolean> expireat(String key, Instant at, ExpireCondition condition) {
		return add(c -> c.expireat(key, at, condition));
	}

	/**
	 * Queues {@link KeyCommands#pexpireat(String, Instant)}.
	 * @param key as there
	 * @param at as there
	 * @return the handle of its result
	 */
	default Response<Boolean> pexpireat(String key, Instant at) {
		return add(c -> c.pexpireat(key, at));
	}

	/**
	 * Queues {@link KeyCommands#pexpireat(String, Instant, ExpireCondition)}.
	 * @param key as there
	 * @param at as there
	 * @param condition as there
	 * @return the handle of its result
	 */
	default Response<Boolean> pexpireat(String key, Instant at, ExpireCondition condition) {
		return add(c -> c.pexpireat(key, at, condition));
	}

	/**
	 * Queues {@link KeyCommands#ttl(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<Ttl> ttl(String key) {
		return add(c -> c.ttl(key));
	}

	/**
	 * Queues {@link KeyCommands#pttl(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<Ttl> pttl(String key) {
		return add(c -> c.pttl(key));
	}

	/**
	 * Queues {@link KeyCommands#persist(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<Boolean> persist(String key) {
		return add(c -> c.persist(key));
	}

	/**
	 * Queues {@link KeyCommands#rename(String, String)}.
	 * @param key as there
	 * @param newKey as there
	 * @return the handle of its result
	 */
	default Response<Void> rename(String key, String newKey) {
		return add(c -> {
			c.rename(key, newKey);
			return null;
		});
	}

	/**
	 * Queues {@link KeyCommands#renamenx(String, String)}.
	 * @param key as there
	 * @param newKey as there
	 * @return the handle of its result
	 */
	default Response<Boolean> renamenx(String key, String newKey) {
		return add(c -> c.renamenx(key, newKey));
	}

	/**
	 * Queues {@link KeyCommands#copy(String, String)}.
	 * @param source as there
	 * @param destination as there
	 * @return the handle of its result
	 */
	default Response<Boolean> copy(String source, String destination) {
		return add(c -> c.copy(source, destination));
	}

	/**
	 * Queues {@link KeyCommands#copy(String, String, boolean)}.
	 * @param source as there
	 * @param destination as there
	 * @param replace as there
	 * @return the handle of its result
	 */
	default Response<Boolean> copy(String source, String destination, boolean replace) {
		return add(c -> c.copy(source, destination, replace));
	}

	/**
	 * Queues {@link KeyCommands#scan(String, ScanOptions)}.
	 * @param cursor as there
	 * @param options as there
	 * @return the handle of its result
	 */
	default Response<ScanPage<String>> scan(String cursor, ScanOptions options) {
		return add(c -> c.scan(cursor, options));
	}

	/**
	 * Queues {@link KeyCommands#scan(String)}.
	 * @param cursor as there
	 * @return the handle of its result
	 */
	default Response<ScanPage<String>> scan(String cursor) {
		return add(c -> c.scan(cursor));
	}

	/**
	 * Queues {@link KeyCommands#keys(String)}.
	 * @param pattern as there
	 * @return the handle of its result
	 */
	default Response<List<String>> keys(String pattern) {
		return add(c -> c.keys(pattern));
	}

	/**
	 * Queues {@link KeyCommands#dbsize()}.
	 * @return the handle of its result
	 */
	default Response<Long> dbsize() {
		return add(c -> c.dbsize());
	}

	/**
	 * Queues {@link KeyCommands#flushall()}.
	 * @return the handle of its result
	 */
	default Response<Void> flushall() {
		return add(c -> {
			c.flushall();
			return null;
		});
	}

	/**
	 * Queues {@link KeyCommands#randomkey()}.
	 * @return the handle of its result
	 */
	default Response<@Nullable String> randomkey() {
		return add(c -> c.randomkey());
	}

	/**
	 * Queues {@link KeyCommands#ping()}.
	 * @return the handle of its result
	 */
	default Response<String> ping() {
		return add(c -> c.ping());
	}

	/**
	 * Queues {@link StringCommands#get(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> get(String key) {
		return add(c -> c.get(key));
	}

	/**
	 * Queues {@link StringCommands#set(String, String)}.
	 * @param key as there
	 * @param value as there
	 * @return the handle of its result
	 */
	default Response<Void> set(String key, String value) {
		return add(c -> {
			c.set(key, value);
			return null;
		});
	}

	/**
	 * Queues {@link StringCommands#set(String, String, SetOptions)}.
	 * @param key as there
	 * @param value as there
	 * @param options as there
	 * @return the handle of its result
	 */
	default Response<Boolean> set(String key, String value, SetOptions options) {
		return add(c -> c.set(key, value, options));
	}

	/**
	 * Queues {@link StringCommands#setGet(String, String, SetOptions)}.
	 * @param key as there
	 * @param value as there
	 * @param options as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> setGet(String key, String value, SetOptions options) {
		return add(c -> c.setGet(key, value, options));
	}

	/**
	 * Queues {@link StringCommands#setnx(String, String)}.
	 * @param key as there
	 * @param value as there
	 * @return the handle of its result
	 */
	default Response<Boolean> setnx(String key, String value) {
		return add(c -> c.setnx(key, value));
	}

	/**
	 * Queues {@link StringCommands#getdel(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> getdel(String key) {
		return add(c -> c.getdel(key));
	}

	/**
	 * Queues {@link StringCommands#getex(String, Expiration)}.
	 * @param key as there
	 * @param expiration as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> getex(String key, Expiration expiration) {
		return add(c -> c.getex(key, expiration));
	}

	/**
	 * Queues {@link StringCommands#getset(String, String)}.
	 * @param key as there
	 * @param value as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> getset(String key, String value) {
		return add(c -> c.getset(key, value));
	}

	/**
	 * Queues {@link StringCommands#mget(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<List<@Nullable String>> mget(String... keys) {
		return add(c -> c.mget(keys));
	}

	/**
	 * Queues {@link StringCommands#mset(Map)}.
	 * @param values as there
	 * @return the handle of its result
	 */
	default Response<Void> mset(Map<String, String> values) {
		return add(c -> {
			c.mset(values);
			return null;
		});
	}

	/**
	 * Queues {@link StringCommands#msetnx(Map)}.
	 * @param values as there
	 * @return the handle of its result
	 */
	default Response<Boolean> msetnx(Map<String, String> values) {
		return add(c -> c.msetnx(values));
	}

	/**
	 * Queues {@link StringCommands#incr(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<Long> incr(String key) {
		return add(c -> c.incr(key));
	}

	/**
	 * Queues {@link StringCommands#incrby(String, long)}.
	 * @param key as there
	 * @param increment as there
	 * @return the handle of its result
	 */
	default Response<Long> incrby(String key, long increment) {
		return add(c -> c.incrby(key, increment));
	}

	/**
	 * Queues {@link StringCommands#decr(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<Long> decr(String key) {
		return add(c -> c.decr(key));
	}

	/**
	 * Queues {@link StringCommands#decrby(String, long)}.
	 * @param key as there
	 * @param decrement as there
	 * @return the handle of its result
	 */
	default Response<Long> decrby(String key, long decrement) {
		return add(c -> c.decrby(key, decrement));
	}

	/**
	 * Queues {@link StringCommands#incrbyfloat(String, double)}.
	 * @param key as there
	 * @param increment as there
	 * @return the handle of its result
	 */
	default Response<Double> incrbyfloat(String key, double increment) {
		return add(c -> c.incrbyfloat(key, increment));
	}

	/**
	 * Queues {@link StringCommands#append(String, String)}.
	 * @param key as there
	 * @param value as there
	 * @return the handle of its result
	 */
	default Response<Long> append(String key, String value) {
		return add(c -> c.append(key, value));
	}

	/**
	 * Queues {@link StringCommands#strlen(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<Long> strlen(String key) {
		return add(c -> c.strlen(key));
	}

	/**
	 * Queues {@link StringCommands#getrange(String, long, long)}.
	 * @param key as there
	 * @param start as there
	 * @param end as there
	 * @return the handle of its result
	 */
	default Response<String> getrange(String key, long start, long end) {
		return add(c -> c.getrange(key, start, end));
	}

	/**
	 * Queues {@link StringCommands#setrange(String, long, String)}.
	 * @param key as there
	 * @param offset as there
	 * @param value as there
	 * @return the handle of its result
	 */
	default Response<Long> setrange(String key, long offset, String value) {
		return add(c -> c.setrange(key, offset, value));
	}

	/**
	 * Queues {@link ListCommands#lpush(String, String[])}.
	 * @param key as there
	 * @param values as there
	 * @return the handle of its result
	 */
	default Response<Long> lpush(String key, String... values) {
		return add(c -> c.lpush(key, values));
	}

	/**
	 * Queues {@link ListCommands#rpush(String, String[])}.
	 * @param key as there
	 * @param values as there
	 * @return the handle of its result
	 */
	default Response<Long> rpush(String key, String... values) {
		return add(c -> c.rpush(key, values));
	}

	/**
	 * Queues {@link ListCommands#lpushx(String, String[])}.
	 * @param key as there
	 * @param values as there
	 * @return the handle of its result
	 */
	default Response<Long> lpushx(String key, String... values) {
		return add(c -> c.lpushx(key, values));
	}

	/**
	 * Queues {@link ListCommands#rpushx(String, String[])}.
	 * @param key as there
	 * @param values as there
	 * @return the handle of its result
	 */
	default Response<Long> rpushx(String key, String... values) {
		return add(c -> c.rpushx(key, values));
	}

	/**
	 * Queues {@link ListCommands#lpop(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> lpop(String key) {
		return add(c -> c.lpop(key));
	}

	/**
	 * Queues {@link ListCommands#lpop(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	default Response<List<String>> lpop(String key, long count) {
		return add(c -> c.lpop(key, count));
	}

	/**
	 * Queues {@link ListCommands#rpop(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> rpop(String key) {
		return add(c -> c.rpop(key));
	}

	/**
	 * Queues {@link ListCommands#rpop(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	default Response<List<String>> rpop(String key, long count) {
		return add(c -> c.rpop(key, count));
	}

	/**
	 * Queues {@link ListCommands#lrange(String, long, long)}.
	 * @param key as there
	 * @param start as there
	 * @param stop as there
	 * @return the handle of its result
	 */
	default Response<List<String>> lrange(String key, long start, long stop) {
		return add(c -> c.lrange(key, start, stop));
	}

	/**
	 * Queues {@link ListCommands#lindex(String, long)}.
	 * @param key as there
	 * @param index as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> lindex(String key, long index) {
		return add(c -> c.lindex(key, index));
	}

	/**
	 * Queues {@link ListCommands#lset(String, long, String)}.
	 * @param key as there
	 * @param index as there
	 * @param value as there
	 * @return the handle of its result
	 */
	default Response<Void> lset(String key, long index, String value) {
		return add(c -> {
			c.lset(key, index, value);
			return null;
		});
	}

	/**
	 * Queues {@link ListCommands#llen(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<Long> llen(String key) {
		return add(c -> c.llen(key));
	}

	/**
	 * Queues {@link ListCommands#lrem(String, long, String)}.
	 * @param key as there
	 * @param count as there
	 * @param value as there
	 * @return the handle of its result
	 */
	default Response<Long> lrem(String key, long count, String value) {
		return add(c -> c.lrem(key, count, value));
	}

	/**
	 * Queues {@link ListCommands#ltrim(String, long, long)}.
	 * @param key as there
	 * @param start as there
	 * @param stop as there
	 * @return the handle of its result
	 */
	default Response<Void> ltrim(String key, long start, long stop) {
		return add(c -> {
			c.ltrim(key, start, stop);
			return null;
		});
	}

	/**
	 * Queues {@link ListCommands#linsert(String, ListPosition, String, String)}.
	 * @param key as there
	 * @param position as there
	 * @param pivot as there
	 * @param value as there
	 * @return the handle of its result
	 */
	default Response<Long> linsert(String key, ListPosition position, String pivot, String value) {
		return add(c -> c.linsert(key, position, pivot, value));
	}

	/**
	 * Queues {@link ListCommands#lpos(String, String)}.
	 * @param key as there
	 * @param element as there
	 * @return the handle of its result
	 */
	default Response<@Nullable Long> lpos(String key, String element) {
		return add(c -> c.lpos(key, element));
	}

	/**
	 * Queues {@link ListCommands#lpos(String, String, LposOptions)}.
	 * @param key as there
	 * @param element as there
	 * @param options as there
	 * @return the handle of its result
	 */
	default Response<@Nullable Long> lpos(String key, String element, LposOptions options) {
		return add(c -> c.lpos(key, element, options));
	}

	/**
	 * Queues {@link ListCommands#lpos(String, String, long, LposOptions)}.
	 * @param key as there
	 * @param element as there
	 * @param count as there
	 * @param options as there
	 * @return the handle of its result
	 */
	default Response<List<Long>> lpos(String key, String element, long count, LposOptions options) {
		return add(c -> c.lpos(key, element, count, options));
	}

	/**
	 * Queues {@link ListCommands#lmove(String, String, ListSide, ListSide)}.
	 * @param source as there
	 * @param destination as there
	 * @param from as there
	 * @param to as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> lmove(String source, String destination, ListSide from, ListSide to) {
		return add(c -> c.lmove(source, destination, from, to));
	}

	/**
	 * Queues {@link ListCommands#rpoplpush(String, String)}.
	 * @param source as there
	 * @param destination as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> rpoplpush(String source, String destination) {
		return add(c -> c.rpoplpush(source, destination));
	}

	/**
	 * Queues {@link HashCommands#hset(String, String, String)}.
	 * @param key as there
	 * @param field as there
	 * @param value as there
	 * @return the handle of its result
	 */
	default Response<Long> hset(String key, String field, String value) {
		return add(c -> c.hset(key, field, value));
	}

	/**
	 * Queues {@link HashCommands#hset(String, Map)}.
	 * @param key as there
	 * @param fields as there
	 * @return the handle of its result
	 */
	default Response<Long> hset(String key, Map<String, String> fields) {
		return add(c -> c.hset(key, fields));
	}

	/**
	 * Queues {@link HashCommands#hsetnx(String, String, String)}.
	 * @param key as there
	 * @param field as there
	 * @param value as there
	 * @return the handle of its result
	 */
	default Response<Boolean> hsetnx(String key, String field, String value) {
		return add(c -> c.hsetnx(key, field, value));
	}

	/**
	 * Queues {@link HashCommands#hget(String, String)}.
	 * @param key as there
	 * @param field as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> hget(String key, String field) {
		return add(c -> c.hget(key, field));
	}

	/**
	 * Queues {@link HashCommands#hmget(String, String[])}.
	 * @param key as there
	 * @param fields as there
	 * @return the handle of its result
	 */
	default Response<List<@Nullable String>> hmget(String key, String... fields) {
		return add(c -> c.hmget(key, fields));
	}

	/**
	 * Queues {@link HashCommands#hdel(String, String[])}.
	 * @param key as there
	 * @param fields as there
	 * @return the handle of its result
	 */
	default Response<Long> hdel(String key, String... fields) {
		return add(c -> c.hdel(key, fields));
	}

	/**
	 * Queues {@link HashCommands#hexists(String, String)}.
	 * @param key as there
	 * @param field as there
	 * @return the handle of its result
	 */
	default Response<Boolean> hexists(String key, String field) {
		return add(c -> c.hexists(key, field));
	}

	/**
	 * Queues {@link HashCommands#hlen(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<Long> hlen(String key) {
		return add(c -> c.hlen(key));
	}

	/**
	 * Queues {@link HashCommands#hkeys(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<List<String>> hkeys(String key) {
		return add(c -> c.hkeys(key));
	}

	/**
	 * Queues {@link HashCommands#hvals(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<List<String>> hvals(String key) {
		return add(c -> c.hvals(key));
	}

	/**
	 * Queues {@link HashCommands#hgetall(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<Map<String, String>> hgetall(String key) {
		return add(c -> c.hgetall(key));
	}

	/**
	 * Queues {@link HashCommands#hincrby(String, String, long)}.
	 * @param key as there
	 * @param field as there
	 * @param increment as there
	 * @return the handle of its result
	 */
	default Response<Long> hincrby(String key, String field, long increment) {
		return add(c -> c.hincrby(key, field, increment));
	}

	/**
	 * Queues {@link HashCommands#hincrbyfloat(String, String, double)}.
	 * @param key as there
	 * @param field as there
	 * @param increment as there
	 * @return the handle of its result
	 */
	default Response<Double> hincrbyfloat(String key, String field, double increment) {
		return add(c -> c.hincrbyfloat(key, field, increment));
	}

	/**
	 * Queues {@link HashCommands#hstrlen(String, String)}.
	 * @param key as there
	 * @param field as there
	 * @return the handle of its result
	 */
	default Response<Long> hstrlen(String key, String field) {
		return add(c -> c.hstrlen(key, field));
	}

	/**
	 * Queues {@link HashCommands#hrandfield(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> hrandfield(String key) {
		return add(c -> c.hrandfield(key));
	}

	/**
	 * Queues {@link HashCommands#hrandfield(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	default Response<List<String>> hrandfield(String key, long count) {
		return add(c -> c.hrandfield(key, count));
	}

	/**
	 * Queues {@link HashCommands#hrandfieldWithValues(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	default Response<List<HashEntry>> hrandfieldWithValues(String key, long count) {
		return add(c -> c.hrandfieldWithValues(key, count));
	}

	/**
	 * Queues {@link HashCommands#hscan(String, String, ScanOptions)}.
	 * @param key as there
	 * @param cursor as there
	 * @param options as there
	 * @return the handle of its result
	 */
	default Response<ScanPage<HashEntry>> hscan(String key, String cursor, ScanOptions options) {
		return add(c -> c.hscan(key, cursor, options));
	}

	/**
	 * Queues {@link SetCommands#sadd(String, String[])}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	default Response<Long> sadd(String key, String... members) {
		return add(c -> c.sadd(key, members));
	}

	/**
	 * Queues {@link SetCommands#srem(String, String[])}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	default Response<Long> srem(String key, String... members) {
		return add(c -> c.srem(key, members));
	}

	/**
	 * Queues {@link SetCommands#sismember(String, String)}.
	 * @param key as there
	 * @param member as there
	 * @return the handle of its result
	 */
	default Response<Boolean> sismember(String key, String member) {
		return add(c -> c.sismember(key, member));
	}

	/**
	 * Queues {@link SetCommands#smismember(String, String[])}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	default Response<List<Boolean>> smismember(String key, String... members) {
		return add(c -> c.smismember(key, members));
	}

	/**
	 * Queues {@link SetCommands#scard(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<Long> scard(String key) {
		return add(c -> c.scard(key));
	}

	/**
	 * Queues {@link SetCommands#smembers(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<Set<String>> smembers(String key) {
		return add(c -> c.smembers(key));
	}

	/**
	 * Queues {@link SetCommands#spop(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> spop(String key) {
		return add(c -> c.spop(key));
	}

	/**
	 * Queues {@link SetCommands#spop(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	default Response<Set<String>> spop(String key, long count) {
		return add(c -> c.spop(key, count));
	}

	/**
	 * Queues {@link SetCommands#srandmember(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> srandmember(String key) {
		return add(c -> c.srandmember(key));
	}

	/**
	 * Queues {@link SetCommands#srandmember(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	default Response<List<String>> srandmember(String key, long count) {
		return add(c -> c.srandmember(key, count));
	}

	/**
	 * Queues {@link SetCommands#smove(String, String, String)}.
	 * @param source as there
	 * @param destination as there
	 * @param member as there
	 * @return the handle of its result
	 */
	default Response<Boolean> smove(String source, String destination, String member) {
		return add(c -> c.smove(source, destination, member));
	}

	/**
	 * Queues {@link SetCommands#sinter(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Set<String>> sinter(String... keys) {
		return add(c -> c.sinter(keys));
	}

	/**
	 * Queues {@link SetCommands#sunion(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Set<String>> sunion(String... keys) {
		return add(c -> c.sunion(keys));
	}

	/**
	 * Queues {@link SetCommands#sdiff(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Set<String>> sdiff(String... keys) {
		return add(c -> c.sdiff(keys));
	}

	/**
	 * Queues {@link SetCommands#sinterstore(String, String[])}.
	 * @param destination as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Long> sinterstore(String destination, String... keys) {
		return add(c -> c.sinterstore(destination, keys));
	}

	/**
	 * Queues {@link SetCommands#sunionstore(String, String[])}.
	 * @param destination as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Long> sunionstore(String destination, String... keys) {
		return add(c -> c.sunionstore(destination, keys));
	}

	/**
	 * Queues {@link SetCommands#sdiffstore(String, String[])}.
	 * @param destination as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Long> sdiffstore(String destination, String... keys) {
		return add(c -> c.sdiffstore(destination, keys));
	}

	/**
	 * Queues {@link SetCommands#sintercard(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Long> sintercard(String... keys) {
		return add(c -> c.sintercard(keys));
	}

	/**
	 * Queues {@link SetCommands#sintercard(long, String[])}.
	 * @param limit as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Long> sintercard(long limit, String... keys) {
		return add(c -> c.sintercard(limit, keys));
	}

	/**
	 * Queues {@link SetCommands#sscan(String, String, ScanOptions)}.
	 * @param key as there
	 * @param cursor as there
	 * @param options as there
	 * @return the handle of its result
	 */
	default Response<ScanPage<String>> sscan(String key, String cursor, ScanOptions options) {
		return add(c -> c.sscan(key, cursor, options));
	}

	/**
	 * Queues {@link SortedSetCommands#zadd(String, double, String)}.
	 * @param key as there
	 * @param score as there
	 * @param member as there
	 * @return the handle of its result
	 */
	default Response<Long> zadd(String key, double score, String member) {
		return add(c -> c.zadd(key, score, member));
	}

	/**
	 * Queues {@link SortedSetCommands#zadd(String, Collection)}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	default Response<Long> zadd(String key, Collection<ScoredMember> members) {
		return add(c -> c.zadd(key, members));
	}

	/**
	 * Queues {@link SortedSetCommands#zadd(String, ZAddOptions, Collection)}.
	 * @param key as there
	 * @param options as there
	 * @param members as there
	 * @return the handle of its result
	 */
	default Response<Long> zadd(String key, ZAddOptions options, Collection<ScoredMember> members) {
		return add(c -> c.zadd(key, options, members));
	}

	/**
	 * Queues {@link SortedSetCommands#zaddIncr(String, ZAddOptions, double, String)}.
	 * @param key as there
	 * @param options as there
	 * @param increment as there
	 * @param member as there
	 * @return the handle of its result
	 */
	default Response<@Nullable Double> zaddIncr(String key, ZAddOptions options, double increment, String member) {
		return add(c -> c.zaddIncr(key, options, increment, member));
	}

	/**
	 * Queues {@link SortedSetCommands#zrem(String, String[])}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	default Response<Long> zrem(String key, String... members) {
		return add(c -> c.zrem(key, members));
	}

	/**
	 * Queues {@link SortedSetCommands#zscore(String, String)}.
	 * @param key as there
	 * @param member as there
	 * @return the handle of its result
	 */
	default Response<@Nullable Double> zscore(String key, String member) {
		return add(c -> c.zscore(key, member));
	}

	/**
	 * Queues {@link SortedSetCommands#zmscore(String, String[])}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	default Response<List<@Nullable Double>> zmscore(String key, String... members) {
		return add(c -> c.zmscore(key, members));
	}

	/**
	 * Queues {@link SortedSetCommands#zincrby(String, double, String)}.
	 * @param key as there
	 * @param increment as there
	 * @param member as there
	 * @return the handle of its result
	 */
	default Response<Double> zincrby(String key, double increment, String member) {
		return add(c -> c.zincrby(key, increment, member));
	}

	/**
	 * Queues {@link SortedSetCommands#zcard(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<Long> zcard(String key) {
		return add(c -> c.zcard(key));
	}

	/**
	 * Queues {@link SortedSetCommands#zcount(String, ScoreRange)}.
	 * @param key as there
	 * @param range as there
	 * @return the handle of its result
	 */
	default Response<Long> zcount(String key, ScoreRange range) {
		return add(c -> c.zcount(key, range));
	}

	/**
	 * Queues {@link SortedSetCommands#zlexcount(String, LexRange)}.
	 * @param key as there
	 * @param range as there
	 * @return the handle of its result
	 */
	default Response<Long> zlexcount(String key, LexRange range) {
		return add(c -> c.zlexcount(key, range));
	}

	/**
	 * Queues {@link SortedSetCommands#zrange(String, ZRange)}.
	 * @param key as there
	 * @param range as there
	 * @return the handle of its result
	 */
	default Response<List<String>> zrange(String key, ZRange range) {
		return add(c -> c.zrange(key, range));
	}

	/**
	 * Queues {@link SortedSetCommands#zrange(String, long, long)}.
	 * @param key as there
	 * @param start as there
	 * @param stop as there
	 * @return the handle of its result
	 */
	default Response<List<String>> zrange(String key, long start, long stop) {
		return add(c -> c.zrange(key, start, stop));
	}

	/**
	 * Queues {@link SortedSetCommands#zrangeWithScores(String, ZRange)}.
	 * @param key as there
	 * @param range as there
	 * @return the handle of its result
	 */
	default Response<List<ScoredMember>> zrangeWithScores(String key, ZRange range) {
		return add(c -> c.zrangeWithScores(key, range));
	}

	/**
	 * Queues {@link SortedSetCommands#zrangestore(String, String, ZRange)}.
	 * @param destination as there
	 * @param source as there
	 * @param range as there
	 * @return the handle of its result
	 */
	default Response<Long> zrangestore(String destination, String source, ZRange range) {
		return add(c -> c.zrangestore(destination, source, range));
	}

	/**
	 * Queues {@link SortedSetCommands#zrank(String, String)}.
	 * @param key as there
	 * @param member as there
	 * @return the handle of its result
	 */
	default Response<@Nullable Long> zrank(String key, String member) {
		return add(c -> c.zrank(key, member));
	}

	/**
	 * Queues {@link SortedSetCommands#zrevrank(String, String)}.
	 * @param key as there
	 * @param member as there
	 * @return the handle of its result
	 */
	default Response<@Nullable Long> zrevrank(String key, String member) {
		return add(c -> c.zrevrank(key, member));
	}

	/**
	 * Queues {@link SortedSetCommands#zpopmin(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<@Nullable ScoredMember> zpopmin(String key) {
		return add(c -> c.zpopmin(key));
	}

	/**
	 * Queues {@link SortedSetCommands#zpopmin(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	default Response<List<ScoredMember>> zpopmin(String key, long count) {
		return add(c -> c.zpopmin(key, count));
	}

	/**
	 * Queues {@link SortedSetCommands#zpopmax(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<@Nullable ScoredMember> zpopmax(String key) {
		return add(c -> c.zpopmax(key));
	}

	/**
	 * Queues {@link SortedSetCommands#zpopmax(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	default Response<List<ScoredMember>> zpopmax(String key, long count) {
		return add(c -> c.zpopmax(key, count));
	}

	/**
	 * Queues {@link SortedSetCommands#zremrangebyrank(String, long, long)}.
	 * @param key as there
	 * @param start as there
	 * @param stop as there
	 * @return the handle of its result
	 */
	default Response<Long> zremrangebyrank(String key, long start, long stop) {
		return add(c -> c.zremrangebyrank(key, start, stop));
	}

	/**
	 * Queues {@link SortedSetCommands#zremrangebyscore(String, ScoreRange)}.
	 * @param key as there
	 * @param range as there
	 * @return the handle of its result
	 */
	default Response<Long> zremrangebyscore(String key, ScoreRange range) {
		return add(c -> c.zremrangebyscore(key, range));
	}

	/**
	 * Queues {@link SortedSetCommands#zremrangebylex(String, LexRange)}.
	 * @param key as there
	 * @param range as there
	 * @return the handle of its result
	 */
	default Response<Long> zremrangebylex(String key, LexRange range) {
		return add(c -> c.zremrangebylex(key, range));
	}

	/**
	 * Queues {@link SortedSetCommands#zunionstore(String, ZStoreOptions, String[])}.
	 * @param destination as there
	 * @param options as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Long> zunionstore(String destination, ZStoreOptions options, String... keys) {
		return add(c -> c.zunionstore(destination, options, keys));
	}

	/**
	 * Queues {@link SortedSetCommands#zinterstore(String, ZStoreOptions, String[])}.
	 * @param destination as there
	 * @param options as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Long> zinterstore(String destination, ZStoreOptions options, String... keys) {
		return add(c -> c.zinterstore(destination, options, keys));
	}

	/**
	 * Queues {@link SortedSetCommands#zdiffstore(String, String[])}.
	 * @param destination as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	default Response<Long> zdiffstore(String destination, String... keys) {
		return add(c -> c.zdiffstore(destination, keys));
	}

	/**
	 * Queues {@link SortedSetCommands#zrandmember(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	default Response<@Nullable String> zrandmember(String key) {
		return add(c -> c.zrandmember(key));
	}

	/**
	 * Queues {@link SortedSetCommands#zrandmember(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	default Response<List<String>> zrandmember(String key, long count) {
		return add(c -> c.zrandmember(key, count));
	}

	/**
	 * Queues {@link SortedSetCommands#zrandmemberWithScores(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	default Response<List<ScoredMember>> zrandmemberWithScores(String key, long count) {
		return add(c -> c.zrandmemberWithScores(key, count));
	}

	/**
	 * Queues {@link SortedSetCommands#zscan(String, String, ScanOptions)}.
	 * @param key as there
	 * @param cursor as there
	 * @param options as there
	 * @return the handle of its result
	 */
	default Response<ScanPage<ScoredMember>> zscan(String key, String cursor, ScanOptions options) {
		return add(c -> c.zscan(key, cursor, options));
	}

}
