package io.redipy.contract;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import io.redipy.NoSuchKeyException;
import io.redipy.RedipyClient;
import io.redipy.WrongTypeException;
import io.redipy.api.Codec;
import io.redipy.api.Expiration;
import io.redipy.api.KeyType;
import io.redipy.api.LexRange;
import io.redipy.api.ListPosition;
import io.redipy.api.ListSide;
import io.redipy.api.LposOptions;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.api.ScoreRange;
import io.redipy.api.Scored;
import io.redipy.api.SetOptions;
import io.redipy.api.TypedCommands;
import io.redipy.api.ZAddOptions;
import io.redipy.api.ZRange;
import io.redipy.api.ZStoreOptions;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The contract of bytes, run against every backend: the typed view of the commands
 * ({@link RedipyClient#binary()}, {@link RedipyClient#withCodecs}) writes and reads every
 * byte sequence exactly, and the {@code String} API's escapes of bytes. Byte results are
 * compared as hex text, so that a failure shows the bytes.
 */
public abstract class BinaryContractTests extends ContractTestSupport {

	/** Not UTF-8: a stray continuation byte, NUL, 0xFF. */
	private static final byte[] RAW = { 'a', (byte) 0x80, 0, (byte) 0xff, 'b' };

	/** The first byte of a two-byte character, alone. */
	private static final byte[] CUT = { (byte) 0xc3 };

	private static final byte[] EMPTY = {};

	private static final byte[] NUL = { 0 };

	private TypedCommands<byte[], byte[]> bin;

	@BeforeEach
	void binaryView() {
		this.bin = this.client.binary();
	}

	private static byte[] b(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] b(int... bytes) {
		byte[] result = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			result[i] = (byte) bytes[i];
		}
		return result;
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	private static List<String> hex(java.util.Collection<byte[]> items) {
		List<String> result = new ArrayList<>();
		items.forEach((item) -> result.add((item != null) ? hex(item) : null));
		return result;
	}

	private static Map<String, String> hex(Map<byte[], byte[]> map) {
		Map<String, String> result = new LinkedHashMap<>();
		map.forEach((k, v) -> result.put(hex(k), hex(v)));
		return result;
	}

	private static List<String> hexScored(List<Scored<byte[]>> members) {
		return members.stream().map((m) -> hex(m.member()) + "=" + m.score()).toList();
	}

	// the String API's escapes

	@Test
	void stringApi_escapeSurrogateIsSentAsItsByte() {
		// U+DC80 + b stands for byte 0x80 + b (store form) on both backends; Redis
		// replies with the byte, which a UTF-8 reader sees as U+FFFD
		this.client.set("k", "a\uDC80b");
		assertThat(this.client.get("k")).isEqualTo("a\uFFFDb");
		assertThat(hex(this.bin.get(b("k")))).isEqualTo("618062");
		assertThat(this.client.strlen("k")).isEqualTo(3);
		assertThat(this.client.getrange("k", 1, 1)).isEqualTo("\uFFFD");
		this.client.set("\uDCFF", "v");
		assertThat(this.client.get("\uDCFF")).isEqualTo("v");
		assertThat(this.bin.get(b(0xff))).isEqualTo(b("v"));
		assertThat(this.client.exists("?")).isZero();
		assertThat(this.client.keys("*")).containsExactlyInAnyOrder("k", "\uFFFD");
		this.client.hset("h", "\uDC80", "x");
		assertThat(this.client.hget("h", "\uDC80")).isEqualTo("x");
		assertThat(this.client.hexists("h", "?")).isFalse();
	}

	@Test
	void stringApi_escapedBytesThatFormUtf8AreThatCharacter() {
		this.client.set("e", "\uDCC3\uDCA9");
		assertThat(this.client.get("e")).isEqualTo("é");
		this.client.set("a", "\uDCC3");
		this.client.append("a", "\uDCA9");
		assertThat(this.client.get("a")).isEqualTo("é");
		this.client.rpush("l", "\uDCC3\uDCA9");
		assertThat(this.client.lpos("l", "é")).isZero();
	}

	@Test
	void stringApi_otherLoneSurrogatesStayQuestionMarks() {
		this.client.set("k", "\uD800\uDC00x\uDC00");
		assertThat(this.client.get("k")).isEqualTo("\uD800\uDC00x?");
		this.client.sadd("s", "\uD800", "\uDBFF");
		assertThat(this.client.smembers("s")).containsExactly("?");
	}

	// strings

	@Test
	void get_set_anyBytesRoundTrip() {
		for (byte[] key : List.of(RAW, CUT, EMPTY, NUL, b(0xff), b("ключ"))) {
			for (byte[] value : List.of(RAW, CUT, EMPTY, NUL, b(0xff, 0xfe), b("漢字😀"))) {
				this.bin.set(key, value);
				assertThat(hex(this.bin.get(key))).as(hex(key) + " -> " + hex(value)).isEqualTo(hex(value));
				assertThat(this.bin.strlen(key)).isEqualTo(value.length);
			}
		}
		assertThat(this.bin.get(b("missing"))).isNull();
		assertThat(this.bin.exists(RAW, CUT, EMPTY, NUL, b(0xff), b("ключ"), b("missing"))).isEqualTo(6);
	}

	@Test
	void set_oneMegabyteOfRandomBytes() {
		byte[] value = new byte[1 << 20];
		new Random(42).nextBytes(value);
		this.bin.set(RAW, value);
		assertThat(this.bin.get(RAW)).isEqualTo(value);
		assertThat(this.bin.strlen(RAW)).isEqualTo(value.length);
		assertThat(this.bin.getrange(RAW, -3, -1))
			.isEqualTo(java.util.Arrays.copyOfRange(value, value.length - 3, value.length));
		assertThat(this.bin.append(RAW, RAW)).isEqualTo(value.length + RAW.length);
		assertThat(this.bin.getrange(RAW, value.length, -1)).isEqualTo(RAW);
	}

	@Test
	void stringCommands_onBytes() {
		assertThat(this.bin.set(RAW, CUT, SetOptions.ifMissing())).isTrue();
		assertThat(this.bin.set(RAW, NUL, SetOptions.ifMissing())).isFalse();
		assertThat(hex(this.bin.setGet(RAW, RAW, SetOptions.always()))).isEqualTo("c3");
		assertThat(this.bin.setGet(CUT, RAW, SetOptions.always())).isNull();
		assertThat(this.bin.setnx(RAW, EMPTY)).isFalse();
		assertThat(this.bin.setnx(NUL, EMPTY)).isTrue();
		assertThat(this.bin.get(NUL)).isEmpty();
		assertThat(hex(this.bin.getset(NUL, CUT))).isEmpty();
		assertThat(hex(this.bin.getex(NUL, Expiration.ex(Duration.ofSeconds(100))))).isEqualTo("c3");
		assertThat(this.bin.ttl(NUL).expires()).isTrue();
		assertThat(hex(this.bin.getdel(NUL))).isEqualTo("c3");
		assertThat(this.bin.getdel(NUL)).isNull();
		// appending the second half of a character cut in two gives the character
		this.bin.set(CUT, CUT);
		assertThat(this.bin.append(CUT, b(0xa9))).isEqualTo(2);
		assertThat(this.client.get("\uFFFD")).isNull();
		assertThat(new String(this.bin.get(CUT), StandardCharsets.UTF_8)).isEqualTo("é");
		assertThat(this.bin.setrange(CUT, 1, b(0xff, 0))).isEqualTo(3);
		assertThat(hex(this.bin.get(CUT))).isEqualTo("c3ff00");
		assertThat(hex(this.bin.getrange(CUT, 0, 0))).isEqualTo("c3");
		assertThat(hex(this.bin.getrange(b("missing"), 0, -1))).isEmpty();
		Map<byte[], byte[]> values = new LinkedHashMap<>();
		values.put(b(0x80), RAW);
		values.put(b(0x81), EMPTY);
		this.bin.mset(values);
		assertThat(hex(this.bin.mget(b(0x80), b(0x81), b(0x82)))).containsExactly(hex(RAW), "", null);
		Map<byte[], byte[]> more = new LinkedHashMap<>();
		more.put(b(0x82), NUL);
		more.put(b(0x80), NUL);
		assertThat(this.bin.msetnx(more)).isFalse();
		more.remove(more.keySet().stream().filter((k) -> k[0] == (byte) 0x80).findFirst().orElseThrow());
		assertThat(this.bin.msetnx(more)).isTrue();
		assertThat(hex(this.bin.get(b(0x82)))).isEqualTo("00");
	}

	@Test
	void numbers_onByteKeys() {
		assertThat(this.bin.incr(RAW)).isEqualTo(1);
		assertThat(this.bin.incrby(RAW, 10)).isEqualTo(11);
		assertThat(this.bin.decr(RAW)).isEqualTo(10);
		assertThat(this.bin.decrby(RAW, 4)).isEqualTo(6);
		assertThat(this.bin.incrbyfloat(RAW, 0.5)).isEqualTo(6.5);
		assertThat(this.bin.get(RAW)).isEqualTo(b("6.5"));
	}

	// keys

	@Test
	void keyCommands_onByteKeys() {
		this.bin.set(RAW, RAW);
		this.bin.set(CUT, CUT);
		this.bin.rpush(NUL, NUL);
		assertThat(this.bin.type(RAW)).isEqualTo(KeyType.STRING);
		assertThat(this.bin.type(NUL)).isEqualTo(KeyType.LIST);
		assertThat(this.bin.expire(RAW, Duration.ofSeconds(100))).isTrue();
		assertThat(this.bin.ttl(RAW).remaining()).isPositive();
		assertThat(this.bin.pexpire(RAW, Duration.ofSeconds(200))).isTrue();
		assertThat(this.bin.pttl(RAW).remaining()).isGreaterThan(Duration.ofSeconds(100));
		Instant later = Instant.now().plusSeconds(1000).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		assertThat(this.bin.expireat(RAW, later)).isTrue();
		assertThat(this.bin.pexpireat(RAW, later)).isTrue();
		assertThat(this.bin.pexpiretime(RAW).instant()).isEqualTo(later);
		assertThat(this.bin.expiretime(RAW).instant()).isEqualTo(later);
		assertThat(this.bin.touch(RAW, NUL, b(0xfa), RAW)).isEqualTo(3);
		assertThat(this.bin.persist(RAW)).isTrue();
		assertThat(this.bin.ttl(RAW).expires()).isFalse();
		assertThat(this.bin.copy(RAW, EMPTY)).isTrue();
		assertThat(this.bin.copy(CUT, EMPTY)).isFalse();
		assertThat(this.bin.copy(CUT, EMPTY, true)).isTrue();
		assertThat(hex(this.bin.get(EMPTY))).isEqualTo("c3");
		this.bin.rename(EMPTY, b(0xfe));
		assertThat(this.bin.renamenx(b(0xfe), RAW)).isFalse();
		assertThat(this.bin.renamenx(b(0xfe), b(0xfd))).isTrue();
		assertThat(hex(this.bin.keys("*"))).containsExactlyInAnyOrder(hex(RAW), "c3", "00", "fd");
		List<byte[]> scanned = new ArrayList<>();
		String cursor = ScanPage.START;
		do {
			ScanPage<byte[]> page = this.bin.scan(cursor, ScanOptions.all().withCount(1));
			scanned.addAll(page.items());
			cursor = page.cursor();
		}
		while (!ScanPage.START.equals(cursor));
		assertThat(hex(scanned)).containsExactlyInAnyOrder(hex(RAW), "c3", "00", "fd");
		assertThat(hex(this.bin.scan(ScanPage.START).items())).isNotEmpty();
		assertThat(hex(List.of(this.bin.randomkey()))).isSubsetOf(hex(RAW), "c3", "00", "fd");
		assertThat(this.bin.unlink(RAW, b(0xfd))).isEqualTo(2);
		assertThat(this.bin.del(CUT, NUL, RAW)).isEqualTo(2);
		assertThat(this.bin.randomkey()).isNull();
	}

	// lists

	@Test
	void listCommands_onBytes() {
		assertThat(this.bin.lpushx(RAW, NUL)).isZero();
		assertThat(this.bin.rpush(RAW, RAW, EMPTY, CUT)).isEqualTo(3);
		assertThat(this.bin.lpush(RAW, NUL)).isEqualTo(4);
		assertThat(this.bin.rpushx(RAW, b(0xff))).isEqualTo(5);
		assertThat(this.bin.lpushx(RAW, b(0xfe))).isEqualTo(6);
		assertThat(hex(this.bin.lrange(RAW, 0, -1))).containsExactly("fe", "00", hex(RAW), "", "c3", "ff");
		assertThat(this.bin.llen(RAW)).isEqualTo(6);
		assertThat(hex(this.bin.lindex(RAW, 2))).isEqualTo(hex(RAW));
		assertThat(this.bin.lindex(RAW, 99)).isNull();
		this.bin.lset(RAW, 0, CUT);
		assertThat(this.bin.lpos(RAW, CUT)).isZero();
		assertThat(this.bin.lpos(RAW, CUT, LposOptions.none().withRank(2))).isEqualTo(4);
		assertThat(this.bin.lpos(RAW, CUT, 0, LposOptions.none())).containsExactly(0L, 4L);
		assertThat(this.bin.lpos(RAW, b(0xc3, 0xa9))).isNull();
		assertThat(this.bin.linsert(RAW, ListPosition.AFTER, EMPTY, b(0x80))).isEqualTo(7);
		assertThat(this.bin.linsert(RAW, ListPosition.BEFORE, b(0x81), NUL)).isEqualTo(-1);
		assertThat(this.bin.lrem(RAW, 0, CUT)).isEqualTo(2);
		assertThat(hex(this.bin.lrange(RAW, 0, -1))).containsExactly("00", hex(RAW), "", "80", "ff");
		assertThat(hex(this.bin.lpop(RAW))).isEqualTo("00");
		assertThat(hex(this.bin.rpop(RAW))).isEqualTo("ff");
		assertThat(hex(this.bin.lpop(RAW, 1))).containsExactly(hex(RAW));
		assertThat(hex(this.bin.rpop(RAW, 1))).containsExactly("80");
		this.bin.rpush(RAW, NUL, CUT);
		this.bin.ltrim(RAW, 1, -1);
		assertThat(hex(this.bin.lrange(RAW, 0, -1))).containsExactly("00", "c3");
		assertThat(hex(this.bin.rpoplpush(RAW, CUT))).isEqualTo("c3");
		assertThat(hex(this.bin.lmove(RAW, CUT, ListSide.LEFT, ListSide.RIGHT))).isEqualTo("00");
		assertThat(hex(this.bin.lrange(CUT, 0, -1))).containsExactly("c3", "00");
		assertThat(this.bin.lpop(RAW)).isNull();
		assertThat(this.bin.lpop(RAW, 2)).isEmpty();
		assertThat(this.bin.rpop(RAW)).isNull();
		assertThat(this.bin.rpoplpush(RAW, CUT)).isNull();
	}

	// hashes

	@Test
	void hashCommands_onBytes() {
		assertThat(this.bin.hset(RAW, RAW, RAW)).isEqualTo(1);
		Map<byte[], byte[]> fields = new LinkedHashMap<>();
		fields.put(b(0x80), NUL);
		fields.put(b(0x81), EMPTY);
		fields.put(EMPTY, CUT);
		assertThat(this.bin.hset(RAW, fields)).isEqualTo(3);
		assertThat(this.bin.hsetnx(RAW, b(0x80), RAW)).isFalse();
		assertThat(this.bin.hsetnx(RAW, b("n"), b("5"))).isTrue();
		assertThat(hex(this.bin.hget(RAW, b(0x80)))).isEqualTo("00");
		assertThat(this.bin.hget(RAW, b(0x82))).isNull();
		assertThat(hex(this.bin.hmget(RAW, EMPTY, b(0x82), RAW))).containsExactly("c3", null, hex(RAW));
		assertThat(this.bin.hexists(RAW, b(0x81))).isTrue();
		assertThat(this.bin.hexists(RAW, b(0x82))).isFalse();
		assertThat(this.bin.hlen(RAW)).isEqualTo(5);
		assertThat(this.bin.hstrlen(RAW, RAW)).isEqualTo(RAW.length);
		assertThat(this.bin.hincrby(RAW, b("n"), 2)).isEqualTo(7);
		assertThat(this.bin.hincrbyfloat(RAW, b(0xff), 1.5)).isEqualTo(1.5);
		// fields 0x80 and 0x81 read alike as text (U+FFFD) but are distinct bytes
		Map<String, String> all = new LinkedHashMap<>();
		all.put(hex(RAW), hex(RAW));
		all.put("80", "00");
		all.put("81", "");
		all.put("", "c3");
		all.put("6e", hex(b("7")));
		all.put("ff", hex(b("1.5")));
		assertThat(hex(this.bin.hgetall(RAW))).containsExactlyInAnyOrderEntriesOf(all);
		assertThat(hex(this.bin.hkeys(RAW))).containsExactlyInAnyOrderElementsOf(all.keySet());
		assertThat(hex(this.bin.hvals(RAW))).containsExactlyInAnyOrderElementsOf(all.values());
		assertThat(all).containsKey(hex(this.bin.hrandfield(RAW)));
		assertThat(hex(this.bin.hrandfield(RAW, 6))).containsExactlyInAnyOrderElementsOf(all.keySet());
		List<Map.Entry<byte[], byte[]>> random = this.bin.hrandfieldWithValues(RAW, -3);
		assertThat(random).hasSize(3)
			.allSatisfy((entry) -> assertThat(all).containsEntry(hex(entry.getKey()), hex(entry.getValue())));
		ScanPage<Map.Entry<byte[], byte[]>> page = this.bin.hscan(RAW, ScanPage.START, ScanOptions.all());
		assertThat(page.isFinished()).isTrue();
		Map<String, String> scanned = new LinkedHashMap<>();
		page.items().forEach((entry) -> scanned.put(hex(entry.getKey()), hex(entry.getValue())));
		assertThat(scanned).isEqualTo(all);
		assertThat(this.bin.hdel(RAW, b(0x80), b(0x81), b(0x82))).isEqualTo(2);
		assertThat(this.bin.hrandfield(b("missing"))).isNull();
		assertThat(this.client.hlen("\uFFFD")).isZero();
	}

	// sets

	@Test
	void setCommands_onBytes() {
		assertThat(this.bin.sadd(RAW, RAW, EMPTY, NUL, b(0x80), b(0x81))).isEqualTo(5);
		assertThat(this.bin.srem(RAW, b(0x81), b(0x82))).isEqualTo(1);
		assertThat(this.bin.sismember(RAW, EMPTY)).isTrue();
		assertThat(this.bin.sismember(RAW, b(0x81))).isFalse();
		assertThat(this.bin.smismember(RAW, NUL, b(0x81))).containsExactly(true, false);
		assertThat(this.bin.scard(RAW)).isEqualTo(4);
		assertThat(hex(this.bin.smembers(RAW))).containsExactlyInAnyOrder(hex(RAW), "", "00", "80");
		assertThat(hex(this.bin.srandmember(RAW, 4))).containsExactlyInAnyOrder(hex(RAW), "", "00", "80");
		assertThat(List.of(hex(RAW), "", "00", "80")).contains(hex(this.bin.srandmember(RAW)));
		this.bin.sadd(CUT, NUL, b(0xff));
		assertThat(hex(this.bin.sinter(RAW, CUT))).containsExactly("00");
		assertThat(hex(this.bin.sunion(RAW, CUT))).containsExactlyInAnyOrder(hex(RAW), "", "00", "80", "ff");
		assertThat(hex(this.bin.sdiff(RAW, CUT))).containsExactlyInAnyOrder(hex(RAW), "", "80");
		assertThat(this.bin.sinterstore(b(1), RAW, CUT)).isEqualTo(1);
		assertThat(this.bin.sunionstore(b(2), RAW, CUT)).isEqualTo(5);
		assertThat(this.bin.sdiffstore(b(3), RAW, CUT)).isEqualTo(3);
		assertThat(this.bin.sintercard(RAW, CUT)).isEqualTo(1);
		assertThat(this.bin.sintercard(1, b(2), b(3))).isEqualTo(1);
		assertThat(this.bin.smove(CUT, RAW, b(0xff))).isTrue();
		ScanPage<byte[]> page = this.bin.sscan(RAW, ScanPage.START, ScanOptions.all());
		assertThat(hex(page.items())).containsExactlyInAnyOrder(hex(RAW), "", "00", "80", "ff");
		assertThat(List.of(hex(RAW), "", "00", "80", "ff")).contains(hex(this.bin.spop(RAW)));
		assertThat(this.bin.spop(RAW, 10)).hasSize(4);
		assertThat(this.bin.spop(RAW)).isNull();
		assertThat(this.bin.srandmember(RAW)).isNull();
	}

	// sorted sets

	@Test
	void sortedSetCommands_onBytes() {
		assertThat(this.bin.zadd(RAW, 1, RAW)).isEqualTo(1);
		assertThat(this.bin.zadd(RAW, List.of(Scored.of(EMPTY, 2), Scored.of(b(0x80), 3)))).isEqualTo(2);
		assertThat(this.bin.zadd(RAW, ZAddOptions.none().ch(), List.of(Scored.of(NUL, 4), Scored.of(RAW, 0))))
			.isEqualTo(2);
		assertThat(this.bin.zaddIncr(RAW, ZAddOptions.none().xx(), 1, b(0x81))).isNull();
		assertThat(this.bin.zaddIncr(RAW, ZAddOptions.none(), 1, NUL)).isEqualTo(5);
		assertThat(this.bin.zincrby(RAW, 1, NUL)).isEqualTo(6);
		assertThat(this.bin.zscore(RAW, b(0x80))).isEqualTo(3);
		assertThat(this.bin.zmscore(RAW, RAW, b(0x81))).containsExactly(0.0, null);
		assertThat(this.bin.zcard(RAW)).isEqualTo(4);
		assertThat(this.bin.zcount(RAW, ScoreRange.closed(1, 3))).isEqualTo(2);
		assertThat(hex(this.bin.zrange(RAW, 0, -1))).containsExactly(hex(RAW), "", "80", "00");
		assertThat(hexScored(this.bin.zrangeWithScores(RAW, ZRange.byScore(ScoreRange.closed(2, 3)))))
			.containsExactly("=2.0", "80=3.0");
		assertThat(this.bin.zrank(RAW, b(0x80))).isEqualTo(2);
		assertThat(this.bin.zrevrank(RAW, b(0x80))).isEqualTo(1);
		assertThat(this.bin.zrank(RAW, b(0x81))).isNull();
		assertThat(this.bin.zrangestore(CUT, RAW, ZRange.byRank(1, 2))).isEqualTo(2);
		assertThat(hex(this.bin.zrange(CUT, ZRange.byRank(0, -1)))).containsExactly("", "80");
		assertThat(this.bin.zunionstore(b(1), ZStoreOptions.none(), RAW, CUT)).isEqualTo(4);
		assertThat(this.bin.zinterstore(b(2), ZStoreOptions.none(), RAW, CUT)).isEqualTo(2);
		assertThat(this.bin.zdiffstore(b(3), RAW, CUT)).isEqualTo(2);
		assertThat(hex(this.bin.zinter(ZStoreOptions.none(), RAW, CUT))).containsExactly("", "80");
		assertThat(hexScored(this.bin.zinterWithScores(ZStoreOptions.none(), RAW, CUT))).containsExactly("=4.0",
				"80=6.0");
		assertThat(this.bin.zunion(ZStoreOptions.none(), RAW, CUT)).hasSize(4);
		assertThat(this.bin.zunionWithScores(ZStoreOptions.none(), RAW, CUT)).hasSize(4);
		assertThat(this.bin.zdiff(RAW, CUT)).hasSize(2);
		assertThat(this.bin.zdiffWithScores(RAW, CUT)).hasSize(2);
		assertThat(this.bin.zintercard(0, RAW, CUT)).isEqualTo(2);
		assertThat(hexScored(this.bin.zrangeWithScores(b(2), ZRange.byRank(0, -1)))).containsExactly("=4.0", "80=6.0");
		assertThat(List.of(hex(RAW), "", "80", "00")).contains(hex(this.bin.zrandmember(RAW)));
		assertThat(hex(this.bin.zrandmember(RAW, 4))).containsExactlyInAnyOrder(hex(RAW), "", "80", "00");
		assertThat(hexScored(this.bin.zrandmemberWithScores(RAW, 4))).containsExactlyInAnyOrder(hex(RAW) + "=0.0",
				"=2.0", "80=3.0", "00=6.0");
		assertThat(hexScored(this.bin.zscan(RAW, ScanPage.START, ScanOptions.all()).items()))
			.containsExactlyInAnyOrder(hex(RAW) + "=0.0", "=2.0", "80=3.0", "00=6.0");
		assertThat(hexScored(List.of(this.bin.zpopmin(RAW)))).containsExactly(hex(RAW) + "=0.0");
		assertThat(hexScored(List.of(this.bin.zpopmax(RAW)))).containsExactly("00=6.0");
		this.bin.zadd(RAW, ZAddOptions.none(), List.of(Scored.of(RAW, 0), Scored.of(NUL, 6), Scored.of(CUT, 7)));
		assertThat(hexScored(this.bin.zpopmin(RAW, 2))).containsExactly(hex(RAW) + "=0.0", "=2.0");
		assertThat(hexScored(this.bin.zpopmax(RAW, 2))).containsExactly("c3=7.0", "00=6.0");
		assertThat(this.bin.zrem(RAW, b(0x80), b(0x81))).isEqualTo(1);
		assertThat(this.bin.zpopmin(RAW)).isNull();
		assertThat(this.bin.zpopmax(RAW)).isNull();
		assertThat(this.bin.zrandmember(RAW)).isNull();
		this.bin.zadd(RAW, ZAddOptions.none(), List.of(Scored.of(RAW, 1), Scored.of(NUL, 2), Scored.of(CUT, 3)));
		assertThat(this.bin.zremrangebyrank(RAW, 0, 0)).isEqualTo(1);
		assertThat(this.bin.zremrangebyscore(RAW, ScoreRange.closed(2, 2))).isEqualTo(1);
		assertThat(this.bin.zcard(RAW)).isEqualTo(1);
	}

	@Test
	void sortedSets_compareMembersAsUnsignedBytes() {
		// equal scores order by bytes, unsigned: 0x00 < 'a' < 0x7f < 0x80 < 0xc3 < 0xff
		this.bin.zadd(RAW, ZAddOptions.none(), List.of(Scored.of(b(0xff), 0), Scored.of(b(0x80), 0),
				Scored.of(b(0x7f), 0), Scored.of(NUL, 0), Scored.of(b(0xc3, 0xa9), 0), Scored.of(b("a"), 0)));
		assertThat(hex(this.bin.zrange(RAW, 0, -1))).containsExactly("00", "61", "7f", "80", "c3a9", "ff");
		assertThat(hex(this.bin.zrange(RAW, ZRange.byLex(LexRange.closed("a", "é"))))).containsExactly("61", "7f", "80",
				"c3a9");
		assertThat(this.bin.zlexcount(RAW, LexRange.closed("a", "é"))).isEqualTo(4);
		assertThat(this.bin.zremrangebylex(RAW, LexRange.closed("b", "é"))).isEqualTo(3);
		assertThat(hex(this.bin.zrange(RAW, 0, -1))).containsExactly("00", "61", "ff");
	}

	// blocking commands

	@Test
	void blockingCommands_onBytes() {
		this.bin.rpush(RAW, NUL, CUT);
		Map.Entry<byte[], byte[]> popped = this.bin.blpop(Duration.ofSeconds(1), EMPTY, RAW);
		assertThat(hex(popped.getKey()) + "=" + hex(popped.getValue())).isEqualTo(hex(RAW) + "=00");
		popped = this.bin.brpop(Duration.ofSeconds(1), RAW);
		assertThat(hex(popped.getKey()) + "=" + hex(popped.getValue())).isEqualTo(hex(RAW) + "=c3");
		assertThat(this.bin.blpop(Duration.ofMillis(10), RAW)).isNull();
		this.bin.rpush(RAW, b(0x80));
		assertThat(hex(this.bin.blmove(RAW, CUT, ListSide.LEFT, ListSide.LEFT, Duration.ofSeconds(1)))).isEqualTo("80");
		assertThat(this.bin.blmove(RAW, CUT, ListSide.LEFT, ListSide.LEFT, Duration.ofMillis(10))).isNull();
		this.bin.zadd(EMPTY, ZAddOptions.none(), List.of(Scored.of(b(0x81), 1), Scored.of(b(0x82), 2)));
		Map.Entry<byte[], Scored<byte[]>> min = this.bin.bzpopmin(Duration.ofSeconds(1), RAW, EMPTY);
		assertThat(hex(min.getKey()) + "=" + hexScored(List.of(min.getValue()))).isEqualTo("=[81=1.0]");
		Map.Entry<byte[], Scored<byte[]>> max = this.bin.bzpopmax(Duration.ofSeconds(1), EMPTY);
		assertThat(hex(max.getKey()) + "=" + hexScored(List.of(max.getValue()))).isEqualTo("=[82=2.0]");
		assertThat(this.bin.bzpopmax(Duration.ofMillis(10), EMPTY)).isNull();
	}

	// between the views

	@Test
	void bytesWrittenBinaryReadAsUtf8ThroughTheStringApi() {
		this.bin.set(b("k"), RAW);
		assertThat(this.client.get("k")).isEqualTo("a\uFFFD\u0000\uFFFDb");
		this.bin.hset(b("h"), b(0x80), b("x"));
		this.bin.hset(b("h"), b(0x81), b("y"));
		assertThat(this.client.hlen("h")).isEqualTo(2);
		// two fields that read alike as text: a map of the String API keeps the last
		assertThat(this.client.hgetall("h")).containsExactly(Map.entry("\uFFFD", "y"));
		assertThat(this.bin.hgetall(b("h"))).hasSize(2);
		this.bin.set(b("é"), b("漢字"));
		assertThat(this.client.get("é")).isEqualTo("漢字");
	}

	@Test
	void textWrittenThroughTheStringApiReadsAsItsUtf8Bytes() {
		this.client.set("ключ", "漢字😀\u0000");
		assertThat(this.bin.get(b("ключ"))).isEqualTo(b("漢字😀\u0000"));
		this.client.rpush("l", "é", "");
		assertThat(hex(this.bin.lrange(b("l"), 0, -1))).containsExactly("c3a9", "");
		this.client.zadd("z", 1.5, "ü");
		assertThat(hexScored(this.bin.zrangeWithScores(b("z"), ZRange.byRank(0, -1)))).containsExactly("c3bc=1.5");
		TypedCommands<String, String> text = this.client.withCodecs(Codec.utf8(), Codec.utf8());
		assertThat(text.get("ключ")).isEqualTo("漢字😀\u0000");
		this.bin.set(b("raw"), RAW);
		assertThat(text.get("raw")).isEqualTo("a\uFFFD\u0000\uFFFDb");
	}

	@Test
	void keyPrefixApplies() {
		RedipyClient prefixed = backend().client("app:");
		TypedCommands<byte[], byte[]> view = prefixed.binary();
		view.set(RAW, CUT);
		byte[] full = ByteBuffer.allocate(4 + RAW.length).put(b("app:")).put(RAW).array();
		assertThat(hex(this.bin.get(full))).isEqualTo("c3");
		assertThat(hex(view.keys("*"))).containsExactly(hex(RAW));
		view.rpush(NUL, NUL);
		Map.Entry<byte[], byte[]> popped = view.blpop(Duration.ofSeconds(1), NUL);
		assertThat(hex(popped.getKey())).isEqualTo("00");
		assertThat(this.bin.exists(RAW)).isZero();
		prefixed.close();
	}

	// errors

	@Test
	void wrongTypeIsTheStringApisError() {
		this.client.rpush("l", "a");
		WrongTypeException text = org.junit.jupiter.api.Assertions.assertThrows(WrongTypeException.class,
				() -> this.client.get("l"));
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.bin.get(b("l")))
			.withMessage(text.getMessage());
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.bin.hset(b("l"), RAW, RAW))
			.withMessage(text.getMessage());
		assertThatExceptionOfType(NoSuchKeyException.class).isThrownBy(() -> this.bin.rename(RAW, CUT));
		assertThatExceptionOfType(io.redipy.NotANumberException.class).isThrownBy(() -> {
			this.bin.set(RAW, RAW);
			this.bin.incr(RAW);
		});
		assertThat(this.bin.get(RAW)).isEqualTo(RAW);
	}

	@Test
	@SuppressWarnings("NullAway")
	void nullArgumentsAreRejectedBeforeAnythingRuns() {
		assertThatNullPointerException().isThrownBy(() -> this.bin.set(null, RAW));
		assertThatNullPointerException().isThrownBy(() -> this.bin.set(RAW, null));
		assertThatNullPointerException().isThrownBy(() -> this.bin.set(RAW, RAW, null));
		assertThatNullPointerException().isThrownBy(() -> this.bin.rpush(RAW, RAW, null));
		assertThatNullPointerException().isThrownBy(() -> this.bin.rpush(RAW, (byte[][]) null));
		assertThatNullPointerException().isThrownBy(() -> this.bin.del((byte[][]) null));
		assertThatNullPointerException().isThrownBy(() -> this.bin.hset(RAW, null, RAW));
		Map<byte[], byte[]> values = new LinkedHashMap<>();
		values.put(RAW, RAW);
		values.put(CUT, null);
		assertThatNullPointerException().isThrownBy(() -> this.bin.mset(values));
		assertThatNullPointerException().isThrownBy(() -> this.bin.hset(RAW, values));
		List<Scored<byte[]>> members = new ArrayList<>();
		members.add(Scored.of(RAW, 1));
		members.add(null);
		assertThatNullPointerException().isThrownBy(() -> this.bin.zadd(RAW, members));
		assertThatNullPointerException().isThrownBy(() -> this.bin.blpop(null, RAW));
		assertThatNullPointerException().isThrownBy(() -> this.client.withCodecs(null, Codec.bytes()));
		assertThatIllegalArgumentException().isThrownBy(() -> this.bin.del());
		assertThatIllegalArgumentException().isThrownBy(() -> this.bin.rpush(RAW));
		assertThatIllegalArgumentException().isThrownBy(() -> this.bin.mset(Map.of()));
		assertThat(this.client.dbsize()).isZero();
	}

	// codecs

	/**
	 * A user's codec: a long as eight bytes, big-endian (so that byte order is number
	 * order for positives).
	 */
	private static final Codec<Long> LONG = new Codec<>() {

		@Override
		public byte[] encode(Long value) {
			return ByteBuffer.allocate(8).putLong(value).array();
		}

		@Override
		public Long decode(byte[] bytes) {
			if (bytes.length != 8) {
				throw new IllegalArgumentException("not a long: " + bytes.length + " bytes");
			}
			return ByteBuffer.wrap(bytes).getLong();
		}

	};

	@Test
	void customCodec() {
		TypedCommands<String, Long> longs = this.client.withCodecs(Codec.utf8(), LONG);
		longs.set("n", 0x80_ff_00_c3L);
		assertThat(longs.get("n")).isEqualTo(0x80_ff_00_c3L);
		assertThat(this.bin.strlen(b("n"))).isEqualTo(8);
		longs.zadd("z", ZAddOptions.none(), List.of(Scored.of(300L, 0), Scored.of(2L, 0), Scored.of(256L, 0)));
		assertThat(longs.zrange("z", 0, -1)).containsExactly(2L, 256L, 300L);
		longs.rpush("l", Long.MAX_VALUE, -1L);
		assertThat(longs.lrange("l", 0, -1)).containsExactly(Long.MAX_VALUE, -1L);
		assertThat(longs.blpop(Duration.ofSeconds(1), "l")).isEqualTo(Map.entry("l", Long.MAX_VALUE));
		assertThat(longs.smembers("none")).isEmpty();
		// a codec that fails to decode fails the call after the command ran
		this.client.set("text", "abc");
		assertThatIllegalArgumentException().isThrownBy(() -> longs.get("text")).withMessageContaining("not a long");
	}

	@Test
	void codecThatFailsToEncodeRunsNothing() {
		AtomicInteger calls = new AtomicInteger();
		Codec<String> failing = new Codec<>() {

			@Override
			public byte[] encode(String value) {
				if (calls.incrementAndGet() > 1) {
					throw new IllegalStateException("cannot encode " + value);
				}
				return b(value);
			}

			@Override
			public String decode(byte[] bytes) {
				return new String(bytes, StandardCharsets.UTF_8);
			}

		};
		TypedCommands<String, String> view = this.client.withCodecs(Codec.utf8(), failing);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> view.rpush("l", "a", "b"));
		assertThat(this.client.exists("l")).isZero();
		assertThat(calls).hasValue(2);
	}

}
