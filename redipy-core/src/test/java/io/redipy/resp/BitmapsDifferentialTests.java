package io.redipy.resp;

import java.util.Random;

import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's bitmap commands (Redis 7.0's {@code bitops.c}) against a real
 * redis-server, as a RESP2 and a RESP3 client reads the replies: every reply, error text
 * included, must be the same. Each block starts from empty databases on both.
 *
 * <p>
 * No line grows a string to hundreds of megabytes (which {@code SETBIT k 4294967295 1}
 * would, on both sides): the largest offsets are read, or rejected.
 */
@ExtendWith(RedisExtension.class)
class BitmapsDifferentialTests {

	/**
	 * SETBIT and GETBIT: offsets 0, 7, 8 and beyond the end, the largest offset, offsets
	 * that are not integers or out of range, bit values other than 0 and 1, what the
	 * string reads as afterwards, wrong types, missing keys.
	 */
	static final String SETBIT_GETBIT = """
			SETBIT b 0 1
			GET b
			SETBIT b 0 1
			SETBIT b 0 0
			GET b
			STRLEN b
			SETBIT b 7 1
			GET b
			SETBIT b 8 1
			GET b
			STRLEN b
			GETBIT b 0
			GETBIT b 7
			GETBIT b 8
			GETBIT b 9
			GETBIT b 15
			GETBIT b 16
			GETBIT b 1000
			GETBIT b 4294967295
			GETBIT b 4294967296
			GETBIT b -1
			GETBIT b x
			GETBIT b ""
			GETBIT b 1.5
			GETBIT b +1
			GETBIT b 01
			GETBIT b " 1"
			GETBIT b #1
			GETBIT b 9223372036854775807
			GETBIT b 9223372036854775808
			GETBIT b -9223372036854775808
			GETBIT nokey 0
			GETBIT nokey 4294967295
			GETBIT nokey 4294967296
			SETBIT b 100 0
			STRLEN b
			GET b
			SETBIT b 100 0
			SETBIT b 1 x
			SETBIT b 1 2
			SETBIT b 1 -1
			SETBIT b 1 ""
			SETBIT b 1 01
			SETBIT b 1 1.0
			SETBIT b 1 " 1"
			SETBIT b 1 +1
			SETBIT b 1 9223372036854775807
			SETBIT b 1 9223372036854775808
			SETBIT b 1 -9223372036854775808
			SETBIT b 4294967296 1
			SETBIT b 4294967296 x
			SETBIT b -1 1
			SETBIT b -1 x
			SETBIT b x 1
			SETBIT b 9223372036854775807 1
			SETBIT b #8 1
			SETBIT b 1 1
			GET b
			SETBIT b 2 1
			SETBIT b 3 1
			SETBIT b 4 1
			SETBIT b 5 1
			SETBIT b 6 1
			GET b
			SETBIT e 0 0
			GET e
			STRLEN e
			EXISTS e
			SETBIT e2 23 0
			STRLEN e2
			GET e2
			SETBIT big 8388607 1
			STRLEN big
			GETBIT big 8388607
			GETBIT big 8388606
			GETBIT big 0
			BITCOUNT big
			BITPOS big 1
			BITPOS big 0
			SETBIT big 8388607 0
			BITPOS big 1
			STRLEN big
			TYPE b

			SET empty ""
			GETBIT empty 0
			SETBIT empty 0 0
			GET empty
			STRLEN empty
			SET k hello
			EXPIRE k 100
			SETBIT k 0 1
			GET k
			TTL k
			SETBIT k 63 1
			GET k
			TTL k
			LPUSH l a
			SETBIT l 0 1
			GETBIT l 0
			SETBIT l x 1
			GETBIT l x
			SETBIT l 0 2
			HSET h f v
			GETBIT h 0
			SADD s m
			SETBIT s 0 0
			ZADD z 1 m
			GETBIT z 0
			XADD x 1-1 f v
			SETBIT x 0 1
			SETBIT nokey 4294967296 1
			EXISTS nokey
			SETBIT nokey 0 7
			EXISTS nokey
			""";

	/**
	 * Strings that SETBIT leaves as bytes that are not UTF-8, and the string commands
	 * that read and change them; SETBIT on integers that INCR stores.
	 */
	static final String BINARY = """
			SETBIT r 0 1
			GET r
			STRLEN r
			APPEND r \\x80
			GET r
			STRLEN r
			GETRANGE r 0 0
			GETRANGE r 1 1
			GETRANGE r 0 -1
			SETRANGE r 3 a
			GET r
			BITCOUNT r
			BITPOS r 0
			SET r2 \\xc3\\xa9
			SETBIT r2 1 0
			GET r2
			SETBIT r2 1 1
			GET r2
			STRLEN r2
			SETBIT r2 2 1
			GET r2
			APPEND r2 x
			GET r2
			GETRANGE r2 0 0
			GETBIT r2 0
			GETBIT r2 2
			BITCOUNT r2
			SET r3 a
			SETBIT r3 0 1
			GET r3
			SETBIT r3 0 0
			GET r3
			SETBIT r3 8 1
			GET r3
			SETBIT r3 9 1
			SETBIT r3 10 0
			GET r3
			STRLEN r3
			INCR r3
			SET n 10
			INCR n
			SETBIT n 0 0
			GET n
			SETBIT n 7 0
			GET n
			INCR n
			SETBIT n 6 0
			GET n
			INCR n
			GET n
			SETBIT n 15 1
			GET n
			INCR n
			INCRBY n 1
			SET m 12345
			GETBIT m 2
			GETBIT m 3
			GETBIT m 39
			GETBIT m 40
			BITCOUNT m
			BITCOUNT m 1 2
			BITCOUNT m 3 12 BIT
			BITPOS m 1
			BITPOS m 0
			BITPOS m 0 2
			BITPOS m 1 3 4 BIT
			BITFIELD m GET u8 0 GET i16 4 GET u4 #3
			BITFIELD_RO m GET u40 0
			INCR m
			BITFIELD m GET u8 0
			BITFIELD m SET u8 0 50
			GET m
			INCR m
			BITFIELD m SET u8 0 51
			GET m
			SET neg -1
			BITCOUNT neg
			GETBIT neg 2
			BITOP NOT nn neg
			GET nn
			SET i 7
			INCRBY i 100
			BITOP AND dst i i
			GET dst
			BITOP OR dst i m
			GET dst
			BITOP XOR dst i nokey
			GET dst
			SETBIT \\xff\\xfe 3 1
			GET \\xff\\xfe
			GETBIT \\xff\\xfe 3
			BITCOUNT \\xff\\xfe
			BITOP NOT \\x80 \\xff\\xfe
			GET \\x80
			BITOP NOT \\x80 \\x80
			GET \\x80
			BITFIELD \\xc3 SET u16 0 50089
			GET \\xc3
			STRLEN \\xc3
			BITFIELD \\xc3 SET u8 0 195
			GET \\xc3
			BITFIELD \\xc3 SET u8 8 169
			GET \\xc3
			APPEND \\xc3 \\xa9
			GET \\xc3
			SETRANGE \\xc3 0 \\xc3
			GETRANGE \\xc3 0 1
			MSET s1 \\x00\\xff s2 \\xff\\x00\\x0f
			BITOP AND s3 s1 s2
			GET s3
			BITOP OR s3 s1 s2
			GET s3
			BITOP XOR s3 s1 s2
			GET s3
			BITOP NOT s3 s2
			GET s3
			STRLEN s3
			""";

	/**
	 * BITCOUNT: whole strings, byte and bit ranges (negative, reversed, out of range),
	 * BYTE and BIT in any case, missing keys with any arguments, errors in the order
	 * Redis finds them.
	 */
	static final String BITCOUNT = """
			BITCOUNT nokey
			BITCOUNT nokey 0 1000 BIT
			BITCOUNT nokey 0
			BITCOUNT nokey x y z w
			BITCOUNT nokey 0 1 BOGUS
			SET s foobar
			BITCOUNT s
			BITCOUNT s 0 0
			BITCOUNT s 1 1
			BITCOUNT s 0 -1
			BITCOUNT s 1 -2
			BITCOUNT s -2 1
			BITCOUNT s 0 1000
			BITCOUNT s -1000 1000
			BITCOUNT s -1000 -1000
			BITCOUNT s 1000 2000
			BITCOUNT s -1 -2
			BITCOUNT s -2 -1
			BITCOUNT s -1 -1
			BITCOUNT s 5 5
			BITCOUNT s 6 6
			BITCOUNT s 3 2
			BITCOUNT s 0 -1 BIT
			BITCOUNT s 0 -1 bit
			BITCOUNT s 0 -1 Byte
			BITCOUNT s 0 -1 BYTE
			BITCOUNT s 10 14 BIT
			BITCOUNT s 3 14 BIT
			BITCOUNT s 3 29 BIT
			BITCOUNT s 10 -34 BIT
			BITCOUNT s 3 -34 BIT
			BITCOUNT s 3 -19 BIT
			BITCOUNT s -2 1 BIT
			BITCOUNT s 0 1000 BIT
			BITCOUNT s 0 0 BIT
			BITCOUNT s 1 1 BIT
			BITCOUNT s 7 8 BIT
			BITCOUNT s 47 47 BIT
			BITCOUNT s 48 48 BIT
			BITCOUNT s -1 -1 BIT
			BITCOUNT s -8 -1 BIT
			BITCOUNT s -9 -2 BIT
			BITCOUNT s -1 -2 BIT
			BITCOUNT s -100 -50 BIT
			BITCOUNT s 8 15 BIT
			BITCOUNT s 9 14 BIT
			BITCOUNT s 0
			BITCOUNT s 0 1 hello
			BITCOUNT s 0 1 BIT extra
			BITCOUNT s x 1
			BITCOUNT s 1 x
			BITCOUNT s x y BOGUS
			BITCOUNT s 0 x BOGUS
			BITCOUNT s -1 -2 BOGUS
			BITCOUNT s -1 -2 BIT
			BITCOUNT s 0 1 BIT\\x00
			BITCOUNT s 0 1 BIT\\x00x
			BITCOUNT s 0 1 BI
			BITCOUNT s 0 1 ""
			BITCOUNT s 0 4294967296
			BITCOUNT s 9223372036854775807 -9223372036854775808
			BITCOUNT s -9223372036854775808 9223372036854775807
			BITCOUNT s -9223372036854775808 9223372036854775807 BIT
			BITCOUNT s 0 9223372036854775808
			SET str ab
			BITCOUNT str 1 -1
			SET str __PPxxxxxxxxxxxxxxxxRR__
			BITCOUNT str 2 -3
			SET e ""
			BITCOUNT e
			BITCOUNT e 0 -1
			BITCOUNT e 0 -1 BIT
			BITCOUNT e -1 0 BIT
			SET n 1234567
			BITCOUNT n
			BITCOUNT n 1 3
			BITCOUNT n 5 20 BIT
			SET xxxx xxxx
			BITCOUNT xxxx 4 10
			BITCOUNT xxxx 32 87 BIT
			BITCOUNT xxxx -6 -7
			BITCOUNT xxxx -6 -15 BIT
			LPUSH l a
			BITCOUNT l
			BITCOUNT l x
			BITCOUNT l 0 1 BOGUS
			BITCOUNT
			""";

	/**
	 * BITPOS: set and clear bits, with a start, a start and an end, BYTE and BIT, the end
	 * given or not (clear bits past the end of the value count only without one), empty
	 * ranges, missing keys and empty strings, errors in Redis's order.
	 */
	static final String BITPOS = """
			BITPOS nokey 0
			BITPOS nokey 1
			BITPOS nokey 0 5
			BITPOS nokey 1 0 -1 BIT
			BITPOS nokey 1 x y z
			BITPOS nokey 1 0 1 BOGUS extra
			BITPOS nokey 2
			BITPOS nokey x
			BITPOS nokey -1
			BITPOS nokey 01
			SET e ""
			BITPOS e 1
			BITPOS e 0
			BITPOS e 1 0 -1 BIT
			BITPOS e 0 0 -1 BIT
			BITPOS e 0 0
			BITPOS e 0 0 -1
			BITPOS e 1 x
			SET s \\xff\\xf0\\x00
			BITPOS s 0
			BITPOS s 0 0 -1 BIT
			BITPOS s 1
			BITPOS s 0 1
			BITPOS s 0 1 -1 BIT
			BITPOS s 0 2
			BITPOS s 0 3
			BITPOS s 0 -1
			BITPOS s 0 -100
			BITPOS s 1 -1
			BITPOS s 1 1 1
			BITPOS s 1 2 2
			BITPOS s 0 0 0
			SET f \\xff\\xff\\xff
			BITPOS f 0
			BITPOS f 0 0
			BITPOS f 0 2
			BITPOS f 0 0 2
			BITPOS f 0 0 -1
			BITPOS f 0 0 100
			BITPOS f 0 1 1
			BITPOS f 0 3
			BITPOS f 0 3 5
			BITPOS f 0 0 23 BIT
			BITPOS f 0 0 24 BIT
			BITPOS f 0 4 BIT
			BITPOS f 0 4 -1 BIT
			BITPOS f 0 8 BYTE
			BITPOS f 1 0 -1 BIT
			BITPOS f 1 23 -1 BIT
			BITPOS f 1 24 -1 BIT
			BITPOS f 1 -1 -1 BIT
			SET z \\x00\\x00\\x00
			BITPOS z 1
			BITPOS z 0
			BITPOS z 1 0 -1 BIT
			BITPOS z 0 5 -1 BIT
			BITPOS z 0 9 9 BIT
			BITPOS z 1 9 9 BIT
			SET s \\x00\\x0f\\x00
			BITPOS s 1
			BITPOS s 1 0 -1 BIT
			BITPOS s 1 1
			BITPOS s 1 2
			BITPOS s 1 12 12 BIT
			BITPOS s 1 13 15 BIT
			BITPOS s 1 11 11 BIT
			BITPOS s 1 10 13 BIT
			BITPOS s 0 12 15 BIT
			BITPOS s 0 12 16 BIT
			BITPOS s 0 12 100 BIT
			SET s \\x00\\xff\\x00
			BITPOS s 0 0 -1
			BITPOS s 0 1 -1
			BITPOS s 0 2 -1
			BITPOS s 0 2 200
			BITPOS s 0 1 1
			BITPOS s 0 0 -1 BIT
			BITPOS s 0 8 -1 BIT
			BITPOS s 0 16 -1 BIT
			BITPOS s 0 16 200 BIT
			BITPOS s 0 8 8 BIT
			BITPOS s 0 8 15 BIT
			BITPOS s 0 7 15 BIT
			BITPOS s 1 0 -1
			BITPOS s 1 1 -1
			BITPOS s 1 2 -1
			BITPOS s 1 2 200
			BITPOS s 1 1 1
			BITPOS s 1 0 -1 BIT
			BITPOS s 1 8 -1 BIT
			BITPOS s 1 16 -1 BIT
			BITPOS s 1 16 200 BIT
			BITPOS s 1 8 8 BIT
			BITPOS s 1 3 8 bit
			BITPOS s 1 3 7 bit
			BITPOS s 1 -10 -9 BIT
			BITPOS s 1 -9 -10 BIT
			BITPOS s 1 2 1
			BITPOS s 0 2 1
			BITPOS s 1 0 0 BYTE
			BITPOS s 1 1 1 byte
			BITPOS s 1 0 1 BOGUS
			BITPOS s 1 x 1 BOGUS
			BITPOS s 1 0 x BOGUS
			BITPOS s 1 0 x BIT
			BITPOS s 1 x
			BITPOS s 1 0 x
			BITPOS s 1 0 1 BIT extra
			BITPOS s 1 0 1 BIT\\x00
			BITPOS s 1 0 1 byte\\x00junk
			BITPOS s 2 0
			BITPOS s -1
			BITPOS s 1 -9223372036854775808 9223372036854775807 BIT
			BITPOS s 0 -9223372036854775808 9223372036854775807
			BITPOS s 1 9223372036854775808
			SET p \\xff\\xff\\xff\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00
			SETRANGE p 27 \\xff\\xff\\xff
			SETBIT p 216 1
			BITPOS p 1 3
			BITPOS p 1 1 -1 BIT
			BITPOS p 1 33 -1 BIT
			BITPOS p 1 65 200 BIT
			BITPOS p 0 0
			BITPOS p 0 24 -1 BIT
			SET n 123
			BITPOS n 0
			BITPOS n 1
			BITPOS n 1 1
			BITPOS n 0 6 20 BIT
			HSET h f v
			BITPOS h 1
			BITPOS h 2
			BITPOS h 1 x
			BITPOS
			BITPOS h
			""";

	/**
	 * BITOP: AND, OR, XOR and NOT in any case, sources of different lengths, missing
	 * sources, the destination among the sources, an empty result (which deletes the
	 * destination), wrong types, errors.
	 */
	static final String BITOP = """
			SET a \\x01\\x02\\xff\\xff
			SET b \\x01\\x02\\xff
			BITOP AND r1 a b
			GET r1
			BITOP OR r2 a b
			GET r2
			BITOP XOR r3 a b
			GET r3
			BITOP and r1 a
			GET r1
			BITOP Or r2 a
			BITOP xOr r3 a
			GET r3
			BITOP AND r1 nokey a
			GET r1
			BITOP OR r2 nokey a nokey2
			GET r2
			BITOP XOR r3 nokey a
			GET r3
			BITOP NOT r4 a
			GET r4
			BITOP not r4 b
			GET r4
			BITOP NOT a a
			GET a
			BITOP NOT r5 nokey
			EXISTS r5
			SET r5 v
			EXPIRE r5 100
			BITOP NOT r5 nokey
			EXISTS r5
			SET e ""
			BITOP NOT r6 e
			EXISTS r6
			BITOP AND r6 e nokey
			EXISTS r6
			SET r7 v
			EXPIRE r7 100
			BITOP OR r7 a
			TTL r7
			GET r7
			BITOP NOT r8 a b
			BITOP NOT r8
			BITOP NOT
			BITOP AND r8
			BITOP BOGUS r8 a
			BITOP "" r8 a
			BITOP AND\\x00 r8 a
			GET r8
			BITOP and\\x00junk r8 a
			GET r8
			BITOP ANDX r8 a
			BITOP BOGUS r8 l
			BITOP NOT r8 a b c
			SET n1 1
			SET n2 2
			BITOP XOR d n1 n2 n1
			GET d
			BITOP AND d n1 n2 n1
			GET d
			LPUSH l x
			BITOP AND d a l
			BITOP AND d l nokey
			BITOP NOT d l
			GET d
			BITOP AND l a
			TYPE l
			GET l
			SET z \\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00
			BITOP OR x z nokey
			GET x
			SET w1 abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ
			SET w2 ABCDEFGHIJKLMNOPQRSTUVWXYZ9876543210abcdefghijklmnop
			BITOP AND w w1 w2
			GET w
			BITOP OR w w1 w2
			GET w
			BITOP XOR w w1 w2 w1 w2 w1
			GET w
			BITOP NOT w w1
			GET w
			STRLEN w
			""";

	/**
	 * BITFIELD and BITFIELD_RO: GET, SET and INCRBY on signed and unsigned types of 1 to
	 * 64 bits, {@code #} offsets, OVERFLOW WRAP, SAT and FAIL and where they apply,
	 * growth of the string, errors in the order Redis reads them.
	 */
	static final String BITFIELD = """
			BITFIELD bits SET u8 0 255
			GET bits
			BITFIELD bits GET u8 0
			BITFIELD bits GET i8 0
			BITFIELD bits GET u4 0 GET u4 4 GET i4 0 GET i1 0 GET u1 0
			BITFIELD bits GET u8 4 GET u8 8 GET u16 0 GET i16 0
			BITFIELD bits SET i8 0 -100 GET u8 0 GET i8 0
			BITFIELD bits SET u8 #1 255 GET u16 0 GET u8 #1
			STRLEN bits
			BITFIELD bits SET u2 10 3 GET u16 0
			BITFIELD bits SET i5 13 -1 GET i16 0
			BITFIELD bits INCRBY u2 100 1 OVERFLOW SAT INCRBY u2 102 1
			GET bits
			BITFIELD bits INCRBY u2 100 1 OVERFLOW SAT INCRBY u2 102 1
			BITFIELD bits INCRBY u2 100 1 OVERFLOW SAT INCRBY u2 102 1
			BITFIELD bits INCRBY u2 100 1 OVERFLOW SAT INCRBY u2 102 1
			BITFIELD bits OVERFLOW FAIL INCRBY u2 102 1
			BITFIELD bits OVERFLOW FAIL INCRBY u2 102 -1 INCRBY u2 102 -10
			BITFIELD bits
			BITFIELD nokey
			BITFIELD_RO nokey
			BITFIELD nokey GET u8 0 GET i64 100
			EXISTS nokey
			BITFIELD_RO nokey GET u8 0
			BITFIELD_RO bits GET u8 0 GET u8 #2
			BITFIELD_RO bits GET u8 0 SET u8 0 1
			BITFIELD_RO bits INCRBY u8 0 1
			BITFIELD_RO bits OVERFLOW SAT GET u8 0
			BITFIELD_RO bits OVERFLOW SAT
			BITFIELD_RO bits OVERFLOW BOGUS GET u8 0
			BITFIELD_RO bits GET u8
			BITFIELD_RO bits GET x 0
			BITFIELD_RO bits GET u8 x
			BITFIELD_RO bits SET u8 x 1
			BITFIELD_RO bits SET x 0 1
			BITFIELD_RO bits SET u8 0 x
			BITFIELD_RO bits GET u8 0 BOGUS
			GET bits

			BITFIELD s OVERFLOW WRAP INCRBY u8 0 200 INCRBY u8 0 100
			BITFIELD s OVERFLOW SAT INCRBY u8 0 200 INCRBY u8 0 -300 INCRBY u8 0 -1
			BITFIELD s OVERFLOW FAIL INCRBY u8 0 256 INCRBY u8 0 255 INCRBY u8 0 1 INCRBY u8 0 -256
			BITFIELD s SET i8 8 127 INCRBY i8 8 1 GET i8 8
			BITFIELD s OVERFLOW SAT SET i8 8 127 INCRBY i8 8 1 INCRBY i8 8 -1000 INCRBY i8 8 -1
			BITFIELD s OVERFLOW FAIL SET i8 8 -128 INCRBY i8 8 -1 INCRBY i8 8 255 INCRBY i8 8 256
			BITFIELD s SET i8 16 200 GET i8 16 GET u8 16
			BITFIELD s OVERFLOW SAT SET i8 16 200 SET i8 16 -200 SET u8 16 -1 SET u8 16 256 GET u8 16
			BITFIELD s OVERFLOW FAIL SET i8 16 200 SET u8 16 -1 SET u8 16 255 SET i8 16 -128 SET i8 16 -129
			BITFIELD s OVERFLOW WRAP SET u8 16 -1 SET u8 16 257 SET i8 16 -129 SET i8 16 384 GET u8 16
			BITFIELD s SET i64 0 9223372036854775807 INCRBY i64 0 1 GET i64 0
			BITFIELD s OVERFLOW SAT SET i64 0 9223372036854775807 INCRBY i64 0 1 INCRBY i64 0 -9223372036854775808 INCRBY i64 0 -9223372036854775808 INCRBY i64 0 -1
			BITFIELD s OVERFLOW FAIL SET i64 0 -9223372036854775808 INCRBY i64 0 -1 INCRBY i64 0 9223372036854775807 INCRBY i64 0 1
			BITFIELD s OVERFLOW WRAP SET i64 0 -9223372036854775808 INCRBY i64 0 -1 INCRBY i64 0 -9223372036854775808
			BITFIELD s SET u63 0 9223372036854775807 INCRBY u63 0 1 GET u63 0 GET i64 0
			BITFIELD s OVERFLOW SAT SET u63 0 9223372036854775807 INCRBY u63 0 1 INCRBY u63 0 -9223372036854775808 INCRBY u63 0 -1
			BITFIELD s OVERFLOW FAIL SET u63 0 9223372036854775807 INCRBY u63 0 1 SET u63 0 -1 SET u63 1 5
			BITFIELD s OVERFLOW WRAP SET u63 0 -1 GET u63 0 SET u63 0 -9223372036854775808 GET u63 0
			BITFIELD s SET u1 0 1 SET u1 0 2 SET u1 0 -1 INCRBY u1 0 1 INCRBY u1 0 -1
			BITFIELD s OVERFLOW SAT SET u1 0 2 INCRBY u1 0 5 INCRBY u1 0 -5
			BITFIELD s SET i1 0 1 GET i1 0 SET i1 0 -1 INCRBY i1 0 1 INCRBY i1 0 -1
			BITFIELD s OVERFLOW SAT SET i1 0 1 INCRBY i1 0 -2 INCRBY i1 0 5
			BITFIELD s OVERFLOW FAIL SET i1 0 1 SET i1 0 -1 SET i1 0 0 INCRBY i1 0 -1 INCRBY i1 0 -1
			BITFIELD s SET i32 5 -2147483648 INCRBY i32 5 -1 GET i32 5 GET u32 5
			BITFIELD s SET u32 5 4294967295 INCRBY u32 5 1 GET u32 5
			BITFIELD s OVERFLOW SAT INCRBY u32 5 -9223372036854775808 INCRBY u32 5 9223372036854775807
			BITFIELD s OVERFLOW SAT INCRBY i32 5 -9223372036854775808 INCRBY i32 5 9223372036854775807
			BITFIELD s INCRBY i32 5 -9223372036854775808 INCRBY i32 5 9223372036854775807
			BITFIELD s INCRBY u32 5 -9223372036854775808 INCRBY u32 5 9223372036854775807
			BITFIELD s SET u16 #3 1000 SET i16 #4 -1000 GET u16 #3 GET i16 #4 GET u64x 0
			BITFIELD s GET u16 #3 GET i16 #4 GET u32 #1 GET i64 #0 GET i64 #1
			GET s
			STRLEN s
			BITFIELD s OVERFLOW fail OVERFLOW wrap INCRBY u2 0 5 OVERFLOW sat INCRBY u2 0 5 overflow FAIL incrby u2 0 5
			BITFIELD s overflow Sat set U8 0 1
			BITFIELD s get u8 0 Get i8 0 GET U8 0
			BITFIELD s OVERFLOW sat\\x00x INCRBY u2 0 5
			BITFIELD s get\\x00x u8 0
			BITFIELD s GET u8\\x00x 0
			BITFIELD s GET i8\\x00 0
			BITFIELD s GET u8 0\\x00
			BITFIELD s SET u8 0 1\\x00

			BITFIELD g SET u8 100 1
			STRLEN g
			BITFIELD g SET u8 95 1
			STRLEN g
			BITFIELD g SET u8 96 1
			STRLEN g
			BITFIELD g SET u8 97 255
			STRLEN g
			GETRANGE g 12 13
			BITFIELD g SET u8 #15 1
			STRLEN g
			BITFIELD g OVERFLOW FAIL INCRBY u8 200 1000
			STRLEN g
			GET g
			BITFIELD g2 OVERFLOW FAIL INCRBY u8 200 1000
			EXISTS g2
			STRLEN g2
			BITFIELD g3 OVERFLOW FAIL SET i4 0 100
			GET g3
			BITFIELD g4 SET u8 0 0
			GET g4
			BITFIELD g4 SET u8 0 0
			BITFIELD g GET u8 4294967288 GET u8 #536870911 GET i64 4294967295 GET u63 4294967295
			BITFIELD g GET u8 4294967296
			BITFIELD g GET u8 #536870912
			BITFIELD g GET u1 #4294967295
			BITFIELD g GET u1 #4294967296
			BITFIELD g GET i64 #67108863
			BITFIELD g GET i64 #67108864
			BITFIELD g GET i64 #144115188075855872
			BITFIELD g GET i64 #-1
			BITFIELD g GET i64 #
			BITFIELD g GET i64 ##1
			BITFIELD g GET i64 -1
			BITFIELD g GET i64 x
			BITFIELD g GET i64 ""
			BITFIELD g GET i64 01
			BITFIELD g GET i64 1.5
			BITFIELD g GET i65 0
			BITFIELD g GET u64 0
			BITFIELD g GET u0 0
			BITFIELD g GET i0 0
			BITFIELD g GET i-1 0
			BITFIELD g GET i+8 0
			BITFIELD g GET i08 0
			BITFIELD g GET I8 0
			BITFIELD g GET U8 0
			BITFIELD g GET 8 0
			BITFIELD g GET "" 0
			BITFIELD g GET i 0
			BITFIELD g GET u 0
			BITFIELD g GET u9223372036854775808 0
			BITFIELD g SET u8 0 x
			BITFIELD g SET u8 0 9223372036854775808
			BITFIELD g SET u8 0 1.5
			BITFIELD g INCRBY u8 0 ""
			BITFIELD g SET u8 x y
			BITFIELD g SET x y z
			BITFIELD g GET u8 0 SET u8 0 x
			BITFIELD g BOGUS
			BITFIELD g GET
			BITFIELD g GET u8
			BITFIELD g SET u8 0
			BITFIELD g INCRBY u8 0
			BITFIELD g OVERFLOW
			BITFIELD g OVERFLOW BOGUS
			BITFIELD g OVERFLOW BOGUS GET x y
			BITFIELD g GET x y OVERFLOW BOGUS
			BITFIELD g OVERFLOW SAT GET u8 0 BOGUS
			BITFIELD g GET u8 0 GET
			BITFIELD g SET u8 0 1 SET u8
			BITFIELD g SET u8 0 1 SET x 0 1
			GET g
			LPUSH l a
			BITFIELD l GET u8 0
			BITFIELD l SET u8 0 1
			BITFIELD l
			BITFIELD l GET x 0
			BITFIELD_RO l GET u8 0
			BITFIELD_RO l SET u8 0 1
			BITFIELD
			BITFIELD_RO
			""";

	/** Arity and argument errors of every command, and commands on wrong types. */
	static final String ERRORS = """
			SETBIT
			SETBIT k
			SETBIT k 0
			SETBIT k 0 1 2
			GETBIT
			GETBIT k
			GETBIT k 0 1
			BITCOUNT
			BITPOS
			BITPOS k
			BITOP
			BITOP AND
			BITOP AND d
			BITFIELD
			BITFIELD_RO
			setbit k 0 1
			GetBit k 0
			bitcount k
			BitPos k 1
			bitop and d k
			bitfield k get u8 0
			bitfield_ro k get u8 0
			SET str v
			HSET h f v
			SADD s m
			ZADD z 1 m
			XADD x 1-1 f v
			LPUSH l a
			GETBIT h 0
			SETBIT s 0 1
			BITCOUNT z
			BITPOS x 1
			BITOP AND d h
			BITOP OR d str s
			BITOP XOR str str l
			GET str
			BITFIELD z GET u8 0
			BITFIELD x SET u8 0 1
			BITFIELD_RO h GET u8 0
			SETBIT h x 1
			GETBIT h x
			BITCOUNT h x
			BITPOS h 2
			BITPOS h 1 x
			BITFIELD h GET x 0
			BITFIELD h SET u8 0 1
			BITFIELD h
			BITFIELD_RO s
			MULTI
			SETBIT m 3 1
			GETBIT m 3
			BITFIELD m INCRBY u4 0 7
			BITOP NOT m2 m
			BITCOUNT m2
			BITPOS m2 0
			SETBIT m x 1
			BITFIELD_RO m SET u8 0 1
			EXEC
			MULTI
			SETBIT m
			EXEC
			GET m
			""";

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void setbitAndGetbitAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, SETBIT_GETBIT)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void bytesThatAreNotUtf8AndIntegersAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, BINARY)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void bitcountAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, BITCOUNT)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void bitposAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, BITPOS)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void bitopAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, BITOP)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void bitfieldAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, BITFIELD)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void errorsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, ERRORS)).isEmpty();
	}

	/**
	 * Random values of 0 to 9 bytes (some all clear, some all set), then BITCOUNT and
	 * BITPOS over every range from -12 to 12 in bytes and from -80 to 80 in bits (every
	 * other one), with and without an end; BITFIELD GETs of every type at random offsets,
	 * and random SETs and INCRBYs under each overflow rule.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void randomRangesAndFieldsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, randomLines(7))).isEmpty();
	}

	static String randomLines(long seed) {
		Random random = new Random(seed);
		StringBuilder lines = new StringBuilder();
		for (int v = 0; v < 12; v++) {
			int length = (v < 3) ? v : random.nextInt(10);
			StringBuilder value = new StringBuilder();
			for (int i = 0; i < length; i++) {
				int b = switch (v % 4) {
					case 1 -> 0;
					case 2 -> 0xff;
					default -> random.nextInt(256);
				};
				value.append(String.format("\\x%02x", b));
			}
			lines.append("SET v ").append(value.isEmpty() ? "\"\"" : value).append('\n');
			lines.append("BITCOUNT v\nBITPOS v 0\nBITPOS v 1\n");
			for (int start = -12; start <= 12; start += 2) {
				lines.append("BITPOS v 0 ").append(start).append('\n');
				lines.append("BITPOS v 1 ").append(start).append('\n');
				for (int end = -12; end <= 12; end += 3) {
					lines.append("BITCOUNT v ").append(start).append(' ').append(end).append('\n');
					lines.append("BITPOS v ")
						.append(random.nextInt(2))
						.append(' ')
						.append(start)
						.append(' ')
						.append(end)
						.append('\n');
				}
			}
			for (int start = -80; start <= 80; start += 7) {
				for (int end = -80; end <= 80; end += 9) {
					lines.append("BITCOUNT v ").append(start).append(' ').append(end).append(" BIT\n");
					lines.append("BITPOS v ")
						.append(random.nextInt(2))
						.append(' ')
						.append(start)
						.append(' ')
						.append(end)
						.append(" BIT\n");
				}
			}
			StringBuilder get = new StringBuilder("BITFIELD_RO v");
			for (int i = 0; i < 20; i++) {
				get.append(" GET ").append(random.nextBoolean() ? 'i' : 'u');
				get.append(1 + random.nextInt(63)).append(' ').append(random.nextInt(90));
			}
			lines.append(get).append('\n');
			String[] rules = { "WRAP", "SAT", "FAIL" };
			for (int n = 0; n < 6; n++) {
				StringBuilder write = new StringBuilder("BITFIELD v");
				for (int i = 0; i < 6; i++) {
					boolean signed = random.nextBoolean();
					int bits = 1 + random.nextInt(signed ? 64 : 63);
					if (random.nextInt(3) == 0) {
						write.append(" OVERFLOW ").append(rules[random.nextInt(3)]);
					}
					write.append(random.nextBoolean() ? " SET " : " INCRBY ");
					write.append(signed ? 'i' : 'u').append(bits).append(' ').append(random.nextInt(100)).append(' ');
					long amount = switch (random.nextInt(4)) {
						case 0 -> random.nextLong();
						case 1 -> random.nextInt(2001) - 1000;
						case 2 -> (1L << (bits - 1)) - random.nextInt(3);
						default -> -(1L << (bits - 1)) + random.nextInt(3) - 1;
					};
					write.append(amount);
					write.append(" GET ")
						.append(signed ? 'i' : 'u')
						.append(bits)
						.append(' ')
						.append(random.nextInt(100));
				}
				lines.append(write).append('\n');
				lines.append("GET v\n");
			}
		}
		return lines.toString();
	}

}
