package io.redipy.memory;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.redipy.ManualClock;
import io.redipy.RedipyClient;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScanPage;
import io.redipy.api.SetOptions;
import io.redipy.command.Output;
import io.redipy.command.Reply;
import io.redipy.command.Session;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
	void aClientOnADatabase_sharesItWithTheEndpointsSelectAndNothingElse() {
		this.store.client("", 3).set("k", "three");
		List<Reply> replies = new java.util.ArrayList<>();
		Session session = this.store.engine(null).open(new Output() {

			@Override
			public void reply(Reply reply) {
				replies.add(reply);
			}

			@Override
			public void push(Reply.Push message) {
			}

			@Override
			public void close() {
			}

		}, new InetSocketAddress("127.0.0.1", 1), new InetSocketAddress("127.0.0.1", 2));
		session.execute(bytes("SELECT", "3"));
		session.execute(bytes("GET", "k"));
		session.execute(bytes("SET", "fromEndpoint", "v"));
		assertThat(replies.get(1)).isInstanceOfSatisfying(Reply.Bulk.class,
				(bulk) -> assertThat(new String(bulk.bytes(), StandardCharsets.UTF_8)).isEqualTo("three"));
		assertThat(this.store.client("", 3).get("fromEndpoint")).isEqualTo("v");
		assertThat(this.client.get("k")).isNull();
		assertThat(this.client.dbsize()).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.client("", 16))
			.withMessageContaining("between 0 and 15");
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.client("", -1));
	}

	private static byte[][] bytes(String... words) {
		byte[][] args = new byte[words.length][];
		for (int i = 0; i < words.length; i++) {
			args[i] = words[i].getBytes(StandardCharsets.UTF_8);
		}
		return args;
	}

	@Test
	void aReadDuringAWritersSection_waitsForItsEnd() throws Exception {
		this.client.set("k", "old");
		CountDownLatch inSection = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<Object> writer = CompletableFuture.supplyAsync(() -> this.store.execute((db) -> {
			db.put("k", "half-written");
			inSection.countDown();
			try {
				finish.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
			return db.put("k", "new");
		}));
		try {
			assertThat(inSection.await(10, TimeUnit.SECONDS)).isTrue();
			// reads that start while the section is open may see nothing of it
			AtomicReference<Object> read = new AtomicReference<>();
			AtomicReference<Object> many = new AtomicReference<>();
			Thread reader = new Thread(() -> read.set(this.client.get("k")));
			Thread multiReader = new Thread(() -> many.set(this.client.mget("k", "k")));
			reader.start();
			multiReader.start();
			awaitInsideTheStore(reader);
			awaitInsideTheStore(multiReader);
			finish.countDown();
			reader.join(10_000);
			multiReader.join(10_000);
			assertThat(read.get()).isEqualTo("new");
			assertThat(many.get()).isEqualTo(List.of("new", "new"));
		}
		finally {
			finish.countDown();
		}
		writer.get(10, TimeUnit.SECONDS);
		assertThat(this.client.get("k")).isEqualTo("new");
	}

	/**
	 * Waits until a thread runs in the store's read path or waits for its lock (or has
	 * already finished: then its result tells).
	 */
	private static void awaitInsideTheStore(Thread thread) throws InterruptedException {
		long until = System.nanoTime() + 10_000_000_000L;
		while (thread.isAlive() && Arrays.stream(thread.getStackTrace())
			.noneMatch((frame) -> frame.getClassName().equals(MemoryStore.class.getName()))) {
			assertThat(System.nanoTime()).as("the reader reaches the store").isLessThan(until);
			Thread.sleep(1);
		}
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
