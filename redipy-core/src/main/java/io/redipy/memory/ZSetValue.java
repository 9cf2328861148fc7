package io.redipy.memory;

import java.util.HashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * A Redis sorted set: a map from member to score plus a skip list with spans (as in
 * Redis's {@code zskiplist}) ordered by score, then member in UTF-8 byte order, giving
 * O(log n) insert, remove, rank, and access by rank.
 */
final class ZSetValue {

	private static final int MAX_LEVEL = 32;

	private final HashMap<String, Double> scores = new HashMap<>();

	private final Node header = new Node(null, 0, MAX_LEVEL);

	private @Nullable Node tail;

	private int level = 1;

	/** A skip-list node. */
	static final class Node {

		final @Nullable String member;

		final double score;

		final Node[] forward;

		final int[] span;

		@Nullable Node backward;

		Node(@Nullable String member, double score, int level) {
			this.member = member;
			this.score = score;
			this.forward = new Node[level];
			this.span = new int[level];
		}

		String member() {
			return this.member;
		}

		@Nullable Node next() {
			return this.forward[0];
		}

		@Nullable Node previous() {
			return this.backward;
		}

	}

	/**
	 * Compares strings by code point, which is the byte order of their UTF-8 encodings.
	 */
	static int compareMembers(String a, String b) {
		int length = Math.min(a.length(), b.length());
		for (int i = 0; i < length; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
					return Integer.compare(a.codePointAt(i), b.codePointAt(i));
				}
				return x - y;
			}
		}
		return a.length() - b.length();
	}

	private static boolean before(Node node, double score, String member) {
		return node.score < score || (node.score == score && compareMembers(node.member, member) < 0);
	}

	int size() {
		return this.scores.size();
	}

	@Nullable Double score(String member) {
		return this.scores.get(member);
	}

	Iterable<java.util.Map.Entry<String, Double>> entries() {
		return this.scores.entrySet();
	}

	/** Adds a member or changes its score. */
	void put(String member, double score) {
		Double old = this.scores.put(member, score);
		if (old != null) {
			if (old == score) {
				return;
			}
			unlink(member, old);
		}
		insert(member, score);
	}

	boolean remove(String member) {
		Double old = this.scores.remove(member);
		if (old == null) {
			return false;
		}
		unlink(member, old);
		return true;
	}

	@Nullable Node first() {
		return this.header.forward[0];
	}

	@Nullable Node last() {
		return this.tail;
	}

	/** Returns the 0-based rank of a member, or -1. */
	long rank(String member) {
		Double score = this.scores.get(member);
		if (score == null) {
			return -1;
		}
		long rank = 0;
		Node x = this.header;
		for (int i = this.level - 1; i >= 0; i--) {
			while (x.forward[i] != null && (before(x.forward[i], score, member)
					|| (x.forward[i].score == score && x.forward[i].member.equals(member)))) {
				rank += x.span[i];
				x = x.forward[i];
			}
			if (x.member != null && x.member.equals(member)) {
				return rank - 1;
			}
		}
		return -1;
	}

	/** Returns the node at a 0-based rank (which must be in range). */
	Node byRank(long rank) {
		long traversed = 0;
		long target = rank + 1;
		Node x = this.header;
		for (int i = this.level - 1; i >= 0; i--) {
			while (x.forward[i] != null && traversed + x.span[i] <= target) {
				traversed += x.span[i];
				x = x.forward[i];
			}
			if (traversed == target) {
				return x;
			}
		}
		throw new IllegalStateException("rank out of range: " + rank);
	}

	/**
	 * Returns the first node with a score not below (or above, if exclusive) the bound.
	 */
	@Nullable Node firstFrom(double min, boolean exclusive) {
		Node x = this.header;
		for (int i = this.level - 1; i >= 0; i--) {
			while (x.forward[i] != null && (exclusive ? x.forward[i].score <= min : x.forward[i].score < min)) {
				x = x.forward[i];
			}
		}
		return x.forward[0];
	}

	/**
	 * Returns the last node with a score not above (or below, if exclusive) the bound.
	 */
	@Nullable Node lastUpTo(double max, boolean exclusive) {
		Node x = this.header;
		for (int i = this.level - 1; i >= 0; i--) {
			while (x.forward[i] != null && (exclusive ? x.forward[i].score < max : x.forward[i].score <= max)) {
				x = x.forward[i];
			}
		}
		return (x == this.header) ? null : x;
	}

	/** Returns the first node whose member is not below the bound (for equal scores). */
	@Nullable Node firstMemberFrom(String min, boolean exclusive) {
		Node x = this.header;
		for (int i = this.level - 1; i >= 0; i--) {
			while (x.forward[i] != null && belowLex(x.forward[i].member, min, exclusive)) {
				x = x.forward[i];
			}
		}
		return x.forward[0];
	}

	/** Returns the last node whose member is not above the bound. */
	@Nullable Node lastMemberUpTo(String max, boolean exclusive) {
		Node x = this.header;
		for (int i = this.level - 1; i >= 0; i--) {
			while (x.forward[i] != null && notAboveLex(x.forward[i].member, max, exclusive)) {
				x = x.forward[i];
			}
		}
		return (x == this.header) ? null : x;
	}

	private static boolean belowLex(String member, String min, boolean exclusive) {
		int c = compareMembers(member, min);
		return exclusive ? c <= 0 : c < 0;
	}

	private static boolean notAboveLex(String member, String max, boolean exclusive) {
		int c = compareMembers(member, max);
		return exclusive ? c < 0 : c <= 0;
	}

	ZSetValue copy() {
		ZSetValue copy = new ZSetValue();
		for (Node x = first(); x != null; x = x.next()) {
			copy.put(x.member, x.score);
		}
		return copy;
	}

	private static int randomLevel() {
		int level = 1;
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (level < MAX_LEVEL && random.nextInt(4) == 0) {
			level++;
		}
		return level;
	}

	private void insert(String member, double score) {
		Node[] update = new Node[MAX_LEVEL];
		int[] rank = new int[MAX_LEVEL];
		Node x = this.header;
		for (int i = this.level - 1; i >= 0; i--) {
			rank[i] = (i == this.level - 1) ? 0 : rank[i + 1];
			while (x.forward[i] != null && before(x.forward[i], score, member)) {
				rank[i] += x.span[i];
				x = x.forward[i];
			}
			update[i] = x;
		}
		int newLevel = randomLevel();
		int length = this.scores.size() - 1;
		if (newLevel > this.level) {
			for (int i = this.level; i < newLevel; i++) {
				rank[i] = 0;
				update[i] = this.header;
				update[i].span[i] = length;
			}
			this.level = newLevel;
		}
		Node node = new Node(member, score, newLevel);
		for (int i = 0; i < newLevel; i++) {
			node.forward[i] = update[i].forward[i];
			update[i].forward[i] = node;
			node.span[i] = update[i].span[i] - (rank[0] - rank[i]);
			update[i].span[i] = (rank[0] - rank[i]) + 1;
		}
		for (int i = newLevel; i < this.level; i++) {
			update[i].span[i]++;
		}
		node.backward = (update[0] == this.header) ? null : update[0];
		if (node.forward[0] != null) {
			node.forward[0].backward = node;
		}
		else {
			this.tail = node;
		}
	}

	private void unlink(String member, double score) {
		Node[] update = new Node[MAX_LEVEL];
		Node x = this.header;
		for (int i = this.level - 1; i >= 0; i--) {
			while (x.forward[i] != null && before(x.forward[i], score, member)) {
				x = x.forward[i];
			}
			update[i] = x;
		}
		x = x.forward[0];
		if (x == null || x.score != score || !x.member.equals(member)) {
			throw new IllegalStateException("sorted set index out of step for " + member);
		}
		for (int i = 0; i < this.level; i++) {
			if (update[i].forward[i] == x) {
				update[i].span[i] += x.span[i] - 1;
				update[i].forward[i] = x.forward[i];
			}
			else {
				update[i].span[i]--;
			}
		}
		if (x.forward[0] != null) {
			x.forward[0].backward = x.backward;
		}
		else {
			this.tail = x.backward;
		}
		while (this.level > 1 && this.header.forward[this.level - 1] == null) {
			this.level--;
		}
	}

}
