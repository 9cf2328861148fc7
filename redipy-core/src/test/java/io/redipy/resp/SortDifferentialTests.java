package io.redipy.resp;

import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's {@code SORT} and {@code SORT_RO} against a real redis-server, in RESP2
 * and RESP3: lists, intsets, sets and sorted sets; numeric and {@code ALPHA} order with
 * and without {@code BY} patterns ({@code *}, {@code ->field}, no {@code *}), {@code GET}
 * patterns, {@code LIMIT} as Redis clamps it, {@code STORE}, parse errors, wrong types
 * and bytes that are not UTF-8. Sets whose order Redis leaves to its hash table are only
 * sorted, never asked for in their own order.
 *
 * <p>
 * Redis's SORT reads {@code errno} after {@code strtod} without clearing it first, so an
 * {@code ERANGE} left by one SORT fails the numeric SORTs after it on the same connection
 * until something clears it; the line after each {@code ERANGE} case clears it with a
 * {@code ZADD} (whose string2d sets {@code errno} to 0). The memory store does not model
 * that leftover between commands; within one SORT it does: turning a listpack sorted set
 * with a subnormal score into a skiplist leaves {@code ERANGE} for the sort's numbers.
 */
@ExtendWith(RedisExtension.class)
class SortDifferentialTests {

	static final String BASICS = """
			RPUSH l 3 1 2 10 -1 2.5 1e2 0x10 " 7" +4
			SORT l
			SORT l DESC
			SORT l ASC
			SORT l desc asc
			SORT l ALPHA
			SORT l ALPHA DESC
			SORT_RO l
			SORT_RO l DESC ALPHA
			SORT l LIMIT 0 3
			SORT l LIMIT 2 3
			SORT l LIMIT 8 5
			SORT l LIMIT 9 1
			SORT l LIMIT 10 1
			SORT l LIMIT 100 1
			SORT l LIMIT -5 3
			SORT l LIMIT 3 -1
			SORT l LIMIT 3 -100
			SORT l LIMIT 3 0
			SORT l LIMIT 0 0
			SORT l LIMIT 9223372036854775807 9223372036854775807
			SORT l LIMIT -9223372036854775808 9223372036854775807
			SORT l LIMIT 2 9223372036854775807
			SORT l LIMIT 1 2 LIMIT 3 4
			SORT l LIMIT 1
			SORT l LIMIT x 1
			SORT l LIMIT 1 x
			SORT l LIMIT 1.5 1
			SORT l LIMIT 99999999999999999999 1
			SORT l FOO
			SORT l BY
			SORT l GET
			SORT l STORE
			SORT_RO l STORE dst
			SORT l DESC DESC ALPHA ALPHA
			SORT nokey
			SORT nokey DESC LIMIT 0 1
			SORT_RO nokey ALPHA
			SORT
			SORT_RO
			""";

	static final String NUMBERS = """
			RPUSH n1 1 a 2
			SORT n1
			SORT n1 ALPHA
			SORT n1 BY nosort
			RPUSH n2 1 nan 2
			SORT n2
			RPUSH n6 inf -inf infinity 0 -0 +0 0.0
			SORT n6
			SORT n6 DESC
			RPUSH n7 "" 1 " " "1 " "\\t5" 3
			SORT n7 LIMIT 0 1
			SORT n7
			RPUSH n8 "1\\x00z" 0 "2\\x00a"
			SORT n8
			SORT n8 ALPHA
			RPUSH n9 b a "\\xff" "\\xc3\\xa9" "a\\x00b" "a\\x00a" A "\\x80" aa
			SORT n9 ALPHA
			SORT n9 ALPHA DESC
			SORT n9 ALPHA STORE n9s
			LRANGE n9s 0 -1
			RPUSH n10 5 5 3 3 1
			SORT n10
			SORT n10 DESC
			RPUSH n11 0x1p3 .5 5. -.5e1 1E2 0X1P-1
			SORT n11
			RPUSH n3 1 1e400 2
			SORT n3
			ZADD errno 1 x
			RPUSH n4 1 1e-400 2
			SORT n4
			ZADD errno 1 x
			RPUSH n5 1 1e-310 2
			SORT n5
			ZADD errno 1 x
			RPUSH n12 0x1p-1074 0x1.8p-1070 1 0x1p-1040
			SORT n12
			ZADD errno 1 x
			RPUSH n13 1 0x1p-1075
			SORT n13
			ZADD errno 1 x
			RPUSH n14 1 4.9406564584124654e-324
			SORT n14
			ZADD errno 1 x
			RPUSH n15 1 2.2250738585072014e-308
			SORT n15
			ZADD errno 1 x
			""";

	static final String TYPES = """
			SET s v
			SORT s
			SORT_RO s
			SORT s STORE d
			EXISTS d
			HSET h f v
			SORT h
			SORT h LIMIT x y
			SORT h FOO
			SADD is 5 3 -2 10 7
			SORT is
			SORT is DESC
			SORT is ALPHA
			SORT is BY nosort
			SORT is BY nosort DESC
			SORT is BY nosort LIMIT 1 2
			SORT is BY nosort STORE isd
			LRANGE isd 0 -1
			SORT is BY nosort DESC STORE isd
			LRANGE isd 0 -1
			SORT_RO is BY nosort
			SADD hs b c a d
			SORT hs ALPHA
			SORT hs ALPHA DESC LIMIT 1 2
			SORT hs
			SORT hs BY nosort STORE hsd
			LRANGE hsd 0 -1
			SORT hs BY nosort DESC STORE hsd
			LRANGE hsd 0 -1
			ZADD z 3 c 1 a 2 b 5 e 4 d
			SORT z ALPHA
			SORT z ALPHA DESC
			SORT z BY nosort
			SORT z BY nosort DESC
			SORT z BY nosort LIMIT 1 2
			SORT z BY nosort DESC LIMIT 1 2
			SORT z BY nosort LIMIT 4 10
			SORT z BY nosort DESC LIMIT 4 10
			SORT z BY nosort LIMIT 5 1
			SORT z BY nosort LIMIT -3 2
			SORT z BY nosort LIMIT 0 0
			SORT z
			OBJECT ENCODING z
			ZADD zn 1 10 2 9 3 8
			OBJECT ENCODING zn
			SORT_RO zn
			OBJECT ENCODING zn
			SORT zn BY nosort DESC
			SORT zn BY nosort GET # GET w_*
			ZADD zsub 4.9E-324 " 1" 2 5
			SORT zsub
			ZADD errno 1 x
			SORT zsub
			ZADD zsub1 4.9E-324 " 1" 2 5
			SORT zsub1 ALPHA
			ZADD errno 1 x
			ZADD zsub2 -2.2250738585072009e-308 3 1 4
			SORT zsub2 BY nothere_*
			ZADD errno 1 x
			SORT zsub2
			ZADD zsub3 -2.2250738585072009e-308 3 1 4
			SORT zsub3 BY nosort
			ZADD errno 1 x
			SORT zsub3
			ZADD errno 1 x
			ZADD zlarge 1e-300 7 2 8
			SORT zlarge
			""";

	static final String PATTERNS = """
			RPUSH p 1 2 3 4 5
			MSET w_1 50 w_2 40 w_3 30 w_4 20 w_5 10 o_1 one o_2 two o_3 three o_5 five
			HSET h_1 f 5 g x
			HSET h_2 f 4 g y
			HSET h_3 f 3
			HSET h_4 f 2 g z
			HSET h_5 f 1
			SORT p BY w_*
			SORT p BY w_* DESC
			SORT p BY w_* LIMIT 1 2
			SORT p BY w_* GET o_*
			SORT p BY w_* GET # GET o_* GET h_*->g
			SORT p BY h_*->f
			SORT p BY h_*->f GET h_*->g
			SORT p BY h_*->missing
			SORT p BY h_*->
			SORT p BY h_*-> GET h_*->
			SORT p BY nosort
			SORT p BY nosort DESC
			SORT p BY nosort LIMIT 1 3
			SORT p BY nosort DESC LIMIT 1 3
			SORT p BY nosort DESC LIMIT 3 10
			SORT p BY nosort GET o_*
			SORT p BY nokey_*
			SORT p BY nokey_* DESC
			SORT p BY nokey_* ALPHA
			SORT p BY nokey_* ALPHA DESC
			SORT p BY nokey_* ALPHA LIMIT 1 2
			SORT p BY o_* ALPHA
			SORT p BY o_* ALPHA DESC
			SORT p BY o_*
			SORT p BY o_* LIMIT 0 1
			SORT p BY w_* BY nosort
			SORT p BY nosort BY w_*
			SORT p BY w_* BY o_* ALPHA
			SORT p GET #
			SORT p GET
			SORT p GET o_*
			SORT p GET nostar
			SORT p GET # GET #
			SORT p GET *
			SORT p GET w_** GET o_*w
			SORT p GET "#\\x00x"
			SORT p GET "##"
			SORT p GET h_*->f->g
			SORT p GET "h_\\x00*->f"
			SORT p GET "h_*\\x00->f"
			SORT p GET "h_*->f\\x00g"
			SORT p BY "w\\x00_*"
			SORT p DESC GET o_* LIMIT 1 2 BY w_* ALPHA
			SORT p BY w_* GET o_* STORE dst
			LRANGE dst 0 -1
			SORT p BY w_* GET # GET o_* STORE dst
			LRANGE dst 0 -1
			SORT p BY w_* STORE dst LIMIT 1 2
			LRANGE dst 0 -1
			SORT p LIMIT 0 0 STORE dst
			EXISTS dst
			SORT p STORE dst
			SORT p LIMIT 0 0 STORE dst STORE dst2
			EXISTS dst dst2
			SORT nokey STORE dst2
			SET dst3 x
			EXPIRE dst3 100
			SORT p STORE dst3
			TYPE dst3
			TTL dst3
			LRANGE dst3 0 -1
			SORT p store dst4 STORE dst5
			EXISTS dst4 dst5
			HSET hdst f v
			SORT p STORE hdst GET nokey_*
			LRANGE hdst 0 -1
			SORT p STORE p
			LRANGE p 0 -1
			SET ww_1 x
			RPUSH pw 1
			SORT pw BY ww_*
			SORT pw BY ww_* ALPHA
			RPUSH lw w_1 w_2
			SORT lw BY *
			SORT lw BY * GET *
			SORT lw BY * DESC GET *
			RPUSH t 12 3 7 1 10 5 9 2 11 4 8 6 13 0 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44
			MSET tw_3 b tw_7 a tw_10 b tw_9 a tw_11 c tw_8 a tw_0 b tw_20 a tw_33 b tw_40 a
			SORT t BY tw_* ALPHA LIMIT 0 5
			SORT t BY tw_* ALPHA LIMIT 3 4
			SORT t BY tw_* ALPHA LIMIT 30 10
			SORT t BY tw_* ALPHA LIMIT 40 10
			SORT t BY tw_* ALPHA DESC LIMIT 2 6
			SORT t BY tw_* ALPHA DESC LIMIT 20 3
			SORT t BY tw_* ALPHA
			SORT t BY tw_* ALPHA DESC
			SORT t BY tw_* ALPHA LIMIT 5 3 STORE ts
			LRANGE ts 0 -1
			SORT t BY nokey_* ALPHA LIMIT 10 5
			RPUSH t8 5 3 7 1 8 2 6 4
			SORT t8 BY tw_* ALPHA LIMIT 1 3
			SORT t8 BY nokey_* ALPHA LIMIT 2 2 DESC
						RPUSH q "\\xff" "\\xfe"
			SET "k\\xff" 1
			SET "k\\xfe" 2
			SORT q BY k* GET k* GET #
			SORT q ALPHA BY k*
			SORT q BY k* STORE qs
			LRANGE qs 0 -1
			""";

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void basicsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, BASICS)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void weightsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, NUMBERS)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void typesAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, TYPES)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void patternsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, PATTERNS)).isEmpty();
	}

}
