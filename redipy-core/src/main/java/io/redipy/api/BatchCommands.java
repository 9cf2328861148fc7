package io.redipy.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link Commands}, queued into a batch: each returns a {@link Response}
 * that holds the command's result once the batch has run.
 *
 * <p>
 * A test keeps this interface in step with {@link Commands}: one method per command, with
 * the same arguments.
 */
public interface BatchCommands {

	/**
	 * Queues {@link KeyCommands#del(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> del(String... keys);

	/**
	 * Queues {@link KeyCommands#unlink(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> unlink(String... keys);

	/**
	 * Queues {@link KeyCommands#exists(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> exists(String... keys);

	/**
	 * Queues {@link KeyCommands#type(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<KeyType> type(String key);

	/**
	 * Queues {@link KeyCommands#expire(String, Duration)}.
	 * @param key as there
	 * @param ttl as there
	 * @return the handle of its result
	 */
	Response<Boolean> expire(String key, Duration ttl);

	/**
	 * Queues {@link KeyCommands#expire(String, Duration, ExpireCondition)}.
	 * @param key as there
	 * @param ttl as there
	 * @param condition as there
	 * @return the handle of its result
	 */
	Response<Boolean> expire(String key, Duration ttl, ExpireCondition condition);

	/**
	 * Queues {@link KeyCommands#pexpire(String, Duration)}.
	 * @param key as there
	 * @param ttl as there
	 * @return the handle of its result
	 */
	Response<Boolean> pexpire(String key, Duration ttl);

	/**
	 * Queues {@link KeyCommands#pexpire(String, Duration, ExpireCondition)}.
	 * @param key as there
	 * @param ttl as there
	 * @param condition as there
	 * @return the handle of its result
	 */
	Response<Boolean> pexpire(String key, Duration ttl, ExpireCondition condition);

	/**
	 * Queues {@link KeyCommands#expireat(String, Instant)}.
	 * @param key as there
	 * @param at as there
	 * @return the handle of its result
	 */
	Response<Boolean> expireat(String key, Instant at);

	/**
	 * Queues {@link KeyCommands#expireat(String, Instant, ExpireCondition)}.
	 * @param key as there
	 * @param at as there
	 * @param condition as there
	 * @return the handle of its result
	 */
	Response<Boolean> expireat(String key, Instant at, ExpireCondition condition);

	/**
	 * Queues {@link KeyCommands#pexpireat(String, Instant)}.
	 * @param key as there
	 * @param at as there
	 * @return the handle of its result
	 */
	Response<Boolean> pexpireat(String key, Instant at);

	/**
	 * Queues {@link KeyCommands#pexpireat(String, Instant, ExpireCondition)}.
	 * @param key as there
	 * @param at as there
	 * @param condition as there
	 * @return the handle of its result
	 */
	Response<Boolean> pexpireat(String key, Instant at, ExpireCondition condition);

	/**
	 * Queues {@link KeyCommands#ttl(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Ttl> ttl(String key);

	/**
	 * Queues {@link KeyCommands#pttl(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Ttl> pttl(String key);

	/**
	 * Queues {@link KeyCommands#expiretime(String)}.
	 * @param key the key
	 * @return the response
	 */
	Response<ExpireTime> expiretime(String key);

	/**
	 * Queues {@link KeyCommands#pexpiretime(String)}.
	 * @param key the key
	 * @return the response
	 */
	Response<ExpireTime> pexpiretime(String key);

	/**
	 * Queues {@link KeyCommands#touch(String...)}.
	 * @param keys the keys
	 * @return the response
	 */
	Response<Long> touch(String... keys);

	/**
	 * Queues {@link KeyCommands#dump(String)}.
	 * @param key the key
	 * @return the response: the payload, or null
	 */
	Response<byte[]> dump(String key);

	/**
	 * Queues {@link KeyCommands#restore(String, byte[])}.
	 * @param key the key
	 * @param payload the payload
	 * @return the response
	 */
	Response<Void> restore(String key, byte[] payload);

	/**
	 * Queues {@link KeyCommands#restore(String, byte[], RestoreOptions)}.
	 * @param key the key
	 * @param payload the payload
	 * @param options the options
	 * @return the response
	 */
	Response<Void> restore(String key, byte[] payload, RestoreOptions options);

	/**
	 * Queues {@link KeyCommands#persist(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Boolean> persist(String key);

	/**
	 * Queues {@link KeyCommands#rename(String, String)}.
	 * @param key as there
	 * @param newKey as there
	 * @return the handle of its result
	 */
	Response<Void> rename(String key, String newKey);

	/**
	 * Queues {@link KeyCommands#renamenx(String, String)}.
	 * @param key as there
	 * @param newKey as there
	 * @return the handle of its result
	 */
	Response<Boolean> renamenx(String key, String newKey);

	/**
	 * Queues {@link KeyCommands#copy(String, String)}.
	 * @param source as there
	 * @param destination as there
	 * @return the handle of its result
	 */
	Response<Boolean> copy(String source, String destination);

	/**
	 * Queues {@link KeyCommands#copy(String, String, boolean)}.
	 * @param source as there
	 * @param destination as there
	 * @param replace as there
	 * @return the handle of its result
	 */
	Response<Boolean> copy(String source, String destination, boolean replace);

	/**
	 * Queues {@link KeyCommands#sort(String, SortArgs)}.
	 * @param key as there
	 * @param args as there
	 * @return the handle of its result
	 */
	Response<List<@Nullable String>> sort(String key, SortArgs args);

	/**
	 * Queues {@link KeyCommands#sortRo(String, SortArgs)}.
	 * @param key as there
	 * @param args as there
	 * @return the handle of its result
	 */
	Response<List<@Nullable String>> sortRo(String key, SortArgs args);

	/**
	 * Queues {@link KeyCommands#sortStore(String, SortArgs, String)}.
	 * @param key as there
	 * @param args as there
	 * @param destination as there
	 * @return the handle of its result
	 */
	Response<Long> sortStore(String key, SortArgs args, String destination);

	/**
	 * Queues {@link KeyCommands#scan(String, ScanOptions)}.
	 * @param cursor as there
	 * @param options as there
	 * @return the handle of its result
	 */
	Response<ScanPage<String>> scan(String cursor, ScanOptions options);

	/**
	 * Queues {@link KeyCommands#scan(String)}.
	 * @param cursor as there
	 * @return the handle of its result
	 */
	Response<ScanPage<String>> scan(String cursor);

	/**
	 * Queues {@link KeyCommands#keys(String)}.
	 * @param pattern as there
	 * @return the handle of its result
	 */
	Response<List<String>> keys(String pattern);

	/**
	 * Queues {@link KeyCommands#dbsize()}.
	 * @return the handle of its result
	 */
	Response<Long> dbsize();

	/**
	 * Queues {@link KeyCommands#flushall()}.
	 * @return the handle of its result
	 */
	Response<Void> flushall();

	/**
	 * Queues {@link KeyCommands#randomkey()}.
	 * @return the handle of its result
	 */
	Response<@Nullable String> randomkey();

	/**
	 * Queues {@link KeyCommands#ping()}.
	 * @return the handle of its result
	 */
	Response<String> ping();

	/**
	 * Queues {@link StringCommands#get(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> get(String key);

	/**
	 * Queues {@link StringCommands#set(String, String)}.
	 * @param key as there
	 * @param value as there
	 * @return the handle of its result
	 */
	Response<Void> set(String key, String value);

	/**
	 * Queues {@link StringCommands#set(String, String, SetOptions)}.
	 * @param key as there
	 * @param value as there
	 * @param options as there
	 * @return the handle of its result
	 */
	Response<Boolean> set(String key, String value, SetOptions options);

	/**
	 * Queues {@link StringCommands#setGet(String, String, SetOptions)}.
	 * @param key as there
	 * @param value as there
	 * @param options as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> setGet(String key, String value, SetOptions options);

	/**
	 * Queues {@link StringCommands#setnx(String, String)}.
	 * @param key as there
	 * @param value as there
	 * @return the handle of its result
	 */
	Response<Boolean> setnx(String key, String value);

	/**
	 * Queues {@link StringCommands#getdel(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> getdel(String key);

	/**
	 * Queues {@link StringCommands#getex(String, Expiration)}.
	 * @param key as there
	 * @param expiration as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> getex(String key, Expiration expiration);

	/**
	 * Queues {@link StringCommands#getset(String, String)}.
	 * @param key as there
	 * @param value as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> getset(String key, String value);

	/**
	 * Queues {@link StringCommands#mget(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<List<@Nullable String>> mget(String... keys);

	/**
	 * Queues {@link StringCommands#mset(Map)}.
	 * @param values as there
	 * @return the handle of its result
	 */
	Response<Void> mset(Map<String, String> values);

	/**
	 * Queues {@link StringCommands#msetnx(Map)}.
	 * @param values as there
	 * @return the handle of its result
	 */
	Response<Boolean> msetnx(Map<String, String> values);

	/**
	 * Queues {@link StringCommands#incr(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Long> incr(String key);

	/**
	 * Queues {@link StringCommands#incrby(String, long)}.
	 * @param key as there
	 * @param increment as there
	 * @return the handle of its result
	 */
	Response<Long> incrby(String key, long increment);

	/**
	 * Queues {@link StringCommands#decr(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Long> decr(String key);

	/**
	 * Queues {@link StringCommands#decrby(String, long)}.
	 * @param key as there
	 * @param decrement as there
	 * @return the handle of its result
	 */
	Response<Long> decrby(String key, long decrement);

	/**
	 * Queues {@link StringCommands#incrbyfloat(String, double)}.
	 * @param key as there
	 * @param increment as there
	 * @return the handle of its result
	 */
	Response<Double> incrbyfloat(String key, double increment);

	/**
	 * Queues {@link StringCommands#append(String, String)}.
	 * @param key as there
	 * @param value as there
	 * @return the handle of its result
	 */
	Response<Long> append(String key, String value);

	/**
	 * Queues {@link StringCommands#strlen(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Long> strlen(String key);

	/**
	 * Queues {@link StringCommands#lcs(String, String)}.
	 * @param key1 as there
	 * @param key2 as there
	 * @return the handle of its result
	 */
	Response<String> lcs(String key1, String key2);

	/**
	 * Queues {@link StringCommands#lcsLen(String, String)}.
	 * @param key1 as there
	 * @param key2 as there
	 * @return the handle of its result
	 */
	Response<Long> lcsLen(String key1, String key2);

	/**
	 * Queues {@link StringCommands#lcsIdx(String, String, long)}.
	 * @param key1 as there
	 * @param key2 as there
	 * @param minMatchLen as there
	 * @return the handle of its result
	 */
	Response<LcsMatches> lcsIdx(String key1, String key2, long minMatchLen);

	/**
	 * Queues {@link GeoCommands#geoadd(String, GeoAddOptions, Collection)}.
	 * @param key as there
	 * @param options as there
	 * @param members as there
	 * @return the handle of its result
	 */
	Response<Long> geoadd(String key, GeoAddOptions options, Collection<GeoMember<String>> members);

	/**
	 * Queues {@link GeoCommands#geopos(String, String...)}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	Response<List<@Nullable GeoCoordinates>> geopos(String key, String... members);

	/**
	 * Queues {@link GeoCommands#geodist(String, String, String, GeoUnit)}.
	 * @param key as there
	 * @param member1 as there
	 * @param member2 as there
	 * @param unit as there
	 * @return the handle of its result
	 */
	Response<@Nullable Double> geodist(String key, String member1, String member2, GeoUnit unit);

	/**
	 * Queues {@link GeoCommands#geohash(String, String...)}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	Response<List<@Nullable String>> geohash(String key, String... members);

	/**
	 * Queues {@link GeoCommands#geosearch(String, GeoSearch)}.
	 * @param key as there
	 * @param search as there
	 * @return the handle of its result
	 */
	Response<List<GeoResult<String>>> geosearch(String key, GeoSearch search);

	/**
	 * Queues {@link GeoCommands#geosearchstore(String, String, GeoSearch, boolean)}.
	 * @param destination as there
	 * @param source as there
	 * @param search as there
	 * @param storeDist as there
	 * @return the handle of its result
	 */
	Response<Long> geosearchstore(String destination, String source, GeoSearch search, boolean storeDist);

	/**
	 * Queues {@link StringCommands#getrange(String, long, long)}.
	 * @param key as there
	 * @param start as there
	 * @param end as there
	 * @return the handle of its result
	 */
	Response<String> getrange(String key, long start, long end);

	/**
	 * Queues {@link StringCommands#setrange(String, long, String)}.
	 * @param key as there
	 * @param offset as there
	 * @param value as there
	 * @return the handle of its result
	 */
	Response<Long> setrange(String key, long offset, String value);

	/**
	 * Queues {@link ListCommands#lpush(String, String[])}.
	 * @param key as there
	 * @param values as there
	 * @return the handle of its result
	 */
	Response<Long> lpush(String key, String... values);

	/**
	 * Queues {@link ListCommands#rpush(String, String[])}.
	 * @param key as there
	 * @param values as there
	 * @return the handle of its result
	 */
	Response<Long> rpush(String key, String... values);

	/**
	 * Queues {@link ListCommands#lpushx(String, String[])}.
	 * @param key as there
	 * @param values as there
	 * @return the handle of its result
	 */
	Response<Long> lpushx(String key, String... values);

	/**
	 * Queues {@link ListCommands#rpushx(String, String[])}.
	 * @param key as there
	 * @param values as there
	 * @return the handle of its result
	 */
	Response<Long> rpushx(String key, String... values);

	/**
	 * Queues {@link ListCommands#lpop(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> lpop(String key);

	/**
	 * Queues {@link ListCommands#lpop(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<List<String>> lpop(String key, long count);

	/**
	 * Queues {@link ListCommands#rpop(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> rpop(String key);

	/**
	 * Queues {@link ListCommands#rpop(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<List<String>> rpop(String key, long count);

	/**
	 * Queues {@link ListCommands#lrange(String, long, long)}.
	 * @param key as there
	 * @param start as there
	 * @param stop as there
	 * @return the handle of its result
	 */
	Response<List<String>> lrange(String key, long start, long stop);

	/**
	 * Queues {@link ListCommands#lindex(String, long)}.
	 * @param key as there
	 * @param index as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> lindex(String key, long index);

	/**
	 * Queues {@link ListCommands#lset(String, long, String)}.
	 * @param key as there
	 * @param index as there
	 * @param value as there
	 * @return the handle of its result
	 */
	Response<Void> lset(String key, long index, String value);

	/**
	 * Queues {@link ListCommands#llen(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Long> llen(String key);

	/**
	 * Queues {@link ListCommands#lrem(String, long, String)}.
	 * @param key as there
	 * @param count as there
	 * @param value as there
	 * @return the handle of its result
	 */
	Response<Long> lrem(String key, long count, String value);

	/**
	 * Queues {@link ListCommands#ltrim(String, long, long)}.
	 * @param key as there
	 * @param start as there
	 * @param stop as there
	 * @return the handle of its result
	 */
	Response<Void> ltrim(String key, long start, long stop);

	/**
	 * Queues {@link ListCommands#linsert(String, ListPosition, String, String)}.
	 * @param key as there
	 * @param position as there
	 * @param pivot as there
	 * @param value as there
	 * @return the handle of its result
	 */
	Response<Long> linsert(String key, ListPosition position, String pivot, String value);

	/**
	 * Queues {@link ListCommands#lpos(String, String)}.
	 * @param key as there
	 * @param element as there
	 * @return the handle of its result
	 */
	Response<@Nullable Long> lpos(String key, String element);

	/**
	 * Queues {@link ListCommands#lpos(String, String, LposOptions)}.
	 * @param key as there
	 * @param element as there
	 * @param options as there
	 * @return the handle of its result
	 */
	Response<@Nullable Long> lpos(String key, String element, LposOptions options);

	/**
	 * Queues {@link ListCommands#lpos(String, String, long, LposOptions)}.
	 * @param key as there
	 * @param element as there
	 * @param count as there
	 * @param options as there
	 * @return the handle of its result
	 */
	Response<List<Long>> lpos(String key, String element, long count, LposOptions options);

	/**
	 * Queues {@link ListCommands#lmove(String, String, ListSide, ListSide)}.
	 * @param source as there
	 * @param destination as there
	 * @param from as there
	 * @param to as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> lmove(String source, String destination, ListSide from, ListSide to);

	/**
	 * Queues {@link ListCommands#rpoplpush(String, String)}.
	 * @param source as there
	 * @param destination as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> rpoplpush(String source, String destination);

	/**
	 * Queues {@link ListCommands#lmpop(ListSide, long, String[])}.
	 * @param side as there
	 * @param count as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<@Nullable KeyValues> lmpop(ListSide side, long count, String... keys);

	/**
	 * Queues {@link HashCommands#hset(String, String, String)}.
	 * @param key as there
	 * @param field as there
	 * @param value as there
	 * @return the handle of its result
	 */
	Response<Long> hset(String key, String field, String value);

	/**
	 * Queues {@link HashCommands#hset(String, Map)}.
	 * @param key as there
	 * @param fields as there
	 * @return the handle of its result
	 */
	Response<Long> hset(String key, Map<String, String> fields);

	/**
	 * Queues {@link HashCommands#hsetnx(String, String, String)}.
	 * @param key as there
	 * @param field as there
	 * @param value as there
	 * @return the handle of its result
	 */
	Response<Boolean> hsetnx(String key, String field, String value);

	/**
	 * Queues {@link HashCommands#hget(String, String)}.
	 * @param key as there
	 * @param field as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> hget(String key, String field);

	/**
	 * Queues {@link HashCommands#hmget(String, String[])}.
	 * @param key as there
	 * @param fields as there
	 * @return the handle of its result
	 */
	Response<List<@Nullable String>> hmget(String key, String... fields);

	/**
	 * Queues {@link HashCommands#hdel(String, String[])}.
	 * @param key as there
	 * @param fields as there
	 * @return the handle of its result
	 */
	Response<Long> hdel(String key, String... fields);

	/**
	 * Queues {@link HashCommands#hexists(String, String)}.
	 * @param key as there
	 * @param field as there
	 * @return the handle of its result
	 */
	Response<Boolean> hexists(String key, String field);

	/**
	 * Queues {@link HashCommands#hlen(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Long> hlen(String key);

	/**
	 * Queues {@link HashCommands#hkeys(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<List<String>> hkeys(String key);

	/**
	 * Queues {@link HashCommands#hvals(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<List<String>> hvals(String key);

	/**
	 * Queues {@link HashCommands#hgetall(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Map<String, String>> hgetall(String key);

	/**
	 * Queues {@link HashCommands#hincrby(String, String, long)}.
	 * @param key as there
	 * @param field as there
	 * @param increment as there
	 * @return the handle of its result
	 */
	Response<Long> hincrby(String key, String field, long increment);

	/**
	 * Queues {@link HashCommands#hincrbyfloat(String, String, double)}.
	 * @param key as there
	 * @param field as there
	 * @param increment as there
	 * @return the handle of its result
	 */
	Response<Double> hincrbyfloat(String key, String field, double increment);

	/**
	 * Queues {@link HashCommands#hstrlen(String, String)}.
	 * @param key as there
	 * @param field as there
	 * @return the handle of its result
	 */
	Response<Long> hstrlen(String key, String field);

	/**
	 * Queues {@link HashCommands#hrandfield(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> hrandfield(String key);

	/**
	 * Queues {@link HashCommands#hrandfield(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<List<String>> hrandfield(String key, long count);

	/**
	 * Queues {@link HashCommands#hrandfieldWithValues(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<List<HashEntry>> hrandfieldWithValues(String key, long count);

	/**
	 * Queues {@link HashCommands#hscan(String, String, ScanOptions)}.
	 * @param key as there
	 * @param cursor as there
	 * @param options as there
	 * @return the handle of its result
	 */
	Response<ScanPage<HashEntry>> hscan(String key, String cursor, ScanOptions options);

	/**
	 * Queues {@link SetCommands#sadd(String, String[])}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	Response<Long> sadd(String key, String... members);

	/**
	 * Queues {@link SetCommands#srem(String, String[])}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	Response<Long> srem(String key, String... members);

	/**
	 * Queues {@link SetCommands#sismember(String, String)}.
	 * @param key as there
	 * @param member as there
	 * @return the handle of its result
	 */
	Response<Boolean> sismember(String key, String member);

	/**
	 * Queues {@link SetCommands#smismember(String, String[])}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	Response<List<Boolean>> smismember(String key, String... members);

	/**
	 * Queues {@link SetCommands#scard(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Long> scard(String key);

	/**
	 * Queues {@link SetCommands#smembers(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Set<String>> smembers(String key);

	/**
	 * Queues {@link SetCommands#spop(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> spop(String key);

	/**
	 * Queues {@link SetCommands#spop(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<Set<String>> spop(String key, long count);

	/**
	 * Queues {@link SetCommands#srandmember(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> srandmember(String key);

	/**
	 * Queues {@link SetCommands#srandmember(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<List<String>> srandmember(String key, long count);

	/**
	 * Queues {@link SetCommands#smove(String, String, String)}.
	 * @param source as there
	 * @param destination as there
	 * @param member as there
	 * @return the handle of its result
	 */
	Response<Boolean> smove(String source, String destination, String member);

	/**
	 * Queues {@link SetCommands#sinter(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Set<String>> sinter(String... keys);

	/**
	 * Queues {@link SetCommands#sunion(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Set<String>> sunion(String... keys);

	/**
	 * Queues {@link SetCommands#sdiff(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Set<String>> sdiff(String... keys);

	/**
	 * Queues {@link SetCommands#sinterstore(String, String[])}.
	 * @param destination as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> sinterstore(String destination, String... keys);

	/**
	 * Queues {@link SetCommands#sunionstore(String, String[])}.
	 * @param destination as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> sunionstore(String destination, String... keys);

	/**
	 * Queues {@link SetCommands#sdiffstore(String, String[])}.
	 * @param destination as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> sdiffstore(String destination, String... keys);

	/**
	 * Queues {@link SetCommands#sintercard(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> sintercard(String... keys);

	/**
	 * Queues {@link SetCommands#sintercard(long, String[])}.
	 * @param limit as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> sintercard(long limit, String... keys);

	/**
	 * Queues {@link SetCommands#sscan(String, String, ScanOptions)}.
	 * @param key as there
	 * @param cursor as there
	 * @param options as there
	 * @return the handle of its result
	 */
	Response<ScanPage<String>> sscan(String key, String cursor, ScanOptions options);

	/**
	 * Queues {@link SortedSetCommands#zadd(String, double, String)}.
	 * @param key as there
	 * @param score as there
	 * @param member as there
	 * @return the handle of its result
	 */
	Response<Long> zadd(String key, double score, String member);

	/**
	 * Queues {@link SortedSetCommands#zadd(String, Collection)}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	Response<Long> zadd(String key, Collection<ScoredMember> members);

	/**
	 * Queues {@link SortedSetCommands#zadd(String, ZAddOptions, Collection)}.
	 * @param key as there
	 * @param options as there
	 * @param members as there
	 * @return the handle of its result
	 */
	Response<Long> zadd(String key, ZAddOptions options, Collection<ScoredMember> members);

	/**
	 * Queues {@link SortedSetCommands#zaddIncr(String, ZAddOptions, double, String)}.
	 * @param key as there
	 * @param options as there
	 * @param increment as there
	 * @param member as there
	 * @return the handle of its result
	 */
	Response<@Nullable Double> zaddIncr(String key, ZAddOptions options, double increment, String member);

	/**
	 * Queues {@link SortedSetCommands#zrem(String, String[])}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	Response<Long> zrem(String key, String... members);

	/**
	 * Queues {@link SortedSetCommands#zscore(String, String)}.
	 * @param key as there
	 * @param member as there
	 * @return the handle of its result
	 */
	Response<@Nullable Double> zscore(String key, String member);

	/**
	 * Queues {@link SortedSetCommands#zmscore(String, String[])}.
	 * @param key as there
	 * @param members as there
	 * @return the handle of its result
	 */
	Response<List<@Nullable Double>> zmscore(String key, String... members);

	/**
	 * Queues {@link SortedSetCommands#zincrby(String, double, String)}.
	 * @param key as there
	 * @param increment as there
	 * @param member as there
	 * @return the handle of its result
	 */
	Response<Double> zincrby(String key, double increment, String member);

	/**
	 * Queues {@link SortedSetCommands#zcard(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Long> zcard(String key);

	/**
	 * Queues {@link SortedSetCommands#zcount(String, ScoreRange)}.
	 * @param key as there
	 * @param range as there
	 * @return the handle of its result
	 */
	Response<Long> zcount(String key, ScoreRange range);

	/**
	 * Queues {@link SortedSetCommands#zlexcount(String, LexRange)}.
	 * @param key as there
	 * @param range as there
	 * @return the handle of its result
	 */
	Response<Long> zlexcount(String key, LexRange range);

	/**
	 * Queues {@link SortedSetCommands#zrange(String, ZRange)}.
	 * @param key as there
	 * @param range as there
	 * @return the handle of its result
	 */
	Response<List<String>> zrange(String key, ZRange range);

	/**
	 * Queues {@link SortedSetCommands#zrange(String, long, long)}.
	 * @param key as there
	 * @param start as there
	 * @param stop as there
	 * @return the handle of its result
	 */
	Response<List<String>> zrange(String key, long start, long stop);

	/**
	 * Queues {@link SortedSetCommands#zrangeWithScores(String, ZRange)}.
	 * @param key as there
	 * @param range as there
	 * @return the handle of its result
	 */
	Response<List<ScoredMember>> zrangeWithScores(String key, ZRange range);

	/**
	 * Queues {@link SortedSetCommands#zrangestore(String, String, ZRange)}.
	 * @param destination as there
	 * @param source as there
	 * @param range as there
	 * @return the handle of its result
	 */
	Response<Long> zrangestore(String destination, String source, ZRange range);

	/**
	 * Queues {@link SortedSetCommands#zrank(String, String)}.
	 * @param key as there
	 * @param member as there
	 * @return the handle of its result
	 */
	Response<@Nullable Long> zrank(String key, String member);

	/**
	 * Queues {@link SortedSetCommands#zrevrank(String, String)}.
	 * @param key as there
	 * @param member as there
	 * @return the handle of its result
	 */
	Response<@Nullable Long> zrevrank(String key, String member);

	/**
	 * Queues {@link SortedSetCommands#zpopmin(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<@Nullable ScoredMember> zpopmin(String key);

	/**
	 * Queues {@link SortedSetCommands#zpopmin(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<List<ScoredMember>> zpopmin(String key, long count);

	/**
	 * Queues {@link SortedSetCommands#zpopmax(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<@Nullable ScoredMember> zpopmax(String key);

	/**
	 * Queues {@link SortedSetCommands#zpopmax(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<List<ScoredMember>> zpopmax(String key, long count);

	/**
	 * Queues {@link SortedSetCommands#zmpop(ScoreSide, long, String[])}.
	 * @param side as there
	 * @param count as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<@Nullable KeyedScoredMembers> zmpop(ScoreSide side, long count, String... keys);

	/**
	 * Queues {@link SortedSetCommands#zremrangebyrank(String, long, long)}.
	 * @param key as there
	 * @param start as there
	 * @param stop as there
	 * @return the handle of its result
	 */
	Response<Long> zremrangebyrank(String key, long start, long stop);

	/**
	 * Queues {@link SortedSetCommands#zremrangebyscore(String, ScoreRange)}.
	 * @param key as there
	 * @param range as there
	 * @return the handle of its result
	 */
	Response<Long> zremrangebyscore(String key, ScoreRange range);

	/**
	 * Queues {@link SortedSetCommands#zremrangebylex(String, LexRange)}.
	 * @param key as there
	 * @param range as there
	 * @return the handle of its result
	 */
	Response<Long> zremrangebylex(String key, LexRange range);

	/**
	 * Queues {@link SortedSetCommands#zunionstore(String, ZStoreOptions, String[])}.
	 * @param destination as there
	 * @param options as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> zunionstore(String destination, ZStoreOptions options, String... keys);

	/**
	 * Queues {@link SortedSetCommands#zinterstore(String, ZStoreOptions, String[])}.
	 * @param destination as there
	 * @param options as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> zinterstore(String destination, ZStoreOptions options, String... keys);

	/**
	 * Queues {@link SortedSetCommands#zdiffstore(String, String[])}.
	 * @param destination as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> zdiffstore(String destination, String... keys);

	/**
	 * Queues {@link SortedSetCommands#zunion(ZStoreOptions, String[])}.
	 * @param options as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<List<String>> zunion(ZStoreOptions options, String... keys);

	/**
	 * Queues {@link SortedSetCommands#zunionWithScores(ZStoreOptions, String[])}.
	 * @param options as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<List<ScoredMember>> zunionWithScores(ZStoreOptions options, String... keys);

	/**
	 * Queues {@link SortedSetCommands#zinter(ZStoreOptions, String[])}.
	 * @param options as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<List<String>> zinter(ZStoreOptions options, String... keys);

	/**
	 * Queues {@link SortedSetCommands#zinterWithScores(ZStoreOptions, String[])}.
	 * @param options as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<List<ScoredMember>> zinterWithScores(ZStoreOptions options, String... keys);

	/**
	 * Queues {@link SortedSetCommands#zdiff(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<List<String>> zdiff(String... keys);

	/**
	 * Queues {@link SortedSetCommands#zdiffWithScores(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<List<ScoredMember>> zdiffWithScores(String... keys);

	/**
	 * Queues {@link SortedSetCommands#zintercard(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> zintercard(String... keys);

	/**
	 * Queues {@link SortedSetCommands#zintercard(long, String[])}.
	 * @param limit as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> zintercard(long limit, String... keys);

	/**
	 * Queues {@link SortedSetCommands#zrandmember(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> zrandmember(String key);

	/**
	 * Queues {@link SortedSetCommands#zrandmember(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<List<String>> zrandmember(String key, long count);

	/**
	 * Queues {@link SortedSetCommands#zrandmemberWithScores(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<List<ScoredMember>> zrandmemberWithScores(String key, long count);

	/**
	 * Queues {@link SortedSetCommands#zscan(String, String, ScanOptions)}.
	 * @param key as there
	 * @param cursor as there
	 * @param options as there
	 * @return the handle of its result
	 */
	Response<ScanPage<ScoredMember>> zscan(String key, String cursor, ScanOptions options);

	// streams

	/**
	 * Queues {@link StreamCommands#xadd(String, Map)}.
	 * @param key as there
	 * @param fields as there
	 * @return the handle of its result
	 */
	Response<String> xadd(String key, Map<String, String> fields);

	/**
	 * Queues {@link StreamCommands#xadd(String, StreamAddOptions, Map)}.
	 * @param key as there
	 * @param options as there
	 * @param fields as there
	 * @return the handle of its result
	 */
	Response<@Nullable String> xadd(String key, StreamAddOptions options, Map<String, String> fields);

	/**
	 * Queues {@link StreamCommands#xlen(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Long> xlen(String key);

	/**
	 * Queues {@link StreamCommands#xrange(String, String, String)}.
	 * @param key as there
	 * @param start as there
	 * @param end as there
	 * @return the handle of its result
	 */
	Response<List<StreamEntry<String, String>>> xrange(String key, String start, String end);

	/**
	 * Queues {@link StreamCommands#xrange(String, String, String, long)}.
	 * @param key as there
	 * @param start as there
	 * @param end as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<List<StreamEntry<String, String>>> xrange(String key, String start, String end, long count);

	/**
	 * Queues {@link StreamCommands#xrevrange(String, String, String)}.
	 * @param key as there
	 * @param end as there
	 * @param start as there
	 * @return the handle of its result
	 */
	Response<List<StreamEntry<String, String>>> xrevrange(String key, String end, String start);

	/**
	 * Queues {@link StreamCommands#xrevrange(String, String, String, long)}.
	 * @param key as there
	 * @param end as there
	 * @param start as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<List<StreamEntry<String, String>>> xrevrange(String key, String end, String start, long count);

	/**
	 * Queues {@link StreamCommands#xdel(String, String[])}.
	 * @param key as there
	 * @param ids as there
	 * @return the handle of its result
	 */
	Response<Long> xdel(String key, String... ids);

	/**
	 * Queues {@link StreamCommands#xtrim(String, StreamTrim)}.
	 * @param key as there
	 * @param trim as there
	 * @return the handle of its result
	 */
	Response<Long> xtrim(String key, StreamTrim trim);

	/**
	 * Queues {@link StreamCommands#xsetid(String, String)}.
	 * @param key as there
	 * @param lastId as there
	 * @return the handle of its result
	 */
	Response<Void> xsetid(String key, String lastId);

	/**
	 * Queues {@link StreamCommands#xsetid(String, String, long, String)}.
	 * @param key as there
	 * @param lastId as there
	 * @param entriesAdded as there
	 * @param maxDeletedId as there
	 * @return the handle of its result
	 */
	Response<Void> xsetid(String key, String lastId, long entriesAdded, String maxDeletedId);

	/**
	 * Queues {@link StreamCommands#xread(StreamReadOptions, Map)}.
	 * @param options as there
	 * @param streams as there
	 * @return the handle of its result
	 */
	Response<Map<String, List<StreamEntry<String, String>>>> xread(StreamReadOptions options,
			Map<String, String> streams);

	/**
	 * Queues {@link StreamCommands#xreadgroup(String, String, StreamReadOptions, Map)}.
	 * @param group as there
	 * @param consumer as there
	 * @param options as there
	 * @param streams as there
	 * @return the handle of its result
	 */
	Response<Map<String, List<StreamEntry<String, String>>>> xreadgroup(String group, String consumer,
			StreamReadOptions options, Map<String, String> streams);

	/**
	 * Queues {@link StreamCommands#xgroupCreate(String, String, String)}.
	 * @param key as there
	 * @param group as there
	 * @param id as there
	 * @return the handle of its result
	 */
	Response<Void> xgroupCreate(String key, String group, String id);

	/**
	 * Queues {@link StreamCommands#xgroupCreate(String, String, String, boolean, long)}.
	 * @param key as there
	 * @param group as there
	 * @param id as there
	 * @param mkStream as there
	 * @param entriesRead as there
	 * @return the handle of its result
	 */
	Response<Void> xgroupCreate(String key, String group, String id, boolean mkStream, long entriesRead);

	/**
	 * Queues {@link StreamCommands#xgroupSetid(String, String, String)}.
	 * @param key as there
	 * @param group as there
	 * @param id as there
	 * @return the handle of its result
	 */
	Response<Void> xgroupSetid(String key, String group, String id);

	/**
	 * Queues {@link StreamCommands#xgroupSetid(String, String, String, long)}.
	 * @param key as there
	 * @param group as there
	 * @param id as there
	 * @param entriesRead as there
	 * @return the handle of its result
	 */
	Response<Void> xgroupSetid(String key, String group, String id, long entriesRead);

	/**
	 * Queues {@link StreamCommands#xgroupDestroy(String, String)}.
	 * @param key as there
	 * @param group as there
	 * @return the handle of its result
	 */
	Response<Boolean> xgroupDestroy(String key, String group);

	/**
	 * Queues {@link StreamCommands#xgroupCreateconsumer(String, String, String)}.
	 * @param key as there
	 * @param group as there
	 * @param consumer as there
	 * @return the handle of its result
	 */
	Response<Boolean> xgroupCreateconsumer(String key, String group, String consumer);

	/**
	 * Queues {@link StreamCommands#xgroupDelconsumer(String, String, String)}.
	 * @param key as there
	 * @param group as there
	 * @param consumer as there
	 * @return the handle of its result
	 */
	Response<Long> xgroupDelconsumer(String key, String group, String consumer);

	/**
	 * Queues {@link StreamCommands#xack(String, String, String[])}.
	 * @param key as there
	 * @param group as there
	 * @param ids as there
	 * @return the handle of its result
	 */
	Response<Long> xack(String key, String group, String... ids);

	/**
	 * Queues {@link StreamCommands#xpending(String, String)}.
	 * @param key as there
	 * @param group as there
	 * @return the handle of its result
	 */
	Response<StreamPending> xpending(String key, String group);

	/**
	 * Queues {@link StreamCommands#xpending(String, String, PendingQuery)}.
	 * @param key as there
	 * @param group as there
	 * @param query as there
	 * @return the handle of its result
	 */
	Response<List<PendingEntry>> xpending(String key, String group, PendingQuery query);

	/**
	 * Queues
	 * {@link StreamCommands#xclaim(String, String, String, Duration, ClaimOptions, String[])}.
	 * @param key as there
	 * @param group as there
	 * @param consumer as there
	 * @param minIdle as there
	 * @param options as there
	 * @param ids as there
	 * @return the handle of its result
	 */
	Response<List<StreamEntry<String, String>>> xclaim(String key, String group, String consumer, Duration minIdle,
			ClaimOptions options, String... ids);

	/**
	 * Queues
	 * {@link StreamCommands#xclaimJustId(String, String, String, Duration, ClaimOptions, String[])}.
	 * @param key as there
	 * @param group as there
	 * @param consumer as there
	 * @param minIdle as there
	 * @param options as there
	 * @param ids as there
	 * @return the handle of its result
	 */
	Response<List<String>> xclaimJustId(String key, String group, String consumer, Duration minIdle,
			ClaimOptions options, String... ids);

	/**
	 * Queues
	 * {@link StreamCommands#xautoclaim(String, String, String, Duration, String, long)}.
	 * @param key as there
	 * @param group as there
	 * @param consumer as there
	 * @param minIdle as there
	 * @param start as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<AutoClaim<StreamEntry<String, String>>> xautoclaim(String key, String group, String consumer,
			Duration minIdle, String start, long count);

	/**
	 * Queues
	 * {@link StreamCommands#xautoclaimJustId(String, String, String, Duration, String, long)}.
	 * @param key as there
	 * @param group as there
	 * @param consumer as there
	 * @param minIdle as there
	 * @param start as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<AutoClaim<String>> xautoclaimJustId(String key, String group, String consumer, Duration minIdle,
			String start, long count);

	/**
	 * Queues {@link StreamCommands#xinfoStream(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<StreamInfo<String, String>> xinfoStream(String key);

	/**
	 * Queues {@link StreamCommands#xinfoStreamFull(String, long)}.
	 * @param key as there
	 * @param count as there
	 * @return the handle of its result
	 */
	Response<StreamFullInfo<String, String>> xinfoStreamFull(String key, long count);

	/**
	 * Queues {@link StreamCommands#xinfoGroups(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<List<StreamGroupInfo>> xinfoGroups(String key);

	/**
	 * Queues {@link StreamCommands#xinfoConsumers(String, String)}.
	 * @param key as there
	 * @param group as there
	 * @return the handle of its result
	 */
	Response<List<StreamConsumerInfo>> xinfoConsumers(String key, String group);

	// bitmaps

	/**
	 * Queues {@link StringCommands#setbit(String, long, int)}.
	 * @param key as there
	 * @param offset as there
	 * @param value as there
	 * @return the handle of its result
	 */
	Response<Long> setbit(String key, long offset, int value);

	/**
	 * Queues {@link StringCommands#getbit(String, long)}.
	 * @param key as there
	 * @param offset as there
	 * @return the handle of its result
	 */
	Response<Long> getbit(String key, long offset);

	/**
	 * Queues {@link StringCommands#bitcount(String)}.
	 * @param key as there
	 * @return the handle of its result
	 */
	Response<Long> bitcount(String key);

	/**
	 * Queues {@link StringCommands#bitcount(String, long, long)}.
	 * @param key as there
	 * @param start as there
	 * @param end as there
	 * @return the handle of its result
	 */
	Response<Long> bitcount(String key, long start, long end);

	/**
	 * Queues {@link StringCommands#bitcount(String, long, long, BitUnit)}.
	 * @param key as there
	 * @param start as there
	 * @param end as there
	 * @param unit as there
	 * @return the handle of its result
	 */
	Response<Long> bitcount(String key, long start, long end, BitUnit unit);

	/**
	 * Queues {@link StringCommands#bitpos(String, int)}.
	 * @param key as there
	 * @param bit as there
	 * @return the handle of its result
	 */
	Response<Long> bitpos(String key, int bit);

	/**
	 * Queues {@link StringCommands#bitpos(String, int, long)}.
	 * @param key as there
	 * @param bit as there
	 * @param start as there
	 * @return the handle of its result
	 */
	Response<Long> bitpos(String key, int bit, long start);

	/**
	 * Queues {@link StringCommands#bitpos(String, int, long, long)}.
	 * @param key as there
	 * @param bit as there
	 * @param start as there
	 * @param end as there
	 * @return the handle of its result
	 */
	Response<Long> bitpos(String key, int bit, long start, long end);

	/**
	 * Queues {@link StringCommands#bitpos(String, int, long, long, BitUnit)}.
	 * @param key as there
	 * @param bit as there
	 * @param start as there
	 * @param end as there
	 * @param unit as there
	 * @return the handle of its result
	 */
	Response<Long> bitpos(String key, int bit, long start, long end, BitUnit unit);

	/**
	 * Queues {@link StringCommands#bitop(BitOperation, String, String[])}.
	 * @param operation as there
	 * @param destination as there
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> bitop(BitOperation operation, String destination, String... keys);

	/**
	 * Queues {@link StringCommands#bitfield(String, BitFieldArgs)}.
	 * @param key as there
	 * @param args as there
	 * @return the handle of its result
	 */
	Response<List<@Nullable Long>> bitfield(String key, BitFieldArgs args);

	/**
	 * Queues {@link StringCommands#bitfieldRo(String, BitFieldArgs.Get[])}.
	 * @param key as there
	 * @param gets as there
	 * @return the handle of its result
	 */
	Response<List<Long>> bitfieldRo(String key, BitFieldArgs.Get... gets);

	// scripting (Lua)

	/**
	 * Queues {@link ScriptingCommands#eval(String, List, List)}.
	 * @param script as there
	 * @param keys as there
	 * @param args as there
	 * @return the handle of its result (a script's error is its failure)
	 */
	Response<ScriptReply> eval(String script, List<String> keys, List<String> args);

	/**
	 * Queues {@link ScriptingCommands#evalsha(String, List, List)}.
	 * @param sha1 as there
	 * @param keys as there
	 * @param args as there
	 * @return the handle of its result (a script's error is its failure)
	 */
	Response<ScriptReply> evalsha(String sha1, List<String> keys, List<String> args);

	/**
	 * Queues {@link ScriptingCommands#evalRo(String, List, List)}.
	 * @param script as there
	 * @param keys as there
	 * @param args as there
	 * @return the handle of its result (a script's error is its failure)
	 */
	Response<ScriptReply> evalRo(String script, List<String> keys, List<String> args);

	/**
	 * Queues {@link ScriptingCommands#evalshaRo(String, List, List)}.
	 * @param sha1 as there
	 * @param keys as there
	 * @param args as there
	 * @return the handle of its result (a script's error is its failure)
	 */
	Response<ScriptReply> evalshaRo(String sha1, List<String> keys, List<String> args);

	/**
	 * Queues {@link ScriptingCommands#fcall(String, List, List)}.
	 * @param function as there
	 * @param keys as there
	 * @param args as there
	 * @return the handle of its result (a function's error is its failure)
	 */
	Response<ScriptReply> fcall(String function, List<String> keys, List<String> args);

	/**
	 * Queues {@link ScriptingCommands#fcallRo(String, List, List)}.
	 * @param function as there
	 * @param keys as there
	 * @param args as there
	 * @return the handle of its result (a function's error is its failure)
	 */
	Response<ScriptReply> fcallRo(String function, List<String> keys, List<String> args);

	// HyperLogLog

	/**
	 * Queues {@link HyperLogLogCommands#pfadd(String, String[])}.
	 * @param key as there
	 * @param elements as there
	 * @return the handle of its result
	 */
	Response<Boolean> pfadd(String key, String... elements);

	/**
	 * Queues {@link HyperLogLogCommands#pfcount(String[])}.
	 * @param keys as there
	 * @return the handle of its result
	 */
	Response<Long> pfcount(String... keys);

	/**
	 * Queues {@link HyperLogLogCommands#pfmerge(String, String[])}.
	 * @param destination as there
	 * @param sources as there
	 * @return the handle of its completion
	 */
	Response<Void> pfmerge(String destination, String... sources);

}
