package io.redipy.resp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.redipy.command.Reply;
import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's stream commands (Redis 7.0) against a real redis-server, as a RESP2 and
 * a RESP3 client reads the replies: every reply, error text included, must be the same.
 * Each block starts from empty databases on both.
 *
 * <p>
 * Ids are explicit everywhere but in a few lines about {@code *}, since a generated id
 * reads the clock. What reads the clock is masked before the comparison (see
 * {@link #mask}): ids whose milliseconds are within a day of now, idle times
 * ({@code XPENDING}'s extended form, {@code XINFO CONSUMERS}) and delivery and seen times
 * ({@code XINFO STREAM FULL}). So are {@code XINFO STREAM}'s {@code radix-tree-keys} and
 * {@code radix-tree-nodes}, which describe Redis's internal node layout, but in
 * {@link #nodeLayoutAnswersAsRedisAnswers}, which compares them and the approximate
 * ({@code ~}) trimming of streams of several nodes on their own.
 */
@ExtendWith(RedisExtension.class)
class StreamsDifferentialTests {

	/**
	 * XADD: explicit ids, {@code <ms>-*}, ids equal to or smaller than the top id,
	 * {@code 0-0}, the largest id, ids as Redis parses them (strtoull: leading blanks and
	 * {@code +}, leading zeros, at most 127 bytes, up to a NUL byte), fields, wrong types
	 * and arities; NOMKSTREAM, MAXLEN and MINID with {@code =}, {@code ~} and LIMIT.
	 */
	static final String XADD = """
			XADD s 1-1 a 1
			XADD s 1-1 a 1
			XADD s 1-0 a 1
			XADD s 0-5 a 1
			XADD s 1-2 a 1 b 2
			XADD s 2 f v
			XADD s 2-* f v
			XADD s 2-* f v
			XADD s 1-* f v
			XADD s 3-* f v
			XADD s 0-0 a 1
			XADD s 0 a 1
			XADD s 0-* a 1
			XADD s 5-18446744073709551615 a 1
			XADD s 5-* a 1
			XADD s 5-18446744073709551616 a 1
			XADD s 6-* a 1
			XADD s 18446744073709551615-18446744073709551614 a 1
			XADD s * a 1
			XADD s 18446744073709551615-* a 1
			XADD s * a 1
			XADD s 18446744073709551615-18446744073709551615 a 1
			XADD s 1 a 1
			XLEN s
			XRANGE s - +
			TYPE s

			XADD u 18446744073709551615-18446744073709551614 a 1
			XADD u 18446744073709551615-* a 1
			XADD u 18446744073709551615-* a 1
			XADD u * a 1
			XADD v 18446744073709551615 a 1
			XADD v 18446744073709551615 a 1
			XADD v 18446744073709551615-* a 1
			XRANGE v - +
			XADD w 99999999999999-* a 1
			XADD w * a 1
			XADD w * a 1
			XADD w 99999999999999 a 1
			XADD w 100000000000000-* a 1
			XADD w MAXLEN 1 * b 2
			XADD w MAXLEN 1 NOMKSTREAM * c 3
			XRANGE w - +
			XADD t 5 a 1
			XADD t * b 2
			XLEN t
			XADD t 1 c 3
			XADD t 6 c 3
			XRANGE t - +
			XREVRANGE t + - COUNT 1
			XINFO STREAM t

			XADD s x a 1
			XADD s -1 a 1
			XADD s 1-x a 1
			XADD s 1- a 1
			XADD s -1-1 a 1
			XADD s 1--1 a 1
			XADD s 1-1-1 a 1
			XADD s 18446744073709551616 a 1
			XADD s 18446744073709551616-1 a 1
			XADD s 1-18446744073709551616 a 1
			XADD s 1.5 a 1
			XADD s 1e3 a 1
			XADD s 0x8 a 1
			XADD s 7-0x1 a 1
			XADD s *-1 a 1
			XADD s *-* a 1
			XADD s -* a 1
			XADD s 1-*-1 a 1
			XADD s 1-** a 1
			XADD s ** a 1
			XADD s "" a 1
			XADD s - a 1
			XADD s + a 1
			XADD s $ a 1
			XADD s > a 1
			XADD s -0 a 1
			XADD s "6 " a 1
			XADD s 6\\x20 a 1
			XADD s 3-\\x00 a 1
			XADD s \\x00 a 1
			XADD s %1$s9 a 1
			EXISTS s
			XADD s " 1" a 1
			XADD s +2 a 1
			XADD s 03 a 1
			XADD s +4-+1 a 1
			XADD s " 5- 1" a 1
			XADD s \\x096 a 1
			XADD s \\x0b7 a 1
			XADD s 8\\x00junk a 1
			XADD s %2$s9 a 1
			XADD s 9-+1 a 1
			XADD s 00010-00001 a 1
			XRANGE s - +

			XADD s 10 a
			XADD s 10
			XADD s
			XADD
			XADD s 10 a 1 b
			XADD s NOMKSTREAM 10 a
			XADD s MAXLEN 5 10 a
			XADD s * a
			EXISTS s
			XADD n 0-1 a 1
			XRANGE n - +
			XADD m 0-* a 1
			XADD m 0-* a 1
			XADD m 0-0 a 1
			XRANGE m - +
			XADD dup 1 f 1 f 2 f 3
			XRANGE dup - +
			XLEN dup
			XADD e 1 "" ""
			XRANGE e - +
			XADD bin 1 \\xff\\x00 \\x00\\xff "a b" "c d"
			XRANGE bin - +
			XADD big 1 f 9223372036854775808 g -0 h 1.50 i 007 j -9223372036854775808 k 9223372036854775807 l " 1" m +1 n 0
			XRANGE big - +
			XADD many 1 a 1 b 2 c 3 d 4 e 5 f 6 g 7 h 8
			XADD many 2 a 1 b 2 c 3 d 4 e 5 f 6 g 7 h 8
			XADD many 3 h 8 g 7
			XADD many 4 a 1
			XRANGE many - +
			SET str v
			XADD str 1 a 1
			XADD str NOMKSTREAM 1 a 1
			XADD str * a 1
			XADD str x a 1
			XADD str MAXLEN x 1 a 1
			XADD str 0 a 1
			XADD str 1 a
			XLEN str
			GET str
			XLEN nope
			XLEN
			XLEN a b
			xadd lower 1 a 1
			xlen lower

			XADD s NOMKSTREAM 1 a 1
			EXISTS s
			XADD s NOMKSTREAM MAXLEN 1 1 a 1
			XADD s NOMKSTREAM * a 1
			EXISTS s
			XADD s 1 a 1
			XADD s NOMKSTREAM 2 a 2
			XADD s MAXLEN 2 3 a 3
			XRANGE s - +
			XADD s MAXLEN = 2 4 a 4
			XRANGE s - +
			XADD s MAXLEN ~ 2 5 a 5
			XRANGE s - +
			XADD s MAXLEN 0 6 a 6
			XLEN s
			EXISTS s
			XRANGE s - +
			XADD s MAXLEN -1 7 a 7
			XADD s MAXLEN x 7 a 7
			XADD s MAXLEN 1.5 7 a 7
			XADD s MAXLEN 9223372036854775808 7 a 7
			XADD s MAXLEN 9223372036854775807 7 a 7
			XADD s MAXLEN 7 a 7
			XADD s MAXLEN
			XADD s MAXLEN ~
			XADD s MAXLEN 2 MINID 1 8 a 8
			XADD s MINID 2 MAXLEN 2 8 a 8
			XADD s MAXLEN 5 MAXLEN 1 8 a 8
			XADD s MINID 1 MINID 2 8 a 8
			XADD s MINID 7 8 a 8
			XRANGE s - +
			XADD s MINID = 8 9 a 9
			XRANGE s - +
			XADD s MINID 9-1 9-1 a 9
			XRANGE s - +
			XADD s MINID ~ 100 10 a 10
			XRANGE s - +
			XLEN s
			XADD s MINID 100 11 a 11
			XLEN s
			XADD s MINID x 12 a 12
			XADD s MINID -1 12 a 12
			XADD s MINID - 12 a 12
			XADD s MINID + 12 a 12
			XADD s MINID 18446744073709551615-18446744073709551615 12 a 12
			XLEN s
			XADD s MINID 0 13 a 13
			XADD s MINID 13 14 a 14
			XRANGE s - +
			XADD s LIMIT 10 15 a 15
			XADD s MAXLEN 1 LIMIT 10 15 a 15
			XADD s MAXLEN = 1 LIMIT 10 15 a 15
			XADD s MINID 1 LIMIT 10 15 a 15
			XADD s MAXLEN ~ 1 LIMIT 10 15 a 15
			XADD s MAXLEN ~ 1 LIMIT 0 16 a 16
			XADD s MAXLEN ~ 1 LIMIT -1 17 a 17
			XADD s MAXLEN ~ 1 LIMIT x 17 a 17
			XADD s MAXLEN ~ 1 LIMIT 1000001 17 a 17
			XADD s MINID ~ 1 LIMIT 10 18 a 18
			XADD s MAXLEN 1 LIMIT 0 19 a 19
			XADD s NOMKSTREAM NOMKSTREAM 20 a 20
			XADD s LIMIT 5 MAXLEN ~ 100 21 a 21
			XRANGE s - +
			XADD s maxlen ~ 100 nomkstream limit 3 22 a 22
			XADD s FOO 23 a 23
			XADD s MAXLEN ~ 23 a 23
			XADD s MAXLEN = 23 a 23
			XADD s MAXLEN ~ 1 LIMIT 23 a 23
			XADD s MAXLEN ~ 1 LIMIT
			XADD s MAXLEN 0 NOMKSTREAM MAXLEN 1 24 a 24
			XLEN s
			XADD nope NOMKSTREAM 1 a 1
			XADD nope NOMKSTREAM 1 a
			XADD nope NOMKSTREAM 0 a 1
			XADD nope NOMKSTREAM x a 1
			XADD nope NOMKSTREAM MAXLEN x 1 a 1
			XADD nope MAXLEN 0 NOMKSTREAM 1 a 1
			EXISTS nope
			XADD z MAXLEN 0 1 a 1
			EXISTS z
			XLEN z
			TYPE z
			XRANGE z - +
			XADD z MAXLEN 0 1 a 1
			XADD z MAXLEN 0 2 a 1
			XINFO STREAM z
			XADD y MINID 5 1 a 1
			XLEN y
			XADD y MINID 5 5 a 1
			XADD y MINID 6 6 a 1
			XRANGE y - +
			"""
		.formatted("0".repeat(127), "0".repeat(126));

	/**
	 * XRANGE and XREVRANGE ({@code -}, {@code +}, exclusive bounds, incomplete ids,
	 * COUNT), XDEL, XTRIM and XSETID.
	 */
	static final String RANGES = """
			XADD s 1-0 a 1
			XADD s 1-1 b 2
			XADD s 2-0 c 3
			XADD s 5-0 d 4
			XADD s 5-7 e 5
			XADD s 18446744073709551615-18446744073709551614 f 6
			XADD s 18446744073709551615-18446744073709551615 g 7
			XRANGE s - +
			XRANGE s 5 5
			XRANGE s 5 5-0
			XRANGE s 5-1 5
			XRANGE s (5 +
			XRANGE s - (5
			XRANGE s - (5-0
			XRANGE s (5-0 (5-7
			XRANGE s (1-0 (5-7
			XRANGE s (5 (5
			XRANGE s (18446744073709551615-18446744073709551615 +
			XRANGE s (18446744073709551615-18446744073709551614 +
			XRANGE s - (0-0
			XRANGE s - (0
			XRANGE s - (1
			XRANGE s (0 +
			XRANGE s (0-0 +
			XRANGE s (18446744073709551615 +
			XRANGE s 18446744073709551615 +
			XRANGE s 18446744073709551615 18446744073709551615
			XRANGE s - 18446744073709551615-18446744073709551614
			XRANGE s - (18446744073709551615
			XRANGE s ( +
			XRANGE s (- +
			XRANGE s - (+
			XRANGE s (+ +
			XRANGE s ((1 +
			XRANGE s "( 1" +
			XRANGE s (+1 +
			XRANGE s +1 (+5-7
			XRANGE s 0001 2
			XRANGE s - -
			XRANGE s + +
			XRANGE s 2 1
			XRANGE s 1 1
			XRANGE s 1-1 1-1
			XRANGE s + -
			XRANGE s - + COUNT 0
			XRANGE s - + COUNT -1
			XRANGE s - + COUNT 2
			XRANGE s (1 + COUNT 1
			XRANGE s - + COUNT 1 COUNT 3
			XRANGE s - + COUNT 9223372036854775807
			XRANGE s - + COUNT x
			XRANGE s - + COUNT 9223372036854775808
			XRANGE s - + COUNT
			XRANGE s - + FOO 1
			XRANGE s - + COUNT 1 FOO
			XRANGE s - + count 1
			XRANGE s x +
			XRANGE s - y
			XRANGE s 1-x +
			XRANGE s 1-18446744073709551616 +
			XRANGE s x (18446744073709551615-18446744073709551615
			XRANGE s
			XRANGE s -
			XRANGE
			XREVRANGE s + -
			XREVRANGE s 5 5
			XREVRANGE s (5 -
			XREVRANGE s + (5
			XREVRANGE s (5-7 (1-0
			XREVRANGE s (5 (5
			XREVRANGE s + - COUNT 2
			XREVRANGE s (18446744073709551615 - COUNT 1
			XREVRANGE s + - COUNT 0
			XREVRANGE s + - COUNT -5
			XREVRANGE s - +
			XREVRANGE s (0-0 -
			XREVRANGE s + (18446744073709551615-18446744073709551615
			XREVRANGE s x -
			XREVRANGE s + - COUNT
			XREVRANGE s + - COUNT x
			XREVRANGE s + - FOO
			XREVRANGE s +
			XREVRANGE nope + -
			XREVRANGE nope + - COUNT 0
			XRANGE nope - +
			XRANGE nope - + COUNT 0
			XRANGE nope - + COUNT -1
			XRANGE nope x +
			XRANGE nope (18446744073709551615-18446744073709551615 +
			XRANGE nope - + FOO
			XRANGE nope - + COUNT x
			SET str v
			XRANGE str - +
			XRANGE str x +
			XRANGE str - + COUNT 0
			XRANGE str - + COUNT x
			XREVRANGE str + -

			XADD s 1 a 1
			XADD s 2 b 2
			XADD s 3 c 3
			XADD s 4 d 4
			XADD s 5 e 5
			XDEL s 2
			XDEL s 2
			XDEL s 3-0 4 9
			XRANGE s - +
			XINFO STREAM s
			XDEL s 1-0 1-0
			XRANGE s - +
			XLEN s
			XINFO STREAM s
			XDEL s x
			XDEL s 5 x
			XRANGE s - +
			XDEL s -
			XDEL s +
			XDEL s 5-18446744073709551616
			XDEL s
			XDEL nope 1
			XDEL nope x
			XDEL s 5
			XLEN s
			EXISTS s
			XRANGE s - +
			XINFO STREAM s
			XADD s 3 z 1
			XADD s 5 z 1
			XADD s 6 z 1
			XINFO STREAM s
			XDEL s 6 6-0 6-1
			XINFO STREAM s
			SET str v
			XDEL str 1
			XDEL str x
			XDEL
			xdel s 1

			XADD s 1 a 1
			XADD s 2 b 2
			XADD s 3 c 3
			XADD s 4 d 4
			XADD s 5 e 5
			XTRIM s MAXLEN 3
			XRANGE s - +
			XTRIM s MAXLEN 3
			XTRIM s MAXLEN 4
			XTRIM s MAXLEN = 2
			XTRIM s MAXLEN ~ 1
			XLEN s
			XTRIM s MINID 5
			XRANGE s - +
			XTRIM s MINID 5
			XTRIM s MINID 4
			XTRIM s MINID = 6
			XLEN s
			EXISTS s
			XINFO STREAM s
			XADD s 7 a 1
			XADD s 8 a 1
			XADD s 9 a 1
			XTRIM s MINID ~ 9
			XTRIM s MAXLEN ~ 2
			XTRIM s MINID ~ 10
			XLEN s
			XADD s 10 a 1
			XADD s 11 a 1
			XTRIM s MAXLEN ~ 1 LIMIT 1
			XTRIM s MINID ~ 12 LIMIT 1
			XLEN s
			XTRIM s MAXLEN ~ 0 LIMIT 2
			XLEN s
			XADD s 12 a 1
			XTRIM s MAXLEN ~ 0 LIMIT 0
			XTRIM s MAXLEN 0 LIMIT 1
			XTRIM s LIMIT 1
			XTRIM s LIMIT 0 MAXLEN 0
			XTRIM s
			XTRIM
			XTRIM s MAXLEN
			XTRIM s MAXLEN x
			XTRIM s MAXLEN 1.0
			XTRIM s MAXLEN -1
			XTRIM s MAXLEN 1 MINID 1
			XTRIM s MINID 1 MAXLEN 1
			XTRIM s MAXLEN 1 MAXLEN 2
			XTRIM s MINID x
			XTRIM s MINID -
			XTRIM s MINID +
			XTRIM s MINID 1 FOO
			XTRIM s FOO
			XTRIM s FOO BAR
			XTRIM s NOMKSTREAM MAXLEN 1
			XTRIM s MAXLEN 1 NOMKSTREAM
			XTRIM s MAXLEN ~
			XTRIM s MAXLEN =
			XTRIM s MAXLEN ~ 1 LIMIT -1
			XTRIM s MAXLEN ~ 1 LIMIT x
			XTRIM s MAXLEN ~ 1 LIMIT
			XTRIM s maxlen 0
			XLEN s
			XINFO STREAM s
			XTRIM nope MAXLEN 0
			XTRIM nope MINID x
			XTRIM nope MAXLEN 1 LIMIT 1
			EXISTS nope
			SET str v
			XTRIM str MAXLEN 0
			XTRIM str MAXLEN x
			XTRIM str FOO BAR

			XADD s 1 a 1
			XADD s 2 b 2
			XADD s 3 c 3
			XSETID s 2
			XSETID s 2-18446744073709551615
			XSETID s 3
			XSETID s 3-0
			XSETID s 5
			XINFO STREAM s
			XADD s 4 d 4
			XADD s 5 d 4
			XADD s 5-* d 4
			XSETID s 10 ENTRIESADDED 2
			XSETID s 10 ENTRIESADDED 4
			XSETID s 10 ENTRIESADDED 100 MAXDELETEDID 9
			XINFO STREAM s
			XSETID s 10 MAXDELETEDID 11
			XSETID s 10 MAXDELETEDID 10
			XSETID s 10 MAXDELETEDID 0
			XINFO STREAM s
			XSETID s 10 ENTRIESADDED -1
			XSETID s 10 ENTRIESADDED x
			XSETID s 10 ENTRIESADDED
			XSETID s 10 MAXDELETEDID
			XSETID s 10 MAXDELETEDID x
			XSETID s 10 MAXDELETEDID -
			XSETID s 10 FOO
			XSETID s 10 FOO 1
			XSETID s 10 ENTRIESADDED 5 ENTRIESADDED 6
			XSETID s 10 MAXDELETEDID 3 MAXDELETEDID 4
			XINFO STREAM s
			XSETID s x
			XSETID s -
			XSETID s +
			XSETID s $
			XSETID s *
			XSETID s
			XSETID
			XSETID nope 1
			XSETID nope x
			XSETID nope 1 ENTRIESADDED -1
			XSETID nope 1 MAXDELETEDID 2
			XSETID nope 1 FOO
			EXISTS nope
			SET str v
			XSETID str 1
			XSETID str x
			XSETID str 1 FOO
			XSETID s 18446744073709551615-18446744073709551615
			XADD s 18446744073709551615-18446744073709551615 a 1
			XADD s * a 1
			XSETID s 5-1
			XADD s 5-2 a 1
			XDEL s 3 5-1 5-2
			XSETID s 5-0
			XSETID s 1
			XSETID s 2
			XRANGE s - +
			XINFO STREAM s
			XADD s 2-1 a 1
			XADD s 3 a 1
			XRANGE s - +
			XTRIM s MAXLEN 0
			XSETID s 0
			XSETID s 0 ENTRIESADDED 0
			XINFO STREAM s
			XADD s 1 a 1
			XSETID s 0-0 ENTRIESADDED 0 MAXDELETEDID 0-0
			XSETID s 1 ENTRIESADDED 0
			XSETID s 1 ENTRIESADDED 1
			XINFO STREAM s
			""";

	/**
	 * XREAD: one and several streams, COUNT, {@code $}, ids past the end, missing keys,
	 * BLOCK only where it does not block (data to serve, or inside MULTI), errors.
	 */
	static final String READS = """
			XADD s 1 a 1
			XADD s 2 b 2
			XADD s 3 c 3
			XADD t 5 x 1
			XREAD STREAMS s 0
			XREAD STREAMS s 0-0
			XREAD STREAMS s 1
			XREAD STREAMS s 1-0
			XREAD STREAMS s 1-18446744073709551615
			XREAD STREAMS s 2-5
			XREAD STREAMS s 3
			XREAD STREAMS s 100
			XREAD STREAMS s 18446744073709551615-18446744073709551615
			XREAD STREAMS s $
			XREAD STREAMS s -
			XREAD STREAMS s +
			XREAD STREAMS s >
			XREAD STREAMS s x
			XREAD STREAMS s (1
			XREAD STREAMS s " 1"
			XREAD COUNT 1 STREAMS s 0
			XREAD COUNT 1 STREAMS s 1
			XREAD COUNT 2 STREAMS s t 0 0
			XREAD COUNT 0 STREAMS s 0
			XREAD COUNT -1 STREAMS s 0
			XREAD COUNT x STREAMS s 0
			XREAD COUNT 9223372036854775808 STREAMS s 0
			XREAD COUNT 1 COUNT 2 STREAMS s 0
			XREAD STREAMS s t 0 0
			XREAD STREAMS t s 0 0
			XREAD STREAMS s t 3 0
			XREAD STREAMS s t 0 5
			XREAD STREAMS s t $ $
			XREAD STREAMS s t $ 0
			XREAD STREAMS s nope t 0 0 0
			XREAD STREAMS s nope t 0 $ 4
			XREAD STREAMS s t t 0 0 4-18446744073709551615
			XREAD STREAMS s s 0 2
			XREAD STREAMS nope 0
			XREAD STREAMS nope $
			XREAD STREAMS s t 0
			XREAD STREAMS s t 0 x
			XREAD STREAMS s
			XREAD STREAMS
			XREAD s 0
			XREAD COUNT 1 s 0
			XREAD
			XREAD COUNT 1
			XREAD COUNT STREAMS s 0
			XREAD BLOCK 10 STREAMS s 0
			XREAD BLOCK 0 STREAMS s 2
			XREAD BLOCK 10 COUNT 1 STREAMS s t 0 0
			XREAD BLOCK 10 STREAMS s nope 0 0
			XREAD BLOCK 10 BLOCK 20 STREAMS s 0
			XREAD BLOCK x STREAMS s 0
			XREAD BLOCK -1 STREAMS s 0
			XREAD BLOCK 1.5 STREAMS s 0
			XREAD BLOCK 10 STREAMS s x
			XREAD BLOCK 10 STREAMS s >
			XREAD GROUP g c STREAMS s 0
			XREAD NOACK STREAMS s 0
			XREAD FOO STREAMS s 0
			XREAD STREAMS s t t 0 0 0
			SET str v
			XREAD STREAMS str 0
			XREAD STREAMS str $
			XREAD STREAMS s str 0 0
			XREAD STREAMS str s x 0
			XREAD STREAMS s str x 0
			XREAD streams s 0
			xread count 1 streams s 0
			MULTI
			XREAD BLOCK 0 STREAMS s $
			XREAD BLOCK 10 STREAMS nope 0
			XREAD BLOCK 0 STREAMS s 1
			EXEC
			XADD e MAXLEN 0 1 a 1
			XREAD STREAMS e 0
			XREAD STREAMS e $
			XREAD STREAMS e s 0 0
			XDEL s 3
			XREAD STREAMS s 2
			XREAD STREAMS s 1
			""";

	/**
	 * XGROUP (CREATE, SETID, DESTROY, CREATECONSUMER, DELCONSUMER, HELP), XREADGROUP
	 * ({@code >}, history, NOACK, COUNT, several streams, NOGROUP) and XACK.
	 */
	static final String GROUPS = """
			XGROUP CREATE s g $
			XGROUP CREATE s g 0
			EXISTS s
			XGROUP CREATE s g $ MKSTREAM
			EXISTS s
			TYPE s
			XLEN s
			XINFO GROUPS s
			XINFO STREAM s
			XGROUP CREATE s g $ MKSTREAM
			XGROUP CREATE s g 0
			XADD s 1 a 1
			XADD s 2 b 2
			XADD s 3 c 3
			XGROUP CREATE s g2 0
			XGROUP CREATE s g3 $
			XGROUP CREATE s g4 2
			XGROUP CREATE s g5 1 ENTRIESREAD 1
			XGROUP CREATE s g6 0 ENTRIESREAD -1
			XGROUP CREATE s g7 0 ENTRIESREAD -2
			XGROUP CREATE s g7 0 ENTRIESREAD x
			XGROUP CREATE s g7 0 ENTRIESREAD
			XGROUP CREATE s g7 0 ENTRIESREAD 100
			XGROUP CREATE s g8 0 MKSTREAM ENTRIESREAD 0
			XGROUP CREATE s g9 0 FOO
			XGROUP CREATE s g9 -
			XGROUP CREATE s g9 +
			XGROUP CREATE s g9 x
			XGROUP CREATE s g9 >
			XGROUP CREATE s g9 *
			XGROUP CREATE s g9 18446744073709551615-18446744073709551615
			XGROUP CREATE s ga 10
			XGROUP CREATE s "" 0
			XGROUP CREATE s \\xff " 1"
			XINFO GROUPS s
			XGROUP CREATE s g10
			XGROUP CREATE s
			XGROUP CREATE
			XGROUP
			XGROUP CREATE s g11 0 MKSTREAM MKSTREAM ENTRIESREAD 1 ENTRIESREAD 2
			XGROUP CREATE s g12 0 MKSTREAM ENTRIESREAD 1 x
			XGROUP create s g13 0 mkstream entriesread 3
			XGROUP FOO s g
			XGROUP FOO
			XGROUP CREATE nope g 0
			XGROUP CREATE nope g x
			XGROUP CREATE nope g 0 FOO
			XGROUP CREATE nope g x MKSTREAM
			XGROUP CREATE nope g 0 MKSTREAM ENTRIESREAD -2
			EXISTS nope
			XGROUP CREATE nope g 5-5 MKSTREAM
			XINFO GROUPS nope
			XINFO STREAM nope
			XADD nope 5-5 a 1
			XADD nope 5-6 a 1
			SET str v
			XGROUP CREATE str g 0
			XGROUP CREATE str g 0 MKSTREAM
			XGROUP CREATE str g x
			XGROUP CREATE str g 0 FOO
			XGROUP SETID s g 1
			XGROUP SETID s g $
			XGROUP SETID s g -
			XGROUP SETID s g +
			XINFO GROUPS s
			XGROUP SETID s g x
			XGROUP SETID s g 2 ENTRIESREAD 2
			XGROUP SETID s g 2 ENTRIESREAD -1
			XGROUP SETID s g 2 ENTRIESREAD -3
			XGROUP SETID s g 2 ENTRIESREAD x
			XGROUP SETID s g 2 ENTRIESREAD
			XGROUP SETID s g 2 MKSTREAM
			XGROUP SETID s g 2 FOO
			XGROUP SETID s g 2 ENTRIESREAD 1 ENTRIESREAD 2
			XGROUP SETID s nog 2
			XGROUP SETID s nog x
			XGROUP SETID missing g 2
			XGROUP SETID str g 2
			XGROUP SETID s g
			XINFO GROUPS s
			XGROUP DESTROY s g2
			XGROUP DESTROY s g2
			XGROUP DESTROY s nog
			XGROUP DESTROY missing g
			XGROUP DESTROY str g
			XGROUP DESTROY s g x
			XGROUP DESTROY s g MKSTREAM
			XGROUP DESTROY s
			XGROUP CREATECONSUMER s g c1
			XGROUP CREATECONSUMER s g c1
			XGROUP CREATECONSUMER s g c2
			XGROUP CREATECONSUMER s g ""
			XGROUP CREATECONSUMER s nog c1
			XGROUP CREATECONSUMER missing g c1
			XGROUP CREATECONSUMER str g c1
			XGROUP CREATECONSUMER s g
			XGROUP CREATECONSUMER s g c1 c2
			XINFO GROUPS s
			XGROUP DELCONSUMER s g c1
			XGROUP DELCONSUMER s g c1
			XGROUP DELCONSUMER s g nobody
			XGROUP DELCONSUMER s nog c1
			XGROUP DELCONSUMER missing g c1
			XGROUP DELCONSUMER str g c1
			XGROUP DELCONSUMER s g
			XGROUP DELCONSUMER s g c1 c2
			XGROUP HELP
			XGROUP HELP x
			XGROUP help
			XGROUP create s
			XGROUP Help x
			XINFO GROUPS s
			XGROUP DESTROY s g
			XGROUP DESTROY s ""
			DEL s
			XGROUP DESTROY s g3

			XADD s 1 a 1
			XADD s 2 b 2
			XADD s 3 c 3
			XADD s 4 d 4
			XGROUP CREATE s g 0
			XREADGROUP GROUP g c1 COUNT 2 STREAMS s >
			XREADGROUP GROUP g c2 COUNT 1 STREAMS s >
			XREADGROUP GROUP g c1 STREAMS s 0
			XREADGROUP GROUP g c2 STREAMS s 0
			XREADGROUP GROUP g c3 STREAMS s 0
			XREADGROUP GROUP g c1 STREAMS s 1
			XREADGROUP GROUP g c1 COUNT 1 STREAMS s 0
			XREADGROUP GROUP g c1 COUNT 0 STREAMS s 0
			XREADGROUP GROUP g c1 COUNT -1 STREAMS s 0
			XREADGROUP GROUP g c1 STREAMS s 2-0
			XREADGROUP GROUP g c1 STREAMS s 1-18446744073709551615
			XPENDING s g
			XREADGROUP GROUP g c1 STREAMS s 18446744073709551615-18446744073709551615
			XPENDING s g
			XINFO GROUPS s
			XREADGROUP GROUP g c1 NOACK STREAMS s >
			XREADGROUP GROUP g c1 STREAMS s >
			XPENDING s g
			XINFO GROUPS s
			XADD s 5 e 5
			XREADGROUP GROUP g c4 NOACK COUNT 5 STREAMS s >
			XPENDING s g
			XINFO GROUPS s
			XREADGROUP GROUP g c4 STREAMS s 0
			XACK s g 1 3
			XACK s g 1 3 4 99
			XACK s g 2-0 2-0
			XPENDING s g
			XACK s g x
			XACK s g 1 x
			XACK s nog 1
			XACK s nog x
			XACK nope g 1
			XACK nope g x
			XACK s g
			XACK s
			XACK s g -
			XACK s g +
			XACK s g 18446744073709551616
			SET str v
			XACK str g 1
			XACK str g x
			XPENDING s g
			XREADGROUP GROUP g c1 STREAMS s 0
			XREADGROUP GROUP nog c1 STREAMS s >
			XREADGROUP GROUP nog c1 STREAMS s 0
			XREADGROUP GROUP nog c1 STREAMS s x
			XREADGROUP GROUP g c1 STREAMS nope >
			XREADGROUP GROUP g c1 STREAMS s $
			XREADGROUP GROUP g c1 STREAMS s x
			XREADGROUP GROUP g c1 STREAMS s -
			XREADGROUP GROUP g c1 STREAMS s +
			XREADGROUP GROUP g c1 STREAMS s (1
			XREADGROUP GROUP g STREAMS s >
			XREADGROUP GROUP g c1 s >
			XREADGROUP GROUP g c1 COUNT 1 s >
			XREADGROUP STREAMS s >
			XREADGROUP COUNT 1 STREAMS s >
			XREADGROUP COUNT 1 NOACK STREAMS s >
			XREADGROUP GROUP g c1 STREAMS s
			XREADGROUP GROUP g c1 STREAMS s t >
			XREADGROUP GROUP g c1 COUNT x STREAMS s >
			XREADGROUP GROUP g c1 BLOCK x STREAMS s >
			XREADGROUP GROUP g c1 BLOCK -1 STREAMS s >
			XREADGROUP GROUP g c1 FOO STREAMS s >
			XREADGROUP GROUP g c1 GROUP g c2 STREAMS s 0
			XREADGROUP
			XREADGROUP GROUP g c1 STREAMS str >
			XREADGROUP GROUP g c1 STREAMS str 0
			XREADGROUP GROUP g c1 STREAMS s str > >
			XREADGROUP group g c1 streams s 0
			XINFO GROUPS s
			XINFO CONSUMERS s g

			XADD s 1 a 1
			XADD s 2 b 2
			XADD t 1 x 1
			XADD t 2 y 2
			XGROUP CREATE s g 0
			XGROUP CREATE t g 0
			XGROUP CREATE t h 0
			XREADGROUP GROUP g c COUNT 1 STREAMS s t > >
			XREADGROUP GROUP g c STREAMS s t 0 0
			XREADGROUP GROUP g c STREAMS s t > 0
			XREADGROUP GROUP g c STREAMS s t > >
			XREADGROUP GROUP g c STREAMS t s 0 >
			XREADGROUP GROUP h c STREAMS t s > >
			XREADGROUP GROUP h c STREAMS s t > >
			XREADGROUP GROUP h c STREAMS t nope > >
			XINFO GROUPS t
			XREADGROUP GROUP g c BLOCK 10 STREAMS s t 0 0
			XADD s 3 c 3
			XREADGROUP GROUP g c BLOCK 10 STREAMS s t > >
			XREADGROUP GROUP g c BLOCK 0 NOACK STREAMS s 0
			XADD s 4 d 4
			XDEL s 4
			XREADGROUP GROUP g c STREAMS s >
			XINFO GROUPS s
			MULTI
			XREADGROUP GROUP g c BLOCK 0 STREAMS s >
			XREADGROUP GROUP g c BLOCK 0 STREAMS s 0
			XREADGROUP GROUP g c2 BLOCK 0 STREAMS s >
			EXEC
			XINFO GROUPS s
			XGROUP DESTROY s g
			XREADGROUP GROUP g c STREAMS s 0
			XGROUP CREATE s g $
			XREADGROUP GROUP g c STREAMS s 0
			XREADGROUP GROUP g c STREAMS s >
			XINFO GROUPS s
			XADD s 5 e 5
			XREADGROUP GROUP g c NOACK STREAMS s >
			XPENDING s g
			XINFO GROUPS s
			XGROUP SETID s g 0
			XREADGROUP GROUP g c2 COUNT 1 STREAMS s >
			XGROUP SETID s g 0
			XREADGROUP GROUP g c3 COUNT 2 STREAMS s >
			XPENDING s g - + 10
			XPENDING s g
			XINFO GROUPS s
			XREADGROUP GROUP g c2 STREAMS s 0
			XGROUP DELCONSUMER s g c3
			XPENDING s g
			XINFO GROUPS s
			XGROUP CREATECONSUMER s g c3
			XGROUP CREATE s g2 5 MKSTREAM
			XREADGROUP GROUP g2 c STREAMS s >
			XINFO GROUPS s
			XADD s 6 f 6
			XREADGROUP GROUP g2 c STREAMS s >
			XINFO GROUPS s
			""";

	/**
	 * XPENDING (summary and extended, IDLE, consumer filter), XCLAIM (JUSTID, FORCE,
	 * RETRYCOUNT, LASTID, IDLE, TIME), XAUTOCLAIM (COUNT, JUSTID, deleted entries), and
	 * pending entries whose message was deleted.
	 */
	static final String PENDING = """
			XADD s 1 a 1
			XADD s 2 b 2
			XADD s 3 c 3
			XADD s 4 d 4
			XADD s 5 e 5
			XGROUP CREATE s g 0
			XPENDING s g
			XPENDING s g - + 10
			XREADGROUP GROUP g c1 COUNT 3 STREAMS s >
			XREADGROUP GROUP g c2 STREAMS s >
			XPENDING s g
			XPENDING s g - + 10
			XPENDING s g - + 2
			XPENDING s g - + 0
			XPENDING s g - + -1
			XPENDING s g 2 4 10
			XPENDING s g 2 4-0 10
			XPENDING s g (2 (4 10
			XPENDING s g 4 2 10
			XPENDING s g - + 10 c1
			XPENDING s g - + 1 c2
			XPENDING s g 3 + 10 c1
			XPENDING s g - + 10 nobody
			XPENDING s g IDLE 100000 - + 10
			XPENDING s g IDLE 0 - + 10
			XPENDING s g IDLE -5 - + 10 c2
			XPENDING s g IDLE 100000 - + 10 c1
			XPENDING s g idle 0 - + 1 c1
			XPENDING s g IDLE x - + 10
			XPENDING s g IDLE 10 - +
			XPENDING s g IDLE 10 - + 10 c1 x
			XPENDING s g IDLE 10 x + 10
			XPENDING s g IDLE 10 - + x
			XPENDING s g - + x
			XPENDING s g x + 10
			XPENDING s g x + y
			XPENDING s g - x 10
			XPENDING s g (18446744073709551615-18446744073709551615 + 10
			XPENDING s g - (0-0 10
			XPENDING s g - (+ 10
			XPENDING s g - +
			XPENDING s g -
			XPENDING s g - + 10 c1 x
			XPENDING s g foo - + 10
			XPENDING s
			XPENDING
			XPENDING s nog
			XPENDING s nog - + 10
			XPENDING s nog x + 10
			XPENDING s nog - + 10 c1
			XPENDING nope g
			XPENDING nope g - + 10
			SET str v
			XPENDING str g
			XPENDING str g - + 10
			XPENDING str g x + 10
			XACK s g 1 2 3 4 5
			XPENDING s g - + 10
			XPENDING s g
			XINFO GROUPS s

			XADD s 1 a 1
			XADD s 2 b 2
			XADD s 3 c 3
			XADD s 4 d 4
			XADD s 5 e 5
			XGROUP CREATE s g 0
			XREADGROUP GROUP g c1 COUNT 3 STREAMS s >
			XCLAIM s g c2 0 1
			XPENDING s g - + 10
			XCLAIM s g c2 0 1 2 JUSTID
			XPENDING s g - + 10
			XCLAIM s g c2 100000 3
			XCLAIM s g c2 100000 3 JUSTID
			XCLAIM s g c2 0 3 IDLE 500000
			XPENDING s g - + 10
			XPENDING s g IDLE 400000 - + 10
			XCLAIM s g c3 100000 3 JUSTID
			XPENDING s g IDLE 100000 - + 10
			XCLAIM s g c3 0 3 RETRYCOUNT 7 JUSTID
			XPENDING s g - + 10
			XCLAIM s g c3 0 3 RETRYCOUNT 0
			XPENDING s g - + 10
			XCLAIM s g c3 0 4
			XCLAIM s g c3 0 4 FORCE
			XPENDING s g - + 10
			XCLAIM s g c3 0 9 FORCE
			XCLAIM s g c3 0 4 5 9 1 FORCE JUSTID
			XPENDING s g - + 10
			XPENDING s g
			XCLAIM s g c4 0 1 LASTID 10
			XINFO GROUPS s
			XCLAIM s g c4 0 1 LASTID 3
			XINFO GROUPS s
			XCLAIM s g c4 0 1 TIME 99999999999999 JUSTID
			XPENDING s g - + 1
			XCLAIM s g c4 0 1 TIME 1000 JUSTID
			XINFO STREAM s FULL
			XPENDING s g IDLE 1000000 - + 10
			XCLAIM s g c4 0 1 IDLE -5 JUSTID
			XPENDING s g - + 1
			XCLAIM s g c4 0 1 TIME -5 JUSTID
			XPENDING s g - + 1
			XCLAIM s g c4 0 1 IDLE x
			XCLAIM s g c4 0 1 TIME x
			XCLAIM s g c4 0 1 RETRYCOUNT x
			XCLAIM s g c4 0 1 RETRYCOUNT -1
			XPENDING s g - + 1
			XCLAIM s g c4 0 1 LASTID x
			XCLAIM s g c4 0 1 LASTID -
			XCLAIM s g c4 0 1 FOO
			XCLAIM s g c4 0 1 JUSTID 2
			XCLAIM s g c4 0 1 IDLE
			XCLAIM s g c4 0 JUSTID
			XCLAIM s g c4 0 x
			XCLAIM s g c4 0 1 x
			XCLAIM s g c4 x 1
			XCLAIM s g c4 1.5 1
			XCLAIM s g c4 -100 1 JUSTID
			XCLAIM s g c4 0
			XCLAIM s g c4
			XCLAIM s nog c4 0 1
			XCLAIM s nog c4 x 1
			XCLAIM s nog c4 0 1 FOO
			XCLAIM nope g c4 0 1
			SET str v
			XCLAIM str g c4 0 1
			XCLAIM str g c4 x 1
			XCLAIM s g c4 0 1 justid force retrycount 3
			XCLAIM s g c5 0 2 3 RETRYCOUNT 9 IDLE 100000 TIME 99999999999999
			XPENDING s g - + 10
			XPENDING s g
			XINFO CONSUMERS s g
			XINFO GROUPS s

			XADD s 1 a 1
			XADD s 2 b 2
			XADD s 3 c 3
			XADD s 4 d 4
			XADD s 5 e 5
			XADD s 6 f 6
			XGROUP CREATE s g 0
			XAUTOCLAIM s g c2 0 0
			XREADGROUP GROUP g c1 STREAMS s >
			XAUTOCLAIM s g c2 0 0 COUNT 2
			XAUTOCLAIM s g c2 0 3 COUNT 2 JUSTID
			XPENDING s g - + 10
			XAUTOCLAIM s g c2 0 5
			XAUTOCLAIM s g c2 100000 0
			XAUTOCLAIM s g c2 100000 0 JUSTID
			XDEL s 2 4
			XAUTOCLAIM s g c3 0 - COUNT 3
			XPENDING s g - + 10
			XAUTOCLAIM s g c3 0 - COUNT 10
			XAUTOCLAIM s g c3 0 (1 COUNT 1 JUSTID
			XAUTOCLAIM s g c3 0 (6 COUNT 1
			XAUTOCLAIM s g c3 0 6-0 COUNT 1
			XAUTOCLAIM s g c3 0 +
			XAUTOCLAIM s g c3 0 (18446744073709551615-18446744073709551615
			XAUTOCLAIM s g c3 0 (
			XAUTOCLAIM s g c3 0 (-
			XAUTOCLAIM s g c3 0 x
			XAUTOCLAIM s g c3 x 0
			XAUTOCLAIM s g c3 -5 0 COUNT 1 JUSTID
			XAUTOCLAIM s g c3 0 0 COUNT 0
			XAUTOCLAIM s g c3 0 0 COUNT -1
			XAUTOCLAIM s g c3 0 0 COUNT x
			XAUTOCLAIM s g c3 0 0 COUNT 576460752303423488
			XAUTOCLAIM s g c3 0 0 COUNT 9223372036854775808
			XAUTOCLAIM s g c3 0 0 COUNT
			XAUTOCLAIM s g c3 0 0 FOO
			XAUTOCLAIM s g c3 0 0 JUSTID JUSTID COUNT 1 COUNT 2
			XAUTOCLAIM s g c3 0
			XAUTOCLAIM s g c3
			XAUTOCLAIM s nog c3 0 0
			XAUTOCLAIM s nog c3 x 0
			XAUTOCLAIM s nog c3 0 x
			XAUTOCLAIM s nog c3 0 0 FOO
			XAUTOCLAIM nope g c3 0 0
			SET str v
			XAUTOCLAIM str g c3 0 0
			XAUTOCLAIM str g c3 0 x
			XPENDING s g
			XPENDING s g - + 10
			XINFO CONSUMERS s g
			XDEL s 1 3 5 6
			XAUTOCLAIM s g c4 0 0 COUNT 2
			XAUTOCLAIM s g c4 0 0 COUNT 2 JUSTID
			XPENDING s g
			XINFO CONSUMERS s g
			XINFO GROUPS s

			XADD s 1 a 1
			XADD s 2 b 2
			XADD s 3 c 3
			XGROUP CREATE s g 0
			XREADGROUP GROUP g c1 STREAMS s >
			XDEL s 2
			XPENDING s g
			XPENDING s g - + 10 c1
			XREADGROUP GROUP g c1 STREAMS s 0
			XREADGROUP GROUP g c1 COUNT 2 STREAMS s 0
			XREADGROUP GROUP g c1 STREAMS s 1
			XREADGROUP GROUP g c1 NOACK STREAMS s 0
			XPENDING s g - + 10
			XINFO STREAM s FULL
			XCLAIM s g c2 0 1 2 3
			XPENDING s g - + 10
			XREADGROUP GROUP g c1 STREAMS s 0
			XREADGROUP GROUP g c2 STREAMS s 0
			XDEL s 3
			XCLAIM s g c1 0 3 JUSTID
			XCLAIM s g c1 0 3 FORCE
			XPENDING s g
			XACK s g 1
			XPENDING s g
			XADD s 4 d 4
			XREADGROUP GROUP g c1 STREAMS s >
			XTRIM s MAXLEN 0
			XREADGROUP GROUP g c1 STREAMS s 0
			XPENDING s g
			XPENDING s g - + 10
			XAUTOCLAIM s g c2 0 0
			XPENDING s g
			XINFO GROUPS s
			XINFO CONSUMERS s g
			DEL s
			XPENDING s g
			XCLAIM s g c1 0 1
			XAUTOCLAIM s g c1 0 0
			""";

	/**
	 * XINFO STREAM (and FULL, FULL COUNT), GROUPS (entries-read and lag, null where Redis
	 * cannot tell), CONSUMERS and HELP.
	 */
	static final String INFO = """
			XINFO HELP
			XINFO HELP x
			XINFO help
			XINFO
			XINFO FOO
			XINFO FOO s
			xinfo Foo
			XINFO STREAM
			XINFO stream
			XINFO GROUPS
			XINFO CONSUMERS s
			XINFO STREAM nope
			XINFO GROUPS nope
			XINFO CONSUMERS nope g
			XINFO STREAM nope FULL
			XINFO STREAM nope FOO
			SET str v
			XINFO STREAM str
			XINFO STREAM str FOO
			XINFO GROUPS str
			XINFO CONSUMERS str g
			XADD s 1 a 1
			XADD s 2 b 2 c 3
			XINFO STREAM s x
			XINFO STREAM s FULL x
			XINFO STREAM s FULL COUNT
			XINFO STREAM s FULL COUNT x
			XINFO STREAM s FULL COUNT 9223372036854775808
			XINFO STREAM s FULL FOO 1
			XINFO STREAM s FOO
			XINFO STREAM s FULL COUNT 1 x
			XINFO GROUPS s x
			XINFO CONSUMERS s g
			XINFO CONSUMERS s g x
			XINFO FOO s x
			XINFO STREAM s
			XINFO STREAM s FULL
			XINFO STREAM s FULL COUNT 1
			XINFO STREAM s FULL COUNT 0
			XINFO STREAM s FULL COUNT -1
			XINFO stream s full count 1
			XINFO GROUPS s
			XGROUP CREATE s g 0
			XGROUP CREATE s h $
			XGROUP CREATECONSUMER s h idle
			XREADGROUP GROUP g c1 COUNT 1 STREAMS s >
			XREADGROUP GROUP g c2 STREAMS s >
			XINFO STREAM s
			XINFO STREAM s FULL
			XINFO STREAM s FULL COUNT 1
			XINFO GROUPS s
			XINFO CONSUMERS s g
			XINFO CONSUMERS s h
			XINFO CONSUMERS s nog
			XDEL s 1
			XINFO STREAM s
			XINFO STREAM s FULL
			XDEL s 2
			XINFO STREAM s
			XINFO STREAM s FULL COUNT 0
			XINFO GROUPS s

			XADD s 1 a 1
			XADD s 2 b 2
			XADD s 3 c 3
			XADD s 4 d 4
			XADD s 5 e 5
			XGROUP CREATE s g0 0
			XGROUP CREATE s g2 2
			XGROUP CREATE s g5 $
			XGROUP CREATE s ge 3 ENTRIESREAD 3
			XGROUP CREATE s gf 9
			XINFO GROUPS s
			XREADGROUP GROUP g0 c COUNT 1 STREAMS s >
			XREADGROUP GROUP g2 c COUNT 1 STREAMS s >
			XINFO GROUPS s
			XDEL s 4
			XINFO GROUPS s
			XREADGROUP GROUP g0 c COUNT 1 STREAMS s >
			XINFO GROUPS s
			XREADGROUP GROUP g2 c STREAMS s >
			XINFO GROUPS s
			XADD s 6 f 6
			XINFO GROUPS s
			XDEL s 1
			XINFO GROUPS s
			XTRIM s MAXLEN 2
			XINFO GROUPS s
			XINFO STREAM s
			XREADGROUP GROUP g0 c STREAMS s >
			XINFO GROUPS s
			XSETID s 10 ENTRIESADDED 20
			XINFO GROUPS s
			XSETID s 10 ENTRIESADDED 20 MAXDELETEDID 9
			XINFO GROUPS s
			XGROUP SETID s g0 10
			XGROUP SETID s g2 0
			XGROUP SETID s ge 5-0 ENTRIESREAD 15
			XINFO GROUPS s
			XADD s 11 g 7
			XINFO GROUPS s
			XREADGROUP GROUP g2 c STREAMS s >
			XINFO GROUPS s
			XINFO STREAM s
			XINFO STREAM s FULL

			XADD s 1 a 1
			XADD s 2 b 2
			XGROUP CREATE s g 0
			XDEL s 1 2
			XINFO GROUPS s
			XINFO STREAM s
			XADD s 3 c 3
			XINFO GROUPS s
			XREADGROUP GROUP g c STREAMS s >
			XINFO GROUPS s
			XGROUP CREATE s g2 0
			XGROUP CREATE s g3 2
			XGROUP CREATE s g4 3
			XINFO GROUPS s
			XTRIM s MAXLEN 0
			XINFO GROUPS s
			XGROUP CREATE s g5 1
			XINFO GROUPS s
			XINFO STREAM s FULL

			XGROUP CREATE s g 0 MKSTREAM
			XGROUP CREATE s g2 5 MKSTREAM
			XINFO GROUPS s
			XADD s 1 a 1
			XINFO GROUPS s
			XREADGROUP GROUP g2 c STREAMS s >
			XINFO GROUPS s
			XADD s 6 a 1
			XINFO GROUPS s
			XREADGROUP GROUP g2 c STREAMS s >
			XREADGROUP GROUP g c STREAMS s >
			XINFO GROUPS s
			XGROUP SETID s g 1 ENTRIESREAD 1
			XGROUP SETID s g2 1
			XINFO GROUPS s
			XSETID s 7 ENTRIESADDED 5
			XINFO GROUPS s
			XGROUP SETID s g $ ENTRIESREAD 5
			XINFO GROUPS s
			XGROUP SETID s g $ ENTRIESREAD 9
			XINFO GROUPS s

			XADD v " 1" a 1
			XADD v "+2-+1" a 1
			XADD v 00003-00001 a 1
			XRANGE v +1 (+3-1
			XDEL v " 1"
			XRANGE v " 2" +
			XREAD STREAMS v "+1"
			XGROUP CREATE v g "+1"
			XGROUP SETID v g " 2"
			XINFO GROUPS v
			XREADGROUP GROUP g c STREAMS v >
			XINFO GROUPS v
			XINFO STREAM v
			""";

	/**
	 * A stream as a key: TYPE, EXISTS, DEL, RENAME, COPY, OBJECT ENCODING, expiry, wrong
	 * types, and stream commands in a transaction.
	 */
	static final String KEYS = """
			XADD s 1 a 1
			XGROUP CREATE s g 0
			XREADGROUP GROUP g c STREAMS s >
			TYPE s
			OBJECT ENCODING s
			EXISTS s
			RENAME s t
			EXISTS s
			TYPE t
			XRANGE t - +
			XPENDING t g
			XINFO GROUPS t
			COPY t u
			XADD u 2 b 2
			XRANGE t - +
			XRANGE u - +
			XPENDING u g
			XINFO GROUPS t
			XINFO GROUPS u
			XACK u g 1
			XPENDING t g
			XPENDING u g
			XGROUP CREATECONSUMER u g c2
			XGROUP DESTROY t g
			XINFO GROUPS u
			COPY t u
			COPY t u REPLACE
			XLEN u
			XINFO STREAM u
			XINFO GROUPS u
			SET str v
			RENAME str u
			TYPE u
			RENAME t str
			TYPE str
			XLEN str
			SCAN 0 TYPE stream
			DEL str
			EXISTS str
			XLEN str
			XGROUP CREATE e g $ MKSTREAM
			OBJECT ENCODING e
			TYPE e
			EXPIRE e 100
			TTL e
			XADD e 1 a 1
			TTL e
			XTRIM e MAXLEN 0
			TTL e
			PERSIST e
			TTL e
			RENAMENX e x
			XINFO STREAM x
			UNLINK x
			XINFO STREAM x
			XADD big 1 f 1
			LPUSH big 1
			RPOP big
			SADD big 1
			SMEMBERS big
			GET big
			INCR big
			APPEND big x
			STRLEN big
			HSET big f v
			HGET big f
			ZADD big 1 m
			ZRANGE big 0 -1
			XRANGE big - +
			MULTI
			XADD m 1 a 1
			XADD m 1 a 1
			XLEN m
			XGROUP CREATE m g 0
			XREADGROUP GROUP g c STREAMS m >
			XACK m g 1
			XINFO GROUPS m
			XRANGE m - +
			EXEC
			MULTI
			XADD m
			EXEC
			MULTI
			XADD m 2 a 1
			XFOO m
			EXEC
			XLEN m
			""";

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void xaddAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(divergences(redis, protocol, XADD, false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void rangesDeletesTrimsAndSetidAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(divergences(redis, protocol, RANGES, false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void xreadAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(divergences(redis, protocol, READS, false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void consumerGroupsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(divergences(redis, protocol, GROUPS, false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void pendingEntriesAndClaimsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(divergences(redis, protocol, PENDING, false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void xinfoAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(divergences(redis, protocol, INFO, false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void streamKeysAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(divergences(redis, protocol, KEYS, false)).isEmpty();
	}

	/**
	 * What depends on Redis's layout of a stream in nodes (listpacks of at most 100
	 * entries, deleted ones included, and 4096 bytes, the defaults of
	 * {@code stream-node-max-entries} and {@code stream-node-max-bytes}) in a radix tree:
	 * XINFO STREAM's {@code radix-tree-keys} and {@code radix-tree-nodes}, and
	 * approximate ({@code ~}) trimming, which removes whole nodes only, and LIMIT, which
	 * counts whole nodes.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void nodeLayoutAnswersAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(divergences(redis, protocol, layoutCases(), true)).isEmpty();
	}

	static String layoutCases() {
		StringBuilder cases = new StringBuilder();
		// small streams: one node, or none
		cases.append("""
				XGROUP CREATE e g $ MKSTREAM
				XINFO STREAM e
				XADD s 1 a 1
				XINFO STREAM s
				XADD s 2 b 2
				XADD s 3 a 1 b 2
				XINFO STREAM s
				XDEL s 2
				XINFO STREAM s
				XDEL s 1 3
				XINFO STREAM s
				XADD s 4 a 1
				XINFO STREAM s
				XTRIM s MAXLEN 0
				XINFO STREAM s
				XADD s MAXLEN ~ 0 5 a 1
				XINFO STREAM s
				XADD s 6 a 1
				XADD s 7 a 1
				XADD s 8 a 1
				XADD s MAXLEN ~ 2 9 a 1
				XINFO STREAM s FULL

				""");
		// 250 small entries: nodes of 100
		for (int i = 1; i <= 250; i++) {
			cases.append("XADD s ").append(i).append(" f ").append(i).append('\n');
		}
		cases.append("""
				XINFO STREAM s
				XTRIM s MAXLEN ~ 200
				XTRIM s MAXLEN ~ 151
				XTRIM s MAXLEN ~ 150 LIMIT 99
				XTRIM s MAXLEN ~ 140
				XLEN s
				XINFO STREAM s
				XTRIM s MINID ~ 180
				XTRIM s MINID ~ 201
				XTRIM s MINID ~ 250 LIMIT 99
				XTRIM s MINID ~ 250
				XLEN s
				XINFO STREAM s
				XTRIM s MAXLEN ~ 0 LIMIT 20
				XTRIM s MAXLEN ~ 0 LIMIT 50
				XLEN s
				XADD s MAXLEN ~ 0 LIMIT 0 251 f 251
				XLEN s
				XINFO STREAM s

				""");
		// deleted entries keep their place in a node; a node with no entry left goes
		for (int i = 1; i <= 150; i++) {
			cases.append("XADD s ").append(i).append(" f ").append(i).append('\n');
		}
		StringBuilder del = new StringBuilder("XDEL s");
		for (int i = 1; i <= 99; i++) {
			del.append(' ').append(i);
		}
		cases.append(del).append('\n').append("""
				XINFO STREAM s
				XADD s 151 f 151
				XINFO STREAM s
				XTRIM s MAXLEN ~ 52
				XTRIM s MAXLEN ~ 51
				XTRIM s MAXLEN ~ 10
				XLEN s
				XINFO STREAM s
				XTRIM s MINID ~ 152
				XLEN s
				XINFO STREAM s

				""");
		// MAXLEN ~ on every add
		for (int i = 1; i <= 300; i++) {
			cases.append("XADD s MAXLEN ~ 50 ").append(i).append(" f ").append(i).append('\n');
		}
		cases.append("""
				XLEN s
				XINFO STREAM s
				XRANGE s - + COUNT 3
				XADD s MINID ~ 250 301 f 301
				XLEN s

				""");
		// large values: nodes of at most 4096 bytes
		String value = "v".repeat(500);
		for (int i = 1; i <= 20; i++) {
			cases.append("XADD s ").append(i).append(" f ").append(value).append('\n');
		}
		cases.append("""
				XINFO STREAM s
				XTRIM s MAXLEN ~ 15
				XTRIM s MAXLEN ~ 13
				XLEN s
				XTRIM s MAXLEN ~ 5
				XLEN s
				XINFO STREAM s
				XADD s 21 f %s g %s
				XADD s 22 a 1
				XINFO STREAM s
				XADD s MAXLEN ~ 1 23 f 1
				XLEN s
				XINFO STREAM s
				""".formatted(value, value));
		return cases.toString();
	}

	/**
	 * Runs cases against a redis-server and a fresh memory store each, as a client of a
	 * protocol, and returns the commands whose masked replies differ. After a command the
	 * memory side fails to answer, the rest of its block is skipped.
	 * @param redis the server
	 * @param protocol 2 or 3
	 * @param cases blocks of command lines separated by empty lines, as
	 * {@link RespPair#divergences} reads them
	 * @param layout whether to compare what depends on Redis's node layout
	 * @return a description of each difference
	 */
	static List<String> divergences(RedisServer redis, int protocol, String cases, boolean layout) {
		List<String> divergences = new ArrayList<>();
		for (String block : cases.split("\\n\\s*\\n")) {
			try (RespPair pair = new RespPair(redis.host(), redis.port(), new MemoryStore(), protocol)) {
				pair.redis("FLUSHALL");
				for (String line : block.strip().split("\\n")) {
					Object[] args = RespPair.split(line.strip());
					String expected = RespPair.show(mask(args, pair.redis(args), layout));
					String actual;
					try {
						actual = RespPair.show(mask(args, pair.memory(args), layout));
					}
					catch (RuntimeException | AssertionError ex) {
						divergences.add("RESP" + protocol + " " + line + "\n  redis:  " + expected
								+ "\n  memory: failed (rest of the block skipped): " + ex);
						break;
					}
					if (!expected.equals(actual)) {
						divergences
							.add("RESP" + protocol + " " + line + "\n  redis:  " + expected + "\n  memory: " + actual);
					}
				}
			}
		}
		return divergences;
	}

	/** How far from now a time (or an id's milliseconds) may be to be masked as now. */
	static final long NOW_WINDOW = 86_400_000L;

	/** The largest idle time that may have been zero when the command ran. */
	static final long SMALL_IDLE = 5_000L;

	private static final Pattern ID = Pattern.compile("([0-9]{1,20})-([0-9]{1,20})");

	/**
	 * A reply with what depends on the clock replaced by placeholders (simple strings in
	 * angle brackets), so that replies read at different times compare equal:
	 * <ul>
	 * <li>in any reply, an id whose milliseconds are within a day of now (made by
	 * {@code *}): {@code <clock-id>};</li>
	 * <li>an idle time (XPENDING's extended form, XINFO CONSUMERS): {@code <idle>} if at
	 * most 5000 ms, {@code <idle N+>} if at most 5000 ms more than a multiple N of 100000
	 * ms (set by XCLAIM's IDLE), {@code <idle since 1970>} if over 10^12 ms (set by
	 * XCLAIM's TIME in the distant past), as it is otherwise;</li>
	 * <li>a time (XINFO STREAM FULL's delivery times and seen-time): {@code <time>} if
	 * within a day of now, as it is otherwise (an XCLAIM TIME long ago).</li>
	 * </ul>
	 * XINFO STREAM's {@code radix-tree-keys} and {@code radix-tree-nodes} become
	 * {@code <layout>} unless the layout is compared.
	 * @param args the command
	 * @param reply its reply
	 * @param layout whether to keep what depends on Redis's node layout
	 * @return the masked reply
	 */
	static Reply mask(Object[] args, Reply reply, boolean layout) {
		String name = text(args[0]).toUpperCase(Locale.ROOT);
		String sub = (args.length > 1) ? text(args[1]).toUpperCase(Locale.ROOT) : "";
		Reply masked = clockIds(reply);
		if (sub.equals("HELP") && reply instanceof Reply.Array lines && !lines.elements().isEmpty()
				&& lines.elements().get(0) instanceof Reply.Simple) {
			// the help is in our own words: the same shape, a first line as Redis's
			return new Reply.Array(List.of(lines.elements().get(0), new Reply.Simple("<help>")));
		}
		if (name.equals("XPENDING") && args.length > 3) {
			return each(masked, (entry) -> at(entry, 4, 2, StreamsDifferentialTests::idle));
		}
		if (name.equals("XINFO") && sub.equals("CONSUMERS")) {
			return each(masked, (consumer) -> field(consumer, "idle", StreamsDifferentialTests::idle));
		}
		if (name.equals("XINFO") && sub.equals("STREAM")) {
			Reply info = masked;
			if (!layout) {
				info = field(info, "radix-tree-keys", (value) -> new Reply.Simple("<layout>"));
				info = field(info, "radix-tree-nodes", (value) -> new Reply.Simple("<layout>"));
			}
			return field(info, "groups", (groups) -> each(groups, StreamsDifferentialTests::fullGroup));
		}
		return masked;
	}

	/** A group of XINFO STREAM FULL, with its delivery and seen times masked. */
	private static Reply fullGroup(Reply group) {
		Reply masked = field(group, "pending",
				(pending) -> each(pending, (nack) -> at(nack, 4, 2, StreamsDifferentialTests::time)));
		return field(masked, "consumers", (consumers) -> each(consumers, (consumer) -> {
			Reply seen = field(consumer, "seen-time", StreamsDifferentialTests::time);
			return field(seen, "pending",
					(pending) -> each(pending, (nack) -> at(nack, 3, 1, StreamsDifferentialTests::time)));
		}));
	}

	private static Reply idle(Reply reply) {
		if (!(reply instanceof Reply.Int number)) {
			return reply;
		}
		long idle = number.value();
		if (idle >= 0 && idle <= SMALL_IDLE) {
			return new Reply.Simple("<idle>");
		}
		if (idle > 1_000_000_000_000L) {
			return new Reply.Simple("<idle since 1970>");
		}
		if (idle > 0 && idle % 100_000 <= SMALL_IDLE) {
			return new Reply.Simple("<idle " + (idle - idle % 100_000) + "+>");
		}
		return reply;
	}

	private static Reply time(Reply reply) {
		if (reply instanceof Reply.Int number && Math.abs(number.value() - System.currentTimeMillis()) <= NOW_WINDOW) {
			return new Reply.Simple("<time>");
		}
		return reply;
	}

	/** Ids made by {@code *}, wherever they are in a reply, as {@code <clock-id>}. */
	private static Reply clockIds(Reply reply) {
		if (reply instanceof Reply.Bulk bulk) {
			Matcher id = ID.matcher(new String(bulk.bytes(), StandardCharsets.ISO_8859_1));
			if (id.matches()) {
				try {
					long millis = Long.parseLong(id.group(1));
					if (Math.abs(millis - System.currentTimeMillis()) <= NOW_WINDOW) {
						return new Reply.Simple("<clock-id>");
					}
				}
				catch (NumberFormatException ex) {
					// beyond a long: not a time
				}
			}
			return reply;
		}
		return each(reply, StreamsDifferentialTests::clockIds);
	}

	/** A container reply with a function applied to each element; any other as it is. */
	private static Reply each(Reply reply, UnaryOperator<Reply> function) {
		if (reply instanceof Reply.Array array) {
			return new Reply.Array(array.elements().stream().map(function).toList());
		}
		if (reply instanceof Reply.Map map) {
			return new Reply.Map(map.keysAndValues().stream().map(function).toList());
		}
		if (reply instanceof Reply.Set set) {
			return new Reply.Set(set.elements().stream().map(function).toList());
		}
		if (reply instanceof Reply.Push push) {
			return new Reply.Push(push.elements().stream().map(function).toList());
		}
		return reply;
	}

	/** An array of a size with a function applied to one element; any other as it is. */
	private static Reply at(Reply reply, int size, int index, UnaryOperator<Reply> function) {
		if (reply instanceof Reply.Array array && array.elements().size() == size) {
			List<Reply> elements = new ArrayList<>(array.elements());
			elements.set(index, function.apply(elements.get(index)));
			return new Reply.Array(elements);
		}
		return reply;
	}

	/**
	 * A map (RESP3) or a flat array of names and values (RESP2) with a function applied
	 * to the value of a name; any other reply as it is.
	 */
	private static Reply field(Reply reply, String name, UnaryOperator<Reply> function) {
		List<Reply> pairs;
		if (reply instanceof Reply.Map map) {
			pairs = map.keysAndValues();
		}
		else if (reply instanceof Reply.Array array && array.elements().size() % 2 == 0) {
			pairs = array.elements();
		}
		else {
			return reply;
		}
		List<Reply> result = new ArrayList<>(pairs);
		for (int i = 0; i + 1 < result.size(); i += 2) {
			if (result.get(i) instanceof Reply.Bulk key && name.equals(text(key.bytes()))) {
				result.set(i + 1, function.apply(result.get(i + 1)));
			}
		}
		return (reply instanceof Reply.Map) ? new Reply.Map(result) : new Reply.Array(result);
	}

	private static String text(Object arg) {
		return (arg instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(arg);
	}

}
