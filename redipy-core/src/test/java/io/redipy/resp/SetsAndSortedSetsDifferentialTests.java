package io.redipy.resp;

import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's set and sorted-set commands against a real redis-server, as a RESP2 and
 * a RESP3 client reads the replies: every reply, error text included, must be the same.
 * Each block starts from empty databases on both.
 */
@ExtendWith(RedisExtension.class)
class SetsAndSortedSetsDifferentialTests {

	/** Set commands: one case per block (\x escapes for bytes that are not UTF-8). */
	static final String SETS = """
			SADD s a b c
			SADD s a d
			SADD s
			SADD
			SCARD s
			SCARD nope
			SCARD
			SMEMBERS s
			SMEMBERS nope
			SMEMBERS s extra
			SISMEMBER s a
			SISMEMBER s z
			SISMEMBER nope a
			SISMEMBER s
			SMISMEMBER s a z d
			SMISMEMBER nope a b
			SMISMEMBER s
			SREM s a z
			SREM s b c d
			EXISTS s
			SREM s a
			SREM nope a
			SREM s
			SET str v
			SADD str a
			SREM str a
			SCARD str
			SMEMBERS str
			SISMEMBER str a
			SMISMEMBER str a
			SADD u \\xff\\xfe \\xc3\\xa9 \\xff
			SMEMBERS u
			SISMEMBER u \\xff\\xfe
			SISMEMBER u \\xff
			SMISMEMBER u \\xc3\\xa9 \\xfe
			SREM u \\xff
			SMEMBERS u
			SADD n 3 1 2 10
			SMEMBERS n
			SADD n 2 x
			SCARD n

			SADD s a b c
			SPOP nope
			SPOP nope 3
			SPOP s 0
			SPOP s -1
			SPOP s x
			SPOP s 1 2
			SPOP s 10
			EXISTS s
			SADD one only
			SPOP one
			SPOP one
			EXISTS one
			SADD two a b
			SPOP two 2
			EXISTS two
			SET str v
			SPOP str
			SPOP str 1
			SPOP str -1
			SPOP
			SADD u \\xff\\xfe
			SPOP u 5

			SADD s a b c
			SRANDMEMBER nope
			SRANDMEMBER nope 5
			SRANDMEMBER nope -5
			SRANDMEMBER s 0
			SRANDMEMBER s 3
			SRANDMEMBER s 10
			SRANDMEMBER s x
			SRANDMEMBER s 1 2
			SRANDMEMBER s -9223372036854775808
			SRANDMEMBER s 9223372036854775808
			SCARD s
			SADD one only
			SRANDMEMBER one
			SRANDMEMBER one -3
			SRANDMEMBER one 1
			SET str v
			SRANDMEMBER str
			SRANDMEMBER str 2
			SRANDMEMBER
			SADD u \\xff\\xfe
			SRANDMEMBER u
			SRANDMEMBER u -2

			SADD a x y
			SADD b z
			SMOVE a b x
			SMEMBERS a
			SMEMBERS b
			SMOVE a b nope
			SMOVE nope b x
			SMOVE a a y
			SMOVE a a nope
			SMOVE a c y
			EXISTS a
			SMEMBERS c
			SET str v
			SMOVE nope str x
			SMOVE str b x
			SMOVE b str z
			SMOVE b
			SADD u \\xff
			SMOVE u v \\xff
			SMEMBERS v

			SADD a 1 2 3 4 x
			SADD b 2 3 5 x
			SADD c 3 x y
			SINTER a b
			SINTER a b c
			SINTER a nope
			SINTER nope
			SUNION a b
			SUNION a nope c
			SUNION nope
			SDIFF a b
			SDIFF a b c
			SDIFF nope a
			SDIFF a nope
			SDIFF a a
			SINTER
			SET str v
			SINTER a str
			SINTER nope str
			SUNION a str
			SDIFF str a
			SDIFF nope str
			SINTERSTORE d a b
			SMEMBERS d
			SINTERSTORE d a nope
			EXISTS d
			SUNIONSTORE d a c
			SMEMBERS d
			SDIFFSTORE d a b c
			SMEMBERS d
			SDIFFSTORE d a a
			EXISTS d
			SUNIONSTORE str a
			TYPE str
			SINTERSTORE d a str
			SINTERSTORE d
			SUNIONSTORE d
			SDIFFSTORE d
			SADD u1 \\xff \\xfe a
			SADD u2 \\xff b
			SINTER u1 u2
			SUNION u1 u2
			SDIFF u1 u2

			SADD a 1 2 3 4 x
			SADD b 2 3 5 x
			SINTERCARD 2 a b
			SINTERCARD 2 a b LIMIT 2
			SINTERCARD 2 a b LIMIT 0
			SINTERCARD 2 a b LIMIT 100
			SINTERCARD 1 a
			SINTERCARD 2 a nope
			SINTERCARD 0 a
			SINTERCARD -1 a
			SINTERCARD x a
			SINTERCARD 3 a b
			SINTERCARD 2 a b LIMIT
			SINTERCARD 2 a b LIMIT -1
			SINTERCARD 2 a b LIMIT x
			SINTERCARD 2 a b FOO
			SINTERCARD 1 a b
			SINTERCARD 2
			SET str v
			SINTERCARD 2 a str
			SINTERCARD 2 nope str

			SADD s only
			SSCAN s 0
			SSCAN s 0 MATCH o*
			SSCAN s 0 MATCH z*
			SSCAN s 0 COUNT 100
			SSCAN s 0 COUNT 0
			SSCAN s 0 COUNT x
			SSCAN s 0 MATCH
			SSCAN s 0 TYPE set
			SSCAN s 0 FOO bar
			SSCAN s x
			SSCAN nope -1
			SSCAN nope 18446744073709551616
			SSCAN nope 0
			SSCAN nope 0 COUNT 0
			SSCAN nope x
			SADD m alpha beta gamma
			SSCAN m 0 MATCH b*
			SSCAN m 0 MATCH *mm*
			SADD n 5 1 3 -2
			SSCAN n 0 MATCH *3
			SET str v
			SSCAN str 0
			SSCAN str 0 COUNT 0
			SSCAN s
			SADD u \\xff \\xc3\\xa9
			SSCAN u 0 MATCH \\xff
			""";

	/** Sorted-set writes and point reads. */
	static final String SORTED_SETS = """
			ZADD z 1 a 2 b 3 c
			ZADD z 1 a
			ZADD z 5 a 1 d
			ZADD z CH 6 a 1 d 7 e
			ZADD z NX 9 a 8 f
			ZADD z XX 9 a 8 g
			ZADD z XX CH 10 a 8 g
			ZADD z GT CH 1 a 20 b
			ZADD z LT CH 100 a 0 b
			ZADD z XX GT CH 50 c 1 e
			ZADD z NX XX 1 a
			ZADD z NX GT 1 a
			ZADD z NX LT 1 a
			ZADD z GT LT 1 a
			ZADD z INCR 1 a 2 b
			ZADD z 1
			ZADD z 1 a 2
			ZADD z NX
			ZADD z x a
			ZADD z nan a
			ZADD z 1e400 a
			ZADD z 1e-400 a
			ZADD z " 1" a
			ZADD z "1 " a
			ZADD z "" a
			ZADD z 1 a x b
			ZADD z
			ZADD z 1
			ZSCORE z a
			ZADD z inf a -inf b +inf c -Infinity d
			ZADD zi -0 a 0 b 007 c -007 d 999999999999999 e -999999999999999 f 9999999999999999 g 12345678901234567 h
			ZSCORE zi a
			ZSCORE zi d
			ZRANGE zi 0 -1 WITHSCORES
			ZADD zi -a x
			ZADD zi - x
			ZADD zi 1- x
			ZADD zi 1x x
			ZADD zi 0x10 x
			ZADD zi 12e x
			ZADD zi -- x
			ZINCRBY zi -0 a
			ZINCRBY zi 100000000000000 a
			ZSCORE zi a
			ZSCORE z a
			ZSCORE z b
			ZSCORE z c
			ZSCORE z d
			ZADD z 0x10 h 1e3 i .5 j 5. k -0 l 1E-3 m 0.1 n 1.5e+2 o
			ZMSCORE z h i j k l m n o nope
			ZMSCORE nope a b
			ZMSCORE z
			ZSCORE z nope
			ZSCORE nope a
			ZSCORE z
			ZCARD z
			ZCARD nope
			ZCARD
			SET str v
			ZADD str 1 a
			ZADD str XX 1 a
			ZADD str x a
			ZSCORE str a
			ZMSCORE str a
			ZCARD str
			ZADD u 1 \\xff \\xc3\\xa9 2 \\xfe\\xff
			ZSCORE u \\xff
			ZMSCORE u \\xfe\\xff \\xfe
			ZRANGE u 0 -1 WITHSCORES

			ZADD z XX 1 a
			EXISTS z
			ZADD z INCR 5 a
			ZADD z INCR 2.5 a
			ZADD z INCR NX 1 a
			ZADD z INCR XX 1 a
			ZADD z INCR XX 1 b
			ZADD z INCR GT -1 a
			ZADD z INCR LT -1 a
			ZADD z INCR GT 1 new
			ZADD z INCR inf a
			ZADD z INCR -inf a
			ZADD z INCR x a
			ZADD z incr ch 1 q
			ZINCRBY z 1 b
			ZINCRBY z 0.1 b
			ZINCRBY z 1e400 b
			ZINCRBY z x b
			ZINCRBY z nan b
			ZINCRBY z NX b
			ZINCRBY z 1
			ZINCRBY z inf c
			ZINCRBY z -inf c
			ZINCRBY nope2 -2.5 m
			ZRANGE z 0 -1 WITHSCORES
			SET str v
			ZINCRBY str 1 a
			ZADD str INCR 1 a
			ZINCRBY u 1 \\xff\\xfe
			ZSCORE u \\xff\\xfe

			ZADD z 1 a 2 b 3 c 4 d
			ZREM z a x
			ZREM z b c d
			EXISTS z
			ZREM z a
			ZREM nope a
			ZREM z
			ZADD z 1 a 2 b
			ZRANK z a
			ZRANK z b
			ZRANK z x
			ZRANK nope a
			ZREVRANK z a
			ZREVRANK z x
			ZRANK z
			ZRANK z a WITHSCORE
			SET str v
			ZREM str a
			ZRANK str a
			ZREVRANK str a
			ZADD u 1 \\xff
			ZRANK u \\xff
			ZREM u \\xff

			ZADD z 1 a 2 b 3 c 4 d 5 e
			ZPOPMIN z
			ZPOPMAX z
			ZPOPMIN z 2
			ZPOPMAX z 0
			ZPOPMIN z -1
			ZPOPMIN z x
			ZPOPMIN z 1 2
			ZPOPMAX z 10
			EXISTS z
			ZPOPMIN z
			ZPOPMIN z 3
			ZPOPMAX nope
			ZPOPMAX nope 0
			ZPOPMIN
			SET str v
			ZPOPMIN str
			ZPOPMAX str 1
			ZPOPMAX str 0
			ZADD u 1.5 \\xff 2.5 \\xfe
			ZPOPMAX u 1
			ZPOPMIN u

			ZADD z 1 a 2 b 3 c
			ZRANDMEMBER nope
			ZRANDMEMBER nope 3
			ZRANDMEMBER nope 3 WITHSCORES
			ZRANDMEMBER z 0
			ZRANDMEMBER z 0 WITHSCORES
			ZRANDMEMBER z 3
			ZRANDMEMBER z 10
			ZRANDMEMBER z 10 WITHSCORES
			ZRANDMEMBER z x
			ZRANDMEMBER z 1 FOO
			ZRANDMEMBER z x FOO
			ZRANDMEMBER z 1 WITHSCORES x
			ZRANDMEMBER z -9223372036854775808
			ZRANDMEMBER z 9223372036854775807 WITHSCORES
			ZRANDMEMBER z -4611686018427387904 WITHSCORES
			ZADD one 7.5 only
			ZRANDMEMBER one
			ZRANDMEMBER one -3
			ZRANDMEMBER one -2 WITHSCORES
			ZRANDMEMBER one 1 WITHSCORES
			SET str v
			ZRANDMEMBER str
			ZRANDMEMBER str 1
			ZRANDMEMBER
			""";

	/** Sorted-set ranges, counts, range removals, algebra and scans. */
	static final String RANGES = """
			ZADD z 1 a 2 b 3 c 4 d 5 e
			ZRANGE z 0 -1
			ZRANGE z 0 -1 WITHSCORES
			ZRANGE z 1 2 withscores
			ZRANGE z -2 -1
			ZRANGE z 3 1
			ZRANGE z 10 20
			ZRANGE z -100 100
			ZRANGE z 0 -1 REV
			ZRANGE z 0 1 REV WITHSCORES
			ZRANGE z x 1
			ZRANGE z 0 1 LIMIT 0 1
			ZRANGE z 0 1 LIMIT 0 -1
			ZRANGE z 0 1 REV REV
			ZRANGE z 0 1 FOO
			ZRANGE z 0 1 LIMIT 0
			ZRANGE z 2 4 BYSCORE
			ZRANGE z (2 4 BYSCORE
			ZRANGE z (2 (4 BYSCORE WITHSCORES
			ZRANGE z -inf +inf BYSCORE LIMIT 1 2
			ZRANGE z -inf +inf BYSCORE LIMIT 1 -1
			ZRANGE z -inf +inf BYSCORE LIMIT -1 2
			ZRANGE z -inf +inf BYSCORE LIMIT 10 2
			ZRANGE z -inf +inf BYSCORE LIMIT 0 0
			ZRANGE z -inf +inf BYSCORE LIMIT x 0
			ZRANGE z 4 2 BYSCORE REV
			ZRANGE z 4 2 BYSCORE REV LIMIT 1 1 WITHSCORES
			ZRANGE z 2 4 BYSCORE REV
			ZRANGE z x 4 BYSCORE
			ZRANGE z 1 nan BYSCORE
			ZRANGE z ( 3 BYSCORE
			ZRANGE z "" 3 BYSCORE
			ZRANGE z " 2" 3 BYSCORE
			ZRANGE z 1e400 inf BYSCORE
			ZRANGE z 0x2 0x3 BYSCORE
			ZRANGE z 2 BYSCORE
			ZRANGE z 1 2 BYSCORE BYLEX
			ZRANGE z 1 2 BYSCORE BYSCORE
			ZRANGE nope 0 -1
			ZRANGE nope 0 -1 BYSCORE
			ZRANGE nope x -1
			ZRANGE nope 0 1 BYLEX
			SET str v
			ZRANGE str 0 -1
			ZRANGE str x -1
			ZRANGE str 0 1 BYSCORE
			ZRANGE z

			ZADD l 0 a 0 b 0 c 0 d 0 e
			ZRANGE l - + BYLEX
			ZRANGE l [b [d BYLEX
			ZRANGE l (b (d BYLEX
			ZRANGE l (b + BYLEX LIMIT 1 2
			ZRANGE l + - BYLEX REV
			ZRANGE l [d (a BYLEX REV LIMIT 0 2
			ZRANGE l - + BYLEX WITHSCORES
			ZRANGE l a c BYLEX
			ZRANGE l [a c BYLEX
			ZRANGE l "" + BYLEX
			ZRANGE l ++ + BYLEX
			ZRANGE l - -x BYLEX
			ZRANGE l + - BYLEX
			ZRANGE l [c [a BYLEX
			ZRANGE l [ + BYLEX
			ZRANGE l ( + BYLEX
			ZRANGEBYLEX l - +
			ZRANGEBYLEX l [b +
			ZRANGEBYLEX l - + LIMIT 1 1
			ZRANGEBYLEX l - + WITHSCORES
			ZRANGEBYLEX l - + REV
			ZRANGEBYLEX l - + BYLEX
			ZRANGEBYLEX l a +
			ZREVRANGEBYLEX l + -
			ZREVRANGEBYLEX l (d [b
			ZREVRANGEBYLEX l + - LIMIT 1 2
			ZREVRANGEBYLEX l - +
			ZREVRANGEBYLEX l + x
			ZLEXCOUNT l - +
			ZLEXCOUNT l [b (d
			ZLEXCOUNT l (e +
			ZLEXCOUNT l x +
			ZLEXCOUNT nope - +
			ZLEXCOUNT nope x +
			ZLEXCOUNT l
			ZADD u 0 \\xff 0 \\xfe 0 a
			ZRANGE u [\\xfe + BYLEX
			ZRANGEBYLEX u (\\xfe +
			ZLEXCOUNT u [\\xfe [\\xff
			SET str v
			ZRANGEBYLEX str - +
			ZLEXCOUNT str - +

			ZADD z 1 a 2 b 3 c 4 d 5 e
			ZRANGEBYSCORE z 2 4
			ZRANGEBYSCORE z (2 4 WITHSCORES
			ZRANGEBYSCORE z -inf +inf LIMIT 1 2
			ZRANGEBYSCORE z -inf +inf WITHSCORES LIMIT 0 1
			ZRANGEBYSCORE z 2 4 REV
			ZRANGEBYSCORE z 2 4 BYSCORE
			ZRANGEBYSCORE z 4 2
			ZRANGEBYSCORE z x 2
			ZRANGEBYSCORE z 2
			ZREVRANGEBYSCORE z 4 2
			ZREVRANGEBYSCORE z +inf -inf WITHSCORES
			ZREVRANGEBYSCORE z +inf -inf LIMIT 1 2
			ZREVRANGEBYSCORE z 2 4
			ZREVRANGEBYSCORE z (4 (2
			ZREVRANGE z 0 1
			ZREVRANGE z 0 -1 WITHSCORES
			ZREVRANGE z 0 1 REV
			ZREVRANGE z 0 1 LIMIT 0 1
			ZREVRANGE z x 1
			ZREVRANGE z 0
			ZCOUNT z 2 4
			ZCOUNT z (2 (4
			ZCOUNT z -inf +inf
			ZCOUNT z 4 2
			ZCOUNT z x 2
			ZCOUNT z 1 nan
			ZCOUNT z "" ""
			ZCOUNT z ( 5
			ZCOUNT nope 1 2
			ZCOUNT nope x 2
			ZCOUNT z 1
			SET str v
			ZCOUNT str 1 2
			ZRANGEBYSCORE str 1 2
			ZREVRANGE str 0 1

			ZADD z 1 a 2 b 3 c 4 d 5 e
			ZRANGESTORE d z 0 1
			ZRANGE d 0 -1 WITHSCORES
			ZRANGESTORE d z 1 3 BYSCORE REV
			ZRANGESTORE d z 3 1 BYSCORE REV
			ZRANGE d 0 -1 WITHSCORES
			ZRANGESTORE d z -inf +inf BYSCORE LIMIT 1 2
			ZRANGE d 0 -1 WITHSCORES
			ZRANGESTORE d z 10 20
			EXISTS d
			ZRANGESTORE d nope 0 -1
			ZRANGESTORE d z 0 -1 WITHSCORES
			ZRANGESTORE d z 0 -1 LIMIT 0 1
			ZRANGESTORE d z - + BYLEX
			ZRANGESTORE d z x 1
			ZRANGESTORE d z 0
			SET str v
			ZRANGESTORE d str 0 -1
			ZRANGESTORE str z 0 0
			TYPE str
			ZRANGE str 0 -1 WITHSCORES

			ZADD z 1 a 2 b 3 c 4 d 5 e
			ZREMRANGEBYRANK z 0 0
			ZREMRANGEBYRANK z -1 -1
			ZREMRANGEBYRANK z 5 10
			ZREMRANGEBYRANK z x 1
			ZREMRANGEBYRANK nope 0 1
			ZRANGE z 0 -1
			ZREMRANGEBYSCORE z (2 3
			ZREMRANGEBYSCORE z x 3
			ZREMRANGEBYSCORE z 3 x
			ZREMRANGEBYSCORE nope 1 2
			ZREMRANGEBYSCORE nope x 2
			ZRANGE z 0 -1
			ZREMRANGEBYSCORE z -inf +inf
			EXISTS z
			ZADD l 0 a 0 b 0 c 0 d
			ZREMRANGEBYLEX l [b (d
			ZREMRANGEBYLEX l x +
			ZREMRANGEBYLEX nope - +
			ZRANGE l 0 -1
			ZREMRANGEBYLEX l - +
			EXISTS l
			ZREMRANGEBYRANK l 0
			SET str v
			ZREMRANGEBYRANK str 0 1
			ZREMRANGEBYSCORE str 0 1
			ZREMRANGEBYLEX str - +
			ZREMRANGEBYRANK str x 1

			ZADD a 1 x 2 y 3 z
			ZADD b 10 y 20 z 30 w
			SADD s x w
			ZUNIONSTORE d 2 a b
			ZRANGE d 0 -1 WITHSCORES
			ZUNIONSTORE d 2 a b WEIGHTS 2 0.5
			ZRANGE d 0 -1 WITHSCORES
			ZUNIONSTORE d 2 a b AGGREGATE MIN
			ZRANGE d 0 -1 WITHSCORES
			ZUNIONSTORE d 2 a b WEIGHTS 1 -1 AGGREGATE max
			ZRANGE d 0 -1 WITHSCORES
			ZUNIONSTORE d 3 a b s
			ZRANGE d 0 -1 WITHSCORES
			ZINTERSTORE d 2 a b
			ZRANGE d 0 -1 WITHSCORES
			ZINTERSTORE d 2 a b AGGREGATE MAX WEIGHTS 1 2
			ZRANGE d 0 -1 WITHSCORES
			ZINTERSTORE d 2 a s
			ZRANGE d 0 -1 WITHSCORES
			ZINTERSTORE d 2 a nope
			EXISTS d
			ZDIFFSTORE d 2 a b
			ZRANGE d 0 -1 WITHSCORES
			ZDIFFSTORE d 2 a a
			EXISTS d
			ZDIFFSTORE d 1 nope
			ZUNIONSTORE d 2 a b WEIGHTS 1
			ZUNIONSTORE d 2 a b WEIGHTS 1 x
			ZUNIONSTORE d 2 a b WEIGHTS 1 nan
			ZUNIONSTORE d 2 a b AGGREGATE FOO
			ZUNIONSTORE d 2 a b AGGREGATE
			ZUNIONSTORE d 2 a b WITHSCORES
			ZUNIONSTORE d 0 a
			ZUNIONSTORE d -1 a
			ZUNIONSTORE d x a
			ZUNIONSTORE d 3 a b
			ZINTERSTORE d 0 a
			ZDIFFSTORE d 0 a
			ZDIFFSTORE d 2 a b WEIGHTS 1 2
			ZDIFFSTORE d 2 a b AGGREGATE SUM
			ZUNIONSTORE d 1
			SET str v
			ZUNIONSTORE d 2 a str
			ZUNIONSTORE d 2 a str WEIGHTS x y
			ZINTERSTORE d 2 nope str
			ZDIFFSTORE d 2 str a
			ZUNIONSTORE str 1 a
			TYPE str
			ZADD inf 1 p
			ZADD ninf 1 p
			ZUNIONSTORE d 2 inf ninf WEIGHTS inf -inf
			ZRANGE d 0 -1 WITHSCORES

			ZADD a 1 x 2 y 3 z
			ZADD b 10 y 20 z 30 w
			SADD s x w
			ZUNION 2 a b
			ZUNION 2 a b WITHSCORES
			ZUNION 2 a b WEIGHTS 2 1 AGGREGATE MIN WITHSCORES
			ZUNION 3 a b s WITHSCORES
			ZINTER 2 a b
			ZINTER 2 a b WITHSCORES
			ZINTER 2 a b withscores AGGREGATE max
			ZINTER 2 a nope WITHSCORES
			ZINTER 2 a s WITHSCORES
			ZDIFF 2 a b
			ZDIFF 2 a b WITHSCORES
			ZDIFF 2 a s WITHSCORES
			ZDIFF 1 nope WITHSCORES
			ZDIFF 2 a b WEIGHTS 1 1
			ZUNION 0 a
			ZUNION x a
			ZUNION 3 a b
			ZUNION 2 a b WEIGHTS 1
			ZUNION 2 a b FOO
			ZINTER 2 a b AGGREGATE avg
			ZUNION 1
			ZINTERCARD 2 a b
			ZINTERCARD 2 a b LIMIT 1
			ZINTERCARD 2 a b LIMIT 0
			ZINTERCARD 2 a b LIMIT -1
			ZINTERCARD 2 a b LIMIT x
			ZINTERCARD 2 a b WITHSCORES
			ZINTERCARD 2 a b WEIGHTS 1 1
			ZINTERCARD 0 a
			ZINTERCARD 3 a b
			ZINTERCARD 2 a s
			SET str v
			ZUNION 2 a str
			ZINTER 2 str nope
			ZDIFF 1 str
			ZINTERCARD 2 a str
			ZADD u 1 \\xff 2 \\xc3\\xa9
			ZUNION 2 u a WITHSCORES

			ZADD z 1 a 2.5 b 0.1 c inf d -inf e -0 f 100000000000000000 g 1e-5 h
			ZSCAN z 0
			ZSCAN z 0 MATCH a*
			ZSCAN z 0 COUNT 100
			ZSCAN z 0 COUNT 0
			ZSCAN z 0 COUNT x
			ZSCAN z 0 MATCH
			ZSCAN z 0 TYPE zset
			ZSCAN z x
			ZSCAN nope 0
			ZSCAN nope 0 COUNT 0
			ZSCAN z
			SET str v
			ZSCAN str 0
			ZADD u 1 \\xff 2 \\xc3\\xa9
			ZSCAN u 0 MATCH \\xff
			""";

	/** Numbers, bounds and encodings at their edges. */
	static final String EDGES = """
			ZADD h 0x1p3 a 0X10 b 0x.8 c 0x1.8p1 d 0x e
			ZADD h 0x1p3 a 0X10 b 0x.8 c 0x1.8p1 d
			ZRANGE h 0 -1 WITHSCORES
			ZADD f 1e-320 a
			ZADD f -1e-400 b
			ZADD f 1e309 b
			ZADD f infinity b -INF c +inf d
			ZADD f infx e
			ZADD f nan(1) e
			ZADD f NaN e
			ZADD f 1\\x00 e
			ZADD f \\x001 e
			ZADD f 1.5e e
			ZADD f 1.e2 e .e2 f
			ZADD f 1.e2 e
			ZADD f 00012 g 1e0000000000000000000001 h
			ZADD f 1e-0000000000000000000000000400 i
			ZADD f 1e99999999999999999999 j
			ZRANGE f 0 -1 WITHSCORES
			ZCOUNT f 1\\x00abc +inf
			ZCOUNT f (1\\x00 inf
			ZCOUNT f (-inf (inf
			ZCOUNT f (inf +inf
			ZCOUNT f 0x1p-2 0x10
			ZCOUNT f "\\t1" 1e400
			ZRANGE f +\\x00x -\\x00 BYLEX REV
			ZRANGE f -\\x00 + BYLEX
			ZRANGE f [\\x00 + BYLEX

			ZADD z 1 a 2 b 3 c
			ZRANGE z 0 9223372036854775807
			ZRANGE z -9223372036854775808 -1
			ZRANGE z 0 9223372036854775808
			ZRANGE z -inf +inf BYSCORE LIMIT -9223372036854775808 1
			ZRANGE z -inf +inf BYSCORE LIMIT 0 9223372036854775807
			ZREMRANGEBYRANK z -9223372036854775808 -3
			ZPOPMIN z 9223372036854775807
			ZADD z GT CH 5 new
			ZADD z LT 1 new
			ZADD z GT XX 9 new 9 other
			ZRANGE z 0 -1 WITHSCORES
			ZINTERSTORE d 2 z z
			ZRANGE d 0 -1 WITHSCORES
			ZUNIONSTORE d 2 z z WEIGHTS 0 inf
			ZRANGE d 0 -1 WITHSCORES
			ZINTER 2 z z WEIGHTS inf 0 WITHSCORES
			ZUNION 2 z z WEIGHTS 1e400 1
			ZUNION 2 z z WEIGHTS 0x2 1 WITHSCORES
			ZRANGESTORE z z 0 0
			ZRANGE z 0 -1 WITHSCORES
			SINTERCARD 9223372036854775807 a
			SINTERCARD 9223372036854775808 a
			ZUNION 9223372036854775807 a
			ZUNION 9223372036854775808 a
			SADD s a
			SINTER s s
			SINTERSTORE s s s
			SMEMBERS s
			SDIFFSTORE s s
			EXISTS s
			MULTI
			ZADD m 1 a
			ZINCRBY m 1 a
			ZRANGE m 0 -1 WITHSCORES
			ZPOPMIN m 1
			SADD ms x
			SPOP ms 1
			EXEC

			ZADD big 100000000000000000 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
			ZSCAN big 0
			ZADD small 100000000000000000 a
			ZSCAN small 0
			ZADD small 0.1 b 1.5 c 123456789 d
			ZSCAN small 0
			ZADD big2 0.1 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
			ZSCAN big2 0
			ZADD big3 -0 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
			ZSCAN big3 0
			ZADD big4 inf aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
			ZSCAN big4 0
			ZSCORE big4 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
			ZADD dup 1 a 2 a
			ZADD dup CH 2 a 3 a 1 b 1 b
			ZRANGE dup 0 -1 WITHSCORES
			ZADD r 1 a 2 b 3 c
			ZADD rs 1 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 2 b 3 c
			MULTI
			ZRANDMEMBER r 3
			ZRANDMEMBER r 5 WITHSCORES
			ZRANDMEMBER rs 3
			ZRANDMEMBER dup 9 WITHSCORES
			EXEC
			ZADD small2 -0 a 5e-324 b
			ZSCAN small2 0
			ZRANGE small2 0 -1 WITHSCORES
			""";

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void numbersBoundsAndEncodingsAsRedisReadsAndWritesThem(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, EDGES)).isEmpty();
	}

	/**
	 * Sets of integers, which Redis keeps as sorted intsets: listed in order (EXEC's
	 * reply is compared in order, unlike SMEMBERS' or SPOP's on their own).
	 */
	static final String INTSETS = """
			SADD n 30 -2 10 9223372036854775807 -9223372036854775808 0
			SSCAN n 0
			SSCAN n 0 COUNT 1
			SSCAN n 7
			SSCAN n 0 MATCH *0
			SADD m 10 0 5
			MULTI
			SMEMBERS n
			SINTER n m
			SUNION m n
			SDIFF n m
			SRANDMEMBER m 3
			SRANDMEMBER m 100
			EXEC
			SUNIONSTORE d m n
			SSCAN d 0
			SINTERSTORE d n m
			SSCAN d 0
			SDIFFSTORE d n m
			SSCAN d 0
			SMOVE n e 30
			SADD e 4
			SSCAN e 0
			COPY n c
			SSCAN c 0
			SADD h 3 a
			SREM h a
			SADD h 1
			SSCAN h 0 MATCH 3
			MULTI
			SPOP h 2
			EXEC
			SADD x 01 1 +2 -0
			SSCAN x 0 MATCH 1
			SREM x 01 +2 -0
			SADD x 1 2
			SSCAN x 0 MATCH 2
			MULTI
			SPOP m 10
			EXEC
			""";

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void integerSetsListInOrderAsRedisIntsets(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, INTSETS)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void setCommandsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, SETS)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void sortedSetCommandsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, SORTED_SETS)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void sortedSetRangesAndAlgebraAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, RANGES)).isEmpty();
	}

}
