package io.redipy.resp;

import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory store's endpoint against a real redis-server, command by command, as a RESP2
 * and a RESP3 client reads the replies: every reply, error text included, must be the
 * same. Each case starts from empty databases on both.
 */
@ExtendWith(RedisExtension.class)
class EndpointDifferentialTests {

	/**
	 * Command lines, one case per block; a line is split at spaces (\x escapes allowed).
	 */
	static final String CASES = """
			PING
			PING hello
			ECHO "a b"
			ECHO
			NOSUCH a b
			GET

			SET k v
			GET k
			SET k v NX
			SET k w XX GET
			SET k v EX 0
			SET k v EX x
			SET k v PX 10 EX 10
			SET k v KEEPTTL
			SET k v NX XX
			SET k v GET NX
			SET k2 v EXAT 99999999999
			SETNX k x
			SETEX k 0 v
			SETEX k 100 v
			PSETEX k 100 v
			GETDEL k
			GETDEL k
			GETSET k z
			GETSET k y
			MGET k nope k
			MSET a 1 b 2 a 3
			MGET a b
			MSET a
			MSETNX a 1 c 2
			MSETNX c 1 d 2
			INCR a
			INCRBY a 10
			INCRBY a x
			DECR a
			DECRBY a -5
			INCR k
			SET f 10.5
			INCRBYFLOAT f 0.1
			INCRBYFLOAT f 1e400
			INCRBYFLOAT f abc
			INCRBYFLOAT f -10.6
			APPEND f xyz
			STRLEN f
			GETRANGE f 0 -1
			GETRANGE f -3 -2
			SUBSTR f 1 2
			SETRANGE f 1 XY
			SETRANGE f -1 x
			SETRANGE new 3 abc
			GET new
			SET u \\xc3\\xa9t\\xc3\\xa9
			GETRANGE u 0 0
			STRLEN u
			GETEX u EX 100
			TTL u
			GETEX u PERSIST
			TTL u
			GETEX u EX -1
			GETEX u FOO

			SET a 1
			SET b 2
			SET l x
			DEL a b c
			EXISTS a l l
			TYPE l
			TYPE nope
			EXPIRE l 100
			TTL l
			PTTL nope
			EXPIRETIME nope
			PEXPIRETIME a
			EXPIRETIME l
			PEXPIREAT l 4000000000499
			EXPIRETIME l
			PEXPIRETIME l
			PEXPIREAT l 4000000000500
			EXPIRETIME l
			EXPIRETIME
			PEXPIRETIME l l
			TOUCH l nope l
			TOUCH
			EXPIRE l 50 GT
			EXPIRE l 500 GT
			EXPIRE l 10 NX
			EXPIRE l 10 NX XX
			EXPIRE l 10 GT LT
			EXPIRE l 10 FOO
			PERSIST l
			TTL l
			EXPIRE l 10 XX LT
			EXPIRE l 9223372036854775807
			PEXPIREAT l 1
			EXISTS l
			SET s v
			RENAME s t
			RENAME s t
			RENAMENX t t
			SET s v
			RENAMENX s t
			COPY s s
			COPY s c1
			COPY s c1
			COPY s c1 REPLACE
			COPY s c2 DB 1
			COPY s c2 DB 99
			COPY s c2 FOO
			KEYS *
			DBSIZE
			SCAN 0 TYPE string COUNT 100
			SCAN 0 TYPE LIST
			SCAN 0 TYPE nosuch
			SCAN 0 MATCH c* COUNT 100
			SCAN 0 COUNT 0
			SCAN x
			SELECT 1
			KEYS *
			SELECT 16
			SELECT x
			MOVE c2 0
			MOVE c2 0
			MOVE nope 0
			MOVE c2 1
			SELECT 0
			DBSIZE
			SWAPDB 0 1
			DBSIZE
			SWAPDB 0 16
			FLUSHALL
			DBSIZE
			FLUSHDB FOO

			RANDOMKEY
			SET only 1
			RANDOMKEY
			MULTI
			SET a 1
			INCR a
			GET a
			EXEC
			EXEC
			DISCARD
			MULTI
			MULTI
			SET a
			EXEC
			GET a
			MULTI
			SET b 1
			DISCARD
			GET b
			MULTI
			SET x abc
			INCR x
			GET x
			EXEC

			INCR c
			INCRBY c 99999
			OBJECT ENCODING c
			OBJECT REFCOUNT c
			STRLEN c
			GETRANGE c 1 3
			GET c
			INCRBY c -99999
			OBJECT REFCOUNT c
			COPY c d
			INCR d
			GET c
			SETRANGE c 0 7
			INCR c
			APPEND c 1
			INCR c
			GETSET c 9
			INCR c
			GETDEL c
			INCRBY m 9223372036854775807
			INCR m
			GET m

			SET int 123
			SET neg -0
			SET short hello
			SET long 012345678901234567890123456789012345678901234567890
			RPUSH list a
			HSET hash f v
			SADD ints 1 2 3
			SADD words a
			ZADD zset 1 m
			OBJECT ENCODING int
			OBJECT ENCODING neg
			OBJECT ENCODING short
			OBJECT ENCODING long
			OBJECT ENCODING list
			OBJECT ENCODING hash
			OBJECT ENCODING ints
			OBJECT ENCODING words
			OBJECT ENCODING zset
			OBJECT ENCODING missing
			OBJECT REFCOUNT int
			OBJECT REFCOUNT short
			OBJECT IDLETIME missing
			OBJECT FREQ short
			OBJECT FOO short
			OBJECT ENCODING

			HELLO 4
			HELLO x
			HELLO 2 FOO
			AUTH pass
			AUTH u p
			CLIENT SETNAME my-name
			CLIENT GETNAME
			CLIENT SETNAME "a b"
			CLIENT NO-EVICT on
			CLIENT NO-EVICT maybe
			CLIENT FOO
			CONFIG GET databases
			CONFIG GET nosuch
			CONFIG SET nosuch 1
			CONFIG FOO

			GETEX missing EX x
			SET s v
			GETEX s PX x
			LPUSH l x
			GETEX l EX x
			SETEX s 9223372036854775807 v
			PSETEX s 9223372036854775807 v
			EXPIRE s x v
			EXPIRE s 10 \\x00
			PEXPIREAT s 10 GT \\xc3
			SWAPDB -1 x
			SWAPDB 16 x
			SWAPDB 0 16
			SELECT 2147483648
			SELECT -9223372036854775808
			MOVE s 2147483648
			COPY s t DB -2147483649
			NOSUCH \\x00a \\xc3\\xa9 \\xff
			""";

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void everyCommandAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, CASES)).isEmpty();
	}

}
