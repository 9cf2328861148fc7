package io.redipy.resp;

import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's {@code LCS} against a real redis-server, in RESP2 and RESP3: the
 * subsequence, its length, its ranges with and without their lengths and a minimum, the
 * bytes of values that are not UTF-8, and the errors.
 */
@ExtendWith(RedisExtension.class)
class LcsDifferentialTests {

	static final String LCS = """
			MSET a ohmytext b mynewtext
			LCS a b
			LCS a b LEN
			LCS a b IDX
			LCS a b IDX WITHMATCHLEN
			LCS a b IDX MINMATCHLEN 4
			LCS a b IDX MINMATCHLEN 4 WITHMATCHLEN
			LCS a b IDX MINMATCHLEN -3 WITHMATCHLEN
			LCS a b idx len
			LCS a b LEN IDX
			LCS a b IDX MINMATCHLEN
			LCS a b IDX MINMATCHLEN x
			LCS a b FOO
			LCS a b LEN LEN
			LCS b a IDX WITHMATCHLEN
			LCS a nope
			LCS nope a IDX
			LCS nope nope2 LEN
			LCS a a IDX WITHMATCHLEN
			SET e ""
			LCS a e IDX
			RPUSH l x
			LCS a l
			LCS l nope LEN
			LCS nope l FOO
			LCS a
			SET n 12345
			SET m 2x4y5
			LCS n m IDX WITHMATCHLEN
			SET r1 "\\xff\\xfe\\x00a\\xc3"
			SET r2 "a\\xff\\x00\\xc3\\xfe"
			LCS r1 r2
			LCS r1 r2 IDX WITHMATCHLEN
			SET x1 abcabcabcabcxyzxyz
			SET x2 xyzabcxyzabcabcabc
			LCS x1 x2
			LCS x1 x2 IDX WITHMATCHLEN MINMATCHLEN 2
			""";

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void lcsAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, LCS)).isEmpty();
	}

}
