package io.redipy.differential;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

import io.redipy.MemoryOptions;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.RedisOptions;
import io.redipy.api.AbstractBatch;
import io.redipy.api.Commands;
import io.redipy.api.ExpireTime;
import io.redipy.api.KeyType;
import io.redipy.api.PendingEntry;
import io.redipy.api.Response;
import io.redipy.api.StreamConsumerInfo;
import io.redipy.api.StreamFullInfo;
import io.redipy.api.StreamInfo;
import io.redipy.api.Ttl;
import io.redipy.api.ZRange;
import io.redipy.differential.CommandGenerator.Compare;
import io.redipy.differential.CommandGenerator.Step;
import io.redipy.memory.MemoryStore;
import io.redipy.test.RedisExtension;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the same random command sequences on the memory backend and on a real Redis and
 * compares every result, command by command; about a third of the commands run inside
 * batches, and every other sequence under a key prefix. Seeded:
 * {@code -Dredipy.differential.seed=S} replays a run,
 * {@code -Dredipy.differential.sequences=N} sets its size. On a divergence it prints the
 * seed and a shortened sequence that reproduces it.
 */
public class DifferentialTests {

	/**
	 * Makes the clients that stand for the memory store, from the store and a key prefix
	 * (empty for none): the typed API here; a subclass may reach the store another way
	 * (through its RESP server).
	 */
	protected static java.util.function.BiFunction<MemoryStore, String, RedipyClient> memoryClients = (store,
			prefix) -> Redipy.memory(MemoryOptions.defaults().withStore(store).withKeyPrefix(prefix));

	/** Whether every other sequence runs under a key prefix. */
	protected static boolean prefixedSequences = true;

	private static final int SEQUENCE_LENGTH = 60;

	private static final Duration TTL_TOLERANCE = Duration.ofSeconds(2);

	private static LettuceConnectionFactory factory;

	/** The clients of the sequences without a prefix; a subclass may replace them. */
	protected static RedipyClient redisPlain;

	/** The memory side of {@link #redisPlain}. */
	protected static RedipyClient memoryPlain;

	/** The clients of the sequences under a prefix; a subclass may replace them. */
	protected static RedipyClient redisPrefixed;

	/** The memory side of {@link #redisPrefixed}. */
	protected static RedipyClient memoryPrefixed;

	/**
	 * The clients of the sequence being run: every other sequence runs under a key
	 * prefix.
	 */
	private static RedipyClient redis;

	private static RedipyClient memory;

	@BeforeAll
	static void connect() {
		factory = RedisExtension.server().connectionFactory();
		redisPlain = Redipy.redis(factory);
		redisPrefixed = Redipy.redis(factory, RedisOptions.defaults().withKeyPrefix("p:"));
		MemoryStore store = new MemoryStore();
		memoryPlain = memoryClients.apply(store, "");
		memoryPrefixed = memoryClients.apply(store, "p:");
	}

	@AfterAll
	static void disconnect() {
		if (factory != null) {
			factory.destroy();
		}
	}

	/** The outcome of one command: a value or an exception. */
	private record Outcome(@Nullable Object value, @Nullable RuntimeException error) {

		static List<Outcome> ofBatch(RedipyClient client, List<Step> steps) {
			// the generator's steps are functions of Commands: queued through the
			// backends'
			// own recording entry, which the public Batch does not offer
			AbstractBatch<?> batch = (AbstractBatch<?>) client.batch();
			List<Response<Object>> responses = new ArrayList<>();
			List<Outcome> outcomes = new ArrayList<>();
			for (Step step : steps) {
				responses.add(batch.add(step.action()));
			}
			batch.exec();
			for (Response<Object> response : responses) {
				try {
					outcomes.add(new Outcome(response.get(), null));
				}
				catch (RuntimeException ex) {
					outcomes.add(new Outcome(null, ex));
				}
			}
			return outcomes;
		}

		static Outcome of(Commands client, Step step) {
			try {
				return new Outcome(step.action().apply(client), null);
			}
			catch (RuntimeException ex) {
				return new Outcome(null, ex);
			}
		}

		@Override
		public String toString() {
			return (this.error != null) ? this.error.getClass().getSimpleName() + "(" + this.error.getMessage() + ")"
					: String.valueOf(this.value);
		}

	}

	@Test
	void memoryAgreesWithRedisOnRandomCommandSequences() {
		agree(false, Integer.getInteger("redipy.differential.sequences", defaultSequences()));
	}

	/**
	 * Sequences of stream commands only: groups, pending lists and counters need many
	 * commands on the same streams to reach their corners.
	 */
	@Test
	void memoryAgreesWithRedisOnRandomStreamSequences() {
		agree(true, Integer.getInteger("redipy.differential.sequences", defaultSequences() / 2));
	}

	private void agree(boolean streamsOnly, int sequences) {
		long seed = Long.getLong("redipy.differential.seed", new SplittableRandom().nextLong());
		int commands = 0;
		List<String> divergences = new ArrayList<>();
		SplittableRandom seeds = new SplittableRandom(seed);
		for (int i = 0; i < sequences; i++) {
			long sequenceSeed = seeds.nextLong();
			boolean prefixed = prefixedSequences && i % 2 == 1;
			redis = prefixed ? redisPrefixed : redisPlain;
			memory = prefixed ? memoryPrefixed : memoryPlain;
			List<Step> steps = generate(sequenceSeed, streamsOnly);
			commands += steps.size();
			String divergence = run(steps);
			if (divergence != null) {
				List<Step> shortened = shrink(steps);
				StringBuilder report = new StringBuilder();
				report.append("divergence in sequence ")
					.append(i)
					.append(" (seed ")
					.append(seed)
					.append("): ")
					.append(divergence)
					.append("\n  reproduce with:\n");
				shortened.forEach((step) -> report.append("    ").append(step.text()).append('\n'));
				divergences.add(printable(report.toString()));
				System.out.println(printable(report.toString()));
			}
		}
		System.out.println("differential: sequences=" + sequences + " commands=" + commands + " divergences="
				+ divergences.size() + " seed=" + seed);
		assertThat(divergences).as("divergences (seed " + seed + ")").isEmpty();
	}

	/**
	 * Returns how many sequences a run has unless {@code redipy.differential.sequences}
	 * says.
	 * @return the number
	 */
	protected int defaultSequences() {
		return 200;
	}

	private static List<Step> generate(long sequenceSeed, boolean streamsOnly) {
		CommandGenerator generator = new CommandGenerator(new SplittableRandom(sequenceSeed), streamsOnly);
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < SEQUENCE_LENGTH; i++) {
			steps.add(generator.next());
		}
		return steps;
	}

	/**
	 * Runs steps from an empty keyspace, some of them grouped into batches (chosen by the
	 * steps themselves, so a replay groups alike); returns the first divergence, or null.
	 */
	private static @Nullable String run(List<Step> steps) {
		memoryPlain.flushall();
		redisPlain.flushall();
		// a key outside the prefix that prefixed sequences must never see or touch
		memoryPlain.set("outside", "x");
		redisPlain.set("outside", "x");
		SplittableRandom grouping = new SplittableRandom(steps.size() * 31L + steps.get(0).text().hashCode());
		int i = 0;
		while (i < steps.size()) {
			int size = batchable(steps.get(i)) && grouping.nextInt(3) == 0 ? 2 + grouping.nextInt(6) : 1;
			int end = i;
			while (end < steps.size() && end - i < size && (size == 1 || batchable(steps.get(end)))) {
				end++;
			}
			String problem = (size == 1) ? runSingle(steps.get(i), i) : runBatch(steps.subList(i, end), i);
			if (problem != null) {
				return problem;
			}
			i = end;
		}
		if (memory != memoryPlain
				&& (!"x".equals(memoryPlain.get("outside")) || !"x".equals(redisPlain.get("outside")))) {
			return "a prefixed sequence touched a key outside its prefix";
		}
		return null;
	}

	/** Steps whose whole work is one command, so that a batch can queue them. */
	private static boolean batchable(Step step) {
		// (dump then restore is two commands, the second taking the first's payload)
		return step.compare() != Compare.RANDOM && !step.text().contains("scan") && !step.text().startsWith("dump(");
	}

	private static @Nullable String runSingle(Step step, int index) {
		Collection<String> before = (step.compare() == Compare.RANDOM) ? snapshot(step.key()) : List.of();
		Outcome m = Outcome.of(memory, step);
		Outcome r = Outcome.of(redis, step);
		String problem = compare(step, m, r, before);
		if (problem != null) {
			return "step " + index + " " + step.text() + ": memory=" + m + " redis=" + r + " (" + problem + ")";
		}
		if (step.popping() && m.error() == null) {
			resync(step.key(), m.value(), r.value());
		}
		return null;
	}

	private static @Nullable String runBatch(List<Step> steps, int first) {
		List<Outcome> m = Outcome.ofBatch(memory, steps);
		List<Outcome> r = Outcome.ofBatch(redis, steps);
		for (int j = 0; j < steps.size(); j++) {
			String problem = compare(steps.get(j), m.get(j), r.get(j), List.of());
			if (problem != null) {
				return "step " + (first + j) + " (in a batch of " + steps.size() + ") " + steps.get(j).text()
						+ ": memory=" + m.get(j) + " redis=" + r.get(j) + " (" + problem + ")";
			}
		}
		return null;
	}

	/** Removes steps one by one while the sequence still diverges. */
	private static List<Step> shrink(List<Step> steps) {
		List<Step> current = new ArrayList<>(steps);
		for (int i = current.size() - 1; i >= 0; i--) {
			List<Step> candidate = new ArrayList<>(current);
			candidate.remove(i);
			if (run(candidate) != null) {
				current = candidate;
			}
		}
		return current;
	}

	/**
	 * The members a random command may pick from (the memory store equals Redis here).
	 */
	private static Collection<String> snapshot(String key) {
		if (key.isEmpty()) {
			return memory.keys("*");
		}
		KeyType type = memory.type(key);
		return switch (type) {
			case SET -> memory.smembers(key);
			case HASH -> memory.hkeys(key);
			case ZSET -> memory.zrange(key, ZRange.byRank(0, -1));
			default -> List.of();
		};
	}

	private static void resync(String key, @Nullable Object fromMemory, @Nullable Object fromRedis) {
		List<String> m = asStrings(fromMemory);
		List<String> r = asStrings(fromRedis);
		if (!m.isEmpty()) {
			memory.sadd(key, m.toArray(String[]::new));
		}
		if (!r.isEmpty()) {
			memory.srem(key, r.toArray(String[]::new));
		}
	}

	private static List<String> asStrings(@Nullable Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).toList();
		}
		return List.of(String.valueOf(value));
	}

	private static @Nullable String compare(Step step, Outcome m, Outcome r, Collection<String> before) {
		if (m.error() != null || r.error() != null) {
			if (m.error() == null || r.error() == null) {
				return "only one failed";
			}
			if (m.error().getClass() != r.error().getClass()) {
				return "different exception types";
			}
			if (!Objects.equals(m.error().getMessage(), r.error().getMessage())) {
				return "different messages";
			}
			return null;
		}
		return switch (step.compare()) {
			case EXACT -> Objects.equals(normalize(m.value()), normalize(r.value())) ? null : "different values";
			case UNORDERED -> Objects.equals(multiset(m.value()), multiset(r.value())) ? null : "different elements";
			case TTL -> compareTtl((Ttl) m.value(), (Ttl) r.value());
			case EXPIRE_TIME -> compareExpireTime((ExpireTime) m.value(), (ExpireTime) r.value());
			case RANDOM -> compareRandom(step, m.value(), r.value(), before);
		};
	}

	private static @Nullable String compareTtl(Ttl m, Ttl r) {
		if (m.exists() != r.exists() || m.expires() != r.expires()) {
			return "different states";
		}
		if (m.expires() && m.remaining().minus(r.remaining()).abs().compareTo(TTL_TOLERANCE) > 0) {
			return "remaining times differ by more than " + TTL_TOLERANCE;
		}
		return null;
	}

	private static @Nullable String compareExpireTime(ExpireTime m, ExpireTime r) {
		if (m.exists() != r.exists() || m.expires() != r.expires()) {
			return "different states";
		}
		if (m.expires() && Duration.between(m.instant(), r.instant()).abs().compareTo(TTL_TOLERANCE) > 0) {
			return "expiry instants differ by more than " + TTL_TOLERANCE;
		}
		return null;
	}

	private static @Nullable String compareRandom(Step step, @Nullable Object m, @Nullable Object r,
			Collection<String> before) {
		List<String> mine = asStrings(m);
		List<String> theirs = asStrings(r);
		if ((m == null) != (r == null)) {
			return "only one is null";
		}
		if (mine.size() != theirs.size()) {
			return "different counts";
		}
		Set<String> pool = new HashSet<>(before);
		for (List<String> picked : List.of(mine, theirs)) {
			if (!pool.containsAll(picked)) {
				return "picked a non-member";
			}
			if (step.count() > 0 && new HashSet<>(picked).size() != picked.size()) {
				return "repeated a member for a positive count";
			}
		}
		return null;
	}

	private static @Nullable Object normalize(@Nullable Object value) {
		if (value instanceof Set<?> set) {
			return new HashSet<>(set);
		}
		if (value instanceof Map<?, ?> map) {
			return new HashMap<>(map);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(DifferentialTests::normalize).toList();
		}
		return streamTimesMasked(value);
	}

	/**
	 * Stream replies without what reads each backend's own clock (idle times, delivery
	 * and seen times) and without Redis's internal radix tree node count, which the
	 * memory store only estimates.
	 */
	private static @Nullable Object streamTimesMasked(@Nullable Object value) {
		if (value instanceof StreamConsumerInfo consumer) {
			return List.of(consumer.name(), consumer.pending());
		}
		if (value instanceof PendingEntry entry) {
			return List.of(entry.id(), entry.consumer(), entry.deliveries());
		}
		if (value instanceof StreamInfo<?, ?> info) {
			return List.of(info.length(), info.radixTreeKeys(), info.lastGeneratedId(), info.maxDeletedEntryId(),
					info.entriesAdded(), info.recordedFirstEntryId(), info.groups(), String.valueOf(info.firstEntry()),
					String.valueOf(info.lastEntry()));
		}
		if (value instanceof StreamFullInfo<?, ?> info) {
			List<Object> groups = new ArrayList<>();
			for (StreamFullInfo.Group group : info.groups()) {
				groups.add(List.of(group.name(), group.lastDeliveredId(), String.valueOf(group.entriesRead()),
						String.valueOf(group.lag()), group.pelCount(),
						group.pending()
							.stream()
							.map((p) -> p.id() + " " + p.consumer() + " " + p.deliveryCount())
							.toList(),
						group.consumers()
							.stream()
							.map((c) -> c.name() + " " + c.pelCount() + " "
									+ c.pending().stream().map((p) -> p.id() + " " + p.deliveryCount()).toList())
							.toList()));
			}
			return List.of(info.length(), info.radixTreeKeys(), info.lastGeneratedId(), info.maxDeletedEntryId(),
					info.entriesAdded(), info.recordedFirstEntryId(), info.entries(), groups);
		}
		return value;
	}

	private static Map<String, Integer> multiset(@Nullable Object value) {
		Map<String, Integer> counts = new HashMap<>();
		if (value instanceof Collection<?> collection) {
			for (Object item : collection) {
				counts.merge(String.valueOf(normalize(item)), 1, Integer::sum);
			}
		}
		return counts;
	}

	/**
	 * A report with its control characters, lone surrogates (bytes that are not UTF-8)
	 * and U+FFFD written as escapes, so that no console or report file drops or hides
	 * them; line breaks stay.
	 */
	static String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			if (pair) {
				out.append(c).append(text.charAt(++i));
			}
			else if ((c < 0x20 && c != '\n') || Character.isSurrogate(c) || c == 0x7f || c == '\uFFFD') {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
