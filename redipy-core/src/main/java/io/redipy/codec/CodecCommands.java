package io.redipy.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.redipy.RedipyClient;
import io.redipy.api.AutoClaim;
import io.redipy.api.BitFieldArgs;
import io.redipy.api.BitOperation;
import io.redipy.api.BitUnit;
import io.redipy.api.ClaimOptions;
import io.redipy.api.Codec;
import io.redipy.api.Expiration;
import io.redipy.api.ExpireCondition;
import io.redipy.api.ExpireTime;
import io.redipy.api.GeoAddOptions;
import io.redipy.api.GeoCoordinates;
import io.redipy.api.GeoMember;
import io.redipy.api.GeoResult;
import io.redipy.api.GeoSearch;
import io.redipy.api.GeoUnit;
import io.redipy.api.HashEntry;
import io.redipy.api.KeyType;
import io.redipy.api.KeyValue;
import io.redipy.api.KeyValues;
import io.redipy.api.KeyedScoredMember;
import io.redipy.api.KeyedScoredMembers;
import io.redipy.api.LcsMatches;
import io.redipy.api.LexRange;
import io.redipy.api.ListPosition;
import io.redipy.api.ListSide;
import io.redipy.api.LposOptions;
import io.redipy.api.PendingEntry;
import io.redipy.api.PendingQuery;
import io.redipy.api.RestoreOptions;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.api.ScriptReply;
import io.redipy.api.ScoreRange;
import io.redipy.api.ScoreSide;
import io.redipy.api.Scored;
import io.redipy.api.ScoredMember;
import io.redipy.api.SetOptions;
import io.redipy.api.SortArgs;
import io.redipy.api.StreamAddOptions;
import io.redipy.api.StreamConsumerInfo;
import io.redipy.api.StreamEntry;
import io.redipy.api.StreamFullInfo;
import io.redipy.api.StreamGroupInfo;
import io.redipy.api.StreamInfo;
import io.redipy.api.StreamPending;
import io.redipy.api.StreamReadOptions;
import io.redipy.api.StreamTrim;
import io.redipy.api.Ttl;
import io.redipy.api.TypedCommands;
import io.redipy.api.ZAddOptions;
import io.redipy.api.ZRange;
import io.redipy.api.ZStoreOptions;
import io.redipy.script.ir.RawText;
import org.jspecify.annotations.Nullable;

/**
 * The typed view of the commands on every backend: turns keys and values into bytes with
 * the codecs, the bytes into store form ({@link RawText}, one string per byte sequence),
 * runs the command on a store-form client of the backend, and turns store-form results
 * back into bytes and then into values. Internal: backends create it in
 * {@link RedipyClient#withCodecs}; users see {@link TypedCommands}.
 *
 * @param <K> the type of keys and hash fields
 * @param <V> the type of values, elements and members
 */
public final class CodecCommands<K, V> implements TypedCommands<K, V> {

	private final RedipyClient store;

	private final Codec<K> keys;

	private final Codec<V> values;

	/**
	 * Creates the view.
	 * @param store a client of the backend whose arguments and results are in store form
	 * (not the {@code String} API, whose results lose bytes that are not UTF-8)
	 * @param keys the codec of keys and hash fields
	 * @param values the codec of values, elements and members
	 */
	public CodecCommands(RedipyClient store, Codec<K> keys, Codec<V> values) {
		this.store = Objects.requireNonNull(store, "store");
		this.keys = Objects.requireNonNull(keys, "keys");
		this.values = Objects.requireNonNull(values, "values");
	}

	// from values to store form

	private static <T> String in(Codec<T> codec, T value, String name) {
		byte[] bytes = codec.encode(Objects.requireNonNull(value, name));
		return storeForm(Objects.requireNonNull(bytes, () -> codec + " encoded a " + name + " as null"));
	}

	/**
	 * Bytes in store form: ASCII and valid UTF-8 are decoded at once (a large text value
	 * is not decoded one character at a time), other bytes escaped by {@link RawText}.
	 */
	static String storeForm(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				try {
					return StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(bytes))
						.toString();
				}
				catch (CharacterCodingException ex) {
					return RawText.decode(bytes);
				}
			}
		}
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	private String k(K key) {
		return in(this.keys, key, "key");
	}

	private String f(K field) {
		return in(this.keys, field, "field");
	}

	private String v(V value) {
		return in(this.values, value, "value");
	}

	/** Keys in store form; a null array or element is rejected before anything runs. */
	private String[] ks(K[] keys) {
		Objects.requireNonNull(keys, "keys");
		String[] result = new String[keys.length];
		for (int i = 0; i < keys.length; i++) {
			result[i] = k(keys[i]);
		}
		return result;
	}

	private String[] fs(K[] fields) {
		Objects.requireNonNull(fields, "fields");
		String[] result = new String[fields.length];
		for (int i = 0; i < fields.length; i++) {
			result[i] = f(fields[i]);
		}
		return result;
	}

	private String[] vs(V[] values) {
		Objects.requireNonNull(values, "values");
		String[] result = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = v(values[i]);
		}
		return result;
	}

	private Map<String, String> pairs(Map<K, V> map, boolean fields) {
		Objects.requireNonNull(map, fields ? "fields" : "values");
		Map<String, String> result = new LinkedHashMap<>();
		map.forEach((key, value) -> result.put(fields ? f(key) : k(key), v(value)));
		return result;
	}

	// from store form to values

	private K key(String text) {
		return this.keys.decode(RawText.encode(text));
	}

	private V value(String text) {
		return this.values.decode(RawText.encode(text));
	}

	private @Nullable K nullableKey(@Nullable String text) {
		return (text != null) ? key(text) : null;
	}

	private @Nullable V nullableValue(@Nullable String text) {
		return (text != null) ? value(text) : null;
	}

	private List<K> keyList(List<String> texts) {
		List<K> result = new ArrayList<>(texts.size());
		for (String text : texts) {
			result.add(key(text));
		}
		return result;
	}

	private List<V> valueList(List<String> texts) {
		List<V> result = new ArrayList<>(texts.size());
		for (String text : texts) {
			result.add(value(text));
		}
		return result;
	}

	private List<@Nullable V> nullableValueList(List<@Nullable String> texts) {
		List<@Nullable V> result = new ArrayList<>(texts.size());
		for (String text : texts) {
			result.add(nullableValue(text));
		}
		return result;
	}

	private Set<V> valueSet(Set<String> texts) {
		Set<V> result = new LinkedHashSet<>();
		for (String text : texts) {
			result.add(value(text));
		}
		return result;
	}

	private Map.Entry<K, V> entry(HashEntry entry) {
		return Map.entry(key(entry.field()), value(entry.value()));
	}

	private List<Map.Entry<K, V>> entries(List<HashEntry> entries) {
		List<Map.Entry<K, V>> result = new ArrayList<>(entries.size());
		for (HashEntry entry : entries) {
			result.add(entry(entry));
		}
		return result;
	}

	private Scored<V> scored(ScoredMember member) {
		return new Scored<>(value(member.member()), member.score());
	}

	private @Nullable Scored<V> nullableScored(@Nullable ScoredMember member) {
		return (member != null) ? scored(member) : null;
	}

	private List<Scored<V>> scoredList(List<ScoredMember> members) {
		List<Scored<V>> result = new ArrayList<>(members.size());
		for (ScoredMember member : members) {
			result.add(scored(member));
		}
		return result;
	}

	// keys

	@Override
	public long del(K... keys) {
		return this.store.del(ks(keys));
	}

	@Override
	public long unlink(K... keys) {
		return this.store.unlink(ks(keys));
	}

	@Override
	public long exists(K... keys) {
		return this.store.exists(ks(keys));
	}

	@Override
	public KeyType type(K key) {
		return this.store.type(k(key));
	}

	@Override
	public boolean expire(K key, Duration ttl, ExpireCondition condition) {
		return this.store.expire(k(key), ttl, condition);
	}

	@Override
	public boolean pexpire(K key, Duration ttl, ExpireCondition condition) {
		return this.store.pexpire(k(key), ttl, condition);
	}

	@Override
	public boolean expireat(K key, Instant at, ExpireCondition condition) {
		return this.store.expireat(k(key), at, condition);
	}

	@Override
	public boolean pexpireat(K key, Instant at, ExpireCondition condition) {
		return this.store.pexpireat(k(key), at, condition);
	}

	@Override
	public Ttl ttl(K key) {
		return this.store.ttl(k(key));
	}

	@Override
	public Ttl pttl(K key) {
		return this.store.pttl(k(key));
	}

	@Override
	public ExpireTime expiretime(K key) {
		return this.store.expiretime(k(key));
	}

	@Override
	public ExpireTime pexpiretime(K key) {
		return this.store.pexpiretime(k(key));
	}

	@Override
	public long touch(K... keys) {
		return this.store.touch(ks(keys));
	}

	@Override
	public byte @Nullable [] dump(K key) {
		return this.store.dump(k(key));
	}

	@Override
	public void restore(K key, byte[] payload, RestoreOptions options) {
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(options, "options");
		this.store.restore(k(key), payload, options);
	}

	@Override
	public boolean persist(K key) {
		return this.store.persist(k(key));
	}

	@Override
	public void rename(K key, K newKey) {
		this.store.rename(k(key), k(newKey));
	}

	@Override
	public boolean renamenx(K key, K newKey) {
		return this.store.renamenx(k(key), k(newKey));
	}

	@Override
	public boolean copy(K source, K destination, boolean replace) {
		return this.store.copy(k(source), k(destination), replace);
	}

	@Override
	public List<@Nullable V> sort(K key, SortArgs args) {
		return nullableValueList(this.store.sort(k(key), args));
	}

	@Override
	public List<@Nullable V> sortRo(K key, SortArgs args) {
		return nullableValueList(this.store.sortRo(k(key), args));
	}

	@Override
	public long sortStore(K key, SortArgs args, K destination) {
		return this.store.sortStore(k(key), args, k(destination));
	}

	@Override
	public ScanPage<K> scan(String cursor, ScanOptions options) {
		ScanPage<String> page = this.store.scan(cursor, options);
		return new ScanPage<>(page.cursor(), keyList(page.items()));
	}

	@Override
	public List<K> keys(String pattern) {
		return keyList(this.store.keys(pattern));
	}

	@Override
	public @Nullable K randomkey() {
		return nullableKey(this.store.randomkey());
	}

	// strings

	@Override
	public @Nullable V get(K key) {
		return nullableValue(this.store.get(k(key)));
	}

	@Override
	public void set(K key, V value) {
		this.store.set(k(key), v(value));
	}

	@Override
	public boolean set(K key, V value, SetOptions options) {
		return this.store.set(k(key), v(value), options);
	}

	@Override
	public @Nullable V setGet(K key, V value, SetOptions options) {
		return nullableValue(this.store.setGet(k(key), v(value), options));
	}

	@Override
	public boolean setnx(K key, V value) {
		return this.store.setnx(k(key), v(value));
	}

	@Override
	public @Nullable V getdel(K key) {
		return nullableValue(this.store.getdel(k(key)));
	}

	@Override
	public @Nullable V getex(K key, Expiration expiration) {
		return nullableValue(this.store.getex(k(key), expiration));
	}

	@Override
	public @Nullable V getset(K key, V value) {
		return nullableValue(this.store.getset(k(key), v(value)));
	}

	@Override
	public List<@Nullable V> mget(K... keys) {
		return nullableValueList(this.store.mget(ks(keys)));
	}

	@Override
	public void mset(Map<K, V> values) {
		this.store.mset(pairs(values, false));
	}

	@Override
	public boolean msetnx(Map<K, V> values) {
		return this.store.msetnx(pairs(values, false));
	}

	@Override
	public long incr(K key) {
		return this.store.incr(k(key));
	}

	@Override
	public long incrby(K key, long increment) {
		return this.store.incrby(k(key), increment);
	}

	@Override
	public long decr(K key) {
		return this.store.decr(k(key));
	}

	@Override
	public long decrby(K key, long decrement) {
		return this.store.decrby(k(key), decrement);
	}

	@Override
	public double incrbyfloat(K key, double increment) {
		return this.store.incrbyfloat(k(key), increment);
	}

	@Override
	public long append(K key, V value) {
		return this.store.append(k(key), v(value));
	}

	@Override
	public long strlen(K key) {
		return this.store.strlen(k(key));
	}

	@Override
	public V getrange(K key, long start, long end) {
		return value(this.store.getrange(k(key), start, end));
	}

	@Override
	public long setrange(K key, long offset, V value) {
		return this.store.setrange(k(key), offset, v(value));
	}

	// lists

	@Override
	public long lpush(K key, V... values) {
		return this.store.lpush(k(key), vs(values));
	}

	@Override
	public long rpush(K key, V... values) {
		return this.store.rpush(k(key), vs(values));
	}

	@Override
	public long lpushx(K key, V... values) {
		return this.store.lpushx(k(key), vs(values));
	}

	@Override
	public long rpushx(K key, V... values) {
		return this.store.rpushx(k(key), vs(values));
	}

	@Override
	public @Nullable V lpop(K key) {
		return nullableValue(this.store.lpop(k(key)));
	}

	@Override
	public List<V> lpop(K key, long count) {
		return valueList(this.store.lpop(k(key), count));
	}

	@Override
	public @Nullable V rpop(K key) {
		return nullableValue(this.store.rpop(k(key)));
	}

	@Override
	public List<V> rpop(K key, long count) {
		return valueList(this.store.rpop(k(key), count));
	}

	@Override
	public List<V> lrange(K key, long start, long stop) {
		return valueList(this.store.lrange(k(key), start, stop));
	}

	@Override
	public @Nullable V lindex(K key, long index) {
		return nullableValue(this.store.lindex(k(key), index));
	}

	@Override
	public void lset(K key, long index, V value) {
		this.store.lset(k(key), index, v(value));
	}

	@Override
	public long llen(K key) {
		return this.store.llen(k(key));
	}

	@Override
	public long lrem(K key, long count, V value) {
		return this.store.lrem(k(key), count, v(value));
	}

	@Override
	public void ltrim(K key, long start, long stop) {
		this.store.ltrim(k(key), start, stop);
	}

	@Override
	public long linsert(K key, ListPosition position, V pivot, V value) {
		return this.store.linsert(k(key), position, v(pivot), v(value));
	}

	@Override
	public @Nullable Long lpos(K key, V element, LposOptions options) {
		return this.store.lpos(k(key), v(element), options);
	}

	@Override
	public List<Long> lpos(K key, V element, long count, LposOptions options) {
		return this.store.lpos(k(key), v(element), count, options);
	}

	@Override
	public @Nullable V lmove(K source, K destination, ListSide from, ListSide to) {
		return nullableValue(this.store.lmove(k(source), k(destination), from, to));
	}

	@Override
	public @Nullable V rpoplpush(K source, K destination) {
		return nullableValue(this.store.rpoplpush(k(source), k(destination)));
	}

	// hashes

	@Override
	public long hset(K key, K field, V value) {
		return this.store.hset(k(key), f(field), v(value));
	}

	@Override
	public long hset(K key, Map<K, V> fields) {
		return this.store.hset(k(key), pairs(fields, true));
	}

	@Override
	public boolean hsetnx(K key, K field, V value) {
		return this.store.hsetnx(k(key), f(field), v(value));
	}

	@Override
	public @Nullable V hget(K key, K field) {
		return nullableValue(this.store.hget(k(key), f(field)));
	}

	@Override
	public List<@Nullable V> hmget(K key, K... fields) {
		return nullableValueList(this.store.hmget(k(key), fs(fields)));
	}

	@Override
	public long hdel(K key, K... fields) {
		return this.store.hdel(k(key), fs(fields));
	}

	@Override
	public boolean hexists(K key, K field) {
		return this.store.hexists(k(key), f(field));
	}

	@Override
	public long hlen(K key) {
		return this.store.hlen(k(key));
	}

	@Override
	public List<K> hkeys(K key) {
		return keyList(this.store.hkeys(k(key)));
	}

	@Override
	public List<V> hvals(K key) {
		return valueList(this.store.hvals(k(key)));
	}

	@Override
	public Map<K, V> hgetall(K key) {
		Map<K, V> result = new LinkedHashMap<>();
		this.store.hgetall(k(key)).forEach((field, value) -> result.put(key(field), value(value)));
		return result;
	}

	@Override
	public long hincrby(K key, K field, long increment) {
		return this.store.hincrby(k(key), f(field), increment);
	}

	@Override
	public double hincrbyfloat(K key, K field, double increment) {
		return this.store.hincrbyfloat(k(key), f(field), increment);
	}

	@Override
	public long hstrlen(K key, K field) {
		return this.store.hstrlen(k(key), f(field));
	}

	@Override
	public @Nullable K hrandfield(K key) {
		return nullableKey(this.store.hrandfield(k(key)));
	}

	@Override
	public List<K> hrandfield(K key, long count) {
		return keyList(this.store.hrandfield(k(key), count));
	}

	@Override
	public List<Map.Entry<K, V>> hrandfieldWithValues(K key, long count) {
		return entries(this.store.hrandfieldWithValues(k(key), count));
	}

	@Override
	public ScanPage<Map.Entry<K, V>> hscan(K key, String cursor, ScanOptions options) {
		ScanPage<HashEntry> page = this.store.hscan(k(key), cursor, options);
		return new ScanPage<>(page.cursor(), entries(page.items()));
	}

	// sets

	@Override
	public long sadd(K key, V... members) {
		return this.store.sadd(k(key), vs(members));
	}

	@Override
	public long srem(K key, V... members) {
		return this.store.srem(k(key), vs(members));
	}

	@Override
	public boolean sismember(K key, V member) {
		return this.store.sismember(k(key), v(member));
	}

	@Override
	public List<Boolean> smismember(K key, V... members) {
		return this.store.smismember(k(key), vs(members));
	}

	@Override
	public long scard(K key) {
		return this.store.scard(k(key));
	}

	@Override
	public Set<V> smembers(K key) {
		return valueSet(this.store.smembers(k(key)));
	}

	@Override
	public @Nullable V spop(K key) {
		return nullableValue(this.store.spop(k(key)));
	}

	@Override
	public Set<V> spop(K key, long count) {
		return valueSet(this.store.spop(k(key), count));
	}

	@Override
	public @Nullable V srandmember(K key) {
		return nullableValue(this.store.srandmember(k(key)));
	}

	@Override
	public List<V> srandmember(K key, long count) {
		return valueList(this.store.srandmember(k(key), count));
	}

	@Override
	public boolean smove(K source, K destination, V member) {
		return this.store.smove(k(source), k(destination), v(member));
	}

	@Override
	public Set<V> sinter(K... keys) {
		return valueSet(this.store.sinter(ks(keys)));
	}

	@Override
	public Set<V> sunion(K... keys) {
		return valueSet(this.store.sunion(ks(keys)));
	}

	@Override
	public Set<V> sdiff(K... keys) {
		return valueSet(this.store.sdiff(ks(keys)));
	}

	@Override
	public long sinterstore(K destination, K... keys) {
		return this.store.sinterstore(k(destination), ks(keys));
	}

	@Override
	public long sunionstore(K destination, K... keys) {
		return this.store.sunionstore(k(destination), ks(keys));
	}

	@Override
	public long sdiffstore(K destination, K... keys) {
		return this.store.sdiffstore(k(destination), ks(keys));
	}

	@Override
	public long sintercard(long limit, K... keys) {
		return this.store.sintercard(limit, ks(keys));
	}

	@Override
	public ScanPage<V> sscan(K key, String cursor, ScanOptions options) {
		ScanPage<String> page = this.store.sscan(k(key), cursor, options);
		return new ScanPage<>(page.cursor(), valueList(page.items()));
	}

	// sorted sets

	@Override
	public long zadd(K key, ZAddOptions options, Collection<Scored<V>> members) {
		String k = k(key);
		Objects.requireNonNull(members, "members");
		List<ScoredMember> converted = new ArrayList<>(members.size());
		for (Scored<V> member : members) {
			Objects.requireNonNull(member, "member");
			converted.add(new ScoredMember(v(member.member()), member.score()));
		}
		return this.store.zadd(k, options, converted);
	}

	@Override
	public @Nullable Double zaddIncr(K key, ZAddOptions options, double increment, V member) {
		return this.store.zaddIncr(k(key), options, increment, v(member));
	}

	@Override
	public long zrem(K key, V... members) {
		return this.store.zrem(k(key), vs(members));
	}

	@Override
	public @Nullable Double zscore(K key, V member) {
		return this.store.zscore(k(key), v(member));
	}

	@Override
	public List<@Nullable Double> zmscore(K key, V... members) {
		return this.store.zmscore(k(key), vs(members));
	}

	@Override
	public double zincrby(K key, double increment, V member) {
		return this.store.zincrby(k(key), increment, v(member));
	}

	@Override
	public long zcard(K key) {
		return this.store.zcard(k(key));
	}

	@Override
	public long zcount(K key, ScoreRange range) {
		return this.store.zcount(k(key), range);
	}

	@Override
	public long zlexcount(K key, LexRange range) {
		return this.store.zlexcount(k(key), range);
	}

	@Override
	public List<V> zrange(K key, ZRange range) {
		return valueList(this.store.zrange(k(key), range));
	}

	@Override
	public List<Scored<V>> zrangeWithScores(K key, ZRange range) {
		return scoredList(this.store.zrangeWithScores(k(key), range));
	}

	@Override
	public long zrangestore(K destination, K source, ZRange range) {
		return this.store.zrangestore(k(destination), k(source), range);
	}

	@Override
	public @Nullable Long zrank(K key, V member) {
		return this.store.zrank(k(key), v(member));
	}

	@Override
	public @Nullable Long zrevrank(K key, V member) {
		return this.store.zrevrank(k(key), v(member));
	}

	@Override
	public @Nullable Scored<V> zpopmin(K key) {
		return nullableScored(this.store.zpopmin(k(key)));
	}

	@Override
	public List<Scored<V>> zpopmin(K key, long count) {
		return scoredList(this.store.zpopmin(k(key), count));
	}

	@Override
	public @Nullable Scored<V> zpopmax(K key) {
		return nullableScored(this.store.zpopmax(k(key)));
	}

	@Override
	public List<Scored<V>> zpopmax(K key, long count) {
		return scoredList(this.store.zpopmax(k(key), count));
	}

	@Override
	public long zremrangebyrank(K key, long start, long stop) {
		return this.store.zremrangebyrank(k(key), start, stop);
	}

	@Override
	public long zremrangebyscore(K key, ScoreRange range) {
		return this.store.zremrangebyscore(k(key), range);
	}

	@Override
	public long zremrangebylex(K key, LexRange range) {
		return this.store.zremrangebylex(k(key), range);
	}

	@Override
	public long zunionstore(K destination, ZStoreOptions options, K... keys) {
		return this.store.zunionstore(k(destination), options, ks(keys));
	}

	@Override
	public long zinterstore(K destination, ZStoreOptions options, K... keys) {
		return this.store.zinterstore(k(destination), options, ks(keys));
	}

	@Override
	public long zdiffstore(K destination, K... keys) {
		return this.store.zdiffstore(k(destination), ks(keys));
	}

	@Override
	public List<V> zunion(ZStoreOptions options, K... keys) {
		return valueList(this.store.zunion(options, ks(keys)));
	}

	@Override
	public List<Scored<V>> zunionWithScores(ZStoreOptions options, K... keys) {
		return scoredList(this.store.zunionWithScores(options, ks(keys)));
	}

	@Override
	public List<V> zinter(ZStoreOptions options, K... keys) {
		return valueList(this.store.zinter(options, ks(keys)));
	}

	@Override
	public List<Scored<V>> zinterWithScores(ZStoreOptions options, K... keys) {
		return scoredList(this.store.zinterWithScores(options, ks(keys)));
	}

	@Override
	public List<V> zdiff(K... keys) {
		return valueList(this.store.zdiff(ks(keys)));
	}

	@Override
	public List<Scored<V>> zdiffWithScores(K... keys) {
		return scoredList(this.store.zdiffWithScores(ks(keys)));
	}

	@Override
	public long zintercard(long limit, K... keys) {
		return this.store.zintercard(limit, ks(keys));
	}

	@Override
	public @Nullable V zrandmember(K key) {
		return nullableValue(this.store.zrandmember(k(key)));
	}

	@Override
	public List<V> zrandmember(K key, long count) {
		return valueList(this.store.zrandmember(k(key), count));
	}

	@Override
	public List<Scored<V>> zrandmemberWithScores(K key, long count) {
		return scoredList(this.store.zrandmemberWithScores(k(key), count));
	}

	@Override
	public ScanPage<Scored<V>> zscan(K key, String cursor, ScanOptions options) {
		ScanPage<ScoredMember> page = this.store.zscan(k(key), cursor, options);
		return new ScanPage<>(page.cursor(), scoredList(page.items()));
	}

	// blocking commands

	@Override
	public Map.@Nullable Entry<K, V> blpop(Duration timeout, K... keys) {
		return popped(this.store.blpop(timeout, ks(keys)));
	}

	@Override
	public Map.@Nullable Entry<K, V> brpop(Duration timeout, K... keys) {
		return popped(this.store.brpop(timeout, ks(keys)));
	}

	private Map.@Nullable Entry<K, V> popped(@Nullable KeyValue popped) {
		return (popped != null) ? Map.entry(key(popped.key()), value(popped.value())) : null;
	}

	@Override
	public @Nullable V blmove(K source, K destination, ListSide from, ListSide to, Duration timeout) {
		return nullableValue(this.store.blmove(k(source), k(destination), from, to, timeout));
	}

	@Override
	public Map.@Nullable Entry<K, Scored<V>> bzpopmin(Duration timeout, K... keys) {
		return popped(this.store.bzpopmin(timeout, ks(keys)));
	}

	@Override
	public Map.@Nullable Entry<K, Scored<V>> bzpopmax(Duration timeout, K... keys) {
		return popped(this.store.bzpopmax(timeout, ks(keys)));
	}

	private Map.@Nullable Entry<K, Scored<V>> popped(@Nullable KeyedScoredMember popped) {
		return (popped != null) ? Map.entry(key(popped.key()), new Scored<>(value(popped.member()), popped.score()))
				: null;
	}

	@Override
	public String toString() {
		return "TypedCommands[" + this.store.backend() + ", " + this.keys + ", " + this.values + "]";
	}

	// streams

	@Override
	public String xadd(K key, Map<K, V> fields) {
		return this.store.xadd(k(key), pairs(fields, true));
	}

	@Override
	public @Nullable String xadd(K key, StreamAddOptions options, Map<K, V> fields) {
		return this.store.xadd(k(key), options, pairs(fields, true));
	}

	@Override
	public long xlen(K key) {
		return this.store.xlen(k(key));
	}

	@Override
	public List<StreamEntry<K, V>> xrange(K key, String start, String end) {
		return streamEntries(this.store.xrange(k(key), start, end));
	}

	@Override
	public List<StreamEntry<K, V>> xrange(K key, String start, String end, long count) {
		return streamEntries(this.store.xrange(k(key), start, end, count));
	}

	@Override
	public List<StreamEntry<K, V>> xrevrange(K key, String end, String start) {
		return streamEntries(this.store.xrevrange(k(key), end, start));
	}

	@Override
	public List<StreamEntry<K, V>> xrevrange(K key, String end, String start, long count) {
		return streamEntries(this.store.xrevrange(k(key), end, start, count));
	}

	@Override
	public long xdel(K key, String... ids) {
		return this.store.xdel(k(key), ids);
	}

	@Override
	public long xtrim(K key, StreamTrim trim) {
		return this.store.xtrim(k(key), trim);
	}

	@Override
	public void xsetid(K key, String lastId) {
		this.store.xsetid(k(key), lastId);
	}

	@Override
	public void xsetid(K key, String lastId, long entriesAdded, String maxDeletedId) {
		this.store.xsetid(k(key), lastId, entriesAdded, maxDeletedId);
	}

	@Override
	public Map<K, List<StreamEntry<K, V>>> xread(StreamReadOptions options, Map<K, String> streams) {
		return streams(this.store.xread(options, streamKeys(streams)));
	}

	@Override
	public Map<K, List<StreamEntry<K, V>>> xreadgroup(String group, String consumer, StreamReadOptions options,
			Map<K, String> streams) {
		return streams(this.store.xreadgroup(group, consumer, options, streamKeys(streams)));
	}

	@Override
	public void xgroupCreate(K key, String group, String id) {
		this.store.xgroupCreate(k(key), group, id);
	}

	@Override
	public void xgroupCreate(K key, String group, String id, boolean mkStream, long entriesRead) {
		this.store.xgroupCreate(k(key), group, id, mkStream, entriesRead);
	}

	@Override
	public void xgroupSetid(K key, String group, String id) {
		this.store.xgroupSetid(k(key), group, id);
	}

	@Override
	public void xgroupSetid(K key, String group, String id, long entriesRead) {
		this.store.xgroupSetid(k(key), group, id, entriesRead);
	}

	@Override
	public boolean xgroupDestroy(K key, String group) {
		return this.store.xgroupDestroy(k(key), group);
	}

	@Override
	public boolean xgroupCreateconsumer(K key, String group, String consumer) {
		return this.store.xgroupCreateconsumer(k(key), group, consumer);
	}

	@Override
	public long xgroupDelconsumer(K key, String group, String consumer) {
		return this.store.xgroupDelconsumer(k(key), group, consumer);
	}

	@Override
	public long xack(K key, String group, String... ids) {
		return this.store.xack(k(key), group, ids);
	}

	@Override
	public StreamPending xpending(K key, String group) {
		return this.store.xpending(k(key), group);
	}

	@Override
	public List<PendingEntry> xpending(K key, String group, PendingQuery query) {
		return this.store.xpending(k(key), group, query);
	}

	@Override
	public List<StreamEntry<K, V>> xclaim(K key, String group, String consumer, Duration minIdle, ClaimOptions options,
			String... ids) {
		return streamEntries(this.store.xclaim(k(key), group, consumer, minIdle, options, ids));
	}

	@Override
	public List<String> xclaimJustId(K key, String group, String consumer, Duration minIdle, ClaimOptions options,
			String... ids) {
		return this.store.xclaimJustId(k(key), group, consumer, minIdle, options, ids);
	}

	@Override
	public AutoClaim<StreamEntry<K, V>> xautoclaim(K key, String group, String consumer, Duration minIdle, String start,
			long count) {
		AutoClaim<StreamEntry<String, String>> claim = this.store.xautoclaim(k(key), group, consumer, minIdle, start,
				count);
		return new AutoClaim<>(claim.nextStart(), streamEntries(claim.claimed()), claim.deleted());
	}

	@Override
	public AutoClaim<String> xautoclaimJustId(K key, String group, String consumer, Duration minIdle, String start,
			long count) {
		return this.store.xautoclaimJustId(k(key), group, consumer, minIdle, start, count);
	}

	@Override
	public StreamInfo<K, V> xinfoStream(K key) {
		StreamInfo<String, String> info = this.store.xinfoStream(k(key));
		return new StreamInfo<>(info.length(), info.radixTreeKeys(), info.radixTreeNodes(), info.lastGeneratedId(),
				info.maxDeletedEntryId(), info.entriesAdded(), info.recordedFirstEntryId(), info.groups(),
				nullableStreamEntry(info.firstEntry()), nullableStreamEntry(info.lastEntry()));
	}

	@Override
	public StreamFullInfo<K, V> xinfoStreamFull(K key, long count) {
		StreamFullInfo<String, String> info = this.store.xinfoStreamFull(k(key), count);
		return new StreamFullInfo<>(info.length(), info.radixTreeKeys(), info.radixTreeNodes(), info.lastGeneratedId(),
				info.maxDeletedEntryId(), info.entriesAdded(), info.recordedFirstEntryId(),
				streamEntries(info.entries()), info.groups());
	}

	@Override
	public List<StreamGroupInfo> xinfoGroups(K key) {
		return this.store.xinfoGroups(k(key));
	}

	@Override
	public List<StreamConsumerInfo> xinfoConsumers(K key, String group) {
		return this.store.xinfoConsumers(k(key), group);
	}

	@Override
	public Map<K, List<StreamEntry<K, V>>> xreadBlock(Duration timeout, StreamReadOptions options,
			Map<K, String> streams) {
		return streams(this.store.xreadBlock(timeout, options, streamKeys(streams)));
	}

	@Override
	public Map<K, List<StreamEntry<K, V>>> xreadgroupBlock(String group, String consumer, Duration timeout,
			StreamReadOptions options, Map<K, String> streams) {
		return streams(this.store.xreadgroupBlock(group, consumer, timeout, options, streamKeys(streams)));
	}

	private StreamEntry<K, V> streamEntry(StreamEntry<String, String> entry) {
		List<Map.Entry<String, String>> pairs = entry.pairs();
		if (pairs == null) {
			return new StreamEntry<>(entry.id(), null);
		}
		List<Map.Entry<K, V>> result = new ArrayList<>(pairs.size());
		for (Map.Entry<String, String> pair : pairs) {
			result.add(Map.entry(key(pair.getKey()), value(pair.getValue())));
		}
		return new StreamEntry<>(entry.id(), result);
	}

	private @Nullable StreamEntry<K, V> nullableStreamEntry(@Nullable StreamEntry<String, String> entry) {
		return (entry != null) ? streamEntry(entry) : null;
	}

	private List<StreamEntry<K, V>> streamEntries(List<StreamEntry<String, String>> entries) {
		List<StreamEntry<K, V>> result = new ArrayList<>(entries.size());
		for (StreamEntry<String, String> entry : entries) {
			result.add(streamEntry(entry));
		}
		return result;
	}

	private Map<K, List<StreamEntry<K, V>>> streams(Map<String, List<StreamEntry<String, String>>> streams) {
		Map<K, List<StreamEntry<K, V>>> result = new LinkedHashMap<>();
		streams.forEach((key, entries) -> result.put(key(key), streamEntries(entries)));
		return result;
	}

	private Map<String, String> streamKeys(Map<K, String> streams) {
		Objects.requireNonNull(streams, "streams");
		Map<String, String> result = new LinkedHashMap<>();
		streams.forEach((key, id) -> result.put(k(key), id));
		return result;
	}

	@Override
	public Map.@Nullable Entry<K, List<V>> lmpop(ListSide side, long count, K... keys) {
		return keyValues(this.store.lmpop(side, count, ks(keys)));
	}

	@Override
	public Map.@Nullable Entry<K, List<Scored<V>>> zmpop(ScoreSide side, long count, K... keys) {
		return keyedScored(this.store.zmpop(side, count, ks(keys)));
	}

	@Override
	public Map.@Nullable Entry<K, List<V>> blmpop(Duration timeout, ListSide side, long count, K... keys) {
		return keyValues(this.store.blmpop(timeout, side, count, ks(keys)));
	}

	@Override
	public Map.@Nullable Entry<K, List<Scored<V>>> bzmpop(Duration timeout, ScoreSide side, long count, K... keys) {
		return keyedScored(this.store.bzmpop(timeout, side, count, ks(keys)));
	}

	private Map.@Nullable Entry<K, List<V>> keyValues(@Nullable KeyValues popped) {
		return (popped != null) ? Map.entry(key(popped.key()), valueList(popped.values())) : null;
	}

	private Map.@Nullable Entry<K, List<Scored<V>>> keyedScored(@Nullable KeyedScoredMembers popped) {
		return (popped != null) ? Map.entry(key(popped.key()), scoredList(popped.members())) : null;
	}

	// bitmaps

	@Override
	public long setbit(K key, long offset, int value) {
		return this.store.setbit(k(key), offset, value);
	}

	@Override
	public long getbit(K key, long offset) {
		return this.store.getbit(k(key), offset);
	}

	@Override
	public long bitcount(K key) {
		return this.store.bitcount(k(key));
	}

	@Override
	public long bitcount(K key, long start, long end) {
		return this.store.bitcount(k(key), start, end);
	}

	@Override
	public long bitcount(K key, long start, long end, BitUnit unit) {
		return this.store.bitcount(k(key), start, end, unit);
	}

	@Override
	public long bitpos(K key, int bit) {
		return this.store.bitpos(k(key), bit);
	}

	@Override
	public long bitpos(K key, int bit, long start) {
		return this.store.bitpos(k(key), bit, start);
	}

	@Override
	public long bitpos(K key, int bit, long start, long end) {
		return this.store.bitpos(k(key), bit, start, end);
	}

	@Override
	public long bitpos(K key, int bit, long start, long end, BitUnit unit) {
		return this.store.bitpos(k(key), bit, start, end, unit);
	}

	@Override
	public long bitop(BitOperation operation, K destination, K... keys) {
		return this.store.bitop(operation, k(destination), ks(keys));
	}

	@Override
	public List<@Nullable Long> bitfield(K key, BitFieldArgs args) {
		return this.store.bitfield(k(key), args);
	}

	@Override
	public List<Long> bitfieldRo(K key, BitFieldArgs.Get... gets) {
		return this.store.bitfieldRo(k(key), gets);
	}

	// scripting (Lua)

	@Override
	public ScriptReply eval(String script, List<K> keys, List<V> args) {
		return this.store.eval(script, scriptKeys(keys), scriptArgs(args));
	}

	@Override
	public ScriptReply evalsha(String sha1, List<K> keys, List<V> args) {
		return this.store.evalsha(sha1, scriptKeys(keys), scriptArgs(args));
	}

	@Override
	public ScriptReply evalRo(String script, List<K> keys, List<V> args) {
		return this.store.evalRo(script, scriptKeys(keys), scriptArgs(args));
	}

	@Override
	public ScriptReply evalshaRo(String sha1, List<K> keys, List<V> args) {
		return this.store.evalshaRo(sha1, scriptKeys(keys), scriptArgs(args));
	}

	@Override
	public ScriptReply fcall(String function, List<K> keys, List<V> args) {
		return this.store.fcall(function, scriptKeys(keys), scriptArgs(args));
	}

	@Override
	public ScriptReply fcallRo(String function, List<K> keys, List<V> args) {
		return this.store.fcallRo(function, scriptKeys(keys), scriptArgs(args));
	}

	private List<String> scriptKeys(List<K> keys) {
		Objects.requireNonNull(keys, "keys");
		List<String> result = new ArrayList<>(keys.size());
		for (K key : keys) {
			result.add(k(key));
		}
		return result;
	}

	private List<String> scriptArgs(List<V> args) {
		Objects.requireNonNull(args, "args");
		List<String> result = new ArrayList<>(args.size());
		for (V arg : args) {
			result.add(in(this.values, arg, "arg"));
		}
		return result;
	}

	// HyperLogLog

	@Override
	public boolean pfadd(K key, V... elements) {
		return this.store.pfadd(k(key), vs(elements));
	}

	@Override
	public long pfcount(K... keys) {
		return this.store.pfcount(ks(keys));
	}

	@Override
	public void pfmerge(K destination, K... sources) {
		this.store.pfmerge(k(destination), ks(sources));
	}

	@Override
	public V lcs(K key1, K key2) {
		return value(this.store.lcs(k(key1), k(key2)));
	}

	@Override
	public long lcsLen(K key1, K key2) {
		return this.store.lcsLen(k(key1), k(key2));
	}

	@Override
	public LcsMatches lcsIdx(K key1, K key2, long minMatchLen) {
		return this.store.lcsIdx(k(key1), k(key2), minMatchLen);
	}

	@Override
	public long geoadd(K key, GeoAddOptions options, Collection<GeoMember<V>> members) {
		String k = k(key);
		Objects.requireNonNull(members, "members");
		List<GeoMember<String>> converted = new ArrayList<>(members.size());
		for (GeoMember<V> member : members) {
			Objects.requireNonNull(member, "member");
			converted.add(new GeoMember<>(member.longitude(), member.latitude(), v(member.member())));
		}
		return this.store.geoadd(k, options, converted);
	}

	@Override
	public List<@Nullable GeoCoordinates> geopos(K key, V... members) {
		return this.store.geopos(k(key), vs(members));
	}

	@Override
	public @Nullable Double geodist(K key, V member1, V member2, GeoUnit unit) {
		return this.store.geodist(k(key), v(member1), v(member2), unit);
	}

	@Override
	public List<@Nullable String> geohash(K key, V... members) {
		return this.store.geohash(k(key), vs(members));
	}

	@Override
	public List<GeoResult<V>> geosearch(K key, GeoSearch search) {
		List<GeoResult<String>> found = this.store.geosearch(k(key), search);
		List<GeoResult<V>> result = new ArrayList<>(found.size());
		for (GeoResult<String> item : found) {
			result.add(new GeoResult<>(value(item.member()), item.distance(), item.hash(), item.coordinates()));
		}
		return result;
	}

	@Override
	public long geosearchstore(K destination, K source, GeoSearch search, boolean storeDist) {
		return this.store.geosearchstore(k(destination), k(source), search, storeDist);
	}

}
