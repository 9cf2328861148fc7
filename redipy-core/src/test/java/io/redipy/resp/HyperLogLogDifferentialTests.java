package io.redipy.resp;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.redipy.command.Reply;
import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's HyperLogLog commands (Redis 7.0's {@code hyperloglog.c}) against a real
 * redis-server, in RESP2 and RESP3: every reply must be the same, and so must the bytes
 * {@code GET} reads from each HyperLogLog after PFADD, PFCOUNT (which writes the cached
 * estimate) and PFMERGE, sparse and dense, across the promotion from one to the other,
 * for values copied from Redis, and for corrupt values.
 */
@ExtendWith(RedisExtension.class)
class HyperLogLogDifferentialTests {

	/** A dense HyperLogLog's length: the header and 16384 registers of 6 bits. */
	private static final int DENSE_SIZE = 16 + 12288;

	/**
	 * Replies, errors and bytes for PFADD, PFCOUNT and PFMERGE: keys created without
	 * elements, the cached estimate, wrong types and strings that are not HyperLogLogs,
	 * corrupt headers and runs, {@code WATCH} after a PFCOUNT that writes its estimate,
	 * transactions, expiry kept; {@code dwdytpqc} hashes to a run of 33 zeros (register
	 * value 34, more than a sparse VAL holds), which promotes a sparse HyperLogLog at
	 * once.
	 */
	static final String BASICS = """
			PFADD h
			GET h
			PFADD h
			PFCOUNT h
			GET h
			PFADD h a b c
			GET h
			PFADD h a b c
			PFADD h a d
			GET h
			PFCOUNT h
			GET h
			PFCOUNT h
			PFCOUNT h nokey
			PFCOUNT nokey
			PFCOUNT nokey nokey2
			PFCOUNT h h
			GET h
			STRLEN h
			TYPE h
			PFADD "\\x00\\xff" "\\xff\\xfe" "" "\\x00"
			GET "\\x00\\xff"
			PFCOUNT "\\x00\\xff"
			PFADD h2 x y z a
			PFCOUNT h h2
			PFMERGE m h h2
			GET m
			PFCOUNT m
			GET m
			PFMERGE m
			GET m
			PFMERGE new
			GET new
			EXISTS new
			PFMERGE new2 nokey nokey2
			GET new2
			PFMERGE h h2
			GET h
			PFMERGE h2 h2
			GET h2
			APPEND h2 x
			PFCOUNT h2
			PFADD h2 q
			SETRANGE h 4 "\\x02"
			PFCOUNT h
			PFADD h q
			PFMERGE x h
			EXISTS x
			SETRANGE h 4 "\\x01"
			SETRANGE h 0 hyll
			PFCOUNT h
			PFADD

			PFADD h a
			PFCOUNT
			PFMERGE
			PFCOUNT h ""
			RPUSH l a
			PFADD l a
			PFADD l
			PFCOUNT l
			PFCOUNT h l
			PFCOUNT nokey l
			PFMERGE l h
			PFMERGE h l
			PFMERGE d h l
			EXISTS d
			SET s hello
			PFADD s a
			PFCOUNT s
			PFCOUNT h s
			PFMERGE h s
			PFMERGE s
			SET n 12345
			PFADD n
			PFCOUNT n
			SET long 1234567890123456789
			PFCOUNT long
			SET e ""
			PFADD e a
			PFCOUNT e
			SET hy HYLL
			PFCOUNT hy
			SET hy "HYLL\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00"
			PFCOUNT hy
			PFADD hy a
			SET hy "HYLL\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x80"
			PFCOUNT hy
			PFADD hy a
			PFMERGE hy
			GET hy
			SET hy "HYLL\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x80\\x7f\\xff"
			PFCOUNT hy
			PFADD hy a
			SET hy "HYLL\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x80\\x7f\\xff"
			PFCOUNT hy
			SET hy "HYLL\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x80\\x7f\\xfe"
			PFCOUNT hy
			PFCOUNT hy h
			PFMERGE z hy
			EXISTS z
			PFADD hy a b c d e f g
			GET hy
			SET hy "HYLL\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x80\\x7f\\xff\\x00"
			PFCOUNT hy
			PFCOUNT hy h
			PFADD hy a b c
			GET hy
			SET hy "HYLL\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x80\\x7f\\xfe\\x80"
			PFCOUNT hy
			PFADD hy a b c
			GET hy
			SET hy "HYLL\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x80\\x7f\\xfe\\x84"
			PFCOUNT hy
			GET hy
			SET hy "HYLL\\x01\\x01\\x02\\x03\\x2a\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x7f\\xff"
			PFCOUNT hy
			GET hy
			PFADD hy a
			GET hy
			PFCOUNT hy
			GET hy
			SET hy "HYLL\\x01\\x00\\x00\\x00\\x2a\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x7f\\xff"
			PFCOUNT hy
			PFCOUNT hy hy

			PFADD w a
			WATCH w
			PFCOUNT w
			MULTI
			PING
			EXEC
			WATCH w
			PFCOUNT w
			MULTI
			PING
			EXEC
			WATCH w
			PFADD w a
			MULTI
			PING
			EXEC
			WATCH w
			PFADD w zz
			MULTI
			PING
			EXEC
			PFCOUNT w other
			WATCH w
			PFCOUNT w other
			MULTI
			PING
			EXEC
			MULTI
			PFADD t a
			PFCOUNT t
			PFMERGE t2 t
			GET t2
			EXEC
			GET t

			PFADD q a b
			GET q
			PFADD q dwdytpqc
			STRLEN q
			GET q
			PFCOUNT q
			GET q
			PFADD q2 dwdytpqc
			STRLEN q2
			PFADD q3 x
			PFMERGE q3 q2
			STRLEN q3
			GET q3
			PFMERGE q4 q
			GET q4

			SET k v EX 100
			PFADD k2 a
			SET k2 x
			PFADD k3 a
			EXPIRE k3 100
			PFADD k3 b c d
			TTL k3
			PFCOUNT k3
			TTL k3
			PFMERGE k3 k2
			PFMERGE k3
			TTL k3
			""";

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void pfCommandsAnswerAsRedisAnswers(int protocol, RedisServer redis) {
		assertThat(RespPair.divergences(redis, protocol, BASICS)).isEmpty();
	}

	/**
	 * One HyperLogLog grown element by element from empty past its promotion to dense,
	 * with its bytes compared after every PFADD and, every few steps, after the PFCOUNT
	 * that writes the cached estimate; then more elements in batches until the dense form
	 * holds hundreds of thousands.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void growsAndPromotesAsRedis(int protocol, RedisServer redis) {
		List<String> divergences = new ArrayList<>();
		try (RespPair pair = new RespPair(redis.host(), redis.port(), new MemoryStore(), protocol)) {
			pair.redis("FLUSHALL");
			// these prefixes reach 3000 bytes and then grow by one opcode byte (p1, p2)
			// or by two (p0): promoted at 3000 + 1 and 3000 + 2
			for (String prefix : new String[] { "p0.", "p1.", "p2." }) {
				String key = "g" + prefix;
				int step = 0;
				boolean dense = false;
				int afterDense = 0;
				while (afterDense < 20) {
					compare(pair, divergences, "PFADD", key, prefix + step);
					if (step % 7 == 0) {
						compare(pair, divergences, "PFCOUNT", key);
					}
					compare(pair, divergences, "GET", key);
					Reply length = pair.redis("STRLEN", key);
					dense = dense || ((Reply.Int) length).value() == DENSE_SIZE;
					if (dense) {
						afterDense++;
					}
					step++;
				}
				assertThat(step).isGreaterThan(1500);
			}
			for (int batch = 0; batch < 40; batch++) {
				Object[] args = new Object[2 + 5000];
				args[0] = "PFADD";
				args[1] = "h";
				for (int i = 2; i < args.length; i++) {
					args[i] = "b" + batch + "." + i;
				}
				compare(pair, divergences, args);
				compare(pair, divergences, "PFCOUNT", "h");
				compare(pair, divergences, "GET", "h");
			}
		}
		assertThat(divergences).isEmpty();
	}

	/**
	 * Seeded sequences of PFADD (text and random bytes, batches of 0 to 200), PFCOUNT of
	 * one and several keys and PFMERGE (into new, sparse and dense destinations) on a few
	 * keys, comparing every HyperLogLog's bytes as they go.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void randomSequencesAgreeWithRedis(int protocol, RedisServer redis) {
		long seed = System.nanoTime();
		System.out.println("HyperLogLogDifferentialTests seed " + seed);
		Random random = new Random(seed);
		List<String> divergences = new ArrayList<>();
		String[] keys = { "a", "b", "c", "d" };
		try (RespPair pair = new RespPair(redis.host(), redis.port(), new MemoryStore(), protocol)) {
			pair.redis("FLUSHALL");
			for (int i = 0; i < 600 && divergences.size() < 5; i++) {
				String key = keys[random.nextInt(keys.length)];
				int kind = random.nextInt(10);
				if (kind < 5) {
					int count = (random.nextInt(4) == 0) ? random.nextInt(200) : random.nextInt(4);
					Object[] args = new Object[2 + count];
					args[0] = "PFADD";
					args[1] = key;
					for (int j = 2; j < args.length; j++) {
						if (random.nextBoolean()) {
							args[j] = "x" + random.nextInt(1_000_000);
						}
						else {
							byte[] bytes = new byte[random.nextInt(20)];
							random.nextBytes(bytes);
							args[j] = bytes;
						}
					}
					compare(pair, divergences, args);
				}
				else if (kind < 7) {
					compare(pair, divergences, "PFCOUNT", key);
				}
				else if (kind < 8) {
					compare(pair, divergences, "PFCOUNT", key, keys[random.nextInt(keys.length)], "missing");
				}
				else {
					int n = random.nextInt(3);
					Object[] args = new Object[2 + n];
					args[0] = "PFMERGE";
					args[1] = (random.nextInt(5) == 0) ? "fresh" + i : key;
					for (int j = 2; j < args.length; j++) {
						args[j] = keys[random.nextInt(keys.length)];
					}
					compare(pair, divergences, args);
					compare(pair, divergences, "GET", args[1]);
				}
				compare(pair, divergences, "GET", key);
			}
			for (String key : keys) {
				compare(pair, divergences, "PFCOUNT", key);
				compare(pair, divergences, "GET", key);
			}
		}
		assertThat(divergences).as("seed " + seed).isEmpty();
	}

	/**
	 * HyperLogLogs built on Redis only (sparse, dense, with and without a cached
	 * estimate) and copied byte for byte into both: PFCOUNT, PFADD and PFMERGE read them
	 * as Redis does.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void bytesCopiedFromRedisWorkOnMemory(int protocol, RedisServer redis) {
		List<String> divergences = new ArrayList<>();
		try (RespPair pair = new RespPair(redis.host(), redis.port(), new MemoryStore(), protocol)) {
			pair.redis("FLUSHALL");
			int[] sizes = { 1, 10, 100, 1000, 3000, 20000 };
			for (int s = 0; s < sizes.length; s++) {
				Object[] args = new Object[2 + sizes[s]];
				args[0] = "PFADD";
				args[1] = "src" + s;
				for (int i = 2; i < args.length; i++) {
					args[i] = "c" + s + "." + i;
				}
				pair.redis(args);
				for (boolean cached : new boolean[] { false, true }) {
					if (cached) {
						pair.redis("PFCOUNT", "src" + s);
					}
					byte[] bytes = ((Reply.Bulk) pair.redis("GET", "src" + s)).bytes();
					String copy = "copy" + s + cached;
					compare(pair, divergences, "SET", copy, bytes);
					compare(pair, divergences, "PFCOUNT", copy);
					compare(pair, divergences, "GET", copy);
					compare(pair, divergences, "PFCOUNT", copy, "copy0false");
					compare(pair, divergences, "PFADD", copy, "one", "two", "three");
					compare(pair, divergences, "GET", copy);
					compare(pair, divergences, "PFMERGE", "merged" + s + cached, copy, "copy0false");
					compare(pair, divergences, "GET", "merged" + s + cached);
					compare(pair, divergences, "PFMERGE", "copy0false", copy);
					compare(pair, divergences, "GET", "copy0false");
				}
			}
		}
		assertThat(divergences).isEmpty();
	}

	/**
	 * Dense values set by hand: registers past what the estimator reads (Redis answers
	 * {@code LLONG_MIN} when the estimate overflows), a wrong length, unused header bytes
	 * that are not zero; and sparse values whose runs cover too few or too many
	 * registers.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void handMadeValuesAsRedis(int protocol, RedisServer redis) {
		List<String> divergences = new ArrayList<>();
		try (RespPair pair = new RespPair(redis.host(), redis.port(), new MemoryStore(), protocol)) {
			pair.redis("FLUSHALL");
			Random random = new Random(7);
			for (int variant = 0; variant < 8; variant++) {
				byte[] dense = new byte[DENSE_SIZE];
				System.arraycopy("HYLL".getBytes(), 0, dense, 0, 4);
				dense[5] = (byte) variant;
				dense[15] = (byte) 0x80;
				for (int i = 16; i < dense.length; i++) {
					dense[i] = switch (variant) {
						case 0 -> (byte) 0xff;
						case 1 -> (byte) random.nextInt(256);
						case 2 -> (byte) ((i % 3 == 0) ? 0x41 : 0);
						case 3 -> (byte) ((i == 100) ? 0xff : 0);
						default -> (byte) (random.nextInt(8) == 0 ? random.nextInt(256) : 0);
					};
				}
				String key = "dense" + variant;
				compare(pair, divergences, "SET", key, dense);
				compare(pair, divergences, "PFCOUNT", key);
				compare(pair, divergences, "GET", key);
				compare(pair, divergences, "PFCOUNT", key, "nokey");
				compare(pair, divergences, "PFADD", key, "a", "b");
				compare(pair, divergences, "PFMERGE", "to" + variant, key);
				compare(pair, divergences, "GET", "to" + variant);
				compare(pair, divergences, "PFCOUNT", "to" + variant);
				compare(pair, divergences, "APPEND", key, "x");
				compare(pair, divergences, "PFCOUNT", key);
			}
			// sparse runs: an XZERO of 8192 twice, of 8000 (too few), three (too many)
			String[] sparse = { "\\x5f\\xff\\x5f\\xff", "\\x5f\\x3f", "\\x5f\\xff\\x5f\\xff\\x00",
					"\\x5f\\xff\\x5f\\xfb\\x80\\x84\\x88\\x8c", "\\x5f\\xff\\x5f\\xfb\\x83\\x7f\\xff\\x80" };
			for (int i = 0; i < sparse.length; i++) {
				Object[] set = RespPair.split("SET sp" + i
						+ " \"HYLL\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x80" + sparse[i] + "\"");
				compare(pair, divergences, set);
				compare(pair, divergences, "PFCOUNT", "sp" + i);
				compare(pair, divergences, "GET", "sp" + i);
				for (int j = 0; j < 50; j++) {
					compare(pair, divergences, "PFADD", "sp" + i, "e" + j, "f" + j);
					compare(pair, divergences, "GET", "sp" + i);
				}
				compare(pair, divergences, "PFMERGE", "m" + i, "sp" + i);
				compare(pair, divergences, "GET", "m" + i);
				compare(pair, divergences, "PFCOUNT", "sp" + i, "m" + i);
			}
			// a VAL whose run passes the last register, after runs that cover them all: a
			// corruption everywhere since Redis's fix of CVE-2025-32023 (the server's
			// 7.0.15 has it), where 7.0.9 stopped reading there
			String covering = "\\x7f\\xf5\\x84\\x08";
			String[] tails = { "\\xc3", "\\xc3\\xa9", "\\x80", "\\x08", "\\x40\\x00", "" };
			for (int i = 0; i < tails.length; i++) {
				String set = "SET past" + i + " \"HYLL\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x80"
						+ covering + tails[i] + "\"";
				for (String[] command : new String[][] { { "PFCOUNT", "past" + i }, { "PFCOUNT", "past" + i, "nokey" },
						{ "PFMERGE", "pastm" + i, "past" + i }, { "PFADD", "past" + i, "dwdytpqc" },
						{ "PFADD", "past" + i, "x", "y" } }) {
					compare(pair, divergences, RespPair.split(set));
					compare(pair, divergences, (Object[]) command);
					compare(pair, divergences, "GET", "past" + i);
					compare(pair, divergences, "GET", "pastm" + i);
				}
			}
		}
		assertThat(divergences).isEmpty();
	}

	/**
	 * PFMERGE's destination: a new one stays sparse unless a source is dense; a sparse
	 * one takes the registers one by one (promoted when it outgrows 3000 bytes); a dense
	 * source makes it dense first.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void mergesAsRedis(int protocol, RedisServer redis) {
		List<String> divergences = new ArrayList<>();
		try (RespPair pair = new RespPair(redis.host(), redis.port(), new MemoryStore(), protocol)) {
			pair.redis("FLUSHALL");
			int[] sizes = { 0, 1, 50, 300, 800, 1500, 5000 };
			for (int s = 0; s < sizes.length; s++) {
				Object[] args = new Object[2 + sizes[s]];
				args[0] = "PFADD";
				args[1] = "s" + s;
				for (int i = 2; i < args.length; i++) {
					args[i] = "m" + s + "." + i;
				}
				compare(pair, divergences, args);
			}
			for (int a = 0; a < sizes.length; a++) {
				for (int b = 0; b < sizes.length; b++) {
					compare(pair, divergences, "PFMERGE", "n" + a + b, "s" + a, "s" + b);
					compare(pair, divergences, "GET", "n" + a + b);
					compare(pair, divergences, "PFMERGE", "s" + a, "s" + b);
					compare(pair, divergences, "GET", "s" + a);
					compare(pair, divergences, "PFCOUNT", "n" + a + b, "s" + b);
				}
			}
		}
		assertThat(divergences).isEmpty();
	}

	private static void compare(RespPair pair, List<String> divergences, Object... args) {
		String[] replies = pair.both(args);
		if (!replies[0].equals(replies[1])) {
			StringBuilder line = new StringBuilder();
			for (Object arg : args) {
				String text = (arg instanceof byte[] bytes) ? RespPair.escape(bytes) : String.valueOf(arg);
				line.append(text.length() > 60 ? text.substring(0, 60) + "..." : text).append(' ');
			}
			divergences.add(line + "\n  redis:  " + abbreviate(replies[0]) + "\n  memory: " + abbreviate(replies[1]));
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 400) ? text.substring(0, 400) + "..." : text;
	}

}
