package io.redipy.memory;

import java.util.Arrays;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * A Redis sorted set: a chained hash table from member to node plus a skip list with
 * spans (as in Redis's {@code zskiplist}) ordered by score, then member in UTF-8 byte
 * order, giving O(1) lookup and O(log n) insert, remove, rank, and access by rank. Unlike
 * Redis's, a link to the end of a level keeps no span (insert computes it from the size)
 * and the last node of each level is kept, so that removing the last member (ZPOPMAX)
 * costs O(its height), as removing the first does.
 *
 * <p>
 * The hash table's cursor works like Redis's {@code dictScan} (reverse-binary bucket
 * order), so that {@code ZSCAN} returns every member present during a whole iteration.
 *
 * <p>
 * It also tracks whether Redis would hold the set in its compact {@code listpack}
 * encoding (at most {@value #COMPACT_ENTRIES} members of at most {@value #COMPACT_VALUE}
 * bytes), because that encoding shows: it stores {@code -0} as {@code 0}, returns all
 * members in one {@code ZSCAN} page, and walks lexicographical ranges linearly.
 */
final class ZSetValue {

	/** Redis's default {@code zset-max-listpack-entries}. */
	static final int COMPACT_ENTRIES = 128;

	/** Redis's default {@code zset-max-listpack-value}. */
	static final int COMPACT_VALUE = 64;

	private static final int MAX_LEVEL = 32;

	private static final int MIN_CAPACITY = 4;

	private Node[] table = new Node[MIN_CAPACITY];

	private int size;

	private final Node header = new Node(null, 0, MAX_LEVEL);

	private @Nullable Node tail;

	/**
	 * The last node of each level, as long as the list has levels (null where a level is
	 * empty; {@code lastAt[0]} is the tail): the last node is then removed without a
	 * search, which makes ZPOPMAX as cheap as ZPOPMIN.
	 */
	private @Nullable Node[] lastAt = new Node[1];

	private int level = 1;

	private boolean compact;

	/** A skip-list node, also an entry of the hash table. */
	static final class Node {

		final @Nullable String member;

		double score;

		final Node[] forward;

		final int[] span;

		@Nullable Node backward;

		/** The member's hash; changed only when the set switches to a seeded hash. */
		int hash;

		@Nullable Node nextInBucket;

		Node(@Nullable String member, double score, int level) {
			this.member = member;
			this.score = score;
			this.forward = new Node[level];
			this.span = new int[level];
		}

		String member() {
			return this.member;
		}

		double score() {
			return this.score;
		}

		@Nullable Node next() {
			return this.forward[0];
		}

		@Nullable Node previous() {
			return this.backward;
		}

	}

	/** Creates an empty sorted set in the compact encoding. */
	ZSetValue() {
		this(true);
	}

	/**
	 * Creates an empty sorted set.
	 * @param compact whether it starts in the compact encoding
	 */
	ZSetValue(boolean compact) {
		this.compact = compact;
	}

	private static int spread(int h) {
		return h ^ (h >>> 16);
	}

	/**
	 * Compares strings by code point, which is the byte order of their UTF-8 encodings.
	 */
	static int compareMembers(String a, String b) {
		return io.redipy.api.ByteOrder.compare(a, b);
	}

	private static boolean before(Node node, double score, String member) {
		return node.score < score || (node.score == score && compareMembers(node.member, member) < 0);
	}

	int size() {
		return this.size;
	}

	/** Returns whether Redis would hold this set as a listpack. */
	/**
	 * Grows with every change, so that {@code WATCH} can tell a changed value from an
	 * unchanged one without copying it.
	 */
	long version;

	boolean isCompact() {
		return this.compact;
	}

	@Nullable Double score(String member) {
		Node node = find(member);
		return (node != null) ? node.score : null;
	}

	/**
	 * The members' hash once the table met a long chain (see {@link SeededHash}), else
	 * null: members hash with their {@code hashCode}.
	 */
	private @Nullable SeededHash seeded;

	private int hashOf(String member) {
		SeededHash hash = this.seeded;
		return (hash != null) ? hash.hash(member) : spread(member.hashCode());
	}

	/** Returns whether the member table switched to its seeded hash. */
	boolean isSeeded() {
		return this.seeded != null;
	}

	/** Returns the length of the longest chain of the member table. */
	int longestChain() {
		int longest = 0;
		for (Node head : this.table) {
			int length = 0;
			for (Node n = head; n != null; n = n.nextInBucket) {
				length++;
			}
			longest = Math.max(longest, length);
		}
		return longest;
	}

	/** Returns the node of a member, or {@code null}. */
	@Nullable Node find(String member) {
		int h = hashOf(member);
		for (Node n = this.table[h & (this.table.length - 1)]; n != null; n = n.nextInBucket) {
			if (n.hash == h && n.member.equals(member)) {
				return n;
			}
		}
		return null;
	}

	/**
	 * Adds a member or changes its score, as Redis's {@code zsetAdd} stores it: an equal
	 * score (also {@code -0} for {@code 0}) changes nothing, the compact encoding stores
	 * {@code -0} as {@code 0}, and a member too many or too long leaves the compact
	 * encoding for good.
	 */
	void put(String member, double score) {
		Node old = find(member);
		if (old != null) {
			if (old.score == score) {
				return;
			}
			double stored = this.compact ? normalize(score) : score;
			unlink(old);
			insert(member, stored);
			return;
		}
		if (this.compact && (this.size + 1 > COMPACT_ENTRIES || Strings.utf8Length(member) > COMPACT_VALUE)) {
			this.compact = false;
		}
		insert(member, this.compact ? normalize(score) : score);
	}

	private static double normalize(double score) {
		return (score == 0) ? 0.0 : score;
	}

	boolean remove(String member) {
		Node node = find(member);
		if (node == null) {
			return false;
		}
		unlink(node);
		return true;
	}

	/** Removes a node of this set, found by a walk or a range. */
	void remove(Node node) {
		unlink(node);
	}

	/**
	 * Switches to the compact encoding if the set fits, as Redis does for the results of
	 * {@code ZUNIONSTORE}, {@code ZINTERSTORE} and {@code ZDIFFSTORE}.
	 */
	void compactIfFits() {
		if (this.compact || this.size > COMPACT_ENTRIES) {
			return;
		}
		for (Node x = first(); x != null; x = x.next()) {
			if (Strings.utf8Length(x.member) > COMPACT_VALUE) {
				return;
			}
		}
		this.compact = true;
		for (Node x = first(); x != null; x = x.next()) {
			x.score = normalize(x.score);
		}
	}

	/**
	 * Leaves the compact encoding for good, as Redis's {@code SORT} converts a sorted set
	 * it reads (scores are kept as they are; nothing a client sees changes but
	 * {@code OBJECT ENCODING}).
	 */
	void expand() {
		this.compact = false;
	}

	@Nullable Node first() {
		return this.header.forward[0];
	}

	@Nullable Node last() {
		return this.tail;
	}

	/** Returns the 0-based rank of a member, or -1. */
	long rank(String member) {
		Node node = find(member);
		if (node == null) {
			return -1;
		}
		double score = node.score;
		long rank = 0;
		Node x = this.header;
		for (int i = this.level - 1; i >= 0; i--) {
			while (x.forward[i] != null && (before(x.forward[i], score, member) || x.forward[i] == node)) {
				rank += x.span[i];
				x = x.forward[i];
			}
			if (x == node) {
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
		return firstAfter((n) -> exclusive ? n.score <= min : n.score < min);
	}

	/**
	 * Returns the last node with a score not above (or below, if exclusive) the bound.
	 */
	@Nullable Node lastUpTo(double max, boolean exclusive) {
		return lastWhile((n) -> exclusive ? n.score < max : n.score <= max);
	}

	/** Returns the first node whose member is not below the bound (for equal scores). */
	@Nullable Node firstMemberFrom(String min, boolean exclusive) {
		return firstAfter((n) -> {
			int c = compareMembers(n.member, min);
			return exclusive ? c <= 0 : c < 0;
		});
	}

	/** Returns the last node whose member is not above the bound (for equal scores). */
	@Nullable Node lastMemberUpTo(String max, boolean exclusive) {
		return lastWhile((n) -> {
			int c = compareMembers(n.member, max);
			return exclusive ? c < 0 : c <= 0;
		});
	}

	/**
	 * Searches the skip list as Redis does: skips forward while nodes satisfy
	 * {@code below} and returns the node after the last one skipped.
	 */
	@Nullable Node firstAfter(Predicate<Node> below) {
		Node x = this.header;
		for (int i = this.level - 1; i >= 0; i--) {
			while (x.forward[i] != null && below.test(x.forward[i])) {
				x = x.forward[i];
			}
		}
		return x.forward[0];
	}

	/**
	 * Searches the skip list as Redis does: skips forward while nodes satisfy
	 * {@code within} and returns the last node skipped, or {@code null}.
	 */
	@Nullable Node lastWhile(Predicate<Node> within) {
		Node x = this.header;
		for (int i = this.level - 1; i >= 0; i--) {
			while (x.forward[i] != null && within.test(x.forward[i])) {
				x = x.forward[i];
			}
		}
		return (x == this.header) ? null : x;
	}

	/**
	 * Visits the buckets of the hash table from a cursor, as Redis's {@code dictScan}
	 * does, until at least {@code count} members were visited or the iteration ended.
	 * @return the next cursor, 0 at the end
	 */
	long scan(long cursor, long count, Consumer<Node> action) {
		if (this.size == 0) {
			return 0;
		}
		Node[] tab = this.table;
		return BucketScan.scan(cursor, count, tab.length, (index) -> {
			long seen = 0;
			for (Node n = tab[index]; n != null; n = n.nextInBucket) {
				action.accept(n);
				seen++;
			}
			return seen;
		});
	}

	/** Returns a copy in the same encoding with the same stored scores. */
	ZSetValue copy() {
		ZSetValue copy = new ZSetValue(this.compact);
		for (Node x = first(); x != null; x = x.next()) {
			copy.insert(x.member, x.score);
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
		this.version++;
		int newLevel = randomLevel();
		// as many levels as the list will have (a few: ~log4 of the size), new per call:
		// cheaper than a thread-local scratch array
		Node[] update = new Node[Math.max(this.level, newLevel)];
		int[] rank = new int[update.length];
		Node x = this.header;
		for (int i = this.level - 1; i >= 0; i--) {
			rank[i] = (i == this.level - 1) ? 0 : rank[i + 1];
			while (x.forward[i] != null && before(x.forward[i], score, member)) {
				rank[i] += x.span[i];
				x = x.forward[i];
			}
			update[i] = x;
		}
		int length = this.size;
		if (newLevel > this.level) {
			for (int i = this.level; i < newLevel; i++) {
				rank[i] = 0;
				update[i] = this.header;
			}
			this.level = newLevel;
		}
		Node node = new Node(member, score, newLevel);
		for (int i = 0; i < newLevel; i++) {
			Node next = update[i].forward[i];
			// only links to a node keep a span; one to the end spans the rest of the list
			int span = (next == null) ? length - rank[i] : update[i].span[i];
			node.forward[i] = next;
			update[i].forward[i] = node;
			node.span[i] = span - (rank[0] - rank[i]);
			update[i].span[i] = (rank[0] - rank[i]) + 1;
		}
		for (int i = newLevel; i < this.level; i++) {
			if (update[i].forward[i] != null) {
				update[i].span[i]++;
			}
		}
		node.backward = (update[0] == this.header) ? null : update[0];
		if (node.forward[0] != null) {
			node.forward[0].backward = node;
		}
		else {
			this.tail = node;
		}
		if (this.lastAt.length < this.level) {
			this.lastAt = Arrays.copyOf(this.lastAt, this.level);
		}
		for (int i = 0; i < newLevel; i++) {
			if (node.forward[i] == null) {
				this.lastAt[i] = node;
			}
		}
		addToTable(node);
	}

	private void unlink(Node node) {
		this.version++;
		int height = node.forward.length;
		if (height > this.level || this.size == 0) {
			throw new IllegalStateException("sorted set index out of step for " + node.member);
		}
		if (node == this.tail) {
			unlinkLast(node, height);
		}
		else {
			unlinkSearched(node, height);
		}
		if (node.forward[0] != null) {
			node.forward[0].backward = node.backward;
		}
		else {
			this.tail = node.backward;
		}
		while (this.level > 1 && this.header.forward[this.level - 1] == null) {
			this.level--;
			this.lastAt[this.level] = null;
		}
		removeFromTable(node);
	}

	/**
	 * Unlinks a node found by a search from the top level, each level updated as the
	 * search leaves it (the levels below start from the same node and read only their own
	 * links).
	 */
	private void unlinkSearched(Node node, int height) {
		Node x = this.header;
		for (int i = this.level - 1; i >= 0; i--) {
			// stop at the node itself without comparing its member with itself
			for (Node next = x.forward[i]; next != null && next != node
					&& before(next, node.score, node.member); next = x.forward[i]) {
				x = next;
			}
			if (x.forward[i] == node) {
				x.span[i] += node.span[i] - 1;
				x.forward[i] = node.forward[i];
				if (node.forward[i] == null) {
					this.lastAt[i] = (x == this.header) ? null : x;
				}
			}
			else if (i < height) {
				throw new IllegalStateException("sorted set index out of step for " + node.member);
			}
			else if (x.forward[i] != null) {
				x.span[i]--;
			}
		}
	}

	/**
	 * Unlinks the last node without a search (ZPOPMAX): above its height every level
	 * already ends before it (links to the end keep no span); below, its predecessor on
	 * each level is found from the last node one level up, and on level 0 it is its
	 * backward link.
	 */
	private void unlinkLast(Node node, int height) {
		Node x = (height < this.level) ? this.lastAt[height] : this.header;
		for (int i = height - 1; i >= 0; i--) {
			if (i == 0) {
				x = (node.backward != null) ? node.backward : this.header;
			}
			else {
				while (x.forward[i] != node && x.forward[i] != null) {
					x = x.forward[i];
				}
			}
			if (x.forward[i] != node) {
				throw new IllegalStateException("sorted set index out of step for " + node.member);
			}
			x.forward[i] = null;
			this.lastAt[i] = (x == this.header) ? null : x;
		}
	}

	private void addToTable(Node node) {
		if (this.size + 1 > this.table.length) {
			resize(this.table.length * 2);
		}
		node.hash = hashOf(node.member);
		int index = node.hash & (this.table.length - 1);
		node.nextInBucket = this.table[index];
		this.table[index] = node;
		this.size++;
		if (this.seeded == null && chainLongerThan(node, SeededHash.LONG_CHAIN)) {
			reseed();
		}
	}

	private static boolean chainLongerThan(Node head, int limit) {
		int length = 0;
		for (Node n = head; n != null; n = n.nextInBucket) {
			if (++length > limit) {
				return true;
			}
		}
		return false;
	}

	/** Switches the member table to a seeded hash for good and rebuilds it. */
	private void reseed() {
		SeededHash hash = SeededHash.random();
		for (Node head : this.table) {
			for (Node n = head; n != null; n = n.nextInBucket) {
				n.hash = hash.hash(n.member);
			}
		}
		this.seeded = hash;
		resize(this.table.length);
	}

	private void removeFromTable(Node node) {
		int index = node.hash & (this.table.length - 1);
		Node previous = null;
		for (Node n = this.table[index]; n != null; n = n.nextInBucket) {
			if (n == node) {
				if (previous == null) {
					this.table[index] = n.nextInBucket;
				}
				else {
					previous.nextInBucket = n.nextInBucket;
				}
				n.nextInBucket = null;
				this.size--;
				if (this.table.length > MIN_CAPACITY && this.size * 10L < this.table.length) {
					resize(this.table.length / 2);
				}
				return;
			}
			previous = n;
		}
		throw new IllegalStateException("sorted set table out of step for " + node.member);
	}

	private void resize(int capacity) {
		Node[] old = this.table;
		Node[] tab = new Node[capacity];
		for (Node head : old) {
			Node n = head;
			while (n != null) {
				Node next = n.nextInBucket;
				int index = n.hash & (capacity - 1);
				n.nextInBucket = tab[index];
				tab[index] = n;
				n = next;
			}
		}
		this.table = tab;
	}

}
