package io.redipy.resp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import io.redipy.command.Reply;
import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's list and hash commands against a real redis-server, as a RESP2 and a
 * RESP3 client reads the replies: every reply, error text included, must be the same.
 * Each block starts from empty databases on both.
 */
@ExtendWith(RedisExtension.class)
class ListsAndHashesDifferentialTests {

	/** List commands: normal use, options, wrong types, missing keys, bad arguments. */
	static final String LISTS = """
			LPUSH l a b c
			RPUSH l d e
			LRANGE l 0 -1
			LPUSHX l x
			RPUSHX l y y
			LPUSHX nope x
			RPUSHX nope x
			EXISTS nope
			LLEN l
			LLEN nope
			LPUSH
			LPUSH l
			RPUSHX l
			LLEN
			LPOP l
			RPOP l
			LPOP l 2
			RPOP l 2
			LPOP l 0
			RPOP l 0
			LPOP l -1
			LPOP l abc
			LPOP l 1 2
			RPOP l 1 2
			LPOP l 9223372036854775808
			LPOP nope
			RPOP nope
			LPOP nope 2
			LPOP nope 0
			RPOP nope -1
			LPOP l 100
			EXISTS l
			LPOP l
			RPOP l 5
			SET s v
			LPUSH s a
			RPUSHX s a
			LPUSHX s a
			LPOP s
			RPOP s 2
			LLEN s
			RPOP s 0
			LPOP s abc
			LPOP

			RPUSH l a b c d e
			LRANGE l 1 3
			LRANGE l -2 -1
			LRANGE l -100 100
			LRANGE l 3 1
			LRANGE l 5 10
			LRANGE l 0 x
			LRANGE l x 0
			LRANGE l 0 1.5
			LRANGE nope 0 -1
			LRANGE nope x 0
			LRANGE l 0 9223372036854775807
			LRANGE l -9223372036854775808 0
			LRANGE l 0 9223372036854775808
			LINDEX l 0
			LINDEX l -1
			LINDEX l 5
			LINDEX l -6
			LINDEX l x
			LINDEX nope x
			LINDEX nope 0
			LSET l 0 A
			LSET l -1 E
			LSET l 5 z
			LSET l -6 z
			LSET l x z
			LSET nope 0 z
			LSET nope x z
			LRANGE l 0 -1
			SET s v
			LRANGE s 0 -1
			LRANGE s x 0
			LINDEX s 0
			LINDEX s x
			LSET s 0 z
			LSET s x z
			LINDEX l
			LSET l 0
			LRANGE l 0
			LRANGE l 0 1 2

			RPUSH l a b a c a b a
			LREM l 2 a
			LRANGE l 0 -1
			LREM l -1 a
			LRANGE l 0 -1
			LREM l 0 b
			LRANGE l 0 -1
			LREM l 0 zz
			LREM l x a
			LREM nope 1 a
			LREM nope x a
			LREM l -9223372036854775808 a
			EXISTS l
			RPUSH t 1 2 3 4 5 6
			LTRIM t 1 -2
			LRANGE t 0 -1
			LTRIM t -100 100
			LRANGE t 0 -1
			LTRIM t x 1
			LTRIM t 1 x
			LTRIM nope 0 1
			LTRIM nope x 1
			LTRIM t 2 1
			EXISTS t
			RPUSH i a b c
			LINSERT i BEFORE b X
			LINSERT i after c Y
			LINSERT i Before a Z
			LINSERT i AFTER zz Y
			LINSERT i MIDDLE b Y
			LINSERT nope BEFORE a b
			LINSERT nope MIDDLE a b
			EXISTS nope
			LRANGE i 0 -1
			SET s v
			LREM s 1 a
			LREM s x a
			LTRIM s 0 1
			LTRIM s x 1
			LINSERT s BEFORE a b
			LINSERT s MIDDLE a b
			LREM l 1
			LTRIM t 0
			LINSERT i BEFORE a

			RPUSH l a b c a b c a
			LPOS l a
			LPOS l c
			LPOS l zz
			LPOS l a RANK 2
			LPOS l a RANK -1
			LPOS l a RANK -3
			LPOS l a RANK 4
			LPOS l a RANK 0
			LPOS l a RANK x
			LPOS l a COUNT 0
			LPOS l a COUNT 2
			LPOS l a COUNT 2 RANK 2
			LPOS l a count 0 rank -1
			LPOS l a COUNT -1
			LPOS l a COUNT x
			LPOS l a MAXLEN 3
			LPOS l a MAXLEN 3 COUNT 0
			LPOS l a RANK -1 MAXLEN 2
			LPOS l a RANK -2 MAXLEN 2
			LPOS l a MAXLEN -1
			LPOS l a MAXLEN x
			LPOS l a COUNT
			LPOS l a FOO 1
			LPOS l a RANK 0 COUNT -1
			LPOS l a COUNT -1 RANK 0
			LPOS l a MAXLEN -1 RANK x
			LPOS l a COUNT 1 FOO
			LPOS l a FOO COUNT -1
			LPOS l zz COUNT 0
			LPOS nope a
			LPOS nope a COUNT 1
			LPOS nope a RANK 0
			LPOS nope a FOO
			LPOS l a RANK 2 RANK 1
			LPOS l a RANK -9223372036854775808
			LPOS l a RANK -9223372036854775808 COUNT 0
			LPOS l a RANK 9223372036854775807
			LPOS l a COUNT 9223372036854775807
			SET s v
			LPOS s a
			LPOS s a COUNT 1
			LPOS s a RANK 0
			LPOS l

			RPUSH a 1 2 3
			LMOVE a b LEFT RIGHT
			LMOVE a b right left
			LRANGE a 0 -1
			LRANGE b 0 -1
			LMOVE a b UP LEFT
			LMOVE a b LEFT UP
			LMOVE nope b LEFT LEFT
			LMOVE nope b UP LEFT
			LMOVE a a LEFT RIGHT
			LRANGE a 0 -1
			RPOPLPUSH a b
			EXISTS a
			RPOPLPUSH a b
			RPOPLPUSH b b
			LRANGE b 0 -1
			SET s v
			LMOVE s b LEFT LEFT
			LMOVE b s LEFT LEFT
			LRANGE b 0 -1
			RPOPLPUSH b s
			RPOPLPUSH s b
			RPOPLPUSH nope s
			LMOVE nope s LEFT LEFT
			LMOVE a b LEFT
			RPOPLPUSH a

			RPUSH a 1 2 3
			RPUSH b 4 5
			LMPOP 2 nope a LEFT
			LMPOP 2 nope a RIGHT COUNT 5
			EXISTS a
			LMPOP 2 a b left COUNT 1
			LMPOP 1 nope LEFT
			LMPOP 0 a LEFT
			LMPOP -1 a LEFT
			LMPOP x a LEFT
			LMPOP 3 a b LEFT
			LMPOP 100 a LEFT
			LMPOP 2 a b
			LMPOP 1 b MIDDLE
			LMPOP 1 b LEFT COUNT 0
			LMPOP 1 b LEFT COUNT -1
			LMPOP 1 b LEFT COUNT x
			LMPOP 1 b LEFT COUNT 1 COUNT 1
			LMPOP 1 b LEFT COUNT
			LMPOP 1 b LEFT FOO
			LMPOP 1 b LEFT COUNT 9223372036854775807
			EXISTS b
			LMPOP 1 b RIGHT
			SET s v
			RPUSH c 1 2
			LMPOP 2 s c LEFT
			LMPOP 2 nope s LEFT
			LMPOP 2 c s RIGHT
			LMPOP 2 c s RIGHT
			LMPOP 1 a
			LMPOP 1

			RPUSH \\xff\\xfe \\x80 a\\xc3 \\xc3\\xa9 ""
			LRANGE \\xff\\xfe 0 -1
			LPOS \\xff\\xfe \\x80
			LPOS \\xff\\xfe ""
			LREM \\xff\\xfe 0 \\x80
			LINSERT \\xff\\xfe BEFORE a\\xc3 \\xfe
			LSET \\xff\\xfe 0 \\xc0\\xc1
			LINDEX \\xff\\xfe 0
			LMOVE \\xff\\xfe \\xc0 LEFT LEFT
			LMPOP 2 \\xc1 \\xc0 RIGHT
			RPOPLPUSH \\xff\\xfe \\xc0
			LRANGE \\xc0 0 -1
			LPOP \\xff\\xfe 10
			RPUSHX \\xc0 \\xed\\xa0\\x80
			RPOP \\xc0
			LPOS l a \\xff 1
			LMOVE a b \\xff LEFT

			RPUSH n 1 -1 007 9223372036854775808 "" 1.5 1
			LRANGE n 0 -1
			LPOS n 1 COUNT 0
			LPOS n 007
			LREM n 0 1
			LINSERT n AFTER 007 8
			LSET n 0 -0
			LINDEX n 0
			LMPOP 1 n RIGHT COUNT 2
			LRANGE n 0 -1

			RPUSH a 1 2 3
			EXPIRE a 100
			LMOVE a b LEFT LEFT
			TTL a
			TTL b
			LSET a 0 x
			LINSERT a BEFORE x w
			LREM a 1 3
			LTRIM a 0 0
			RPOPLPUSH a c
			TTL a
			TTL c
			RPUSH d 1
			EXPIRE d 100
			LPOP d
			RPUSH d 2
			TTL d
			RPUSH e 1 2
			EXPIRE e 100
			LMPOP 1 e LEFT
			TTL e

			MULTI
			RPUSH l a b
			LPOP l 1 2
			LPOP l 5
			LPOP l 5
			LPOS l a COUNT 0
			LMPOP 1 l LEFT
			EXEC
			""";

	/** Hash commands, HSCAN apart (see {@link #SCANS}). */
	static final String HASHES = """
			HSET h a 1 b 2
			HSET h a 3 c 4 c 5
			HGET h a
			HGET h c
			HGET h nope
			HGET nope a
			HSET h a
			HSET h
			HSET h a 1 b
			HMSET h d 6 e 7
			HMSET h d
			HMSET h d 6 e
			HLEN h
			HLEN nope
			HSETNX h a 9
			HSETNX h z 9
			HSETNX nope2 z 9
			HGET h z
			HGET nope2 z
			HMGET h a nope b
			HMGET nope a b
			HMGET h
			HDEL h a nope a
			HDEL nope a
			HDEL h
			HEXISTS h b
			HEXISTS h a
			HEXISTS nope a
			HKEYS h
			HVALS h
			HGETALL h
			HGETALL nope
			HKEYS nope
			HVALS nope
			HSTRLEN h b
			HSTRLEN h nope
			HSTRLEN nope a
			HDEL h b c d e z
			EXISTS h
			SET s v
			HSET s a 1
			HMSET s a 1
			HSETNX s a 1
			HGET s a
			HMGET s a
			HDEL s a
			HEXISTS s a
			HLEN s
			HKEYS s
			HVALS s
			HGETALL s
			HSTRLEN s a
			HGET h
			HEXISTS h
			HSTRLEN h
			HKEYS
			HGETALL h x
			HSETNX h a

			HINCRBY h n 5
			HINCRBY h n -10
			HINCRBY h n x
			HINCRBY h n 1.5
			HINCRBY h n 9223372036854775808
			HSET h s abc big 9223372036854775807 small -9223372036854775808 f 1.5 e ""
			HINCRBY h s 1
			HINCRBY h big 1
			HINCRBY h big -1
			HINCRBY h small -1
			HINCRBY h f 1
			HINCRBY h e 1
			HINCRBYFLOAT h f 0.1
			HINCRBYFLOAT h f -1.6
			HINCRBYFLOAT h n 2.5e3
			HINCRBYFLOAT h n x
			HINCRBYFLOAT h n inf
			HINCRBYFLOAT h n -inf
			HINCRBYFLOAT h n nan
			HINCRBYFLOAT h n 1e5000
			HINCRBYFLOAT h n " 1"
			HINCRBYFLOAT h n 0x10
			HINCRBYFLOAT h s 1
			HINCRBYFLOAT h e 1
			HINCRBYFLOAT h big 1
			HINCRBYFLOAT h f 5.0e3
			HINCRBYFLOAT h f 1e-20
			HGETALL h
			HINCRBYFLOAT nope2 f 1.0e1
			HGET nope2 f
			HINCRBY nope3 f 7
			HGET nope3 f
			SET str v
			HINCRBY str f 1
			HINCRBY str f x
			HINCRBYFLOAT str f 1
			HINCRBYFLOAT str f x
			HINCRBYFLOAT str f inf
			HINCRBY h n
			HINCRBYFLOAT h n

			HRANDFIELD nope
			HRANDFIELD nope 5
			HRANDFIELD nope -5 WITHVALUES
			HRANDFIELD nope 0
			HRANDFIELD nope x
			HSET one f v
			HRANDFIELD one
			HRANDFIELD one 1
			HRANDFIELD one -3
			HRANDFIELD one -3 WITHVALUES
			HRANDFIELD one 5 withvalues
			HRANDFIELD one 0
			HRANDFIELD one 0 WITHVALUES
			HRANDFIELD one 1 FOO
			HRANDFIELD one 1 WITHVALUES x
			HRANDFIELD one x WITHVALUES
			HRANDFIELD one x FOO
			HRANDFIELD one 1.5
			HRANDFIELD one -9223372036854775808
			HRANDFIELD one -9223372036854775808 WITHVALUES
			HRANDFIELD one 9223372036854775807 WITHVALUES
			HRANDFIELD one -4611686018427387904 WITHVALUES
			HRANDFIELD one 4611686018427387904 WITHVALUES
			HRANDFIELD one 4611686018427387903 WITHVALUES
			HRANDFIELD one 9223372036854775807
			HSET h a 1 b 2 c 3
			HRANDFIELD h 3
			HRANDFIELD h 10
			HRANDFIELD h 10 WITHVALUES
			SET s v
			HRANDFIELD s
			HRANDFIELD s 1
			HRANDFIELD s x
			HRANDFIELD s 1 FOO
			HRANDFIELD s 0
			HRANDFIELD s 1 WITHVALUES
			HRANDFIELD

			HSET \\xff \\xfe \\x80 \\xc3\\xa9 \\xc3 "" ""
			HGET \\xff \\xfe
			HGET \\xff \\xc3\\xa9
			HGET \\xff ""
			HMGET \\xff \\xfe \\xc3\\xa9 \\xc3 nope
			HSTRLEN \\xff \\xfe
			HSTRLEN \\xff \\xc3\\xa9
			HEXISTS \\xff \\xc3
			HKEYS \\xff
			HVALS \\xff
			HGETALL \\xff
			HSETNX \\xff \\xc0 \\xc1
			HINCRBY \\xff \\xed\\xa0\\x80 3
			HINCRBYFLOAT \\xff \\xed\\xa0\\x81 3.5
			HINCRBYFLOAT \\xff \\xfe 1
			HDEL \\xff \\xc0 \\xed\\xa0\\x80
			HGETALL \\xff
			HRANDFIELD \\xff 10 WITHVALUES
			HRANDFIELD \\xff 1 \\xff

			HINCRBYFLOAT h x 1e400
			HINCRBYFLOAT h x 1
			HINCRBYFLOAT h y 0.1
			HINCRBYFLOAT h y 0.1
			HINCRBYFLOAT h y 0.1
			HINCRBYFLOAT h z 1.23456789012345678901234
			HINCRBYFLOAT h w -0
			HINCRBYFLOAT h v 1e-400
			HINCRBYFLOAT h u 1.7976931348623157e308
			HINCRBYFLOAT h u 1.7976931348623157e308
			HSET h t 1e400 q 10 r -0.0 p 0x1p3
			HINCRBYFLOAT h t 1
			HINCRBYFLOAT h q 5
			HINCRBYFLOAT h r 0
			HINCRBYFLOAT h p 1
			HINCRBY h q 1
			HGETALL h

			HSET h a 1 b 2
			EXPIRE h 100
			HINCRBYFLOAT h a 1
			HINCRBY h a 1
			HSET h c 3
			HSETNX h d 4
			HDEL h a
			TTL h
			HDEL h b c d
			TTL h

			MULTI
			HSET h a 1
			HSET h a 1 b
			HRANDFIELD h -2 WITHVALUES
			HGETALL h
			HINCRBYFLOAT h a 0.5
			HRANDFIELD nope
			EXEC
			""";

	/**
	 * HSCAN cases: its flat array of fields and values is in the hash table's order, so
	 * these are compared with the pairs sorted (see {@link #showScan}).
	 */
	static final String SCANS = """
			HSCAN nope 0
			HSCAN nope x
			HSCAN nope 0 COUNT x
			HSCAN nope 0 FOO
			HSET h f1 1 f2 2 g1 3 \\xff 4 \\xc3\\xa9 5
			HSCAN h 0
			HSCAN h 0 MATCH f*
			HSCAN h 0 match F*
			HSCAN h 0 MATCH nomatch*
			HSCAN h 0 MATCH *
			HSCAN h 0 MATCH \\xff
			HSCAN h 0 MATCH ?
			HSCAN h 0 MATCH [fg]1
			HSCAN h 0 MATCH [
			HSCAN h 0 MATCH [f
			HSCAN h 0 MATCH [^f]*
			HSCAN h 0 MATCH [a-g]?
			HSCAN h 0 MATCH ""
			HSCAN h 0 COUNT 1
			HSCAN h 0 COUNT 1000 MATCH g*
			HSCAN h 0 COUNT 0
			HSCAN h 0 COUNT -1
			HSCAN h 0 COUNT x
			HSCAN h 0 COUNT 9223372036854775808
			HSCAN h 0 MATCH
			HSCAN h 0 COUNT
			HSCAN h 0 TYPE hash
			HSCAN h 0 FOO bar
			HSCAN h 0 MATCH f* COUNT 100 MATCH g*
			HSCAN h 0 COUNT x FOO
			HSCAN h 5
			HSCAN h x
			HSCAN h -1
			HSCAN h ""
			HSCAN h " 0"
			HSCAN h "0 "
			HSCAN h 18446744073709551615
			HSCAN h 18446744073709551616
			HSCAN h +3
			HSCAN h -
			HSCAN h 1.5
			HSCAN h \\xff
			SET s v
			HSCAN s 0
			HSCAN s x
			HSCAN s 0 FOO
			HSCAN s 0 COUNT 0
			HSCAN h
			HSCAN
			""";

	/**
	 * LMPOP, ZMPOP, and their blocking forms in a transaction, where they answer at once
	 * ({@link EndpointBlockingTests} has them waiting).
	 */
	static final String MPOPS = """
			RPUSH l1 a b c
			ZADD z1 1 a 2 b 3 c
			ZMPOP 1 z1 MIN
			ZMPOP 1 z1 MAX COUNT 5
			EXISTS z1
			ZADD z1 1 a 2 b 3 c 1.5 d
			ZMPOP 2 nope z1 MIN COUNT 2
			ZMPOP 2 l1 z1 MIN
			ZMPOP 2 nope z1 MIDDLE
			ZMPOP 0 z1 MIN
			ZMPOP -1 z1 MIN
			ZMPOP x z1 MIN
			ZMPOP 3 z1 MIN
			ZMPOP 1 z1 MIN COUNT 0
			ZMPOP 1 z1 MIN COUNT -1
			ZMPOP 1 z1 MIN COUNT x
			ZMPOP 1 z1 MIN COUNT 1 COUNT 1
			ZMPOP 1 z1 MIN COUNT
			ZMPOP 1 z1 min count 1
			ZMPOP 1 nope MAX
			ZMPOP 1 z1
			ZMPOP 1 z1 MIN FOO
			ZMPOP 1 z1 MAX COUNT 9223372036854775807
			ZADD z2 -inf a inf b 0 c
			ZMPOP 1 z2 MAX COUNT 3
			MULTI
			BLMPOP 0 1 nope LEFT
			BZMPOP 0 1 nope MIN
			RPUSH l3 a
			BLMPOP 0 1 l3 LEFT
			EXEC
			""";

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void mpopCommandsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, MPOPS)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void listCommandsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, LISTS)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void hashCommandsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, HASHES)).isEmpty();
	}

	/**
	 * A list of several of Redis's quicklist nodes and hashes past its listpack limits
	 * (128 fields, 64-byte values), where Redis switches to other encodings.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void largeListsAndHashesAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		StringBuilder push = new StringBuilder("RPUSH big");
		StringBuilder hset = new StringBuilder("HSET bigh");
		for (int i = 0; i < 300; i++) {
			push.append(" e").append(i % 50);
			hset.append(" f").append(i).append(" ").append(i);
		}
		String cases = push + """

				LLEN big
				LRANGE big 95 105
				LINDEX big -1
				LPOS big e3 COUNT 0 MAXLEN 200
				LPOS big e7 RANK -2
				LREM big 3 e1
				LREM big -2 e2
				LINSERT big AFTER e49 x
				LSET big 150 y
				LTRIM big 10 -10
				LRANGE big 0 -1
				LMPOP 1 big RIGHT COUNT 20
				LPOP big 15
				""" + hset + """

				HLEN bigh
				HGET bigh f250
				HGETALL bigh
				HKEYS bigh
				HVALS bigh
				HRANDFIELD bigh 500 WITHVALUES
				HDEL bigh f0 f1 nope
				HINCRBY bigh f2 5
				HINCRBYFLOAT bigh f3 0.5
				HMGET bigh f2 f3 f4 f0
				HSET long f %s
				HSTRLEN long f
				HGETALL long
				HSCAN long 0
				""".formatted("v".repeat(100));
		assertThat(RespPair.divergences(redis, protocol, cases)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void hscanAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		List<String> divergences = new ArrayList<>();
		try (RespPair pair = new RespPair(redis.host(), redis.port(), new MemoryStore(), protocol)) {
			pair.redis("FLUSHALL");
			for (String line : SCANS.strip().split("\\n")) {
				Object[] args = RespPair.split(line.strip());
				String expected = showScan(pair.redis(args));
				String actual = showScan(pair.memory(args));
				if (!expected.equals(actual)) {
					divergences.add(line + "\n  redis:  " + expected + "\n  memory: " + actual);
				}
			}
		}
		assertThat(divergences).isEmpty();
	}

	/**
	 * Random picks smaller than the hash: not the same picks, but the same count,
	 * distinct (positive count) or repeated (negative count) fields of the hash, with
	 * their values.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void hrandfieldPicksAsRedisPicks(int protocol, RedisServer redis) {
		try (RespPair pair = new RespPair(redis.host(), redis.port(), new MemoryStore(), protocol)) {
			pair.redis("FLUSHALL");
			Object[] hset = { "HSET", "h", "a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f", "6", "g", "7" };
			assertThat(pair.both(hset)).containsExactly(":7", ":7");
			for (String line : List.of("HRANDFIELD h", "HRANDFIELD h 1", "HRANDFIELD h 2", "HRANDFIELD h 6",
					"HRANDFIELD h -1", "HRANDFIELD h -20", "HRANDFIELD h 3 WITHVALUES",
					"HRANDFIELD h -20 WITHVALUES")) {
				Object[] args = RespPair.split(line);
				boolean withValues = line.endsWith("WITHVALUES");
				assertThat(picks(pair.memory(args), withValues, protocol)).as(line)
					.isEqualTo(picks(pair.redis(args), withValues, protocol));
			}
		}
	}

	/**
	 * A summary of HRANDFIELD's reply that holds for any random pick: its shape, the
	 * number of picks, whether they are distinct, and whether each is a field of the hash
	 * {a=1 ... g=7} with its own value.
	 */
	private static String picks(Reply reply, boolean withValues, int protocol) {
		if (reply instanceof Reply.Bulk bulk) {
			return "one field " + RespPair.show(bulk).matches("\"[a-g]\"");
		}
		List<Reply> elements = ((Reply.Array) reply).elements();
		boolean nested = !elements.isEmpty() && elements.get(0) instanceof Reply.Array;
		List<String> picked = new ArrayList<>();
		if (nested) {
			for (Reply element : elements) {
				List<Reply> pair = ((Reply.Array) element).elements();
				picked.add(RespPair.show(pair.get(0)) + "=" + RespPair.show(pair.get(1)));
			}
		}
		else if (withValues) {
			for (int i = 0; i + 1 < elements.size(); i += 2) {
				picked.add(RespPair.show(elements.get(i)) + "=" + RespPair.show(elements.get(i + 1)));
			}
		}
		else {
			for (Reply element : elements) {
				picked.add(RespPair.show(element) + "=" + valueOf(RespPair.show(element)));
			}
		}
		boolean fromHash = picked.stream().allMatch(ListsAndHashesDifferentialTests::inHash);
		return "protocol " + protocol + " nested " + nested + " elements " + elements.size() + " picks " + picked.size()
				+ " distinct " + (new HashSet<>(picked).size() == picked.size()) + " from hash " + fromHash;
	}

	private static boolean inHash(String pick) {
		return pick.length() == 7 && pick.charAt(1) >= 'a' && pick.charAt(1) <= 'g'
				&& pick.substring(4).equals(valueOf(pick.substring(0, 3)));
	}

	/** The value of a shown field of the hash {a=1 ... g=7}. */
	private static String valueOf(String field) {
		return "\"" + (field.charAt(1) - 'a' + 1) + "\"";
	}

	/** An HSCAN reply with its field-value pairs sorted; any other reply as it is. */
	private static String showScan(Reply reply) {
		if (!(reply instanceof Reply.Array array) || array.elements().size() != 2
				|| !(array.elements().get(1) instanceof Reply.Array items)) {
			return RespPair.show(reply);
		}
		List<String> pairs = new ArrayList<>();
		List<Reply> flat = items.elements();
		for (int i = 0; i + 1 < flat.size(); i += 2) {
			pairs.add(RespPair.show(flat.get(i)) + "=" + RespPair.show(flat.get(i + 1)));
		}
		if (flat.size() % 2 != 0) {
			pairs.add("odd:" + RespPair.show(flat.get(flat.size() - 1)));
		}
		Collections.sort(pairs);
		return RespPair.show(array.elements().get(0)) + " " + pairs;
	}

}
