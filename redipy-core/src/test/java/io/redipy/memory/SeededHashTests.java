package io.redipy.memory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import io.redipy.ManualClock;
import io.redipy.MemoryOptions;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.api.ScanOptions;
import io.redipy.api.SetOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SeededHash} and the tables that switch to it: keys and sorted-set
 * members chosen to share a {@code hashCode} must not leave them with a long chain.
 */
class SeededHashTests {

	private static final long K0 = 0x0706050403020100L;

	private static final long K1 = 0x0f0e0d0c0b0a0908L;

	@Test
	void sipHash_isSipHash24OfTheUtf16LittleEndianBytes() {
		// the reference implementation below, against the published vectors (key 00..0f)
		assertThat(referenceSipHash(K0, K1, new byte[0])).isEqualTo(0x726fdb47dd0e0e31L);
		byte[] fifteen = new byte[15];
		for (int i = 0; i < fifteen.length; i++) {
			fifteen[i] = (byte) i;
		}
		assertThat(referenceSipHash(K0, K1, fifteen)).isEqualTo(0xa129ca6149be45e5L);
		long seed = new Random().nextLong();
		Random random = new Random(seed);
		for (int n = 0; n < 2000; n++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(20);
			for (int i = 0; i < length; i++) {
				text.append((char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x10000)));
			}
			String s = text.toString();
			byte[] bytes = new byte[2 * s.length()];
			for (int i = 0; i < s.length(); i++) {
				bytes[2 * i] = (byte) s.charAt(i);
				bytes[2 * i + 1] = (byte) (s.charAt(i) >>> 8);
			}
			assertThat(SeededHash.sipHash(K0, K1, s)).as("seed %d, %s", seed, s)
				.isEqualTo(referenceSipHash(K0, K1, bytes));
		}
	}

	@Test
	void keyspace_switchesToTheSeededHashWhenKeysCollide() {
		Keyspace keyspace = new Keyspace(new Keyspace.RawMark());
		for (int i = 0; i < 1000; i++) {
			keyspace.add("key:" + i, "v");
		}
		assertThat(keyspace.isSeeded()).isFalse();
		List<String> colliding = colliding(11);
		colliding.forEach((key) -> keyspace.add(key, key));
		assertThat(keyspace.isSeeded()).isTrue();
		assertThat(keyspace.longestChain()).isLessThanOrEqualTo(12);
		assertThat(keyspace.size()).isEqualTo(1000 + colliding.size());
		for (String key : colliding) {
			assertThat(keyspace.find(key).value).isEqualTo(key);
		}
		for (int i = 0; i < 1000; i++) {
			assertThat(keyspace.find("key:" + i)).isNotNull();
		}
		colliding.subList(0, 1000).forEach((key) -> keyspace.remove(keyspace.find(key)));
		assertThat(keyspace.find(colliding.get(0))).isNull();
		assertThat(keyspace.find(colliding.get(1000)).value).isEqualTo(colliding.get(1000));
		assertThat(keyspace.size()).isEqualTo(colliding.size());
	}

	@Test
	void sortedSet_switchesToTheSeededHashWhenMembersCollide() {
		ZSetValue set = new ZSetValue();
		List<String> colliding = colliding(11);
		for (int i = 0; i < colliding.size(); i++) {
			set.put(colliding.get(i), i);
		}
		assertThat(set.isSeeded()).isTrue();
		assertThat(set.longestChain()).isLessThanOrEqualTo(12);
		for (int i = 0; i < colliding.size(); i++) {
			assertThat(set.score(colliding.get(i))).isEqualTo(i);
		}
		ZSetValue plain = new ZSetValue();
		for (int i = 0; i < 2000; i++) {
			plain.put("member:" + i, i);
		}
		assertThat(plain.isSeeded()).isFalse();
	}

	@Test
	void collidingKeysAndMembers_workThroughTheClient() {
		ManualClock clock = new ManualClock();
		RedipyClient client = Redipy.memory(MemoryOptions.defaults().withClock(clock));
		List<String> colliding = colliding(10);
		for (String key : colliding) {
			client.set(key, key, SetOptions.always().px(Duration.ofSeconds(key.startsWith("Aa") ? 1 : 100)));
			client.zadd("z", colliding.indexOf(key), key);
		}
		assertThat(client.dbsize()).isEqualTo(colliding.size() + 1);
		Set<String> scanned = client.scanAll(ScanOptions.all()).collect(Collectors.toSet());
		assertThat(scanned).hasSize(colliding.size() + 1).containsAll(colliding);
		for (String key : colliding) {
			assertThat(client.get(key)).isEqualTo(key);
			assertThat(client.zscore("z", key)).isEqualTo(colliding.indexOf(key));
		}
		clock.advance(Duration.ofSeconds(2));
		long left = colliding.stream().filter((key) -> !key.startsWith("Aa")).count();
		assertThat(client.dbsize()).isEqualTo(left + 1);
		assertThat(client.get(colliding.get(0))).isNull();
		assertThat(client.zrem("z", colliding.get(0))).isEqualTo(1);
		assertThat(client.zcard("z")).isEqualTo(colliding.size() - 1);
	}

	/** 2^blocks distinct strings with one hashCode: blocks of "Aa" or "BB". */
	private static List<String> colliding(int blocks) {
		List<String> strings = new ArrayList<>();
		for (int bits = 0; bits < (1 << blocks); bits++) {
			StringBuilder text = new StringBuilder();
			for (int b = blocks - 1; b >= 0; b--) {
				text.append(((bits >> b) & 1) == 0 ? "Aa" : "BB");
			}
			strings.add(text.toString());
		}
		assertThat(strings.stream().map(String::hashCode).distinct()).hasSize(1);
		return strings;
	}

	/** SipHash-2-4 of bytes, written from the paper, byte by byte. */
	private static long referenceSipHash(long k0, long k1, byte[] message) {
		long[] v = { k0 ^ 0x736f6d6570736575L, k1 ^ 0x646f72616e646f6dL, k0 ^ 0x6c7967656e657261L,
				k1 ^ 0x7465646279746573L };
		int blocks = message.length / 8;
		for (int b = 0; b <= blocks; b++) {
			long m = 0;
			if (b < blocks) {
				for (int i = 7; i >= 0; i--) {
					m = (m << 8) | (message[8 * b + i] & 0xff);
				}
			}
			else {
				m = (long) (message.length & 0xff) << 56;
				for (int i = 0; i < message.length % 8; i++) {
					m |= (long) (message[8 * b + i] & 0xff) << (8 * i);
				}
			}
			v[3] ^= m;
			sipRound(v);
			sipRound(v);
			v[0] ^= m;
		}
		v[2] ^= 0xff;
		for (int i = 0; i < 4; i++) {
			sipRound(v);
		}
		return v[0] ^ v[1] ^ v[2] ^ v[3];
	}

	private static void sipRound(long[] v) {
		v[0] += v[1];
		v[1] = Long.rotateLeft(v[1], 13);
		v[1] ^= v[0];
		v[0] = Long.rotateLeft(v[0], 32);
		v[2] += v[3];
		v[3] = Long.rotateLeft(v[3], 16);
		v[3] ^= v[2];
		v[0] += v[3];
		v[3] = Long.rotateLeft(v[3], 21);
		v[3] ^= v[0];
		v[2] += v[1];
		v[1] = Long.rotateLeft(v[1], 17);
		v[1] ^= v[2];
		v[2] = Long.rotateLeft(v[2], 32);
	}

}
