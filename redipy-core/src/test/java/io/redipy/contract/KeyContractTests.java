package io.redipy.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.redipy.InvalidArgumentException;
import io.redipy.NoSuchKeyException;
import io.redipy.RedipyClient;
import io.redipy.api.ExpireCondition;
import io.redipy.api.ExpireTime;
import io.redipy.api.KeyType;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.api.SetOptions;
import io.redipy.api.Ttl;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The contract of the key commands, run against every backend.
 */
public abstract class KeyContractTests extends ContractTestSupport {

	@Test
	void del_countsEachExistingKeyOnce() {
		this.client.set("a", "1");
		this.client.set("b", "2");
		assertThat(this.client.del("a", "a", "b", "missing")).isEqualTo(2);
		assertThat(this.client.exists("a", "b")).isZero();
		this.client.set("c", "3");
		assertThat(this.client.unlink("c", "c")).isEqualTo(1);
	}

	@Test
	void del_emptyOrNullKeysAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.del());
		assertThatNullPointerException().isThrownBy(() -> this.client.del("a", null));
	}

	@Test
	void exists_countsDuplicates() {
		this.client.set("a", "1");
		assertThat(this.client.exists("a", "a", "missing")).isEqualTo(2);
	}

	@Test
	void type_ofEveryKind() {
		this.client.set("s", "v");
		this.client.rpush("l", "v");
		this.client.hset("h", "f", "v");
		this.client.sadd("t", "v");
		this.client.zadd("z", 1, "v");
		assertThat(this.client.type("s")).isEqualTo(KeyType.STRING);
		assertThat(this.client.type("l")).isEqualTo(KeyType.LIST);
		assertThat(this.client.type("h")).isEqualTo(KeyType.HASH);
		assertThat(this.client.type("t")).isEqualTo(KeyType.SET);
		assertThat(this.client.type("z")).isEqualTo(KeyType.ZSET);
		assertThat(this.client.type("missing")).isEqualTo(KeyType.NONE);
	}

	@Test
	void expire_setsTtlAndMissingKeyIsFalse() {
		assertThat(this.client.expire("missing", Duration.ofSeconds(10))).isFalse();
		this.client.set("k", "v");
		assertThat(this.client.expire("k", Duration.ofSeconds(100))).isTrue();
		assertThat(this.client.ttl("k").remaining()).isBetween(Duration.ofSeconds(99), Duration.ofSeconds(100));
		assertThat(this.client.pexpire("k", Duration.ofMillis(50_000))).isTrue();
		assertThat(this.client.pttl("k").remaining()).isBetween(Duration.ofSeconds(49), Duration.ofSeconds(50));
	}

	@Test
	void expire_zeroOrNegativeDeletes() {
		this.client.set("a", "v");
		this.client.set("b", "v");
		assertThat(this.client.expire("a", Duration.ZERO)).isTrue();
		assertThat(this.client.pexpire("b", Duration.ofMillis(-10))).isTrue();
		assertThat(this.client.exists("a", "b")).isZero();
	}

	@Test
	void expireat_pastDeletesAndFutureSets() {
		this.client.set("a", "v");
		this.client.set("b", "v");
		assertThat(this.client.expireat("a", Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.SECONDS))).isTrue();
		assertThat(this.client.exists("a")).isZero();
		Instant later = Instant.now().plusSeconds(100).truncatedTo(ChronoUnit.MILLIS);
		assertThat(this.client.pexpireat("b", later)).isTrue();
		// the memory store's manual clock stands still while real time moves on (it was
		// set when the test started, which on a loaded machine can be seconds ago)
		assertThat(this.client.pttl("b").remaining()).isBetween(Duration.ofSeconds(90), Duration.ofSeconds(101));
	}

	@Test
	void expire_conditionMatrix() {
		this.client.set("k", "v");
		assertThat(this.client.expire("k", Duration.ofSeconds(100), ExpireCondition.XX)).isFalse();
		assertThat(this.client.expire("k", Duration.ofSeconds(100), ExpireCondition.GT)).isFalse();
		assertThat(this.client.expire("k", Duration.ofSeconds(100), ExpireCondition.LT)).isTrue();
		assertThat(this.client.expire("k", Duration.ofSeconds(200), ExpireCondition.NX)).isFalse();
		assertThat(this.client.expire("k", Duration.ofSeconds(200), ExpireCondition.LT)).isFalse();
		assertThat(this.client.expire("k", Duration.ofSeconds(200), ExpireCondition.GT)).isTrue();
		assertThat(this.client.expire("k", Duration.ofSeconds(50), ExpireCondition.GT)).isFalse();
		assertThat(this.client.expire("k", Duration.ofSeconds(50), ExpireCondition.XX)).isTrue();
		assertThat(this.client.ttl("k").remaining()).isBetween(Duration.ofSeconds(49), Duration.ofSeconds(50));
		this.client.persist("k");
		assertThat(this.client.expire("k", Duration.ofSeconds(50), ExpireCondition.NX)).isTrue();
	}

	@Test
	void expire_overflowIsAnError() {
		this.client.set("k", "v");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> this.client.expire("k", Duration.ofSeconds(Long.MAX_VALUE / 100)))
			.withMessage("ERR invalid expire time in 'expire' command");
		assertThat(this.client.ttl("k")).isEqualTo(Ttl.persistent());
	}

	@Test
	void expire_fractionalSecondsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.expire("k", Duration.ofMillis(1500)));
	}

	@Test
	void ttl_missingPersistentAndExpiring() {
		assertThat(this.client.ttl("missing")).isEqualTo(Ttl.missing());
		assertThat(this.client.pttl("missing")).isEqualTo(Ttl.missing());
		this.client.set("k", "v");
		assertThat(this.client.ttl("k")).isEqualTo(Ttl.persistent());
		assertThat(this.client.ttl("k").exists()).isTrue();
		this.client.pexpire("k", Duration.ofMillis(10_400));
		assertThat(this.client.ttl("k").remaining()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void expiretime_missingPersistentAndTheInstant() {
		assertThat(this.client.expiretime("missing")).isEqualTo(ExpireTime.missing());
		assertThat(this.client.pexpiretime("missing")).isEqualTo(ExpireTime.missing());
		this.client.set("k", "v");
		assertThat(this.client.expiretime("k")).isEqualTo(ExpireTime.persistent());
		assertThat(this.client.pexpiretime("k").exists()).isTrue();
		// seconds are rounded to the nearest, as Redis rounds them
		this.client.pexpireat("k", Instant.ofEpochMilli(4_000_000_000_499L));
		assertThat(this.client.pexpiretime("k")).isEqualTo(ExpireTime.at(Instant.ofEpochMilli(4_000_000_000_499L)));
		assertThat(this.client.expiretime("k")).isEqualTo(ExpireTime.at(Instant.ofEpochSecond(4_000_000_000L)));
		this.client.pexpireat("k", Instant.ofEpochMilli(4_000_000_000_500L));
		assertThat(this.client.expiretime("k").instant()).isEqualTo(Instant.ofEpochSecond(4_000_000_001L));
		this.client.persist("k");
		assertThat(this.client.pexpiretime("k").expires()).isFalse();
	}

	@Test
	void touch_countsTheKeysThatExist() {
		this.client.set("a", "1");
		this.client.rpush("l", "x");
		assertThat(this.client.touch("a", "l", "missing", "a")).isEqualTo(3);
		assertThat(this.client.touch("missing")).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.touch());
	}

	@Test
	void expiredKeysAreInvisibleEverywhere() {
		this.client.set("k", "v", SetOptions.always().px(Duration.ofMillis(30)));
		this.client.rpush("l", "a");
		this.client.pexpire("l", Duration.ofMillis(30));
		this.client.set("stays", "v");
		advance(Duration.ofMillis(80));
		assertThat(this.client.exists("k", "l")).isZero();
		assertThat(this.client.type("l")).isEqualTo(KeyType.NONE);
		assertThat(this.client.keys("*")).containsExactly("stays");
		assertThat(this.client.scanAll(ScanOptions.all()).distinct().toList()).containsExactly("stays");
		assertThat(this.client.randomkey()).isEqualTo("stays");
		assertThat(this.client.ttl("k")).isEqualTo(Ttl.missing());
	}

	@Test
	void writeToExpiredKeyStartsFresh() {
		this.client.rpush("l", "old");
		this.client.pexpire("l", Duration.ofMillis(30));
		advance(Duration.ofMillis(80));
		assertThat(this.client.rpush("l", "new")).isEqualTo(1);
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("new");
		assertThat(this.client.ttl("l")).isEqualTo(Ttl.persistent());
	}

	@Test
	void persist_removesExpiry() {
		assertThat(this.client.persist("missing")).isFalse();
		this.client.set("k", "v");
		assertThat(this.client.persist("k")).isFalse();
		this.client.expire("k", Duration.ofSeconds(100));
		assertThat(this.client.persist("k")).isTrue();
		assertThat(this.client.ttl("k")).isEqualTo(Ttl.persistent());
	}

	@Test
	void rename_movesValueAndExpiry() {
		this.client.set("a", "1");
		this.client.expire("a", Duration.ofSeconds(100));
		this.client.rpush("b", "x");
		this.client.rename("a", "b");
		assertThat(this.client.get("b")).isEqualTo("1");
		assertThat(this.client.ttl("b").expires()).isTrue();
		assertThat(this.client.exists("a")).isZero();
		this.client.rename("b", "b");
		assertThat(this.client.get("b")).isEqualTo("1");
	}

	@Test
	void rename_missingKeyIsNoSuchKey() {
		assertThatExceptionOfType(NoSuchKeyException.class).isThrownBy(() -> this.client.rename("missing", "x"))
			.withMessage("ERR no such key");
		assertThatExceptionOfType(NoSuchKeyException.class).isThrownBy(() -> this.client.renamenx("missing", "x"));
	}

	@Test
	void renamenx_onlyToAFreeName() {
		this.client.set("a", "1");
		this.client.set("b", "2");
		assertThat(this.client.renamenx("a", "b")).isFalse();
		assertThat(this.client.renamenx("a", "a")).isFalse();
		assertThat(this.client.renamenx("a", "c")).isTrue();
		assertThat(this.client.get("c")).isEqualTo("1");
	}

	@Test
	void copy_copiesDeeplyWithExpiry() {
		this.client.rpush("l", "a", "b");
		this.client.expire("l", Duration.ofSeconds(100));
		assertThat(this.client.copy("l", "m")).isTrue();
		this.client.rpush("m", "c");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("a", "b");
		assertThat(this.client.ttl("m").expires()).isTrue();
		assertThat(this.client.copy("l", "m")).isFalse();
		assertThat(this.client.copy("l", "m", true)).isTrue();
		assertThat(this.client.lrange("m", 0, -1)).containsExactly("a", "b");
		assertThat(this.client.copy("missing", "n")).isFalse();
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.copy("l", "l"));
	}

	@Test
	void scan_returnsEveryKeyWithMatchAndType() {
		for (int i = 0; i < 250; i++) {
			this.client.set("s" + i, "v");
		}
		this.client.rpush("list1", "a");
		Set<String> seen = this.client.scanAll(ScanOptions.all().withCount(7)).collect(Collectors.toSet());
		assertThat(seen).hasSize(251);
		Set<String> matched = this.client.scanAll(ScanOptions.match("s1?")).collect(Collectors.toSet());
		assertThat(matched).hasSize(10).allMatch((key) -> key.matches("s1\\d"));
		assertThat(this.client.scanAll(ScanOptions.all().withType(KeyType.LIST)).toList()).containsExactly("list1");
	}

	@Test
	void scan_keysPresentThroughoutAreReturnedWhileOthersComeAndGo() {
		for (int i = 0; i < 300; i++) {
			this.client.set("stable" + i, "v");
		}
		Set<String> seen = new HashSet<>();
		String cursor = ScanPage.START;
		int round = 0;
		do {
			ScanPage<String> page = this.client.scan(cursor, ScanOptions.all().withCount(20));
			seen.addAll(page.items());
			cursor = page.cursor();
			for (int i = 0; i < 40; i++) {
				this.client.set("churn" + round + "_" + i, "v");
			}
			if (round % 2 == 1) {
				this.client.del(this.client.keys("churn" + (round - 1) + "_*").toArray(String[]::new));
			}
			round++;
		}
		while (!ScanPage.START.equals(cursor));
		for (int i = 0; i < 300; i++) {
			assertThat(seen).contains("stable" + i);
		}
	}

	@Test
	void scan_invalidCursorIsAnError() {
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.scan("abc"))
			.withMessage("ERR invalid cursor");
	}

	@Test
	void keys_globPatterns() {
		for (String key : List.of("hello", "hallo", "hxllo", "hllo", "heeeello", "h[x]llo", "h*llo", "")) {
			this.client.set(key, "v");
		}
		assertThat(this.client.keys("h?llo")).containsExactlyInAnyOrder("hello", "hallo", "hxllo", "h*llo");
		assertThat(this.client.keys("h*llo")).containsExactlyInAnyOrder("hello", "hallo", "hxllo", "hllo", "heeeello",
				"h*llo", "h[x]llo");
		assertThat(this.client.keys("h[ae]llo")).containsExactlyInAnyOrder("hello", "hallo");
		assertThat(this.client.keys("h[^e]llo")).containsExactlyInAnyOrder("hallo", "hxllo", "h*llo");
		assertThat(this.client.keys("h[a-b]llo")).containsExactly("hallo");
		assertThat(this.client.keys("h\\*llo")).containsExactly("h*llo");
		assertThat(this.client.keys("h\\[x\\]llo")).containsExactly("h[x]llo");
		assertThat(this.client.keys("*")).hasSize(8);
		assertThat(this.client.keys("h[")).isEmpty();
	}

	@Test
	void keys_matchUtf8Bytes() {
		this.client.set("é", "v");
		assertThat(this.client.keys("?")).isEmpty();
		assertThat(this.client.keys("??")).containsExactly("é");
	}

	@Test
	void dbsizeFlushallAndRandomkey() {
		assertThat(this.client.randomkey()).isNull();
		assertThat(this.client.dbsize()).isZero();
		this.client.set("a", "1");
		this.client.rpush("b", "x");
		assertThat(this.client.dbsize()).isEqualTo(2);
		assertThat(this.client.randomkey()).isIn("a", "b");
		this.client.flushall();
		assertThat(this.client.dbsize()).isZero();
	}

	@Test
	void ping_pongs() {
		assertThat(this.client.ping()).isEqualTo("PONG");
	}

	@Test
	void prefix_isolatesNamespaces() {
		RedipyClient app = backend().client("app:");
		RedipyClient other = backend().client("other:");
		app.set("k", "1");
		other.set("k", "2");
		this.client.set("plain", "3");
		assertThat(app.get("k")).isEqualTo("1");
		assertThat(this.client.get("app:k")).isEqualTo("1");
		assertThat(app.keys("*")).containsExactly("k");
		assertThat(app.scanAll(ScanOptions.all()).toList()).containsExactly("k");
		assertThat(app.scan("0", ScanOptions.match("k")).items()).containsAnyOf("k");
		assertThat(app.dbsize()).isEqualTo(1);
		assertThat(app.randomkey()).isEqualTo("k");
		app.rename("k", "j");
		assertThat(this.client.exists("app:j")).isEqualTo(1);
		app.flushall();
		assertThat(app.dbsize()).isZero();
		assertThat(other.get("k")).isEqualTo("2");
		assertThat(this.client.get("plain")).isEqualTo("3");
	}

	@Test
	void prefix_withGlobCharactersIsLiteral() {
		RedipyClient odd = backend().client("a*[b]:");
		this.client.set("aX[b]:k", "other");
		odd.set("k", "mine");
		assertThat(odd.keys("*")).containsExactly("k");
		assertThat(odd.dbsize()).isEqualTo(1);
		odd.flushall();
		assertThat(this.client.get("aX[b]:k")).isEqualTo("other");
	}

	@Test
	void prefix_withALoneSurrogateIsRejected() {
		this.client.set("x:other", "kept");
		// the backend may put a prefix of its own before the test's (the
		// cluster's hash tag)
		assertThatIllegalArgumentException().isThrownBy(() -> backend().client("\uD800:"))
			.withMessageContaining("lone surrogate at index " + this.client.keyPrefix().length());
		assertThatIllegalArgumentException().isThrownBy(() -> backend().client("a\uDC00"));
		assertThat(this.client.get("x:other")).isEqualTo("kept");
	}

	@Test
	void prefix_withASurrogatePairWorks() {
		RedipyClient emoji = backend().client("\uD83D\uDE00:");
		this.client.set("x:other", "kept");
		emoji.set("k", "v");
		assertThat(this.client.get("\uD83D\uDE00:k")).isEqualTo("v");
		assertThat(emoji.keys("*")).containsExactly("k");
		assertThat(emoji.dbsize()).isEqualTo(1);
		emoji.flushall();
		assertThat(this.client.get("x:other")).isEqualTo("kept");
		assertThat(this.client.dbsize()).isEqualTo(1);
	}

}
