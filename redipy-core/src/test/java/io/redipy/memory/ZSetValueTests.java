package io.redipy.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import io.redipy.memory.ZSetValue.Node;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@link ZSetValue} against a plain sorted reference with random operations.
 */
class ZSetValueTests {

	private record Item(String member, double score) {
	}

	/** Scores compare as doubles do in C: {@code -0} equals {@code 0}. */
	private static final Comparator<Item> ORDER = (a, b) -> {
		if (a.score() < b.score()) {
			return -1;
		}
		if (a.score() > b.score()) {
			return 1;
		}
		return ZSetValue.compareMembers(a.member(), b.member());
	};

	@Test
	void randomOperations_matchSortedReference() {
		long seed = System.nanoTime();
		System.out.println("ZSetValueTests seed: " + seed);
		Random random = new Random(seed);
		for (int round = 0; round < 20; round++) {
			ZSetValue zset = new ZSetValue(random.nextBoolean());
			Map<String, Double> scores = new HashMap<>();
			TreeSet<Item> reference = new TreeSet<>(ORDER);
			int universe = 1 + random.nextInt(400);
			int steps = 1 + random.nextInt(3000);
			for (int step = 0; step < steps; step++) {
				String member = member(random, universe);
				int op = random.nextInt(10);
				if (op < 6) {
					double score = score(random);
					Double old = scores.get(member);
					zset.put(member, score);
					if (old == null || old != score) {
						if (old != null) {
							reference.remove(new Item(member, old));
						}
						double stored = zset.score(member);
						scores.put(member, stored);
						reference.add(new Item(member, stored));
					}
				}
				else if (op == 6 && zset.size() > 0) {
					// ZPOPMAX and ZPOPMIN remove the node at an end
					Node end = random.nextBoolean() ? zset.last() : zset.first();
					Item item = new Item(end.member(), end.score());
					zset.remove(end);
					scores.remove(item.member());
					assertThat(reference.remove(item)).as("seed %d", seed).isTrue();
				}
				else {
					boolean removed = zset.remove(member);
					Double old = scores.remove(member);
					assertThat(removed).as("seed %d", seed).isEqualTo(old != null);
					if (old != null) {
						reference.remove(new Item(member, old));
					}
				}
				if (step % 97 == 0) {
					check(zset, reference, random, seed);
				}
			}
			check(zset, reference, random, seed);
		}
	}

	private static String member(Random random, int universe) {
		int n = random.nextInt(universe);
		return switch (n % 5) {
			case 0 -> "m" + n;
			case 1 -> "é" + n;
			case 2 -> "😀" + n;
			case 3 -> "\uFFFD" + n;
			default -> Integer.toString(n);
		};
	}

	private static double score(Random random) {
		return switch (random.nextInt(8)) {
			case 0 -> 0.0;
			case 1 -> -0.0;
			case 2 -> Double.POSITIVE_INFINITY;
			case 3 -> Double.NEGATIVE_INFINITY;
			case 4 -> random.nextGaussian();
			default -> random.nextInt(20) - 10;
		};
	}

	private static void check(ZSetValue zset, TreeSet<Item> reference, Random random, long seed) {
		List<Item> expected = new ArrayList<>(reference);
		assertThat(zset.size()).as("seed %d", seed).isEqualTo(expected.size());
		List<Item> forward = new ArrayList<>();
		for (Node x = zset.first(); x != null; x = x.next()) {
			forward.add(new Item(x.member(), x.score()));
		}
		assertThat(forward).as("seed %d", seed).isEqualTo(expected);
		List<Item> backward = new ArrayList<>();
		for (Node x = zset.last(); x != null; x = x.previous()) {
			backward.add(0, new Item(x.member(), x.score()));
		}
		assertThat(backward).as("seed %d", seed).isEqualTo(expected);
		for (int i = 0; i < expected.size(); i++) {
			Item item = expected.get(i);
			assertThat(zset.rank(item.member())).as("seed %d", seed).isEqualTo(i);
			assertThat(zset.byRank(i).member()).as("seed %d", seed).isEqualTo(item.member());
			assertThat(zset.score(item.member())).as("seed %d", seed).isEqualTo(item.score());
		}
		assertThat(zset.rank("absent")).isEqualTo(-1);
		if (zset.isCompact()) {
			assertThat(expected.size()).isLessThanOrEqualTo(ZSetValue.COMPACT_ENTRIES);
			assertThat(expected)
				.allMatch((item) -> Double.doubleToRawLongBits(item.score()) != Double.doubleToRawLongBits(-0.0));
		}
		for (int k = 0; k < 20; k++) {
			double bound = score(random);
			boolean exclusive = random.nextBoolean();
			Item first = expected.stream()
				.filter((item) -> exclusive ? item.score() > bound : item.score() >= bound)
				.findFirst()
				.orElse(null);
			Node firstNode = zset.firstFrom(bound, exclusive);
			assertThat((firstNode != null) ? firstNode.member() : null).as("seed %d", seed)
				.isEqualTo((first != null) ? first.member() : null);
			Item last = expected.stream()
				.filter((item) -> exclusive ? item.score() < bound : item.score() <= bound)
				.reduce((a, b) -> b)
				.orElse(null);
			Node lastNode = zset.lastUpTo(bound, exclusive);
			assertThat((lastNode != null) ? lastNode.member() : null).as("seed %d", seed)
				.isEqualTo((last != null) ? last.member() : null);
		}
		Set<String> scanned = new HashSet<>();
		long cursor = 0;
		do {
			cursor = zset.scan(cursor, 1 + random.nextInt(20), (node) -> scanned.add(node.member()));
		}
		while (cursor != 0);
		Set<String> members = new HashSet<>();
		expected.forEach((item) -> members.add(item.member()));
		assertThat(scanned).as("seed %d", seed).isEqualTo(members);
		ZSetValue copy = zset.copy();
		assertThat(copy.isCompact()).isEqualTo(zset.isCompact());
		assertThat(copy.size()).isEqualTo(zset.size());
	}

	@Test
	void lexBounds_onEqualScores() {
		ZSetValue zset = new ZSetValue(false);
		for (String member : List.of("a", "b", "c", "d", "é", "😀", "\uFFFD")) {
			zset.put(member, 0);
		}
		assertThat(zset.firstMemberFrom("b", false).member()).isEqualTo("b");
		assertThat(zset.firstMemberFrom("b", true).member()).isEqualTo("c");
		assertThat(zset.lastMemberUpTo("c", false).member()).isEqualTo("c");
		assertThat(zset.lastMemberUpTo("c", true).member()).isEqualTo("b");
		assertThat(zset.lastMemberUpTo("\uFFFF", false).member()).isEqualTo("\uFFFD");
		assertThat(zset.last().member()).isEqualTo("😀");
		assertThat(zset.firstMemberFrom("😀", true)).isNull();
		assertThat(zset.lastMemberUpTo("a", true)).isNull();
	}

	@Test
	void compactEncoding_normalizesNegativeZeroUntilItGrows() {
		ZSetValue zset = new ZSetValue();
		zset.put("z", -0.0);
		assertThat(Double.doubleToRawLongBits(zset.score("z"))).isZero();
		for (int i = 0; i < ZSetValue.COMPACT_ENTRIES - 1; i++) {
			zset.put("m" + i, i);
		}
		assertThat(zset.isCompact()).isTrue();
		zset.put("last", -0.0);
		assertThat(zset.isCompact()).isFalse();
		assertThat(zset.score("last")).isEqualTo(-0.0);
		zset.put("z", -0.0);
		assertThat(zset.score("z")).isEqualTo(0.0);
		ZSetValue longMember = new ZSetValue();
		longMember.put("x".repeat(ZSetValue.COMPACT_VALUE), 1);
		assertThat(longMember.isCompact()).isTrue();
		longMember.put("y".repeat(ZSetValue.COMPACT_VALUE + 1), 1);
		assertThat(longMember.isCompact()).isFalse();
	}

}
