package io.redipy.resp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.redipy.MemoryOptions;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.Message;
import io.redipy.api.Subscription;
import io.redipy.command.Reply;
import io.redipy.memory.MemoryStore;
import io.redipy.script.Kind;
import io.redipy.script.Script;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Keyspace notifications against a real redis-server: a session subscribed to every
 * keyspace and keyevent channel sees, for each command of a writer session, the same
 * events in the same order on both sides, for several {@code notify-keyspace-events}
 * values and both protocols; the typed API's subscriptions see them too.
 */
@ExtendWith(RedisExtension.class)
class EndpointKeyspaceEventsTests {

	/** Commands of every type, each compared by its reply and the events it sends. */
	private static final List<List<Object>> COMMANDS = commands("""
			SET s 1
			SET s 2 EX 100
			SET s3 v PX 100000 NX
			SET s3 w NX
			SET s3 w XX KEEPTTL
			GETEX s PERSIST
			GETEX s PERSIST
			GETEX s EX 100
			GETEX s PXAT 1
			GETEX s EX 10
			SET s 5
			INCR s
			INCRBY s 3
			DECR s
			DECRBY s 2
			INCRBYFLOAT s 1.5
			INCR s
			APPEND s x
			APPEND a1 hello
			SETRANGE a1 2 zz
			SETRANGE a2 3 q
			SETRANGE a3 3 ""
			GETSET a2 v
			GETDEL a2
			GETDEL a2
			MSET m1 1 m2 2 m1 3
			MSETNX m3 1 m4 2
			MSETNX m3 1 m5 2
			SETNX m1 x
			SETEX se 100 v
			PSETEX pe 100000 v
			EXPIRE m1 100
			PEXPIRE m1 200000 GT
			PEXPIRE m1 100 GT
			EXPIREAT m1 99999999999
			PERSIST m1
			PERSIST m1
			EXPIRE m2 -1
			EXPIRE nokey 10
			RENAME m3 m5
			RENAMENX m5 m4
			RENAME m5 m4
			RENAME m4 m4
			COPY m4 c1
			COPY m4 c1
			COPY m4 c1 REPLACE
			COPY m4 c9 DB 1
			RESTORE r1 0 "\\x00\\x05hello\\x0a\\x00cr\\xdfve4 \\x0a"
			RESTORE r1 0 "\\x00\\x05hello\\x0a\\x00cr\\xdfve4 \\x0a"
			RESTORE r1 0 "\\x00\\x05hello\\x0a\\x00cr\\xdfve4 \\x0a" REPLACE
			RESTORE r1 1 "\\x00\\x05hello\\x0a\\x00cr\\xdfve4 \\x0a" ABSTTL REPLACE
			RESTORE r2 100000 "\\x00\\x05hello\\x0a\\x00cr\\xdfve4 \\x0a"
			DUMP r2
			MOVE c1 2
			MOVE m1 1
			DEL c1 m4 none
			UNLINK s
			LPUSH l a b c
			RPUSH l d
			LPUSHX nol x
			RPUSHX l e
			LINSERT l BEFORE a z
			LINSERT l BEFORE nope z
			LSET l 0 q
			LREM l 1 q
			LREM l 0 nope
			LTRIM l 0 3
			LPOP l
			RPOP l 1
			LPOP l 0
			LMOVE l l2 LEFT RIGHT
			RPOPLPUSH l2 l
			LMOVE l l LEFT LEFT
			LPOP l 5
			RPUSH l3 x y
			LTRIM l3 5 10
			RPUSH l4 x
			LTRIM nolist 0 1
			RPOP l4
			RPUSH lm a b c
			LMPOP 2 nol lm LEFT COUNT 2
			LMPOP 1 lm RIGHT COUNT 5
			RPUSH bl a b
			BLPOP nol bl 1
			BRPOP bl 1
			RPUSH bm a
			BLMOVE bm bm2 LEFT RIGHT 1
			BRPOPLPUSH bm2 bm3 1
			ZADD zb 1 a 2 b
			BZPOPMIN zb 1
			BZPOPMAX zb 1
			HSET h f 1 g 2
			HSET h f 1
			HSETNX h f 3
			HSETNX h k 3
			HMSET h a 1
			HINCRBY h f 2
			HINCRBYFLOAT h f 0.5
			HDEL h nope
			HDEL h f g k a
			SADD u1 a b c
			SADD u1 a
			SREM u1 a
			SREM u1 zz
			SMOVE u1 u2 b
			SMOVE u1 u2 zz
			SMOVE u1 u2 c
			SMOVE u2 u2 c
			SADD u3 b x
			SINTERSTORE d1 u2 nokey
			SUNIONSTORE d1 u2 u3
			SDIFFSTORE d1 u2 u3
			SINTERSTORE d1 u3 u2
			SINTERSTORE d1 u2 nokey
			SPOP u3 5
			SADD u4 a
			SPOP u4
			SPOP u4 0
			ZADD z 1 a 2 b 3 c
			ZADD z 1 a
			ZADD z XX 5 nope
			ZADD z NX 5 a
			ZADD z INCR 1 a
			ZINCRBY z 0 a
			ZINCRBY z 2 b
			ZINCRBY zn 2 b
			ZREM z nope
			ZREM z a
			ZADD z 4 d 5 e 6 f
			ZREMRANGEBYRANK z 0 0
			ZREMRANGEBYRANK z 10 20
			ZREMRANGEBYSCORE z 5 5
			ZADD z 7 g 7 h
			ZREMRANGEBYLEX z 7 [g
			ZPOPMIN z
			ZPOPMAX z 2
			ZADD z2 1 x 2 y
			ZUNIONSTORE zu 2 z z2
			ZINTERSTORE zi 2 z z2
			ZDIFFSTORE zd 1 z2
			ZRANGESTORE zr z2 0 0
			ZRANGESTORE zr z2 5 6
			ZUNIONSTORE zu 1 nokey
			ZPOPMIN z2 5
			ZREM zn b
			SELECT 3
			SET x 1
			SWAPDB 3 4
			SET y 1
			DEL y
			SELECT 4
			DEL x
			SELECT 0
			MULTI
			SET t 1
			INCR t
			DEL t
			EXEC
			GET nokey
			SET r v
			GET r
			MGET r nokey m9 r
			STRLEN nokey
			GETRANGE nokey 0 1
			SUBSTR nokey 0 1
			GETEX nokey
			GETEX nokey PERSIST
			GETEX nokey EX 0
			GETEX nokey KEEPTTL
			GETDEL nokey
			GETSET g1 v
			SET g2 v GET
			SET g3 v NX GET
			SET g3 w XX GET
			SET g4 v XX
			SET g4 v NX
			SET g5 v EX 0 GET
			EXISTS nokey r nokey
			TYPE nokey
			TTL nokey
			PTTL nokey
			PERSIST nokey
			COPY nokey c2
			COPY nokey c2 DB 1
			COPY r r
			MOVE nokey 1
			RENAME nokey x
			DEL nokey
			OBJECT ENCODING nokey
			INCR i1
			APPEND i2 x
			LRANGE nokey 0 -1
			LINDEX nokey 0
			LINDEX nokey x
			LLEN nokey
			LPOS nokey a
			LPOS nokey a RANK 0
			LPOP nokey
			LPOP nokey 2
			RPOP nokey
			LSET nokey 0 v
			LTRIM nokey 0 1
			LREM nokey 0 a
			LINSERT nokey BEFORE a b
			LMOVE nokey l9 LEFT LEFT
			LMPOP 2 nokey nokey2 LEFT
			HGET nokey f
			HMGET nokey f g
			HLEN nokey
			HSTRLEN nokey f
			HEXISTS nokey f
			HGETALL nokey
			HKEYS nokey
			HVALS nokey
			HRANDFIELD nokey
			HRANDFIELD nokey 2 WITHVALUES
			HSCAN nokey 0
			HDEL nokey f
			HSETNX hn f v
			HINCRBY hn2 f 1
			SISMEMBER nokey a
			SMISMEMBER nokey a b
			SCARD nokey
			SMEMBERS nokey
			SRANDMEMBER nokey
			SRANDMEMBER nokey 2
			SSCAN nokey 0
			SINTER nokey r
			SUNION nokey nokey2
			SDIFF nokey
			SINTERCARD 2 nokey nokey2
			SINTERSTORE sd nokey nokey2
			SREM nokey a
			SPOP nokey
			SMOVE nokey u9 a
			SADD sn a
			ZSCORE nokey a
			ZMSCORE nokey a b
			ZCARD nokey
			ZCOUNT nokey 0 1
			ZLEXCOUNT nokey - +
			ZRANGE nokey 0 -1
			ZRANGE nokey 0 1 BYSCORE
			ZREVRANGE nokey 0 -1
			ZRANGEBYSCORE nokey 0 1
			ZREVRANGEBYSCORE nokey 1 0
			ZRANGEBYLEX nokey - +
			ZREVRANGEBYLEX nokey + -
			ZRANK nokey a
			ZREVRANK nokey a
			ZRANDMEMBER nokey
			ZRANDMEMBER nokey 2 WITHSCORES
			ZSCAN nokey 0
			ZUNION 2 nokey nokey2
			ZINTER 2 nokey nokey2 WITHSCORES
			ZDIFF 1 nokey
			ZINTERCARD 2 nokey nokey2
			ZUNIONSTORE zd2 2 nokey nokey2 WEIGHTS 1 x
			ZUNIONSTORE zd2 2 nokey r
			ZRANGESTORE zd3 nokey 0 -1
			ZPOPMIN nokey
			ZREM nokey a
			ZREMRANGEBYRANK nokey 0 1
			ZADD zn2 XX 1 a
			ZINCRBY zn3 1 a
			SCAN 0 MATCH hn2 COUNT 1000 TYPE hash
			ZRANGESTORE zd3 nokey a b BYLEX
			ZRANGE nokey 0 1 LIMIT 0 1
			ZRANGEBYSCORE nokey a b
			ZCOUNT nokey a b
			ZLEXCOUNT nokey a b
			SINTERCARD 2 nokey nokey2 LIMIT -1
			ZINTERCARD 2 nokey nokey2 LIMIT -1
			ZUNION 2 nokey nokey2 WEIGHTS 1 x
			ZUNIONSTORE zd2 2 nokey nokey2 AGGREGATE x
			SRANDMEMBER nokey x
			ZRANDMEMBER nokey x
			HRANDFIELD nokey x
			LRANGE nokey a b
			GETRANGE nokey a b
			HSCAN nokey x
			SSCAN nokey 0 COUNT x
			ZSCAN nokey 0 COUNT x
			COPY nokey c2 DB x
			SET nokey v GET EX x
			MGET nokey r
			LPOS nokey a COUNT -1
			GETEX nokey PX x
			GETEX hn PX x
			GETEX r PX x
			GETEX r PX 100000
			HMGET nokey f
			ZMSCORE nokey a
			SMISMEMBER nokey a
			SETBIT b1 7 1
			SETBIT b1 7 1
			SETBIT b1 7 0
			SETBIT b1 100 0
			SETBIT b1 3 0
			SETBIT nob 0 0
			SETBIT b1 x 1
			SETBIT r 0 1
			SETBIT hn 0 1
			GETBIT nokey 0
			GETBIT b1 7
			GETBIT nokey x
			BITCOUNT nokey
			BITCOUNT nokey 0 1 BIT
			BITCOUNT b1 0 -1 BIT
			BITPOS nokey 1
			BITPOS nokey 0 x
			BITPOS b1 1 0 -1 BIT
			BITOP AND bd b1 r
			BITOP OR bd nokey nokey2
			BITOP OR bd nokey nokey2
			BITOP NOT bd2 b1
			BITOP XOR bd2 nokey
			BITOP XOR bd2 hn
			BITFIELD bf SET u8 0 255
			BITFIELD bf SET u8 0 255
			BITFIELD bf INCRBY u8 0 1
			BITFIELD bf OVERFLOW FAIL INCRBY u8 0 300
			BITFIELD bf OVERFLOW FAIL INCRBY u8 64 300
			BITFIELD bf2 OVERFLOW FAIL INCRBY u2 100 5
			BITFIELD bf GET u8 0 SET i4 4 1 GET u8 0
			BITFIELD bf GET u8 0
			BITFIELD nokey GET u8 0
			BITFIELD nokey
			BITFIELD nokey SET u8 0 x
			BITFIELD_RO nokey GET i8 0
			BITFIELD_RO bf GET i8 0
			BITFIELD_RO bf SET i8 0 1
			BITFIELD hn GET u8 0
			BITFIELD hn SET u8 0 1
			PFADD p1
			PFADD p1
			PFADD p1 a b
			PFADD p1 a
			PFCOUNT p1
			PFCOUNT p1
			PFCOUNT nokey
			PFCOUNT nokey p1 nokey2
			PFMERGE p2 nokey
			PFMERGE p2 p1 nokey
			PFMERGE p1
			PFADD hn a
			PFMERGE p3 hn
			MULTI
			GET nokey
			EXISTS nokey
			SET nokey v GET
			EXEC
			""");

	static Stream<Arguments> flagsAndProtocols() {
		List<Arguments> cases = new ArrayList<>();
		for (String flags : List.of("KEA", "KEAn", "Kx", "El", "$", "Eg", "Kshz", "KEn", "K$l", "m", "Km", "Em",
				"KEAm")) {
			for (int protocol : new int[] { 2, 3 }) {
				cases.add(Arguments.of(flags, protocol));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest
	@MethodSource("flagsAndProtocols")
	void subscribersSeeTheEventsRedisSends(String flags, int protocol, RedisServer redis) {
		MemoryStore store = new MemoryStore();
		List<String> redisSide = new ArrayList<>();
		List<String> memorySide = new ArrayList<>();
		try (RespPair subscriber = new RespPair(redis.host(), redis.port(), store, protocol);
				RespPair writer = new RespPair(redis.host(), redis.port(), store, protocol)) {
			writer.redis("FLUSHALL");
			try {
				compare(writer, redisSide, memorySide, List.of("CONFIG", "SET", "notify-keyspace-events", flags));
				compare(writer, redisSide, memorySide, List.of("CONFIG", "GET", "notify-keyspace-events"));
				compare(subscriber, redisSide, memorySide, List.of("PSUBSCRIBE", "__key*@*__:*"));
				for (List<Object> command : COMMANDS) {
					compare(writer, redisSide, memorySide, command);
					events(subscriber, redisSide, memorySide);
				}
			}
			finally {
				writer.redis("CONFIG", "SET", "notify-keyspace-events", "");
				writer.redis("FLUSHALL");
			}
		}
		assertThat(memorySide).isEqualTo(redisSide);
		if (flags.contains("K") || flags.contains("E")) {
			assertThat(memorySide).anyMatch((line) -> line.contains("__key"));
		}
		if (flags.contains("m") && flags.contains("E")) {
			assertThat(memorySide).anyMatch((line) -> line.contains("__keyevent@0__:keymiss"));
		}
	}

	static Stream<Arguments> expiryFlagsAndProtocols() {
		return Stream.of(Arguments.of("KEA", 2), Arguments.of("KEA", 3), Arguments.of("KEAm", 2),
				Arguments.of("KEAm", 3));
	}

	@ParameterizedTest
	@MethodSource("expiryFlagsAndProtocols")
	void expiredKeysSendExpiredWhenTouchedOrSwept(String flags, int protocol, RedisServer redis)
			throws InterruptedException {
		MemoryStore store = new MemoryStore();
		List<String> redisSide = new ArrayList<>();
		List<String> memorySide = new ArrayList<>();
		try (RespPair subscriber = new RespPair(redis.host(), redis.port(), store, protocol);
				RespPair writer = new RespPair(redis.host(), redis.port(), store, protocol)) {
			writer.redis("FLUSHALL");
			try {
				compare(writer, redisSide, memorySide, List.of("CONFIG", "SET", "notify-keyspace-events", flags));
				compare(subscriber, redisSide, memorySide, List.of("PSUBSCRIBE", "__key*@*__:*"));
				// times long enough for the set-up to finish before them on a loaded
				// machine
				for (String command : List.of("SET e1 v PX 250", "RPUSH e2 a", "PEXPIRE e2 250", "SET keep v")) {
					compare(writer, redisSide, memorySide, List.of(RespPair.split(command)));
					events(subscriber, redisSide, memorySide);
				}
				// Redis expires them actively within its 100 ms cycle, the memory store
				// when the next command touches or sweeps them: both before the GETs'
				// replies are read
				Thread.sleep(650);
				for (String command : List.of("GET e1", "LLEN e2", "GET keep")) {
					compare(writer, redisSide, memorySide, List.of(RespPair.split(command)));
					// Redis's active expiry takes keys in its hash table's order
					List<String> redisEvents = new ArrayList<>();
					List<String> memoryEvents = new ArrayList<>();
					events(subscriber, redisEvents, memoryEvents);
					redisSide.addAll(redisEvents.stream().sorted().toList());
					memorySide.addAll(memoryEvents.stream().sorted().toList());
				}
			}
			finally {
				writer.redis("CONFIG", "SET", "notify-keyspace-events", "");
				writer.redis("FLUSHALL");
			}
		}
		assertThat(memorySide).isEqualTo(redisSide);
		assertThat(memorySide).anyMatch((line) -> line.contains("expired"));
		if (flags.contains("m")) {
			// the reads of the keys that expired miss them
			assertThat(memorySide).anyMatch((line) -> line.contains("__keyevent@0__:keymiss\", \"e1"));
			assertThat(memorySide).anyMatch((line) -> line.contains("__keyevent@0__:keymiss\", \"e2"));
		}
	}

	/**
	 * Against a redis-server whose active expiry is off (Redis's {@code DEBUG
	 * SET-ACTIVE-EXPIRE 0}), so that a due key is still there when a command meets it, as
	 * in the memory store: each command meets one key that expired and sends Redis's
	 * events in Redis's order, {@code expired} then {@code keymiss} for a read lookup,
	 * {@code expired} alone for a write or an unnotified lookup.
	 */
	@Test
	void aCommandThatMeetsAnExpiredKeySendsExpiredThenKeymissOnlyIfItReadsIt() throws InterruptedException {
		RedisExtension.server();
		assumeThat(RedisServer.binaryAvailable()).as("a local redis-server with DEBUG").isTrue();
		MemoryStore store = new MemoryStore();
		List<String> redisSide = new ArrayList<>();
		List<String> memorySide = new ArrayList<>();
		try (RedisServer redis = RedisServer.startLocal(null, "--enable-debug-command", "yes");
				RespPair subscriber = new RespPair(redis.host(), redis.port(), store, 3);
				RespPair writer = new RespPair(redis.host(), redis.port(), store, 3)) {
			writer.redis("DEBUG", "SET-ACTIVE-EXPIRE", "0");
			compare(writer, redisSide, memorySide, List.of("CONFIG", "SET", "notify-keyspace-events", "KEAm"));
			compare(subscriber, redisSide, memorySide, List.of("PSUBSCRIBE", "__key*@*__:*"));
			String[][] steps = { { "SET e v PX 100", "GET e" }, { "SET e v PX 100", "INCR e" },
					{ "SET e v PX 100", "EXISTS e" }, { "SET e v PX 100", "TTL e" },
					{ "SET e v PX 100", "SET e w GET" }, { "SET e v PX 100", "SET e w" }, { "SET e v PX 100", "DEL e" },
					{ "SET e v PX 100", "OBJECT ENCODING e" }, { "SET e v PX 100", "COPY e c" },
					{ "SET e v PX 100", "SCAN 0 MATCH e COUNT 1000 TYPE string" },
					{ "SET e v PX 100", "SCAN 0 MATCH e COUNT 1000" }, { "HSET h f v", "PEXPIRE h 100", "HGET h f" },
					{ "RPUSH l a", "PEXPIRE l 100", "LPUSH l b" }, { "SADD s a", "PEXPIRE s 100", "SINTER s e" },
					{ "ZADD z 1 a", "PEXPIRE z 100", "ZUNIONSTORE d 1 z" } };
			for (String[] step : steps) {
				for (int i = 0; i < step.length - 1; i++) {
					compare(writer, redisSide, memorySide, List.of(RespPair.split(step[i])));
					events(subscriber, redisSide, memorySide);
				}
				Thread.sleep(150);
				compare(writer, redisSide, memorySide, List.of(RespPair.split(step[step.length - 1])));
				events(subscriber, redisSide, memorySide);
				writer.both("FLUSHALL");
				events(subscriber, redisSide, memorySide);
			}
		}
		assertThat(memorySide).isEqualTo(redisSide);
		assertThat(memorySide).containsSequence("GET e -> nil",
				"  push[\"pmessage\", \"__key*@*__:*\", \"__keyspace@0__:e\", \"expired\"]",
				"  push[\"pmessage\", \"__key*@*__:*\", \"__keyevent@0__:expired\", \"e\"]",
				"  push[\"pmessage\", \"__key*@*__:*\", \"__keyspace@0__:e\", \"keymiss\"]",
				"  push[\"pmessage\", \"__key*@*__:*\", \"__keyevent@0__:keymiss\", \"e\"]");
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void blockedCallsServedByAWriteSendTheirEventsAfterIt(int protocol, RedisServer redis) {
		MemoryStore store = new MemoryStore();
		List<String> redisSide = new ArrayList<>();
		List<String> memorySide = new ArrayList<>();
		try (RespPair subscriber = new RespPair(redis.host(), redis.port(), store, protocol);
				RespPair writer = new RespPair(redis.host(), redis.port(), store, protocol);
				RespPair blocked = new RespPair(redis.host(), redis.port(), store, protocol)) {
			writer.redis("FLUSHALL");
			try {
				// with m: neither the first try of a blocking pop (a write lookup) nor
				// the
				// retry of a served call (no notification) sends keymiss
				compare(writer, redisSide, memorySide, List.of("CONFIG", "SET", "notify-keyspace-events", "KEAnm"));
				compare(subscriber, redisSide, memorySide, List.of("PSUBSCRIBE", "__key*@*__:*"));
				for (String[] step : new String[][] { { "BLPOP q 5", "RPUSH q a" },
						{ "BLMOVE q2 d LEFT RIGHT 5", "LPUSH q2 x y" }, { "BZPOPMIN zq 5", "ZADD zq 1 a" } }) {
					blocked.redisSend(RespPair.split(step[0]));
					blocked.memorySend(RespPair.split(step[0]));
					// the blocked call waits before the write runs, on both sides
					compare(writer, redisSide, memorySide, List.of("PING"));
					waitForBlocked(writer, store);
					compare(writer, redisSide, memorySide, List.of(RespPair.split(step[1])));
					events(subscriber, redisSide, memorySide);
					redisSide.add(step[0] + " -> " + RespPair.show(blocked.redisNext()));
					memorySide.add(step[0] + " -> " + RespPair.show(blocked.memoryNext()));
				}
			}
			finally {
				writer.redis("CONFIG", "SET", "notify-keyspace-events", "");
				writer.redis("FLUSHALL");
			}
		}
		assertThat(memorySide).isEqualTo(redisSide);
		assertThat(memorySide).anyMatch((line) -> line.contains("__keyevent@0__:lpop"));
	}

	/** Waits until both sides count one blocked client. */
	private static void waitForBlocked(RespPair writer, MemoryStore store) {
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (store.blockedCalls() == 1
					&& RespPair.show(writer.redis("INFO", "clients")).contains("blocked_clients:1")) {
				return;
			}
			Thread.onSpinWait();
		}
		throw new AssertionError("no blocked call");
	}

	@ParameterizedTest
	@ValueSource(strings = { "KEAq", "x y", "KEA ", "a" })
	void invalidClassesAreRejectedAsRedisRejectsThem(String flags, RedisServer redis) {
		MemoryStore store = new MemoryStore();
		List<String> redisSide = new ArrayList<>();
		List<String> memorySide = new ArrayList<>();
		try (RespPair pair = new RespPair(redis.host(), redis.port(), store, 3)) {
			try {
				compare(pair, redisSide, memorySide, List.of("CONFIG", "SET", "notify-keyspace-events", "Kl"));
				compare(pair, redisSide, memorySide, List.of("CONFIG", "SET", "notify-keyspace-events", flags));
				compare(pair, redisSide, memorySide, List.of("CONFIG", "GET", "notify-keyspace-events"));
				compare(pair, redisSide, memorySide,
						List.of("CONFIG", "SET", "notify-keyspace-events", "KEA", "no-such-option", "1"));
				compare(pair, redisSide, memorySide, List.of("CONFIG", "GET", "notify-keyspace-events"));
			}
			finally {
				pair.redis("CONFIG", "SET", "notify-keyspace-events", "");
			}
		}
		assertThat(memorySide).isEqualTo(redisSide);
		assertThat(memorySide).anyMatch((line) -> line.contains("Invalid event class character"));
	}

	@Test
	void theTypedApiSubscribesToEventsOfTheEndpointAndOfItsOwnCommands(RedisServer redis) throws Exception {
		MemoryStore store = new MemoryStore();
		RedipyClient client = Redipy.memory(MemoryOptions.defaults().withStore(store));
		try (RespPair session = new RespPair(redis.host(), redis.port(), store, 3);
				Subscription subscription = client.subscribe("__keyevent@0__:del")) {
			session.memory("CONFIG", "SET", "notify-keyspace-events", "Eg");
			session.memory("SET", "a", "1");
			session.memory("DEL", "a");
			client.set("b", "2");
			client.del("b");
			client.set("c", "3");
			Script<Boolean> delete = Script.define("delete", Kind.BOOLEAN,
					(s) -> s.returns(io.redipy.script.Dsl.anyKey(s.key("k")).del()));
			assertThat(client.register(delete).call(java.util.Map.of("k", "c"))).isTrue();
			List<String> seen = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				Message message = subscription.poll(Duration.ofSeconds(5));
				assertThat(message).isNotNull();
				seen.add(message.channel() + " " + message.message());
			}
			assertThat(seen).containsExactly("__keyevent@0__:del a", "__keyevent@0__:del b", "__keyevent@0__:del c");
			assertThat(subscription.poll(Duration.ofMillis(50))).isNull();
		}
	}

	@Test
	void expiredIsSentWhenAKeyIsTouchedOrSweptAfterItsTimeOnAManualClock(RedisServer redis) throws Exception {
		io.redipy.ManualClock clock = new io.redipy.ManualClock();
		MemoryStore store = new MemoryStore(clock);
		RedipyClient client = Redipy.memory(MemoryOptions.defaults().withStore(store));
		try (RespPair session = new RespPair(redis.host(), redis.port(), store, 3);
				Subscription subscription = client.psubscribe("__keyevent@0__:*")) {
			session.memory("CONFIG", "SET", "notify-keyspace-events", "Ex");
			client.set("touched", "v", io.redipy.api.SetOptions.always().px(Duration.ofMillis(100)));
			client.set("swept", "v", io.redipy.api.SetOptions.always().px(Duration.ofMillis(100)));
			client.set("late", "v", io.redipy.api.SetOptions.always().pxAt(clock.instant().minusMillis(1)));
			assertThat(next(subscription)).isEqualTo("__keyevent@0__:expired late");
			clock.advance(Duration.ofMillis(100));
			assertThat(client.get("touched")).isNull();
			assertThat(next(subscription)).isEqualTo("__keyevent@0__:expired touched");
			// the command then sweeps due keys on the side
			assertThat(next(subscription)).isEqualTo("__keyevent@0__:expired swept");
			assertThat(subscription.poll(Duration.ofMillis(50))).isNull();
		}
	}

	@Test
	void aReadOfAKeyThatExpiredSendsExpiredThenKeymissAndAWriteOnlyExpired(RedisServer redis) throws Exception {
		io.redipy.ManualClock clock = new io.redipy.ManualClock();
		MemoryStore store = new MemoryStore(clock);
		RedipyClient client = Redipy.memory(MemoryOptions.defaults().withStore(store));
		try (RespPair session = new RespPair(redis.host(), redis.port(), store, 3);
				Subscription subscription = client.psubscribe("__keyevent@0__:*")) {
			session.memory("CONFIG", "SET", "notify-keyspace-events", "Exm");
			client.set("read", "v", io.redipy.api.SetOptions.always().px(Duration.ofMillis(100)));
			client.set("written", "1", io.redipy.api.SetOptions.always().px(Duration.ofMillis(100)));
			clock.advance(Duration.ofMillis(100));
			// a read lookup: the key expires, then the read misses it
			assertThat(client.get("read")).isNull();
			assertThat(next(subscription)).isEqualTo("__keyevent@0__:expired read");
			assertThat(next(subscription)).isEqualTo("__keyevent@0__:keymiss read");
			// a write lookup (INCR) expires its key without a miss; the read of a key
			// that never was misses it
			assertThat(client.incr("written")).isEqualTo(1);
			assertThat(next(subscription)).isEqualTo("__keyevent@0__:expired written");
			assertThat(client.exists("never")).isZero();
			assertThat(next(subscription)).isEqualTo("__keyevent@0__:keymiss never");
			assertThat(subscription.poll(Duration.ofMillis(50))).isNull();
			// a read of a key that expired, on the endpoint
			session.memory("SET", "r2", "v", "PX", "10");
			clock.advance(Duration.ofMillis(10));
			assertThat(RespPair.show(session.memory("HGET", "r2", "f"))).isEqualTo("nil");
			assertThat(next(subscription)).isEqualTo("__keyevent@0__:expired r2");
			assertThat(next(subscription)).isEqualTo("__keyevent@0__:keymiss r2");
			assertThat(subscription.poll(Duration.ofMillis(50))).isNull();
		}
	}

	/**
	 * The typed API, its batches and its scripts on a memory store and on a real Redis: a
	 * subscription of each sees the same {@code keymiss} events.
	 */
	@Test
	void theTypedApiItsBatchesAndScriptsSendKeymissAsRedisDoes(RedisServer redis) throws Exception {
		org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory factory = redis.connectionFactory();
		MemoryStore store = new MemoryStore();
		RedipyClient memory = Redipy.memory(MemoryOptions.defaults().withStore(store));
		RedipyClient real = Redipy.redis(factory);
		try (RespPair session = new RespPair(redis.host(), redis.port(), store, 3)) {
			session.both("FLUSHALL");
			session.both("CONFIG", "SET", "notify-keyspace-events", "Em");
			try {
				List<String> memorySide = typedReadsAndWrites(memory);
				List<String> redisSide = typedReadsAndWrites(real);
				assertThat(memorySide).isEqualTo(redisSide);
				assertThat(memorySide).contains("__keyevent@0__:keymiss nope", "__keyevent@0__:keymiss missing",
						"__keyevent@0__:keymiss scripted", "__keyevent@0__:keymiss batched");
			}
			finally {
				session.redis("CONFIG", "SET", "notify-keyspace-events", "");
				session.redis("FLUSHALL");
			}
		}
		finally {
			factory.destroy();
		}
	}

	/** Runs typed reads and writes on a client and returns the events it saw. */
	private static List<String> typedReadsAndWrites(RedipyClient client) throws InterruptedException {
		List<String> seen = new ArrayList<>();
		try (Subscription subscription = client.psubscribe("__keyevent@0__:*")) {
			client.set("s", "v");
			assertThat(client.get("s")).isEqualTo("v");
			assertThat(client.get("nope")).isNull();
			assertThat(client.mget("s", "missing", "s")).containsExactly("v", null, "v");
			assertThat(client.exists("missing", "s")).isEqualTo(1);
			assertThat(client.hget("missing", "f")).isNull();
			assertThat(client.lrange("missing", 0, -1)).isEmpty();
			assertThat(client.zscore("missing", "m")).isNull();
			assertThat(client.smembers("missing")).isEmpty();
			// writes look their keys up without a miss
			assertThat(client.incr("counter")).isEqualTo(1);
			assertThat(client.lpop("missing")).isNull();
			assertThat(client.del("missing")).isZero();
			Script<Long> script = Script.define("reads", Kind.INTEGER, (s) -> {
				io.redipy.script.StringExpr key = s.key("k");
				s.exec(io.redipy.script.Dsl.string(key).get());
				s.exec(io.redipy.script.Dsl.hash(key).hget(io.redipy.script.Dsl.lit("f")));
				s.exec(io.redipy.script.Dsl.string(key).incr());
				s.returns(io.redipy.script.Dsl.list(s.key("l")).llen());
			});
			assertThat(client.register(script).call(java.util.Map.of("k", "scripted", "l", "scripted-list"))).isZero();
			io.redipy.api.Batch batch = client.batch();
			io.redipy.api.Response<String> batched = batch.get("batched");
			batch.exec();
			assertThat(batched.get()).isNull();
			client.publish("__keyevent@0__:end", "end");
			for (String message = next(subscription); !message.endsWith(" end"); message = next(subscription)) {
				seen.add(message);
			}
		}
		return seen;
	}

	private static String next(Subscription subscription) throws InterruptedException {
		Message message = subscription.poll(Duration.ofSeconds(5));
		assertThat(message).isNotNull();
		return message.channel() + " " + message.message();
	}

	private static void compare(RespPair pair, List<String> redisSide, List<String> memorySide, List<Object> command) {
		String line = String.join(" ",
				command.stream()
					.map((arg) -> (arg instanceof byte[] bytes)
							? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(arg))
					.toList())
				+ " -> ";
		String[] shown = pair.both(command.toArray());
		redisSide.add(line + shown[0]);
		memorySide.add(line + shown[1]);
	}

	/**
	 * Reads the pushes the subscriber got, on each side, up to the reply to a PING it
	 * sends: a command's events are published before its reply, so all of them come
	 * first.
	 */
	private static void events(RespPair subscriber, List<String> redisSide, List<String> memorySide) {
		subscriber.redisSend("PING");
		subscriber.memorySend("PING");
		for (Reply reply = subscriber.redisNext(); !pong(reply); reply = subscriber.redisNext()) {
			redisSide.add("  " + RespPair.show(reply));
		}
		for (Reply reply = subscriber.memoryNext(); !pong(reply); reply = subscriber.memoryNext()) {
			memorySide.add("  " + RespPair.show(reply));
		}
	}

	private static boolean pong(Reply reply) {
		String shown = RespPair.show(reply).toLowerCase(java.util.Locale.ROOT);
		return shown.contains("pong");
	}

	private static List<List<Object>> commands(String lines) {
		List<List<Object>> commands = new ArrayList<>();
		for (String line : lines.strip().split("\n")) {
			commands.add(List.of(RespPair.split(line.strip())));
		}
		return commands;
	}

}
