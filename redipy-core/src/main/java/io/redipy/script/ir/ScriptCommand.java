package io.redipy.script.ir;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.redipy.api.Commands;
import io.redipy.api.ScoredMember;
import io.redipy.api.SetOptions;
import io.redipy.api.Ttl;
import org.jspecify.annotations.Nullable;

/**
 * The Redis commands a script can call, each with its argument and result types, the Lua
 * helper that turns Redis's raw reply into the script's value, and how the memory
 * interpreter runs it through the {@link Commands} API. Results mean what the client
 * API's results mean: a missing value is null, membership is a boolean, integers stay
 * integers; where Redis gives no order (set members, hash fields) the script sees them
 * sorted by UTF-8 bytes on both backends.
 */
public enum ScriptCommand {

	// keys
	/** {@code EXISTS key}: whether the key exists. */
	EXISTS("EXISTS", Type.BOOLEAN, "bool", List.of(), (c, k, a) -> c.exists(k) == 1),
	/** {@code DEL key}: whether the key existed. */
	DEL("DEL", Type.BOOLEAN, "bool", List.of(), (c, k, a) -> c.del(k) == 1),
	/** {@code TYPE key}: the type's name, {@code "none"} for a missing key. */
	TYPE("TYPE", Type.STRING, "status", List.of(), (c, k, a) -> c.type(k).redisName()),
	/** {@code EXPIRE key seconds}: whether the expiry was set. */
	EXPIRE("EXPIRE", Type.BOOLEAN, "bool", List.of(Type.INTEGER),
			(c, k, a) -> c.expire(k, Duration.ofSeconds((Long) a[0]))),
	/** {@code PEXPIRE key milliseconds}: whether the expiry was set. */
	PEXPIRE("PEXPIRE", Type.BOOLEAN, "bool", List.of(Type.INTEGER),
			(c, k, a) -> c.pexpire(k, Duration.ofMillis((Long) a[0]))),
	/** {@code TTL key}: remaining seconds, or null without expiry or key. */
	TTL("TTL", Type.INTEGER.orNull(), "ttl", List.of(), (c, k, a) -> seconds(c.ttl(k))),
	/** {@code PTTL key}: remaining milliseconds, or null without expiry or key. */
	PTTL("PTTL", Type.INTEGER.orNull(), "ttl", List.of(), (c, k, a) -> millis(c.pttl(k))),
	/** {@code PERSIST key}: whether an expiry was removed. */
	PERSIST("PERSIST", Type.BOOLEAN, "bool", List.of(), (c, k, a) -> c.persist(k)),

	// strings
	/** {@code GET key}: the value or null. */
	GET("GET", Type.STRING.orNull(), "nilf", List.of(), (c, k, a) -> c.get(k)),
	/** {@code SET key value}: always true. */
	SET("SET", Type.BOOLEAN, "okb", List.of(Type.STRING), (c, k, a) -> {
		c.set(k, (String) a[0]);
		return true;
	}),
	/** {@code SET key value NX}: whether it was set. */
	SETNX("SET", Type.BOOLEAN, "okb", List.of(Type.STRING),
			(c, k, a) -> c.set(k, (String) a[0], SetOptions.ifMissing())),
	/** {@code SET key value PX milliseconds}: always true. */
	SET_PX("SET", Type.BOOLEAN, "okb", List.of(Type.STRING, Type.INTEGER),
			(c, k, a) -> c.set(k, (String) a[0], SetOptions.always().px(Duration.ofMillis((Long) a[1])))),
	/** {@code GETDEL key}: the value or null. */
	GETDEL("GETDEL", Type.STRING.orNull(), "nilf", List.of(), (c, k, a) -> c.getdel(k)),
	/** {@code INCRBY key increment}: the new value. */
	INCRBY("INCRBY", Type.INTEGER, "int", List.of(Type.INTEGER), (c, k, a) -> c.incrby(k, (Long) a[0])),
	/** {@code APPEND key value}: the new length in bytes. */
	APPEND("APPEND", Type.INTEGER, "int", List.of(Type.STRING), (c, k, a) -> c.append(k, (String) a[0])),
	/** {@code STRLEN key}: the length in bytes. */
	STRLEN("STRLEN", Type.INTEGER, "int", List.of(), (c, k, a) -> c.strlen(k)),

	// lists
	/** {@code LPUSH key value}: the new length. */
	LPUSH("LPUSH", Type.INTEGER, "int", List.of(Type.STRING), (c, k, a) -> c.lpush(k, (String) a[0])),
	/** {@code RPUSH key value}: the new length. */
	RPUSH("RPUSH", Type.INTEGER, "int", List.of(Type.STRING), (c, k, a) -> c.rpush(k, (String) a[0])),
	/** {@code LPOP key}: the head or null. */
	LPOP("LPOP", Type.STRING.orNull(), "nilf", List.of(), (c, k, a) -> c.lpop(k)),
	/** {@code RPOP key}: the tail or null. */
	RPOP("RPOP", Type.STRING.orNull(), "nilf", List.of(), (c, k, a) -> c.rpop(k)),
	/** {@code LLEN key}: the length. */
	LLEN("LLEN", Type.INTEGER, "int", List.of(), (c, k, a) -> c.llen(k)),
	/** {@code LRANGE key start stop}: the elements. */
	LRANGE("LRANGE", Type.listOf(Type.STRING), "list", List.of(Type.INTEGER, Type.INTEGER),
			(c, k, a) -> new ArrayList<Object>(c.lrange(k, (Long) a[0], (Long) a[1]))),
	/** {@code LINDEX key index}: the element or null. */
	LINDEX("LINDEX", Type.STRING.orNull(), "nilf", List.of(Type.INTEGER), (c, k, a) -> c.lindex(k, (Long) a[0])),

	// hashes
	/** {@code HSET key field value}: 1 if the field is new. */
	HSET("HSET", Type.INTEGER, "int", List.of(Type.STRING, Type.STRING),
			(c, k, a) -> c.hset(k, (String) a[0], (String) a[1])),
	/** {@code HGET key field}: the value or null. */
	HGET("HGET", Type.STRING.orNull(), "nilf", List.of(Type.STRING), (c, k, a) -> c.hget(k, (String) a[0])),
	/** {@code HDEL key field}: 1 if it existed. */
	HDEL("HDEL", Type.INTEGER, "int", List.of(Type.STRING), (c, k, a) -> c.hdel(k, (String) a[0])),
	/** {@code HEXISTS key field}: whether it exists. */
	HEXISTS("HEXISTS", Type.BOOLEAN, "bool", List.of(Type.STRING), (c, k, a) -> c.hexists(k, (String) a[0])),
	/** {@code HLEN key}: the number of fields. */
	HLEN("HLEN", Type.INTEGER, "int", List.of(), (c, k, a) -> c.hlen(k)),
	/** {@code HGETALL key}: the fields and values. */
	HGETALL("HGETALL", Type.mapOf(Type.STRING), "pairs_map", List.of(), (c, k, a) -> sortedMap(c.hgetall(k))),
	/** {@code HKEYS key}: the fields, sorted. */
	HKEYS("HKEYS", Type.listOf(Type.STRING), "sorted", List.of(), (c, k, a) -> sorted(c.hkeys(k))),
	/** {@code HINCRBY key field increment}: the new value. */
	HINCRBY("HINCRBY", Type.INTEGER, "int", List.of(Type.STRING, Type.INTEGER),
			(c, k, a) -> c.hincrby(k, (String) a[0], (Long) a[1])),

	// sets
	/** {@code SADD key member}: 1 if it is new. */
	SADD("SADD", Type.INTEGER, "int", List.of(Type.STRING), (c, k, a) -> c.sadd(k, (String) a[0])),
	/** {@code SREM key member}: 1 if it was removed. */
	SREM("SREM", Type.INTEGER, "int", List.of(Type.STRING), (c, k, a) -> c.srem(k, (String) a[0])),
	/** {@code SISMEMBER key member}: whether it is a member. */
	SISMEMBER("SISMEMBER", Type.BOOLEAN, "bool", List.of(Type.STRING), (c, k, a) -> c.sismember(k, (String) a[0])),
	/** {@code SCARD key}: the number of members. */
	SCARD("SCARD", Type.INTEGER, "int", List.of(), (c, k, a) -> c.scard(k)),
	/** {@code SMEMBERS key}: the members, sorted. */
	SMEMBERS("SMEMBERS", Type.listOf(Type.STRING), "sorted", List.of(), (c, k, a) -> sorted(c.smembers(k))),

	// sorted sets
	/** {@code ZADD key score member}: 1 if it is new. */
	ZADD("ZADD", Type.INTEGER, "int", List.of(Type.DOUBLE, Type.STRING),
			(c, k, a) -> c.zadd(k, (Double) a[0], (String) a[1])),
	/** {@code ZREM key member}: 1 if it was removed. */
	ZREM("ZREM", Type.INTEGER, "int", List.of(Type.STRING), (c, k, a) -> c.zrem(k, (String) a[0])),
	/** {@code ZSCORE key member}: the score or null. */
	ZSCORE("ZSCORE", Type.DOUBLE.orNull(), "num", List.of(Type.STRING), (c, k, a) -> c.zscore(k, (String) a[0])),
	/** {@code ZINCRBY key increment member}: the new score. */
	ZINCRBY("ZINCRBY", Type.DOUBLE, "num", List.of(Type.DOUBLE, Type.STRING),
			(c, k, a) -> c.zincrby(k, (Double) a[0], (String) a[1])),
	/** {@code ZCARD key}: the number of members. */
	ZCARD("ZCARD", Type.INTEGER, "int", List.of(), (c, k, a) -> c.zcard(k)),
	/** {@code ZRANK key member}: the rank or null. */
	ZRANK("ZRANK", Type.INTEGER.orNull(), "nilf", List.of(Type.STRING), (c, k, a) -> c.zrank(k, (String) a[0])),
	/** {@code ZRANGE key start stop}: the members by rank. */
	ZRANGE("ZRANGE", Type.listOf(Type.STRING), "list", List.of(Type.INTEGER, Type.INTEGER),
			(c, k, a) -> new ArrayList<Object>(c.zrange(k, (Long) a[0], (Long) a[1]))),
	/** {@code ZPOPMAX key count}: the members with the highest scores, highest first. */
	ZPOPMAX("ZPOPMAX", Type.listOf(Type.SCORED), "scored", List.of(Type.INTEGER),
			(c, k, a) -> new ArrayList<Object>(c.zpopmax(k, (Long) a[0]))),
	/** {@code ZPOPMIN key count}: the members with the lowest scores, lowest first. */
	ZPOPMIN("ZPOPMIN", Type.listOf(Type.SCORED), "scored", List.of(Type.INTEGER),
			(c, k, a) -> new ArrayList<Object>(c.zpopmin(k, (Long) a[0])));

	/** Runs a command through the client API for the memory interpreter. */
	@FunctionalInterface
	public interface Invoker {

		/**
		 * Runs the command.
		 * @param commands the API to run it on (the client's view, with its key prefix)
		 * @param key the key, without prefix
		 * @param args the other arguments, as script values
		 * @return the result as a script value
		 */
		@Nullable Object invoke(Commands commands, String key, Object[] args);

	}

	private final String redisName;

	private final Type result;

	private final String reply;

	private final List<Type> parameters;

	private final Invoker invoker;

	ScriptCommand(String redisName, Type result, String reply, List<Type> parameters, Invoker invoker) {
		this.redisName = redisName;
		this.result = result;
		this.reply = reply;
		this.parameters = parameters;
		this.invoker = invoker;
	}

	/**
	 * Returns the Redis command's name.
	 * @return the name
	 */
	public String redisName() {
		return this.redisName;
	}

	/**
	 * Returns the arguments after the key as Redis takes them: {@code $n} stands for the
	 * n-th argument (1-based), anything else is a literal flag.
	 * @return the argument template
	 */
	public List<String> template() {
		return switch (this) {
			case SETNX -> List.of("$1", "NX");
			case SET_PX -> List.of("$1", "PX", "$2");
			case ZINCRBY, ZADD -> List.of("$1", "$2");
			case ZPOPMAX, ZPOPMIN -> List.of("$1");
			default -> {
				List<String> all = new ArrayList<>();
				for (int i = 1; i <= this.parameters.size(); i++) {
					all.add("$" + i);
				}
				yield all;
			}
		};
	}

	/**
	 * Returns the result type.
	 * @return the type
	 */
	public Type result() {
		return this.result;
	}

	/**
	 * Returns the name of the Lua helper that turns the raw reply into the result.
	 * @return the helper's name in the prelude
	 */
	public String reply() {
		return this.reply;
	}

	/**
	 * Returns the types of the arguments after the key.
	 * @return the parameter types
	 */
	public List<Type> parameters() {
		return this.parameters;
	}

	/**
	 * Returns how the interpreter runs the command.
	 * @return the invoker
	 */
	public Invoker invoker() {
		return this.invoker;
	}

	private static @Nullable Long seconds(Ttl ttl) {
		return ttl.expires() ? ttl.remaining().toSeconds() : null;
	}

	private static @Nullable Long millis(Ttl ttl) {
		return ttl.expires() ? ttl.remaining().toMillis() : null;
	}

	private static List<Object> sorted(java.util.Collection<String> values) {
		List<String> copy = new ArrayList<>(values);
		copy.sort(ByteOrder::compare);
		return new ArrayList<>(copy);
	}

	/** The interpreter's view of a map result, in key order. */
	static Map<String, Object> sortedMap(Map<String, String> map) {
		TreeMap<String, Object> sorted = new TreeMap<>(ByteOrder::compare);
		sorted.putAll(map);
		return sorted;
	}

}
