package io.redipy.contract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.redipy.CommandException;
import io.redipy.InvalidArgumentException;
import io.redipy.RedipyClient;
import io.redipy.api.Batch;
import io.redipy.api.Response;
import io.redipy.api.RestoreOptions;
import io.redipy.api.TypedCommands;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The contract of {@code DUMP} and {@code RESTORE}, run against every backend: Redis's
 * payload bytes, every type restored as it was, the options and Redis's errors, batches
 * and the binary view.
 */
public abstract class DumpContractTests extends ContractTestSupport {

	/** {@code DUMP} of the string "hello", as Redis 7.0 writes it. */
	private static final String HELLO = "000568656c6c6f0a006372df766534200a";

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	private static byte[] b(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void dump_missingKeyIsNull() {
		assertThat(this.client.dump("nope")).isNull();
	}

	@Test
	void dump_writesRedisBytes() {
		this.client.set("k", "hello");
		assertThat(hex(this.client.dump("k"))).isEqualTo(HELLO);
	}

	@Test
	void restore_everyTypeReadsAsTheOriginal() {
		RedipyClient c = this.client;
		c.set("s", "x".repeat(100));
		c.rpush("l", "a", "1", "b".repeat(9000), "c");
		c.sadd("i", "1", "2", "-300000");
		c.sadd("t", "a", "b");
		c.zadd("z", 1.5, "a");
		c.zadd("z", -2.0, "b");
		c.hset("h", Map.of("f", "v", "n", "12"));
		c.xadd("x", io.redipy.api.StreamAddOptions.none().id("1-1"), Map.of("f", "v"));
		c.xadd("x", io.redipy.api.StreamAddOptions.none().id("2-1"), Map.of("f", "w"));
		c.xgroupCreate("x", "g", "0");
		for (String key : List.of("s", "l", "i", "t", "z", "h", "x")) {
			byte[] payload = c.dump(key);
			c.restore(key + "2", payload);
			assertThat(c.type(key + "2")).isEqualTo(c.type(key));
			if (!key.equals("t")) {
				// (a hashtable set is written in its table's order)
				assertThat(c.dump(key + "2")).as(key).isEqualTo(payload);
			}
		}
		assertThat(c.get("s2")).isEqualTo(c.get("s"));
		assertThat(c.lrange("l2", 0, -1)).isEqualTo(c.lrange("l", 0, -1));
		assertThat(c.smembers("i2")).isEqualTo(c.smembers("i"));
		assertThat(c.smembers("t2")).containsExactlyInAnyOrderElementsOf(c.smembers("t"));
		assertThat(c.zrangeWithScores("z2", io.redipy.api.ZRange.byRank(0, -1)))
			.isEqualTo(c.zrangeWithScores("z", io.redipy.api.ZRange.byRank(0, -1)));
		assertThat(c.hgetall("h2")).isEqualTo(c.hgetall("h"));
		assertThat(c.xrange("x2", "-", "+")).isEqualTo(c.xrange("x", "-", "+"));
		assertThat(c.xinfoGroups("x2")).isEqualTo(c.xinfoGroups("x"));
	}

	@Test
	void restore_existingKeyIsBusyUnlessReplaced() {
		this.client.set("k", "hello");
		byte[] payload = this.client.dump("k");
		this.client.set("other", "1");
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.client.restore("other", payload))
			.withMessage("BUSYKEY Target key name already exists.");
		assertThat(this.client.get("other")).isEqualTo("1");
		this.client.expire("other", Duration.ofSeconds(100));
		this.client.restore("other", payload, RestoreOptions.none().replacing());
		assertThat(this.client.get("other")).isEqualTo("hello");
		assertThat(this.client.ttl("other")).isEqualTo(io.redipy.api.Ttl.persistent());
	}

	@Test
	void restore_withTtlOrInstant() {
		this.client.set("k", "hello");
		byte[] payload = this.client.dump("k");
		this.client.restore("a", payload, RestoreOptions.ttl(Duration.ofSeconds(100)));
		assertThat(this.client.pttl("a").remaining()).isBetween(Duration.ofSeconds(90), Duration.ofSeconds(100));
		Instant at = Instant.now().plusSeconds(1000).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		this.client.restore("b", payload, RestoreOptions.expireAt(at));
		assertThat(this.client.pexpiretime("b").instant()).isEqualTo(at);
		this.client.restore("c", payload, RestoreOptions.ttl(Duration.ZERO));
		assertThat(this.client.ttl("c")).isEqualTo(io.redipy.api.Ttl.persistent());
	}

	@Test
	void restore_pastInstantCreatesNothingAndReplacingDeletes() {
		this.client.set("k", "hello");
		byte[] payload = this.client.dump("k");
		this.client.restore("new", payload, RestoreOptions.expireAt(Instant.ofEpochMilli(1)));
		assertThat(this.client.exists("new")).isZero();
		this.client.restore("k", payload, RestoreOptions.expireAt(Instant.ofEpochMilli(1)).replacing());
		assertThat(this.client.exists("k")).isZero();
	}

	@Test
	void restore_idleTimeAndFrequencyAreAccepted() {
		this.client.set("k", "hello");
		byte[] payload = this.client.dump("k");
		this.client.restore("a", payload, RestoreOptions.none().withIdleTime(Duration.ofSeconds(10)));
		this.client.restore("b", payload, RestoreOptions.none().withFrequency(200));
		assertThat(this.client.mget("a", "b")).containsExactly("hello", "hello");
	}

	@Test
	void restore_badPayloadsGetRedisErrors() {
		this.client.set("k", "hello");
		byte[] payload = this.client.dump("k");
		byte[] badCrc = payload.clone();
		badCrc[badCrc.length - 1] ^= 1;
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.restore("a", badCrc))
			.withMessage("ERR DUMP payload version or checksum are wrong");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.restore("a", new byte[] { 1, 2 }))
			.withMessage("ERR DUMP payload version or checksum are wrong");
		// a list of no elements, sealed with a right checksum
		byte[] empty = HexFormat.of().parseHex("12000a0069f6845b6a1bbf57");
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.restore("a", empty))
			.withMessage("ERR Bad data format");
		assertThat(this.client.exists("a")).isZero();
	}

	@Test
	void restoreOptions_refuseWhatRedisRefuses() {
		assertThatIllegalArgumentException().isThrownBy(() -> RestoreOptions.ttl(Duration.ofMillis(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> RestoreOptions.none().withFrequency(256));
		assertThatIllegalArgumentException().isThrownBy(() -> RestoreOptions.none().withFrequency(-1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RestoreOptions.none().withIdleTime(Duration.ofSeconds(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new RestoreOptions(null, null, false, Duration.ZERO, 3));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RestoreOptions(Duration.ZERO, Instant.EPOCH, false, null, null));
		assertThat(RestoreOptions.none().withFrequency(3).withIdleTime(Duration.ofSeconds(1)).frequency()).isNull();
		assertThatNullPointerException().isThrownBy(() -> this.client.restore("k", null));
		assertThatNullPointerException().isThrownBy(() -> this.client.dump(null));
	}

	@Test
	void batch_dumpsAndRestores() {
		this.client.rpush("l", "a", "b");
		byte[] payload = this.client.dump("l");
		Batch batch = this.client.batch();
		Response<byte[]> dumped = batch.dump("l");
		Response<byte[]> missing = batch.dump("nope");
		Response<Void> restored = batch.restore("l2", payload, RestoreOptions.none());
		Response<Void> busy = batch.restore("l2", payload, RestoreOptions.none());
		batch.exec();
		assertThat(dumped.get()).isEqualTo(payload);
		assertThat(missing.get()).isNull();
		assertThat(restored.get()).isNull();
		assertThatExceptionOfType(CommandException.class).isThrownBy(busy::get)
			.withMessage("BUSYKEY Target key name already exists.");
		assertThat(this.client.lrange("l2", 0, -1)).containsExactly("a", "b");
	}

	@Test
	void binaryView_keysAndValuesThatAreNotUtf8() {
		TypedCommands<byte[], byte[]> bin = this.client.binary();
		byte[] key = { (byte) 0x80, 'k' };
		byte[] value = { (byte) 0xff, 0, (byte) 0xc3 };
		bin.set(key, value);
		byte[] payload = bin.dump(key);
		assertThat(hex(payload)).startsWith("0003ff00c30a00");
		byte[] other = { (byte) 0xfe };
		bin.restore(other, payload, RestoreOptions.none());
		assertThat(bin.get(other)).isEqualTo(value);
		assertThat(bin.dump(other)).isEqualTo(payload);
		assertThat(bin.dump(new byte[] { (byte) 0x81 })).isNull();
		assertThat(this.client.withCodecs(io.redipy.api.Codec.bytes(), io.redipy.api.Codec.bytes()).dump(key))
			.isEqualTo(payload);
		assertThat(b("x")).hasSize(1);
	}

}
