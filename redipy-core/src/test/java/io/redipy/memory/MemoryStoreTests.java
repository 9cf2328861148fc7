package io.redipy.memory;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import io.redipy.ManualClock;
import io.redipy.RedipyClient;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.api.SetOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory-store behaviour that Redis cannot be asked about: active expiry, clock control
 * and the keyspace's own invariants.
 */
class MemoryStoreTests {

	private final ManualClock clock = new ManualClock();

	private final MemoryStore store = new MemoryStore(this.clock);

	private final RedipyClient client = this.store.client("");

	private int storedKeys() {
		return this.store.execute((db) -> db.keyspace.size());
	}

	@Test
	void expiredKeysAreReclaimedByLaterCommandsWithoutBeingTouched() {
		for (int i = 0; i < 1_000; i++) {
			this.client.set("temp" + i, "v", SetOptions.always().px(Duration.ofMillis(100)));
		}
		this.client.set("stays", "v");
		assertThat(storedKeys()).isEqualTo(1_001);
		this.clock.advance(Duration.ofMillis(100));
		for (int i = 0; i < 200; i++) {
			this.client.get("stays");
		}
		assertThat(storedKeys()).isEqualTo(1);
	}

	@Test
	void dbsizeNeverCountsExpiredKeys() {
		this.client.set("a", "v", SetOptions.always().px(Duration.ofMillis(10)));
		this.client.set("b", "v");
		this.clock.advance(Duration.ofMillis(10));
		assertThat(this.client.dbsize()).isEqualTo(1);
	}

	@Test
	void refreshedDeadlinesDoNotPileUp() {
		this.client.set("heartbeat", "v");
		for (int i = 0; i < 20_000; i++) {
			this.client.pexpire("heartbeat", Duration.ofHours(1));
			this.clock.advance(Duration.ofMillis(1));
		}
		int queued = this.store.execute((db) -> db.keyspace.queuedDeadlines());
		assertThat(queued).isLessThanOrEqualTo(1_100);
	}

	@Test
	void expiryFollowsTheClockExactly() {
		this.client.set("k", "v", SetOptions.always().px(Duration.ofMillis(1_000)));
		this.clock.advance(Duration.ofMillis(999));
		assertThat(this.client.get("k")).isEqualTo("v");
		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.client.get("k")).isNull();
	}

	@Test
	void scanSurvivesGrowthAndShrinkOfTheTable() {
		for (int i = 0; i < 100; i++) {
			this.client.set("stable" + i, "v");
		}
		Set<String> seen = new HashSet<>();
		String cursor = ScanPage.START;
		int round = 0;
		do {
			ScanPage<String> page = this.client.scan(cursor, ScanOptions.all().withCount(5));
			seen.addAll(page.items());
			cursor = page.cursor();
			if (round == 3) {
				for (int i = 0; i < 5_000; i++) {
					this.client.set("grow" + i, "v");
				}
			}
			if (round == 10) {
				this.client.del(this.client.keys("grow*").toArray(String[]::new));
			}
			round++;
		}
		while (!ScanPage.START.equals(cursor));
		for (int i = 0; i < 100; i++) {
			assertThat(seen).contains("stable" + i);
		}
	}

	@Test
	void clientsWithPrefixesShareOneStore() {
		RedipyClient a = this.store.client("a:");
		RedipyClient b = this.store.client("b:");
		a.set("k", "1");
		b.set("k", "2");
		assertThat(this.client.keys("*")).containsExactlyInAnyOrder("a:k", "b:k");
		assertThat(a.get("k")).isEqualTo("1");
	}

}
