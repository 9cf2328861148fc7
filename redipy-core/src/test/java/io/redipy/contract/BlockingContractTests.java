package io.redipy.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.redipy.CommandException;
import io.redipy.RedipyClient;
import io.redipy.RedipyException;
import io.redipy.WrongTypeException;
import io.redipy.api.KeyValue;
import io.redipy.api.KeyValues;
import io.redipy.api.KeyedScoredMember;
import io.redipy.api.KeyedScoredMembers;
import io.redipy.api.ListSide;
import io.redipy.api.PendingEntry;
import io.redipy.api.PendingQuery;
import io.redipy.api.ScoreSide;
import io.redipy.api.ScoredMember;
import io.redipy.api.StreamAddOptions;
import io.redipy.api.StreamEntry;
import io.redipy.api.StreamPending;
import io.redipy.api.StreamReadOptions;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The contract of the blocking commands, run against every backend. Tests that need a
 * call to be blocked wait until the backend reports it blocked, so no test depends on
 * timing; only the timeout tests wait (briefly) for a timeout to pass.
 */
public abstract class BlockingContractTests extends ContractTestSupport {

	private static final Duration FOREVER = Duration.ZERO;

	private static final Duration SHORT = Duration.ofMillis(50);

	/** Runs the calls that block. */
	protected final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stopThreads() throws InterruptedException {
		this.threads.shutdownNow();
		assertThat(this.threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
	}

	/**
	 * Waits until the backend reports {@code count} blocked calls.
	 * @param count the number of blocked calls
	 * @throws InterruptedException if interrupted
	 */
	protected void awaitBlocked(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (backend().blockedCalls() != count) {
			assertThat(System.nanoTime()).as("waiting for %d blocked calls", count).isLessThan(deadline);
			Thread.sleep(2);
		}
	}

	// immediate availability

	@Test
	void blpop_takesHeadOfFirstNonEmptyKeyInOrder() {
		this.client.rpush("b", "b1", "b2");
		this.client.rpush("c", "c1");
		assertThat(this.client.blpop(FOREVER, "a", "b", "c")).isEqualTo(new KeyValue("b", "b1"));
		assertThat(this.client.lrange("b", 0, -1)).containsExactly("b2");
	}

	@Test
	void brpop_takesTailAndDeletesEmptiedList() {
		this.client.rpush("l", "x", "y");
		assertThat(this.client.brpop(FOREVER, "l")).isEqualTo(new KeyValue("l", "y"));
		assertThat(this.client.brpop(FOREVER, "l")).isEqualTo(new KeyValue("l", "x"));
		assertThat(this.client.exists("l")).isZero();
	}

	@Test
	void blmove_movesAtOnceWhenSourceHasElements() {
		this.client.rpush("src", "a", "b");
		assertThat(this.client.blmove("src", "dst", ListSide.RIGHT, ListSide.LEFT, FOREVER)).isEqualTo("b");
		assertThat(this.client.lrange("dst", 0, -1)).containsExactly("b");
	}

	@Test
	void bzpopminAndMax_takeExtremesOfFirstNonEmptySet() {
		this.client.zadd("z", 1, "one");
		this.client.zadd("z", 3, "three");
		this.client.zadd("z", 2.5, "mid");
		assertThat(this.client.bzpopmin(FOREVER, "none", "z")).isEqualTo(new KeyedScoredMember("z", "one", 1));
		assertThat(this.client.bzpopmax(FOREVER, "z")).isEqualTo(new KeyedScoredMember("z", "three", 3));
		assertThat(this.client.bzpopmax(FOREVER, "z")).isEqualTo(new KeyedScoredMember("z", "mid", 2.5));
		assertThat(this.client.exists("z")).isZero();
	}

	@Test
	void blockingPops_wrongTypeBeforeAnElementFails_afterIsNotLookedAt() {
		this.client.set("s", "text");
		this.client.rpush("l", "x");
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.blpop(SHORT, "s", "l"));
		assertThat(this.client.blpop(SHORT, "l", "s")).isEqualTo(new KeyValue("l", "x"));
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.bzpopmin(SHORT, "l2", "s"));
		assertThat(this.client.get("s")).isEqualTo("text");
	}

	@Test
	void keyPrefix_isAddedToKeysAndRemovedFromResults() {
		try (RedipyClient prefixed = backend().client("app:")) {
			this.client.rpush("app:q", "v");
			this.client.zadd("app:z", 1, "m");
			assertThat(prefixed.blpop(SHORT, "q")).isEqualTo(new KeyValue("q", "v"));
			assertThat(prefixed.bzpopmax(SHORT, "z")).isEqualTo(new KeyedScoredMember("z", "m", 1));
		}
	}

	@Test
	void negativeOrSubMillisecondTimeout_isRejectedBeforeAnythingRuns() {
		this.client.rpush("l", "x");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.blpop(Duration.ofMillis(-1), "l"))
			.withMessageContaining("negative");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.brpop(Duration.ofNanos(10), "l"));
		assertThat(this.client.llen("l")).isEqualTo(1);
	}

	// timeouts

	@Test
	void timeout_returnsNullAndTakesNothing() {
		assertThat(this.client.blpop(SHORT, "l")).isNull();
		assertThat(this.client.brpop(SHORT, "l")).isNull();
		assertThat(this.client.blmove("l", "d", ListSide.LEFT, ListSide.LEFT, SHORT)).isNull();
		assertThat(this.client.bzpopmin(SHORT, "z")).isNull();
		assertThat(this.client.bzpopmax(SHORT, "z")).isNull();
		assertThat(this.client.exists("l", "d", "z")).isZero();
	}

	// wake-up

	@Test
	void blpop_wokenByPushFromAnotherThread() throws Exception {
		Future<KeyValue> popped = this.threads.submit(() -> this.client.blpop(FOREVER, "a", "b"));
		awaitBlocked(1);
		this.client.rpush("b", "late");
		assertThat(popped.get(10, TimeUnit.SECONDS)).isEqualTo(new KeyValue("b", "late"));
		assertThat(this.client.exists("b")).isZero();
	}

	@Test
	void blmove_wokenByPush_movesTheElement() throws Exception {
		Future<String> moved = this.threads
			.submit(() -> this.client.blmove("src", "dst", ListSide.LEFT, ListSide.RIGHT, Duration.ofSeconds(30)));
		awaitBlocked(1);
		this.client.lpush("src", "e");
		assertThat(moved.get(10, TimeUnit.SECONDS)).isEqualTo("e");
		assertThat(this.client.lrange("dst", 0, -1)).containsExactly("e");
		assertThat(this.client.exists("src")).isZero();
	}

	@Test
	void bzpopmax_wokenByZadd() throws Exception {
		Future<KeyedScoredMember> popped = this.threads.submit(() -> this.client.bzpopmax(FOREVER, "z"));
		awaitBlocked(1);
		this.client.zadd("z", 7, "m");
		assertThat(popped.get(10, TimeUnit.SECONDS)).isEqualTo(new KeyedScoredMember("z", "m", 7));
	}

	@Test
	void wokenByPushInsideBatch_seesTheBatchsFinalState() throws Exception {
		Future<KeyValue> popped = this.threads.submit(() -> this.client.blpop(FOREVER, "l"));
		awaitBlocked(1);
		var batch = this.client.batch();
		batch.rpush("l", "a", "b");
		batch.lpop("l");
		batch.exec();
		assertThat(popped.get(10, TimeUnit.SECONDS)).isEqualTo(new KeyValue("l", "b"));
	}

	@Test
	void wokenByRenameAndCopyOntoTheWaitedKey() throws Exception {
		Future<KeyValue> renamed = this.threads.submit(() -> this.client.blpop(FOREVER, "l"));
		awaitBlocked(1);
		this.client.rpush("src", "moved");
		this.client.rename("src", "l");
		assertThat(renamed.get(10, TimeUnit.SECONDS)).isEqualTo(new KeyValue("l", "moved"));
		Future<KeyedScoredMember> copied = this.threads.submit(() -> this.client.bzpopmin(FOREVER, "z"));
		awaitBlocked(1);
		this.client.zadd("zsrc", 1, "m");
		this.client.copy("zsrc", "z", false);
		assertThat(copied.get(10, TimeUnit.SECONDS)).isEqualTo(new KeyedScoredMember("z", "m", 1));
	}

	@Test
	void fifo_firstBlockedCallerIsServedFirst() throws Exception {
		List<Future<KeyValue>> callers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			callers.add(this.threads.submit(() -> this.client.blpop(FOREVER, "q")));
			awaitBlocked(i + 1);
		}
		this.client.rpush("q", "first", "second", "third");
		assertThat(callers.get(0).get(10, TimeUnit.SECONDS).value()).isEqualTo("first");
		assertThat(callers.get(1).get(10, TimeUnit.SECONDS).value()).isEqualTo("second");
		assertThat(callers.get(2).get(10, TimeUnit.SECONDS).value()).isEqualTo("third");
	}

	// interrupt and close

	@Test
	void interrupt_endsTheCallPromptlyAndKeepsTheFlag() throws Exception {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean flag = new AtomicBoolean();
		Thread caller = new Thread(() -> {
			try {
				this.client.blpop(FOREVER, "l");
			}
			catch (Throwable ex) {
				failure.set(ex);
				flag.set(Thread.currentThread().isInterrupted());
			}
		});
		caller.start();
		awaitBlocked(1);
		caller.interrupt();
		caller.join(10_000);
		assertThat(caller.isAlive()).isFalse();
		assertThat(failure.get()).isInstanceOf(RedipyException.class);
		assertThat(flag).isTrue();
		awaitBlocked(0);
		this.client.rpush("l", "kept");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("kept");
	}

	@Test
	void close_endsCallsBlockedThroughThatClient() throws Exception {
		RedipyClient other = backend().client("");
		Future<KeyValue> popped = this.threads.submit(() -> other.blpop(FOREVER, "l"));
		awaitBlocked(1);
		other.close();
		assertThatExceptionOfType(java.util.concurrent.ExecutionException.class)
			.isThrownBy(() -> popped.get(10, TimeUnit.SECONDS))
			.withCauseInstanceOf(RedipyException.class);
		awaitBlocked(0);
		this.client.rpush("l", "kept");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("kept");
		assertThatExceptionOfType(RedipyException.class).isThrownBy(() -> other.blpop(FOREVER, "l"))
			.withMessageContaining("closed");
		assertThat(this.client.lrange("l", 0, -1)).containsExactly("kept");
	}

	@Test
	void timeoutRacingPushes_neverLosesOrDuplicatesAnElement() throws Exception {
		int count = 300;
		Future<Integer> taken = this.threads.submit(() -> {
			int got = 0;
			for (int i = 0; i < count; i++) {
				if (this.client.blpop(Duration.ofMillis(1), "race") != null) {
					got++;
				}
			}
			return got;
		});
		for (int i = 0; i < count; i++) {
			this.client.rpush("race", "e" + i);
		}
		int got = taken.get(60, TimeUnit.SECONDS);
		assertThat(got + this.client.llen("race")).isEqualTo(count);
	}

	// streams

	private static Map<String, String> streams(String... keysAndIds) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndIds.length; i += 2) {
			map.put(keysAndIds[i], keysAndIds[i + 1]);
		}
		return map;
	}

	private static StreamEntry<String, String> entry(String id, String field, String value) {
		return StreamEntry.of(id, Map.of(field, value));
	}

	private static void xadd(RedipyClient client, String key, String id, String field, String value) {
		assertThat(client.xadd(key, StreamAddOptions.none().id(id), Map.of(field, value))).isEqualTo(id);
	}

	@Test
	void xreadBlock_returnsAtOnceWhenEntriesAreThere() {
		xadd(this.client, "s", "1-0", "f", "a");
		xadd(this.client, "s", "2-0", "f", "b");
		assertThat(this.client.xreadBlock(FOREVER, StreamReadOptions.none(), streams("t", "0", "s", "1-0")))
			.containsExactly(Map.entry("s", List.of(entry("2-0", "f", "b"))));
		this.client.xgroupCreate("s", "g", "0");
		assertThat(this.client.xreadgroupBlock("g", "c", FOREVER, StreamReadOptions.none().count(1), streams("s", ">")))
			.containsExactly(Map.entry("s", List.of(entry("1-0", "f", "a"))));
		// a history read never blocks
		assertThat(this.client.xreadgroupBlock("g", "other", FOREVER, StreamReadOptions.none(), streams("s", "0")))
			.containsExactly(Map.entry("s", List.of()));
	}

	@Test
	void xreadBlock_servedWhenAnotherClientAdds() throws Exception {
		xadd(this.client, "s", "1-0", "f", "old");
		Future<Map<String, List<StreamEntry<String, String>>>> read = this.threads
			.submit(() -> this.client.xreadBlock(FOREVER, StreamReadOptions.none(), streams("other", "0", "s", "1-0")));
		awaitBlocked(1);
		try (RedipyClient writer = backend().client("")) {
			xadd(writer, "s", "2-0", "f", "new");
		}
		assertThat(read.get(10, TimeUnit.SECONDS)).containsExactly(Map.entry("s", List.of(entry("2-0", "f", "new"))));
		awaitBlocked(0);
	}

	@Test
	void xreadBlock_timeoutReturnsAnEmptyMap() {
		xadd(this.client, "s", "1-0", "f", "a");
		assertThat(this.client.xreadBlock(SHORT, StreamReadOptions.none(), streams("s", "$", "missing", "0")))
			.isEmpty();
		assertThat(this.client.xreadBlock(SHORT, StreamReadOptions.none().count(5), streams("s", "1-0"))).isEmpty();
		this.client.xgroupCreate("s", "g", "$");
		assertThat(this.client.xreadgroupBlock("g", "c", SHORT, StreamReadOptions.none(), streams("s", ">"))).isEmpty();
		assertThat(this.client.xpending("s", "g")).isEqualTo(new StreamPending(0, null, null, Map.of()));
		assertThat(this.client.exists("missing")).isZero();
	}

	@Test
	void xreadBlock_dollarMeansEntriesAfterTheCallStarted() throws Exception {
		xadd(this.client, "s", "1-0", "f", "a");
		xadd(this.client, "s", "2-0", "f", "b");
		Future<Map<String, List<StreamEntry<String, String>>>> read = this.threads
			.submit(() -> this.client.xreadBlock(FOREVER, StreamReadOptions.none(), streams("s", "$")));
		awaitBlocked(1);
		xadd(this.client, "s", "3-0", "f", "c");
		assertThat(read.get(10, TimeUnit.SECONDS)).containsExactly(Map.entry("s", List.of(entry("3-0", "f", "c"))));
		// on a missing stream, $ waits for the first entry
		Future<Map<String, List<StreamEntry<String, String>>>> first = this.threads
			.submit(() -> this.client.xreadBlock(FOREVER, StreamReadOptions.none(), streams("t", "$")));
		awaitBlocked(1);
		xadd(this.client, "t", "5-0", "f", "x");
		assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly(Map.entry("t", List.of(entry("5-0", "f", "x"))));
	}

	@Test
	void xreadBlock_everyBlockedReaderIsServed() throws Exception {
		List<Future<Map<String, List<StreamEntry<String, String>>>>> readers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			readers.add(this.threads
				.submit(() -> this.client.xreadBlock(FOREVER, StreamReadOptions.none(), streams("s", "$"))));
			awaitBlocked(i + 1);
		}
		xadd(this.client, "s", "1-0", "f", "a");
		for (Future<Map<String, List<StreamEntry<String, String>>>> reader : readers) {
			assertThat(reader.get(10, TimeUnit.SECONDS))
				.containsExactly(Map.entry("s", List.of(entry("1-0", "f", "a"))));
		}
	}

	@Test
	void xreadgroupBlock_servedNewEntriesThatBecomePending() throws Exception {
		this.client.xgroupCreate("s", "g", "$", true, -1);
		Future<Map<String, List<StreamEntry<String, String>>>> read = this.threads.submit(
				() -> this.client.xreadgroupBlock("g", "alice", FOREVER, StreamReadOptions.none(), streams("s", ">")));
		awaitBlocked(1);
		try (RedipyClient writer = backend().client("")) {
			xadd(writer, "s", "1-0", "f", "a");
		}
		assertThat(read.get(10, TimeUnit.SECONDS)).containsExactly(Map.entry("s", List.of(entry("1-0", "f", "a"))));
		assertThat(this.client.xpending("s", "g")).isEqualTo(new StreamPending(1, "1-0", "1-0", Map.of("alice", 1L)));
		List<PendingEntry> pending = this.client.xpending("s", "g", PendingQuery.range("-", "+", 10));
		assertThat(pending).extracting(PendingEntry::consumer, PendingEntry::deliveries)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("alice", 1L));
		assertThat(this.client.xinfoGroups("s").get(0).lastDeliveredId()).isEqualTo("1-0");
	}

	@Test
	void xreadgroupBlock_noAckLeavesNothingPending() throws Exception {
		this.client.xgroupCreate("s", "g", "$", true, -1);
		Future<Map<String, List<StreamEntry<String, String>>>> read = this.threads.submit(() -> this.client
			.xreadgroupBlock("g", "alice", FOREVER, StreamReadOptions.none().noAck(), streams("s", ">")));
		awaitBlocked(1);
		xadd(this.client, "s", "1-0", "f", "a");
		assertThat(read.get(10, TimeUnit.SECONDS)).containsExactly(Map.entry("s", List.of(entry("1-0", "f", "a"))));
		assertThat(this.client.xpending("s", "g").count()).isZero();
	}

	@Test
	void xreadgroupBlock_firstBlockedReaderIsServedFirst() throws Exception {
		this.client.xgroupCreate("s", "g", "$", true, -1);
		Future<Map<String, List<StreamEntry<String, String>>>> first = this.threads.submit(
				() -> this.client.xreadgroupBlock("g", "first", FOREVER, StreamReadOptions.none(), streams("s", ">")));
		awaitBlocked(1);
		Future<Map<String, List<StreamEntry<String, String>>>> second = this.threads.submit(
				() -> this.client.xreadgroupBlock("g", "second", FOREVER, StreamReadOptions.none(), streams("s", ">")));
		awaitBlocked(2);
		xadd(this.client, "s", "1-0", "f", "a");
		assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly(Map.entry("s", List.of(entry("1-0", "f", "a"))));
		awaitBlocked(1);
		assertThat(second.isDone()).isFalse();
		xadd(this.client, "s", "2-0", "f", "b");
		assertThat(second.get(10, TimeUnit.SECONDS)).containsExactly(Map.entry("s", List.of(entry("2-0", "f", "b"))));
		assertThat(this.client.xpending("s", "g").consumers()).containsExactly(Map.entry("first", 1L),
				Map.entry("second", 1L));
	}

	@Test
	void xreadgroupBlock_destroyedGroupEndsTheReadWithNogroup() throws Exception {
		this.client.xgroupCreate("s", "g", "$", true, -1);
		Future<Map<String, List<StreamEntry<String, String>>>> read = this.threads.submit(
				() -> this.client.xreadgroupBlock("g", "alice", FOREVER, StreamReadOptions.none(), streams("s", ">")));
		awaitBlocked(1);
		assertThat(this.client.xgroupDestroy("s", "g")).isTrue();
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> read.get(10, TimeUnit.SECONDS))
			.havingCause()
			.isInstanceOf(CommandException.class)
			.withMessageStartingWith("NOGROUP");
		awaitBlocked(0);
		assertThat(this.client.xlen("s")).isZero();
	}

	@Test
	void xreadgroupBlock_missingGroupFailsAtOnce() {
		this.client.xgroupCreate("s", "g", "$", true, -1);
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(
					() -> this.client.xreadgroupBlock("nog", "c", FOREVER, StreamReadOptions.none(), streams("s", ">")))
			.withMessage("NOGROUP No such key '" + this.client.keyPrefix()
					+ "s' or consumer group 'nog' in XREADGROUP with GROUP option");
	}

	@Test
	void xreadBlock_interruptEndsTheCallPromptlyAndKeepsTheFlag() throws Exception {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean flag = new AtomicBoolean();
		Thread caller = new Thread(() -> {
			try {
				this.client.xreadBlock(FOREVER, StreamReadOptions.none(), streams("s", "$"));
			}
			catch (Throwable ex) {
				failure.set(ex);
				flag.set(Thread.currentThread().isInterrupted());
			}
		});
		caller.start();
		awaitBlocked(1);
		caller.interrupt();
		caller.join(10_000);
		assertThat(caller.isAlive()).isFalse();
		assertThat(failure.get()).isInstanceOf(RedipyException.class);
		assertThat(flag).isTrue();
		awaitBlocked(0);
		xadd(this.client, "s", "1-0", "f", "kept");
		assertThat(this.client.xlen("s")).isEqualTo(1);
	}

	@Test
	void xreadBlock_keyPrefixIsAddedAndRemoved() throws Exception {
		try (RedipyClient app = backend().client("app:")) {
			Future<Map<String, List<StreamEntry<String, String>>>> read = this.threads
				.submit(() -> app.xreadBlock(FOREVER, StreamReadOptions.none(), streams("s", "$")));
			awaitBlocked(1);
			xadd(this.client, "app:s", "1-0", "f", "a");
			assertThat(read.get(10, TimeUnit.SECONDS)).containsExactly(Map.entry("s", List.of(entry("1-0", "f", "a"))));
		}
	}

	@Test
	void xreadBlock_negativeTimeoutIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> this.client.xreadBlock(Duration.ofMillis(-1), StreamReadOptions.none(), streams("s", "$")))
			.withMessageContaining("negative");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.xreadgroupBlock("g", "c", Duration.ofMillis(-1), StreamReadOptions.none(),
					streams("s", ">")))
			.withMessageContaining("negative");
		assertThat(this.client.exists("s")).isZero();
	}

	// stress

	@Test
	void stress_everyElementIsDeliveredExactlyOnce() throws Exception {
		int producers = 4;
		int perProducer = 300;
		Set<String> received = ConcurrentHashMap.newKeySet();
		List<String> duplicates = new java.util.concurrent.CopyOnWriteArrayList<>();
		AtomicBoolean producing = new AtomicBoolean(true);
		List<Future<?>> consumers = new ArrayList<>();
		for (int c = 0; c < 4; c++) {
			consumers.add(this.threads.submit(() -> {
				while (true) {
					KeyValue next = this.client.brpop(Duration.ofMillis(200), "q1", "q2");
					if (next == null) {
						if (!producing.get()) {
							return null;
						}
						continue;
					}
					if (!received.add(next.value())) {
						duplicates.add(next.value());
					}
				}
			}));
		}
		List<Future<?>> producerTasks = new ArrayList<>();
		for (int p = 0; p < producers; p++) {
			int id = p;
			producerTasks.add(this.threads.submit(() -> {
				for (int i = 0; i < perProducer; i++) {
					this.client.lpush((i % 2 == 0) ? "q1" : "q2", id + ":" + i);
				}
				return null;
			}));
		}
		for (Future<?> task : producerTasks) {
			task.get(60, TimeUnit.SECONDS);
		}
		producing.set(false);
		for (Future<?> consumer : consumers) {
			consumer.get(60, TimeUnit.SECONDS);
		}
		assertThat(duplicates).isEmpty();
		assertThat(received).hasSize(producers * perProducer);
		assertThat(this.client.exists("q1", "q2")).isZero();
	}

	// BLMPOP, BZMPOP

	@Test
	void blmpop_takesUpToCountFromTheFirstNonEmptyList() {
		this.client.rpush("b", "b1", "b2", "b3");
		assertThat(this.client.blmpop(FOREVER, ListSide.LEFT, 2, "a", "b"))
			.isEqualTo(new KeyValues("b", List.of("b1", "b2")));
		assertThat(this.client.blmpop(FOREVER, ListSide.RIGHT, 5, "a", "b"))
			.isEqualTo(new KeyValues("b", List.of("b3")));
		assertThat(this.client.exists("b")).isZero();
		assertThat(this.client.blmpop(SHORT, ListSide.LEFT, 1, "a", "b")).isNull();
		assertThatExceptionOfType(io.redipy.CommandException.class)
			.isThrownBy(() -> this.client.blmpop(SHORT, ListSide.LEFT, 0, "a"))
			.withMessage("ERR count should be greater than 0");
	}

	@Test
	void bzmpop_wokenByZadd_takesUpToCount() throws Exception {
		Future<KeyedScoredMembers> popped = this.threads
			.submit(() -> this.client.bzmpop(FOREVER, ScoreSide.MIN, 2, "x", "z"));
		awaitBlocked(1);
		this.client.zadd("z", List.of(ScoredMember.of("c", 3), ScoredMember.of("a", 1), ScoredMember.of("b", 2)));
		assertThat(popped.get(10, TimeUnit.SECONDS))
			.isEqualTo(new KeyedScoredMembers("z", List.of(ScoredMember.of("a", 1), ScoredMember.of("b", 2))));
		assertThat(this.client.bzmpop(SHORT, ScoreSide.MAX, 1, "z"))
			.isEqualTo(new KeyedScoredMembers("z", List.of(ScoredMember.of("c", 3))));
		this.client.set("s", "v");
		assertThatExceptionOfType(WrongTypeException.class)
			.isThrownBy(() -> this.client.bzmpop(SHORT, ScoreSide.MAX, 1, "s"));
	}

	@Test
	void blmpop_wokenByPushFromAnotherThread() throws Exception {
		Future<KeyValues> popped = this.threads.submit(() -> this.client.blmpop(FOREVER, ListSide.RIGHT, 3, "l"));
		awaitBlocked(1);
		this.client.rpush("l", "1", "2");
		assertThat(popped.get(10, TimeUnit.SECONDS)).isEqualTo(new KeyValues("l", List.of("2", "1")));
	}

}
